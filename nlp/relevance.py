"""Is a posting a cross-border e-commerce / export-trade job? (DESIGN.md "Relevance", binding.)

A job is cross-border when its own duties sell, operate, market, source, ship, design for or serve customers
of cross-border e-commerce or export trade. So: a title in an unrelated function (software, finance, HR,
admin) never is, whoever the employer; otherwise weighted signals add up (nlp/data/relevance.json):
title terms and
marketplaces named in the title weigh most, duty terms and marketplaces in the description next, the company
and industry fields a little and never enough alone. Domestic-only e-commerce words (淘宝, 天猫, 京东,
拼多多) and selling SaaS, payments or courses to sellers weigh against.
"""

from __future__ import annotations

from collections import Counter

from nlp.matcher import as_text, scan, tags_text
from nlp.platforms import extract_platforms
from nlp.role_family import title_family
from nlp.taxonomy import relevance_config


def _weighted(
    text: str | None,
    kind: str,
    weights: dict[str, float],
    where: str,
    repeat: float = 0.0,
    strong: float = 0.0,
    part: str = "body",
) -> tuple[float, list[str]]:
    """Sum of the weights of the distinct terms found; a strong term said again adds ``repeat`` once."""
    counts = Counter(h.id for h in scan(text, part).of(kind))
    score = 0.0
    evidence: list[str] = []
    for term in sorted(counts):
        w = weights.get(term, 0.0)
        score += w + (repeat if w >= strong > 0 and counts[term] > 1 else 0.0)
        evidence.append(f"{where}:{term}" if w > 0 else f"{where}:-{term}")
    return score, evidence


def classify_relevance(
    title: str | None,
    description: str | None,
    tags: list[str] | None = None,
    company: str | None = None,
    industry: str | None = None,
) -> tuple[bool, list[str]]:
    """``(is_cross_border, evidence)``; evidence lists the deciding terms as "where:term" ("-" marks a term
    that weighed against), sorted."""
    cfg = relevance_config()
    title_s = as_text(title)
    t_scan = scan(title_s, "title")
    unrelated = t_scan.of("rel_unrelated_title_terms")
    if unrelated and not t_scan.of("rel_related_title_overrides"):
        return False, sorted({f"unrelated_title:{h.id}" for h in unrelated})

    score, evidence = _weighted(title_s, "rel_title_signals", cfg["title_signals"], "title", part="title")
    tag_text = tags_text(tags)
    tag_score, tag_ev = _weighted(tag_text, "rel_title_signals", cfg["title_signals"], "tags", part="title")
    score += min(tag_score, cfg["title_signals"].get("跨境", 3.0) / 2)  # tags are terse but often boilerplate
    evidence += tag_ev

    title_platforms = extract_platforms(title_s, None, None)
    score += cfg["platform_weight_title"] * len(title_platforms)
    evidence += [f"title:{p}" for p in title_platforms]

    desc = as_text(description)
    strong = cfg["strong_description_weight"]
    weights = cfg["description_signals"]
    d_score, d_ev = _weighted(
        desc, "rel_description_signals", weights, "description", cfg["repeat_bonus"], strong
    )
    desc_platforms = [p for p in extract_platforms(None, desc, None) if p not in title_platforms]
    d_score += cfg["platform_weight_description"] * len(desc_platforms)
    # A commerce function (operations, sales, marketing...) whose duties name cross-border work outright: the
    # convention counts it even when the description says so only once.
    has_strong = bool(desc_platforms) or any(
        weights.get(h.id, 0.0) >= strong for h in scan(desc).of("rel_description_signals")
    )
    if has_strong and title_family(title_s) in cfg["commerce_families"]:
        d_score += cfg["commerce_bonus"]
        d_ev.append("title:commerce_role")
    score += min(d_score, cfg["description_cap"])
    evidence += d_ev + [f"description:{p}" for p in desc_platforms]

    c_score = 0.0
    for where, text in (("company", as_text(company)), ("industry", as_text(industry))):
        s, ev = _weighted(text, "rel_company_signals", cfg["company_signals"], where)
        c_score += s
        evidence += ev
    score += min(c_score, cfg["company_cap"])

    decided = score >= cfg["threshold"]
    # A yes shows what spoke for it; a no shows what spoke against (or everything, when nothing did).
    against = [e for e in evidence if ":-" in e]
    kept = [e for e in evidence if ":-" not in e] if decided else against or evidence
    return decided, sorted(set(kept))
