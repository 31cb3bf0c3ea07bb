"""智联招聘 (zhaopin.com): the search API ``POST fe-api.zhaopin.com/c/i/search/positions`` and the job page
``www.zhaopin.com/jobdetail/{number}.htm``.

Request body: ``{"S_SOU_FULL_INDEX": keyword, "S_SOU_WORK_CITY": code, "order": 4, "pageIndex": 1-based,
"pageSize", "anonymous": 1, "eventScenario": "pcSearchedSouSearch", "platform": 13, "version": "0.0.0"}``.
Answer: ``{"code": 200, "data": {"count": N, "list": [...]}}``; any other code is a refusal. The list carries
only a summary; the full description is on the job page (``div.describtion__detail-content``). A bot is sent to
the passport login page or gets a slider check.
"""

from __future__ import annotations

import re
from typing import Any

from crawlers.parsers.common import (
    LOGIN_WALL,
    SECURITY_CHECK,
    ListPage,
    block_reason,
    clean,
    compact,
    html_to_text,
    load_json,
    str_list,
)

SEARCH_PATH = "/c/i/search/positions"
SOURCE = "zhaopin"
HEADERS = {
    "Content-Type": "application/json;charset=UTF-8",
    "x-zp-page-code": "4019",
    "x-zp-platform": "13",
    "x-zp-business-system": "1",
}
_LOGIN_CODES = {401, 4010, 5001}


def search_body(keyword: str, city: str, page: int, page_size: int) -> dict[str, Any]:
    """The JSON body of one search page (``page`` is 1-based)."""
    return {
        "S_SOU_FULL_INDEX": keyword,
        "S_SOU_WORK_CITY": city,
        "order": 4,
        "pageIndex": page,
        "pageSize": page_size,
        "anonymous": 1,
        "eventScenario": "pcSearchedSouSearch",
        "platform": 13,
        "version": "0.0.0",
    }


def posting_from_item(item: dict[str, Any]) -> dict[str, Any]:
    """One search item as a raw posting (description: the summary, until the job page gives the full text)."""
    city, district = clean(item.get("workCity")), clean(item.get("cityDistrict"))
    skills = str_list(item.get("skillLabel"), "value")
    return compact(
        {
            "source_id": clean(item.get("number")) or clean(item.get("jobId")),
            "url": clean(item.get("positionUrl")) or clean(item.get("positionURL")),
            "title": clean(item.get("name")),
            "company": clean(item.get("companyName")),
            "company_size_raw": clean(item.get("companySize")),
            "company_type_raw": clean(item.get("property")),
            "industry_raw": clean(item.get("industryName")),
            "location_raw": "-".join(p for p in (city, district) if p) or None,
            "address_raw": clean(item.get("streetName")),
            "salary_raw": clean(item.get("salary60")),
            "education_raw": clean(item.get("education")),
            "experience_raw": clean(item.get("workingExp")),
            "employment_type_raw": clean(item.get("workType")),
            "tags": str_list([*skills, *str_list(item.get("welfareTagList"))]),
            "description": clean(item.get("jobSummary")),
            "posted_at_raw": clean(item.get("publishTime")),
        }
    )


def parse_search(body: str | bytes | dict[str, Any], status: int = 200, page_size: int = 20) -> ListPage:
    """A search/positions answer → postings and whether another page follows, or the block reason."""
    try:
        doc = load_json(body)
    except ValueError:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        return ListPage(blocked=block_reason(status, text) or SECURITY_CHECK)
    if not isinstance(doc, dict):
        return ListPage(blocked=SECURITY_CHECK)
    if doc.get("code") != 200:
        if doc.get("code") in _LOGIN_CODES:
            return ListPage(blocked=LOGIN_WALL)
        return ListPage(blocked=block_reason(status, str(doc.get("message", ""))))
    data = doc.get("data") or {}
    items = [i for i in data.get("list") or [] if isinstance(i, dict)]
    postings = [p for p in map(posting_from_item, items) if p.get("title")]
    count = data.get("count")
    n = count if isinstance(count, int) else None
    return ListPage(postings=postings, has_more=len(items) >= page_size, total=n)


_DESC = re.compile(r'<div class="describtion__detail-content"[^>]*>(.*?)</div>', re.S)
_ADDRESS = re.compile(r'<span class="job-address__content-text"[^>]*>(.*?)</span>', re.S)


def parse_detail(html: str, status: int = 200, url: str = "") -> tuple[dict[str, Any], str | None]:
    """A job page → (full description and address), or ({}, block reason) for a login or check page."""
    desc = _DESC.search(html)
    if not desc:
        return {}, block_reason(status, html, url) or LOGIN_WALL
    addr = _ADDRESS.search(html)
    return compact(
        {
            "description": html_to_text(desc.group(1)),
            "address_raw": clean(html_to_text(addr.group(1))) if addr else None,
        }
    ), None
