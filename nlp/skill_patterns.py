"""Skills written as a verb and its object apart, found by clause co-occurrence rules (nlp/data/skill_patterns.jsonl).

Fixed phrases are taxonomy aliases (市场调研, 活动策划); job ads also say "分析云计算行业用户和市场需求" or
"策划和组织发布会等媒体活动", where the verb and its object are a few characters apart. A rule names a concept, its
verbs and objects and the largest gap between them; both must lie in one clause (commas, semicolons, full stops
and line breaks end clauses) and sit on jieba word boundaries, so 市场 in 超市场地 does not count.
One Aho-Corasick pass over the text (ahocorasick-rs) finds every verb and object of every rule. A pass of its
own, not a kind of the taxonomy matcher's: the rules' words are frequent (twenty-odd a description), and as
matcher hits each would cost more Python work than this whole pass in Rust.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ahocorasick_rs import AhoCorasick, Implementation

from nlp import taxonomy
from nlp.sections import CLAUSE_END
from nlp.word_boundary import splits_words

_CLAUSE_BREAK = re.compile("[" + re.escape(CLAUSE_END) + "]")


@dataclass(frozen=True)
class Pattern:
    """One rule: the concept, its verbs and objects (match form) and the largest gap between the two."""

    id: str
    verbs: frozenset[str]
    objects: frozenset[str]
    max_gap: int
    distinct: bool = False  # verb and object lists are one list: two different terms of it must meet


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """The rules of nlp/data/skill_patterns.jsonl; every id must be a skill of the taxonomy."""
    known = {c.id for c in taxonomy.skills()}
    out: list[Pattern] = []
    for row in taxonomy._read_jsonl("skill_patterns.jsonl"):
        if row["id"] not in known:
            raise taxonomy.TaxonomyError(f"{row['_where']}: unknown skill id {row['id']!r}")
        verbs = frozenset(taxonomy.match_form(t) for t in row["verbs"])
        objects = frozenset(taxonomy.match_form(t) for t in row["objects"])
        out.append(Pattern(row["id"], verbs, objects, int(row["max_gap"]), bool(row.get("distinct", False))))
    return tuple(out)


@lru_cache(maxsize=1)
def _automaton() -> tuple[AhoCorasick, tuple[tuple[tuple[int, bool], ...], ...]]:
    """The automaton over every rule term, and per automaton pattern the (rule index, is_verb) roles it plays."""
    roles: dict[str, list[tuple[int, bool]]] = {}
    for i, p in enumerate(patterns()):
        for term in p.verbs:
            roles.setdefault(term, []).append((i, True))
        for term in p.objects:
            roles.setdefault(term, []).append((i, False))
    # A DFA: small for these few hundred words, and it scans a description in about two thirds of the NFA's time.
    automaton = AhoCorasick(list(roles), implementation=Implementation.DFA)
    return automaton, tuple(tuple(r) for r in roles.values())


def pattern_skill_ids(text: str) -> set[str]:
    """Ids of the concepts whose verb and object meet in one clause of ``text`` (already in match form)."""
    if not text:
        return set()
    automaton, roles = _automaton()
    # Per rule, the spans of its verbs and of its objects found in the text.
    verbs: dict[int, list[tuple[int, int]]] = {}
    objects: dict[int, list[tuple[int, int]]] = {}
    for index, start, end in automaton.find_matches_as_indexes(text, overlapping=True):
        for rule, is_verb in roles[index]:
            found = verbs if is_verb else objects
            spans = found.get(rule)
            if spans is None:
                found[rule] = [(start, end)]
            else:
                spans.append((start, end))
    rules = patterns()
    whole: dict[tuple[int, int], bool] = {}  # span -> is a word (jieba), checked only for near pairs
    ids: set[str] = set()
    # Only the rules with both a verb and an object present are looked at.
    for rule, rule_verbs in verbs.items():
        rule_objects = objects.get(rule)
        if rule_objects is None:
            continue
        p = rules[rule]
        if p.id not in ids and _any_near(text, rule_verbs, rule_objects, p, whole):
            ids.add(p.id)
    return ids


def _any_near(
    text: str,
    verbs: list[tuple[int, int]],
    objects: list[tuple[int, int]],
    p: Pattern,
    whole: dict[tuple[int, int], bool],
) -> bool:
    """Whether a verb and an object of rule ``p`` are near (the gap first: it rules out most pairs for free)."""
    max_gap = p.max_gap
    for v in verbs:
        v_start, v_end = v
        for o in objects:
            gap = o[0] - v_end if v_start <= o[0] else v_start - o[1]
            if not 0 <= gap <= max_gap:
                continue
            if p.distinct and text[v_start:v_end] == text[o[0] : o[1]]:
                continue
            if _one_clause(text, v, o) and _is_word(text, v, whole) and _is_word(text, o, whole):
                return True
    return False


def _is_word(text: str, span: tuple[int, int], seen: dict[tuple[int, int], bool]) -> bool:
    if span not in seen:
        seen[span] = not splits_words(text, *span)
    return seen[span]


def _one_clause(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = (a[1], b[0]) if a[0] <= b[0] else (b[1], a[0])
    return not _CLAUSE_BREAK.search(text, lo, hi)
