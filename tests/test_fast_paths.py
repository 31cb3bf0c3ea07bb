"""The extraction fast paths give exactly what the plain code they replace gives.

Each shortcut taken for speed (nlp/sections.py span merging, nlp/relevance.py clause bounds) is checked here against
the obvious formulation on generated text; nlp/textnorm.py's gates are checked in tests/test_textnorm_gate.py and
the heading words of nlp/sections.py in tests/test_sections_words.py.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import relevance, sections


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
