"""BOSS直聘 replica: ``GET /wapi/zpgeek/search/joblist.json`` (``query``, ``city``, ``page``, ``pageSize``; the
site stops at page 10 of a query) and job pages ``/job_detail/{encryptJobId}.html``. Blocked mode: the API
answers ``code`` 37 "您的环境存在异常." and job pages show the "您暂时无法继续访问" verification page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aiohttp import web

from crawlers.parsers.boss import SEARCH_PATH, job_url
from crawlers.parsers.common import city_name
from crawlers.replicas.common import (
    SearchIndex,
    base_url,
    br_lines,
    e,
    hex_id,
    html_response,
    int_arg,
    json_response,
    page,
    page_window,
)

if TYPE_CHECKING:
    from crawlers.demo_board.generator import DemoPosting

MAX_PAGES = 10  # BOSS serves at most 10 pages per query
_SPLIT = re.compile(r"[-·]")
BLOCKED_JSON = {"code": 37, "message": "您的环境存在异常.", "zpData": {}}
VERIFY_PAGE = page(
    "BOSS直聘",
    '<div class="error-content"><p>您暂时无法继续访问～</p>'
    "<p>当前 IP 地址可能存在异常访问行为，完成验证后即可正常使用.</p>"
    '<a href="/web/user/safe/verify-slider">点击进行验证</a></div>',
)


def split_location(location: str) -> tuple[str, str]:
    """Demo location text as BOSS's cityName and areaDistrict ("深圳-南山区" → 深圳, 南山区)."""
    parts = _SPLIT.split(location, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (location, "")


def item_for(p: DemoPosting, base: str) -> dict[str, Any]:
    """A posting as a jobList entry (no description: that is on the job page)."""
    r = p.raw
    jid = hex_id(r["source_id"], "boss")
    city, district = split_location(r.get("location_raw", ""))
    labels = [x for x in (r.get("experience_raw"), r.get("education_raw")) if x]
    return {
        "securityId": hex_id(r["source_id"], "boss-sec"),
        "encryptJobId": jid,
        "lid": hex_id(r["source_id"], "boss-lid"),
        "jobName": r["title"],
        "salaryDesc": r.get("salary_raw", ""),
        "jobLabels": labels,
        "jobExperience": r.get("experience_raw", ""),
        "jobDegree": r.get("education_raw", ""),
        "cityName": city,
        "areaDistrict": district,
        "businessDistrict": "",
        "brandName": r["company"],
        "brandScaleName": r.get("company_size_raw", ""),
        "brandIndustry": r["industry_raw"],
        "brandStageName": "",
        "encryptBrandId": hex_id(r["company"], "boss-brand"),
        "skills": [],
        "welfareList": list(r["tags"]),
        "jobUrl": job_url(base, jid),
    }


def make_app(postings: Sequence[DemoPosting], page_size: int = 30, *, blocked: bool = False) -> web.Application:
    """The BOSS replica over ``postings``."""
    index = SearchIndex(postings)
    by_id = {hex_id(postings[i].raw["source_id"], "boss"): i for i in range(len(postings))}

    async def joblist(request: web.Request) -> web.Response:
        if blocked:
            return json_response(BLOCKED_JSON)
        q = request.query
        city = city_name("boss", q.get("city", "100010000") or "100010000")
        hits = [] if city is None else index.search(q.get("query", ""), None if city == "全国" else city)
        size = max(1, min(int_arg(q.get("pageSize"), page_size), 30))
        page_no = int_arg(q.get("page"), 1)
        window = page_window(hits, page_no, size) if page_no <= MAX_PAGES else []
        has_more = page_no < MAX_PAGES and page_no * size < len(hits)
        b = base_url(request)
        data = {"resCount": len(hits), "hasMore": has_more, "totalCount": len(hits),
                "jobList": [item_for(postings[i], b) for i in window]}
        return json_response({"code": 0, "message": "Success", "zpData": data})

    async def detail(request: web.Request) -> web.Response:
        if blocked:
            return html_response(VERIFY_PAGE)
        i = by_id.get(request.match_info["job_id"])
        if i is None:
            raise web.HTTPNotFound(text="页面不存在")
        r = postings[i].raw
        body = (
            f'<div class="job-banner"><h1>{e(r["title"])}</h1><span class="salary">{e(r.get("salary_raw", ""))}'
            f'</span></div><div class="job-detail-section"><h3>职位描述</h3>'
            f'<div class="job-sec-text">{br_lines(r["description"])}</div>'
            f'<div class="location-address">{e(r.get("address_raw", ""))}</div></div>'
        )
        return html_response(page(f"「{r['title']}招聘」_{r['company']}招聘-BOSS直聘", body))

    app = web.Application()
    app.router.add_get(SEARCH_PATH, joblist)
    app.router.add_get("/job_detail/{job_id}.html", detail)
    app.router.add_get("/web/user/safe/verify-slider", verify)
    return app


async def verify(request: web.Request) -> web.Response:
    """The verification page bots are sent to."""
    return html_response(VERIFY_PAGE)
