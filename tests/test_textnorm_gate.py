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
    text = unicodedata.normalize("NFKC", text)
    text = textnorm._SPACES.sub(" ", textnorm.to_simplified(text))
    return text.strip()


# U+F9xx compatibility ideographs become Traditional characters only under NFKC (豈 → 豈, 樂 → 樂, 數 → 數).
_ALPHABET = st.sampled_from(list("\uf900\uf914\uf969\uf9b1數樂這個中文ａＡ１！，：①ﬁ \t\u3000a1"))


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=20).map("".join) | st.text(max_size=20))
def test_gate_changes_nothing(text: str) -> None:
    assert textnorm._normalize.__wrapped__(text) == _normalize_ungated(text)


def test_compatibility_ideograph_is_converted() -> None:
    assert textnorm.normalize("\uf969據") == "数据"
