"""The check every (title, text, present, absent) table of skills cases runs (the rule rounds' test modules)."""

from __future__ import annotations

from nlp.skills import skill_ids


def assert_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    """Assert that the skills of (title, text) include ``present`` and exclude ``absent`` (None: no check)."""
    ids = skill_ids(title, text)
    assert present is None or present in ids
    assert absent is None or absent not in ids
