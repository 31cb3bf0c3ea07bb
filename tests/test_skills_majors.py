"""skills._without_majors blanks exactly the clauses that list majors, as a clause-by-clause split would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.sections import CLAUSE_END
from nlp.skills import _MAJOR, _without_majors


def _by_split(text: str) -> str:
    """The plain statement: split into clauses (separators kept), blank each clause that lists majors."""
    parts = re.split(f"([{re.escape(CLAUSE_END)}])", text)
    return "".join(" " * len(p) if "专业" in p and _MAJOR.search(p) else p for p in parts)


_ALPHABET = st.sampled_from([*"专业优先毕业背景或相关计算机ab ", *CLAUSE_END, "专业", "相关专业", "专业优先"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_without_majors_blanks_what_a_split_would(text: str) -> None:
    assert _without_majors(text) == _by_split(text)


def test_without_majors_keeps_lengths_and_duties() -> None:
    text = "负责数据分析,统计学、计算机相关专业优先。熟悉专业软件"
    out = _without_majors(text)
    assert len(out) == len(text)
    assert out.startswith("负责数据分析,") and out.endswith("。熟悉专业软件")
    assert "统计学" not in out
