"""The shared pass over a description (nlp/word_pass.py) finds what each list's own search found."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import employment, languages, relevance, sections, skills, word_pass

_LISTS = (
    *sections.word_lists(),
    employment.description_terms(),
    skills.gate_words(),
    relevance.seller_gates(),
    languages.gate_words(),
)
_WORDS = sorted({w for words in _LISTS for w in words})
# Whole words, their halves (prefixes and suffixes of other words), negators and separators, glued at random; a
# character beyond the BMP sends a text down the pass over characters instead of UTF-16 code units.
_FRAGMENTS = st.sampled_from(
    _WORDS
    + [w[: len(w) // 2] for w in _WORDS]
    + [w[len(w) // 2 :] for w in _WORDS]
    + ["非", "不接受", "不", " ", "\n", ",", "x", "a", "1", "\U0001f600", "\u4e00\u0100"]
)
_TEXT = st.lists(_FRAGMENTS, max_size=12).map("".join)


def _naive(text: str, words: tuple[str, ...]) -> list[tuple[int, int, int]]:
    return sorted(
        (start, rank, start + len(word))
        for rank, word in enumerate(words)
        for start in range(len(text))
        if text.startswith(word, start)
    )


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_every_occurrence_of_every_list(text: str) -> None:
    found = word_pass.find(text)
    assert [list(f) for f in found] == [_naive(text, words) for words in _LISTS]


@settings(max_examples=400, deadline=None)
@given(text=_TEXT)
def test_employment_reads_what_its_leftmost_longest_automaton_found(text: str) -> None:
    t = employment._tables()
    vocab = t.description
    reference = employment._terms(dict(zip(vocab.terms, vocab.kinds, strict=True)))
    assert employment._found_in_description(text, t) == employment._found(text, reference, t)


def test_the_leftmost_term_hides_the_one_it_overlaps_and_a_negation_voids_it() -> None:
    t = employment._tables()
    # 兼职招聘 (part_time) from 0 hides 招聘实习生 (internship) from 2.
    assert employment._found_in_description("兼职招聘实习生", t) == frozenset({"part_time"})
    assert employment._found_in_description("非兼职岗位", t) == frozenset()
