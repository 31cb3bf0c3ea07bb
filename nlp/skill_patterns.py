"""Skills written as a verb and its object apart, found by clause co-occurrence rules (nlp/data/skill_patterns.jsonl).

Fixed phrases are taxonomy aliases (市场调研, 活动策划); job ads also say "分析云计算行业用户和市场需求" or
"策划和组织发布会等媒体活动", where the verb and its object are a few characters apart. A rule names a concept, its
verbs and objects and the largest gap between them; both must lie in one clause (commas, semicolons, full stops
and line breaks end clauses) and sit on jieba word boundaries, so 市场 in 超市场地 does not count.
One Aho-Corasick pass over the text (ahocorasick-rs; over its UTF-16 code units, nlp/text_automaton.py) finds every
verb and object of every rule. Not a kind of the taxonomy matcher's: the rules' words are frequent (a hundred a
description), and as matcher hits each would cost more Python work than this whole pass in Rust. The body matcher
walks for them all the same, as extra words it hands over raw (nlp/matcher.py): a description's own text, made from
its scan, takes its occurrences from there, and this module's automaton walks only the texts no scan saw.

Two optional keys narrow a rule (absent, the rule behaves as above). "exclude_if" with "window" (default 8): the
pair does not count when one of these terms lies within that many characters of it (控制成本意识 is a disposition, R11).
"own_duty_families": the rule counts only in a posting of one of these role families, asked of the caller's
``family`` only when such a rule would otherwise fire (组织员工活动 is an HR officer's admin work, R18).
"exclude_inside": like "exclude_if", but only terms within the pair's own span count (输出选品报告 is research,
R59, where a 选品 in the next clause says nothing). "needs_ids": the rule counts only in a posting where one of these
skill ids was found already (the caller's ``known``): "控制推广费用" is ad budget work where the posting runs a
marketplace's ads (R61). "weak": the rule alone does not keep its concept where a "weak_beside" gate of the
taxonomy drops it (nlp/skills.py; "run ads" beside on-site ads, R61), and :func:`pattern_skill_ids` with ``only``
skips it.
"needs_near": the pair counts only when one of these terms lies within "window" characters of it (or inside it), in
its clause:
"开发俄罗斯、哈萨克斯坦批发客户" is overseas customer development where "开发华东区域客户" is not (R4, R38); the place
word may lie between verb and object or before the object ("俄罗斯客户的开发"), so it is looked for around the pair.
"firm": the id found by this rule does not yield to the specific ids of its "yields_to" (skills.py): a store on a
marketplace without an operations id of its own ("负责Coupang店铺运营", "乐天店铺运营") is `store_operations`
also beside the Amazon store the same posting runs (R68); the caller passes a set that collects such ids.
"english": a rule for English phrasing (:func:`_english_pair`): its terms count only as whole words ("chat" is
not in "ChatGPT"), and a comma does not end its clause: English lists the objects of one verb with commas
("answer emails, marketplace messages and chat"), where Chinese uses 、.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple, cast

from nlp import taxonomy
from nlp.matcher import DROPPED, EXTRA_PATTERNS, Extras, extras_of
from nlp.sections import CLAUSE_END
from nlp.text_automaton import Match, TextAutomaton
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
    exclude_inside: tuple[str, ...] = ()  # terms that void the pair when they lie between its verb and object
    needs_ids: frozenset[str] | None = None  # skill ids one of which the posting must have for the rule to count
    weak: bool = False  # not evidence enough for a "weak_beside" gate (nlp/skills.py)
    firm: bool = False  # the id it finds does not yield (skills.py's yields_to)
    needs_near: tuple[str, ...] = ()  # terms one of which must lie within `window` characters of the pair


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
        needs = row.get("needs_ids")
        if needs is not None and not set(needs) <= known:
            raise taxonomy.TaxonomyError(f"{row['_where']}: unknown needs_ids {sorted(set(needs) - known)}")
        out.append(
            Pattern(
                row["id"],
                verbs,
                objects,
                int(row["max_gap"]),
                bool(row.get("distinct", False)),
                bool(row.get("whole_word", False)),
                tuple(taxonomy.match_form(t) for t in row.get("exclude_if", ())),
                int(row.get("window", 8)),
                None if families is None else frozenset(families),
                bool(row.get("english", False)),
                tuple(taxonomy.match_form(t) for t in row.get("exclude_inside", ())),
                None if needs is None else frozenset(needs),
                bool(row.get("weak", False)),
                bool(row.get("firm", False)),
                tuple(taxonomy.match_form(t) for t in row.get("needs_near", ())),
            )
        )
    return tuple(out)


class _Automaton(NamedTuple):
    """The automaton over every rule term (``terms``, its patterns); per automaton pattern the rules it is a verb and
    an object of, and per rule the patterns of its verbs and of its objects."""

    automaton: TextAutomaton
    terms: list[str]
    identity: list[int]  # pattern -> its index in terms (the body matcher's pass has another index: local_of)
    verb_of: tuple[tuple[int, ...], ...]
    object_of: tuple[tuple[int, ...], ...]
    verbs: tuple[tuple[int, ...], ...]
    objects: tuple[tuple[int, ...], ...]
    # The passes over the last few texts (a gate of nlp/skills.py asks again about the own text it just read).
    passed: dict[str, tuple[list[Match], int]]


@lru_cache(maxsize=1)
def _automaton() -> _Automaton:
    rules = patterns()
    terms = list(dict.fromkeys(t for p in rules for t in (*p.verbs, *p.objects)))
    index = {t: i for i, t in enumerate(terms)}
    verb_of: list[list[int]] = [[] for _ in terms]
    object_of: list[list[int]] = [[] for _ in terms]
    for r, p in enumerate(rules):
        for t in p.verbs:
            verb_of[index[t]].append(r)
        for t in p.objects:
            object_of[index[t]].append(r)
    # Contiguous NFAs (TextAutomaton): callgrind counts fewer instructions for a DFA, but the DFA's table over these
    # thousands of words (~12 MB) is far beyond the CPU's caches and its lookups missed them; the NFA's runs faster
    # in wall time. Over UTF-16 code units the walk takes two bytes a Chinese character, not UTF-8's three, and no
    # byte offset is mapped back to a character (~20% fewer instructions a description, callgrind).
    return _Automaton(
        TextAutomaton(terms),
        terms,
        list(range(len(terms))),
        tuple(tuple(rs) for rs in verb_of),
        tuple(tuple(rs) for rs in object_of),
        tuple(tuple(index[t] for t in p.verbs) for p in rules),
        tuple(tuple(index[t] for t in p.objects) for p in rules),
        {},
    )


def words() -> list[str]:
    """Every rule's verbs and objects, each once (nlp/matcher.py walks for them too: its matches index this list)."""
    return _automaton().terms


