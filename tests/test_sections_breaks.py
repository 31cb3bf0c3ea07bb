"""sections.last_of / first_of give what the max/min over one search per character gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.sections import CLAUSE_END, first_of, last_of

_TEXT = st.text(alphabet="ab,;。!?\n中", max_size=40)


@settings(max_examples=500, deadline=None)
@given(text=_TEXT, data=st.data())
def test_last_and_first_break_as_max_and_min(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text) + 2))
    start = data.draw(st.integers(0, len(text) + 2))
    assert last_of(text, CLAUSE_END, pos) == max(text.rfind(c, 0, pos) for c in CLAUSE_END)
    assert last_of(text, CLAUSE_END, pos, start) == max(text.rfind(c, start, pos) for c in CLAUSE_END)
    found = [i for i in (text.find(c, pos) for c in CLAUSE_END) if i >= 0]
    assert first_of(text, CLAUSE_END, pos) == (min(found) if found else -1)


def test_breaks_in_a_clause() -> None:
    text = "熟悉亚马逊,英语流利;有经验"
    assert last_of(text, CLAUSE_END, 8) == 5 and first_of(text, CLAUSE_END, 8) == 10
    assert last_of(text, CLAUSE_END, 3) == -1 and first_of(text, CLAUSE_END, 11) == -1
