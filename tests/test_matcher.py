"""TermMatcher.find against a plain reference (every occurrence, then the three rules done the obvious way),
and the per-kind index of Scan."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import matcher
from nlp.matcher import Entry, Hit, Scan, TermMatcher, scan
from nlp.taxonomy import Alias

_ENTRIES = [
    Entry("platform", "amazon", Alias("亚马逊")),
    Entry("platform", None, Alias("亚马逊云")),
    Entry("platform", "tiktok_shop", Alias("tiktok shop")),
    Entry("platform", "tiktok", Alias("tiktok")),
    Entry("skill", "java", Alias("java")),
    Entry("skill", "javascript", Alias("javascript")),
    Entry("skill", "ops", Alias("亚马逊运营")),
    Entry("skill", "ai_ill", Alias("ai", context_required=("ps",), window=6)),
    Entry("skill", "ce", Alias("ce", exclude_if=("认证",), window=4)),
    Entry("lang", "en", Alias("英文")),
    Entry("lang", "en", Alias("中英文", context_required=("沟通",), window=4)),
    Entry("lang", None, Alias("中英文")),
    Entry("lang", "zh", Alias("中英文", context_required=("沟通",), window=4)),
    Entry("rel", "跨境", Alias("跨境")),
    Entry("rel", "跨境电商", Alias("跨境电商")),
    Entry("rel", "电商", Alias("电商")),
]


def _word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


_GLUE = "abcdefghijklmnopqrstuvwxyz0123456789+#"


def _context_in(term: str, window: str) -> bool:
    """A context term opening on a Latin letter or digit opens a word; one of 3 characters or fewer ending on one
    ends a word or a plural."""
    left = r"(?<![a-z0-9])" if _word(term[0]) else ""
    right = r"s?(?![a-z0-9])" if len(term) <= 3 and _word(term[-1]) else ""
    return re.search(left + re.escape(term) + right, window) is not None


def _glued_piece(terms: set[str], text: str, start: int, end: int) -> bool:
    """A piece of a run of 8 or more glue characters that splits wholly into Latin terms, cut at the hit."""

    def splits(s: str) -> bool:
        return s == "" or any(s.startswith(t) and splits(s[len(t) :]) for t in terms)

    lo, hi = start, end
    while lo > 0 and text[lo - 1] in _GLUE:
        lo -= 1
    while hi < len(text) and text[hi] in _GLUE:
        hi += 1
    return hi - lo >= 8 and splits(text[lo:start]) and splits(text[end:hi])


def _reference(entries: list[Entry], text: str) -> list[Hit]:
    """Quadratic but obvious: every occurrence of every term, boundary and context, longest first per kind."""
    cands: list[tuple[int, int, Entry]] = []
    latin = {e.alias.term for e in entries if len(e.alias.term) >= 2 and all(c in _GLUE for c in e.alias.term)}
    for e in dict.fromkeys(entries):
        term = e.alias.term
        for start in range(len(text) - len(term) + 1):
            end = start + len(term)
            if text[start:end] != term:
                continue
            glued = (_word(term[0]) and start > 0 and _word(text[start - 1])) or (
                _word(term[-1]) and end < len(text) and _word(text[end])
            )
            if glued and not _glued_piece(latin, text, start, end):
                continue
            window = text[max(0, start - e.alias.window) : end + e.alias.window]
            if any(_context_in(t, window) for t in e.alias.exclude_if):
                continue
            if e.alias.context_required and not any(
                _context_in(t, window.replace(term, "\x00")) for t in e.alias.context_required
            ):
                continue
            cands.append((start, end, e))
    kept: list[tuple[int, int, str, str, str]] = []
    for kind in {e.kind for _, _, e in cands}:
        taken: list[tuple[int, int]] = []
        for start, end, e in sorted((c for c in cands if c[2].kind == kind), key=lambda c: (c[0] - c[1], c[0])):
            if (start, end) not in taken and any(start < te and ts < end for ts, te in taken):
                continue
            taken.append((start, end))
            if e.id is not None:
                kept.append((start, end, kind, e.id, e.alias.term))
    return [Hit(kind, cid, start, end, term) for start, end, kind, cid, term in sorted(kept)]


_MATCHER = TermMatcher(_ENTRIES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("javascript与java", [("skill", "javascript", 0, 10), ("skill", "java", 11, 15)]),
        ("亚马逊云服务", []),
        ("亚马逊运营", [("platform", "amazon", 0, 3), ("skill", "ops", 0, 5)]),
        ("做tiktok shop", [("platform", "tiktok_shop", 1, 12)]),
        ("熟悉ps、ai", [("skill", "ai_ill", 5, 7)]),
        ("ai时代", []),
        ("apps和ai", []),  # a Latin context term is a word: "ps" is not in "apps"
        ("ps4和ai", []),
        ("psd和ai", []),
        ("ps、ai", [("skill", "ai_ill", 3, 5)]),
        ("ce认证", []),
        ("中英文沟通", [("lang", "en", 0, 3), ("lang", "zh", 0, 3)]),
        ("中英文童书", []),  # the blocker hides 英文 once 中英文 fails its context
        ("跨境电商", [("rel", "跨境电商", 0, 4)]),
        ("跨境，电商", [("rel", "跨境", 0, 2), ("rel", "电商", 3, 5)]),
        # A word list whose separators a scraper dropped: a run that splits wholly into terms counts its pieces.
        ("javajavascript", [("skill", "java", 0, 4), ("skill", "javascript", 4, 14)]),
        ("javascriptjava", [("skill", "javascript", 0, 10), ("skill", "java", 10, 14)]),
        ("javascriptsjava", []),  # "s" is no term: the run does not split
        ("tiktokjava", [("platform", "tiktok", 0, 6), ("skill", "java", 6, 10)]),
        ("tikjava", []),  # a run under 8 characters is an ordinary word
    ],
)
def test_find_cases(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert [(h.kind, h.id, h.start, h.end) for h in _MATCHER.find(text)] == expected


_ALPHABET = st.sampled_from(
    [*"亚马逊云运营跨境电商中英文沟通童ai ps ce认证javscriptkoh,，。", "tiktok shop", "java", "javascript", "tiktok"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_find_equals_reference(text: str) -> None:
    assert _MATCHER.find(text) == _reference(_ENTRIES, text)


def test_scan_index_agrees_with_filtering() -> None:
    sc = scan("负责亚马逊店铺运营，英语六级优先，熟悉亚马逊云者优先", "title")
    plain = Scan(sc.text, sc.hits)  # no index: filters the hits
    kinds = sorted({h.kind for h in sc.hits})
    assert kinds and sc.by_kind is not None
    for kind in kinds:
        assert sc.of(kind) == plain.of(kind)
    assert sc.of("lang_language", "lang_level") == plain.of("lang_language", "lang_level")
    assert sc.of("no_such_kind") == []
    assert sc.id_counts("lang_preferred") == {"preferred": 2}


def test_checked_kinds_drop_a_short_chinese_term_across_two_words() -> None:
    entries = [Entry("skill", "oem", Alias("代工")), Entry("lang", "x", Alias("代工"))]
    checked = TermMatcher(entries, checked_kinds=frozenset({"skill"}))
    assert [h.kind for h in checked.find("迭代工作")] == ["lang"]  # jieba: 迭代|工作, so 代工 is no word
    assert [h.kind for h in checked.find("负责代工厂对接")] == ["lang", "skill"]
    assert len(TermMatcher(entries).find("迭代工作")) == 2


def test_moved_keeps_the_hits_inside_the_spans_and_shifts_them() -> None:
    sc = scan("英语流利,日语优先。法语", "title")
    kinds = frozenset({"lang_language"})
    # Keep "英语流利" (0-4) as is and "法语" (10-12) moved to 5: the text "英语流利\n法语".
    moved = sc.moved("英语流利\n法语", [(0, 4, 0), (10, 12, -5)], kinds)
    assert [(h.id, h.start, h.end) for h in moved.hits] == [("en", 0, 2), ("fr", 5, 7)]
    assert moved.of("lang_language") == list(moved.hits) and moved.of("lang_qualifier") == []


@settings(max_examples=400, deadline=None)
@given(
    spans=st.tuples(st.integers(0, 4), st.integers(1, 4), st.integers(0, 4), st.integers(1, 4)),
    kinds=st.tuples(st.sampled_from(["skill", "platform"]), st.sampled_from(["skill", "platform"])),
)
def test_a_pair_is_decided_as_its_cluster_would_be(
    spans: tuple[int, int, int, int], kinds: tuple[str, str]
) -> None:
    a_start, a_len, b_start, b_len = spans
    if b_start < a_start or (b_start == a_start and b_len < a_len):
        a_start, a_len, b_start, b_len = b_start, b_len, a_start, a_len  # candidates come sorted
    if b_start >= a_start + a_len:
        return  # no overlap: not one cluster
    a = (a_start, a_start + a_len, matcher._Info(kinds[0], "x:a", "a" * a_len, a_len, False, 1))
    b = (b_start, b_start + b_len, matcher._Info(kinds[1], "x:b", "b" * b_len, b_len, False, 2))
    pair: set[int] = set()
    matcher._add_pair_loser(a, b, 3, pair)
    assert pair == {3 + k for k in matcher._cluster_losers([a, b])}
