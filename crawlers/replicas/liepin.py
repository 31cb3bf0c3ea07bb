"""猎聘 replica: ``POST /api/com.liepin.searchfront4c.pc-search-job`` (JSON body ``data.mainSearchPcConditionForm``
with ``key``, ``dq``, 0-based ``currentPage``, ``pageSize``; a GET is refused with 405) and job pages
``/job/{jobId}.shtml``. Blocked mode: the API answers ``flag`` 0 with a login prompt and job pages redirect to the
login page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aiohttp import web

from crawlers.parsers.common import city_name
from crawlers.parsers.liepin import SEARCH_PATH
from crawlers.replicas.common import (
    LOGIN_PAGE,
    SearchIndex,
    base_url,
    br_lines,
    demo_number,
    e,
    hex_id,
    html_response,
    int_arg,
    json_response,
    page,
)

if TYPE_CHECKING:
    from crawlers.demo_board.generator import DemoPosting

LOGIN_JSON = {"flag": 0, "code": "100003", "msg": "请登录后查看更多职位", "data": None}


def job_id(source_id: str) -> str:
    """The Liepin jobId standing for a demo posting."""
    return str(60_000_000 + demo_number(source_id))


def card_for(p: DemoPosting, base: str) -> dict[str, Any]:
    """A posting as a jobCardList entry (job, comp, recruiter)."""
    r = p.raw
    jid = job_id(r["source_id"])
    job = {
        "jobId": jid,
        "title": r["title"],
        "salary": r.get("salary_raw", "面议"),
        "dq": r.get("location_raw", ""),
        "requireWorkYears": r.get("experience_raw", ""),
        "requireEduLevel": r.get("education_raw", ""),
        "labels": list(r["tags"]),
        "link": f"{base}/job/{jid}.shtml",
        "refreshTime": r["posted_at_raw"].replace("-", "") + "090000",
        "jobKind": "2",
        "dataParams": "{}",
    }
    comp = {
        "compId": int(hex_id(r["company"], "liepin-comp")[:7], 16),
        "compName": r["company"],
        "compScale": r.get("company_size_raw", ""),
        "compIndustry": r["industry_raw"],
        "compStage": "",
        "link": f"{base}/company/{hex_id(r['company'], 'liepin-comp')[:7]}/",
    }
    return {"job": job, "comp": comp, "recruiter": {"recruiterName": "HR", "recruiterTitle": "招聘经理"}}


def make_app(postings: Sequence[DemoPosting], page_size: int = 40, *, blocked: bool = False) -> web.Application:
    """The Liepin replica over ``postings``."""
    index = SearchIndex(postings)
    by_id = {job_id(postings[i].raw["source_id"]): i for i in range(len(postings))}

    async def search(request: web.Request) -> web.Response:
        if request.method != "POST":
            raise web.HTTPMethodNotAllowed(request.method, ["POST"])
        if blocked:
            return json_response(LOGIN_JSON)
        try:
            form = (await request.json())["data"]["mainSearchPcConditionForm"]
        except (ValueError, KeyError, TypeError):
            return json_response({"flag": 0, "code": "100001", "msg": "参数错误", "data": None})
        city = city_name("liepin", str(form.get("dq") or form.get("city") or "410"))
        hits = [] if city is None else index.search(str(form.get("key", "")), None if city == "全国" else city)
        size = max(1, min(int_arg(form.get("pageSize"), page_size), 40))
        cur = int_arg(form.get("currentPage"), 0)
        window = hits[cur * size : (cur + 1) * size] if cur >= 0 else []
        b = base_url(request)
        pages = -(-len(hits) // size)
        data = {
            "data": {"jobCardList": [card_for(postings[i], b) for i in window]},
            "pagination": {"currentPage": cur, "pageSize": size, "totalPage": pages, "totalCounts": len(hits)},
        }
        return json_response({"flag": 1, "data": data})

    async def detail(request: web.Request) -> web.Response:
        if blocked:
            raise web.HTTPFound(f"/login?url={request.path}")
        i = by_id.get(request.match_info["job_id"])
        if i is None:
            raise web.HTTPNotFound(text="该职位已结束")
        r = postings[i].raw
        body = (
            f'<section class="job-apply-content"><h1>{e(r["title"])}</h1><span class="salary">'
            f'{e(r.get("salary_raw", ""))}</span></section><section class="job-intro-container">'
            f'<dl class="paragraph"><dt>职位介绍</dt><dd data-selector="job-intro-content">'
            f'{br_lines(r["description"])}</dd></dl></section><div class="company-other">'
            f'<div class="label-box"><span class="label-text">企业性质</span>'
            f'<span class="text">{e(r["company_type_raw"])}</span></div>'
            f'<div class="label-box"><span class="label-text">职位地址</span>'
            f'<span class="text">{e(r.get("address_raw", ""))}</span></div></div>'
        )
        return html_response(page(f"【{r['title']}招聘】-{r['company']}-猎聘", body))

    async def login(request: web.Request) -> web.Response:
        return html_response(LOGIN_PAGE)

    app = web.Application()
    app.router.add_route("*", SEARCH_PATH, search)
    app.router.add_get("/job/{job_id}.shtml", detail)
    app.router.add_get("/login", login)
    return app

