"""English postings: spaCy lemmas find the taxonomy's English terms in their inflected forms.

The Aho-Corasick pass (nlp/matcher.py) matches surface forms, which is right for Chinese but misses English
inflection: "quotations", "trade shows", "analysing sales data", "managed PPC campaigns". For a posting
written mostly in English (career sites on Greenhouse or Lever, English ads on Chinese boards) a spaCy
pipeline (``spacy.blank("en")`` with the lookup lemmatizer of spacy-lookups-data: no model download) lemmatises
the job's text and a PhraseMatcher on LEMMA finds every English alias and English name of the skill taxonomy.

Only unconditional aliases of two or more words, or one word of five letters or more, take part (and those whose
only condition is a Chinese word they must not stand beside, which an English text cannot hold): short or
ambiguous ones ("ai", "ps", "python" as data analysis) keep their context rules in the surface pass, and generic
words that count only as a role's own duty (nlp/skills.py) stay there too. The taxonomy's English blockers of two
or more words hide what they overlap, as in the surface pass ("prompt and professional" is no prompt writing).
The pipeline is built on first use (about two seconds), never at import time, and only English texts pay for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, Final

from nlp import taxonomy

ENGLISH_SHARE: Final = 0.8  # share of Latin letters among all letters above which a text is treated as English
_MIN_LETTERS: Final = 80  # shorter texts (a title, a tag list) are left to the surface pass
_MIN_SINGLE_WORD: Final = 5
_BLOCKER: Final = "blocker"  # match label of a taxonomy blocker: a longer form that hides a term and counts for nothing


def is_english(text: str) -> bool:
    """True when ``text`` is long enough and mostly written in Latin letters."""
    # Fast reject, no loop in Python: each CJK character takes 3 UTF-8 bytes, so the extra bytes count the
    # non-ASCII characters (at least half of them); too many of them and Latin letters cannot make the share.
    n = len(text)
    non_ascii = (len(text.encode("utf-8", "surrogatepass")) - n) // 2
    if n - non_ascii < _MIN_LETTERS or non_ascii > (1 - ENGLISH_SHARE) / ENGLISH_SHARE * (n - non_ascii):
        return False
    latin = other = 0
    for ch in text:
        if ch.isalpha():
            if ch.isascii():
                latin += 1
            else:
                other += 1
    return latin >= _MIN_LETTERS and latin >= ENGLISH_SHARE * (latin + other)


def _usable(term: str, generic: frozenset[str]) -> bool:
    if not term.isascii() or term in generic or not any(c.isalpha() for c in term):
        return False
    return " " in term.strip() or len(term) >= _MIN_SINGLE_WORD


def _chinese_conditions_only(alias: taxonomy.Alias) -> bool:
    """Whether the alias's only conditions are Chinese words it must not stand beside ("spark ads" handed to the
    投放同学): an English text cannot hold them, so there the alias counts as an unconditional one."""
    return not alias.context_required and all(not t.isascii() for t in alias.exclude_if)


def _english_blockers() -> list[str]:
    """English blockers of the skill taxonomy ("prompt and professional") that no concept also has as an alias."""
    aliases = {a.term for c in taxonomy.skills() for a in c.aliases}
    found = {t for c in taxonomy.skills() for t in c.blockers if t.isascii() and " " in t.strip()}
    return sorted(found - aliases)


def _english_terms() -> Iterable[tuple[str, str]]:
    """(skill id, lowercased English term) for every usable alias and English name of the skill taxonomy."""
    for concept in taxonomy.skills():
        generic = frozenset(taxonomy.match_form(t) for t in concept.extra.get("generic_terms", ()))
        terms = {a.term for a in concept.aliases if not a.conditional or _chinese_conditions_only(a)}
        if concept.name_en:
            terms.add(taxonomy.match_form(concept.name_en))
        for term in sorted(terms):
            if _usable(term, generic):
                yield concept.id, term


@lru_cache(maxsize=1)
def _pipeline() -> tuple[Any, Any]:
    import spacy  # imported lazily: spaCy and its lookup tables take about two seconds to load
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
    by_id: dict[str, list[str]] = {}
    for skill_id, term in _english_terms():
        by_id.setdefault(skill_id, []).append(term)
    for skill_id, terms in by_id.items():
        # A one-word -ing term would match its verb or noun everywhere: "listing" → "list" in "the selection
        # list", "purchasing" → every "purchase"; so would a longer one ending on an -ing noun the lemmatizer cuts
        # ("product listing" → "product list" in "manage the product list"). The surface pass finds such terms as
        # written; plurals stay ("product listings" has the lemma "listing").
        docs = [
            d
            for d in nlp.pipe(terms)
            if (len(d) > 1 or not d[0].lower_.endswith("ing"))
            and not (d[-1].lower_.endswith("ing") and d[-1].lemma_ != d[-1].lower_)
        ]
        if docs:
            matcher.add(skill_id, docs)
    matcher.add(_BLOCKER, list(nlp.pipe(_english_blockers())))
    return nlp, matcher


def english_skill_ids(text: str, dropped: Callable[[str, str, int, int], bool] | None = None) -> set[str]:
    """Ids of the skill concepts whose English terms occur in ``text`` (match form), in any inflection.

    ``dropped(text, id, start, end)``, when given, says of a term found at ``text[start:end]`` that it counts for
    nothing (a field of experience wanted, nlp/skills.py); another term of the same id may still give it."""
    if not is_english(text):
        return set()
    from spacy.util import filter_spans

    nlp, matcher = _pipeline()
    # Overlapping terms: the longest wins, as in the surface pass ("Spark Ads" is TikTok ads, not Spark).
    # A blocker wins its overlap like a term, then names no concept: "prompt and professional" is no prompt writing.
    spans = filter_spans(matcher(nlp(text), as_spans=True))
    if dropped is None:
        return {span.label_ for span in spans if span.label_ != _BLOCKER}
    return {
        span.label_
        for span in spans
        if span.label_ != _BLOCKER and not dropped(text, span.label_, span.start_char, span.end_char)
    }
