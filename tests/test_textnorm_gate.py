"""textnorm's one-search gate (rare full-width or Traditional) changes nothing, compatibility ideographs included."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import textnorm


def _normalize_ungated(text: str) -> str:
    """textnorm._normalize with every step run unconditionally."""
    for wide, narrow in textnorm._COMMON_FULLWIDTH:
        text = text.replace(wide, narrow)
    text = textnorm._RARE_FULLWIDTH.sub(lambda m: m.group().translate(textnorm._FULLWIDTH), text)
    text = unicodedata.normalize("NFKC", text.translate(textnorm._LIST_NUMBERS))
    text = textnorm._SPACES.sub(" ", textnorm.to_simplified(text))
    return text.strip()


# U+F9xx compatibility ideographs become Traditional characters only under NFKC (豈 → 豈, 樂 → 樂, 數 → 數).
# Combining marks and Hangul jamo compose across characters: NFKC per character is not NFKC of the text there.
_ALPHABET = st.sampled_from(
    list("\uf900\uf914\uf969\uf9b1數樂這個中文ａＡ１！，：①ﬁ \t\u3000\u00a0…＝a1e\u0301\u0327\u0340\u1100\u1161\u11a8")
)


# Full-width forms (the common punctuation, the rare letters and digits, the half-width katakana beyond them), spaces
# of every kind, list numbers and other compatibility forms.
_WIDE_ALPHABET = st.sampled_from(
    list(" \t\u00a0\u3000\n\r ａＡ１！～＂\uff5f\uff00\uff60ｶﾞ①㎡ﬁ中文這個a1,.，：；（）é")
    + [chr(c) for c in range(0xFF00, 0xFF80, 7)]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=20).map("".join) | st.text(max_size=20))
def test_gate_changes_nothing(text: str) -> None:
    assert textnorm._normalize.__wrapped__(text) == _normalize_ungated(text)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_WIDE_ALPHABET, max_size=30).map("".join))
def test_gate_changes_nothing_on_wide_forms(text: str) -> None:
    assert textnorm._normalize.__wrapped__(text) == _normalize_ungated(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=20).map("".join) | st.text(max_size=20))
def test_nfkc_by_runs_is_nfkc(text: str) -> None:
    assert textnorm._nfkc(text) == unicodedata.normalize("NFKC", text)


def test_nfkc_composes_across_characters() -> None:
    assert textnorm._nfkc("e\u0340") == "\u00e8"  # U+0340 becomes U+0300, which then composes with e
    assert textnorm._nfkc("\u1100\u1161\u11a8") == "\uac01"  # conjoining jamo to one syllable


def test_compatibility_ideograph_is_converted() -> None:
    assert textnorm.normalize("\uf969據") == "数据"
