"""Deterministic synthetic job postings for the embedded demo board, each with the truth an extractor
should find.

``generate_postings(n, seed)`` returns :class:`DemoPosting` objects. Posting ``i`` depends only on
``(seed, i)``
(its own ``random.Random``), so a larger board extends a smaller one. The vocabularies (roles, locations, size
bands, languages, platforms, simple fields) are data files under ``crawlers/demo_board/data``; this module
only
assembles them. Texts are written so the truth is what a careful annotator following DESIGN.md would mark:
every platform name written into a posting adds its slug; education and experience appear in the description
only when their own field is empty; a posting never mentions a language it does not ask for.
"""

from __future__ import annotations

import gc
import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import Any

from crawlers.demo_board import salaries
from pipeline.records import RAW_FIELDS

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_EPOCH = date(2025, 1, 1)
_DATE_SPAN_DAYS = 669  # 2025-01-01 .. 2026-10-31: enough months for trend indicators
# Pool sizes: see make_posting for how a posting picks its company.
_COMPANY_POOLS = {"cb": 6000, "domestic": 2000, "saas": 2000, "factory": 2000}


@dataclass(frozen=True)
class DemoPosting:
    """One demo posting.

    raw: the raw-posting record exactly as the spider lands it, minus ``url`` and ``scraped_at``.
    truth: what the extractors should produce for it (DESIGN.md vocabularies and the team conventions).
    markup: how the board renders the posting (JSON-LD or microdata, structured salary/size); not for
    extractors.
    """

    raw: dict[str, Any]
    truth: dict[str, Any]
    markup: dict[str, Any] = field(default_factory=dict)


def _load(name: str) -> Any:
    return json.loads(
        resources.files("crawlers.demo_board").joinpath("data", name).read_text(encoding="utf-8")
    )


@dataclass(frozen=True)
class _Vocab:
    roles: list[dict[str, Any]]
    role_weights: list[float]
    emp_weights: list[float]
    edu_weights: list[float]
    exp_weights: list[float]
    locations: list[dict[str, Any]]
    location_weights: list[float]
    bands: list[dict[str, Any]]
    band_weights: list[float]
    platforms: dict[str, list[str]]
    languages: dict[str, Any]
    fields: dict[str, Any]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    roles = _load("roles.json")["roles"]
    locs = _load("locations.json")["locations"]
    bands = _load("sizes.json")["bands"]
    fields = _load("fields.json")
    return _Vocab(
        roles=roles,
        role_weights=list(accumulate(r["w"] for r in roles)),
        emp_weights=list(accumulate(e["w"] for e in fields["employment"])),
        edu_weights=list(accumulate(e["w"] for e in fields["education"])),
        exp_weights=list(accumulate(e["w"] for e in fields["experience"])),
        locations=locs,
        location_weights=list(accumulate(loc["w"] for loc in locs)),
        bands=bands,
        band_weights=[b["w"] for b in bands],
        platforms=_load("platforms.json")["platforms"],
        languages=_load("languages.json")["languages"],
        fields=fields,
    )


@dataclass(frozen=True)
class _Company:
    name: str
    kind: str  # cb | domestic | saas | factory
    band: dict[str, Any] | None
    company_type: str
    industry: str
    location: int
    year: int
    product: str
    markets: str
    channels: tuple[str, ...]
    hq: str
    branch: str


