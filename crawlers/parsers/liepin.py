"""猎聘 (liepin.com): the search API ``POST api-c.liepin.com/api/com.liepin.searchfront4c.pc-search-job`` and
the job page ``www.liepin.com/job/{jobId}.shtml``.

Request body: ``{"data": {"mainSearchPcConditionForm": {"city", "dq", "currentPage" (0-based), "pageSize",
"key", ...}, "passThroughForm": {...}}}``. Answer: ``{"flag": 1, "data": {"data": {"jobCardList": [{"job",
"comp", "recruiter"}]}, "pagination": {"currentPage", "totalPage", "totalCounts"}}}``; ``flag`` 0 is a refusal
(an anonymous visitor past the free pages meets a login wall). The description is on the job page
(``dd[data-selector="job-intro-content"]``).
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

SEARCH_PATH = "/api/com.liepin.searchfront4c.pc-search-job"
SOURCE = "liepin"
HEADERS = {
    "Content-Type": "application/json;charset=UTF-8",
    "X-Client-Type": "web",
    "X-Fscp-Version": "1.1",
    "X-Fscp-Std-Info": '{"client_id": "40108"}',
    "X-Requested-With": "XMLHttpRequest",
}


def search_body(key: str, dq: str, page: int, page_size: int) -> dict[str, Any]:
    """The JSON body of one search page (``page`` is 0-based, as on the site; city and dq carry the same code)."""
    return {
        "data": {
            "mainSearchPcConditionForm": {
                "city": dq,
                "dq": dq,
                "pubTime": "",
                "currentPage": page,
                "pageSize": page_size,
                "key": key,
                "suggestTag": "",
                "workYearCode": "",
                "compId": "",
                "compName": "",
                "compTag": "",
                "industry": "",
                "salary": "",
                "jobKind": "",
                "compScale": "",
                "compKind": "",
                "compStage": "",
                "eduLevel": "",
            },
            "passThroughForm": {"scene": "input", "skId": "", "fkId": "", "ckId": "", "sfrom": "search_job_pc"},
        }
    }


def posting_from_card(card: dict[str, Any]) -> dict[str, Any]:
    """One jobCardList entry (job + comp) as a raw posting."""
    job, comp = card.get("job") or {}, card.get("comp") or {}
    return compact(
        {
            "source_id": clean(job.get("jobId")),
            "url": clean(job.get("link")),
            "title": clean(job.get("title")),
            "company": clean(comp.get("compName")),
            "company_size_raw": clean(comp.get("compScale")),
            "industry_raw": clean(comp.get("compIndustry")),
            "location_raw": clean(job.get("dq")),
            "salary_raw": clean(job.get("salary")),
            "education_raw": clean(job.get("requireEduLevel")),
            "experience_raw": clean(job.get("requireWorkYears")),
            "tags": str_list(job.get("labels")),
            "posted_at_raw": clean(job.get("refreshTime")),
        }
    )


def parse_search(body: str | bytes | dict[str, Any], status: int = 200) -> ListPage:
    """A pc-search-job answer → postings and whether another page follows, or the block reason."""
    try:
        doc = load_json(body)
    except ValueError:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        return ListPage(blocked=block_reason(status, text) or SECURITY_CHECK)
    if not isinstance(doc, dict):
        return ListPage(blocked=SECURITY_CHECK)
    if doc.get("flag") != 1:
        msg = f"{doc.get('msg', '')} {doc.get('code', '')}"
        return ListPage(blocked=block_reason(status, msg))
    data = doc.get("data") or {}
    cards = [c for c in (data.get("data") or {}).get("jobCardList") or [] if isinstance(c, dict)]
    postings = [p for p in map(posting_from_card, cards) if p.get("title")]
    pag = data.get("pagination") or {}
    cur, pages = pag.get("currentPage"), pag.get("totalPage")
    has_more = isinstance(cur, int) and isinstance(pages, int) and cur + 1 < pages
    total = pag.get("totalCounts")
    return ListPage(postings=postings, has_more=has_more, total=total if isinstance(total, int) else None)


_INTRO = re.compile(r'<dd[^>]*data-selector="job-intro-content"[^>]*>(.*?)</dd>', re.S)
_COMP_KIND = re.compile(r'<span class="label-text">企业性质</span>\s*<span class="text">(.*?)</span>', re.S)
_ADDRESS = re.compile(r'<span class="label-text">职位地址</span>\s*<span class="text">(.*?)</span>', re.S)


def parse_detail(html: str, status: int = 200, url: str = "") -> tuple[dict[str, Any], str | None]:
    """A job page → (description, company type, address), or ({}, block reason) for a login or check page."""
    intro = _INTRO.search(html)
    if not intro:
        return {}, block_reason(status, html, url) or LOGIN_WALL
    kind, addr = _COMP_KIND.search(html), _ADDRESS.search(html)
    return compact(
        {
            "description": html_to_text(intro.group(1)),
            "company_type_raw": clean(html_to_text(kind.group(1))) if kind else None,
            "address_raw": clean(html_to_text(addr.group(1))) if addr else None,
        }
    ), None
