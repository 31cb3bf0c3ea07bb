"""Fast paths of the twenty-third session's speed work agree with the slow paths they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import sections


def _company_lines_by_find(text: str) -> list[tuple[int, int]]:
    """nlp/sections.py's _company_lines as it read before the shared pass gave it the subject words: a str.find
    loop per word, each occurrence after the end of the one before."""
    found: list[tuple[int, int]] = []
    for word in sections._COMPANY_LINE_WORDS:
        english = word in sections._SUBJECT_ENGLISH_WORDS
        at = text.find(word)
        while at >= 0:
            start = at - 1 if word == "公司" and at > 0 and text[at - 1] == "本" else at
            before = start - 1
            while before >= 0 and text[before] in " \t":
                before -= 1
            c = text[before] if before >= 0 else ""
            if (
                c in ("", "\n")
                or (english and before < start - 1 and c in ".!?;")
                or (not english and c in "。;!?")
            ):
                m = sections._COMPANY_LINE.match(text, start)
                if m is not None:
                    found.append((start, m.end()))
            at = text.find(word, at + len(word))
    lead = sections._NAME_LEAD.match(text)
    if lead is not None:
        found.append((0, lead.end()))
    found.sort()
    return found


def test_no_subject_word_overlaps_itself() -> None:
    """Why every occurrence the pass reports is one the find loop met: no proper prefix of a word is its suffix."""
    for word in sections._COMPANY_LINE_WORDS:
        assert not any(word.startswith(word[k:]) for k in range(1, len(word)))


_FRAGMENTS = st.sampled_from(
    [*sections._COMPANY_LINE_WORDS, "本", "是", "做", "成立于", "有", "主营", " are ", "'re ", "build", " have",
     " products", " ", "  ", "\t", "\n", ",", "。", ";", ".", "!", "?", "负责", "x", "a", "ou", "w", "e", "\U0001f600"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=30).map("".join))
def test_company_lines_from_the_shared_pass(text: str) -> None:
    assert sections._company_lines(text) == _company_lines_by_find(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=30).map("".join))
def test_company_lines_of_a_long_text(text: str) -> None:
    """A text of 48 characters or more is walked as UTF-16 code units (nlp/text_automaton.py)."""
    long = "岗位职责:负责亚马逊店铺的日常运营工作,完成销售目标。\n" * 2 + text
    assert sections._company_lines(long) == _company_lines_by_find(long)


def test_company_lines_in_an_ad() -> None:
    ad = (
        "公司简介\n本公司成立于2015年,主营家居用品出口。我们是一家跨境电商企业\n"
        "岗位职责:负责速卖通店铺运营\nwe are a dtc brand. our products ship worldwide; we build tools"
    )
    assert sections._company_lines(ad) == _company_lines_by_find(ad)
    assert len(sections._company_lines(ad)) >= 4
