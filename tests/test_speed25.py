"""Fast paths of the twenty-fifth session's speed work agree with the code they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import textnorm


def _normalize_lower_before(text: str) -> str:
    """nlp/textnorm.py's normalize_lower as it read before: the fast path lowered the whole text."""
    if not text:
        return ""
    found = textnorm._classes(text, textnorm._char_classes())[0]  # it gave the classes alone then
    if found & textnorm._SLOW:
        return textnorm._normalize(text).lower()
    if found & textnorm._WIDE:
        for bit, wide, narrow in textnorm._COMMON_FULLWIDTH_FOUND:
            if found & bit:
                text = text.replace(wide, narrow)
    if found & textnorm._RARE_WIDE:
        text = textnorm._half_width_forms(text)
        found |= textnorm._UPPER
    if found & (textnorm._SPACE_RUN | textnorm._DOUBLE_SPACE):
        text = textnorm._collapse_spaces(text)
    text = text.strip()
    return text.lower() if found & textnorm._UPPER else text


# Chinese, ASCII of both cases, spaces and the full-width forms the fast path makes half-width (Ｃ becomes a capital
# there), with a few characters that send a text down the full path (Traditional, a letter beyond ASCII).
_ALPHABET = st.sampled_from(list("中文数据运营。、【】aZAz09 -，：（）Ｃｆ\t\u3000\n這É"))


@settings(max_examples=1500, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_normalize_lower_lowers_only_the_capitals_stretch(text: str) -> None:
    assert textnorm.normalize_lower(text) == _normalize_lower_before(text)


def _capitals(text: str) -> tuple[int, int]:
    at = [i for i, c in enumerate(text) if "A" <= c <= "Z"]
    return (at[0], at[-1]) if at else (-1, -1)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_classes_find_the_first_and_last_capital(text: str) -> None:
    found, first, last = textnorm._classes(text, textnorm._char_classes())
    if not found & textnorm._SLOW:
        assert (first, last) == _capitals(text)
        assert bool(found & textnorm._UPPER) == (first >= 0)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("中文。，aZAzQ9 \n")), min_size=1, max_size=40).map("".join))
def test_lower_between_is_lower(text: str) -> None:
    first, last = _capitals(text)
    if first >= 0:
        assert textnorm._lower_between(text, first, last) == text.lower()


def test_lower_between_edges() -> None:
    assert textnorm._lower_between("负责Amazon、eBay店铺", 2, 10) == "负责amazon、ebay店铺"
    assert textnorm._lower_between("ERP系统", 0, 2) == "erp系统"
    assert textnorm._lower_between("熟悉PS", 2, 3) == "熟悉ps"
    assert textnorm._lower_between("A", 0, 0) == "a"
    assert textnorm.normalize_lower(" 负责Amazon店铺，熟悉ERP ") == "负责amazon店铺,熟悉erp"
