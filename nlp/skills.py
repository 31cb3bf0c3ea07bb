"""Skills a posting asks for, as concepts of the cross-border taxonomy (nlp/data/skills.jsonl).

One concept has one category (DESIGN.md "Skill categories"). Ambiguous surface forms carry their own context
rules in the data file: "AI" counts as Adobe Illustrator only next to design software, "Python" and "SQL"
count as data_analysis only next to analysis words (otherwise engineering),
Excel only where it is used on data.
"""

from __future__ import annotations

from functools import lru_cache

from nlp import taxonomy
from nlp.matcher import as_text, scan, tags_text


@lru_cache(maxsize=1)
def _by_id() -> dict[str, dict[str, str]]:
    return {
        c.id: {"id": c.id, "name_zh": c.name_zh, "name_en": c.name_en, "category": c.category}
        for c in taxonomy.skills()
    }


def skill_ids(title: str | None, description: str | None, tags: list[str] | None = None) -> list[str]:
    """Sorted ids of the skill concepts found in the title, description and tags."""
    ids: set[str] = set()
    for text in (as_text(title), as_text(description), tags_text(tags)):
        ids.update(h.id for h in scan(text).of("skill"))
    return sorted(ids)


def extract_skills(
    title: str | None, description: str | None, tags: list[str] | None = None
) -> list[dict[str, str]]:
    """Skill concepts as ``{id, name_zh, name_en, category}``, sorted by id (fresh dicts, safe to mutate)."""
    table = _by_id()
    return [dict(table[i]) for i in skill_ids(title, description, tags)]
