"""Skills written as a verb and its object apart, found by clause co-occurrence rules (nlp/data/skill_patterns.jsonl).

Fixed phrases are taxonomy aliases (市场调研, 活动策划); job ads also say "分析云计算行业用户和市场需求" or
"策划和组织发布会等媒体活动", where the verb and its object are a few characters apart. A rule names a concept, its
verbs and objects and the largest gap between them; both must lie in one clause (commas, semicolons, full stops
and line breaks end clauses) and sit on jieba word boundaries, so 市场 in 超市场地 does not count.
The rules' words are a kind of their own (RULE_WORD) in the taxonomy matcher (nlp/matcher.py), so the one pass
over a text that finds every term finds them too; every occurrence counts there, the rules judge them here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp.matcher import RULE_WORD, Scan, scan
from nlp.sections import CLAUSE_END
from nlp.taxonomy import SkillPattern, skill_patterns
from nlp.word_boundary import splits_words

_CLAUSE_BREAK = re.compile("[" + re.escape(CLAUSE_END) + "]")


def patterns() -> tuple[SkillPattern, ...]:
    """The rules of nlp/data/skill_patterns.jsonl; every id must be a skill of the taxonomy."""
    return skill_patterns()


@lru_cache(maxsize=1)
def _roles() -> dict[str, tuple[tuple[int, bool], ...]]:
    """Per term: the (rule index, is_verb) roles it plays."""
    roles: dict[str, list[tuple[int, bool]]] = {}
    for i, p in enumerate(patterns()):
        for term in p.verbs:
            roles.setdefault(term, []).append((i, True))
        for term in p.objects:
            roles.setdefault(term, []).append((i, False))
    return {t: tuple(r) for t, r in roles.items()}


def pattern_skill_ids(text: str) -> set[str]:
    """Ids of the concepts whose verb and object meet in one clause of ``text``."""
    return scan_pattern_skill_ids(scan(text))


def scan_pattern_skill_ids(sc: Scan) -> set[str]:
    """Ids of the concepts whose verb and object meet in one clause of the scanned text."""
    words = sc.of(RULE_WORD)
    if not words:
        return set()
    text = sc.text
    ends: dict[str, list[int]] = {}  # term -> end offsets of its occurrences
    for h in words:
        ends.setdefault(h.term, []).append(h.end)
    # Only the rules with both a verb and an object present are looked at.
    with_verb: set[int] = set()
    with_object: set[int] = set()
    roles = _roles()
    for term in ends:
        for rule, is_verb in roles[term]:
            (with_verb if is_verb else with_object).add(rule)
    rules = patterns()
    whole: dict[tuple[int, int], bool] = {}  # span -> is a word (jieba), checked only for near pairs
    ids: set[str] = set()
    for rule in sorted(with_verb & with_object):
        p = rules[rule]
        if p.id in ids:
            continue
        verbs = [(e - len(t), e) for t in p.verbs if t in ends for e in ends[t]]
        objects = [(e - len(t), e) for t in p.objects if t in ends for e in ends[t]]
        if any(
            _near(text, v, o, p.max_gap, whole)
            for v in verbs
            for o in objects
            if not p.distinct or text[v[0] : v[1]] != text[o[0] : o[1]]
        ):
            ids.add(p.id)
    return ids


def _near(
    text: str, v: tuple[int, int], o: tuple[int, int], max_gap: int, whole: dict[tuple[int, int], bool]
) -> bool:
    """Verb and object at most ``max_gap`` characters apart, in one clause, each a word of the text."""
    gap = o[0] - v[1] if v[0] <= o[0] else v[0] - o[1]
    return 0 <= gap <= max_gap and _one_clause(text, v, o) and _is_word(text, v, whole) and _is_word(text, o, whole)


def _is_word(text: str, span: tuple[int, int], seen: dict[tuple[int, int], bool]) -> bool:
    if span not in seen:
        seen[span] = not splits_words(text, *span)
    return seen[span]


def _one_clause(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = (a[1], b[0]) if a[0] <= b[0] else (b[1], a[0])
    return not _CLAUSE_BREAK.search(text, lo, hi)
