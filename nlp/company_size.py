"""Company size bands to headcount bounds and an official size class: ``parse_company_size("少于50人")``.

Bands come as "A-B人", "少于N人", "N人以下", "N人以上", "10,000+ employees" or schema.org QuantitativeValue
renderings ("20-99人"). The class follows the 2011 SME classification (WHITEPAPER.md; thresholds in
``nlp/data/company_size.json``) and the team rule for bands that straddle a threshold:
whole band in one class → that class; inside micro∪small but straddling 10 → "small_or_micro"; any other
straddle → "ambiguous"; an open band "N人以上" → "large" when N ≥ 300, else "ambiguous".

Close call: "N人以下" is read as fewer than N (1 to N-1), the way the SME rule itself uses it
("从业人员10人以下的为微型企业", with "10人及以上" small); "N人及以下" includes N.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from nlp.textnorm import normalize

MAX_SIZE_CHARS = 128
# Headcounts beyond this are not a company size (the largest employers have a few million).
_MAX_EMPLOYEES = 10_000_000
_PEOPLE = ("人", "名", "员工", "employees", "employee", "people", "staff", "persons")

SIZE_CLASSES = ("micro", "small", "medium", "large", "small_or_micro", "ambiguous", "unknown")

_THOUSANDS = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
# Headcounts in Chinese numerals (58同城's and small firms' "十人以内", "五十人以下", "一百人以上"): turned into
# digits before the figures are read. A gate of characters keeps the regex off most strings.
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_CHARS = frozenset("一二两三四五六七八九十百千")
# A run that opens with a digit or 十 ("十", "三十", "一百五十") and is followed by a people word or a range
# separator ("三十至五十人"), so that words such as 一般 stay words; or a lone 百 / 千 right before 人 ("百人以上":
# one hundred). A lone 万 ("上万人", "万人企业") is a manner of speaking, not a figure.
_CN_HEADCOUNT = re.compile(
    r"([一二两三四五六七八九十][零一二两三四五六七八九十百千万]*)(?=[余多]?(?:人|名|员工)|[至到\-~—])"
    r"|(?<![零一二两三四五六七八九十百千万])([百千])(?=[余多]?人)"
)


@dataclass(frozen=True)
class _Tables:
    classes: tuple[tuple[str, int], ...]
    micro_small_ceiling: int
    magnitudes: dict[str, int]
    amount_re: re.Pattern[str]
    below_exclusive: tuple[str, ...]
    below_inclusive_before: tuple[str, ...]
    below_after: tuple[tuple[str, bool], ...]  # (suffix, inclusive), longest first
    above_exclusive: tuple[str, ...]
    above_inclusive_before: tuple[str, ...]
    above_after: tuple[str, ...]


def _longest_first(items: list[str]) -> tuple[str, ...]:
    return tuple(sorted(items, key=lambda x: (-len(x), x)))


@cache
def _tables() -> _Tables:
    raw: dict[str, Any] = json.loads(
        resources.files("nlp").joinpath("data/company_size.json").read_text(encoding="utf-8")
    )
    magnitudes = {k: int(v) for k, v in raw["magnitudes"].items()}
    mag = "|".join(re.escape(m) + ("(?![a-z])" if m.isascii() else "") for m in magnitudes)
    sep = "|".join(re.escape(x) for x in _longest_first(raw["range_separators"]))
    num = r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)"
    people = "|".join(re.escape(p) for p in _longest_first(list(_PEOPLE)))
    # "A人-B人" also occurs: an optional people word may sit between the first figure and the separator.
    amount_re = re.compile(rf"{num}({mag})?(?:(?:{people})?(?:{sep}){num}({mag})?)?")
    below_after = sorted(raw["below_after"].items(), key=lambda kv: -len(kv[0]))
    return _Tables(
        classes=tuple((str(c), int(n)) for c, n in raw["classes"]),
        micro_small_ceiling=int(raw["micro_small_ceiling"]),
        magnitudes=magnitudes,
        amount_re=amount_re,
        below_exclusive=_longest_first(raw["below_exclusive"]),
        below_inclusive_before=_longest_first(raw["below_inclusive_before"]),
        below_after=tuple((k, v == "inclusive") for k, v in below_after),
        above_exclusive=_longest_first(raw["above_exclusive"]),
        above_inclusive_before=_longest_first(raw["above_inclusive_before"]),
        above_after=_longest_first(raw["above_after"]),
    )


def _class_of(n: int, t: _Tables) -> str:
    name = t.classes[0][0]
    for cls, floor in t.classes:
        if n >= floor:
            name = cls
    return name


def size_class(min_employees: int, max_employees: int | None) -> str:
    """The size class of a headcount band [min, max] (max None = open), by the team's straddle rule."""
    t = _tables()
    if max_employees is None:
        return "large" if _class_of(min_employees, t) == "large" else "ambiguous"
    low, high = _class_of(min_employees, t), _class_of(max_employees, t)
    if low == high:
        return low
    if max_employees <= t.micro_small_ceiling:
        return "small_or_micro"
    return "ambiguous"


