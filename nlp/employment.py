"""Employment type from the posting's fields: ``parse_employment_type("兼职", "跨境客服", None, None)``.

Returns a sorted list from full_time, part_time, internship, remote, freelance, campus (DESIGN.md). Rules
(team conventions): full_time is the default when nothing says otherwise; 兼职 → part_time (not
full_time); 实习 → internship; 远程/remote/居家办公 → add remote; 校招/校园招聘 → campus;
自由职业/freelance/项目制 → freelance.

The employment field, the title and the tags are read with a broad vocabulary; the description only with
stricter phrases ("远程办公", not a bare "远程", which also means remote *support*), and it may set the
basic type (part_time, internship, freelance, full_time) only when the fields name none. A term right
after a negation ("非兼职", "不接受实习") does not count. Vocabulary: ``nlp/data/employment_terms.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Final

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from nlp import word_pass
from nlp.taxonomy import match_form
from nlp.textnorm import latin_word_alone, normalize

EMPLOYMENT_TYPES: Final = ("campus", "freelance", "full_time", "internship", "part_time", "remote")
MAX_FIELD_CHARS: Final = 256
MAX_TAGS: Final = 64
MAX_DESCRIPTION_CHARS: Final = 20_000
_BASIC: Final = frozenset({"full_time", "part_time", "internship", "freelance"})


@dataclass(frozen=True)
class _Terms:
    """An automaton over some terms and, per automaton pattern, its term's employment type and whether it is ASCII."""

    automaton: AhoCorasick
    kinds: tuple[str, ...]
    ascii: tuple[bool, ...]


@dataclass(frozen=True)
class _Vocab:
    """The description terms, found by nlp/word_pass.py's shared pass: per term (its rank there) its employment
    type and whether it is ASCII."""

    terms: tuple[str, ...]
    kinds: tuple[str, ...]
    ascii: tuple[bool, ...]


@dataclass(frozen=True)
class _Tables:
    field: _Terms
    description: _Vocab
    negators: tuple[str, ...]
    replaces_full_time: frozenset[str]


def _terms(kind_of: dict[str, str]) -> _Terms:
    """The terms found as their plain alternation, longest first, would find them (leftmost, the longest at one
    start, no overlaps), in one Aho-Corasick pass: the alternation, its terms starting with many different
    characters, makes the regex engine try every position of a description."""
    terms = list(kind_of)
    return _Terms(
        AhoCorasick(terms, matchkind=MatchKind.LeftmostLongest, implementation=Implementation.DFA),
        tuple(kind_of[t] for t in terms),
        tuple(t.isascii() for t in terms),
    )


@cache
def _tables() -> _Tables:
    raw: dict[str, Any] = json.loads(
        resources.files("nlp").joinpath("data/employment_terms.json").read_text(encoding="utf-8")
    )
    field_type = {term: kind for kind, lists in raw["types"].items() for term in lists["field"]}
    description_type = {term: kind for kind, lists in raw["types"].items() for term in lists["description"]}
    return _Tables(
        field=_terms(field_type),
        description=_Vocab(
            tuple(description_type),
            tuple(description_type.values()),
            tuple(t.isascii() for t in description_type),
        ),
        negators=tuple(sorted(raw["negators"], key=len, reverse=True)),
        replaces_full_time=frozenset(raw["replaces_full_time"]),
    )


def description_terms() -> tuple[str, ...]:
    """The terms looked for in descriptions (nlp/word_pass.py finds them; their ranks index :class:`_Vocab`)."""
    return _tables().description.terms


def _found(text: str, terms: _Terms, t: _Tables) -> frozenset[str]:
    out = set()
    for index, start, end in terms.automaton.find_matches_as_indexes(text):
        if terms.ascii[index] and not latin_word_alone(text, start, end):
            continue
        if not text[max(0, start - 4) : start].rstrip().endswith(t.negators):
            out.add(terms.kinds[index])
    return frozenset(out)


def _found_in_description(text: str, t: _Tables) -> frozenset[str]:
    """:func:`_found` over a description, from the shared pass's occurrences (sorted, overlapping): the terms
    leftmost-longest matching finds are, from the start on, the longest at the earliest start at or after the end
    of the last one taken."""
    vocab = t.description
    out = set()
    found = word_pass.find(text)[word_pass.EMPLOYMENT]
    n = len(found)
    pos = 0
    i = 0
    while i < n:
        start, rank, end = found[i]
        i += 1
        while i < n and found[i][0] == start:  # the longest at this start
            if found[i][2] > end:
                rank, end = found[i][1], found[i][2]
            i += 1
        if start < pos:
            continue
        pos = end
        if vocab.ascii[rank] and not latin_word_alone(text, start, end):
            continue
        if not text[max(0, start - 4) : start].rstrip().endswith(t.negators):
            out.add(vocab.kinds[rank])
    return frozenset(out)


@lru_cache(maxsize=8192)
def _from_field(text: str) -> frozenset[str]:
    t = _tables()
    return _found(normalize(text).lower(), t.field, t)


def parse_employment_type(
    raw: object, title: object, description: object, tags: object
) -> list[str]:
    """Return the sorted employment types of a posting (default ``["full_time"]``). Never raises."""
    try:
        t = _tables()
        fields = [raw, title, *(tags[:MAX_TAGS] if isinstance(tags, list | tuple) else ())]
        kinds: set[str] = set()
        for text in fields:
            if isinstance(text, str) and text:
                kinds |= _from_field(text[:MAX_FIELD_CHARS])
        if isinstance(description, str) and description:
            text = match_form(description[:MAX_DESCRIPTION_CHARS])
            from_text = _found_in_description(text, t)
            # The fields decide the basic type; the description may only fill it in when they are silent.
            kinds |= from_text if not kinds & _BASIC else from_text - _BASIC
        if not kinds & t.replaces_full_time:
            kinds.add("full_time")
        return sorted(kinds)
    except Exception:  # never let one odd posting stop a batch
        return ["full_time"]
