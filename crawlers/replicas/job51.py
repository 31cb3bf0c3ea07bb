"""51job replica: ``GET /api/job/search-pc`` (the search-pc JSON envelope, ``pageNum``/``pageSize`` paging,
``keyword`` and ``jobArea`` honoured) and job pages ``/jobs/{jobId}.html`` (standing in for
jobs.51job.com/<area>/<jobId>.html). Blocked mode answers every request with the Aliyun WAF slider page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aiohttp import web

from crawlers.parsers.common import city_name
from crawlers.parsers.job51 import SEARCH_PATH
from crawlers.replicas.common import (
    WAF_SLIDER_PAGE,
    SearchIndex,
    base_url,
    br_lines,
    demo_number,
    e,
    html_response,
    int_arg,
    json_response,
    page,
    page_window,
)

if TYPE_CHECKING:
    from crawlers.demo_board.generator import DemoPosting


def job_id(source_id: str) -> str:
    """The 51job jobId standing for a demo posting."""
    return str(150_000_000 + demo_number(source_id))


def item_for(p: DemoPosting, base: str) -> dict[str, Any]:
    """A posting as a search-pc job item."""
    r = p.raw
    jid = job_id(r["source_id"])
    return {
        "jobId": jid,
        "jobType": "0",
        "jobName": r["title"],
        "jobTags": list(r["tags"]),
        "jobAreaCode": "",
        "jobAreaString": r.get("location_raw", ""),
        "provideSalaryString": r.get("salary_raw", ""),
        "issueDateString": f"{r['posted_at_raw']} 09:00:00",
        "workYearString": r.get("experience_raw", ""),
        "degreeString": r.get("education_raw", ""),
        "industryType1Str": r["industry_raw"],
        "termStr": r["employment_type_raw"],
        "companyName": r["company"],
        "fullCompanyName": r["company"],
        "companyTypeString": r["company_type_raw"],
        "companySizeString": r.get("company_size_raw", ""),
        "jobDescribe": r["description"],
        "jobHref": f"{base}/jobs/{jid}.html",
        "jobWelfareCodeDataList": [{"chineseTitle": t} for t in r["tags"]],
    }


def make_app(postings: Sequence[DemoPosting], page_size: int = 20, *, blocked: bool = False) -> web.Application:
    """The 51job replica over ``postings``."""
    index = SearchIndex(postings)
    by_id = {job_id(postings[i].raw["source_id"]): i for i in range(len(postings))}

    async def search(request: web.Request) -> web.Response:
        if blocked:
            return html_response(WAF_SLIDER_PAGE)
        q = request.query
        if q.get("api_key") != "51job" or "timestamp" not in q:  # the site's own page always sends both
            return json_response({"status": "0", "message": "参数错误", "resultbody": {}})
        city = city_name("job51", q.get("jobArea", "000000") or "000000")
        hits = [] if city is None else index.search(q.get("keyword", ""), None if city == "全国" else city)
        size = max(1, min(int_arg(q.get("pageSize"), page_size), 50))
        window = page_window(hits, int_arg(q.get("pageNum"), 1), size)
        b = base_url(request)
        job = {"items": [item_for(postings[i], b) for i in window], "totalCount": len(hits), "totalcount": len(hits)}
        return json_response({"status": "1", "message": "", "resultbody": {"searchType": "2", "job": job}})

    async def detail(request: web.Request) -> web.Response:
        if blocked:
            return html_response(WAF_SLIDER_PAGE)
        i = by_id.get(request.match_info["job_id"])
        if i is None:
            raise web.HTTPNotFound(text="很抱歉，你选择的职位目前已经暂停招聘")
        r = postings[i].raw
        body = (
            f'<div class="tHeader"><h1>{e(r["title"])}</h1><strong>{e(r.get("salary_raw", ""))}</strong>'
            f'<p class="cname">{e(r["company"])}</p></div>'
            f'<div class="bmsg job_msg inbox">{br_lines(r["description"])}</div>'
        )
        return html_response(page(f"{r['title']}招聘-{r['company']}-前程无忧", body))

    app = web.Application()
    app.router.add_get(SEARCH_PATH, search)
    app.router.add_get("/jobs/{job_id}.html", detail)
    return app
