"""Skills a posting asks for, as concepts of the cross-border taxonomy (nlp/data/skills.jsonl).

One concept has one category (DESIGN.md "Skill categories"). Ambiguous surface forms carry their own context
rules in the data file: "AI" counts as Adobe Illustrator only next to design software, "Python" and "SQL"
count as data_analysis only next to analysis words (otherwise engineering),
Excel only where it is used on data.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp import taxonomy
from nlp.matcher import Hit, as_text, scan, tags_text

# Company blurbs and benefit lists say what the employer does, not what the job asks
# ("我们是一家云计算公司", "福利：免费健身房"): hits inside them are not the posting's skills.
# A blurb runs from its heading to the next duties/requirements heading.
_BLURB_HEAD = re.compile(
    r"公司介绍|公司简介|关于我们|企业介绍|企业简介|公司福利|福利待遇|薪资福利|薪酬福利|福利制度|团队介绍|公司优势"
    r"|about us|我们提供|你将获得|加入我们的理由|关于公司"
)
_DUTY_HEAD = re.compile(
    r"岗位职责|工作职责|职位描述|岗位描述|职责描述|任职要求|任职资格|岗位要求|职位要求|工作内容|我们希望你|职位职责"
    r"|responsibilities|requirements|qualifications"
)


def _blurb_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _BLURB_HEAD.finditer(text):
        nxt = _DUTY_HEAD.search(text, m.end())
        spans.append((m.start(), nxt.start() if nxt else len(text)))
    return spans


def _posting_hits(text: str | None) -> list[Hit]:
    sc = scan(text)
    hits = sc.of("skill")
    spans = _blurb_spans(sc.text) if hits else []
    return [h for h in hits if not any(s <= h.start < e for s, e in spans)]


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
        ids.update(h.id for h in _posting_hits(text))
    return sorted(ids)


def extract_skills(
    title: str | None, description: str | None, tags: list[str] | None = None
) -> list[dict[str, str]]:
    """Skill concepts as ``{id, name_zh, name_en, category}``, sorted by id (fresh dicts, safe to mutate)."""
    table = _by_id()
    return [dict(table[i]) for i in skill_ids(title, description, tags)]
