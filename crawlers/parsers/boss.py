"""BOSS直聘 (zhipin.com): the search API ``/wapi/zpgeek/search/joblist.json`` and the job page
``/job_detail/{encryptJobId}.html``.

Envelope: ``{"code": 0, "message": "Success", "zpData": {"hasMore": bool, "resCount": N, "jobList": [...]}}``.
Bots get ``code`` 37 ("您的环境存在异常.") or a verification page; the job page then shows "您暂时无法继续访问".
The list has no description: it is on the job page (``div.job-sec-text``), with the address
(``div.location-address``).
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

SEARCH_PATH = "/wapi/zpgeek/search/joblist.json"
SOURCE = "boss"
# zpData codes that mean "not for bots": 37 abnormal environment, 36/35 verification asked; 7/17 login needed.
_SECURITY_CODES = {35, 36, 37}
_LOGIN_CODES = {7, 17}


def search_params(query: str, city: str, page: int, page_size: int) -> dict[str, str]:
    """Query parameters of one search page, as the site's search page sends them."""
    return {
        "scene": "1",
        "query": query,
        "city": city,
        "experience": "",
        "payType": "",
        "partTime": "",
        "degree": "",
        "industry": "",
        "scale": "",
        "stage": "",
        "position": "",
        "jobType": "",
        "salary": "",
        "multiBusinessDistrict": "",
        "multiSubway": "",
        "page": str(page),
        "pageSize": str(page_size),
    }


def job_url(base: str, encrypt_job_id: str) -> str:
    """The public job page of a list entry."""
    return f"{base.rstrip('/')}/job_detail/{encrypt_job_id}.html"


def posting_from_item(item: dict[str, Any], base: str) -> dict[str, Any]:
    """One jobList entry as a raw posting (the description comes from the job page)."""
    jid = clean(item.get("encryptJobId"))
    city, district = clean(item.get("cityName")), clean(item.get("areaDistrict"))
    location = "-".join(p for p in (city, district) if p) or None
    return compact(
        {
            "source_id": jid,
            "url": job_url(base, jid) if jid else None,
            "title": clean(item.get("jobName")),
            "company": clean(item.get("brandName")),
            "company_size_raw": clean(item.get("brandScaleName")),
            "industry_raw": clean(item.get("brandIndustry")),
            "location_raw": location,
            "salary_raw": clean(item.get("salaryDesc")),
            "education_raw": clean(item.get("jobDegree")),
            "experience_raw": clean(item.get("jobExperience")),
            "tags": str_list([*(item.get("skills") or []), *(item.get("welfareList") or [])]),
        }
    )


def parse_search(body: str | bytes | dict[str, Any], base: str, status: int = 200) -> ListPage:
    """A joblist.json answer → postings and ``hasMore``, or the block reason."""
    try:
        doc = load_json(body)
    except ValueError:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        return ListPage(blocked=block_reason(status, text) or SECURITY_CHECK)
    if not isinstance(doc, dict):
        return ListPage(blocked=SECURITY_CHECK)
    code = doc.get("code")
    if code != 0:
        if code in _LOGIN_CODES:
            return ListPage(blocked=LOGIN_WALL)
        if code in _SECURITY_CODES:
            return ListPage(blocked=SECURITY_CHECK)
        return ListPage(blocked=block_reason(status, str(doc.get("message", ""))))
    data = doc.get("zpData") or {}
    items = [i for i in data.get("jobList") or [] if isinstance(i, dict)]
    postings = [p for p in (posting_from_item(i, base) for i in items) if p.get("title")]
    total = data.get("resCount")
    n = total if isinstance(total, int) else None
    return ListPage(postings=postings, has_more=bool(data.get("hasMore")), total=n)


_SEC_TEXT = re.compile(r'<div class="job-sec-text"[^>]*>(.*?)</div>', re.S)
_ADDRESS = re.compile(r'<div class="location-address"[^>]*>(.*?)</div>', re.S)
_JOB_BODY = re.compile(r'class="job-detail-section"|class="job-sec-text"')


def parse_detail(html: str, status: int = 200, url: str = "") -> tuple[dict[str, Any], str | None]:
    """A job page → (description and address fields, None), or ({}, block reason) for a verification page."""
    if not _JOB_BODY.search(html):
        return {}, block_reason(status, html, url) or SECURITY_CHECK
    desc = _SEC_TEXT.search(html)
    addr = _ADDRESS.search(html)
    return compact(
        {
            "description": html_to_text(desc.group(1)) if desc else None,
            "address_raw": clean(html_to_text(addr.group(1))) if addr else None,
        }
    ), None
