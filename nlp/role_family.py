"""Role family of a posting, by its duties rather than its seniority (DESIGN.md ``role_family``).

The title decides first. Chinese job titles put the head noun last (广告销售 is a sales job, 销售运营 an
operations job), so among the function words found in the title (nlp/data/role_families.jsonl) the one
ending last wins, the longer on a tie (产品经理 → other, not 经理). Words that only state rank (经理, 主管,
总监) or are generic (助理, 专员, 项目经理) decide only when nothing else does: then the description's
duty words break the tie, and failing that the rank word's own family applies.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from nlp import taxonomy
from nlp.matcher import Hit, Scan, as_text, scan
from nlp.sections import inside

_ORDER = (
    "operations", "procurement", "marketing", "sales", "customer_service", "logistics", "design_content",
    "data_analytics", "engineering", "management", "other",
)  # fmt: skip


_BRACKETS = re.compile(r"[(\[【（][^)\]】）]*[)\]】）]")
# An English title names the job first and its setting after a comma or a spaced dash ("Sourcing Specialist,
# Cross-border E-commerce", "Buyer - Home & Garden").
_ENGLISH_SETTING = re.compile(r"(?:, | [-–—|] ).*")


def _outside_asides(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits outside (...) asides and an English title's setting, when there are any: "Java开发工程师(跨境电商)" is an
    engineering title."""
    spans = [m.span() for m in _BRACKETS.finditer(text)]
    if text.isascii() and (setting := _ENGLISH_SETTING.search(text)) is not None:
        spans.append(setting.span())
    if not spans:
        return hits
    outside = [h for h in hits if not inside(h.start, spans)]
    return outside or hits


@lru_cache(maxsize=1)
def _on_a_marketplace() -> tuple[dict[str, str], frozenset[str]]:
    """Title terms that name another family's work when the title names a marketplace, and the platforms (B2B
    ones) that do not make it one: a marketplace's account manager runs the seller's store there (guide G2)."""
    terms = {t: f["family"] for f in taxonomy.role_families() for t in f["marketplace_title_terms"]}
    return terms, frozenset(p for f in taxonomy.role_families() for p in f["not_marketplaces"])


def _head(hits: list[Hit]) -> Hit | None:
    if not hits:
        return None
    return max(hits, key=lambda h: (h.end, h.end - h.start, -_ORDER.index(h.id)))


def _title_head(t_scan: Scan) -> str | None:
    head = _head(_outside_asides(t_scan.text, t_scan.of("role_title")))
    if head is None:
        return None
    terms, not_marketplaces = _on_a_marketplace()
    if head.term in terms and any(p.id not in not_marketplaces for p in t_scan.of("platform")):
        return terms[head.term]
    return head.id


@lru_cache(maxsize=256)  # asked by relevance and skills for each posting's title
def title_family(title: str | None) -> str | None:
    """The family the title's function words give, or None when the title names no function."""
    return _title_head(scan(as_text(title), "title"))


def classify_role(title: object, description: object) -> str:
    """One of operations, procurement, marketing, sales, customer_service, logistics, design_content,
    data_analytics, engineering, management, other."""
    t_scan = scan(as_text(title), "title")
    strong = _title_head(t_scan)
    if strong is not None:
        return strong
    counts = Counter(h.id for h in scan(as_text(description), "duties").of("role_desc"))
    counts.pop("management", None)  # managing a team is seniority, not a function
    if counts:
        top = max(counts.values())
        return next(f for f in _ORDER if counts.get(f) == top)
    weak = _head(t_scan.of("role_weak"))
    return weak.id if weak is not None else "other"
