"""nlp.languages finds clause and sentence breaks where the regex of its clause separators would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.languages import _Layout

# A list number's mark; a point followed by a digit is a decimal (" 6.5"), no break. A list whose line breaks were
# lost ("1.英语熟练2.日语优先") breaks before a one- or two-digit number glued between Chinese characters (not a bare
# 0 or 1).
_CLAUSE_BREAK = re.compile(
    r"[，,。；;！!？?\n\r|]|\s\d+(?:[、)]|\.(?!\d))"
    r"|(?<=[\u4e00-\u9fff])(?![01][、).])\d{1,2}[、).](?=[\u4e00-\u9fff])"
)
# An English full stop (nlp.languages._FULL_STOP): a period before a space after a word or a closing bracket, not
# after an abbreviation's one letter ("u.s. "), and after a number only when a letter, hyphen or colon precedes it.
_FULL_STOP = re.compile(
    r"\. (?<=[A-Za-z)]\. )(?<!\.[A-Za-z]\. )|\. (?<=[A-Za-z:-][0-9]\. )|\. (?<=[A-Za-z:-][0-9][0-9]\. )"
)
_COMMAS = "，,"
# Marks, spaces (a line break is both), digits (Arabic-Indic too: \d is any decimal digit, but not ²), number marks.
_PIECES = [*"，,。；;！!？?\n\r| \t\u3000\x1c12٣².、)x-:", "英语", "10", "ab", ". ", "日"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=1000, deadline=None)
@given(text=_TEXT)
def test_breaks_are_the_regex_matches(text: str) -> None:
    layout = _Layout(text)
    expected = sorted(
        [m.start() for m in _CLAUSE_BREAK.finditer(text)]
        + [m.start() for m in _FULL_STOP.finditer(text)]
    )
    assert layout.breaks == expected
    assert layout.sentence_breaks == [p for p in expected if text[p] not in _COMMAS]


def test_a_numbered_item_after_a_space_breaks_a_clause() -> None:
    text = "英语流利 2、日语 3)韩语\n4.法语"
    assert _Layout(text).breaks == [4, 9, 14]  # the spaces before 2 and 3, the line break
    assert _Layout(text).clause(text.index("日语")) == 1


def test_english_full_stops_break_sentences() -> None:
    for text, stops in [
        ("excellent english. mandarin is a plus", [17]),
        ("for the u.s. market. japanese", [19]),  # not the abbreviation's
        ("1. english 2. japanese", []),  # list numbers
        ("cet-6. japanese", [5]),
        ("(500+). careful", [6]),
    ]:
        layout = _Layout(text)
        assert [p for p in layout.sentence_breaks if text[p] == "."] == stops, text
