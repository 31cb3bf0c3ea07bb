"""nlp.sections finds its heading and cue words as the plain regex alternations of its word lists would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import sections


def _alternation(words: tuple[str, ...], tail: str = "") -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)) + tail)


_BLURB_HEAD = _alternation(sections._BLURB_WORDS, "|" + sections._NAMED_HEAD.pattern)
_DUTY_HEAD = _alternation(sections._DUTY_WORDS)
_COMPANY_CUE = _alternation(sections._COMPANY_CUES)


def _blurb_spans_by_regex(text: str) -> list[tuple[int, int]]:
    """blurb_spans as written with one regex per list (the code before the word automaton)."""
    spans: list[tuple[int, int]] = []
    for m in _BLURB_HEAD.finditer(text):
        nxt = _DUTY_HEAD.search(text, m.end())
        spans.append((m.start(), nxt.start() if nxt else len(text)))
    first_duty = _DUTY_HEAD.search(text)
    for m in _COMPANY_CUE.finditer(text):
        if first_duty and m.start() < first_duty.start():
            spans.append((0, first_duty.start()))
            continue
        start = max(text.rfind(c, 0, m.start()) for c in sections._SENTENCE_END) + 1
        ends = [i for i in (text.find(c, m.end()) for c in sections._SENTENCE_END) if i >= 0]
        spans.append((start, min(ends) if ends else len(text)))
    return spans


_FRAGMENTS = st.sampled_from(
    ["简介", "公司简介", "公司", "介绍", "团队简介", "我们", "福利：", "福利:", "关于我们", "about us", "简", "介",
     "某某某某某某某某某", "岗位职责", "职责描述", "职责", "要求", "任职要求", "tasks", "main tasks", "you will",
     "是一家", "我们是", "我们的团队", "成立于", "x", "\n", " ", "，", "。", ";", "!", "产品简介简介", "为什么加入"]
)  # fmt: skip
_TEXT = st.lists(_FRAGMENTS | st.text(max_size=2), max_size=30).map("".join)


@settings(max_examples=600, deadline=None)
@given(text=_TEXT)
def test_blurb_heads_match_the_single_alternation(text: str) -> None:
    words = sections._words(text)
    assert sections._blurb_heads(text, words.blurb) == [m.span() for m in _BLURB_HEAD.finditer(text)]


@settings(max_examples=600, deadline=None)
@given(text=_TEXT, pos=st.integers(0, 80))
def test_search_is_the_alternations_search(text: str, pos: int) -> None:
    words = sections._words(text)
    for found, regex in ((words.duty, _DUTY_HEAD), (words.cue, _COMPANY_CUE)):
        m = regex.search(text, pos)
        assert sections._search(found, pos) == (m.span() if m else None)


@settings(max_examples=600, deadline=None)
@given(text=_TEXT)
def test_blurb_spans_equal_the_regex_formulation(text: str) -> None:
    assert sections.blurb_spans(text) == _blurb_spans_by_regex(text)
