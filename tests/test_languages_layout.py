"""nlp.languages finds clause and sentence breaks where the regex of its clause separators would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.languages import _Layout

_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n\r|]|\s\d+[.、)]")
# An English full stop: a period before a space after a word or a closing bracket, not after a list number (" 2. ")
# nor an abbreviation's one letter ("u.s. "): the regex finds the candidates, _full_stop keeps them.
_FULL_STOP = re.compile(r"(?<![A-Za-z0-9])([A-Za-z0-9]*)\.(?= )")
_COMMAS = "，,"
# Marks, spaces (a line break is both), digits (Arabic-Indic too: \d is any decimal digit, but not ²), number marks.
_PIECES = [*"，,。；;！!？?\n\r| \t\u3000\x1c12٣².、)x", "英语", "10", "ab", ". "]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _full_stop(text: str, m: re.Match[str]) -> bool:
    word, start = m.group(1), m.start()
    if not word:
        return start > 0 and text[start - 1] == ")"
    listed = word.isdecimal() and (start == 0 or text[start - 1].isspace())
    abbreviated = len(word) == 1 and start > 0 and text[start - 1] == "."
    return not listed and not abbreviated


@settings(max_examples=1000, deadline=None)
@given(text=_TEXT)
def test_breaks_are_the_regex_matches(text: str) -> None:
    layout = _Layout(text)
    expected = sorted(
        [m.start() for m in _CLAUSE_BREAK.finditer(text)]
        + [m.end() - 1 for m in _FULL_STOP.finditer(text) if _full_stop(text, m)]
    )
    assert layout.breaks == expected
    assert layout.sentence_breaks == [p for p in expected if text[p] not in _COMMAS]


def test_a_numbered_item_after_a_space_breaks_a_clause() -> None:
    text = "英语流利 2、日语 3)韩语\n4.法语"
    assert _Layout(text).breaks == [4, 9, 14]  # the spaces before 2 and 3, the line break
    assert _Layout(text).clause(text.index("日语")) == 1
