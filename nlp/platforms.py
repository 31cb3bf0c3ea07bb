"""Marketplaces named in a posting (DESIGN.md "Platforms"): sorted slugs (amazon, shopee, independent_site).

Every marketplace named as a sales channel or as required experience counts, the employer's own channels
included. The boundary and context rules live in nlp/data/platforms.jsonl: Amazon Web Services is not Amazon,
"wish" and "noon" need a shop context, "ozon" is not found inside "ozone", 独立站/DTC wording gives
independent_site while Shopify is its own slug. A name right after 非 is denied ("国内店铺，非Temu岗位").
"""

from __future__ import annotations

from nlp.matcher import as_text, scan, tags_text


def extract_platforms(title: object, description: object, tags: object = None) -> list[str]:
    """Sorted platform slugs found in the title, the description and the tags."""
    slugs: set[str] = set()
    for text, part in ((as_text(title), "title"), (as_text(description), "body"), (tags_text(tags), "title")):
        if text:
            sc = scan(text, part)
            for h in sc.of("platform"):
                if not (h.start and sc.text[h.start - 1] == "非"):
                    slugs.add(h.id)
    return sorted(slugs)
