"""The twenty-fourth session's speed-ups (branch sp24) give exactly what the code they replace gave.

Each fast path is checked against the code it replaced, kept here as the reference (recovered from git: the
parents of commits 141c0ac, 22b4c7f and b0d9fee), on generated text: arbitrary text and text biased to the
characters that matter to it (clause marks, brackets, CJK, full-width forms, characters beyond the BMP).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import languages, role_family, skill_patterns, skills
from nlp.matcher import DROPPED, Extras, Hit, Scan, default_matcher, scan

# Characters near the ones each fast path tests: the clause marks in their ASCII and full-width forms, other
# punctuation, brackets of both widths, line ends other than \n, CJK, a full-width letter and one beyond the BMP.
_MARKS = list(",;。!?\n，；！？、.．｡:：\r\u2028\u0085 ()（）[]【】")
_BIASED = st.sampled_from([*_MARKS, "中", "语", "英", "a", "Ａ", "\U0001f600", "\uff0c"])
_TEXT = st.one_of(st.text(max_size=40), st.lists(_BIASED, max_size=40).map("".join))


# --- skills._clause_end: a code-point loop instead of a regex search (141c0ac) ---------------------------------

_CLAUSE_BREAK_BEFORE = re.compile("[" + re.escape(",;\u3002!?\n") + "]")  # sections.CLAUSE_END as a class


def _clause_end_by_regex(text: str, end: int) -> int:
    """nlp/skills.py's _clause_end before 141c0ac."""
    m = _CLAUSE_BREAK_BEFORE.search(text, end)
    return m.start() if m else len(text)


@settings(max_examples=1000, deadline=None)
@given(_TEXT, st.data())
def test_clause_end_as_the_regex_found_it(text: str, data: st.DataObject) -> None:
    # Callers pass a hit's end: 0 to len(text) (past the end, both give len(text)).
    end = data.draw(st.integers(0, len(text) + 2))
    assert skills._clause_end(text, end) == _clause_end_by_regex(text, end)


def test_clause_end_in_an_ad() -> None:
    ad = "负责亚马逊店铺运营,熟悉listing优化;英语四级。有经验者优先!能出差吗?\n团队氛围好"
    for end in range(len(ad) + 1):
        assert skills._clause_end(ad, end) == _clause_end_by_regex(ad, end)


# --- languages._may_list_in_brackets: the brackets looked at first (22b4c7f, 141c0ac) ---------------------------


def _may_list_in_brackets_before(text: str) -> bool:
    """nlp/languages.py's _may_list_in_brackets before 22b4c7f: a language word and an opening bracket."""
    return ("(" in text or "（" in text) and ("外语" in text or "语种" in text or "语言" in text)


def _may_list_in_brackets_22b4c7f(text: str) -> bool:
    """The same as 22b4c7f wrote it (language words first), before 141c0ac put the bracket scan first."""
    if not ("外语" in text or "语种" in text or "语言" in text):
        return False
    last = len(text) - 1
    for bracket in "(（":
        at = text.find(bracket)
        while 0 <= at < last:
            if text[at + 1] in languages._ABBREV:
                return True
            at = text.find(bracket, at + 1)
    return False


_LANGUAGE_FRAGMENTS = st.sampled_from(
    ["小语种", "外语", "语种", "语言", "语", "外", "(", "（", ")", "）", *languages._ABBREV, "、", "/", " / ", "等",
     "任一", "其一", "，", ",", "。", "站", "能力", "优先", "英语", "\n", "a", "\U0001f600"]
)  # fmt: skip
_LANGUAGE_TEXT = st.one_of(_TEXT, st.lists(_LANGUAGE_FRAGMENTS, max_size=30).map("".join))


@settings(max_examples=1500, deadline=None)
@given(_LANGUAGE_TEXT)
def test_bracket_gate_passes_every_bracketed_list(text: str) -> None:
    """The gate is exact as a gate: it is False only where the regex finds nothing, as the old gate's."""
    gate = languages._may_list_in_brackets(text)
    assert gate == _may_list_in_brackets_22b4c7f(text)
    if not gate:
        assert languages._ENUMERATION_BRACKETED.search(text) is None
    if gate:
        assert _may_list_in_brackets_before(text)  # only tighter than before, never looser


