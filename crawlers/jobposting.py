"""Pure parsing of schema.org JobPosting markup (JSON-LD first, microdata as fallback) into raw-posting dicts.

No Scrapy here: the spider fetches pages and hands their HTML to :func:`postings_from_html`. JSON-LD is read
leniently because real sites emit broken blocks (trailing commas, raw newlines in strings, HTML comments):
a block
that still fails is skipped, the others on the page are used. The mapping back to raw fields inverts the demo
board's (see ``crawlers/demo_board/server.py``): structured values are rendered as text the extractors read,
e.g. a QuantitativeValue head count as "50-150人" and a MonetaryAmount as "8000-12000 CNY/MONTH".
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

from lxml import html as lxml_html
from parsel import Selector

from crawlers.parsers.common import html_to_text
from pipeline.records import RAW_FIELDS

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_EXTRA_FIELDS = ("company_type_raw", "language_raw")


def _loads_lenient(text: str) -> Any:
    """json.loads, then retries for the usual breakages; raises ValueError when nothing works."""
    text = text.strip()
    if text.startswith("<!--"):
        text = text.removeprefix("<!--").removesuffix("-->").strip()
    try:
        return json.loads(text, strict=False)  # strict=False admits raw control characters in strings
    except ValueError:
        pass
    return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)


def _is_type(obj: dict[str, Any], name: str) -> bool:
    t = obj.get("@type")
    types = t if isinstance(t, list) else [t]
    return any(isinstance(x, str) and x.rsplit("/", 1)[-1] == name for x in types)


def _find_jobpostings(node: Any) -> Iterator[dict[str, Any]]:
    """Every JobPosting object in a JSON-LD tree (lists, @graph, mainEntity, itemListElement...)."""
    if isinstance(node, list):
        for x in node:
            yield from _find_jobpostings(x)
    elif isinstance(node, dict):
        if _is_type(node, "JobPosting"):
            yield node
            return
        for value in node.values():
            if isinstance(value, (dict, list)):
                yield from _find_jobpostings(value)


def _jsonld_objects(sel: Selector) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for block in sel.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = _loads_lenient(block)
        except ValueError:
            continue  # a broken block must not hide the others
        found.extend(_find_jobpostings(data))
    return found


# --- microdata ------------------------------------------------------------------------------------


def _md_value(el: Any) -> Any:
    if el.get("itemscope") is not None:
        return _md_item(el)
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag == "meta":
        return el.get("content", "")
    if tag in ("a", "link", "area"):
        return el.get("href", "")
    if tag in ("img", "audio", "video", "source"):
        return el.get("src", "")
    if tag == "time" and el.get("datetime"):
        return el.get("datetime")
    if tag == "data" and el.get("value") is not None:
        return el.get("value")
    return html_to_text(lxml_html.tostring(el, encoding="unicode", with_tail=False))


def _md_props(scope: Any, out: dict[str, Any]) -> None:
    for child in scope:
        if not isinstance(child.tag, str):
            continue
        prop = child.get("itemprop")
        if prop:
            value = _md_value(child)
            for name in prop.split():
                if name in out:
                    out[name] = (out[name] if isinstance(out[name], list) else [out[name]]) + [value]
                else:
                    out[name] = value
        if child.get("itemscope") is None:
            _md_props(child, out)  # properties nested in plain markup still belong to this item


def _md_item(el: Any) -> dict[str, Any]:
    item: dict[str, Any] = {}
    itemtype = el.get("itemtype")
    if itemtype:
        item["@type"] = itemtype.split()[0]
    _md_props(el, item)
    return item


def _microdata_objects(sel: Selector) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for el in sel.root.iter():
        if not isinstance(el.tag, str) or el.get("itemscope") is None or el.get("itemprop") is not None:
            continue
        item = _md_item(el)
        found.extend(_find_jobpostings(item))
    return found


# --- mapping to raw fields ------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    """A text field: strings stripped and unescaped, numbers printed, objects by name, lists joined with
    '/'."""
    if value is None:
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _num(value)
    if isinstance(value, str):
        s = html_lib.unescape(value).strip()
        return s or None
    if isinstance(value, list):
        parts = [t for t in (_text(v) for v in value) if t]
        return "/".join(parts) or None
    if isinstance(value, dict):
        for key in ("name", "value", "@value", "credentialCategory", "text"):
            if key in value:
                return _text(value[key])
    return None


def _num(x: Any) -> str:
    if isinstance(x, str):
        try:
            x = float(x.replace(",", ""))
        except ValueError:
            return x.strip()
    return f"{x:g}" if isinstance(x, float) and not x.is_integer() else str(int(x))


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _employees(value: Any) -> str | None:
    """Head count: band text as is; a QuantitativeValue as 'A-B人' / 'A人以上'; a bare number as 'N人'."""
    value = _first(value)
    if isinstance(value, dict):
        lo, hi, v = value.get("minValue"), value.get("maxValue"), value.get("value")
        if lo is not None and hi is not None:
            return f"{_num(lo)}-{_num(hi)}人"
        if lo is not None:
            return f"{_num(lo)}人以上"
        if hi is not None:
            return f"{_num(hi)}人以下"
        if v is not None:
            return f"{_num(v)}人"
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{_num(value)}人"
    return _text(value)


def _salary(value: Any) -> str | None:
    """baseSalary: text as is; a MonetaryAmount as '{min}-{max} {CUR}/{UNIT}' (unit and currency when
    given)."""
    value = _first(value)
    if not isinstance(value, dict):
        return _text(value)
    currency = _text(value.get("currency")) or ""
    v = value.get("value")
    unit = ""
    if isinstance(v, dict):
        unit = _text(v.get("unitText")) or ""
        lo, hi, single = v.get("minValue"), v.get("maxValue"), v.get("value")
        if lo is not None and hi is not None:
            amount = f"{_num(lo)}-{_num(hi)}"
        elif lo is not None or hi is not None or single is not None:
            amount = _num(next(x for x in (single, lo, hi) if x is not None))
        else:
            return None
    elif v is not None:
        amount = _num(v)
    else:
        return None
    text = f"{amount} {currency}".strip()
    return f"{text}/{unit}" if unit else text


def _location(value: Any) -> tuple[str | None, str | None]:
    """(location_raw, address_raw) from jobLocation: locality (with region when it adds anything), street."""
    place = _first(value)
    if isinstance(place, str):
        return _text(place), None
    if not isinstance(place, dict):
        return None, None
    addr = place.get("address", place)
    if isinstance(addr, str):
        return _text(addr), None
    if not isinstance(addr, dict):
        return None, None
    locality = _text(addr.get("addressLocality"))
    region = _text(addr.get("addressRegion"))
    if region and locality and not locality.startswith(region):
        loc: str | None = region + locality
    else:
        loc = locality or region
    return loc, _text(addr.get("streetAddress"))


def _identifier(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        return _text(value.get("value") if "value" in value else value.get("@id"))
    return _text(value)


def _experience(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict) and "monthsOfExperience" in value:
        months = float(value["monthsOfExperience"])
        return f"{_num(months / 12)}年以上" if months % 12 == 0 else f"{_num(months)}个月以上"
    return _text(value)


def raw_from_jobposting(obj: dict[str, Any], url: str) -> dict[str, Any]:
    """Raw-posting fields (DESIGN.md) from one schema.org JobPosting object; absent fields are left out.

    ``source`` and ``scraped_at`` are the spider's to add. ``url`` is the JobPosting's own url (resolved
    against
    the page) or else the page url.
    """
    org = _first(obj.get("hiringOrganization"))
    location_raw, address_raw = _location(obj.get("jobLocation"))
    description = obj.get("description")
    own_url = _text(obj.get("url"))
    raw: dict[str, Any] = {
        "source_id": _identifier(obj.get("identifier")),
        "url": urljoin(url, own_url) if own_url else url,
        "title": _text(obj.get("title")) or _text(obj.get("name")),
        "company": _text(org) if not isinstance(org, dict) else _text(org.get("name")),
        "company_size_raw": _employees(org.get("numberOfEmployees")) if isinstance(org, dict) else None,
        "industry_raw": _text(obj.get("industry")),
        "location_raw": location_raw,
        "address_raw": address_raw,
        "salary_raw": _salary(obj.get("baseSalary")),
        "education_raw": _text(obj.get("educationRequirements")),
        "experience_raw": _experience(obj.get("experienceRequirements")),
        "employment_type_raw": _text(obj.get("employmentType")),
        "description": html_to_text(description) if isinstance(description, str) else None,
        "posted_at_raw": _text(obj.get("datePosted")),
    }
    return {k: v for k, v in raw.items() if v is not None and v != ""}


def _page_extras(sel: Selector) -> dict[str, Any]:
    """Fields schema.org has no property for, from visible elements marked data-field."""
    extras: dict[str, Any] = {}
    for name in _EXTRA_FIELDS:
        value = sel.css(f'[data-field="{name}"]')
        if value:
            text = html_to_text(value[0].get())
            if text:
                extras[name] = text
    tags = [html_to_text(t) for t in sel.css('[data-field="tags"]').getall()]
    if any(tags):
        extras["tags"] = [t for t in tags if t]
    return extras


def postings_from_html(html: str, url: str) -> list[dict[str, Any]]:
    """Every JobPosting on a page as a raw-posting dict (JSON-LD first, microdata when there is no JSON-LD
    one).

    Fields in ``RAW_FIELDS`` order; a page without a JobPosting gives []. Visible ``data-field`` extras
    (company
    type, language requirement, tags) are added when the page holds exactly one posting.
    """
    sel = Selector(text=html)
    objects = _jsonld_objects(sel) or _microdata_objects(sel)
    postings = [raw_from_jobposting(o, url) for o in objects]
    postings = [p for p in postings if p]
    if len(postings) == 1:
        postings[0].update(_page_extras(sel))
    order = {k: i for i, k in enumerate(RAW_FIELDS)}
    return [dict(sorted(p.items(), key=lambda kv: order.get(kv[0], len(order)))) for p in postings]
