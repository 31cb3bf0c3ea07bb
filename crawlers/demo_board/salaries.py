"""Salary strings in the formats real Chinese boards use, each with the truth dict the team's conventions
give.

The generator picks a monthly CNY band for a posting, then one of these formats; every format returns the
raw text
and the truth ``{min_monthly, max_monthly, months_per_year, period, currency, negotiable}``. Structured
salaries
(schema.org MonetaryAmount) come back with the markup the board emits and the text the spider renders from it.
"""

from __future__ import annotations

import random
from typing import Any

# Conversion to a monthly figure, per the team conventions.
DAYS_PER_MONTH = 21.75
_FACTOR = {
    "month": 1.0,
    "year": 1 / 12,
    "day": DAYS_PER_MONTH,
    "hour": 8 * DAYS_PER_MONTH,
    "week": DAYS_PER_MONTH / 5,
}
_UNIT_TEXT = {"month": "MONTH", "year": "YEAR", "day": "DAY", "hour": "HOUR"}

Salary = tuple[str, dict[str, Any]]


def salary_truth(
    lo: float | None,
    hi: float | None,
    period: str,
    *,
    months: int | None = None,
    currency: str | None = "CNY",
    negotiable: bool = False,
) -> dict[str, Any]:
    """Build the truth dict for figures quoted per ``period`` (converted to monthly, rounded to 2
    decimals)."""
    factor = _FACTOR.get(period, 1.0)
    return {
        "min_monthly": None if lo is None else round(lo * factor, 2),
        "max_monthly": None if hi is None else round(hi * factor, 2),
        "months_per_year": months,
        "period": period,
        "currency": currency,
        "negotiable": negotiable,
    }


NO_SALARY = salary_truth(None, None, "unknown", currency=None)
NEGOTIABLE = salary_truth(None, None, "unknown", currency=None, negotiable=True)


def _num(x: float) -> str:
    """'1.5', '2', '12' — the compact way boards print figures."""
    return f"{x:g}"


def _k(v: int) -> str:
    return _num(v / 1000)


def _w(v: int) -> str:
    return _num(v / 10000)


def _fmt51(lo: int, hi: int) -> str:
    """51job style: 千 below 10,000 and 万 from 10,000, e.g. '6-8千', '6千-1.2万', '1-1.5万'."""
    if hi < 10000:
        return f"{_k(lo)}-{_k(hi)}千"
    if lo >= 10000:
        return f"{_w(lo)}-{_w(hi)}万"
    return f"{_k(lo)}千-{_w(hi)}万"


def _round_to(v: float, step: int) -> int:
    return max(step, round(v / step) * step)


def monthly_band(rng: random.Random, low: tuple[int, int]) -> tuple[int, int]:
    """A monthly CNY band: low end in [a, b] (multiples of 500), high end 1.2–1.9 times it."""
    lo = _round_to(rng.uniform(*low), 500)
    hi = _round_to(lo * rng.uniform(1.2, 1.9), 500)
    if hi <= lo:
        hi = lo + 500
    if lo >= 10000:  # 万 figures on 51job carry one decimal at most
        lo = _round_to(lo, 1000)
    if hi >= 10000:
        hi = _round_to(hi, 1000)
    return lo, max(hi, lo + 1000)


