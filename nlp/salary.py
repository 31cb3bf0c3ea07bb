"""Salary strings of job boards to a monthly figure: ``parse_salary("2-3万·13薪")``.

Reads every format seen on 51job, neitui, Boss-style boards and schema.org ``baseSalary`` renderings:
magnitude suffixes (万/w, 千/k, 百), ranges with inherited units ("1-1.5万", "10-15K"), quoting periods
(/年, 日薪, /时, CNY/MONTH), open bounds (以上, 以下, 起, "+"), "·N薪", foreign currencies (kept, never
converted) and 面议.

Conventions (DESIGN.md, "Salary semantics", and the team conventions): figures are per month in the posting's
currency, rounded to 2 decimals; ``period`` is the unit the figure was quoted in. All reference numbers (21.75
working days, 8 hours, magnitudes, currency tokens) live in ``nlp/data/salary_units.json``.

One deliberate refusal: a bare figure without magnitude or currency that would be under 100 a month
("8-10") is most likely thousands, but nothing says so; it is reported as unknown rather than guessed.

A figure in a foreign currency quoted with no period is read by its size against that currency's pay levels
(``bare_period_bands`` in salary_units.json): "$100K - $130K" is a year's pay, "SGD 4,000 - 6,000" a month's,
and "$20 - $25" (an hourly rate in all likelihood) or "$18,000 - $22,000" (a high month or a low year) unknown.
CNY keeps DESIGN.md's rule: a bare K or yuan figure is monthly ("15-25K", "20-40万"), except CNY written the
English way (RMB / CNY, or an m magnitude: "RMB 800k - 1.2m"), read by its size as a foreign currency
(``latin_cny_band``). On a Taiwan board a bare figure or 元 is TWD (``plain_currency``). Chinese numerals before a
magnitude ("五千到八千") are read as digits.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Final

from nlp.textnorm import is_traditional, normalize

# A salary field longer than this is prose, not a salary string: only its start is read (also bounds the
# cost).
MAX_SALARY_CHARS: Final = 200
# Amounts beyond this are not salaries (even in VND or KRW): treated as unreadable.
_MAX_AMOUNT: Final = Decimal(10) ** 10
_CENT: Final = Decimal("0.01")

PERIODS: Final = ("month", "year", "day", "hour", "week", "unknown")

_THOUSANDS: Final = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
# "€3.500", "IDR 8.000.000": dots between groups of three, in a string with no magnitude word (then "1.500" is
# never a salary of 1.5).
_DOTTED: Final = re.compile(r"(?<![0-9.])[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?![0-9.m])")
# A comma before exactly two digits that end the number: the decimal comma of European boards ("14,50 €/Stunde",
# "€1.850,50"), its integer part with dots between groups of three or none; 8,000 and 6,00,000 are read before.
_DECIMAL_COMMA: Final = re.compile(r"(?<![0-9.,])([0-9]{1,3}(?:\.[0-9]{3})*),([0-9]{2})(?![0-9])")
_MAGNITUDE_CHARS: Final = frozenset("万千百kw")
_LAKH: Final = re.compile(r"(?<![0-9,])[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])")
# The low end of a range of yearly pays, right before the count the months regex found ("13-15薪").
_MONTHS_LOWER: Final = re.compile(r"(?<![0-9.])([0-9]{1,2})[-~〜–—至到]$")
# "1万2", "3千5", "4k5": the digit after a magnitude is the next place down (1.2万, 3.5千, 4.5k), when the
# figure ends there ("10k5险1金" is 10k and a benefit).
# Chinese numerals before a magnitude or 薪 ("五千到八千", "一万到两万", "八千以上", "十三薪"), as 58同城-style
# ads write them: turned into digits before anything is read. A gate of characters keeps the regex off most strings.
_CN_DIGIT_VALUES: Final = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMERAL_CHARS: Final = frozenset("一二两三四五六七八九十")
_CN_NUMERAL: Final = re.compile(r"(?<![一二两三四五六七八九十百千万])([一二两三四五六七八九十]{1,3})(?=[万千百薪])")


def _cn_number(run: str) -> str | None:
    """Digits of a Chinese numeral under 100 (五, 十, 十三, 二十, 二十五); None when the run is not one."""
    if "十" not in run:
        return str(_CN_DIGIT_VALUES[run]) if len(run) == 1 else None
    tens, _, units = run.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    value = (_CN_DIGIT_VALUES[tens] if tens else 1) * 10 + (_CN_DIGIT_VALUES[units] if units else 0)
    return str(value)


# A digit left after a converted figure's magnitude ("三千五", "一万五"): the colloquial 3千5 read below.
_CN_TRAILING_DIGIT: Final = re.compile(r"(?<=[0-9][万千])([一二两三四五六七八九])(?![一二两三四五六七八九十百千万])")


def _cn_numerals_to_digits(s: str) -> str:
    s = _CN_NUMERAL.sub(lambda m: _cn_number(m.group(1)) or m.group(1), s)
    return _CN_TRAILING_DIGIT.sub(lambda m: str(_CN_DIGIT_VALUES[m.group(1)]), s)


_COLLOQUIAL: Final = re.compile(r"(?<![0-9.])([0-9]+)(万|千|w|k)([1-9])(?=$|[-~至到—–−〜/+·(（以起元 ])")
# What parts the clauses of a pay string quoting several periods ("200元/天,4000元/月"): after normalize, a comma
# between digits is a thousands separator and is gone by then.
_CLAUSES: Final = re.compile(r"[,;、|]")


@dataclass(frozen=True)
class _Tables:
    """The compiled form of salary_units.json."""

    magnitudes: dict[str, Decimal]
    period_factor: dict[str, tuple[Decimal, Decimal]]  # period -> (multiply by, divide by)
    months_range: tuple[int, int]
    months_words: tuple[tuple[str, int], ...]  # "双薪" -> 13: a count of monthly pays stated in words
    plausible_min_bare: Decimal
    bare_monthly_floor: Decimal
    period_re: re.Pattern[str]
    period_of: dict[str, str]
    currency_re: re.Pattern[str]
    currency_of: dict[str, str]
    negotiable_re: re.Pattern[str]
    negotiable_words: tuple[str, ...]  # gate for negotiable_word_re: a cheap substring test first
    negotiable_word_re: re.Pattern[str]  # "DOE" as a whole word, on the string with its spaces
    per_output_re: re.Pattern[str]  # pay per piece / order / thousand characters: no time period
    base_pay_re: re.Pattern[str]  # a named base pay with its figure ("底薪3000"): a piece rate beside it is extra
    amount_re: re.Pattern[str]
    months_re: re.Pattern[str]
    min_after: tuple[str, ...]
    max_after: tuple[str, ...]
    min_before: tuple[str, ...]
    max_before: tuple[str, ...]
    plus_components: tuple[str, ...]
    smaller: dict[str, tuple[str, ...]]  # magnitude -> the next smaller one a lost unit may have been
    max_repair_ratio: Decimal
    generic_currency: frozenset[str]
    bare_period_bands: dict[str, tuple[Decimal, Decimal, Decimal]]  # currency -> month_from, month_up_to, year_from
    local_currency: dict[str, str]  # province (HK, Macao, Taiwan) or ISO country -> its money
    sign_currencies: dict[str, frozenset[str]]  # "$" -> the currencies written with it
    latin_cny_band: tuple[Decimal, Decimal, Decimal]  # CNY written the English way, with no period
    latin_cny_tokens: frozenset[str]
    latin_cny_magnitudes: frozenset[str]
    plain_currencies: frozenset[str]  # what a figure with no currency or with 元 may be in, besides CNY
    plain_tokens: frozenset[str]
    expansions: tuple[tuple[str, str], ...]  # abbreviation -> magnitude and period spelled out ("lpa")


def _alternation(literals: list[str]) -> str:
    """Regex alternation of literals, longest first so the longest wins at a given position."""
    return "|".join(re.escape(x) for x in sorted(set(literals), key=lambda x: (-len(x), x)))


@cache
def _tables() -> _Tables:
    raw: dict[str, Any] = json.loads(
        resources.files("nlp").joinpath("data/salary_units.json").read_text(encoding="utf-8")
    )
    days = Decimal(raw["working_days_per_month"])
    hours = Decimal(raw["working_hours_per_day"])
    week_days = Decimal(raw["working_days_per_week"])
    months = Decimal(raw["months_per_year"])
    one = Decimal(1)
    period_factor = {
        "month": (one, one),
        "year": (one, months),
        "day": (days, one),
        "hour": (days * hours, one),
        "week": (days, week_days),
    }
    period_of = {lit: period for period, lits in raw["periods"].items() for lit in lits}
    currency_of = {lit: code for code, lits in raw["currencies"].items() for lit in lits}
    before_figure = {lit: code for code, lits in raw["currencies_before_figure"].items() for lit in lits}
    currency_pattern = (
        _alternation(list(currency_of))
        + "|"
        + "|".join(re.escape(lit) + "(?=[0-9])" for lit in sorted(before_figure, key=lambda x: (-len(x), x)))
    )
    currency_of.update(before_figure)
    magnitudes = {k: Decimal(v) for k, v in raw["magnitudes"].items()}
    # ASCII magnitude letters must not be the start of a word ("8kg" is not 8 thousand).
    mag = "|".join(re.escape(m) + ("(?![a-z])" if m.isascii() else "") for m in magnitudes)
    num = r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)"
    sep = r"\s*(?:" + _alternation(raw["range_separators"]) + r")\s*"
    amount_re = re.compile(rf"{num}({mag})?(?:{sep}{num}({mag})?)?")
    lo, hi = raw["months_per_year_range"]
    return _Tables(
        magnitudes=magnitudes,
        period_factor=period_factor,
        months_range=(int(lo), int(hi)),
        months_words=tuple((word, int(n)) for word, n in raw["months_words"].items()),
        plausible_min_bare=Decimal(raw["plausible_min_bare_monthly"]),
        bare_monthly_floor=Decimal(raw["bare_monthly_floor"]),
        period_re=re.compile(_alternation(list(period_of))),
        period_of=period_of,
        currency_re=re.compile(currency_pattern),
        currency_of=currency_of,
        negotiable_re=re.compile(_alternation(raw["negotiable"])),
        negotiable_words=tuple(raw["negotiable_words"]),
        negotiable_word_re=re.compile(r"(?<![a-z.])(?:" + _alternation(raw["negotiable_words"]) + r")\.?(?![a-z])"),
        per_output_re=re.compile(_alternation(raw["per_output"])),
        # The base pay word only counts with its figure: "12元/单+底薪" states no base, the 12 is per order.
        base_pay_re=re.compile("(?:" + _alternation(raw["base_pay"]) + r")[:：]?[0-9一二两三四五六七八九]"),
        amount_re=amount_re,
        # "·13薪", "13薪", "x14薪", "13个月薪": the yearly number of monthly pays.
        # "7-8k*13", "8k×14": a bare count after a multiplication sign that follows a figure is the same.
        months_re=re.compile(
            r"[·•*x×]?(?<![0-9.])([0-9]{1,2})(?:个月)?薪|(?<=[0-9千万kw])[*x×]([0-9]{1,2})(?![0-9.%])"
        ),
        min_after=tuple(raw["min_only_after"]),
        max_after=tuple(raw["max_only_after"]),
        min_before=tuple(raw["min_only_before"]),
        max_before=tuple(raw["max_only_before"]),
        plus_components=tuple(raw["plus_components"]),
        smaller={k: tuple(v) for k, v in raw["lost_unit_below"].items()},
        max_repair_ratio=Decimal(raw["max_repair_ratio"]),
        generic_currency=frozenset(raw["generic_currency"]),
        bare_period_bands={
            code: (Decimal(lo), Decimal(hi), Decimal(year)) for code, (lo, hi, year) in raw["bare_period_bands"].items()
        },
        local_currency=dict(raw["local_currency"]),
        sign_currencies={sign: frozenset(codes) for sign, codes in raw["currency_signs"].items()},
        latin_cny_band=(
            Decimal(raw["latin_cny_band"][0]),
            Decimal(raw["latin_cny_band"][1]),
            Decimal(raw["latin_cny_band"][2]),
        ),
        latin_cny_tokens=frozenset(raw["latin_cny_tokens"]),
        latin_cny_magnitudes=frozenset(raw["latin_cny_magnitudes"]),
        plain_currencies=frozenset(raw["plain_currencies"]),
        plain_tokens=frozenset(raw["plain_tokens"]),
        expansions=tuple(raw["expansions"].items()),
    )


def _unknown(negotiable: bool = False) -> dict[str, Any]:
    return {
        "min_monthly": None,
        "max_monthly": None,
        "months_per_year": None,
        "period": "unknown",
        "currency": None,
        "negotiable": negotiable,
    }


def _bound(tail: str, head: str, t: _Tables) -> str:
    """Which bound a single figure gives: "min", "max" or "both", from the words right after or before it."""
    tail, head = tail.lstrip(), head.rstrip()  # "6000元/月起" reads "6000 起" once the words are dropped
    if tail.startswith("+"):
        rest = tail[1:]
        # "底薪4000+提成": the figure is the base pay, not an open minimum.
        return "both" if rest.startswith(t.plus_components) else "min"
    if tail.startswith(t.min_after):
        return "min"
    if tail.startswith(t.max_after):
        return "max"
    if head.endswith(t.min_before):
        return "min"
    if head.endswith(t.max_before):
        return "max"
    return "both"


def _scaled(number: str, magnitude: str | None, t: _Tables) -> Decimal:
    value = Decimal(number)
    return value * t.magnitudes[magnitude] if magnitude else value


def _inherit(bare: str, other: str, magnitude: str, t: _Tables, bare_is_low: bool) -> bool:
    """Whether a bare figure of a range takes the other end's magnitude ("1-1.5万", "8k-15")."""
    b, o = Decimal(bare), Decimal(other)
    if b >= t.magnitudes[magnitude]:  # "6千-8000": 8000 is already in yuan
        return False
    return b <= o if bare_is_low else b >= o


