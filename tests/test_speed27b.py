"""Fast paths of the twenty-seventh session's second speed round (branch sp27b) agree with the code they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import languages, word_pass
from nlp.matcher import scan
from nlp.sections import own_scan, own_text

# --- languages._gates_present: the own text, stripped after its cut, reads the gate words cut for it (sp27b) ------

# Pieces that make texts holding the gate words (several of them open or close on a space), parts of them, and the
# whitespace that stripping removes around them.
_PIECES = st.sampled_from([
    *languages.gate_words(),
    "no", "of", "and", "speak", "without", "不", "会", "语", "种", "英语", "日语", "优先",
    " ", "  ", "\n", "\t", "\u3000", ",", "。", "a", "中", "𠀀",
])  # fmt: skip
_EDGES = st.lists(st.sampled_from([" ", "\n", "\t", "\u3000", "\r\n"]), max_size=3).map("".join)


def _reference_present(text: str) -> set[str]:
    """What the substring tests (the code used when no gate words were known for the text) find."""
    return {w for w in languages.gate_words() if w in text}


@settings(max_examples=1500, deadline=None)
@given(_EDGES, st.lists(_PIECES, max_size=30).map("".join), _EDGES)
def test_gates_of_a_stripped_text_are_the_words_it_holds(lead: str, body: str, trail: str) -> None:
    whole = lead + body + trail
    text = whole.strip()
    word_pass.find(whole)  # the shared pass (or its cut), as sections makes it for the own text
    if text != whole:
        word_pass._CACHE.pop(text, None)  # only the whole text was passed over, as for a cut description
    assert languages._gates_present(text, whole) == _reference_present(text)


def test_no_gates_known_without_a_pass() -> None:
    whole = " 不会日语也可以 without experience "
    word_pass._CACHE.pop(whole, None)
    word_pass._CACHE.pop(whole.strip(), None)
    assert languages._gates_present(whole.strip(), whole) is None
    assert languages._gates_present(whole.strip()) is None


def test_not_the_stripped_form_is_not_read() -> None:
    whole = "  英语流利 no experience needed  "
    word_pass.find(whole)
    other = "日语流利"
    word_pass._CACHE.pop(other, None)
    assert languages._gates_present(other, whole) is None


def test_a_cut_description_gets_its_gate_words() -> None:
    # A company introduction first (cut as a blurb), then the job; the own text, stripped, was never passed over.
    desc = (
        "公司简介：我们是一家专注跨境电商的公司，成立于2015年，总部位于深圳，主营亚马逊和独立站业务，团队氛围好。\n"
        "岗位职责：\n1. 负责亚马逊日本站的运营\n任职要求：\n1. 日语N2以上，如果不会日语，英语六级也可以\n"
    )
    sc = scan(desc)
    word_pass.find(sc.text)  # as sections' pass does for a description
    own = own_scan(sc, frozenset({"lang_language", "lang_level"}))
    assert own is not sc, "the introduction is cut"
    whole = own_text(sc.text)
    assert own.text == whole.strip()
    assert languages._gates_present(own.text, whole) == _reference_present(own.text)
    assert languages.extract_languages(None, "日本站运营", desc)  # the languages read as before (guard)


# --- languages._other_opening_spans: the lack words before a "可以做…岗位" pointer are gate words too (sp27b) ------

_POINTER_PIECES = st.sampled_from([
    *languages._LACK_WORDS, *languages._REDIRECT_DO_GATES,
    "可以做", "可以考虑", "可先做", "转做", "岗位", "客服", "运营", "团队", "本", "日语", "英语", "的同学", "也可以",
    "no", "not", "a", "don", "'t", "can", "with", "out", "不", "会", "没", "有",
    " ", "，", "。", "?", "？", "\n", "中",
])  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(_POINTER_PIECES, max_size=24).map("".join))
def test_other_opening_spans_read_the_lack_words_from_the_gates(text: str) -> None:
    word_pass.find(text)
    layout = languages._Layout(text, items=True)
    present = languages._gates_present(text)
    assert present is not None
    # None: the substring tests, the code as it was
    assert languages._other_opening_spans(layout, present) == languages._other_opening_spans(layout)


def test_a_pointer_after_a_lack_of_the_language() -> None:
    text = "岗位要求：日语N2以上。\n不会日语的同学可以考虑美国站运营岗位，欢迎投递。"
    word_pass.find(text)
    layout = languages._Layout(text, items=True)
    spans = languages._other_opening_spans(layout, languages._gates_present(text))
    assert spans and spans == languages._other_opening_spans(layout)
