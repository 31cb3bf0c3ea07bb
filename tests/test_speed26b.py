"""Fast paths of the twenty-sixth session's second speed round (sp26b) agree with the code they replace: the
replaced functions are kept here, as they read before, as the reference."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import languages, sections
from nlp.languages import _MARK_SPACES, _NUMBER_MARKS
from nlp.sections import _DASH_TAIL, _NUMERALS, _SET_OFF, _TAIL_MARKS, _TAIL_WORDS, _TAIL_WORDS_FIRST


def _a_heading_before(text: str, start: int, end: int) -> bool:
    """nlp/sections.py's _a_heading as it read before sp26b: one-character strings and their methods."""
    if text[end - 1] in ":：":
        return True
    i = start - 1
    while i >= 0:
        c = text[i]
        if c == "\n":
            return True
        if (c.isalnum() or c == "_") and not (c.isdecimal() or c in _NUMERALS):
            break
        i -= 1
    else:
        return True
    n = len(text)
    i = end
    while i < n and text[i].isspace():
        i += 1
    if i < n and text[i] in _TAIL_WORDS_FIRST:
        for word in _TAIL_WORDS:
            if text.startswith(word, i):
                i += len(word)
                while i < n and text[i].isspace():
                    i += 1
                break
    if i < n and text[i] in _TAIL_MARKS:
        return True
    before = text[start - 1] if start else " "
    if "\u4e00" <= text[start] <= "\u9fff":
        after = text[end] if end < n else " "
        return (before.isspace() or before in _SET_OFF) and not "\u4e00" <= after <= "\u9fff"
    return before in " .;!?,)]】" and _DASH_TAIL.match(text, end) is not None


# Characters of every class the fast path tells apart: ASCII letters, digits, marks and spaces, Chinese
# characters and numerals, the ends of the ideograph block, other letters, digits and numbers (Arabic-Indic, circled,
# Roman, 〇), other spaces, full-width marks, emoji, a character outside the basic plane.
_CHARS = st.sampled_from([
    *"aZz_09 \t\n\r\x0b\x0c\x1c\x1f.;!?,)]】:：？是有什么么哪些对司一二十五\u4e00\u9fff\u4dff\ua000",
    *"٣①Ⅻ〇々é\u00a0\u3000\u2003\u2028\u0085、。【★*#·•>-–—▶📌\ufe0f𠀀",
])  # fmt: skip
_TEXT = st.lists(_CHARS, max_size=12).map("".join)


@settings(max_examples=3000, deadline=None)
@given(before=_TEXT, word=st.sampled_from(sections._BLURB_WORDS + sections._DUTY_WORDS), after=_TEXT)
def test_a_heading_is_as_before(before: str, word: str, after: str) -> None:
    text = before + word + after
    start, end = len(before), len(before) + len(word)
    assert sections._a_heading(text, start, end) == _a_heading_before(text, start, end)


@settings(max_examples=3000, deadline=None)
@given(text=st.lists(_CHARS, min_size=1, max_size=16).map("".join), a=st.integers(0, 15), b=st.integers(1, 8))
def test_a_heading_is_as_before_on_any_span(text: str, a: int, b: int) -> None:
    start = min(a, len(text) - 1)
    end = min(start + b, len(text))
    assert sections._a_heading(text, start, end) == _a_heading_before(text, start, end)


def test_every_code_point_is_read_as_before() -> None:
    # The code point helpers over the whole of Unicode: the character classes the old code asked of strings.
    for c in range(0x110000):
        ch = chr(c)
        assert sections._is_space(c) == ch.isspace(), hex(c)
        old = (ch.isalnum() or ch == "_") and not (ch.isdecimal() or ch in _NUMERALS)
        assert sections._ends_line_opening(c) == old, hex(c)


def test_the_code_point_sets_are_the_strings_they_stand_for() -> None:
    numerals = (0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341)
    assert "".join(map(chr, numerals)) == _NUMERALS
    assert "".join(map(chr, (sections._SHI, sections._YOU, sections._SHEN))) == _TAIL_WORDS_FIRST


def _add_numbered_before(text: str, out: list[int]) -> None:
    """nlp/languages.py's _add_numbered as it read before sp26b: one-character strings read back over the digits."""
    for mark in _NUMBER_MARKS:
        p = text.find(mark)
        while p >= 0:
            j = p - 1
            while j >= 0 and text[j].isdecimal():
                j -= 1
            if j < p - 1 and j >= 0:
                if (
                    text[j].isspace()
                    and text[j] not in _MARK_SPACES
                    and not (mark == "." and text[p + 1 : p + 2].isdecimal())
                ):
                    out.append(j)
                elif (
                    p - 3 <= j
                    and "\u4e00" <= text[j] <= "\u9fff"
                    and text[j + 1 : p] not in ("0", "1")
                    and "\u4e00" <= text[p + 1 : p + 2] <= "\u9fff"
                ):
                    out.append(j + 1)
            p = text.find(mark, p + 1)


_NUMBERED_CHARS = st.sampled_from([
    *"0123456789 \t\n\r\u3000.、)英语日熟练a٣①〇一", "12", "3.5", " 1.", "2、", "\u0660", "\uff11",
])  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_NUMBERED_CHARS, max_size=24).map("".join))
def test_add_numbered_is_as_before(text: str) -> None:
    new: list[int] = []
    old: list[int] = []
    languages._add_numbered(text, new)
    _add_numbered_before(text, old)
    assert new == old


def test_is_decimal_over_every_code_point() -> None:
    for c in range(0x110000):
        assert languages._is_decimal(c) == chr(c).isdecimal(), hex(c)