@settings(max_examples=600, deadline=None)
@given(_LANGUAGE_TEXT)
def test_enumerations_as_with_the_old_gate(text: str) -> None:
    def spans(ms: list[re.Match[str]]) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in ms]

    new = spans(languages._enumerations(text))
    gate = languages._may_list_in_brackets
    try:
        languages._may_list_in_brackets = _may_list_in_brackets_before  # type: ignore[misc]
        old = spans(languages._enumerations(text))
    finally:
        languages._may_list_in_brackets = gate  # type: ignore[misc]
    assert new == old


def test_bracketed_lists_in_ads() -> None:
    for ad in ("会小语种（日、韩）优先", "外语(德/法)流利", "语言要求:(英 / 西 / 意任一)", "外语（看懂邮件即可）"):
        assert bool(languages._ENUMERATION_BRACKETED.search(ad)) == languages._may_list_in_brackets(ad), ad
    assert languages._may_list_in_brackets("小语种（日、韩）优先")
    assert not languages._may_list_in_brackets("外语（看懂邮件即可）")


# --- role_family._head: a loop over a rank dict instead of max with a key lambda (22b4c7f) -----------------------


def _head_by_max(hits: list[Hit]) -> Hit | None:
    """nlp/role_family.py's _head before 22b4c7f."""
    if not hits:
        return None
    return max(hits, key=lambda h: (h.end, h.end - h.start, -role_family._ORDER.index(h.id)))


_HIT = st.builds(
    lambda id_, start, length: Hit("role_title", id_, start, start + length, "x" * length),
    st.sampled_from(role_family._ORDER),
    st.integers(0, 6),
    st.integers(1, 4),
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_HIT, max_size=8))
def test_head_as_max_chose_it(hits: list[Hit]) -> None:
    # The very object, not an equal one: among equal hits, the first wins in both.
    assert role_family._head(hits) is _head_by_max(hits)


# --- skill_patterns._held: the blanked spans walked alongside the parts (b0d9fee) ---------------------------------


def _held_by_delta(matches: list[tuple[int, ...]], shift: int, view: Extras) -> list[tuple[int, ...]]:
    """nlp/skill_patterns.py's _held before b0d9fee: Extras.delta for every occurrence when the text has blanks."""
    held: list[tuple[int, ...]] = []
    los = view.part_starts
    his = view.part_ends
    parts = len(los)
    blanks = len(view.blank_starts) > 0
    k = 0
    lo = los[0] if parts else 0
    hi = his[0] if parts else 0
    last = 0
    for m in matches:
        start = m[1] >> shift
        end = m[2] >> shift
        if end < last:
            if view.delta(start, end) != DROPPED:
                held.append(m)
            continue
        last = end
        if parts:
            while end > hi and k + 1 < parts:
                k += 1
                lo = los[k]
                hi = his[k]
            if start < lo or end > hi:
                continue  # in or reaching into a part cut out
        if blanks and view.delta(start, end) == DROPPED:
            continue
        held.append(m)
    return held


_SHIFT = 2  # the automaton's offsets hold flags in their low bits: set at random below


# _held reads no matcher, but the compiled Extras checks its type: the smallest real one.
_ANY_MATCHER = default_matcher("duties")


@st.composite
def _views(draw: st.DrawFn) -> tuple[Extras, list[tuple[int, ...]]]:
    """A made text's Extras as nlp/matcher.py's cut_extras and blank_extras make them (parts of a source of up to
    60 characters, disjoint and in order, joined by one character; blanks disjoint, in order, not touching, in the
    text's offsets), and occurrences in the source, by end, a few of them out of that order."""
    n = 60
    parts = None
    text_len = n
    if draw(st.booleans()):
        cuts = sorted(draw(st.sets(st.integers(0, n), min_size=2, max_size=10)))
        pairs = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
        los: list[int] = []
        his: list[int] = []
        moves: list[int] = []
        at = 0
        for lo, hi in pairs:
            los.append(lo)
            his.append(hi)
            moves.append(at - lo)
            at += hi - lo + 1
        parts = (los, his, moves)
        text_len = max(at - 1, 0)
    blanks = None
    if draw(st.booleans()):
        edges = sorted(draw(st.sets(st.integers(0, text_len + 2), max_size=10)))
        starts = edges[0::2][: len(edges) // 2]
        ends = edges[1::2]
        # Touching spans are merged (_merged_spans): a blank ends before the next starts.
        keep = [i for i in range(len(ends)) if i == 0 or starts[i] > ends[i - 1]]
        blanks = ([starts[i] for i in keep], [ends[i] for i in keep])
    occurrences = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, 6), st.integers(0, 3)), max_size=25))
    matches: list[tuple[int, ...]] = [
        (i, (s << _SHIFT) | flag, (min(s + length, n) << _SHIFT) | flag)
        for i, (s, length, flag) in enumerate(occurrences)
    ]
    matches.sort(key=lambda m: m[2] >> _SHIFT)
    for _ in range(draw(st.integers(0, 2))):  # a few read out of order
        if len(matches) > 1:
            a = draw(st.integers(0, len(matches) - 1))
            b = draw(st.integers(0, len(matches) - 1))
            matches[a], matches[b] = matches[b], matches[a]
    return Extras(_ANY_MATCHER, [], _SHIFT, parts, blanks), matches


