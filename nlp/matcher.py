"""One Aho-Corasick pass over a normalised, lowercased text finds every taxonomy term at once.

Why not jieba or spaCy here: segmenting every 800-character description costs ~1.3 ms; one automaton pass
costs ~20 µs and does not miss terms that a segmenter splits differently. Substring matching needs rules
instead:

- boundary: a term that starts (ends) with an ASCII letter or digit must not be preceded (followed) by one, so
  "java" is not found inside "javascript" nor "ps" inside "ps4" — unless the run of letters around it splits
  wholly into Latin terms ("nodejspythongophpc++java", a list whose separators a scraper dropped); a short
  Chinese skill, platform, AI or certificate term with Chinese beside it is checked by jieba
  (nlp/word_boundary.py), so 代工 is not found
  inside 迭代工作 nor 可灵 inside 可灵活 — segmentation only around those few hits, not over the whole text;
- context: an ambiguous alias counts only when one of its ``context_required`` terms occurs within ``window``
  characters, and never when an ``exclude_if`` term does (within ``exclude_window`` characters when it has one);
- overlap: within one kind, the longest surviving hit wins and hides the hits it overlaps, so a blocker
  (亚马逊云, an entry with no concept id) hides 亚马逊 and "tiktok shop" beats "tiktok".

Each text is matched once (ahocorasick-rs, in Rust, character offsets), whatever reads it: the job's own text
(nlp/sections.py) is cut out of the description's scan, not matched again.

The combined matcher over all taxonomy files is built lazily on first use (never at import time) and
:func:`scan` caches recent texts, because the extractors of one posting scan the same title and description.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple, cast, final

from nlp import taxonomy
from nlp.taxonomy import Alias, match_form
from nlp.text_automaton import TextAutomaton
from nlp.word_boundary import MAX_CHECKED_LEN, splits_words


@final
class Hit:
    """A term found in the text: its kind (skill, platform, ...), concept id, span and surface term.

    A plain class, not a NamedTuple: compiled (nlp/compiled.py), building one is a native allocation, where a
    tuple subclass costs a generic ``tuple.__new__`` call (~900 instructions; a posting makes dozens of hits)."""

    __slots__ = ("end", "id", "kind", "start", "term")

    def __init__(self, kind: str, id: str, start: int, end: int, term: str) -> None:
        self.kind = kind
        self.id = id
        self.start = start
        self.end = end
        self.term = term  # the surface form, in match form

    def _key(self) -> tuple[str, str, int, int, str]:
        return (self.kind, self.id, self.start, self.end, self.term)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Hit) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Hit(kind={self.kind!r}, id={self.id!r}, start={self.start}, end={self.end}, term={self.term!r})"


@dataclass(frozen=True)
class Entry:
    """What the automaton stores per term: which concept of which kind, and the alias's context rules."""

    kind: str
    id: str | None  # None: a blocker, it only hides shorter overlapping hits of its kind
    alias: Alias


class _Info(NamedTuple):
    """What one candidate hit carries besides its span, precomputed per automaton pattern. Candidates are (start,
    end, info) and sort as hits do (the number comes last, and equal infos of one pattern are one). A NamedTuple,
    not a plain tuple type: compiled, a plain tuple would be unpacked into C fields when read and packed into a
    new tuple when stored again, for every candidate."""

    kind: str
    id: str  # "" for a blocker
    term: str
    length: int
    checked: bool  # whether jieba checks it (the word rule)
    number: int  # no other info holds it


_Cand = tuple[int, int, _Info]

# A match as the automaton gives it, (pattern index, start, end), kept as the object it made: typed as a tuple of any
# length, compiled, it is read item by item, not unpacked into C fields and packed again into a new tuple when stored.
RawMatch = tuple[int, ...]


@final
class _Pattern:
    """What the hot loop needs per automaton pattern that is not simple: which boundaries to check, and per entry
    (in the order of their infos) its candidate info, the alias when it has context rules (None: it always counts)
    and whether its context window may widen."""

    def __init__(
        self,
        check_left: bool,
        check_right: bool,
        entries: tuple[tuple[_Info, Alias | None, bool], ...],
    ) -> None:
        self.check_left = check_left
        self.check_right = check_right
        self.entries = entries