class _Scratch:
    """The per-term and per-rule tables of :func:`pattern_skill_ids`, all clear between calls. A call takes one from
    :data:`_SCRATCH` (or makes one: a call made while another runs, e.g. from ``family``) and puts it back clear."""

    def __init__(self, n_terms: int, n_rules: int) -> None:
        # Per term, its first occurrence, and its later ones in a list made only at the second (most terms a text
        # holds occur once: a list per term found cost ~500 instructions to make and free, ~60 a description).
        self.first: list[_Match | None] = [None] * n_terms
        self.more: list[list[_Match] | None] = [None] * n_terms
        self.has_object: list[bool] = [False] * n_rules


_SCRATCH: Final[list[_Scratch]] = []

# How many texts' passes _Automaton.passed keeps.
_PASSED_KEPT: Final = 8


# One occurrence of a rule term as the automaton reports it: (automaton pattern, start, end), its offsets shifted
# left by the pass's shift (TextAutomaton.matches: UTF-16 bytes, or characters). Kept as reported:
# building a span tuple of each would cost more than the rest of the bookkeeping. Typed as a tuple of any length
# on purpose: compiled, a fixed-length tuple type is unpacked into C fields when read and packed again into a new
# tuple when stored; this one stays the automaton's object. The automaton's list is cast to it where it is read
# (pattern_skill_ids): typed as the stub has it (three ints), each occurrence would be unpacked and packed again
# into a new tuple, with new ints for its offsets, as the loop read it.
_Match = tuple[int, ...]


