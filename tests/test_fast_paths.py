"""The extraction fast paths give exactly what the plain code they replace gives.

Each shortcut taken for speed (nlp/sections.py span merging, nlp/textnorm.py gates, nlp/relevance.py clause
bounds) is checked here against the obvious formulation on generated text; the heading words of nlp/sections.py
are checked in tests/test_sections_words.py.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import relevance, sections, textnorm


@settings(max_examples=500, deadline=None)
@given(
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6),
    starts=st.lists(st.integers(0, 70), max_size=20),
)
def test_merged_spans_keep_exactly_the_hits_outside(spans: list[tuple[int, int]], starts: list[int]) -> None:
    merged_starts, merged_ends = sections.merged(spans)
    for pos in starts:
        inside = any(s <= pos < e for s, e in spans)
        i = sum(1 for s in merged_starts if s <= pos)
        assert inside == (i > 0 and pos < merged_ends[i - 1])


_SPACE = re.compile(r"[ \t\u00a0\u3000]+")
_NORM_ALPHABET = st.sampled_from(
    list(" \t\u00a0\u3000\n\r ａＡ１！～＂\uff5f\uff00\uff60ｶﾞ①㎡ﬁ中文這個a1,.，：；（）é")
    + [chr(c) for c in range(0xFF00, 0xFF80, 7)]
)
_NORM_TEXT = st.lists(_NORM_ALPHABET, max_size=30).map("".join) | st.text(max_size=30)


def _normalize_ungated(text: str) -> str:
    """textnorm._normalize with every step run unconditionally (the code before its gates)."""
    for wide, narrow in textnorm._COMMON_FULLWIDTH:
        text = text.replace(wide, narrow)
    text = textnorm._RARE_FULLWIDTH.sub(lambda m: m.group().translate(textnorm._FULLWIDTH), text)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text.translate(textnorm._LIST_NUMBERS))
    return _SPACE.sub(" ", textnorm.to_simplified(text)).strip()


@settings(max_examples=1000, deadline=None)
@given(text=_NORM_TEXT)
def test_normalize_gates_change_nothing(text: str) -> None:
    assert textnorm._normalize.__wrapped__(text) == _normalize_ungated(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab。；;!！？?\n，", max_size=40), data=st.data())
def test_clause_bounds_by_search(text: str, data: st.DataObject) -> None:
    """The clause around a span found by searches from the span, as the plain min/max formulation."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start + 1, len(text) + 1))
    plain = [i for i, ch in enumerate(text) if ch in relevance._CLAUSE_END_CHARS]
    want_start = max([e for e in plain if e < start], default=-1) + 1
    want_end = min([e for e in plain if e >= end], default=len(text))
    assert relevance._clause_around(text, start, end) == (want_start, want_end)
