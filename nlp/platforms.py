"""Marketplaces named in a posting (DESIGN.md "Platforms"): sorted slugs (amazon, shopee, independent_site).

Every marketplace named as a sales channel or as required experience counts, the employer's own channels
included. The boundary and context rules live in nlp/data/platforms.jsonl: Amazon Web Services is not Amazon,
"wish" and "noon" need a shop context, "ozon" is not found inside "ozone", 独立站/DTC wording gives
independent_site while Shopify is its own slug. A name right after 非 is denied ("国内店铺，非Temu岗位"), and one
named only in a list of the employer's other openings ("其他在招职位：亚马逊运营、UI设计师") is another job's channel.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from nlp.matcher import as_text, scan, tags_text
from nlp.sections import first_of, inside, last_of

# Marketplaces watched for copies of the employer's goods are no sales channel of its: "monitor temu, aliexpress and
# ebay for copies and file takedowns" (a brand-protection duty). The clause must open on the watching verb and
# name what is hunted after the marketplaces.
_WATCHED_FOR: Final = ("for copies", "for counterfeits", "for fakes", "for knock-offs", "for knockoffs",
                       "for infringing", "for infringements", "for ip violations")  # fmt: skip
_WATCHING: Final = re.compile(r"(?:^|[\n;.•\-*]\s*)(?:monitor|monitors|monitoring|watch|police|patrol|scan|sweep)\s")


# A list of the employer's other openings ("其他在招职位：亚马逊运营、Java开发", "同时招聘Shopee运营", "also hiring an
# Amazon US manager"): a marketplace named there is another job's channel, not this one's. The list runs from its
# cue to the end of its line or sentence; a cue that ends its line (a heading, "【其他在招岗位】") takes the next
# line too.
_OTHER_OPENINGS: Final = ("其他在招", "其它在招", "在招职位", "在招岗位", "热招岗位", "热招职位", "其他热招",
                          "还在招", "也在招", "同时招聘", "同时招", "另招", "内推岗位", "其他职位", "其它职位",
                          "其他岗位", "其它岗位", "also hiring", "other openings", "other open roles",
                          "other open positions")  # fmt: skip
_OPENING_ENDS: Final = "。；;!！?？\n"
# Each cue holds one of these: the cues are looked for only where one stands (a few finds per text, not one per cue).
# One character where it can be (str.find of one character is several times faster than of two), and a rare one:
# 岗位 stands in nearly every ad (岗位职责), so 其他岗位 is looked for at 其, 在招岗位 at 招, 内推岗位 at 推.
_OPENING_ANCHORS: Final = ("招", "其", "推", "hiring", "other open")
_CUES_AT: Final = tuple(
    (a, tuple((c, c.index(a)) for c in _OTHER_OPENINGS if next(x for x in _OPENING_ANCHORS if x in c) == a))
    for a in _OPENING_ANCHORS
)


def other_openings(form: str) -> list[tuple[int, int]]:
    """Spans of ``form`` (matching form) that list the employer's other openings, from the cue to the list's end,
    in order and disjoint."""
    return list(_other_openings(form)) if form else []


@lru_cache(maxsize=64)  # the platform and the relevance extractors ask for the same description
def _other_openings(form: str) -> tuple[tuple[int, int], ...]:
    """:func:`other_openings`, cached."""
    spans: list[tuple[int, int]] = []
    for anchor, cues in _CUES_AT:
        at = form.find(anchor)
        while at >= 0:
            for cue, offset in cues:
                begin = at - offset
                if begin < 0 or not form.startswith(cue, begin):
                    continue
                start = begin + len(cue)
                end = first_of(form, _OPENING_ENDS, start)
                if end >= 0 and not form[start:end].strip(" :：】]）)"):
                    end = first_of(form, _OPENING_ENDS, end + 1)  # a heading: its list is the next line
                spans.append((begin, end if end >= 0 else len(form)))
            at = form.find(anchor, at + 1)
    if len(spans) < 2:
        return tuple(spans)
    spans.sort()
    out = [spans[0]]
    for start, end in spans[1:]:  # cues inside one another ("同时招" in "同时招聘"): one span
        if start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)


def extract_platforms(title: object, description: object, tags: object = None) -> list[str]:
    """Sorted platform slugs found in the title, the description and the tags."""
    slugs: set[str] = set()
    for text, part in ((as_text(title), "title"), (as_text(description), "body"), (tags_text(tags), "title")):
        if text:
            sc = scan(text, part)
            hits = sc.of("platform")
            watched = _watched_spans(sc.text) if hits and part == "body" and "for " in sc.text else None
            others = other_openings(sc.text) if hits and part == "body" else None
            for h in hits:
                if h.start and sc.text[h.start - 1] == "非":
                    continue
                if watched and inside(h.start, watched):
                    continue
                if others and inside(h.start, others):
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