@lru_cache(maxsize=4)
def _companies(seed: int) -> dict[str, list[_Company]]:
    """Company pools for a seed (independent of n, so posting i stays the same whatever n is)."""
    v = _vocab()
    f = v.fields
    rng = random.Random(f"{seed}:companies")
    pools: dict[str, list[_Company]] = {}
    brands: set[str] = set()  # one brand per company: a shared brand would read as one group's reposts
    for kind, size in _COMPANY_POOLS.items():
        pool = []
        for _ in range(size):
            suffix = rng.choice(f[f"suffix_{kind}"])
            brand = rng.choice(f["brand_words"]) + rng.choice(f["brand_words"])
            while brand in brands:
                brand += rng.choice(f["brand_words"])
            brands.add(brand)
            name = rng.choice(f["city_prefixes"]) + brand + suffix
            band = None if rng.random() < 0.05 else rng.choices(v.bands, v.band_weights)[0]
            industry_key = {
                "cb": "industries_cb",
                "domestic": "industries_domestic",
                "saas": "industries_saas",
                "factory": "industries_factory",
            }[kind]
            channels: tuple[str, ...] = ()
            if kind == "cb" and rng.random() < 0.35:
                channels = tuple(
                    rng.sample(
                        [
                            "amazon",
                            "ebay",
                            "walmart",
                            "aliexpress",
                            "shopee",
                            "temu",
                            "etsy",
                            "wish",
                            "wildberries",
                            "dhgate",
                        ],
                        rng.randint(1, 3),
                    )
                )
            hq, branch = rng.sample(f["hq_cities"], 2)
            pool.append(
                _Company(
                    name=name,
                    kind=kind,
                    band=band,
                    company_type=rng.choice(f["company_types"]),
                    industry=rng.choice(f[industry_key]),
                    location=rng.choices(range(len(v.locations)), cum_weights=v.location_weights)[0],
                    year=rng.randint(2008, 2022),
                    product=rng.choice(f["products"]),
                    markets="、".join(rng.sample(f["markets"], 2)),
                    channels=channels,
                    hq=hq,
                    branch=branch,
                )
            )
        pools[kind] = pool
    return pools


class _Writer:
    """Fills templates for one posting and records every platform and language it writes."""

    def __init__(self, rng: random.Random, values: dict[str, str], platforms_named: set[str]) -> None:
        self.rng = rng
        self.values = values
        self.platforms = platforms_named
        self.slot_slugs: dict[str, str] = {}

    def usable(self, template: str) -> bool:
        return all(k in self.values for k in _keys(template))

    def fill(self, template: str) -> str:
        keys = _keys(template)
        if not keys:
            return template
        for key in keys:
            if key in self.slot_slugs:
                self.platforms.add(self.slot_slugs[key])
            template = template.replace("{" + key + "}", self.values[key])
        return template


@lru_cache(maxsize=4096)
def _keys(template: str) -> tuple[str, ...]:
    """Placeholder names in a template (cached: templates are few, postings many)."""
    return tuple(dict.fromkeys(_PLACEHOLDER.findall(template)))


def _pick_lines(rng: random.Random, pool: list[str], w: _Writer, k_min: int, k_max: int) -> list[str]:
    usable = [t for t in pool if w.usable(t)]
    k = min(len(usable), rng.randint(k_min, k_max))
    chosen = rng.sample(usable, k)
    chosen.sort(key=usable.index)  # keep the template's natural order
    return [w.fill(t) for t in chosen]


def _language_line(rng: random.Random, lang: dict[str, Any], required: bool) -> tuple[str, str | None, str]:
    """(sentence, level, short label for language_raw) for one language, required or only preferred."""
    name = lang["names"][0] if rng.random() < 0.7 else rng.choice(lang["names"])
    if rng.random() < 0.25:  # no level stated
        if required:
            return f"工作中需要使用{name}与客户沟通", None, name
        return rng.choice([f"会{name}者优先", f"懂{name}加分"]), None, name
    var = rng.choice(lang["variants"])
    t = var["t"]
    if var["kind"] == "cert":
        if required:
            s = rng.choice([f"{t}及以上，能够与海外客户顺畅沟通", f"持{t}证书", f"外语要求：{t}以上"])
        else:
            s = rng.choice([f"有{t}证书者优先", f"{t}以上优先"])
    else:
        s = f"{t}，能独立处理邮件往来" if required else f"{t}者优先"
    return s, var["level"], t


