"""51job (前程无忧) search API ``we.51job.com/api/job/search-pc``: the JSON envelope and its job items.

Envelope: ``{"status": "1", "message": "", "resultbody": {"job": {"items": [...], "totalCount": N}}}``.
A blocked request gets an HTML page instead of JSON (Aliyun WAF: a slider captcha or an "access blocked" notice).
"""

from __future__ import annotations

from typing import Any

from crawlers.parsers.common import SECURITY_CHECK, ListPage, block_reason, clean, compact, load_json, str_list

SEARCH_PATH = "/api/job/search-pc"
SOURCE = "51job"


def search_params(keyword: str, area: str, page: int, page_size: int, timestamp: int) -> dict[str, str]:
    """Query parameters of one search page as the site's own search page sends them."""
    return {
        "api_key": "51job",
        "timestamp": str(timestamp),
        "keyword": keyword,
        "searchType": "2",
        "function": "",
        "industry": "",
        "jobArea": area,
        "jobArea2": "",
        "landmark": "",
        "metro": "",
        "salary": "",
        "workYear": "",
        "degree": "",
        "companyType": "",
        "companySize": "",
        "jobType": "",
        "issueDate": "",
        "sortType": "0",
        "pageNum": str(page),
        "requestId": "",
        "pageSize": str(page_size),
        "source": "1",
        "accountId": "",
        "pageCode": "sou|sou|soulb",
        "scene": "7",
    }


def posting_from_item(item: dict[str, Any]) -> dict[str, Any]:
    """One search item as a raw posting (salary, size band and dates as the site shows them)."""
    welfare = str_list(item.get("jobWelfareCodeDataList"), "chineseTitle")
    tags = str_list(item.get("jobTags")) or welfare
    return compact(
        {
            "source_id": clean(item.get("jobId")),
            "url": clean(item.get("jobHref")),
            "title": clean(item.get("jobName")),
            "company": clean(item.get("fullCompanyName")) or clean(item.get("companyName")),
            "company_size_raw": clean(item.get("companySizeString")),
            "company_type_raw": clean(item.get("companyTypeString")),
            "industry_raw": clean(item.get("industryType1Str")),
            "location_raw": clean(item.get("jobAreaString")),
            "salary_raw": clean(item.get("provideSalaryString")),
            "education_raw": clean(item.get("degreeString")),
            "experience_raw": clean(item.get("workYearString")),
            "employment_type_raw": clean(item.get("termStr")),
            "tags": tags,
            "description": clean(item.get("jobDescribe")),
            "posted_at_raw": clean(item.get("issueDateString")),
        }
    )


def parse_search(body: str | bytes | dict[str, Any], status: int = 200, page_size: int = 20) -> ListPage:
    """A search-pc answer → postings, whether another page follows, or the block reason."""
    try:
        doc = load_json(body)
    except ValueError:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        return ListPage(blocked=block_reason(status, text) or SECURITY_CHECK)
    if not isinstance(doc, dict) or str(doc.get("status")) != "1":
        message = str(doc.get("message", "")) if isinstance(doc, dict) else ""
        return ListPage(blocked=block_reason(status, message))
    job = (doc.get("resultbody") or {}).get("job") or {}
    items = [i for i in job.get("items") or [] if isinstance(i, dict)]
    postings = [p for p in map(posting_from_item, items) if p.get("title")]
    total = job.get("totalCount", job.get("totalcount"))
    total_n = int(total) if isinstance(total, (int, str)) and str(total).isdigit() else None
    return ListPage(postings=postings, has_more=len(items) >= page_size, total=total_n)