def _low_magnitude(bare: str, other: str, magnitude: str, t: _Tables) -> str | None:
    """The magnitude of a bare low end of a range whose high end has one ("1-1.5万", "25-15K", "9-1.5万").

    Inherited when that keeps the range in order. A bare figure too small to be yuan that would reverse the
    range is either a reversed range ("25-15K" → 15-25K) or a lost smaller unit ("9�-1.5万": 9千); the
    reading with the narrower range wins, if it is a range boards write (high / low ≤ max_repair_ratio).
    Otherwise the figure stays in yuan ("6000-1.2万").
    """
    if _inherit(bare, other, magnitude, t, bare_is_low=True):
        return magnitude
    b = Decimal(bare)
    if b >= t.plausible_min_bare or b == 0:
        return None
    high = _scaled(other, magnitude, t)
    best: str | None = None
    best_ratio = Decimal(0)
    for candidate in (magnitude, *t.smaller.get(magnitude, ())):
        low = b * t.magnitudes[candidate]
        ratio = max(low, high) / min(low, high)
        if ratio <= t.max_repair_ratio and (best is None or ratio < best_ratio):
            best, best_ratio = candidate, ratio
    return best


def _bare_period(figures: list[Decimal], band: tuple[Decimal, Decimal, Decimal]) -> str:
    """The period of foreign-currency figures quoted with none: "month" when all lie in the currency's
    monthly band, "year" when all reach its yearly floor, else "unknown" ("$20 - $25", "$18,000 - $22,000")."""
    month_from, month_up_to, year_from = band
    if all(month_from <= v <= month_up_to for v in figures):
        return "month"
    if all(v >= year_from for v in figures):
        return "year"
    return "unknown"


