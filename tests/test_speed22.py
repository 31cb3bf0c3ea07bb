"""The twenty-second session's speed-ups give exactly what the code they replace gave.

Each shortcut is checked against the plain formulation it stands for, on generated text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import textnorm
from nlp.text_automaton import SHORT_TEXT, TextAutomaton

# Runs of every kind of space the normaliser collapses, beside text and line breaks.
_SPACES_ALPHABET = st.sampled_from(list("  \t\u00a0\u3000\n\ra中,"))


@settings(max_examples=500, deadline=None)
@given(st.lists(_SPACES_ALPHABET, max_size=30).map("".join))
def test_spaces_collapse_as_the_regex_did(text: str) -> None:
    assert textnorm._collapse_spaces(text) == textnorm._SPACES.sub(" ", text)


# Full-width ASCII forms (the whole range and its edges), what lies just outside it, and plain text.
_WIDE_ALPHABET = st.sampled_from(
    [chr(c) for c in range(0xFF00, 0xFF61)] + list("aA1!~ 中文\n")
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_WIDE_ALPHABET, max_size=30).map("".join))
def test_half_width_forms_as_the_regex_made_them(text: str) -> None:
    expected = textnorm._RARE_FULLWIDTH.sub(lambda m: m.group().translate(textnorm._FULLWIDTH), text)
    assert textnorm._half_width_forms(text) == expected


def test_a_posting_with_wide_forms_and_space_runs() -> None:
    text = "岗位职责：\u3000\u3000负责ＡＭＡＺＯＮ店铺运营\t\t，英语ＣＥＴ－６  以上"
    assert textnorm.normalize_lower(text) == textnorm.normalize(text).lower()
    assert textnorm.normalize_lower(text) == "岗位职责: 负责amazon店铺运营 ,英语cet-6 以上"


def test_prepare_builds_the_tables_of_rare_paths() -> None:
    import gc

    from nlp import location, relevance
    from nlp.extract import prepare

    threshold = gc.get_threshold()
    try:
        prepare()
        for table in (
            textnorm._nfkc_changing, textnorm._t2s, location._upper_names, relevance._company_clause_pattern
        ):
            assert table.cache_info().currsize == 1
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


# Verbs and objects of the verb-object rules, their halves, clause marks and a character beyond the BMP (which sends a
# text down the pass over characters instead of UTF-16 code units).
_PATTERN_FRAGMENTS = st.sampled_from(
    ["负责", "策划", "活动", "分析", "市场", "需求", "开发", "客户", "海外", "优化", "listing", "广告", "预算", "管理",
     "策", "划", "场需", "，", "。", "\n", " ", "和", "的", "a", "\U0001f600"]
)  # fmt: skip


def _both_passes(automaton: TextAutomaton, text: str) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """The matches of the pass over UTF-16 code units (when the text allows it) and of the pass over characters."""
    by_chars = sorted(automaton._chars.find_matches_as_indexes(text, overlapping=True))
    data = text.encode("utf-16-le")
    if len(data) != 2 * len(text):
        return by_chars, by_chars
    by_units = automaton._units.find_matches_as_indexes(data, overlapping=True)
    return sorted((i, s >> 1, e >> 1) for i, s, e in by_units if not s & 1), by_chars


@settings(max_examples=300, deadline=None)
@given(st.lists(_PATTERN_FRAGMENTS, max_size=30).map("".join))
def test_pattern_pass_over_code_units_finds_what_the_pass_over_characters_does(text: str) -> None:
    from nlp import skill_patterns

    automaton = skill_patterns._automaton().automaton
    by_units, by_chars = _both_passes(automaton, text)
    assert by_units == by_chars
    matches, shift = automaton.matches(text)  # whichever pass the text's length picks
    assert sorted((i, s >> shift, e >> shift) for i, s, e in matches if not s & shift) == by_chars


def _word_pass_fragments() -> st.SearchStrategy[str]:
    from nlp import employment, relevance, sections, skills

    lists = (*sections.word_lists(), employment.description_terms(), skills.gate_words(), relevance.seller_gates())
    words = sorted({w for words in lists for w in words})
    return st.sampled_from(words + [w[: len(w) // 2] for w in words] + [" ", "\n", "x", "\U0001f600"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_word_pass_fragments(), max_size=20).map("".join))
def test_word_pass_over_long_texts(text: str) -> None:
    """tests/test_word_pass.py's texts are short, walked as characters: a long lead sends them over code units."""
    from nlp import word_pass

    long = "x" * SHORT_TEXT + text
    automaton = word_pass._automaton().automaton
    by_units, by_chars = _both_passes(automaton, long)
    assert by_units == by_chars
    found = word_pass.find(long)
    expected: tuple[list[tuple[int, int, int]], ...] = tuple([] for _ in found)
    places = word_pass._automaton().places
    for index, start, end in by_chars:
        for group, rank in places[index]:
            expected[group].append((start, rank, end))
    assert [list(f) for f in found] == [sorted(e) for e in expected]