class TermMatcher:
    """Aho-Corasick matcher over (kind, id, alias) entries; :meth:`find` applies the rules.

    ``checked_kinds``: kinds whose short Chinese terms jieba checks (the word rule of the module docstring);
    none by default. ``extras``: lists of other modules' words (each word once in its list), walked for in the same
    pass and handed over as found, no rule applied (:class:`Extras`).
    """

    def __init__(
        self,
        entries: Iterable[Entry],
        checked_kinds: frozenset[str] = frozenset(),
        extras: tuple[list[str], ...] = (),
    ) -> None:
        grouped: dict[str, list[Entry]] = {}
        for e in entries:
            if e.id == "":
                raise ValueError(f"empty concept id for term {e.alias.term!r}")  # "" marks blockers below
            grouped.setdefault(e.alias.term, []).append(e)
        terms: list[str] = []
        # Per automaton pattern, one of: the info of its one entry when that needs no check (most patterns: a
        # Chinese term of one concept), or the full _Pattern.
        self._simple: list[_Info | None] = []
        self._patterns: list[_Pattern | None] = []
        for term, es in grouped.items():
            # Deduplicate identical entries so a term listed twice does not yield two hits.
            unique = dict.fromkeys(es)
            checked = _is_checkable(term)
            infos = [
                (_Info(e.kind, e.id or "", term, len(term), checked and e.kind in checked_kinds, next(_NUMBERS)), e)
                for e in unique
            ]
            # In the order of the infos: the candidates of one match are then made in the order a sort would give
            # them (one span is one pattern's), and _candidates keeps the list sorted without sorting it.
            infos.sort(key=_first)
            # Each with its alias when it has context rules, and whether its window may widen (a skill's: see
            # _context_ok), decided here, not per match.
            ordered: tuple[tuple[_Info, Alias | None, bool], ...] = tuple(
                (info, e.alias, info.kind == "skill") if e.alias.conditional else (info, None, False)
                for info, e in infos
            )
            pattern = _Pattern(_is_word_char(term[0]), _is_word_char(term[-1]), ordered)
            terms.append(term)
            simple = not (pattern.check_left or pattern.check_right) and len(ordered) == 1 and ordered[0][1] is None
            self._simple.append(ordered[0][0] if simple else None)
            self._patterns.append(None if simple else pattern)
        self.size = len(terms)
        # Latin terms that may stand glued to others in a run like "nodejspythongophpc++java" (word lists whose
        # separators a scraper dropped): such a run counts its pieces when it splits wholly into these terms.
        self._glue_terms = frozenset(t for t in terms if len(t) >= 2 and all(c in _GLUE_CHARS for c in t))
        # The extra words: words that are no taxonomy term get the patterns after the terms'. Per extra list, per
        # pattern, the word's index in the list (-1: not in it); per pattern, the lists holding its word (None: none).
        self.extra_words = extras
        pattern_of = {t: i for i, t in enumerate(terms)}
        self.local_of: list[list[int]] = []
        for words in extras:
            if len(set(words)) != len(words) or not all(w.strip() for w in words):
                raise ValueError("an extra list's words must be distinct and more than spaces")  # see blank_extras
            local = [-1] * len(terms)
            for k, word in enumerate(words):
                i = pattern_of.get(word)
                if i is None:
                    i = pattern_of[word] = len(terms)
                    terms.append(word)
                    local.append(-1)
                    for other in self.local_of:
                        other.append(-1)
                local[i] = k
            self.local_of.append(local)
        self._lists_of: list[tuple[int, ...] | None] = [
            tuple(g for g, local in enumerate(self.local_of) if local[i] >= 0) or None for i in range(len(terms))
        ]
        words_only = [w for words in extras for w in words]
        # Whether an extra word holds a line break (one could span the join of two cut parts: cut_extras), and the
        # characters that stand before and after a space in one (blank_extras).
        self.extra_newline = any("\n" in w for w in words_only)
        self.before_space = frozenset(w[i - 1] for w in words_only for i in range(1, len(w)) if w[i] == " ")
        self.after_space = frozenset(w[i + 1] for w in words_only for i in range(len(w) - 1) if w[i] == " ")
        self._automaton = TextAutomaton(terms) if terms else None

    def find(self, text: str) -> list[Hit]:
        """All hits in ``text`` (already in :func:`match_form`), sorted by start, then end, kind and id."""
        return list(self.scan(text).hits)

    def scan(self, text: str) -> Scan:
        """:meth:`find`'s hits with their per-kind index."""
        return self.scan_with_extras(text)[0]

    def scan_with_extras(self, text: str) -> tuple[Scan, Extras | None]:
        """:meth:`scan`, and the extra words found in the same pass (None when the matcher has none)."""
        raw: list[list[RawMatch]] = [[] for _ in self.local_of]
        if self._automaton is None or not text:
            return Scan(text, (), {}), (Extras(self, raw, 0) if raw else None)
        matches, shift = self._automaton.matches(text)
        cands = self._candidates(text, cast("list[RawMatch]", matches), shift, raw)  # in the output order
        return _surviving_hits(text, cands, _overlap_losers(cands)), (Extras(self, raw, shift) if raw else None)

    def _candidates(self, text: str, matches: list[RawMatch], shift: int, raw: list[list[RawMatch]]) -> list[_Cand]:
        """The ``matches`` (pattern index, start, end) that pass the boundary and context rules, as candidates
        sorted as the hits are (start, end, kind, id, term: what ``sorted`` gives); those of extra words go to their
        lists' ``raw`` as they came. ``shift``: as :meth:`TextAutomaton.matches` gives it.

        The automaton reports matches by where they end, the longest first among those ending together, so a
        candidate nearly always goes last in (start, end) order: it is appended after two comparisons of numbers,
        and only one that starts before the last (a term ending inside a longer one found later) is inserted where
        it goes. A sort compared whole tuples (~1,000 instructions a candidate, callgrind). Candidates on one span
        come from one pattern (its term), made in its infos' order, so ties need no comparison of infos."""
        n = len(text)
        simple_infos = self._simple
        patterns = self._patterns
        lists_of = self._lists_of
        terms = len(simple_infos)  # the patterns after these are extra words only
        cands: list[_Cand] = []
        last_start = last_end = -1  # the last candidate's span
        for m in matches:
            start = m[1]
            if start & shift:
                continue  # straddles two characters (nlp/text_automaton.py)
            index = m[0]
            lists = lists_of[index]
            if lists is not None:
                for g in lists:
                    raw[g].append(m)
                if index >= terms:
                    continue
            start >>= shift
            end = m[2] >> shift
            info = simple_infos[index]
            if info is not None:
                if start > last_start or (start == last_start and end >= last_end):
                    cands.append((start, end, info))
                    last_start = start
                    last_end = end
                else:
                    _insert_in_order(cands, start, end, info)
                continue
            pattern = patterns[index]
            assert pattern is not None  # a pattern is either simple or has its _Pattern
            if (
                (pattern.check_left and start and _is_word_code(ord(text[start - 1])))
                or (pattern.check_right and end < n and _is_word_code(ord(text[end])))
            ) and not self._piece_of_glued_run(text, start, end):
                continue
            for info, alias, widen in pattern.entries:
                if alias is not None and not _context_ok(text, start, end, alias, widen):
                    continue
                if start > last_start or (start == last_start and end >= last_end):
                    cands.append((start, end, info))
                    last_start = start
                    last_end = end
                else:
                    _insert_in_order(cands, start, end, info)
        return cands

    def _piece_of_glued_run(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is one piece of a run of Latin terms written without separators: the run
        around it splits wholly into this matcher's Latin terms, with cuts at the hit's two edges."""
        lo, hi = start, end
        while lo and text[lo - 1] in _GLUE_CHARS:
            lo -= 1
        while hi < len(text) and text[hi] in _GLUE_CHARS:
            hi += 1
        if hi - lo < _MIN_GLUED_RUN:
            return False
        run = text[lo:hi]
        return _splits_into(run[: start - lo], self._glue_terms) and _splits_into(run[end - lo :], self._glue_terms)


def _first(pair: tuple[_Info, Entry]) -> _Info:
    return pair[0]


def _insert_in_order(cands: list[_Cand], start: int, end: int, info: _Info) -> None:
    """Insert the candidate ``start``-``end`` into ``cands`` (sorted by span) after every one whose span sorts at or
    before its own: a candidate that starts before the last one's span (rare: see TermMatcher._candidates)."""
    k = len(cands)
    while k:
        before = cands[k - 1]
        if before[0] < start or (before[0] == start and before[1] <= end):
            break
        k -= 1
    cands.insert(k, (start, end, info))


# Glued runs are lowercase letters, digits and the signs of c++ / c#; shorter runs are ordinary words.
_GLUE_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789+#")
# Numbers the infos of every matcher built, so a number names one info for good (the shape table outlives matchers).
_NUMBERS: Final = itertools.count()
_MIN_GLUED_RUN: Final = 8


@lru_cache(maxsize=4096)
def _splits_into(run: str, terms: frozenset[str]) -> bool:
    """Whether ``run`` is empty or a concatenation of ``terms``."""
    reachable = [True] + [False] * len(run)
    for i in range(len(run)):
        if reachable[i]:
            for j in range(i + 2, len(run) + 1):
                if not reachable[j] and run[i:j] in terms:
                    reachable[j] = True
    return reachable[-1]


_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _is_word_char(ch: str) -> bool:
    return ch in _WORD_CHARS


def _is_word_code(c: int) -> bool:
    """:func:`_is_word_char` of ``chr(c)``: compiled, ``ord(text[i])`` reads the character without making a
    one-character string of it."""
    return 97 <= c <= 122 or 48 <= c <= 57 or 65 <= c <= 90


def _is_checkable(term: str) -> bool:
    """A short Chinese term: the only ones jieba looks at (longer ones rarely straddle a word boundary)."""
    return len(term) <= MAX_CHECKED_LEN and "\u4e00" <= term[0] <= "\u9fff"


def _surviving_hits(text: str, cands: list[_Cand], losers: set[int]) -> Scan:
    """The sorted candidates that are no blocker, lose no overlap and are no false substring, as a scan."""
    hits: list[Hit] = []
    groups: dict[str, list[Hit]] = {}
    any_losers = len(losers) > 0
    i = -1
    for start, end, info in cands:
        i += 1
        cid = info.id
        if not cid or (any_losers and i in losers):
            continue
        # A short Chinese term found across two words (代工 in 迭代工作, 可灵 in 可灵活) is no term: jieba decides.
        if info.checked and splits_words(text, start, end):
            continue
        kind = info.kind
        hit = Hit(kind, cid, start, end, info.term)
        hits.append(hit)
        group = groups.get(kind)
        if group is None:
            groups[kind] = [hit]
        else:
            group.append(hit)
    return Scan(text, tuple(hits), groups)


def _overlap_losers(cands: list[_Cand]) -> set[int]:
    """Indices of the candidates hidden by a longer overlapping candidate of their kind.

    ``cands`` is sorted by start. Within a kind the longest candidate wins, the earliest among equals, and
    hides those it overlaps; identical spans share their fate. Candidates fall into clusters of transitively
    overlapping spans, whatever their kind (most are alone); only the kinds with overlapping candidates in a
    cluster are resolved there, which gives what resolving each kind at once would: a candidate only competes
    with those it overlaps, and they are in its cluster.
    """
    losers: set[int] = set()
    first = 0  # the current cluster is cands[first:i]; most are one candidate, and need no list
    cluster_end = -1
    i = 0
    for c in cands:
        if c[0] >= cluster_end:
            if i - first == 2:
                _add_pair_loser(cands[first], cands[first + 1], first, losers)
            elif i - first > 1:
                _add_cluster_losers(cands[first:i], first, losers)
            first = i
            cluster_end = c[1]
        elif c[1] > cluster_end:
            cluster_end = c[1]
        i += 1
    if i - first == 2:
        _add_pair_loser(cands[first], cands[first + 1], first, losers)
    elif i - first > 1:
        _add_cluster_losers(cands[first:i], first, losers)
    return losers


def _add_pair_loser(a: _Cand, b: _Cand, first: int, losers: set[int]) -> None:
    """:func:`_add_cluster_losers` for the commonest cluster, two overlapping candidates ``a`` and ``b`` (in
    order) at indices ``first`` and ``first + 1``, decided without building its shape: of one kind and not on the
    same span, the shorter loses, the later among equals (``a`` starts first)."""
    if a[2].kind != b[2].kind or (a[0] == b[0] and a[1] == b[1]):
        return
    losers.add(first + 1 if a[2].length >= b[2].length else first)


# The outcome of a cluster depends only on its shape: its candidates' spans relative to its start, and their
# info, named by its number (cheaper to hash than the info). Shapes recur (跨境电商 with 跨境 and 电商, 亚马逊运营
# with 亚马逊 and 运营, in ad after ad), so each is resolved once; the table is emptied when full, like the scan
# cache. A shape is one flat tuple, three numbers a candidate (start, end, info number): a tuple of a tuple per
# candidate named the same shapes and cost a tuple more per candidate to build, hash, compare and free.
_Shape = tuple[int, ...]
_LOSERS_BY_SHAPE: Final[dict[_Shape, tuple[int, ...]]] = {}
_SHAPES_KEPT: Final = 8192


def _add_cluster_losers(cluster: list[_Cand], first: int, losers: set[int]) -> None:
    """Add the indices of the losing candidates of ``cluster`` (``first``: the index of its first) to ``losers``."""
    base = cluster[0][0]
    flat: list[int] = []
    for c in cluster:
        flat.append(c[0] - base)
        flat.append(c[1] - base)
        flat.append(c[2].number)
    shape = tuple(flat)
    lost = _LOSERS_BY_SHAPE.get(shape)
    if lost is None:
        if len(_LOSERS_BY_SHAPE) >= _SHAPES_KEPT:
            _LOSERS_BY_SHAPE.clear()
        lost = _LOSERS_BY_SHAPE[shape] = _cluster_losers(cluster)
    for k in lost:
        losers.add(first + k)


def _cluster_losers(cluster: list[_Cand]) -> tuple[int, ...]:
    """Indices of the candidates of ``cluster`` that lose: per kind, longest first (earliest among equals), a
    candidate overlapping one already kept loses."""
    by_kind: dict[str, list[_Cand]] = {}
    for c in cluster:
        group = by_kind.get(c[2].kind)
        if group is None:
            by_kind[c[2].kind] = [c]
        else:
            group.append(c)
    lost: list[int] = []
    for group in by_kind.values():
        if len(group) < 2 or not _overlapping(group):
            continue
        group.sort(key=_longest_earliest)
        kept: list[tuple[int, int]] = []
        for c in group:
            start, end = c[0], c[1]
            span = (start, end)
            if span in kept:
                continue  # the same span as a winner: another concept or a blocker of the same term
            for k_start, k_end in kept:
                if start < k_end and k_start < end:
                    lost.append(cluster.index(c))
                    break
            else:
                kept.append(span)
    return tuple(lost)


def _overlapping(group: list[_Cand]) -> bool:
    """Whether two candidates of ``group`` (sorted by start) overlap, other than on the very same span."""
    reach = -1
    last = (-1, -1)
    for c in group:
        if c[0] < reach and (c[0], c[1]) != last:
            return True
        last = (c[0], c[1])
        if c[1] > reach:
            reach = c[1]
    return False


def _longest_earliest(c: _Cand) -> tuple[int, int]:
    return (-c[2].length, c[0])


# The context window of a skill alias, when wholly in ASCII, is this many times as wide as the alias's own, up to
# the cap (see _context_ok). Platform and other kinds keep theirs: "TikTok" beside "Shop" must stay adjacent.
_LATIN_WINDOW_FACTOR: Final = 2
_LATIN_WINDOW_CAP: Final = 30
_LATIN_SHORT_TERM: Final = 2  # terms this long or shorter keep their window


def _context_ok(text: str, start: int, end: int, alias: Alias, widen: bool = False) -> bool:
    """Whether a conditional alias counts here: no exclusion within its window, and (if it asks for one) a context
    term within it. ``widen``: the window of a skill's context may grow in English text (below)."""
    window = text[max(0, start - alias.window) : end + alias.window]
    reach = alias.exclude_window
    excluding = window if reach < 0 else text[max(0, start - reach) : end + reach]
    for t in alias.exclude_if:  # plain loops: a generator per call costs more than these few tests
        if t in excluding and _has_context_term(excluding, t):
            return False
    if alias.context_required:
        if widen and alias.window < _LATIN_WINDOW_CAP and len(alias.term) > _LATIN_SHORT_TERM and window.isascii():
            # English around the term: its words run three to five times the length of Chinese ones, so a
            # window sized for a clause of Chinese holds only a few English words ("good with Excel and basic
            # KPI reporting"); it is widened, up to a cap, to hold a comparable stretch of English. Two-letter
            # abbreviations ("ai", "bi", "ps") keep their narrow window: only an adjacent word tells them apart.
            reach = min(alias.window * _LATIN_WINDOW_FACTOR, _LATIN_WINDOW_CAP)
            window = text[max(0, start - reach) : end + reach]
        # The term itself must not satisfy its own context requirement.
        around = window.replace(alias.term, "\x00")
        for t in alias.context_required:  # noqa: SIM110 (no generator: see above)
            if t in around and _has_context_term(around, t):
                return True
        return False
    return True


# Context terms of this many characters or fewer that end in a Latin letter or digit must end a word too
# ("ps" is not in "apps", "ai" not in "aim"); longer ones may go on ("analy" is meant to find "analysis").
_SHORT_CONTEXT_TERM: Final = 3


def _has_context_term(window: str, term: str) -> bool:
    """Whether ``term`` occurs in ``window`` as a context term: one opening on a Latin letter or digit must open
    a word ("ps" not in "apps"); a short one ending on one must end a word too, or end a plural ("kpis")."""
    if not _is_word_char(term[0]) and not _is_word_char(term[-1]):
        return True
    check_end = len(term) <= _SHORT_CONTEXT_TERM and _is_word_char(term[-1])
    at = window.find(term)
    while at >= 0:
        after = at + len(term)
        if not (_is_word_char(term[0]) and at and _is_word_char(window[at - 1])):
            if not check_end or after >= len(window) or not _is_word_char(window[after]):
                return True
            if window[after] == "s" and (after + 1 >= len(window) or not _is_word_char(window[after + 1])):
                return True
        at = window.find(term, at + 1)
    return False


@final
class Scan:
    """A text in matching form and every hit found in it (``by_kind``: the same hits grouped per kind).

    A plain class, not a NamedTuple: compiled, its methods are then direct calls, not attribute lookups."""

    __slots__ = ("by_kind", "hits", "text")

    def __init__(self, text: str, hits: tuple[Hit, ...], by_kind: dict[str, list[Hit]] | None = None) -> None:
        self.text = text
        self.hits = hits
        # None: :meth:`of` filters ``hits``. A dict of lists, not a Mapping of Sequences: compiled, its get and
        # copy are then native calls, not generic method lookups (:meth:`of` runs thousands of times a batch).
        self.by_kind = by_kind

    def of(self, *kinds: str) -> list[Hit]:
        """The hits of the given kinds, in text order."""
        index = self.by_kind
        if index is None:
            return [h for h in self.hits if h.kind in kinds]
        if len(kinds) == 1:  # the common call
            found = index.get(kinds[0])
            return list(found) if found else []
        present = [k for k in kinds if k in index]
        if len(present) == 1:
            return list(index[present[0]])
        if not present:
            return []
        return [h for h in self.hits if h.kind in kinds]

    def id_counts(self, kind: str) -> dict[str, int]:
        """How often each concept id of ``kind`` was found, in order of first occurrence."""
        hits = self.by_kind.get(kind, ()) if self.by_kind is not None else self.of(kind)
        counts: dict[str, int] = {}
        for h in hits:
            counts[h.id] = counts.get(h.id, 0) + 1
        return counts

    def moved(self, text: str, spans: Sequence[tuple[int, int, int]], kinds: frozenset[str]) -> Scan:
        """A scan of ``text`` made of the hits of ``kinds`` that lie wholly inside one of ``spans`` (start, end,
        shift), disjoint and in order, each moved by its span's shift: the scan of a text cut out of this one."""
        hits: list[Hit] = []
        groups: dict[str, list[Hit]] = {}
        k = 0
        lo, hi, shift = spans[0]
        for h in self.hits:
            kind, start, end = h.kind, h.start, h.end
            if kind not in kinds:
                continue
            while start >= hi and k + 1 < len(spans):
                k += 1
                lo, hi, shift = spans[k]
            if start < lo or end > hi:
                continue
            hit = Hit(kind, h.id, start + shift, end + shift, h.term)
            hits.append(hit)
            groups.setdefault(kind, []).append(hit)
        return Scan(text, tuple(hits), groups)


def _plain(kind: str, cid: str | None, terms: Iterable[str]) -> list[Entry]:
    return [Entry(kind, cid, Alias(t)) for t in terms if t]


def all_entries() -> list[Entry]:
    """Every term of every taxonomy file as matcher entries, each tagged with the kind its extractor reads."""
    entries: list[Entry] = []
    for kind, concepts in (
        ("skill", taxonomy.skills()),
        ("platform", taxonomy.platforms()),
        ("cert", taxonomy.certificates()),
    ):
        for c in concepts:
            entries += [Entry(kind, c.id, a) for a in c.aliases]
            entries += _plain(kind, None, c.blockers)
    for c in taxonomy.language_entries():
        kind = "lang_" + c.category  # lang_language, _level, _qualifier, _preferred, _negation
        entries += [Entry(kind, c.id, a) for a in c.aliases]
        entries += _plain(kind, None, c.blockers)
    for c in taxonomy.ai_terms():
        entries += [Entry("ai", c.id, a) for a in c.aliases]
        entries += _plain("ai", None, c.blockers)
    for fam in taxonomy.role_families():
        entries += _plain("role_title", fam["family"], fam["title_terms"])
        entries += _plain("role_weak", fam["family"], fam["weak_title_terms"])
        entries += _plain("role_desc", fam["family"], fam["description_terms"])
        entries += _plain("role_title", None, fam["blockers"])
        entries += _plain("role_desc", None, fam["blockers"])
    for group, terms in taxonomy.relevance_config().items():
        if group.endswith(("_signals", "_terms", "_overrides")) and isinstance(terms, dict | tuple):
            entries += [Entry("rel_" + group, t, Alias(t)) for t in terms]
    return entries


# Kinds whose short Chinese terms jieba checks: the ones whose false substrings matter.
_WORD_CHECKED: Final = frozenset({"skill", "platform", "ai", "cert"})


# Four matchers. Titles and tags are short and need the title-only kinds too; descriptions
# are long and only need the kinds every extractor reads, so the per-posting pass stays small. Role duty words
# are frequent (设计, 开发, 数据) and only break ties, so they get a matcher of their own, run only then. The
# company and industry fields are read for their own signals only.
TITLE_ONLY_KINDS: Final = frozenset(
    {
        "role_title",
        "role_weak",
        "rel_title_signals",
        "rel_unrelated_title_terms",
        "rel_related_title_overrides",
    }
)

COMPANY_KIND: Final = "rel_company_signals"


# The extra word lists the body matcher walks for (TermMatcher's ``extras``): nlp/word_pass.py's words (the
# sections', employment's, skills' and relevance's gates) and nlp/skill_patterns.py's verbs and objects. Each module
# passed over the description (or its own text) on its own, and a pass costs about as much whatever its automaton's
# size (callgrind: the word pass's 826 words cost 4/5 of the taxonomy's 15,000 terms over the same description): one
# walk serves the three. Titles keep their own passes: short, they cost less than carrying the extras of every title
# and tag scan.
EXTRA_WORDS: Final = 0
EXTRA_PATTERNS: Final = 1


def _extra_lists() -> tuple[list[str], ...]:
    from nlp import skill_patterns, word_pass  # they read this module's scans: imported when first built

    return (word_pass.words(), skill_patterns.words())


@lru_cache(maxsize=5)
def default_matcher(part: str = "title") -> TermMatcher:
    """The matcher over every taxonomy file, restricted to the kinds of ``part`` (built on first call)."""
    entries = all_entries()
    if part == "body":
        not_body = TITLE_ONLY_KINDS | {"role_desc", COMPANY_KIND}
        entries = [e for e in entries if e.kind not in not_body]
        return TermMatcher(entries, checked_kinds=_WORD_CHECKED, extras=_extra_lists())
    elif part == "duties":
        entries = [e for e in entries if e.kind == "role_desc"]
    elif part == "company":
        entries = [e for e in entries if e.kind == COMPANY_KIND]
    elif part != "title":
        raise ValueError(f"unknown matcher part {part!r}")
    return TermMatcher(entries, checked_kinds=_WORD_CHECKED)


# Per part, the scans of recent texts: keyed by the text alone, whose hash the string keeps, no tuple is built and
# hashed per lookup.
_SCAN_CACHE: Final[dict[str, dict[str, Scan]]] = {}
_SCAN_CACHE_SIZE: Final = 2048


def scan(text: str | None, part: str = "body") -> Scan:
    """Normalise and lowercase ``text`` and find the taxonomy terms of ``part`` in it (recent texts cached).

    ``part``: "body" for descriptions (no title-only kinds), "title" for titles and tags (all kinds),
    "duties" for the role-family duty words, "company" for the company and industry fields' signals. A text
    already scanned as a title serves "body" requests too: the title matcher holds every body kind, and
    overlaps are resolved per kind, so its body-kind hits are the same ones (and callers always filter by kind).
    """
    if not text:
        return _EMPTY
    cache = _SCAN_CACHE.get(part)
    if cache is None:
        cache = _SCAN_CACHE[part] = {}
    hit = cache.get(text)
    if hit is None and part == "body":
        titles = _SCAN_CACHE.get("title")
        if titles is not None:
            hit = titles.get(text)
    if hit is not None:
        return hit
    form = match_form(text)
    result, extras = default_matcher(part).scan_with_extras(form)
    if len(cache) >= _SCAN_CACHE_SIZE:
        cache.clear()  # a batch moves on; clearing whole keeps the bookkeeping free
    cache[text] = result
    if extras is not None:
        _remember_extras(form, extras)
    return result


_EMPTY: Final = Scan("", ())

# Returned by Extras.delta for an occurrence the text does not hold.
DROPPED: Final = -(1 << 40)


@final
class Extras:
    """The extra words (:class:`TermMatcher`'s ``extras``) of a text, as the pass over it, or over the text it was
    made from (its source), found them: per list, the automaton's matches of its words (``raw``; offsets shifted
    left by ``shift``, as :meth:`TextAutomaton.matches` gives them; the matcher's ``local_of`` gives each word's
    index in its list). A made text is the source's ``parts`` (start, end), each moved by its ``move`` to its place
    in the text, with the ``blanks`` (start, end in the text) made spaces: :meth:`delta` places an occurrence.
    Readers take the matches as they are, no object made per occurrence (nlp/word_pass.py, nlp/skill_patterns.py)."""

    __slots__ = ("blank_ends", "blank_starts", "matcher", "part_ends", "part_moves", "part_starts", "plain", "raw",
                 "shift")  # fmt: skip

    def __init__(
        self,
        matcher: TermMatcher,
        raw: list[list[RawMatch]],
        shift: int,
        parts: tuple[list[int], list[int], list[int]] | None = None,
        blanks: tuple[list[int], list[int]] | None = None,
    ) -> None:
        self.matcher = matcher
        self.raw = raw
        self.shift = shift
        self.part_starts, self.part_ends, self.part_moves = parts or ([], [], [])
        self.blank_starts, self.blank_ends = blanks or ([], [])
        self.plain = parts is None and blanks is None  # the text is the source: every occurrence stays put

    def delta(self, start: int, end: int) -> int:
        """The move of the occurrence at ``start``-``end`` of the source (characters) to its place in the text, or
        :data:`DROPPED` when the text does not hold it (in or reaching into a part cut out or a blanked span)."""
        move = 0
        parts = len(self.part_starts)
        if parts:
            his = self.part_ends
            k = 0
            while k < parts and start >= his[k]:  # a text has a few parts
                k += 1
            if k == parts or start < self.part_starts[k] or end > his[k]:
                return DROPPED
            move = self.part_moves[k]
        starts = self.blank_starts
        ends = self.blank_ends
        for k in range(len(starts)):
            if start + move < ends[k] and starts[k] < end + move:
                return DROPPED
        return move


# Per text in match form, its extra words: from the scan of the text, or from those of the text it was made from
# (cut_extras, blank_extras). Keyed by the text: its words depend on it alone. Only the last few texts are kept (their
# passes' matches are large), the oldest first out: one posting's texts stay while it is extracted.
_EXTRAS: Final[dict[str, Extras]] = {}
_EXTRAS_KEPT: Final = 8


def _remember_extras(text: str, extras: Extras) -> None:
    if text not in _EXTRAS and len(_EXTRAS) >= _EXTRAS_KEPT:
        del _EXTRAS[next(iter(_EXTRAS))]
    _EXTRAS[text] = extras


def extras_of(text: str, group: int, words: list[str]) -> Extras | None:
    """The extra words of ``text`` (in match form) when a recent scan gave them or they were made from one's, for
    extra list ``group`` (:data:`EXTRA_WORDS`, :data:`EXTRA_PATTERNS`) as ``words`` (None when the caller's list
    was rebuilt since the matchers were: then, as for other texts, the caller passes over the text itself)."""
    extras = _EXTRAS.get(text)
    if extras is None or extras.matcher.extra_words[group] is not words:
        return None
    return extras


def cut_extras(text: str, source: str, parts: list[tuple[int, int]]) -> None:
    """Give ``text``, the ``parts`` (start, end: disjoint, in order) of ``source`` joined by line breaks, the extra
    words a scan would find, from ``source``'s pass (no second pass; nothing when ``source`` has none).

    No extra word holds a line break, so none spans a join: the text's words are the source's that lie wholly
    inside one part, each moved by its part's shift (nlp/sections.py's own text: skills reads it again)."""
    whole = _EXTRAS.get(source)
    if whole is None or not whole.plain or whole.matcher.extra_newline:
        return
    los: list[int] = []
    his: list[int] = []
    moves: list[int] = []
    at = 0
    for lo, hi in parts:
        los.append(lo)
        his.append(hi)
        moves.append(at - lo)
        at += hi - lo + 1
    _remember_extras(text, Extras(whole.matcher, whole.raw, whole.shift, (los, his, moves)))


def blank_extras(text: str, source: str, spans: list[tuple[int, int]]) -> None:
    """Give ``text``, ``source`` with the characters of ``spans`` made spaces (lengths kept), the extra words a scan
    would find, from ``source``'s: those that reach into no span (nothing when ``source`` has none).

    A word found in ``text`` that reaches into a span and out of it holds a space beside the character that borders
    the span (no word is spaces only): when no word holds a space beside that character, ``source``'s words outside
    the spans are all there is. Otherwise nothing is given (the caller passes over ``text``)."""
    whole = _EXTRAS.get(source)
    if whole is None or whole.blank_starts or len(text) != len(source):
        return
    starts, ends = _merged_spans(spans, len(text))
    matcher = whole.matcher
    for lo, hi in zip(starts, ends, strict=True):
        if (lo and text[lo - 1] in matcher.before_space) or (hi < len(text) and text[hi] in matcher.after_space):
            return
    parts = None if whole.plain else (whole.part_starts, whole.part_ends, whole.part_moves)
    _remember_extras(text, Extras(matcher, whole.raw, whole.shift, parts, (starts, ends) if starts else None))


def _merged_spans(spans: list[tuple[int, int]], n: int) -> tuple[list[int], list[int]]:
    """The union of ``spans`` within 0-``n``, as the starts and ends of disjoint spans in order; spans that touch
    are one (the characters bordering a span are then never blanked)."""
    starts: list[int] = []
    ends: list[int] = []
    for lo, hi in sorted(spans):
        lo = max(lo, 0)
        hi = min(hi, n)
        if lo >= hi:
            continue
        if ends and lo <= ends[-1]:
            ends[-1] = max(ends[-1], hi)
        else:
            starts.append(lo)
            ends.append(hi)
    return starts, ends


def as_text(value: object) -> str | None:
    """``value`` when it is a string, else None: extractors take whatever a raw record holds, never raise."""
    return value if isinstance(value, str) else None


def tags_text(tags: object) -> str | None:
    """Tags (a list of strings, or one string) joined with a separator no term spans."""
    if isinstance(tags, str):
        return tags
    if isinstance(tags, list | tuple):
        return " | ".join([t for t in tags if isinstance(t, str)]) or None
    return None