def _month_clause(s: str, t: _Tables) -> tuple[str, re.Match[str]] | None:
    """The first clause of ``s`` (parted by :data:`_CLAUSES`) that quotes a month and a figure, with its period
    match; None when no clause does."""
    for clause in _CLAUSES.split(s):
        m = t.period_re.search(clause)
        if m is not None and t.period_of[m.group(0)] == "month" and any(ch.isdigit() for ch in clause):
            return clause, m
    return None


@lru_cache(maxsize=65536)
def _parse(raw: str, local: str | None = None, plain: str | None = None) -> tuple[Any, ...]:
    t = _tables()
    s = normalize(raw).lower().replace(" ", "")
    if "," in s:  # thousands separators: "8,000", Indian "5,00,000"
        s = _THOUSANDS.sub("", _LAKH.sub(lambda m: m.group(0).replace(",", ""), s))
        if "," in s:  # a decimal comma left ("€14,50/Stunde", German and French boards)
            s = _DECIMAL_COMMA.sub(lambda m: m.group(1).replace(".", "") + "." + m.group(2), s)
    if "." in s and _MAGNITUDE_CHARS.isdisjoint(s):
        s = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), s)
    if "\ufffd" in s:  # a character lost to mojibake ("9�-1.5万"): the range rule below reads the figure
        s = s.replace("\ufffd", "")
    negotiable = t.negotiable_re.search(s) is not None
    if not negotiable and any(word in s for word in t.negotiable_words):
        # "$60k-80k DOE": a whole word only, so it is looked for where the spaces still part the words.
        negotiable = t.negotiable_word_re.search(normalize(raw).lower()) is not None
    for short, spelled in t.expansions:
        if short in s:  # "12-18lpa": lakhs a year
            s = s.replace(short, spelled)
    if not _CN_NUMERAL_CHARS.isdisjoint(s):
        s = _cn_numerals_to_digits(s)
    if not any(ch.isdigit() for ch in s):
        return tuple(_unknown(negotiable).values())

    months: int | None = None
    # Its first branch ends on 薪, its second holds a multiplication sign: most strings have neither, and the regex
    # would try both at every position (~9,000 instructions a string, callgrind).
    m = t.months_re.search(s) if "薪" in s or "*" in s or "x" in s or "×" in s else None
    if m:
        n = int(m.group(1) or m.group(2))
        start = m.start()
        lower = _MONTHS_LOWER.search(s, max(0, start - 4), start)
        if lower:  # "13-15薪": the guaranteed number
            n, start = int(lower.group(1)), lower.start()
        if t.months_range[0] <= n <= t.months_range[1]:
            months = n
        s = s[:start] + " " + s[m.end() :]
    elif "薪" in s:
        for word, n in t.months_words:  # "年底双薪": a thirteenth month, no figure before 薪
            if word in s:
                months = n
                s = s.replace(word, " ")
                break

    if _COLLOQUIAL.search(s) is not None:  # a template substitution goes through the re module's Python code
        s = _COLLOQUIAL.sub(r"\1.\3\2", s)

    pm = t.period_re.search(s)
    whole = s
    if pm is not None and t.period_of[pm.group(0)] != "month" and t.period_re.search(s, pm.end()) is not None:
        # Several periods ("200元/天,4000元/月", "日结,4000元/月"): the clause quoting a month is read, its figure
        # needs no conversion; with none, the first period quoted stands (gold guide, Salary).
        clause = _month_clause(s, t)
        if clause is not None:
            s, pm = clause
    if t.per_output_re.search(s) is not None:
        base = t.base_pay_re.search(s)
        if base is not None:
            # A named base pay beside a piece rate ("2元/件,保底3000", "3元/件 底薪4000元/月"): its figure is the
            # month's, not the rate before it.
            s = s[base.start() :]
        elif pm is None:
            # Paid per piece, order or thousand characters ("8元/单", "論件計酬3,000~8,000元"): no month in it.
            return tuple(_unknown(negotiable).values())
        else:
            # A period quoted too ("3元/件,月均6000"): the clause with the period and no piece rate holds the figure;
            # one clause with both ("5000-8000元/月(计件)") is read whole; a period with no figure in its clause
            # ("0.3元/单,日结": paid daily) leaves only the piece rate.
            clauses = _CLAUSES.split(s)
            timed = [c for c in clauses if t.period_re.search(c) is not None and any(ch.isdigit() for ch in c)]
            if not timed:
                return tuple(_unknown(negotiable).values())
            for part in timed:
                if t.per_output_re.search(part) is None:
                    s, pm = part, t.period_re.search(part)
                    break
    period = t.period_of[pm.group(0)] if pm else "month"  # a bare K or yuan figure is monthly
    # The first currency named, but a bare "$" yields to a named one ("$25,000 - $35,000 (HKD)").
    cm = None
    for found in t.currency_re.finditer(whole):  # the whole string's: "USD 200/day, 4000/month"
        if cm is None or cm.group(0) in t.generic_currency:
            cm = found
        if found.group(0) not in t.generic_currency:
            break
    currency = t.currency_of[cm.group(0)] if cm else "CNY"
    # A sign the money of the job's place shares is that money ("$" in Hong Kong). A figure with no currency
    # stays CNY wherever the job is: Chinese boards quote overseas jobs in yuan ("美国洛杉矶", "5-8.5千").
    if local is not None and cm is not None and local in t.sign_currencies.get(cm.group(0), ()):
        currency = local
    # On a Taiwan board a bare figure or 元 is New Taiwan dollars ("月薪40,000~60,000元", 104): ``plain``.
    if plain is not None and (cm is None or cm.group(0) in t.plain_tokens):
        currency = plain
    # Period and currency words are read; drop them so "3000元-4000元/月" reads as a plain range (neither
    # substitution has anything to do where the searches above found nothing).
    if pm is not None:
        s = t.period_re.sub(" ", s)
    if cm is not None:
        s = t.currency_re.sub("", s)

    am = t.amount_re.search(s)
    if not am:
        return tuple(_unknown(negotiable).values())
    n1, m1, n2, m2 = am.groups()
    if n2 is not None:
        if m1 is None and m2 is not None:
            m1 = _low_magnitude(n1, n2, m2, t)
        elif m2 is None and m1 is not None and _inherit(n2, n1, m1, t, bare_is_low=False):
            m2 = m1
        lo, hi = sorted((_scaled(n1, m1, t), _scaled(n2, m2, t)))
        low: Decimal | None = lo
        high: Decimal | None = hi
    else:
        value = _scaled(n1, m1, t)
        # 12 characters after the figure: room for "+commission" (plus_components) as well as "及以上".
        bound = _bound(s[am.end() : am.end() + 12], s[max(0, am.start() - 4) : am.start()], t)
        low = value if bound in ("min", "both") else None
        high = value if bound in ("max", "both") else None
    biggest = max(v for v in (low, high) if v is not None)
    if biggest > _MAX_AMOUNT:
        return tuple(_unknown(negotiable).values())
    smallest = min(v for v in (low, high) if v is not None)
    if (
        m1 is None
        and m2 is None
        and cm is None
        and period == "month"
        and (biggest < t.bare_monthly_floor or 0 < smallest < t.plausible_min_bare)
    ):
        # "8-10": thousands in all likelihood, "150-250": a day rate in all likelihood, "12-2023": a date;
        # nothing says which: refuse rather than guess.
        return tuple(_unknown(negotiable).values())

    band = t.bare_period_bands.get(currency)
    if (
        band is None
        and currency == "CNY"
        and (
            (cm is not None and cm.group(0) in t.latin_cny_tokens)
            or m1 in t.latin_cny_magnitudes
            or m2 in t.latin_cny_magnitudes
        )
    ):
        # CNY written the English way ("RMB 800k - 1.2m"): those ads quote packages per year, so the size decides
        # as for a foreign currency; Chinese-written CNY keeps the monthly rule ("20-40万").
        band = t.latin_cny_band
    if pm is None and band is not None:
        # A foreign currency with no period: its size decides ("$100K - $130K" is a year's pay).
        period = _bare_period([v for v in (low, high) if v is not None], band)
        if period == "unknown":
            return tuple(_unknown(negotiable).values())

    mul, div = t.period_factor[period]

    def monthly(v: Decimal | None) -> float | None:
        return None if v is None else float((v * mul / div).quantize(_CENT, rounding=ROUND_HALF_UP))

    return (monthly(low), monthly(high), months, period, currency, negotiable)