def test_pattern_ids_in_a_text_beyond_the_bmp() -> None:
    from nlp.skill_patterns import pattern_skill_ids

    plain = "负责策划线下推广活动,分析海外市场需求"
    assert pattern_skill_ids(plain) == pattern_skill_ids(plain + "\U0001f600")
    assert pattern_skill_ids(plain)


# Descriptions for the body matcher's extra words: rule verbs and objects, word-pass words (headings, gates), spaces
# and English words that hold spaces, line breaks, and a character beyond the BMP.
_EXTRA_FRAGMENTS = st.sampled_from(
    ["负责", "策划", "活动", "分析", "市场", "需求", "客户", "开发", "海外", "公司简介", "岗位职责", "任职要求",
     "无需", "协调", "support buyers", "support", " buyers", "site traffic", "report on", "on", " ", "  ", "\n", "，",
     "。", "a", "\U0001f600"]
)  # fmt: skip


def _direct(text: str, group: int) -> list[tuple[int, int, int]]:
    """(index in the list, start, end) of every word of extra list ``group`` in ``text``, by that list's own pass."""
    from nlp import skill_patterns, word_pass
    from nlp.matcher import EXTRA_PATTERNS

    automaton = (skill_patterns if group == EXTRA_PATTERNS else word_pass)._automaton().automaton
    return sorted(automaton._chars.find_matches_as_indexes(text, overlapping=True))


def _through(extras: object, group: int) -> list[tuple[int, int, int]]:
    """The same, read from a view of another text's pass as its readers read it."""
    from nlp.matcher import DROPPED, Extras

    assert isinstance(extras, Extras)
    local_of = extras.matcher.local_of[group]
    out = []
    for m in extras.raw[group]:
        start, end = m[1] >> extras.shift, m[2] >> extras.shift
        move = extras.delta(start, end)
        if move != DROPPED:
            out.append((local_of[m[0]], start + move, end + move))
    return sorted(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(_EXTRA_FRAGMENTS, min_size=1, max_size=40).map("".join), st.data())
def test_a_cut_and_blanked_text_holds_what_its_own_pass_finds(text: str, data: st.DataObject) -> None:
    from nlp import matcher, skill_patterns
    from nlp.matcher import EXTRA_PATTERNS, EXTRA_WORDS

    _, extras = matcher.default_matcher("body").scan_with_extras(text)
    assert extras is not None
    matcher._remember_extras(text, extras)
    for group in (EXTRA_WORDS, EXTRA_PATTERNS):
        assert _through(extras, group) == _direct(text, group)
    # Cut: parts between sorted cut points, joined by line breaks (nlp/sections.py's own text).
    points = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    bounds = [0, *points, len(text)]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2)]
    own = "\n".join(text[lo:hi] for lo, hi in parts)
    matcher.cut_extras(own, text, parts)
    cut = matcher._EXTRAS[own]
    for group in (EXTRA_WORDS, EXTRA_PATTERNS):
        assert _through(cut, group) == _direct(own, group)
    # Blanked: spans of the own text made spaces (nlp/skills.py's own_pairs).
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(own)), st.integers(0, len(own))), max_size=3))
    spans = [(lo, hi) for lo, hi in spans if lo < hi]
    pairs = own
    for lo, hi in spans:
        pairs = pairs[:lo] + " " * (hi - lo) + pairs[hi:]
    matcher.blank_extras(pairs, own, spans)
    blanked = matcher._EXTRAS.get(pairs)
    if blanked is not None and (blanked is not cut or pairs == own):
        for group in (EXTRA_WORDS, EXTRA_PATTERNS):
            assert _through(blanked, group) == _direct(pairs, group)
        # The rules read it as their own pass would: the same ids.
        ids = skill_patterns.pattern_skill_ids(pairs)
        del matcher._EXTRAS[pairs]
        assert skill_patterns.pattern_skill_ids(pairs) == ids


def test_a_blanked_span_beside_an_english_word_leaves_the_pass_to_the_text() -> None:
    """"support buyers" holds a space after "support": blanking the character after "support" makes that phrase,
    which the description's pass could not find, so the words are not given and the text is passed over."""
    from nlp import matcher, skill_patterns
    from nlp.matcher import EXTRA_PATTERNS

    text = "please supportxbuyers"
    _, extras = matcher.default_matcher("body").scan_with_extras(text)
    assert extras is not None
    matcher._remember_extras(text, extras)
    pairs = "please support buyers"
    matcher.blank_extras(pairs, text, [(14, 15)])
    assert pairs not in matcher._EXTRAS
    assert skill_patterns.words().index("support buyers") in {i for i, _, _ in _direct(pairs, EXTRA_PATTERNS)}
