"""Marketplaces named in a posting (DESIGN.md "Platforms"): sorted slugs (amazon, shopee, independent_site).

Every marketplace named as a sales channel or as required experience counts, the employer's own channels
included. The boundary and context rules live in nlp/data/platforms.jsonl: Amazon Web Services is not Amazon,
"wish" and "noon" need a shop context, "ozon" is not found inside "ozone", 独立站/DTC wording gives
independent_site while Shopify is its own slug. A name right after 非 is denied ("国内店铺，非Temu岗位").
"""

from __future__ import annotations

import re
from typing import Final

from nlp.matcher import as_text, scan, tags_text
from nlp.sections import inside, last_of

# Marketplaces watched for copies of the employer's goods are no sales channel of its: "monitor temu, aliexpress and
# ebay for copies and file takedowns" (a brand-protection duty). The clause must open on the watching verb and
# name what is hunted after the marketplaces.
_WATCHED_FOR: Final = ("for copies", "for counterfeits", "for fakes", "for knock-offs", "for knockoffs",
                       "for infringing", "for infringements", "for ip violations")  # fmt: skip
_WATCHING: Final = re.compile(r"(?:^|[\n;.•\-*]\s*)(?:monitor|monitors|monitoring|watch|police|patrol|scan|sweep)\s")


def extract_platforms(title: object, description: object, tags: object = None) -> list[str]:
    """Sorted platform slugs found in the title, the description and the tags."""
    slugs: set[str] = set()
    for text, part in ((as_text(title), "title"), (as_text(description), "body"), (tags_text(tags), "title")):
        if text:
            sc = scan(text, part)
            hits = sc.of("platform")
            watched = _watched_spans(sc.text) if hits and part == "body" and "for " in sc.text else None
            for h in hits:
                if h.start and sc.text[h.start - 1] == "非":
                    continue
                if watched and inside(h.start, watched):
                    continue
                slugs.add(h.id)
    return sorted(slugs)


def _watched_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses that watch marketplaces for copies: from the watching verb to what is hunted."""
    spans: list[tuple[int, int]] = []
    for phrase in _WATCHED_FOR:
        at = text.find(phrase)
        while at >= 0:
            start = last_of(text, "\n;.", at) + 1
            verb = _WATCHING.search(text, max(0, start - 1), at)
            if verb is not None:
                spans.append((verb.end(), at))
            at = text.find(phrase, at + 1)
    return spans
