"""Lever replica: ``GET /v0/postings/{company}?mode=json&skip=N&limit=M`` (a JSON array; without ``mode=json``
an HTML list page; an unknown company a 404 ``{"ok": false, "error": "Document not found"}``). Each demo company
is a Lever account (slug: :func:`crawlers.replicas.common.board_token`). Blocked mode: a 403 Cloudflare block
page."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from aiohttp import web

from crawlers.replicas.common import (
    CLOUDFLARE_403,
    base_url,
    board_token,
    e,
    html_response,
    int_arg,
    json_response,
    page,
    paragraphs,
)

if TYPE_CHECKING:
    from crawlers.demo_board.generator import DemoPosting

_UNIT_INTERVAL = {
    "MONTH": "per-month-salary",
    "YEAR": "per-year-salary",
    "DAY": "per-day-wage",
    "HOUR": "per-hour-wage",
}


def posting_id(source_id: str) -> str:
    """The Lever posting id (a UUID) standing for a demo posting."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"lever:{source_id}"))


def posting_for(p: DemoPosting, slug: str, base: str) -> dict[str, Any]:
    """A posting as a Lever postings entry."""
    r, m = p.raw, p.markup
    pid = posting_id(r["source_id"])
    created = datetime.fromisoformat(r["posted_at_raw"]).replace(tzinfo=UTC)
    doc: dict[str, Any] = {
        "id": pid,
        "text": r["title"],
        "categories": {
            "commitment": r["employment_type_raw"],
            "department": r["industry_raw"],
            "location": r.get("location_raw", ""),
            "team": "",
            "allLocations": [r.get("location_raw", "")],
        },
        "country": "CN",
        "workplaceType": "onsite",
        "description": paragraphs(r["description"]),
        "descriptionPlain": r["description"],
        "lists": [],
        "additional": "",
        "additionalPlain": "",
        "tags": list(r["tags"]),
        "hostedUrl": f"{base}/{slug}/{pid}",
        "applyUrl": f"{base}/{slug}/{pid}/apply",
        "createdAt": int(created.timestamp() * 1000),
    }
    if "salary" in m and m["salary"]["unit"] in _UNIT_INTERVAL:
        s = m["salary"]
        doc["salaryRange"] = {"currency": s["currency"], "interval": _UNIT_INTERVAL[s["unit"]], "min": s["min"],
                              "max": s["max"]}
    elif "salary_raw" in r:
        doc["salaryDescription"] = f"<p>{e(r['salary_raw'])}</p>"
        doc["salaryDescriptionPlain"] = r["salary_raw"]
    return doc


def make_app(postings: Sequence[DemoPosting], page_size: int = 20, *, blocked: bool = False) -> web.Application:
    """The Lever replica over ``postings`` (``page_size`` unused: ``limit`` is the client's)."""
    accounts: dict[str, list[int]] = {}
    for i in range(len(postings)):
        accounts.setdefault(board_token(postings[i].raw["company"]), []).append(i)

    async def listing(request: web.Request) -> web.Response:
        if blocked:
            return html_response(CLOUDFLARE_403, status=403)
        slug = request.match_info["company"]
        if slug not in accounts:
            return json_response({"ok": False, "error": "Document not found"}, status=404)
        hits = accounts[slug]
        skip = max(0, int_arg(request.query.get("skip"), 0))
        limit = int_arg(request.query.get("limit"), len(hits))
        window = hits[skip : skip + limit] if limit > 0 else hits[skip:]
        b = base_url(request)
        if request.query.get("mode") != "json":
            items = "".join(f"<li>{e(postings[i].raw['title'])}</li>" for i in window)
            return html_response(page(f"{slug} jobs", f'<ul class="postings">{items}</ul>'))
        return json_response([posting_for(postings[i], slug, b) for i in window])

    app = web.Application()
    app.router.add_get("/v0/postings/{company}", listing)
    return app