@settings(max_examples=1500, deadline=None)
@given(_views())
def test_held_as_delta_held_it(case: tuple[Extras, list[tuple[int, ...]]]) -> None:
    view, matches = case
    assert skill_patterns._held(matches, _SHIFT, view) == _held_by_delta(matches, _SHIFT, view)


def test_held_with_parts_and_blanks() -> None:
    # Source parts 0-10 and 20-30 (text 0-10 and 11-21); text 4-6 and 14-16 blanked.
    view = Extras(_ANY_MATCHER, [], 0, ([0, 20], [10, 30], [0, -9]), ([4, 14], [6, 16]))
    matches = [(0, 0, 3), (1, 3, 5), (2, 6, 9), (3, 8, 12), (4, 20, 23), (5, 22, 26), (6, 26, 30), (7, 1, 2)]
    held = skill_patterns._held(matches, 0, view)
    assert held == _held_by_delta(matches, 0, view)
    assert [m[0] for m in held] == [0, 2, 4, 6, 7]


# --- Scan.by_kind: a dict of lists read by Scan.of and Scan.id_counts (22b4c7f) -----------------------------------

_KINDS = ("skill", "platform", "cert", "lang_language", "lang_level", "role_title", "role_weak", "tool", "city")
_AD_FRAGMENTS = st.sampled_from(
    ["亚马逊", "amazon", "运营", "英语", "日语", "cet-6", "excel", "sql", "ps", "shopify", "速卖通", "客服", "跨境电商",
     "数据分析", "广告投放", "listing", "深圳", "运营专员", "采购", "助理", "，", "。", "\n", " ", "、", "(", ")",
     "熟悉", "负责", "优先", "\U0001f600"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_AD_FRAGMENTS, max_size=25).map("".join), st.sampled_from(["body", "title"]), st.data())
def test_scan_of_as_filtering_the_hits(text: str, part: str, data: st.DataObject) -> None:
    sc = scan(text, part)
    plain = Scan(sc.text, sc.hits)  # no by_kind: Scan.of filters the hits, as any Scan without the index
    kinds = data.draw(st.lists(st.sampled_from(_KINDS), min_size=1, max_size=3))
    expected = [h for h in sc.hits if h.kind in kinds]
    got = sc.of(*kinds)
    assert got == expected and plain.of(*kinds) == expected
    got.append(Hit("skill", "skill:x", 0, 1, "x"))  # a copy: the caller's list is its own
    assert sc.of(*kinds) == expected
    for kind in kinds:
        counts: dict[str, int] = {}
        for h in expected:
            if h.kind == kind:
                counts[h.id] = counts.get(h.id, 0) + 1
        assert sc.id_counts(kind) == counts and plain.id_counts(kind) == counts
        assert list(sc.id_counts(kind)) == list(counts)  # in order of first occurrence


@settings(max_examples=200, deadline=None)
@given(st.lists(_AD_FRAGMENTS, max_size=25).map("".join), st.data())
def test_moved_scan_of_as_filtering(text: str, data: st.DataObject) -> None:
    sc = scan(text)
    n = len(sc.text)
    cut = data.draw(st.integers(0, n))
    moved = sc.moved(sc.text[cut:], [(cut, n, -cut)], frozenset({"skill", "platform"}))
    for kinds in (("skill",), ("platform",), ("skill", "platform"), ("cert",), ("cert", "skill")):
        assert moved.of(*kinds) == [h for h in moved.hits if h.kind in kinds]
