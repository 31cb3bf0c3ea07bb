"""nlp.languages runs its enumeration regexes only where they can match: the gates never hide a match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import languages
from nlp.matcher import scan
from nlp.sections import own_scan

_PIECES = st.sampled_from(
    [*languages._ABBREV, *"、/和及与等双三多语文种言()（）,，。\n中x", "外语", "语种", "小语种", "语言", "英语"]
)
# A list as the regex wants it, or nearly: names and separators, then what may stand before its 语/文.
_LIST = st.tuples(
    st.lists(st.sampled_from([*languages._ABBREV, *"、/和及与x"]), min_size=1, max_size=5).map("".join),
    st.sampled_from(["", "等", "双", "等双", "等三", "多", "x", "等等"]),
    st.sampled_from(["语", "文", "x"]),
).map("".join)
_TEXT = st.lists(_PIECES | _LIST | st.text(max_size=2), max_size=25).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_gates_never_hide_a_match(text: str) -> None:
    if languages._ENUMERATION.search(text):
        assert languages._may_list_plainly(text)
    if languages._ENUMERATION_BRACKETED.search(text):
        assert languages._may_list_in_brackets(text)


def test_gates_let_the_known_lists_through() -> None:
    assert languages._may_list_plainly("英、日双语")
    assert languages._may_list_plainly("日、韩、法语等")
    assert languages._may_list_plainly("英日等三语")
    assert languages._may_list_plainly("英日等文")
    assert not languages._may_list_plainly("英语流利,中英文")
    assert languages._may_list_in_brackets("小语种（西意德法等）")
    assert not languages._may_list_in_brackets("小语种优先")


_DESCRIPTION = st.lists(
    st.sampled_from(["公司简介:", "我们是一家", "岗位职责:", "任职要求:", "福利:", "英语", "日语", "cet-6", "流利",
                     "优先", "英、日", "双语", "小语种(", "西意", ")", "\n", ",", "。", "负责运营", "语", "文"])
    | _LIST,
    max_size=20,
).map("".join)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(_DESCRIPTION)
def test_skipping_the_own_text_loses_no_mention(text: str) -> None:
    sc = scan(text)
    if not languages._may_name_languages(sc):
        assert languages._mentions(own_scan(sc, languages._KINDS), 0) == []
        assert languages._mentions(sc, 0) == []
