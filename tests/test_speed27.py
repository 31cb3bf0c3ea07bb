"""The twenty-seventh session's speed-ups (branch sp27) give exactly what the code they replace gave.

Each fast path is checked against the code it replaced, kept here as the reference, on generated text: taxonomy
terms glued and overlapping (the clusters, the ambiguous aliases and the terms of several concepts that matter),
with separators, Latin letters and characters beyond the BMP between them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import cast

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import matcher
from nlp.matcher import RawMatch, TermMatcher, _Cand, _context_ok, _insert_in_order, _is_word_code, all_entries
from nlp.taxonomy import match_form

# --- matcher.TermMatcher._candidates: kept in order as made, not sorted after (sp27) -----------------------------


def _candidates_sorted_before(
    m: TermMatcher, text: str, matches: list[RawMatch], shift: int, raw: list[list[RawMatch]]
) -> list[_Cand]:
    """nlp/matcher.py's TermMatcher._candidates before sp27, then the ``cands.sort()`` scan_with_extras made. The
    patterns then held their plain infos and their conditional (info, alias, widen) apart: rebuilt from ``entries``
    (a sort puts the candidates in order whatever order they were made in)."""
    n = len(text)
    simple_infos = m._simple
    patterns = m._patterns
    lists_of = m._lists_of
    terms = len(simple_infos)
    cands: list[_Cand] = []
    for match in matches:
        start = match[1]
        if start & shift:
            continue
        index = match[0]
        lists = lists_of[index]
        if lists is not None:
            for g in lists:
                raw[g].append(match)
            if index >= terms:
                continue
        start >>= shift
        end = match[2] >> shift
        info = simple_infos[index]
        if info is not None:
            cands.append((start, end, info))
            continue
        pattern = patterns[index]
        assert pattern is not None
        if (
            (pattern.check_left and start and _is_word_code(ord(text[start - 1])))
            or (pattern.check_right and end < n and _is_word_code(ord(text[end])))
        ) and not m._piece_of_glued_run(text, start, end):
            continue
        plain = [i for i, alias, _ in pattern.entries if alias is None]
        conditional = [(i, alias, widen) for i, alias, widen in pattern.entries if alias is not None]
        for info in plain:
            cands.append((start, end, info))
        for info, alias, widen in conditional:
            if _context_ok(text, start, end, alias, widen):
                cands.append((start, end, info))
    cands.sort()
    return cands


@lru_cache(maxsize=1)
def _terms() -> list[str]:
    """Every matcher term (match form)."""
    return sorted({match_form(e.alias.term) for e in all_entries()})


@lru_cache(maxsize=1)
def _busy_terms() -> list[str]:
    """Terms whose pattern is no simple one: several concepts, context rules, word boundaries."""
    weight: dict[str, int] = {}
    for e in all_entries():
        term = match_form(e.alias.term)
        weight[term] = weight.get(term, 0) + (2 if e.alias.conditional or term[0].isascii() else 1)
    return sorted(t for t, k in weight.items() if k > 1)


_GLUE = st.sampled_from(["", "", "", " ", "、", "，", "\n", "a", "的", "数据", "运营", "\U0001f600", "ps", "ai"])
_PIECE = st.one_of(st.sampled_from(_terms()), st.sampled_from(_busy_terms()), _GLUE)
_AD_TEXT = st.one_of(st.lists(_PIECE, max_size=30).map("".join), st.text(max_size=60))
_PARTS = st.sampled_from(["title", "body", "company", "duties"])


@settings(max_examples=2500, deadline=None)
@given(_AD_TEXT, _PARTS)
def test_candidates_in_the_order_a_sort_gave(text: str, part: str) -> None:
    m = matcher.default_matcher(part)
    assert m._automaton is not None
    matches, shift = m._automaton.matches(text)
    raw_now: list[list[RawMatch]] = [[] for _ in m.local_of]
    raw_before: list[list[RawMatch]] = [[] for _ in m.local_of]
    now = m._candidates(text, cast("list[RawMatch]", matches), shift, raw_now)
    before = _candidates_sorted_before(m, text, cast("list[RawMatch]", matches), shift, raw_before)
    assert now == before
    assert raw_now == raw_before


def test_candidates_of_an_ad_with_clusters_and_ambiguous_aliases() -> None:
    ad = match_form(
        "负责亚马逊运营和TikTok Shop店铺，熟练使用PS、AI、Excel做数据分析；跨境电商平台运营经验，"
        "会用亚马逊云服务者优先。Java/JavaScript均可，nodejspythonjava。英语四级，日语N2。"
    )
    for part in ("title", "body", "company", "duties"):
        m = matcher.default_matcher(part)
        assert m._automaton is not None
        matches, shift = m._automaton.matches(ad)
        raw: list[list[RawMatch]] = [[] for _ in m.local_of]
        now = m._candidates(ad, cast("list[RawMatch]", matches), shift, raw)
        assert now == _candidates_sorted_before(m, ad, cast("list[RawMatch]", matches), shift, raw)
        assert now == sorted(now)


def test_patterns_of_several_entries_hold_them_in_info_order() -> None:
    """The candidates of one span come from one pattern, in its entries' order: that order is the infos'."""
    m = matcher.default_matcher("body")
    mixed = 0
    for pattern in m._patterns:
        if pattern is None:
            continue
        infos = [info for info, _, _ in pattern.entries]
        assert infos == sorted(infos)
        kinds = {alias is None for _, alias, _ in pattern.entries}
        mixed += len(kinds) == 2
    assert mixed > 0  # some term counts for one concept always and for another only in context


_SPANS = st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=12)


@settings(max_examples=1500, deadline=None)
@given(_SPANS)
def test_insert_in_order_is_a_stable_sort_by_span(spans: list[tuple[int, int]]) -> None:
    infos = [matcher._Info("skill", str(k), "t", 1, False, k) for k in range(len(spans))]
    cands: list[_Cand] = []
    for (start, end), info in zip(spans, infos, strict=True):
        _insert_in_order(cands, start, end, info)
    expected = sorted(zip(spans, infos, strict=True), key=lambda p: p[0])  # stable: made order among equal spans
    assert cands == [(s, e, info) for (s, e), info in expected]


# --- matcher._add_cluster_losers: a cluster's shape as one flat tuple of numbers (sp27) --------------------------

_SHAPES_BEFORE: dict[tuple[tuple[int, int, int], ...], tuple[int, ...]] = {}


def _add_cluster_losers_before(cluster: list[_Cand], first: int, losers: set[int]) -> None:
    """nlp/matcher.py's _add_cluster_losers before sp27: a tuple of (start, end, number) tuples as the shape."""
    base = cluster[0][0]
    shape = tuple([(start - base, end - base, info.number) for start, end, info in cluster])
    lost = _SHAPES_BEFORE.get(shape)
    if lost is None:
        lost = _SHAPES_BEFORE[shape] = matcher._cluster_losers(cluster)
    for k in lost:
        losers.add(first + k)