def _languages(
    rng: random.Random, role: dict[str, Any], title_lang: str | None, v: _Vocab
) -> tuple[list[str], list[dict[str, Any]], str | None]:
    """Requirement sentences, truth languages and the language_raw field (or None)."""
    wanted: list[tuple[str, bool]] = []
    mode = role["lang"]
    if mode == "title" and title_lang:
        wanted.append((title_lang, True))
        if title_lang != "en" and rng.random() < 0.4:
            wanted.append(("en", rng.random() < 0.5))
    elif mode == "en_req":
        alt = role.get("alt_langs")
        if alt and rng.random() < 0.25:
            wanted.append((rng.choice(alt), True))
        else:
            wanted.append(("en", True))
    elif mode == "en_opt":
        r = rng.random()
        if r < 0.45:
            wanted.append(("en", True))
        elif r < 0.75:
            wanted.append(("en", False))
    if role.get("pref_langs") and rng.random() < 0.3:
        wanted.append((rng.choice(role["pref_langs"]), False))
    lines: list[str] = []
    truth: list[dict[str, Any]] = []
    raw_parts: list[str] = []
    for code, required in wanted:
        sentence, level, label = _language_line(rng, v.languages[code], required)
        lines.append(sentence)
        truth.append({"code": code, "level": level, "required": required})
        if required:
            raw_parts.append(label)
    truth.sort(key=lambda d: d["code"])
    language_raw: str | None = None
    if raw_parts and rng.random() < 0.4:
        language_raw = "，".join(raw_parts)
    elif not wanted and mode == "none" and rng.random() < 0.3:
        language_raw = "英语不限"
    return lines, truth, language_raw


def _blurb(rng: random.Random, company: _Company, role: dict[str, Any], w: _Writer, v: _Vocab) -> str:
    if company.kind == "domestic":
        s = f"{company.name}是一家专注{company.product}的品牌企业，深耕淘宝、天猫、京东等国内电商渠道多年。"
        if rng.random() < 0.4:
            s += "近年来公司也在拓展外贸出口业务，发展势头良好。"
        return s
    if company.kind == "saas":
        return (
            f"{company.name}是一家为跨境电商卖家提供ERP、物流和收款解决方案的SaaS服务商，"
            f"服务卖家超过{rng.randint(2, 9)}万家。"
        )
    if company.kind == "factory":
        return (
            f"{company.name}是一家集研发、生产和外贸出口于一体的{company.product}制造企业，拥有自营进出口权。"
        )
    s = (
        f"{company.name}成立于{company.year}年，是一家专注跨境电商的企业，主营{company.product}，"
        f"产品销往{company.markets}等{rng.choice([20, 30, 50])}多个国家和地区。"
    )
    if company.channels and role.get("company") != "cb_plain":
        names = [rng.choice(v.platforms[slug]) for slug in company.channels]
        w.platforms.update(company.channels)
        s += f"公司在{'、'.join(names)}等平台开设品牌店铺，年销售额稳步增长。"
    if rng.random() < 0.5:
        s += f"总部位于{company.hq}，在{company.branch}设有运营中心。"
    return s


def _numbered(rng: random.Random, lines: list[str]) -> list[str]:
    style = rng.randrange(3)
    out = []
    for i, line in enumerate(lines, 1):
        prefix = (f"{i}、", f"{i}. ", f"（{i}）")[style]
        out.append(prefix + line.rstrip("。；;") + "；")
    if out:
        out[-1] = out[-1][:-1] + "。"
    return out


