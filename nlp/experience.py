"""Experience requirement to year bounds: ``parse_experience("3-4年")`` → min_years 3, max_years 4.

Conventions (DESIGN.md and the team's): "1-3年" → 1, 3; "5年以上"/"5年工作经验" → 5, null; "经验不限",
"无需经验", "应届", "在校生" → 0, null; "1年以内"/"1年以下" → 0, 1; a bare "2年" (51job) means 2 or more →
2, null; unknown → null, null. Chinese numerals are read ("两年以上" → 2, "半年" → 0.5).

The raw field is read first ("6个月以上" → 0.5, null: months are read there, not in a description, where they are
a probation or an internship's length); the description only when the raw field is empty or states no years
(LinkedIn's "Mid-Senior level", "-"), a wider reading of DESIGN.md's "empty". In a description a figure
counts only next to an experience word (经验, 工作, 从业, experience), preferences (…经验者优先) are
skipped, the first stated requirement wins, and an explicit welcome of fresh graduates ("应届生亦可")
makes the minimum 0.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Final

from nlp.taxonomy import match_form
from nlp.textnorm import normalize

MAX_RAW_CHARS: Final = 128
MAX_DESCRIPTION_CHARS: Final = 20_000

Years = int | float
Bounds = tuple[Years | None, Years | None]
_UNKNOWN: Final[Bounds] = (None, None)
_ZERO: Final[Bounds] = (0, None)
_ITEM_START: Final = re.compile(r"(?:^|[\s:：;；,，。])(?:[0-9]{1,2}\s*[.、)]|[-*•])?\s*$")
# Starts with a character class (not "^|…") so the regex engine can scan fast; callers prefix a newline.
_LIST_NUMBER: Final = re.compile(r"([\s;；。])([0-9]{1,2})\.(?=[0-9])")


@dataclass(frozen=True)
class _Tables:
    years_re: re.Pattern[str]
    months_re: re.Pattern[str]
    digits: dict[str, float]
    zero_whole_value: frozenset[str]
    zero_raw_re: re.Pattern[str]
    zero_description_re: re.Pattern[str]
    zero_negators: tuple[str, ...]
    min_after: tuple[str, ...]
    max_after: tuple[str, ...]
    min_before: tuple[str, ...]
    max_before: tuple[str, ...]
    context_re: re.Pattern[str]
    requirement_lead: tuple[str, ...]
    preferred_re: re.Pattern[str]
    preferred_max_gap: int
    context_max_gap: int
    max_years: int
    clause_break_re: re.Pattern[str]
    field_labels: tuple[str, ...]  # longest first


def _alternation(literals: list[str]) -> str:
    return "|".join(re.escape(x) for x in sorted(set(literals), key=lambda x: (-len(x), x)))


def _longest_first(items: list[str]) -> tuple[str, ...]:
    return tuple(sorted(items, key=lambda x: (-len(x), x)))


def _unit_range(words: list[str], num: str, sep: str) -> re.Pattern[str]:
    """A figure or a range of figures before a unit word: "1-3年", "1年-3年", "3-5 years", "3+ years", "半年" (and
    the same in months). English unit words must end a word ("3 yrs"); "年" may touch anything ("2年ios开发经验")."""
    unit = "|".join(re.escape(w) + ("(?![a-z])" if w.isascii() else "") for w in _longest_first(words))
    return re.compile(rf"{num}(?:\s*(?:{unit})?\s*(?:{sep})\s*{num})?\s*(\+)?\s*(?:{unit})")


@cache
def _tables() -> _Tables:
    raw: dict[str, Any] = json.loads(
        resources.files("nlp").joinpath("data/experience_terms.json").read_text(encoding="utf-8")
    )
    digits = {k: float(v) for k, v in raw["chinese_digits"].items()}
    # No lookbehind for "not inside a longer number": it would stop the regex engine's fast scan;
    # _inside_number checks it after the match instead.
    num = rf"([0-9]{{1,3}}(?:\.[0-9])?|[{''.join(digits)}]{{1,3}})"
    sep = _alternation(raw["range_separators"])
    return _Tables(
        years_re=_unit_range(raw["year_words"], num, sep),
        months_re=_unit_range(raw["month_words"], num, sep),
        digits=digits,
        zero_whole_value=frozenset(raw["zero_whole_value"]),
        zero_raw_re=re.compile(_alternation(raw["zero_raw"])),
        zero_description_re=re.compile(_alternation(raw["zero_description"])),
        zero_negators=_longest_first(raw["zero_negators"]),
        min_after=_longest_first(raw["min_after"]),
        max_after=_longest_first(raw["max_after"]),
        min_before=_longest_first(raw["min_before"]),
        max_before=_longest_first(raw["max_before"]),
        context_re=re.compile(_alternation(raw["context_words"])),
        requirement_lead=_longest_first(raw["requirement_lead"]),
        preferred_re=re.compile(_alternation(raw["preferred"])),
        preferred_max_gap=int(raw["preferred_max_gap"]),
        context_max_gap=int(raw["context_max_gap"]),
        max_years=int(raw["max_years"]),
        clause_break_re=re.compile(f"[{re.escape(raw['clause_breaks'])}]"),
        field_labels=_longest_first(raw["field_labels"]),
    )


def _number(token: str, t: _Tables) -> float | None:
    """Arabic or Chinese numeral ("3", "两", "十五", "半") to a number; None when it is not one."""
    if token[0].isascii():
        return float(token)
    if "十" in token:
        head, _, tail = token.partition("十")
        if "十" in tail:
            return None
        tens = t.digits.get(head, -1.0) if head else 1.0
        ones = t.digits.get(tail, -1.0) if tail else 0.0
        return None if tens < 0 or ones < 0 or tens >= 10 or ones >= 10 else tens * 10 + ones
    return t.digits[token] if len(token) == 1 else None


def _plain(x: float) -> Years:
    return int(x) if x == int(x) else x


def _inside_number(s: str, m: re.Match[str]) -> bool:
    """Whether a years match starts inside a longer figure ("18年" of "2018年", "5年" of "2.5年")."""
    return m.start() > 0 and (s[m.start() - 1].isdigit() or s[m.start() - 1] == ".")


def _bounds(s: str, m: re.Match[str], t: _Tables) -> Bounds | None:
    """Year bounds of one years match, from the figures and the words right around them."""
    if _inside_number(s, m):
        return None
    a_tok, b_tok, plus = m.group(1), m.group(2), m.group(3)
    a = _number(a_tok, t)
    b = _number(b_tok, t) if b_tok else None
    if a is None or (b_tok and b is None):
        return None
    if max(a, b or 0) > t.max_years:  # "2018年" is a date, not years of experience
        return None
    if b is not None:
        lo, hi = sorted((a, b))
        return _plain(lo), _plain(hi)
    tail = s[m.end() : m.end() + 4].lstrip()
    head = s[max(0, m.start() - 12) : m.start()].rstrip()
    if plus or tail.startswith(t.min_after) or head.endswith(t.min_before):
        return _plain(a), None
    if tail.startswith(t.max_after) or head.endswith(t.max_before):
        return 0, _plain(a)
    return _plain(a), None  # a bare "2年" means 2 or more


def _zero_stated(s: str, pattern: re.Pattern[str], t: _Tables) -> bool:
    """Whether a no-experience phrase occurs without a negation right before it ("不接受应届" is not one)."""
    return any(not s[max(0, m.start() - 4) : m.start()].endswith(t.zero_negators) for m in pattern.finditer(s))


@lru_cache(maxsize=4096)
def _parse_raw(raw: str) -> Bounds:
    t = _tables()
    s = normalize(raw).lower().replace("(含)", "")
    bare = s.strip(" .。:：;；,，")
    if bare.startswith(t.field_labels):  # "经验：不限"
        label = next(x for x in t.field_labels if bare.startswith(x))
        bare = bare[len(label) :].strip(" .。:：;；,，")
    if bare in t.zero_whole_value or _zero_stated(s, t.zero_raw_re, t):
        return _ZERO
    for m in t.years_re.finditer(s):
        bounds = _bounds(s, m, t)
        if bounds is not None:
            return bounds
    for m in t.months_re.finditer(s):  # "6个月以上": a raw field that states months has said something
        bounds = _bounds(s, m, t)
        if bounds is not None:
            low, high = (None if v is None else _plain(round(v / 12, 2)) for v in bounds)
            return low, high
    return _UNKNOWN


def _clause_end(s: str, start: int, t: _Tables) -> int:
    brk = t.clause_break_re.search(s, start)
    return brk.start() if brk else len(s)


def _requirement(s: str, m: re.Match[str], t: _Tables) -> bool:
    """Whether a years figure in a description is a stated (not merely preferred) experience requirement."""
    end = _clause_end(s, m.end(), t)
    after = s[m.end() : min(end, m.end() + t.context_max_gap)]
    cm = t.context_re.search(after)
    line_start = s.rfind("\n", 0, m.start()) + 1
    head = s[max(line_start, m.start() - 12) : m.start()]
    if cm is not None:
        context_end = m.end() + cm.end()
    elif t.context_re.search(head) is not None or (
        # "1、5年以上企业服务领域…", "至少3年linux…": an open minimum leading a requirement item.
        s[m.end() : m.end() + 3].startswith(t.min_after)
        and (_ITEM_START.search(head) is not None or head.rstrip().endswith(t.requirement_lead))
    ):
        context_end = m.end()
    else:
        return False
    rest = s[context_end:end]
    pm = t.preferred_re.search(rest)
    return pm is None or pm.start() > t.preferred_max_gap


def _from_description(s: str, t: _Tables) -> Bounds:
    if _zero_stated(s, t.zero_description_re, t):
        return _ZERO
    # "2.5年以上…经验" at the start of an item is item 2 asking 5 years, far more often than 2.5 years.
    s = _LIST_NUMBER.sub(r"\1\2. ", "\n" + s)[1:]
    for m in t.years_re.finditer(s):
        bounds = _bounds(s, m, t)
        # A range of years ("1-3年") is an experience band even without an experience word next to it.
        if bounds is not None and (m.group(2) is not None or _requirement(s, m, t)):
            return bounds
    return _UNKNOWN


def parse_experience(raw: object, description: object = None) -> dict[str, Any]:
    """Return the experience asked as ``{min_years, max_years}`` (null where unknown or open). Never raises.

    Reads ``raw`` (the posting's experience field); only when it is empty, or says no number of years
    (LinkedIn's "Mid-Senior level", "-"), falls back to ``description``.
    """
    bounds = _UNKNOWN
    try:
        if isinstance(raw, str) and raw.strip():
            bounds = _parse_raw(raw[:MAX_RAW_CHARS])
        if bounds == _UNKNOWN and isinstance(description, str) and description:
            text = match_form(description[:MAX_DESCRIPTION_CHARS]).replace("(含)", "")
            bounds = _from_description(text, _tables())
    except Exception:  # never let one odd posting stop a batch
        bounds = _UNKNOWN
    return {"min_years": bounds[0], "max_years": bounds[1]}
