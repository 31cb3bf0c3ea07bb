"""nlp.word_boundary.token_ends gives exactly the token boundaries of jieba's own cut(HMM=False)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
