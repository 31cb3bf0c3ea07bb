"""Fast paths of the twenty-sixth session's speed work agree with the code they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import languages, word_pass

# Pieces that make texts holding the gate words, parts of them, their neighbours and the marks around them.
_PIECES = st.sampled_from([
    *languages.gate_words(),
    "基", "础", "不", "会", "如", "果", "语", "种", "外", "or", "of", "and", "no", "see", "apply", "team",
    "hiring", "also", "其他", "岗位", "团队", "覆盖", "投递", "简历", "英语", "日语", "优先", "要求",
    " ", ",", "。", "\n", "(", ")", "?", "a", "Z", "中", "𠀀",
])  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def _reference_present(text: str) -> set[str]:
    return {w for w in languages.gate_words() if w in text}


@settings(max_examples=1500, deadline=None)
@given(_TEXTS)
def test_gates_present_are_the_gate_words_the_text_holds(text: str) -> None:
    word_pass.find(text)  # the shared pass, as sections makes it for a description
    assert languages._gates_present(text) == _reference_present(text)
    present = languages._gates_present(text)
    for word in languages.gate_words():
        assert languages._holds(text, present, word) == (word in text)
        assert languages._holds(text, None, word) == (word in text)


@settings(max_examples=500, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=4))
def test_gates_present_in_a_cut_text(parts: list[str]) -> None:
    # The own text: parts of the description joined by line breaks, its occurrences cut from the description's.
    source = "\n".join(parts)
    spans = []
    at = 0
    for part in parts:
        spans.append((at, at + len(part)))
        at += len(part) + 1
    kept = spans[::2]
    text = "\n".join(source[lo:hi] for lo, hi in kept)
    if text == source:
        return
    word_pass.find(source)
    word_pass.cut(text, source, kept)
    present = languages._gates_present(text)
    if present is not None:
        assert present == _reference_present(text)


def _other_opening_spans_before(layout: languages._Layout) -> list[tuple[int, int]]:
    """nlp/languages.py's _other_opening_spans as it read before: a regex search and substring tests as gates."""
    text = layout.text
    out: list[tuple[int, int]] = []
    if languages._OTHER_OPENING_WORDS.search(text) is not None:
        for word in languages._OTHER_OPENINGS + languages._TEAM_LANGUAGES:
            for at in languages.starts_of(text, word):
                out.append(languages._sentence_span(layout, layout.sentence(at)))
    pointers: list[re.Match[str]] = []
    if any(w in text for w in languages._REDIRECT_VERBS_ZH):
        pointers += languages._REDIRECT_ZH.finditer(text)
    if any(w in text for w in languages._REDIRECT_VERBS_EN):
        pointers += languages._REDIRECT_EN.finditer(text)
    for m in pointers:
        if any(w in m.group(1) for w in languages._THIS_OPENING) or "简历" in m.group(1):
            continue
        sentence = layout.sentence(m.start())
        start, end = languages._sentence_span(layout, sentence)
        lead = text[start : m.start()]
        if not any(w in lead for w in languages._LACK_WORDS):
            before = languages._sentence_span(layout, sentence - 1) if sentence else (0, 0)
            question = text[before[0] : before[1] + 1].strip()
            if sentence and question.endswith(("?", "？")) and any(w in question for w in languages._LACK_WORDS):
                start = before[0]
            else:
                start = layout.clause_start(layout.clause(m.start()))
        out.append((start, end))
    return out


@settings(max_examples=1000, deadline=None)
@given(_TEXTS)
def test_other_opening_spans_with_the_gate_words(text: str) -> None:
    word_pass.find(text)
    layout = languages._Layout(text, items=True)
    expected = _other_opening_spans_before(layout)
    assert languages._other_opening_spans(layout, languages._gates_present(text)) == expected
    assert languages._other_opening_spans(layout) == expected