def make_posting(i: int, seed: int = 42) -> DemoPosting:
    """Posting number ``i`` (0-based) of the board with ``seed``."""
    v = _vocab()
    f = v.fields
    rng = random.Random(f"{seed}:{i}")
    role = rng.choices(v.roles, cum_weights=v.role_weights)[0]
    pool_kind = {"domestic": "domestic", "saas": "saas", "factory": "factory"}.get(
        role.get("company", "cb"), "cb"
    )
    pool = _companies(seed)[pool_kind]
    rng.choice(pool)  # drawn and discarded: the draws after it stay as they were when it picked the company
    # Posting i's company is the (i·7919 mod size)-th of its pool (7919 is prime, coprime with every pool size):
    # two postings share a company only when their indexes differ by a multiple of the pool size, so a board of
    # up to 2,000 postings never carries an accidental repost (same company, title and city), which the
    # warehouse would rightly merge.
    company = pool[(i * 7919) % len(pool)]

    # Employment type: seniors and engineers are hired full time.
    if role["id"] in ("ops_lead", "java_dev", "accountant"):
        emp = f["employment"][0] if rng.random() < 0.9 else f["employment"][3]
    else:
        emp = rng.choices(f["employment"], cum_weights=v.emp_weights)[0]

    # Placeholder values and the platform each slot names.
    platforms_named: set[str] = set()
    values: dict[str, str] = {"M": rng.choice(f["markets"]), "product": company.product}
    slot_slugs: dict[str, str] = {}
    title_lang: str | None = None
    if "pairs" in role:
        code, slug, market = rng.choice(role["pairs"])
        title_lang, values["M"] = code, market
        slot_slugs["P"] = slug
    elif role.get("platform") and rng.random() < role.get("platform_p", 1.0):
        slot_slugs["P"] = rng.choice(role["platform"])
    if role.get("title_langs"):
        title_lang = rng.choice(role["title_langs"])
    if "P" in slot_slugs and role.get("p2") and rng.random() < 0.25:
        options = [s for s in role["p2"] if s != slot_slugs["P"]]
        slot_slugs["P2"] = rng.choice(options)
    for slot, slug in slot_slugs.items():
        values[slot] = rng.choice(v.platforms[slug])
    if title_lang:
        values["L"] = v.languages[title_lang]["names"][0]
    w = _Writer(rng, values, platforms_named)
    w.slot_slugs = slot_slugs

    title = w.fill(rng.choice([t for t in role["titles"] if w.usable(t)]))
    title += emp["title"]

    duties = [w.fill(t) for t in role.get("fixed_duties", [])]
    platforms_named.update(role.get("fixed_platforms", []))
    duties += _pick_lines(rng, role["duties"], w, 4, 6)
    # A named platform must appear at least once in the text when the title did not name it.
    if "P" in slot_slugs and slot_slugs["P"] not in platforms_named:
        duties.insert(0, w.fill(next(t for t in role["duties"] if "{P}" in t)))

    raw: dict[str, Any] = {
        "source": "demo",
        "source_id": f"demo-{i + 1:06d}",
        "title": title,
        "company": company.name,
    }
    reqs: list[str] = []
    # Education and experience: the field, or (when the field is empty) a line in the requirements.
    if rng.random() < 0.06:
        e = rng.choice(f["education_in_text"])
        reqs.append(e["text"])
        education = e["truth"]
    else:
        e = rng.choices(f["education"], cum_weights=v.edu_weights)[0]
        raw["education_raw"] = e["raw"]
        education = e["truth"]
    junior = bool({"internship", "campus"} & set(emp["truth"]))
    if rng.random() < 0.06 and not junior:
        x = rng.choice(f["experience_in_text"])
        n = rng.randint(1, 5)
        reqs.append(x["text"].format(n=n))
        experience = {"min_years": n if x["min"] == "n" else x["min"], "max_years": x["max"]}
    else:
        x = (
            rng.choice(f["experience_junior"])
            if junior
            else rng.choices(f["experience"], cum_weights=v.exp_weights)[0]
        )
        raw["experience_raw"] = x["raw"]
        experience = {"min_years": x["min"], "max_years": x["max"]}
    reqs += _pick_lines(rng, role["reqs"], w, 2, 5)
    lang_lines, languages, language_raw = _languages(rng, role, title_lang, v)
    reqs += lang_lines
    reqs += rng.sample(f["soft_reqs"], rng.randint(1, 2))
    if emp["line"]:
        reqs.append(emp["line"])

    blurb = _blurb(rng, company, role, w, v)
    tags = rng.sample(f["benefit_tags"], rng.randint(2, 5))
    if "P" in slot_slugs and rng.random() < 0.3:
        tags.insert(0, values["P"])

    # Description: duties, requirements, company, benefits; padded with culture lines to 600+ characters.
    head_d = rng.choice(["岗位职责：", "工作内容：", "【岗位职责】"])
    head_r = rng.choice(["任职要求：", "岗位要求：", "【任职资格】"])
    head_c = rng.choice(["公司介绍：", "关于我们：", "【公司简介】"])
    parts = [head_d, *_numbered(rng, duties), head_r, *_numbered(rng, reqs), head_c, blurb]
    extras = rng.sample(f["benefit_lines"], 5) + rng.sample(f["culture_lines"], len(f["culture_lines"]))
    length = sum(len(p) for p in parts)
    for line in extras:
        if length >= 620:
            break
        parts.append(line)
        length += len(line)
    description = "\n".join(parts)

    # Location.
    loc_index = (
        company.location
        if rng.random() < 0.85
        else rng.choices(range(len(v.locations)), cum_weights=v.location_weights)[0]
    )
    loc = v.locations[loc_index]
    overseas = loc["country"] not in (None, "CN")

    # Salary: text in many formats, or (20%) a structured MonetaryAmount.
    lo, hi = salaries.monthly_band(rng, (role["salary"][0], role["salary"][1]))
    markup: dict[str, Any] = {"format": "microdata" if rng.random() < 0.1 else "jsonld"}
    if rng.random() < 0.2 and not ({"part_time", "internship"} & set(emp["truth"])):
        (salary_raw, salary), markup["salary"] = salaries.structured_salary(rng, lo, hi, usd=overseas)
    elif overseas and rng.random() < 0.6:
        salary_raw, salary = salaries.usd_salary(rng)
    else:
        salary_raw, salary = salaries.text_salary(rng, lo, hi, emp["truth"])

    # Company size: band text, or a QuantitativeValue the spider renders back as "A-B人" / "A人以上".
    band = company.band
    if band is not None:
        m = re.fullmatch(r"(\d+)-(\d+)人|(\d+)人以上", band["raw"])
        if m and rng.random() < 0.3:
            markup["employees"] = {"min": band["min"], "max": band["max"]}
        raw["company_size_raw"] = band["raw"]
        company_size = {
            "min_employees": band["min"],
            "max_employees": band["max"],
            "size_class": band["class"],
        }
    else:
        company_size = {"min_employees": None, "max_employees": None, "size_class": "unknown"}
    markup["credential"] = "education_raw" in raw and rng.random() < 0.3

    raw["company_type_raw"] = company.company_type
    raw["industry_raw"] = company.industry
    if loc["raw"]:
        raw["location_raw"] = loc["raw"]
    if loc["addr"]:
        raw["address_raw"] = (
            f"{loc['addr']}{rng.randint(1, 399)}号{rng.choice(['', 'A座', 'B栋', '创业大厦'])}"
        )
        raw["address_raw"] += f"{rng.randint(2, 28)}楼"
    if salary_raw:
        raw["salary_raw"] = salary_raw
    raw["employment_type_raw"] = emp["raw"]
    if language_raw is not None:
        raw["language_raw"] = language_raw
    raw["tags"] = tags
    raw["description"] = description
    raw["posted_at_raw"] = (_EPOCH + timedelta(days=rng.randrange(_DATE_SPAN_DAYS))).isoformat()

    truth = {
        "is_cross_border": role["cb"],
        "salary": salary,
        "location": {k: loc[k] for k in ("country", "province", "city", "region")},
        "company_size": company_size,
        "education": education,
        "experience": experience,
        "employment_type": sorted(emp["truth"]),
        "languages": languages,
        "platforms": sorted(platforms_named),
        "role_family": role["family"],
    }
    # Key order of raw follows DESIGN.md's raw-posting field list.
    raw = {k: raw[k] for k in RAW_FIELDS if k in raw}
    return DemoPosting(raw=raw, truth=truth, markup=markup)


def generate_postings(n: int, seed: int = 42) -> list[DemoPosting]:
    """The first ``n`` postings of the demo board with ``seed`` (deterministic; posting i is independent
    of n)."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    # The postings hold no reference cycles; pausing the cyclic GC saves a third of the time on big boards.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return [make_posting(i, seed) for i in range(n)]
    finally:
        if was_enabled:
            gc.enable()