def local_currency(location: dict[str, Any] | None) -> str | None:
    """The money of a job's place (a ``parse_location`` result), or None on the mainland or where unknown."""
    if not location:
        return None
    table = _tables().local_currency
    return table.get(location.get("province") or "") or table.get(location.get("country") or "")


def plain_currency(location: dict[str, Any] | None, *texts: str | None) -> str | None:
    """The money a bare figure or 元 is in when it is not CNY: TWD in a Taiwan job written in Traditional script
    (104's "月薪40,000~60,000元"); None elsewhere, so a mainland board's Taiwan job quoted in yuan stays CNY."""
    local = local_currency(location) if location else None
    if local not in _tables().plain_currencies:
        return None
    return local if any(text and is_traditional(text) for text in texts) else None


def parse_salary(raw: object, local: str | None = None, plain: str | None = None) -> dict[str, Any]:
    """Parse a salary string into ``{min_monthly, max_monthly, months_per_year, period, currency,
    negotiable}``.

    Figures are per month in the posting's currency (``/年`` ÷ 12, ``/天`` × 21.75, ``/时`` × 8 × 21.75,
    ``/周`` × 21.75 / 5), floats rounded to 2 decimals. Unreadable or absent input gives null figures, period
    "unknown", currency null. ``local`` is the money of the job's place (``local_currency``): it replaces a
    currency sign it shares ("$" in a Hong Kong job is HKD, "¥" in a Tokyo job JPY). ``plain`` (``plain_currency``)
    is the money of a figure written with no currency or with 元 where that is not CNY (TWD on a Taiwan board).
    Never raises.
    """
    if not raw or not isinstance(raw, str):
        return _unknown()
    if not isinstance(local, str) or local not in _tables().bare_period_bands:
        local = None
    if not isinstance(plain, str) or plain not in _tables().plain_currencies:
        plain = None
    try:
        # Without a local money the string alone is the cache key (no tuple built and hashed per lookup).
        if local is None and plain is None:
            values = _parse(raw[:MAX_SALARY_CHARS])
        else:
            values = _parse(raw[:MAX_SALARY_CHARS], local, plain)
    except Exception:  # never let one odd string stop a batch
        return _unknown()
    return dict(
        zip(
            ("min_monthly", "max_monthly", "months_per_year", "period", "currency", "negotiable"),
            values,
            strict=True,
        )
    )
