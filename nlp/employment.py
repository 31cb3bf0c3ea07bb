"""Employment type from the posting's fields: ``parse_employment_type("兼职", "跨境客服", None, None)``.

Returns a sorted list from full_time, part_time, internship, remote, freelance, campus (DESIGN.md). Rules
(team conventions): full_time is the default when nothing says otherwise; 兼职 → part_time (not
full_time); 实习 → internship; 远程/remote/居家办公 → add remote; 校招/校园招聘 → campus;
自由职业/freelance/项目制 → freelance.

The employment field, the title and the tags are read with a broad vocabulary; the description only with
stricter phrases ("远程办公", not a bare "远程", which also means remote *support*), and it may set the
basic type (part_time, internship, freelance, full_time) only when the fields name none. A term right
after a negation ("非兼职", "不接受实习") does not count. Vocabulary: ``nlp/data/employment_terms.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from nlp.taxonomy import match_form
from nlp.textnorm import normalize

EMPLOYMENT_TYPES = ("campus", "freelance", "full_time", "internship", "part_time", "remote")
MAX_FIELD_CHARS = 256
MAX_TAGS = 64
MAX_DESCRIPTION_CHARS = 20_000
_BASIC = frozenset({"full_time", "part_time", "internship", "freelance"})


@dataclass(frozen=True)
class _Tables:
    field_re: re.Pattern[str]
    field_type: dict[str, str]
    description_re: re.Pattern[str]
    description_type: dict[str, str]
    negators: tuple[str, ...]
    replaces_full_time: frozenset[str]


def _pattern(terms: list[str]) -> re.Pattern[str]:
    """One plain alternation, longest first (no lookarounds: they would stop the regex engine's fast scan)."""
    return re.compile("|".join(re.escape(term) for term in sorted(set(terms), key=lambda x: (-len(x), x))))


def _whole_word(text: str, m: re.Match[str]) -> bool:
    """ASCII terms count only as whole words ("intern" is not in "international")."""
    if not m.group(0).isascii():
        return True
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return not ("a" <= before <= "z" or "a" <= after <= "z")


@cache
def _tables() -> _Tables:
    raw: dict[str, Any] = json.loads(
        resources.files("nlp").joinpath("data/employment_terms.json").read_text(encoding="utf-8")
    )
    field_type = {term: kind for kind, lists in raw["types"].items() for term in lists["field"]}
    description_type = {term: kind for kind, lists in raw["types"].items() for term in lists["description"]}
    return _Tables(
        field_re=_pattern(list(field_type)),
        field_type=field_type,
        description_re=_pattern(list(description_type)),
        description_type=description_type,
        negators=tuple(sorted(raw["negators"], key=len, reverse=True)),
        replaces_full_time=frozenset(raw["replaces_full_time"]),
    )


def _found(text: str, pattern: re.Pattern[str], kinds: dict[str, str], t: _Tables) -> frozenset[str]:
    out = set()
    for m in pattern.finditer(text):
        if _whole_word(text, m) and not text[max(0, m.start() - 4) : m.start()].rstrip().endswith(t.negators):
            out.add(kinds[m.group(0)])
    return frozenset(out)


@lru_cache(maxsize=8192)
def _from_field(text: str) -> frozenset[str]:
    t = _tables()
    return _found(normalize(text).lower(), t.field_re, t.field_type, t)


def parse_employment_type(
    raw: object, title: object, description: object, tags: object
) -> list[str]:
    """Return the sorted employment types of a posting (default ``["full_time"]``). Never raises."""
    try:
        t = _tables()
        fields = [raw, title, *(tags[:MAX_TAGS] if isinstance(tags, list | tuple) else ())]
        kinds: set[str] = set()
        for text in fields:
            if isinstance(text, str) and text:
                kinds |= _from_field(text[:MAX_FIELD_CHARS])
        if isinstance(description, str) and description:
            text = match_form(description[:MAX_DESCRIPTION_CHARS])
            from_text = _found(text, t.description_re, t.description_type, t)
            # The fields decide the basic type; the description may only fill it in when they are silent.
            kinds |= from_text if not kinds & _BASIC else from_text - _BASIC
        if not kinds & t.replaces_full_time:
            kinds.add("full_time")
        return sorted(kinds)
    except Exception:  # never let one odd posting stop a batch
        return ["full_time"]
