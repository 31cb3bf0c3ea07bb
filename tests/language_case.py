"""The expected language entry every table of language cases builds (tests/test_languages*.py)."""

from __future__ import annotations


def L(code: str, level: str | None = None, required: bool = True) -> dict[str, object]:
    """One entry of ``extract_languages``'s output: a code, its level id or None, and whether it is required."""
    return {"code": code, "level": level, "required": required}
