"""One Aho-Corasick pass over a normalised, lowercased text finds every taxonomy term at once.

Why not jieba or spaCy here: segmenting every 800-character description costs ~1.3 ms; one automaton pass
costs ~20 µs and does not miss terms that a segmenter splits differently. Substring matching needs rules
instead:

- boundary: a term that starts (ends) with an ASCII letter or digit must not be preceded (followed) by one, so
  "java" is not found inside "javascript" nor "ps" inside "ps4"; a short Chinese skill, platform, AI or
  certificate term with Chinese beside it is checked by jieba (nlp/word_boundary.py), so 代工 is not found
  inside 迭代工作 nor 可灵 inside 可灵活 — segmentation only around those few hits, not over the whole text;
- context: an ambiguous alias counts only when one of its ``context_required`` terms occurs within ``window``
  characters, and never when an ``exclude_if`` term does;
- overlap: within one kind, the longest surviving hit wins and hides the hits it overlaps, so a blocker
  (亚马逊云, an entry with no concept id) hides 亚马逊 and "tiktok shop" beats "tiktok".

The combined matcher over all taxonomy files is built lazily on first use (never at import time) and
:func:`scan` caches recent texts, because the extractors of one posting scan the same title and description.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from nlp import taxonomy
from nlp.taxonomy import Alias, match_form
from nlp.word_boundary import MAX_CHECKED_LEN, splits_words


class Hit(NamedTuple):
    """A term found in the text: its kind (skill, platform, ...), concept id, span and surface term."""

    kind: str
    id: str
    start: int
    end: int  # exclusive
    term: str


@dataclass(frozen=True)
class Entry:
    """What the automaton stores per term: which concept of which kind, and the alias's context rules."""

    kind: str
    id: str | None  # None: a blocker, it only hides shorter overlapping hits of its kind
    alias: Alias


# What one candidate hit carries besides its byte span, precomputed per automaton entry: (kind, concept id or
# "" for a blocker, term, length in characters). Candidates are (byte start, byte end, info) and sort as hits do.
_Info = tuple[str, str, str, int]
_Cand = tuple[int, int, _Info]


