"""textnorm.normalize_lower (the match form) is normalize(text).lower(), whichever path a text takes."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import textnorm

# Plain characters (Simplified Chinese, ASCII of both cases, plain punctuation, kana) mixed with each thing the
# fast path handles itself (common and rare full-width forms, tabs, no-break, ideographic and double spaces) and
# each that must take the full path (Traditional, compatibility forms, combining marks, other cased letters,
# characters beyond the Basic Multilingual Plane).
_ALPHABET = st.sampled_from(
    list("中文数据运营。、【】aZ09 -é×«ア，：；（）！？／Ｃｆ\t\u00a0\u3000這數\uf969…①ﬁ\u0301\u1161ΩİÀ\U0001f600")
)


# Not Σ: compiled (mypyc 2.4), str.lower() lowers it to σ even where it ends a word, where CPython's gives ς. Both
# paths of normalize_lower lower as the compiled match form always did; this reference lowers in the interpreter.
@settings(max_examples=1000, deadline=None)
@given((st.lists(_ALPHABET, max_size=24).map("".join) | st.text(max_size=24)).filter(lambda t: "Σ" not in t))
def test_normalize_lower_is_normalize_then_lower(text: str) -> None:
    assert textnorm.normalize_lower(text) == textnorm._normalize.__wrapped__(text).lower()


def test_a_plain_posting_takes_the_fast_path_and_a_traditional_one_does_not() -> None:
    table = textnorm._char_classes()
    plain = "岗位职责：\n1、负责Amazon店铺运营（FBA）；\u00a0英语CET-6"
    assert not textnorm._classes(plain, table)[0] & textnorm._SLOW
    assert textnorm.normalize_lower(plain) == "岗位职责:\n1、负责amazon店铺运营(fba); 英语cet-6"
    assert textnorm._classes("資料分析、網路行銷", table)[0] & textnorm._SLOW


def test_plain_characters_are_left_alone_by_nfkc_and_lower_beside_any_other() -> None:
    table = textnorm._char_classes()
    plain = [chr(c) for c in range(0x80, 0x10000) if table[c] == textnorm._NON_ASCII]
    assert len(plain) > 20_000  # the CJK ideographs at least
    for ch in plain:
        for other in ("a", "中", "。"):
            text = other + ch + other
            assert unicodedata.is_normalized("NFKC", text), repr(ch)
            assert ch.lower() == ch, repr(ch)
