"""Skills written as a verb and its object apart, found by clause co-occurrence rules (nlp/data/skill_patterns.jsonl).

Fixed phrases are taxonomy aliases (市场调研, 活动策划); job ads also say "分析云计算行业用户和市场需求" or
"策划和组织发布会等媒体活动", where the verb and its object are a few characters apart. A rule names a concept, its
verbs and objects and the largest gap between them; both must lie in one clause (commas, semicolons, full stops
and line breaks end clauses) and sit on jieba word boundaries, so 市场 in 超市场地 does not count.
One Aho-Corasick pass over the text (ahocorasick-rs) finds every verb and object of every rule. A pass of its
own, not a kind of the taxonomy matcher's: the rules' words are frequent (twenty-odd a description), and as
matcher hits each would cost more Python work than this whole pass in Rust.

Two optional keys narrow a rule (absent, the rule behaves as above). "exclude_if" with "window" (default 8): the
pair does not count when one of these terms lies within that many characters of it (控制成本意识 is a disposition, R11).
"own_duty_families": the rule counts only in a posting of one of these role families, asked of the caller's
``family`` only when such a rule would otherwise fire (组织员工活动 is an HR officer's admin work, R18).
"english": a rule for English phrasing (:func:`_english_pair`): its terms count only as whole words ("chat" is
not in "ChatGPT"), and a comma does not end its clause: English lists the objects of one verb with commas
("answer emails, marketplace messages and chat"), where Chinese uses 、.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick, Implementation

from nlp import taxonomy
from nlp.sections import CLAUSE_END
from nlp.word_boundary import inside_word, splits_words


@dataclass(frozen=True)
class Pattern:
    """One rule: the concept, its verbs and objects (match form) and the largest gap between the two."""

    id: str
    verbs: frozenset[str]
    objects: frozenset[str]
    max_gap: int
    distinct: bool = False  # verb and object lists are one list: two different terms of it must meet
    whole_word: bool = False  # the object must be a word of its own, not the tail of a compound (市场数据)
    exclude_if: tuple[str, ...] = ()  # terms that, within `window` characters of the pair, void it
    window: int = 8
    own_duty_families: frozenset[str] | None = None  # the role families whose postings the rule counts in
    english: bool = False  # whole words only, and commas do not end the clause (_english_pair)


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """The rules of nlp/data/skill_patterns.jsonl; every id must be a skill of the taxonomy."""
    known = {c.id for c in taxonomy.skills()}
    known_families = {f["family"] for f in taxonomy.role_families()}
    out: list[Pattern] = []
    for row in taxonomy._read_jsonl("skill_patterns.jsonl"):
        if row["id"] not in known:
            raise taxonomy.TaxonomyError(f"{row['_where']}: unknown skill id {row['id']!r}")
        verbs = frozenset(taxonomy.match_form(t) for t in row["verbs"])
        objects = frozenset(taxonomy.match_form(t) for t in row["objects"])
        families = row.get("own_duty_families")
        if families is not None and not set(families) <= known_families:
            unknown = sorted(set(families) - known_families)
            raise taxonomy.TaxonomyError(f"{row['_where']}: unknown role families {unknown}")
        out.append(
            Pattern(
                row["id"], verbs, objects, int(row["max_gap"]), bool(row.get("distinct", False)),
                bool(row.get("whole_word", False)),
                tuple(taxonomy.match_form(t) for t in row.get("exclude_if", ())), int(row.get("window", 8)),
                None if families is None else frozenset(families), bool(row.get("english", False)),
            )
        )
    return tuple(out)


class _Automaton(NamedTuple):
    """The automaton over every rule term; per automaton pattern the rules it is a verb and an object of (bit r of
    the mask set for rule r: or-ing ints costs less than updating sets of rule numbers), and per rule the patterns
    of its verbs and of its objects."""

    automaton: AhoCorasick
    verb_of: tuple[int, ...]
    object_of: tuple[int, ...]
    verbs: tuple[tuple[int, ...], ...]
    objects: tuple[tuple[int, ...], ...]


@lru_cache(maxsize=1)
def _automaton() -> _Automaton:
    rules = patterns()
    terms = list(dict.fromkeys(t for p in rules for t in (*p.verbs, *p.objects)))
    index = {t: i for i, t in enumerate(terms)}
    verb_of = [0] * len(terms)
    object_of = [0] * len(terms)
    for r, p in enumerate(rules):
        for t in p.verbs:
            verb_of[index[t]] |= 1 << r
        for t in p.objects:
            object_of[index[t]] |= 1 << r
    # A DFA: small for these few hundred words, and it scans a description in about two thirds of the NFA's time.
    return _Automaton(
        AhoCorasick(terms, implementation=Implementation.DFA),
        tuple(verb_of),
        tuple(object_of),
        tuple(tuple(index[t] for t in p.verbs) for p in rules),
        tuple(tuple(index[t] for t in p.objects) for p in rules),
    )


def pattern_skill_ids(text: str, family: Callable[[], str | None] | None = None) -> set[str]:
    """Ids of the concepts whose verb and object meet in one clause of ``text`` (already in match form).

    ``family`` gives the posting's role family; it is called only when a rule with "own_duty_families" would fire
    (the caller caches it). Without it those rules are not narrowed: there is no posting to judge by.
    """
    if not text:
        return set()
    auto = _automaton()
    found: dict[int, list[tuple[int, int]]] = {}  # automaton pattern -> the spans where it occurs
    # Only the rules with both a verb and an object present are looked at.
    with_verb = 0
    with_object = 0
    for index, start, end in auto.automaton.find_matches_as_indexes(text, overlapping=True):
        spans = found.get(index)
        if spans is None:
            found[index] = [(start, end)]
            with_verb |= auto.verb_of[index]
            with_object |= auto.object_of[index]
        else:
            spans.append((start, end))
    rules = patterns()
    whole: dict[tuple[int, int], bool] = {}  # span -> is a word (jieba), checked only for near pairs
    ids: set[str] = set()
    candidates = with_verb & with_object
    while candidates:
        low = candidates & -candidates  # the lowest rule left (the order of the rules does not change the ids)
        candidates ^= low
        rule = low.bit_length() - 1
        p = rules[rule]
        if p.id in ids:
            continue
        verbs = [span for i in auto.verbs[rule] if i in found for span in found[i]]
        objects = [span for i in auto.objects[rule] if i in found for span in found[i]]
        if _any_near(text, verbs, objects, p, whole) and (
            p.own_duty_families is None or family is None or family() in p.own_duty_families
        ):
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
            if p.exclude_if and _excluded(text, v, o, p):
                continue
            if p.distinct and text[v_start:v_end] == text[o[0] : o[1]]:
                continue
            if p.whole_word and inside_word(text, o[0], o[1]):
                continue
            if p.english:
                if _english_pair(text, v, o):
                    return True
            elif _one_clause(text, v, o) and _is_word(text, v, whole) and _is_word(text, o, whole):
                return True
    return False


def _excluded(text: str, a: tuple[int, int], b: tuple[int, int], p: Pattern) -> bool:
    """Whether an "exclude_if" term lies within ``p.window`` characters of the pair (or overlaps it)."""
    around = text[max(0, min(a[0], b[0]) - p.window) : max(a[1], b[1]) + p.window]
    return any(term in around for term in p.exclude_if)


def _is_word(text: str, span: tuple[int, int], seen: dict[tuple[int, int], bool]) -> bool:
    if span not in seen:
        seen[span] = not splits_words(text, span[0], span[1])  # not *span: a generic call
    return seen[span]


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # text is in match form: lowercased
_ENGLISH_CLAUSE_END = CLAUSE_END.replace(",", "")


def _english_pair(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two hits of an English rule are whole words in one clause. A comma does not end the clause (a list
    of objects: "emails, marketplace messages and chat"); a full stop before a space does, as do CLAUSE_END's
    other marks."""
    for start, end in (a, b):
        if (start and text[start - 1] in _WORD_CHARS) or (end < len(text) and text[end] in _WORD_CHARS):
            return False
    lo, hi = (a[1], b[0]) if a[0] <= b[0] else (b[1], a[0])
    gap = text[lo:hi]
    return not any(c in _ENGLISH_CLAUSE_END for c in gap) and ". " not in gap


def _one_clause(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = (a[1], b[0]) if a[0] <= b[0] else (b[1], a[0])
    # The gap is a few characters (max_gap): read them, rather than pay for a regex call.
    return all(text[i] not in CLAUSE_END for i in range(lo, hi))
