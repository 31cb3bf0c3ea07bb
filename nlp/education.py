"""Education requirement to one level code: ``parse_education("本科及以上")`` → "bachelor".

The raw field is read first; the description only when the raw field is empty or names no level ("-", "Not
Specified", "其他", "College"), a wider reading of DESIGN.md's "empty" ("Fields first").
The answer is the minimum level asked ("本科及以上，硕士优先" → bachelor); levels only preferred (优先,
加分, a plus) are not requirements. In a description a Chinese level word counts only in a requirement
context — followed by 及以上/以上/学历/毕业, or preceded by 学历/全日制/统招 — so "本科院校合作" or
"高中端客户" are not read as requirements. Levels and their aliases live in
``nlp/data/education_levels.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Final

from nlp.taxonomy import match_form
from nlp.textnorm import latin_word_alone, normalize

MAX_RAW_CHARS: Final = 128
# Descriptions are read up to this many characters (the education requirement sits in the first part).
MAX_DESCRIPTION_CHARS: Final = 20_000
# The start of a numbered list item, right before a level word: "\n1、", "2. ", ";3)".
_LIST_ITEM: Final = re.compile(r"(?:^|[\n:;,。，；：])\s*[0-9]{1,2}\s*[.、)]\s*$")

EDUCATION_LEVELS: Final = (
    "none_required",
    "junior_high",
    "high_school",
    "secondary_vocational",
    "associate",
    "bachelor",
    "master",
    "doctorate",
)


@dataclass(frozen=True)
class _Mention:
    level: str
    start: int
    end: int
    alias: str


@dataclass(frozen=True)
class _Tables:
    rank: dict[str, int]
    level_of: dict[str, str]
    whole_value: dict[str, str]
    alias_re: re.Pattern[str]
    requirement_after: tuple[str, ...]
    requirement_before: tuple[str, ...]
    preferred_re: re.Pattern[str]
    preferred_max_gap: int
    preferred_gap_blockers: tuple[str, ...]
    clause_break_re: re.Pattern[str]
    chain_joiners: str
    part_split_re: re.Pattern[str]  # the joiners of a list of levels in a raw field ("大學、碩士"), no space
    context_free: frozenset[str]
    field_labels: tuple[str, ...]  # longest first
    below_after: tuple[str, ...]  # "高中以下": less than the level named
    below: dict[str, str]  # level -> the level one rank down (the first listed of that rank)


def _word(alias: str) -> str:
    """Pattern for one alias; ASCII aliases only as whole words ("master" is not in "mastery")."""
    escaped = re.escape(alias)
    return rf"(?<![a-z]){escaped}(?![a-z])" if alias.isascii() else escaped


@cache
def _tables() -> _Tables:
    raw: dict[str, Any] = json.loads(
        resources.files("nlp").joinpath("data/education_levels.json").read_text(encoding="utf-8")
    )
    rank: dict[str, int] = {}
    level_of: dict[str, str] = {}
    whole_value: dict[str, str] = {}
    for level in raw["levels"]:
        rank[level["code"]] = int(level["rank"])
        for alias in level["aliases"]:
            level_of[alias] = level["code"]
        for alias in level["whole_value"]:
            whole_value[alias] = level["code"]
    aliases = sorted(level_of, key=lambda x: (-len(x), x))
    below: dict[str, str] = {}
    for code, r in rank.items():
        lower = [c for c, r2 in rank.items() if r2 == r - 1]  # in file order: 高中 before 中专
        if lower:
            below[code] = lower[0]
    breaks = re.escape(raw["clause_breaks"])
    return _Tables(
        rank=rank,
        level_of=level_of,
        whole_value=whole_value,
        # Plain alternation (lookarounds would stop the regex engine's fast scan); word edges checked after.
        alias_re=re.compile("|".join(re.escape(a) for a in aliases)),
        requirement_after=tuple(sorted(raw["requirement_after"], key=len, reverse=True)),
        requirement_before=tuple(sorted(raw["requirement_before"], key=len, reverse=True)),
        preferred_re=re.compile("|".join(_word(p) for p in raw["preferred"])),
        preferred_max_gap=int(raw["preferred_max_gap"]),
        preferred_gap_blockers=tuple(raw["preferred_gap_blockers"]),
        clause_break_re=re.compile(f"[{breaks}]"),
        chain_joiners=raw["chain_joiners"],
        part_split_re=re.compile("[" + re.escape(raw["chain_joiners"].replace(" ", "")) + "]"),
        context_free=frozenset(raw["context_free"]),
        field_labels=tuple(sorted(raw["field_labels"], key=lambda x: (-len(x), x))),
        below_after=tuple(raw["below_after"]),
        below=below,
    )


def _mentions(s: str, t: _Tables) -> list[_Mention]:
    return [
        _Mention(t.level_of[m.group(0)], m.start(), m.end(), m.group(0))
        for m in t.alias_re.finditer(s)
        if not m.group(0).isascii() or latin_word_alone(s, m.start(), m.end())  # "master" is not in "mastery"
    ]


def _preferred(s: str, m: _Mention, t: _Tables) -> bool:
    """Whether a mention is only preferred ("硕士优先", "本科以上学历者优先考虑").

    The preference word must follow closely in the same clause: in "本科及以上学历 相关专业优先" the
    preference is about the major, not the degree.
    """
    brk = t.clause_break_re.search(s, m.end)
    clause = s[m.end : brk.start() if brk else len(s)]
    pm = t.preferred_re.search(clause)
    if pm is None:
        return False
    gap = clause[: pm.start()]
    return len(gap) <= t.preferred_max_gap and not any(b in gap for b in t.preferred_gap_blockers)


def _in_requirement_context(s: str, m: _Mention, t: _Tables) -> bool:
    if m.alias in t.context_free or m.level == "none_required":
        return True
    tail = s[m.end : m.end + 12].lstrip(" :：")
    if tail.startswith(t.requirement_after):
        return True
    head = s[max(0, m.start - 8) : m.start].rstrip(" :：")
    if head.endswith(t.requirement_before):
        return True
    # A level opening an item of a numbered list ("1、本科,美院相关专业") is that list's requirement.
    return _LIST_ITEM.search(s[max(0, m.start - 8) : m.start]) is not None


def _chained(s: str, a: _Mention, b: _Mention, t: _Tables) -> bool:
    """Two levels joined as alternatives ("大专/本科学历", "本科或硕士"): they share their context."""
    between = s[a.end : b.start]
    return len(between) <= 2 and all(ch in t.chain_joiners for ch in between)


def _lowest(mentions: list[_Mention], t: _Tables) -> str | None:
    if not mentions:
        return None
    # Lowest rank is the minimum asked; among parallel tracks (高中 vs 中专) the first mentioned.
    return min(mentions, key=lambda m: (t.rank[m.level], m.start)).level


def _from_raw(s: str, t: _Tables) -> str | None:
    bare = s.strip(" .。:：;；,，")
    if bare.startswith(t.field_labels):
        label = next(x for x in t.field_labels if bare.startswith(x))
        bare = bare[len(label) :].strip(" .。:：;；,，")
    if bare in t.whole_value:
        return t.whole_value[bare]
    for suffix in t.below_after:
        # "高中以下" asks for less than 高中 (not "高中及以下", which names its own bucket).
        head = bare[: -len(suffix)] if bare.endswith(suffix) else ""
        if head and head[-1] not in "及或" and head in t.level_of and t.level_of[head] in t.below:
            return t.below[t.level_of[head]]
    mentions = _mentions(s, t)
    # A list of accepted levels ("大學、碩士", 104's field): a part that is a whole value ("大学") counts too.
    parts = t.part_split_re.split(bare)
    if len(parts) > 1:
        for part in parts:
            level = t.whole_value.get(part.strip())
            if level is not None:
                start = s.find(part)
                mentions.append(_Mention(level, start, start + len(part), part))
    required = [m for m in mentions if not _preferred(s, m, t)]
    # A raw field names the level even when phrased as a preference ("本科优先").
    return _lowest(required or mentions, t)


def _from_description(s: str, t: _Tables) -> str | None:
    mentions = _mentions(s, t)
    if not mentions:
        return None
    in_context = [_in_requirement_context(s, m, t) for m in mentions]
    # Alternatives share context both ways: "大专/本科学历" puts 大专 in context too.
    for i in range(len(mentions) - 1, 0, -1):
        if in_context[i] and _chained(s, mentions[i - 1], mentions[i], t):
            in_context[i - 1] = True
    for i in range(len(mentions) - 1):
        if in_context[i] and _chained(s, mentions[i], mentions[i + 1], t):
            in_context[i + 1] = True
    required = [m for m, ok in zip(mentions, in_context, strict=True) if ok and not _preferred(s, m, t)]
    return _lowest(required, t)


@lru_cache(maxsize=4096)
def _parse_raw(raw: str) -> str | None:
    return _from_raw(normalize(raw).lower(), _tables())


def parse_education(raw: object, description: object = None) -> str | None:
    """Return the minimum education level asked, one of ``EDUCATION_LEVELS``, or None when unknown.

    Reads ``raw`` (the posting's education field); only when it is empty, or names no level ("-",
    "Not Specified"), falls back to ``description``, where a level counts only as a stated requirement.
    Never raises.
    """
    try:
        if isinstance(raw, str) and raw.strip():
            level = _parse_raw(raw[:MAX_RAW_CHARS])
            if level is not None:
                return level
        if isinstance(description, str) and description:
            return _from_description(match_form(description[:MAX_DESCRIPTION_CHARS]), _tables())
    except Exception:  # never let one odd posting stop a batch
        return None
    return None
