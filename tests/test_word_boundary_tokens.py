"""nlp.word_boundary.token_ends gives exactly the token boundaries of jieba's own cut(HMM=False), and the
dictionary pre-check of _straddled changes no answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nlp import word_boundary
from nlp.jieba_dict import tokenizer
from nlp.word_boundary import token_ends

_REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "neitui_2018_dev.jsonl"


def _jieba_ends(text: str) -> list[int]:
    ends: list[int] = []
    pos = 0
    for token in tokenizer().cut(text, HMM=False):
        pos += len(token)
        ends.append(pos)
    return ends


_PIECES = st.sampled_from(
    ["迭代工作", "符合规则", "严选品牌", "亚马逊", "运营", "选品", "代工厂", "可灵活", "数据分析师", "跨境电商",
     "的", "和", "a", "B", "7", "ps", "tiktok shop", "c++", "#", ".", "-", "_", "%", "&", "+",
     " ", "\r\n", "\r", "\n", "\t", "，", "。", "、", "(", "é", "ｱ", "\u9fd6", "\u9fff"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=3), max_size=12).map("".join))
def test_token_ends_equal_jiebas_cut(text: str) -> None:
    assert token_ends(text) == _jieba_ends(text)


@pytest.mark.skipif(not _REALDATA.exists(), reason="needs ../shared/realdata")
def test_token_ends_equal_jiebas_cut_on_real_descriptions() -> None:
    with open(_REALDATA, encoding="utf-8") as handle:
        texts = [json.loads(line).get("summary") or "" for _, line in zip(range(200), handle, strict=False)]
    assert any(texts)
    for text in texts:
        assert token_ends(text) == _jieba_ends(text)


def _straddled_by_segmenting(window: str, start: int, end: int) -> bool:
    """_straddled without its dictionary pre-check: segment, then look at the tokens."""
    t_start = 0
    for t_end in _jieba_ends(window):
        if t_start < start < t_end < end or start < t_start < end < t_end:
            return True
        t_start = t_end
    return False


_CHINESE_PIECES = st.sampled_from(
    ["迭代工作", "符合规则", "严选品牌", "招商标准", "可灵活", "上新", "选品", "代工厂", "合规",
     "的", "和", "a", "7", " ", "，", "\u9fd6", "\u9fff", "\r\n"]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(_CHINESE_PIECES, min_size=2, max_size=5).map("".join), st.data())
def test_straddled_precheck_loses_nothing(window: str, data: st.DataObject) -> None:
    """For the spans splits_words asks about (a short Chinese term with Chinese beside it)."""
    start = data.draw(st.integers(0, len(window) - 2))
    end = data.draw(st.integers(start + 2, min(len(window), start + 3)))
    assume(word_boundary.needs_check(window, start, end))
    assert word_boundary._straddled.__wrapped__(window, start, end) == _straddled_by_segmenting(window, start, end)
