"""The cross-border term taxonomies: skills, platforms, languages, certificates, role families, relevance.

They are versioned data files in ``nlp/data`` read with importlib.resources, validated once, cached. Every
alias is stored in matching form: :func:`nlp.textnorm.normalize` then lowercased, so the matcher compares
like with like.
An alias is either a plain string or ``{"term": ..., "context_required": [...], "exclude_if": [...],
"window": N}`` when it is ambiguous on its own (AI as Illustrator, "wish" as an English word); ``"exclude_window": N``
searches the exclude_if terms that far instead (a context the whole ad may give, an exclusion only a near word does).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

# Defined outside the compiled modules (nlp/errors.py says why); re-exported here, where callers look for it.
from nlp.errors import TaxonomyError as TaxonomyError
from nlp.textnorm import normalize_lower

SKILL_CATEGORIES: tuple[str, ...] = (
    "platform_operations",
    "advertising",
    "content_social",
    "data_analysis",
    "ai_tools",
    "design",
    "erp_tools",
    "logistics",
    "procurement",
    "customer_service",
    "compliance",
    "foreign_trade",
    "engineering",
)

PLATFORM_SLUGS: tuple[str, ...] = (
    "amazon", "aliexpress", "alibaba_com", "made_in_china", "global_sources", "dhgate", "shopee", "lazada",
    "tiktok_shop", "temu", "shein", "ebay", "walmart", "wish", "etsy", "mercado_libre", "ozon", "wildberries",
    "allegro", "cdiscount", "rakuten", "coupang", "noon", "shopify", "independent_site",
)  # fmt: skip

ROLE_FAMILIES: tuple[str, ...] = (
    "operations", "procurement", "marketing", "sales", "customer_service", "logistics", "design_content",
    "data_analytics", "engineering", "management", "other",
)  # fmt: skip

LANGUAGE_LEVELS: tuple[str, ...] = (
    "cet4", "cet6", "tem4", "tem8", "jlpt_n1", "jlpt_n2", "jlpt_n3", "jlpt_n4", "jlpt_n5",
    "topik_1", "topik_2", "topik_3", "topik_4", "topik_5", "topik_6",
    "native", "fluent", "proficient", "basic",
)  # fmt: skip

DEFAULT_WINDOW = 30  # characters either side of a hit searched for context_required / exclude_if terms


@lru_cache(maxsize=1024)  # several extractors ask for the same description's form
def match_form(text: str) -> str:
    """The form every alias and every searched text takes: normalised, lowercased."""
    return normalize_lower(text)


@dataclass(frozen=True)
class Alias:
    """One surface form of a concept, with the context rules that make an ambiguous form count."""

    term: str
    context_required: tuple[str, ...] = ()
    exclude_if: tuple[str, ...] = ()
    window: int = DEFAULT_WINDOW
    # Characters either side searched for the exclude_if terms when they differ from the context's window (-1: the
    # same): "开发客户" needs a foreign market anywhere in the ad, but only a 卖家 beside it makes them sellers.
    exclude_window: int = -1

    @property
    def conditional(self) -> bool:
        """True when the alias only counts in context (so it may share its surface with another concept)."""
        return bool(self.context_required or self.exclude_if)


@dataclass(frozen=True)
class Concept:
    """A taxonomy entry: an id, its display names, a category (or kind), aliases and blockers."""

    id: str
    name_zh: str
    name_en: str
    category: str
    aliases: tuple[Alias, ...]
    blockers: tuple[str, ...] = ()  # longer forms that contain an alias but mean something else (亚马逊云)
    collides_with: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def _parse_alias(raw: Any, where: str) -> Alias:
    if isinstance(raw, str):
        term = match_form(raw)
        if not term:
            raise TaxonomyError(f"{where}: empty alias")
        return Alias(term)
    if isinstance(raw, dict) and isinstance(raw.get("term"), str):
        term = match_form(raw["term"])
        if not term:
            raise TaxonomyError(f"{where}: empty alias")
        return Alias(
            term,
            tuple(match_form(t) for t in raw.get("context_required", [])),
            tuple(match_form(t) for t in raw.get("exclude_if", [])),
            int(raw.get("window", DEFAULT_WINDOW)),
            int(raw.get("exclude_window", -1)),
        )
    raise TaxonomyError(f"{where}: alias must be a string or an object with 'term', got {raw!r}")


def _read_jsonl(name: str) -> list[dict[str, Any]]:
    text = resources.files("nlp.data").joinpath(name).read_text(encoding="utf-8")
    rows: list[dict[str, Any]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TaxonomyError(f"{name}:{lineno}: {exc}") from exc
        if not isinstance(row, dict):
            raise TaxonomyError(f"{name}:{lineno}: not an object")
        row["_where"] = f"{name}:{lineno}"
        rows.append(row)
    return rows


def _concept(row: dict[str, Any], id_key: str, category: str) -> Concept:
    where = row["_where"]
    cid = row.get(id_key)
    if not isinstance(cid, str) or not cid:
        raise TaxonomyError(f"{where}: missing {id_key}")
    aliases = tuple(_parse_alias(a, where) for a in row.get("aliases", []))
    if not aliases:
        raise TaxonomyError(f"{where}: {cid} has no aliases")
    extra = {k: v for k, v in row.items() if not k.startswith("_")}
    return Concept(
        id=cid,
        name_zh=str(row.get("name_zh", "")),
        name_en=str(row.get("name_en", "")),
        category=category,
        aliases=aliases,
        blockers=tuple(match_form(b) for b in row.get("blockers", [])),
        collides_with=tuple(row.get("collides_with", [])),
        extra=extra,
    )


def check_collisions(concepts: list[Concept] | tuple[Concept, ...], what: str) -> None:
    """Raise when two concepts share an unconditional alias without declaring it in ``collides_with``."""
    owners: dict[str, list[Concept]] = {}
    for c in concepts:
        for a in c.aliases:
            if not a.conditional:
                owners.setdefault(a.term, []).append(c)
    for term, cs in owners.items():
        ids = {c.id for c in cs}
        if len(ids) < 2:
            continue
        for c in cs:
            undeclared = ids - {c.id} - set(c.collides_with)
            if undeclared and not any(c.id in o.collides_with for o in cs if o.id in undeclared):
                raise TaxonomyError(f"{what}: alias {term!r} shared by {sorted(ids)} without collides_with")


def _unique(concepts: list[Concept], what: str) -> None:
    seen: set[str] = set()
    for c in concepts:
        if c.id in seen:
            raise TaxonomyError(f"{what}: duplicate id {c.id}")
        seen.add(c.id)


def check_references(concepts: Sequence[Concept], what: str) -> None:
    """Raise TaxonomyError when a concept's rule keys name what is not there: "yields_to" / "title_yields_to" ids,
    a "weak_beside" rule's ids and terms (its terms must be the concept's own aliases), "firm_terms" (aliases of
    a concept that yields), and "title_gates" (their terms must be the concept's aliases)."""
    known = {c.id for c in concepts}
    for c in concepts:
        for key in ("yields_to", "title_yields_to"):
            unknown = set(c.extra.get(key, ())) - known
            if unknown:
                raise TaxonomyError(f"{what}: {c.id}: {key} names unknown ids {sorted(unknown)}")
        firm = c.extra.get("firm_terms")
        if firm:
            aliases = {match_form(a if isinstance(a, str) else a["term"]) for a in c.extra.get("aliases", ())}
            if not c.extra.get("yields_to") or not {match_form(t) for t in firm} <= aliases:
                raise TaxonomyError(f"{what}: {c.id}: firm_terms need yields_to and must be the concept's aliases")
        for rule in c.extra.get("title_gates", ()):
            aliases = {match_form(a if isinstance(a, str) else a["term"]) for a in c.extra.get("aliases", ())}
            named = rule.get("titles") or rule.get("not_titles")
            if not named or not {match_form(t) for t in rule["terms"]} <= aliases:
                raise TaxonomyError(f"{what}: {c.id}: title_gates need titles or not_titles and terms that are aliases")
        gate = c.extra.get("weak_beside")
        if gate:
            aliases = {match_form(a if isinstance(a, str) else a["term"]) for a in c.extra.get("aliases", ())}
            if not set(gate["ids"]) <= known or not {match_form(t) for t in gate["terms"]} <= aliases:
                raise TaxonomyError(f"{what}: {c.id}: weak_beside names unknown ids or terms that are no alias")


@lru_cache(maxsize=1)
def skills() -> tuple[Concept, ...]:
    """The skill concepts, validated: unique ids, known categories, no undeclared alias collisions, rule keys that
    name known ids (check_references)."""
    out: list[Concept] = []
    for row in _read_jsonl("skills.jsonl"):
        cat = row.get("category")
        if cat not in SKILL_CATEGORIES:
            raise TaxonomyError(f"{row['_where']}: unknown category {cat!r}")
        if not str(row.get("id", "")).startswith("skill:"):
            raise TaxonomyError(f"{row['_where']}: skill ids start with 'skill:'")
        out.append(_concept(row, "id", str(cat)))
    _unique(out, "skills")
    check_collisions(out, "skills")
    check_references(out, "skills")
    return tuple(out)


@lru_cache(maxsize=1)
def platforms() -> tuple[Concept, ...]:
    """The platform concepts, one per DESIGN.md slug (id = slug)."""
    out = [_concept(row, "slug", "platform") for row in _read_jsonl("platforms.jsonl")]
    _unique(out, "platforms")
    unknown = {c.id for c in out} - set(PLATFORM_SLUGS)
    missing = set(PLATFORM_SLUGS) - {c.id for c in out}
    if unknown or missing:
        raise TaxonomyError(f"platforms: unknown slugs {sorted(unknown)}, missing {sorted(missing)}")
    check_collisions(out, "platforms")
    return tuple(out)


@lru_cache(maxsize=1)
def language_entries() -> tuple[Concept, ...]:
    """Language vocabulary: languages (category "language", id = ISO code), certificate levels ("level", id =
    level, extra["code"] = the language it implies), plain levels ("qualifier"), and the words that mark a
    language as only preferred ("preferred") or not needed ("negation")."""
    out: list[Concept] = []
    for row in _read_jsonl("languages.jsonl"):
        kind = row.get("type")
        if kind == "language":
            out.append(_concept(row, "code", "language"))
        elif kind in ("level", "qualifier"):
            if row.get("level") not in LANGUAGE_LEVELS:
                raise TaxonomyError(f"{row['_where']}: unknown level {row.get('level')!r}")
            c = _concept(row, "level", str(kind))
            out.append(c)
        elif kind in ("preferred", "negation"):
            row.setdefault("id", kind)
            out.append(_concept(row, "id", str(kind)))
        else:
            raise TaxonomyError(f"{row['_where']}: unknown type {kind!r}")
    _unique([c for c in out if c.category == "language"], "languages")
    return tuple(out)


@lru_cache(maxsize=1)
def certificates() -> tuple[Concept, ...]:
    """Certificate concepts (id such as "cet4", "1x_cross_border_ecommerce_data_analysis")."""
    rows = _read_jsonl("certificates.jsonl")
    out = [_concept(row, "id", str(row.get("kind", "certificate"))) for row in rows]
    _unique(out, "certificates")
    check_collisions(out, "certificates")
    return tuple(out)


@lru_cache(maxsize=1)
def ai_terms() -> tuple[Concept, ...]:
    """AI vocabulary for ai_mention: category "use_tools", "build_ai" or "vague" (nlp/data/ai_terms.jsonl)."""
    out: list[Concept] = []
    for row in _read_jsonl("ai_terms.jsonl"):
        ctx = row.get("context")
        if ctx not in ("use_tools", "build_ai", "vague"):
            raise TaxonomyError(f"{row['_where']}: unknown context {ctx!r}")
        out.append(_concept(row, "id", str(ctx)))
    _unique(out, "ai_terms")
    return tuple(out)


# Role-family close-call lists (nlp/role_family.py), each held by one family's row (empty in the others).
ROLE_CLOSE_CALL_LISTS = (
    "channel_title_terms", "promotable_heads", "promotion_duty_terms", "own_platform_duty_terms",
    "own_object_title_terms", "goods_product_heads", "goods_development_duty_terms", "software_product_duty_terms",
    "domain_yielding_terms", "store_sales_heads", "social_channel_title_terms", "front_desk_heads",
    "guest_service_terms", "guest_stay_duty_terms", "field_sales_heads",
    "setting_clerk_heads", "solution_heads", "presales_duty_terms", "delivery_duty_terms",
)  # fmt: skip


@lru_cache(maxsize=1)
def role_families() -> tuple[dict[str, Any], ...]:
    """Role-family term lists: {family, title_terms, weak_title_terms, description_terms, blockers,
    product_domain_categories, product_domain_exempt, product_domain_builder_categories, product_domain_user_titles,
    product_domain_business_titles, marketplace_title_terms, not_marketplaces} and the close-call
    lists nlp/role_family.py reads (channel_title_terms, promotable_heads, promotion_duty_terms,
    own_platform_duty_terms, own_object_title_terms, goods_product_heads, goods_development_duty_terms,
    software_product_duty_terms, domain_yielding_terms, store_sales_heads, social_channel_title_terms, front_desk_heads,
    guest_service_terms, guest_stay_duty_terms, field_sales_heads,
    setting_clerk_heads, solution_heads, presales_duty_terms, delivery_duty_terms; empty where a
    family has none). The
    marketplace terms are other families' title words that mean this family's work when the title names a
    marketplace other than the not_marketplaces (B2B sites). The categories name the skill categories that, in this
    family's postings, describe the product the hire builds rather than their skills (an engineer's "shipment
    tracking" service); the exempt ids of those categories name work any hire may do (竞品分析). The builder
    categories (ERP and seller tools) are the product only for a hire who builds or tests it: a title with one of the
    user titles (实施, 运维, 技术支持) implements, runs or supports the tool, which is using it (R74). A title with one
    of the business titles (ERP实施, ERP系统管理员) implements or runs a seller ERP in the sellers' terms: the seller
    business it is asked to know (FBA, 海外仓, 物流渠道设置) is its own know-how, no id is the product's (R108, R95)."""
    rows = _read_jsonl("role_families.jsonl")
    out: list[dict[str, Any]] = []
    for row in rows:
        fam = row.get("family")
        if fam not in ROLE_FAMILIES:
            raise TaxonomyError(f"{row['_where']}: unknown family {fam!r}")
        unknown = set(row.get("product_domain_categories", [])) - set(SKILL_CATEGORIES)
        if unknown:
            raise TaxonomyError(f"{row['_where']}: unknown skill categories {sorted(unknown)}")
        unknown = set(row.get("product_domain_builder_categories", [])) - set(row.get("product_domain_categories", []))
        if unknown:
            raise TaxonomyError(f"{row['_where']}: builder categories outside the product domain {sorted(unknown)}")
        unknown = set(row.get("product_domain_exempt", [])) - {c.id for c in skills()}
        if unknown:
            raise TaxonomyError(f"{row['_where']}: unknown skill ids {sorted(unknown)}")
        unknown = set(row.get("not_marketplaces", [])) - {p.id for p in platforms()}
        if unknown:
            raise TaxonomyError(f"{row['_where']}: unknown platform slugs {sorted(unknown)}")
        out.append(
            {
                "family": fam,
                "title_terms": tuple(match_form(t) for t in row.get("title_terms", [])),
                "weak_title_terms": tuple(match_form(t) for t in row.get("weak_title_terms", [])),
                "description_terms": tuple(match_form(t) for t in row.get("description_terms", [])),
                "blockers": tuple(match_form(t) for t in row.get("blockers", [])),
                "product_domain_categories": frozenset(row.get("product_domain_categories", [])),
                "product_domain_exempt": frozenset(row.get("product_domain_exempt", [])),
                "product_domain_builder_categories": frozenset(row.get("product_domain_builder_categories", [])),
                "product_domain_user_titles": tuple(match_form(t) for t in row.get("product_domain_user_titles", [])),
                "product_domain_business_titles": tuple(
                    match_form(t) for t in row.get("product_domain_business_titles", [])
                ),
                "marketplace_title_terms": tuple(match_form(t) for t in row.get("marketplace_title_terms", [])),
                "not_marketplaces": frozenset(row.get("not_marketplaces", [])),
                **{key: tuple(match_form(t) for t in row.get(key, [])) for key in ROLE_CLOSE_CALL_LISTS},
            }
        )
    check_marketplace_terms(out)
    return tuple(out)


def check_marketplace_terms(families: Sequence[dict[str, Any]]) -> None:
    """Raise TaxonomyError when a family's marketplace_title_terms holds a word no family lists as a title term:
    only a title term can be a title's head, so any other would never apply."""
    titles = {t for fam in families for t in fam["title_terms"]}
    for fam in families:
        unmatched = sorted(set(fam["marketplace_title_terms"]) - titles)
        if unmatched:
            raise TaxonomyError(f"role families: {fam['family']}: marketplace terms {unmatched} are no title terms")


@lru_cache(maxsize=1)
def relevance_config() -> dict[str, Any]:
    """Relevance signal terms and weights (nlp/data/relevance.json), terms put in matching form."""
    raw = json.loads(resources.files("nlp.data").joinpath("relevance.json").read_text(encoding="utf-8"))
    cfg: dict[str, Any] = {"threshold": float(raw["threshold"])}
    for key, value in raw.items():
        if isinstance(value, dict) and key != "weights":
            cfg[key] = {match_form(t): float(w) for t, w in value.items()}
        elif isinstance(value, list):
            cfg[key] = tuple(match_form(t) for t in value)
        elif key not in cfg:
            cfg[key] = value
    return cfg