def _cn_headcount(run: str) -> str:
    """Digits of a Chinese numeral ("十" → "10", "五十" → "50", "一百五十" → "150", "两万" → "20000"); the run
    unchanged when it is not a well-formed numeral."""
    total = section = digit = 0
    for char in run:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        elif char in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[char]
            digit = 0
        elif char == "万":
            total += (section + digit) * 10000
            section = digit = 0
    value = total + section + digit
    return str(value) if value > 0 else run


def _figure(number: str, magnitude: str | None, t: _Tables) -> int:
    value = float(number) * (t.magnitudes[magnitude] if magnitude else 1)
    return round(value)


def _strip_people(tail: str) -> str:
    for word in _PEOPLE:
        if tail.startswith(word):
            return tail[len(word) :]
    return tail


def _single(n: int, head: str, tail: str, t: _Tables) -> tuple[int, int | None]:
    """Bounds of a band given as one figure with words around it ("少于50人", "1000人以上", "50人")."""
    tail = _strip_people(tail)
    if head.endswith(t.below_exclusive):
        return 1, n - 1
    if head.endswith(t.below_inclusive_before):
        return 1, n
    if head.endswith(t.above_exclusive):
        return n + 1, None
    if head.endswith(t.above_inclusive_before):
        return n, None
    for suffix, inclusive in t.below_after:
        if tail.startswith(suffix):
            return 1, n if inclusive else n - 1
    if tail.startswith(t.above_after):
        return n, None
    return n, n


_UNKNOWN: tuple[int | None, int | None, str] = (None, None, "unknown")


@lru_cache(maxsize=4096)
def _parse(raw: str) -> tuple[int | None, int | None, str]:
    t = _tables()
    s = normalize(raw).lower().replace(" ", "")
    if "," in s:  # thousands separators: "8,000"
        s = _THOUSANDS.sub("", s)
    if not _CN_CHARS.isdisjoint(s):
        s = _CN_HEADCOUNT.sub(lambda m: _cn_headcount(m.group(1) or m.group(2)), s)
    m = t.amount_re.search(s)
    if not m:
        return _UNKNOWN
    n1, m1, n2, m2 = m.groups()
    if n2 is not None:
        if m1 is None and m2 is not None and float(n1) <= float(n2):  # "1-5千人"
            m1 = m2
        a, b = sorted((_figure(n1, m1, t), _figure(n2, m2, t)))
        bounds: tuple[int, int | None] = (a, b)
    else:
        bounds = _single(
            _figure(n1, m1, t), s[max(0, m.start() - 10) : m.start()], s[m.end() : m.end() + 10], t
        )
    low, high = bounds
    if (
        low < 0
        or (high is not None and (high < max(low, 1) or high > _MAX_EMPLOYEES))
        or low > _MAX_EMPLOYEES
    ):
        return _UNKNOWN
    return low, high, size_class(low, high)


def parse_company_size(raw: object) -> dict[str, Any]:
    """Parse a company size band into ``{min_employees, max_employees, size_class}``.

    ``size_class`` is one of micro, small, medium, large, small_or_micro, ambiguous, unknown; an unreadable or
    absent band gives null bounds and "unknown". Never raises.
    """
    if not raw or not isinstance(raw, str):
        low, high, cls = _UNKNOWN
    else:
        try:
            low, high, cls = _parse(raw[:MAX_SIZE_CHARS])
        except Exception:  # never let one odd string stop a batch
            low, high, cls = _UNKNOWN
    return {"min_employees": low, "max_employees": high, "size_class": cls}
