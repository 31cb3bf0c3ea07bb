"""skills._without_majors blanks exactly the clauses that list majors, as a clause-by-clause split would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.sections import CLAUSE_END
from nlp.skills import _ITEM_MAX, _LAST_ITEM_MAX, _LIST_MAX, _MAJOR, _NOT_AN_ITEM, _without_majors


def _item(clause: str) -> bool:
    return 0 < len(clause) <= _ITEM_MAX and not _NOT_AN_ITEM.search(clause)


def _by_split(text: str) -> str:
    """The plain statement: split into clauses (separators kept), blank each clause that lists majors and the short
    item clauses joined to it by commas before it (a list of majors over commas), with the commas between."""
    parts = re.split(f"([{re.escape(CLAUSE_END)}])", text)
    clauses, seps = parts[0::2], parts[1::2]
    blank = [False] * len(clauses)
    blank_sep = [False] * len(seps)
    for i, c in enumerate(clauses):
        if "专业" in c and _MAJOR.search(c):
            blank[i] = True
            j = i
            while c.index("专业") <= _LAST_ITEM_MAX and i - j < _LIST_MAX and j > 0 and seps[j - 1] == ",":
                if blank[j - 1] or not _item(clauses[j - 1]):
                    break
                j -= 1
                blank[j] = blank_sep[j] = True
    out = []
    for k, c in enumerate(clauses):
        out.append(" " * len(c) if blank[k] else c)
        if k < len(seps):
            out.append(" " * len(seps[k]) if blank_sep[k] else seps[k])
    return "".join(out)


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
