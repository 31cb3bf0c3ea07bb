"""智联招聘 replica: ``POST /c/i/search/positions`` (JSON body ``S_SOU_FULL_INDEX``, ``S_SOU_WORK_CITY``, 1-based
``pageIndex``, ``pageSize``) and job pages ``/jobdetail/{number}.htm``. Blocked mode: every request is redirected
to the passport login page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aiohttp import web

from crawlers.parsers.common import city_name
from crawlers.parsers.zhaopin import SEARCH_PATH
from crawlers.replicas.common import (
    LOGIN_PAGE,
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

SUMMARY_CHARS = 60  # the list carries a summary; the job page has the whole text
_SPLIT = re.compile(r"[-·]")


def number(source_id: str) -> str:
    """The Zhaopin position number standing for a demo posting."""
    return f"CC{120_000_000 + demo_number(source_id) % 1000:09d}J{40_000_000_000 + demo_number(source_id):011d}"


def item_for(p: DemoPosting, base: str) -> dict[str, Any]:
    """A posting as a search/positions list item."""
    r = p.raw
    num = number(r["source_id"])
    parts = _SPLIT.split(r.get("location_raw", ""), maxsplit=1)
    city, district = (parts[0], parts[1]) if len(parts) == 2 else (r.get("location_raw", ""), "")
    return {
        "jobId": 40_000_000_000 + demo_number(r["source_id"]),
        "number": num,
        "name": r["title"],
        "companyName": r["company"],
        "companySize": r.get("company_size_raw", ""),
        "property": r["company_type_raw"],
        "industryName": r["industry_raw"],
        "workCity": city,
        "cityDistrict": district,
        "streetName": r.get("address_raw", ""),
        "salary60": r.get("salary_raw", ""),
        "workingExp": r.get("experience_raw", ""),
        "education": r.get("education_raw", ""),
        "workType": r["employment_type_raw"],
        "welfareTagList": list(r["tags"]),
        "skillLabel": [],
        "jobSummary": r["description"][:SUMMARY_CHARS],
        "publishTime": f"{r['posted_at_raw']} 09:00:00",
        "positionUrl": f"{base}/jobdetail/{num}.htm",
    }


def make_app(postings: Sequence[DemoPosting], page_size: int = 20, *, blocked: bool = False) -> web.Application:
    """The Zhaopin replica over ``postings``."""
    index = SearchIndex(postings)
    by_number = {number(postings[i].raw["source_id"]): i for i in range(len(postings))}

    def to_login(request: web.Request) -> web.HTTPFound:
        return web.HTTPFound(f"/login?bkUrl={request.path}")

    async def search(request: web.Request) -> web.Response:
        if blocked:
            raise to_login(request)
        if request.method != "POST":
            raise web.HTTPMethodNotAllowed(request.method, ["POST"])
        try:
            body = await request.json()
            keyword = str(body["S_SOU_FULL_INDEX"])
        except (ValueError, KeyError, TypeError):
            return json_response({"code": 400, "message": "参数错误", "data": {}})
        city = city_name("zhaopin", str(body.get("S_SOU_WORK_CITY") or "489"))
        hits = [] if city is None else index.search(keyword, None if city == "全国" else city)
        size = max(1, min(int_arg(body.get("pageSize"), page_size), 90))
        window = page_window(hits, int_arg(body.get("pageIndex"), 1), size)
        b = base_url(request)
        data = {"count": len(hits), "list": [item_for(postings[i], b) for i in window]}
        return json_response({"code": 200, "message": "成功", "data": data})

    async def detail(request: web.Request) -> web.Response:
        if blocked:
            raise to_login(request)
        i = by_number.get(request.match_info["number"])
        if i is None:
            raise web.HTTPNotFound(text="职位已下线")
        r = postings[i].raw
        body = (
            f'<div class="summary-plane"><h3 class="summary-plane__title">{e(r["title"])}</h3>'
            f'<span class="summary-plane__salary">{e(r.get("salary_raw", ""))}</span></div>'
            f'<div class="describtion"><div class="describtion__detail-content">{br_lines(r["description"])}</div>'
            f'</div><div class="job-address"><span class="job-address__content-text">'
            f'{e(r.get("address_raw", ""))}</span></div>'
        )
        return html_response(page(f"{r['title']}-{r['company']}-智联招聘", body))

    async def login(request: web.Request) -> web.Response:
        return html_response(LOGIN_PAGE)

    app = web.Application()
    app.router.add_route("*", SEARCH_PATH, search)
    app.router.add_get("/jobdetail/{number}.htm", detail)
    app.router.add_get("/login", login)
    return app