def text_salary(rng: random.Random, lo: int, hi: int, employment: list[str]) -> Salary:
    """One salary string for the band, in a format weighted like real boards, with its truth."""
    if "part_time" in employment or "internship" in employment:
        kind = rng.choices(["day", "hour", "yuan", "w51", "neg"], [4, 2, 2, 1, 1])[0]
    else:
        kind = rng.choices(
            [
                "w51",
                "w51n",
                "k",
                "yuan",
                "bare",
                "reversed",
                "single",
                "year",
                "above",
                "below",
                "neg",
                "absent",
                "day",
            ],
            [30, 8, 12, 8, 5, 3, 3, 4, 4, 2, 5, 2, 1],
        )[0]
    if kind == "w51":
        return _fmt51(lo, hi), salary_truth(lo, hi, "month")
    if kind == "w51n":
        n = rng.choice([13, 13, 14, 15, 16])
        return f"{_fmt51(lo, hi)}·{n}薪", salary_truth(lo, hi, "month", months=n)
    if kind == "k":
        a, b = _round_to(lo, 1000), _round_to(hi, 1000)
        b = max(b, a + 1000)
        style = rng.randrange(3)
        raw = (f"{a // 1000}K-{b // 1000}K", f"{a // 1000}k-{b // 1000}k", f"{a // 1000}-{b // 1000}K")[style]
        if rng.random() < 0.3:
            n = rng.choice([13, 14])
            return f"{raw}·{n}薪", salary_truth(a, b, "month", months=n)
        return raw, salary_truth(a, b, "month")
    if kind == "yuan":
        return f"{lo}-{hi}元/月", salary_truth(lo, hi, "month")
    if kind == "bare":
        return f"{lo}-{hi}", salary_truth(lo, hi, "month")
    if kind == "reversed":
        return f"{hi}-{lo}" + rng.choice(["", "元/月"]), salary_truth(lo, hi, "month")
    if kind == "single":
        return f"{lo}元/月", salary_truth(lo, lo, "month")
    if kind == "year":
        a = max(3, round(lo * 12 / 10000))
        b = a + rng.randint(2, 12)
        return f"{a}-{b}万/年", salary_truth(a * 10000, b * 10000, "year")
    if kind == "above":
        style = rng.randrange(3)
        if style == 0:
            v = _round_to(lo, 1000)
            raw = f"{_w(v)}万以上" if v >= 10000 and v % 1000 == 0 else f"{_k(v)}千以上"
        elif style == 1:
            v = lo
            raw = f"{v}元及以上"
        else:
            v = lo
            raw = f"{v}元起"
        return raw, salary_truth(v, None, "month")
    if kind == "below":
        v = _round_to(hi if hi < 10000 else 6000, 1000)
        raw = rng.choice([f"{_k(v)}千及以下", f"{_k(v)}千以下", f"{v}元以下"])
        return raw, salary_truth(None, v, "month")
    if kind == "neg":
        return rng.choice(["面议", "薪资面议"]), NEGOTIABLE
    if kind == "absent":
        return "", NO_SALARY
    if kind == "day":
        d = rng.choice([120, 150, 180, 200, 250, 300])
        if rng.random() < 0.5:
            return f"{d}元/天", salary_truth(d, d, "day")
        return f"{d}-{d + 50}元/天", salary_truth(d, d + 50, "day")
    # hour
    h = rng.choice([20, 25, 30, 35, 40])
    unit = rng.choice(["元/时", "元/小时"])
    if rng.random() < 0.5:
        return f"{h}{unit}", salary_truth(h, h, "hour")
    return f"{h}-{h + 10}{unit}", salary_truth(h, h + 10, "hour")


def usd_salary(rng: random.Random) -> Salary:
    """'$3000-4000/月' — foreign currency keeps its code, no conversion."""
    a = rng.choice([1500, 2000, 2500, 3000, 3500, 4000])
    b = a + rng.choice([500, 1000, 1500])
    return f"${a}-{b}/月", salary_truth(a, b, "month", currency="USD")


def structured_salary(
    rng: random.Random, lo: int, hi: int, usd: bool = False
) -> tuple[Salary, dict[str, Any]]:
    """A schema.org MonetaryAmount salary: ((spider-rendered text, truth), markup for the board)."""
    if usd:
        period, cur = "month", "USD"
        a = rng.choice([2000, 2500, 3000, 3500])
        b = a + 1000
    else:
        cur = "CNY"
        period = rng.choices(["month", "year", "day", "hour"], [14, 4, 1, 1])[0]
        if period == "month":
            a, b = lo, hi
        elif period == "year":
            a, b = _round_to(lo * 12, 10000), _round_to(hi * 13, 10000)
        elif period == "day":
            a = rng.choice([150, 200, 250])
            b = a + 100
        else:
            a = rng.choice([25, 30, 35])
            b = a + 10
    unit = _UNIT_TEXT[period]
    markup = {"currency": cur, "min": a, "max": b, "unit": unit}
    return (f"{a}-{b} {cur}/{unit}", salary_truth(a, b, period, currency=cur)), markup