def pattern_skill_ids(
    text: str,
    family: Callable[[], str | None] | None = None,
    known: AbstractSet[str] = frozenset(),
    only: str | None = None,
    firm: set[str] | None = None,
) -> set[str]:
    """Ids of the concepts whose verb and object meet in one clause of ``text`` (already in match form).

    ``family`` gives the posting's role family; it is called only when a rule with "own_duty_families" would fire
    (the caller caches it). Without it those rules are not narrowed: there is no posting to judge by. Rules of the
    ``known`` ids (found already by the caller) are not looked at: their pairs would add nothing, and checking
    whether a pair's words are words (jieba) is most of this pass's cost. With ``only``, just that id's rules that
    are not "weak" are looked at, whether or not it is known (the evidence a "weak_beside" gate asks for).
    ``firm``, when given, collects the ids found by "firm" rules; those rules are looked at also for known ids.
    """
    ids: set[str] = set()
    if not text:
        return ids
    auto = _automaton()
    # The occurrences as a pass found them: the body matcher's over the description this text was made from (its
    # own text; ``view`` places them), or this module's own over the text.
    view = extras_of(text, EXTRA_PATTERNS, auto.terms)
    if view is not None:
        matches = view.raw[EXTRA_PATTERNS]
        shift = view.shift
        local_of = view.matcher.local_of[EXTRA_PATTERNS]
        if view.plain:
            view = None
    else:
        passed = auto.passed.get(text)
        if passed is None:
            if len(auto.passed) >= _PASSED_KEPT:
                auto.passed.clear()
            passed = auto.passed[text] = auto.automaton.matches(text)
        matches = cast("list[_Match]", passed[0])
        shift = passed[1]
        local_of = auto.identity
    if not matches:
        return ids
    rules = patterns()
    # Per automaton pattern found, its occurrences; per rule, whether one of its objects occurs. Only the rules one
    # of whose objects and one of whose verbs occur are looked at. The tables span every term and rule (thousands
    # of entries): they are kept between calls and only the entries this text set are cleared again (_Scratch),
    # rather than built and freed per text (or kept in a dict of the few found, whose int keys cost a box each
    # compiled).
    scratch = _SCRATCH.pop() if _SCRATCH else _Scratch(len(auto.verb_of), len(rules))
    if len(scratch.first) != len(auto.verb_of) or len(scratch.has_object) != len(rules):  # the rules were reloaded
        scratch = _Scratch(len(auto.verb_of), len(rules))
    first = scratch.first
    more = scratch.more
    has_object = scratch.has_object
    terms: list[int] = []  # the automaton patterns found, each once (their entries are cleared at the end)
    if view is not None:
        matches = _held(matches, shift, view)
    m: _Match
    for m in matches:
        if m[1] & shift:
            continue  # straddles two characters (nlp/text_automaton.py)
        index = local_of[m[0]]
        if first[index] is None:
            first[index] = m
            terms.append(index)
            for r in auto.object_of[index]:
                has_object[r] = True
        else:
            later = more[index]
            if later is None:
                more[index] = [m]
            else:
                later.append(m)
    # The rules one of whose verbs and one of whose objects occur, each once, in the order their verbs first occur
    # (the order does not change the ids): a rule's flag is cleared as it is taken. Most rules with a verb found
    # have no object found (about one in eight has): they are never listed.
    with_verb: list[int] = []
    for index in terms:
        for r in auto.verb_of[index]:
            if has_object[r]:
                has_object[r] = False
                with_verb.append(r)
    whole: dict[_Match, bool] = {}  # occurrence -> is a word (jieba), checked only for near pairs
    for rule in with_verb:
        p = rules[rule]
        if only is None:
            if (p.id in ids or p.id in known) and not (p.firm and firm is not None and p.id not in firm):
                continue
        elif p.id != only or p.weak or p.id in ids:
            continue
        if p.needs_ids is not None and p.needs_ids.isdisjoint(known):
            continue
        verbs = _occurrences(auto.verbs[rule], first, more)
        objects = _occurrences(auto.objects[rule], first, more)
        if _any_near(text, verbs, objects, p, whole, shift, view) and (
            p.own_duty_families is None or family is None or family() in p.own_duty_families
        ):
            ids.add(p.id)
            if p.firm and firm is not None:
                firm.add(p.id)
    for index in terms:
        first[index] = None
        more[index] = None
        for r in auto.object_of[index]:
            has_object[r] = False
    _SCRATCH.append(scratch)  # not put back if a call above raised: it may hold entries of that text
    return ids


