"""One raw posting in, the extracted posting out: every field of DESIGN.md's "Extracted posting".

Each field comes from its own raw field first (DESIGN.md, "Fields first"); the extractors themselves live in one
module per field. This module only composes them and says which came back unknown.
"""

from __future__ import annotations

import gc
from typing import Any, Final

from nlp.ai_mention import ai_mention
from nlp.certificates import extract_certificates
from nlp.company_size import parse_company_size
from nlp.education import parse_education
from nlp.employment import parse_employment_type
from nlp.experience import parse_experience
from nlp.languages import extract_languages
from nlp.location import build_tables as build_location_tables
from nlp.location import parse_location
from nlp.matcher import default_matcher
from nlp.platforms import extract_platforms
from nlp.relevance import build_tables as build_relevance_tables
from nlp.relevance import classify_relevance
from nlp.role_family import classify_role
from nlp.salary import local_currency, parse_salary, plain_currency
from nlp.skills import extract_skills
from nlp.textnorm import build_tables as build_text_tables

# Descriptions beyond this are read only up to it: real ones stay under 10,000 characters, and a pathological
# 1 MB "description" must not stall a batch. The record itself is passed through untouched.
MAX_TEXT_CHARS: Final = 20_000

EXTRACTED_FIELDS: Final[tuple[str, ...]] = (
    "is_cross_border",
    "relevance_evidence",
    "salary",
    "location",
    "company_size",
    "education",
    "experience",
    "employment_type",
    "role_family",
    "platforms",
    "languages",
    "skills",
    "ai_mention",
    "certificates",
)


def _text(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value[:MAX_TEXT_CHARS] if isinstance(value, str) else None


def extract_posting(record: dict[str, Any]) -> dict[str, Any]:
    """Return the input record, keys and order unchanged, with the extracted fields appended."""
    title = _text(record, "title")
    description = _text(record, "description")
    tags = [t for t in record.get("tags") or [] if isinstance(t, str)]
    is_cross_border, evidence = classify_relevance(
        title, description, tags, _text(record, "company"), _text(record, "industry_raw")
    )
    location = parse_location(_text(record, "location_raw"), _text(record, "address_raw"))
    extracted: dict[str, Any] = {
        "is_cross_border": is_cross_border,
        "relevance_evidence": evidence,
        # The place's money reads a bare currency sign: "$" in a Hong Kong job is HKD, "¥" in a Tokyo job JPY.
        # A bare figure or 元 in a Taiwan job written in Traditional script is TWD (104), elsewhere CNY.
        "salary": parse_salary(
            _text(record, "salary_raw"),
            local_currency(location),
            plain_currency(location, _text(record, "location_raw"), title, _text(record, "salary_raw")),
        ),
        "location": location,
        "company_size": parse_company_size(_text(record, "company_size_raw")),
        "education": parse_education(_text(record, "education_raw"), description),
        "experience": parse_experience(_text(record, "experience_raw"), description),
        "employment_type": parse_employment_type(_text(record, "employment_type_raw"), title, description, tags),
        "role_family": classify_role(title, description),
        "platforms": extract_platforms(title, description, tags),
        "languages": extract_languages(_text(record, "language_raw"), title, description, tags),
        "skills": extract_skills(title, description, tags),
        "ai_mention": ai_mention(title, description),
        "certificates": extract_certificates(description),
    }
    out = dict(record)
    out.update(extracted)
    return out


# A posting that reaches every lazily built table of the Chinese path (taxonomy automata, jieba's dictionary,
# sections, patterns, locations). Not English: the spaCy pipeline is built only when an English text comes.
_WARM_UP: Final[dict[str, Any]] = {
    "title": "亚马逊运营专员",
    "description": "公司简介:我们是一家跨境电商公司。\n岗位职责:\n1、负责亚马逊店铺运营和广告投放;\n任职要求:英语四级",
    "salary_raw": "8-12K·13薪",
    "location_raw": "深圳·龙华区",
    "company_size_raw": "20-99人",
    "education_raw": "本科",
    "experience_raw": "1-3年",
    "tags": ["跨境电商"],
}


# How many container objects may be allocated between two collections of the youngest generation once the tables
# are built (CPython's default is 700). A posting allocates thousands (hits, candidates, spans, match tuples), nearly
# all freed by reference counting within the posting: collected every 700, the live ones of the moment are walked
# again and again and promoted to be walked again in the older generations (~24,000 instructions a demo posting,
# callgrind). Extraction builds no reference cycles worth collecting sooner. At 10,000 the collections still cost
# ~12,000 instructions a posting (each walks the posting's live objects of the moment, whatever the threshold);
# at 100,000 a tenth of that, and what few cycles there are wait a few postings longer.
YOUNG_THRESHOLD: Final = 100_000


def prepare() -> None:
    """Build the extractors' tables now and keep them out of the cyclic garbage collector's walks.

    The tables live as long as the process, and every collection of the oldest generation would walk their
    hundreds of thousands of objects again: about 5% of extraction time on real postings (callgrind, before and
    after). The youngest generation is then collected less often (:data:`YOUNG_THRESHOLD`; never more often than
    before, and not at all if collection is off). Call it once before extracting many postings; extraction works
    without it."""
    extract_posting(_WARM_UP)
    # The matchers the warm-up posting may not reach: the role duty words, asked only when a description's duties
    # break a tie (built inside the first such posting, ~150M instructions; after roles18 none of the benchmark's
    # warm-up postings asked, and the count per real posting rose 38%), and the company field's signals.
    for part in ("title", "body", "duties", "company"):
        default_matcher(part)
    # And the tables of rarer paths (a Traditional or compatibility form, two place names, an overseas duty's
    # clause): built inside the first posting that reaches each, a few million instructions each (callgrind: ~28,000
    # a posting over the benchmark's 200 real ones, which reached three of them).
    build_text_tables()
    build_location_tables()
    build_relevance_tables()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if 0 < young < YOUNG_THRESHOLD:
        gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def unknown_fields(extracted: dict[str, Any]) -> list[str]:
    """Names of the fields an extractor could not read in this posting (for the per-run unknown counts)."""
    unknown = []
    salary = extracted.get("salary") or {}
    if salary.get("period") == "unknown" and not salary.get("negotiable"):
        unknown.append("salary")
    if not (extracted.get("location") or {}).get("province"):
        unknown.append("location")
    if (extracted.get("company_size") or {}).get("size_class") == "unknown":
        unknown.append("company_size")
    if extracted.get("education") is None:
        unknown.append("education")
    if (extracted.get("experience") or {}).get("min_years") is None:
        unknown.append("experience")
    return unknown
