"""One Aho-Corasick pass over a description's match form finds the words of every list that reads it whole.

nlp/sections.py looks for its heading and cue words and its company lines' subject words (four lists),
nlp/employment.py for its description terms, nlp/skills.py for the words that gate its "not the hire's work" forms,
nlp/relevance.py for those that gate its seller-service phrases and nlp/languages.py for those that gate its
clause rules (one list each) in the same text, the
description in match form. Each pass over it costs a conversion of the text to
UTF-8 and of the matches' byte offsets back to characters, and a walk over every byte; one automaton over the four
lists walks it once (measured with callgrind, a pass over the four lists costs what the sections' pass alone did).

The pass reports every occurrence (overlapping) as (start, rank, end), ``rank`` being the word's place in its list:
sorted, the first occurrence at or after a position is what the list's regex alternation finds from there
(sections), and employment rebuilds leftmost-longest matching from them.
Recent texts are cached: sections and employment ask for the same description, one after the other.

The words are walked for in the body matcher's pass as well (nlp/matcher.py's extra words): a description scanned
there takes its occurrences from that pass, and this module's automaton walks only the texts no scan saw.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, NamedTuple

from nlp.matcher import DROPPED, EXTRA_WORDS, extras_of
from nlp.text_automaton import TextAutomaton

# The lists, in the order :func:`find` returns their occurrences.
BLURB: Final = 0
DUTY: Final = 1
CUE: Final = 2
COMPANY_LINE: Final = 3
EMPLOYMENT: Final = 4
NOT_THE_HIRES: Final = 5
SELLER_GATES: Final = 6
LANGUAGE_GATES: Final = 7

# (start, rank in the list, end): one occurrence of a word of a list.
Occurrence = tuple[int, int, int]


class _Automaton(NamedTuple):
    """The automaton over the words of every list and per automaton pattern the (list, rank) places of its word."""

    automaton: TextAutomaton
    places: tuple[tuple[tuple[int, int], ...], ...]
    newline: bool  # whether a word holds a line break (one could then span the join of two parts: see cut)
    words: list[str]  # the automaton's patterns


@lru_cache(maxsize=1)
def _automaton() -> _Automaton:
    # Imported here: both modules read their words through this one.
    from nlp.employment import description_terms
    from nlp.languages import gate_words as language_gates
    from nlp.relevance import seller_gates
    from nlp.sections import word_lists
    from nlp.skills import gate_words

    places: dict[str, list[tuple[int, int]]] = {}
    for group, words in enumerate((
        *word_lists(), description_terms(), gate_words(), seller_gates(), language_gates()
    )):
        for rank, word in enumerate(words):
            places.setdefault(word, []).append((group, rank))
    terms = list(places)
    return _Automaton(
        TextAutomaton(terms), tuple(tuple(p) for p in places.values()), any("\n" in t for t in terms), terms
    )


def words() -> list[str]:
    """Every list's words, each once (nlp/matcher.py walks for them too: its matches index this list)."""
    return _automaton().words


_CACHE: Final[dict[str, tuple[list[Occurrence], ...]]] = {}
_CACHE_SIZE: Final = 64


def find(text: str) -> tuple[list[Occurrence], ...]:
    """Per list (:data:`BLURB`, :data:`DUTY`, :data:`CUE`, :data:`EMPLOYMENT`, :data:`NOT_THE_HIRES`,
    :data:`SELLER_GATES`, :data:`LANGUAGE_GATES`), every
    occurrence of its words in ``text``, sorted. The lists are shared with later callers: read them, do not change
    them."""
    cached = _CACHE.get(text)
    if cached is not None:
        return cached
    automaton, places, _, terms = _automaton()
    found = _no_occurrences()
    extras = extras_of(text, EXTRA_WORDS, terms)
    if extras is not None:  # the body matcher's pass found them
        local_of = extras.matcher.local_of[EXTRA_WORDS]
        shift = extras.shift
        for m in extras.raw[EXTRA_WORDS]:
            start = m[1] >> shift
            end = m[2] >> shift
            if not extras.plain:
                move = extras.delta(start, end)
                if move == DROPPED:
                    continue
                start += move
                end += move
            for group, rank in places[local_of[m[0]]]:
                found[group].append((start, rank, end))
    else:
        matches, shift = automaton.matches(text)
        for index, start, end in matches:
            if start & shift:
                continue  # straddles two characters (see nlp/text_automaton.py)
            for group, rank in places[index]:
                found[group].append((start >> shift, rank, end >> shift))
    for f in found:
        if len(f) > 1:
            f.sort()
    _remember(text, found)
    return found


def cached(text: str) -> tuple[list[Occurrence], ...] | None:
    """:func:`find`'s occurrences when ``text`` was passed over (or cut) lately, else None: for a caller whose
    own few substring tests cost less than a pass over a text no one passed over (a title)."""
    return _CACHE.get(text)


def _no_occurrences() -> tuple[list[Occurrence], ...]:
    return ([], [], [], [], [], [], [], [])  # one list per list of words, BLURB to LANGUAGE_GATES


def _remember(text: str, found: tuple[list[Occurrence], ...]) -> None:
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.clear()  # a batch moves on; clearing whole keeps the bookkeeping free
    _CACHE[text] = found


def cut(text: str, source: str, parts: list[tuple[int, int]]) -> None:
    """Give ``text``, the ``parts`` (start, end: disjoint, in order) of ``source`` joined by line breaks, the
    occurrences :func:`find` would, made from those of ``source`` when it was passed over (no second pass).

    No word holds a line break, so none spans a join: the text's occurrences are the source's that lie wholly
    inside one part, each moved by its part's shift (nlp/sections.py's own text: skills reads it again)."""
    if text in _CACHE:
        return
    whole = _CACHE.get(source)
    if whole is None or _automaton().newline:
        return
    los: list[int] = []
    his: list[int] = []
    shifts: list[int] = []
    at = 0
    for lo, hi in parts:
        los.append(lo)
        his.append(hi)
        shifts.append(at - lo)
        at += hi - lo + 1
    last = len(parts) - 1
    found = _no_occurrences()
    for group in range(len(whole)):
        out = found[group]
        k = 0
        for start, rank, end in whole[group]:
            while start >= his[k] and k < last:
                k += 1
            if los[k] <= start and end <= his[k]:
                shift = shifts[k]
                out.append((start + shift, rank, end + shift))
    _remember(text, found)