def _occurrences(indices: tuple[int, ...], first: list[_Match | None], more: list[list[_Match] | None]) -> list[_Match]:
    """The occurrences of the terms ``indices`` (a rule's verbs or objects), term by term, each term's in text order
    (:class:`_Scratch`'s tables)."""
    out: list[_Match] = []
    for i in indices:
        m = first[i]
        if m is not None:
            out.append(m)
            later = more[i]
            if later is not None:
                out += later
    return out


def _held(matches: list[_Match], shift: int, view: Extras) -> list[_Match]:
    """The ``matches`` of the source that the text ``view`` places them in still holds. They come by end (the
    automaton reports each where it ends), so the part each may lie in is found by one walk over the parts, not
    looked up afresh (:meth:`Extras.delta` does that for the few read again, and for any match out of that order)."""
    held: list[_Match] = []
    los = view.part_starts
    his = view.part_ends
    moves = view.part_moves
    parts = len(los)
    # The blanked spans (disjoint, in order, where the text has them) are walked alongside too: an occurrence at
    # s-e of the text overlaps one when the last blank starting before e ends after s, and e only grows.
    blank_starts = view.blank_starts
    blank_ends = view.blank_ends
    blanks = len(blank_starts)
    b = 0  # the blanks starting before the last held occurrence's end
    k = 0
    lo = los[0] if parts else 0
    hi = his[0] if parts else 0
    move = moves[0] if parts else 0
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
                move = moves[k]
            if start < lo or end > hi:
                continue  # in or reaching into a part cut out
        if blanks:
            # Where it stands in the text: later parts stand later there, so these ends only grow as well.
            while b < blanks and blank_starts[b] < end + move:
                b += 1
            if b and blank_ends[b - 1] > start + move:
                continue  # in or reaching into a blanked span
        held.append(m)
    return held


def _any_near(
    text: str,
    verbs: list[_Match],
    objects: list[_Match],
    p: Pattern,
    whole: dict[_Match, bool],
    shift: int,
    view: Extras | None,
) -> bool:
    """Whether a verb and an object of rule ``p`` are near (the gap first: it rules out most pairs for free).
    ``shift``: of the occurrences' offsets (:data:`_Match`); ``view``: where they move to in ``text``, when found in
    the text it was made from."""
    max_gap = p.max_gap
    placed: list[tuple[_Match, int, int]] = []  # once, not again for every verb
    for o in objects:
        o_start, o_end = _placed(o, shift, view)  # no starred tuple: compiled, that built a list and copied it
        placed.append((o, o_start, o_end))
    for v in verbs:
        v_start, v_end = _placed(v, shift, view)
        for o, o_start, o_end in placed:
            gap = o_start - v_end if v_start <= o_start else v_start - o_end
            if not 0 <= gap <= max_gap:
                continue
            if p.exclude_if and _excluded(text, v_start, v_end, o_start, o_end, p):
                continue
            if p.exclude_inside and _inside(text, v_start, v_end, o_start, o_end, p.exclude_inside):
                continue
            if p.needs_near and not _near_in_clause(text, v_start, v_end, o_start, o_end, p):
                continue
            if p.distinct and text[v_start:v_end] == text[o_start:o_end]:
                continue
            if p.whole_word and inside_word(text, o_start, o_end):
                continue
            if p.english:
                if _english_pair(text, v_start, v_end, o_start, o_end):
                    return True
            elif (
                _one_clause(text, v_start, v_end, o_start, o_end)
                and _is_word(text, v, v_start, v_end, whole)
                and _is_word(text, o, o_start, o_end, whole)
            ):
                return True
    return False


