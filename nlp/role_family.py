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

from nlp.matcher import Hit, as_text, scan
from nlp.sections import inside

_ORDER = (
    "operations", "procurement", "marketing", "sales", "customer_service", "logistics", "design_content",
    "data_analytics", "engineering", "management", "other",
)  # fmt: skip


_BRACKETS = re.compile(r"[(\[【（][^)\]】）]*[)\]】）]")


def _outside_brackets(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits outside (...) asides, when there are any: "Java开发工程师(跨境电商)" is an engineering title."""
    spans = [m.span() for m in _BRACKETS.finditer(text)]
    if not spans:
        return hits
    outside = [h for h in hits if not inside(h.start, spans)]
    return outside or hits


def _head(hits: list[Hit]) -> str | None:
    if not hits:
        return None
    return max(hits, key=lambda h: (h.end, h.end - h.start, -_ORDER.index(h.id))).id


@lru_cache(maxsize=256)  # asked by relevance and skills for each posting's title
def title_family(title: str | None) -> str | None:
    """The family the title's function words give, or None when the title names no function."""
    t_scan = scan(as_text(title), "title")
    return _head(_outside_brackets(t_scan.text, t_scan.of("role_title")))


def classify_role(title: object, description: object) -> str:
    """One of operations, procurement, marketing, sales, customer_service, logistics, design_content,
    data_analytics, engineering, management, other."""
    t_scan = scan(as_text(title), "title")
    strong = _head(_outside_brackets(t_scan.text, t_scan.of("role_title")))
    if strong is not None:
        return strong
    counts = Counter(h.id for h in scan(as_text(description), "duties").of("role_desc"))
    counts.pop("management", None)  # managing a team is seniority, not a function
    if counts:
        top = max(counts.values())
        return next(f for f in _ORDER if counts.get(f) == top)
    weak = _head(t_scan.of("role_weak"))
    return weak or "other"
