"""The expected ``parse_salary`` answer the salary tables of tests/test_salary.py and the board-format rounds
(tests/test_structured_boards16.py) build their cases with."""

from __future__ import annotations


def expected_salary(
    low: float | None,
    high: float | None,
    months: int | None = None,
    period: str = "month",
    currency: str | None = "CNY",
    negotiable: bool = False,
) -> dict[str, object]:
    """``parse_salary``'s dict for these values (defaults: a monthly CNY figure, no 薪 count, not negotiable)."""
    return {
        "min_monthly": low,
        "max_monthly": high,
        "months_per_year": months,
        "period": period,
        "currency": currency,
        "negotiable": negotiable,
    }


UNKNOWN = expected_salary(None, None, period="unknown", currency=None)