def _placed(m: _Match, shift: int, view: Extras | None) -> tuple[int, int]:
    """Where occurrence ``m`` stands in the text the rules read: its offsets unshifted, moved by ``view``."""
    start = m[1] >> shift
    end = m[2] >> shift
    if view is not None:
        move = view.delta(start, end)
        return start + move, end + move
    return start, end


def _excluded(text: str, a_start: int, a_end: int, b_start: int, b_end: int, p: Pattern) -> bool:
    """Whether an "exclude_if" term lies within ``p.window`` characters of the pair (or overlaps it)."""
    return _near(text, a_start, a_end, b_start, b_end, p.window, p.exclude_if)


def _near_in_clause(text: str, a_start: int, a_end: int, b_start: int, b_end: int, p: Pattern) -> bool:
    """Whether a "needs_near" term lies within ``p.window`` characters of the pair and in its clause: the market of
    "展后客户跟进；2. 负责欧美…" is the next duty's."""
    ends = _ENGLISH_CLAUSE_END if p.english else CLAUSE_END
    lo = max(0, min(a_start, b_start) - p.window)
    hi = max(a_end, b_end) + p.window
    for i in range(min(a_start, b_start) - 1, lo - 1, -1):
        if text[i] in ends:
            lo = i + 1
            break
    for i in range(max(a_end, b_end), min(hi, len(text))):
        if text[i] in ends:
            hi = i
            break
    around = text[lo:hi]
    return any(term in around for term in p.needs_near)


def _near(text: str, a_start: int, a_end: int, b_start: int, b_end: int, window: int, terms: tuple[str, ...]) -> bool:
    """Whether one of ``terms`` lies within ``window`` characters of the pair (or overlaps it)."""
    around = text[max(0, min(a_start, b_start) - window) : max(a_end, b_end) + window]
    return any(term in around for term in terms)


def _inside(text: str, a_start: int, a_end: int, b_start: int, b_end: int, terms: tuple[str, ...]) -> bool:
    """Whether one of ``terms`` lies within the pair's span (a modifier of its object: 输出选品报告)."""
    span = text[min(a_start, b_start) : max(a_end, b_end)]
    return any(term in span for term in terms)


def _is_word(text: str, m: _Match, start: int, end: int, seen: dict[_Match, bool]) -> bool:
    """Whether occurrence ``m``, at ``start``-``end`` of ``text``, is a word there (``seen``: those decided)."""
    known = seen.get(m)
    if known is None:
        # A Latin term must start a Latin word ("roi" is not in "android"); it may end inside one, as the stems
        # "negotiat" and "factor" do.
        known = seen[m] = not splits_words(text, start, end) and not (
            start and text[start] in _WORD_CHARS and text[start - 1] in _WORD_CHARS
        )
    return known


_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # text is in match form: lowercased
_ENGLISH_CLAUSE_END: Final = CLAUSE_END.replace(",", "")


def _english_pair(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether two hits of an English rule are whole words in one clause. A comma does not end the clause (a list
    of objects: "emails, marketplace messages and chat"); a full stop before a space does, as do CLAUSE_END's
    other marks."""
    for start, end in ((a_start, a_end), (b_start, b_end)):
        if (start and text[start - 1] in _WORD_CHARS) or (end < len(text) and text[end] in _WORD_CHARS):
            return False
    lo, hi = (a_end, b_start) if a_start <= b_start else (b_end, a_start)
    gap = text[lo:hi]
    return not any(c in _ENGLISH_CLAUSE_END for c in gap) and ". " not in gap


def _one_clause(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    lo, hi = (a_end, b_start) if a_start <= b_start else (b_end, a_start)
    # The gap is a few characters (max_gap): read them, rather than pay for a regex call.
    return all(text[i] not in CLAUSE_END for i in range(lo, hi))