class TermMatcher:
    """Aho-Corasick matcher over (kind, id, alias) entries; :meth:`find` applies the three rules."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        grouped: dict[str, list[Entry]] = {}
        for e in entries:
            if e.id == "":
                raise ValueError(f"empty concept id for term {e.alias.term!r}")  # "" marks blockers below
            grouped.setdefault(e.alias.term, []).append(e)
        self._automaton = ahocorasick.Automaton()
        for term, es in grouped.items():
            # Deduplicate identical entries so a term listed twice does not yield two hits; precompute what
            # the hot loop needs: the byte length, which boundaries to check, the candidate info of the
            # entries that always count, and (info, alias) of those with context rules.
            unique = dict.fromkeys(es)
            plain = tuple((e.kind, e.id or "", term, len(term)) for e in unique if not e.alias.conditional)
            conditional = tuple(
                ((e.kind, e.id or "", term, len(term)), e.alias) for e in unique if e.alias.conditional
            )
            key = _bytewise(term)
            value = (len(key), _is_word_char(term[0]), _is_word_char(term[-1]), plain, conditional)
            self._automaton.add_word(key, value)
        self.size = len(grouped)
        if grouped:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Hit]:
        """All hits in ``text`` (already in :func:`match_form`), sorted by start, then end, kind and id."""
        if not self.size or not text:
            return []
        raw = text.encode("utf-8")
        cands = self._candidates(text, raw)
        if not cands:
            return []
        cands.sort()  # the output order: start, end, kind, id, term (bytes order as characters do)
        return _surviving_hits(cands, raw, len(raw) == len(text))

    def _candidates(self, text: str, raw: bytes) -> list[_Cand]:
        """Every occurrence that passes the boundary and context rules, in byte offsets, in order of its end.

        Byte offsets keep overlap and order as characters do (matches start and end on character
        boundaries), so only hits with context rules, and later the surviving hits, are converted.
        """
        data = raw.decode("latin-1")
        n = len(data)
        ascii_only = n == len(text)
        word = _WORD_CHARS
        cands: list[_Cand] = []
        append = cands.append
        b_seen = c_seen = 0  # hits come in order of their end: context checks convert offsets as they go
        for b_last, (blen, check_left, check_right, plain, conditional) in self._automaton.iter(data):
            b_end = b_last + 1
            b_start = b_end - blen
            # UTF-8 bytes of non-ASCII characters are >= 0x80, so the ASCII test works on bytes as on text.
            if check_left and b_start and data[b_start - 1] in word:
                continue
            if check_right and b_end < n and data[b_end] in word:
                continue
            for info in plain:
                append((b_start, b_end, info))
            if not conditional:
                continue
            if ascii_only:
                c_seen = b_end
            elif b_end > b_seen:
                c_seen += len(raw[b_seen:b_end].decode("utf-8"))
                b_seen = b_end
            for info, alias in conditional:
                if _context_ok(text, c_seen - info[3], c_seen, alias):
                    append((b_start, b_end, info))
        return cands


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_new_hit = tuple.__new__


def _is_word_char(ch: str) -> bool:
    return ch in _WORD_CHARS


def _surviving_hits(cands: list[_Cand], raw: bytes, ascii_only: bool) -> list[Hit]:
    """The sorted candidates that are no blocker and lose no overlap, as hits in character offsets."""
    losers = _overlap_losers(cands)
    hits: list[Hit] = []
    append = hits.append
    b_prev = c_start = 0
    for b_start, b_end, info in cands:
        kind, cid, term, clen = info
        if not cid or (losers and (b_start, b_end, kind) in losers):
            continue
        if ascii_only:
            c_start = b_start
        elif b_start > b_prev:
            c_start += len(raw[b_prev:b_start].decode("utf-8"))
            b_prev = b_start
        # tuple.__new__ skips the NamedTuple constructor's Python frame: hits are the hot path's only objects
        append(_new_hit(Hit, (kind, cid, c_start, c_start + clen, term)))
    return hits


def _overlap_losers(cands: list[_Cand]) -> set[tuple[int, int, str]]:
    """Spans (start, end, kind) hidden by a longer overlapping candidate of their kind.

    ``cands`` is sorted by start. Within a kind the longest candidate (in characters) wins, the earliest among
    equals, and hides those it overlaps; identical spans share their fate. Candidates of a kind fall into
    clusters of transitively overlapping spans (most are alone); only clusters of two or more are resolved,
    each on its own, which gives what resolving the whole kind at once would.
    """
    losers: set[tuple[int, int, str]] = set()
    first: dict[str, _Cand] = {}  # per kind: the first candidate of its current cluster
    groups: dict[str, list[_Cand]] = {}  # per kind: its current cluster, once it has two candidates
    ends: dict[str, int] = {}  # per kind: where its current cluster ends
    for c in cands:
        kind = c[2][0]
        if c[0] < ends.get(kind, -1):
            group = groups.get(kind)
            if group is None:
                groups[kind] = [first[kind], c]
            else:
                group.append(c)
            if c[1] > ends[kind]:
                ends[kind] = c[1]
            continue
        group = groups.pop(kind, None)
        if group is not None:
            _resolve_cluster(group, losers)
        first[kind] = c
        ends[kind] = c[1]
    for group in groups.values():
        _resolve_cluster(group, losers)
    return losers


def _resolve_cluster(cluster: list[_Cand], losers: set[tuple[int, int, str]]) -> None:
    """Longest first (earliest among equals): a candidate overlapping one already kept loses."""
    cluster.sort(key=_longest_earliest)
    kept: list[tuple[int, int]] = []
    for c in cluster:
        start, end = c[0], c[1]
        span = (start, end)
        if span in kept:
            continue  # the same span as a winner: another concept or a blocker of the same term
        for k_start, k_end in kept:
            if start < k_end and k_start < end:
                losers.add((start, end, c[2][0]))
                break
        else:
            kept.append(span)


def _longest_earliest(c: _Cand) -> tuple[int, int]:
    return (-c[2][3], c[0])


def _bytewise(text: str) -> str:
    """UTF-8 bytes as a latin-1 string. The automaton is keyed on these: a node then has at most a few dozen
    children (UTF-8 lead and continuation bytes) instead of thousands of CJK characters, which pyahocorasick
    scans linearly; matching gets about four times faster."""
    return text.encode("utf-8").decode("latin-1")


def _context_ok(text: str, start: int, end: int, alias: Alias) -> bool:
    window = text[max(0, start - alias.window) : end + alias.window]
    if alias.exclude_if and any(t in window for t in alias.exclude_if):
        return False
    if alias.context_required:
        # The term itself must not satisfy its own context requirement.
        around = window.replace(alias.term, "\x00")
        return any(t in around for t in alias.context_required)
    return True


class Scan(NamedTuple):
    """A text in matching form and every hit found in it (``by_kind``: the same hits grouped per kind)."""

    text: str
    hits: tuple[Hit, ...]
    by_kind: Mapping[str, tuple[Hit, ...]] | None = None  # None: :meth:`of` filters ``hits``

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

    @classmethod
    def build(cls, text: str, hits: Iterable[Hit]) -> Scan:
        """A scan with its per-kind index (extractors ask for one or two kinds at a time, ~30 times a posting)."""
        ordered = tuple(hits)
        groups: dict[str, list[Hit]] = {}
        for h in ordered:
            groups.setdefault(h.kind, []).append(h)
        return cls(text, ordered, {k: tuple(v) for k, v in groups.items()})


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


# Three matchers. Titles and tags are short and need the title-only kinds too; descriptions
# are long and only need the kinds every extractor reads, so the per-posting pass stays small. Role duty words
# are frequent (设计, 开发, 数据) and only break ties, so they get a matcher of their own, run only then.
TITLE_ONLY_KINDS = frozenset(
    {
        "role_title",
        "role_weak",
        "rel_title_signals",
        "rel_unrelated_title_terms",
        "rel_related_title_overrides",
    }
)


@lru_cache(maxsize=4)
def default_matcher(part: str = "title") -> TermMatcher:
    """The matcher over every taxonomy file, restricted to the kinds of ``part`` (built on first call)."""
    entries = all_entries()
    if part == "body":
        entries = [e for e in entries if e.kind not in TITLE_ONLY_KINDS and e.kind != "role_desc"]
    elif part == "duties":
        entries = [e for e in entries if e.kind == "role_desc"]
    elif part != "title":
        raise ValueError(f"unknown matcher part {part!r}")
    return TermMatcher(entries)


_SCAN_CACHE: dict[tuple[str, str], Scan] = {}
_SCAN_CACHE_SIZE = 2048


def scan(text: str | None, part: str = "body") -> Scan:
    """Normalise and lowercase ``text`` and find the taxonomy terms of ``part`` in it (recent texts cached).

    ``part``: "body" for descriptions (no title-only kinds), "title" for titles and tags (all kinds),
    "duties" for the role-family duty words. A text already scanned as a title serves "body" requests too:
    the title matcher holds every body kind, and overlaps are resolved per kind, so its body-kind hits are
    the same ones (and callers always filter by kind).
    """
    if not text:
        return _EMPTY
    cache = _SCAN_CACHE
    hit = cache.get((text, part))
    if hit is None and part == "body":
        hit = cache.get((text, "title"))
    if hit is not None:
        return hit
    form = _form(text)
    hits = default_matcher(part).find(form)
    # A short Chinese term found across two words (代工 in 迭代工作, 可灵 in 可灵活) is no term: jieba decides.
    result = Scan.build(form, [h for h in hits if not (_checkable(h) and splits_words(form, h.start, h.end))])
    if len(cache) >= _SCAN_CACHE_SIZE:
        cache.clear()  # a batch moves on; clearing whole keeps the bookkeeping free
    cache[(text, part)] = result
    return result


_EMPTY = Scan("", ())
_WORD_CHECKED = frozenset({"skill", "platform", "ai", "cert"})


def _checkable(h: Hit) -> bool:
    """A short Chinese term of a kind whose false substrings matter (the few jieba looks at)."""
    return len(h.term) <= MAX_CHECKED_LEN and "\u4e00" <= h.term[0] <= "\u9fff" and h.kind in _WORD_CHECKED


@lru_cache(maxsize=1024)
def _form(text: str) -> str:
    return match_form(text)


def as_text(value: object) -> str | None:
    """``value`` when it is a string, else None: extractors take whatever a raw record holds, never raise."""
    return value if isinstance(value, str) else None


def tags_text(tags: object) -> str | None:
    """Tags (a list of strings, or one string) joined with a separator no term spans."""
    if isinstance(tags, str):
        return tags
    if isinstance(tags, list | tuple):
        return " | ".join(t for t in tags if isinstance(t, str)) or None
    return None