# A number names one info for good (as matcher._NUMBERS does): a few infos, so that shapes recur.
_CLUSTER_INFOS = [
    matcher._Info(kind, f"{kind}{k}", "t" * (1 + k % 4), 1 + k % 4, False, 10_000 + k)
    for k, kind in enumerate(["skill", "skill", "platform", "skill", "lang_language", "skill", "platform", "skill"])
]


@st.composite
def _clusters(draw: st.DrawFn) -> tuple[list[_Cand], int]:
    """A sorted run of candidates (possibly overlapping; each spans its info's term), its first index."""
    picks = draw(st.lists(st.tuples(st.integers(0, 8), st.sampled_from(_CLUSTER_INFOS)), min_size=2, max_size=6))
    cands = sorted({(start, start + info.length, info) for start, info in picks})
    return cands, draw(st.integers(0, 50))


@settings(max_examples=2000, deadline=None)
@given(_clusters())
def test_cluster_losers_by_flat_shape_as_before(case: tuple[list[_Cand], int]) -> None:
    cluster, first = case
    if len(cluster) < 2:
        return
    now: set[int] = set()
    before: set[int] = set()
    matcher._add_cluster_losers(cluster, first, now)
    _add_cluster_losers_before(cluster, first, before)
    assert now == before
    assert now == {first + k for k in matcher._cluster_losers(cluster)}


# --- skills._asked_of_the_hire: the team tail's regex only where a team word may end it (lead, after ev27) --------

_TEAM_PIECES = st.sampled_from(
    ["抖音", "、", "/", "和", "及", "以及", "与", "等", "内容", "团队", "部门", "同事", "小组", " team", " teams",
     " and ", "paid social", ",", ";", ":", "。", "(", ")", "\n", "x", " ", "对接", "投放", "teammate", "团", "部"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(_TEAM_PIECES | st.text(max_size=2), max_size=14).map("".join), st.integers(0, 40))
def test_the_team_tail_gate_never_skips_a_match(text: str, end: int) -> None:
    from nlp.skills import _TEAM_TAIL, _may_have_team_tail, _team_words

    end = min(end, len(text))
    if _TEAM_TAIL.match(text, end) is not None:
        assert _may_have_team_tail(text, _team_words(text), end)


def test_the_team_tail_gate_skips_where_no_team_word_can_be_reached() -> None:
    from nlp.skills import _may_have_team_tail, _team_words

    text = "熟悉抖音、小红书,配合内容团队"
    assert not _may_have_team_tail(text, _team_words(text), text.index("抖音") + 2)  # a comma before 团队
    assert _may_have_team_tail(text, _team_words(text), len(text) - 4)  # 内容 right before 团队
