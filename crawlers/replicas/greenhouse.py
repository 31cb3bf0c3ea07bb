"""Greenhouse replica: ``GET /v1/boards/{token}/jobs[?content=true]`` (every job of the board at once; the
escaped HTML ``content`` only with ``content=true``), ``/v1/boards/{token}/jobs/{id}`` and ``/v1/boards/{token}``.
Each demo company is a board (token: :func:`crawlers.replicas.common.board_token`). Blocked mode: a 403
Cloudflare block page."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aiohttp import web

from crawlers.replicas.common import (
    CLOUDFLARE_403,
    base_url,
    board_token,
    demo_number,
    html_response,
    json_response,
    paragraphs,
)

if TYPE_CHECKING:
    from crawlers.demo_board.generator import DemoPosting

NOT_FOUND = {"status": 404, "error": "Job board not found"}


def job_id(source_id: str) -> int:
    """The Greenhouse job id standing for a demo posting."""
    return 4_000_000_000 + demo_number(source_id)


def job_for(p: DemoPosting, token: str, base: str, content: bool) -> dict[str, Any]:
    """A posting as a board job."""
    r = p.raw
    jid = job_id(r["source_id"])
    metadata = [{"id": 1, "name": "Employment Type", "value": r["employment_type_raw"], "value_type": "single_select"}]
    if "salary_raw" in r:
        metadata.append({"id": 2, "name": "Salary", "value": r["salary_raw"], "value_type": "short_text"})
    job: dict[str, Any] = {
        "id": jid,
        "internal_job_id": jid - 1_000_000_000,
        "title": r["title"],
        "updated_at": f"{r['posted_at_raw']}T09:00:00+08:00",
        "requisition_id": r["source_id"],
        "location": {"name": r.get("location_raw", "")},
        "absolute_url": f"{base}/{token}/jobs/{jid}",
        "metadata": metadata,
        "data_compliance": [],
        "company_name": r["company"],
        "first_published": f"{r['posted_at_raw']}T09:00:00+08:00",
    }
    if content:
        job["content"] = html.escape(paragraphs(r["description"]), quote=True)
        job["departments"] = [{"id": 10, "name": r["industry_raw"], "child_ids": [], "parent_id": None}]
        job["offices"] = [{"id": 20, "name": r.get("location_raw", ""), "location": r.get("location_raw", "")}]
    return job


def make_app(postings: Sequence[DemoPosting], page_size: int = 20, *, blocked: bool = False) -> web.Application:
    """The Greenhouse replica over ``postings`` (``page_size`` unused: the API does not page)."""
    boards: dict[str, list[int]] = {}
    for i in range(len(postings)):
        boards.setdefault(board_token(postings[i].raw["company"]), []).append(i)

    def board_or_404(request: web.Request) -> tuple[str, list[int]]:
        token = request.match_info["token"]
        if token not in boards:
            raise web.HTTPNotFound(text=json_response(NOT_FOUND).text, content_type="application/json")
        return token, boards[token]

    async def jobs(request: web.Request) -> web.Response:
        if blocked:
            return html_response(CLOUDFLARE_403, status=403)
        token, hits = board_or_404(request)
        content = request.query.get("content", "").lower() == "true"
        b = base_url(request)
        listed = [job_for(postings[i], token, b, content) for i in hits]
        return json_response({"jobs": listed, "meta": {"total": len(listed)}})

    async def job(request: web.Request) -> web.Response:
        if blocked:
            return html_response(CLOUDFLARE_403, status=403)
        token, hits = board_or_404(request)
        for i in hits:
            if str(job_id(postings[i].raw["source_id"])) == request.match_info["job_id"]:
                return json_response(job_for(postings[i], token, base_url(request), True))
        raise web.HTTPNotFound(text='{"status":404,"error":"Job not found"}', content_type="application/json")

    async def board(request: web.Request) -> web.Response:
        if blocked:
            return html_response(CLOUDFLARE_403, status=403)
        _token, hits = board_or_404(request)
        return json_response({"name": postings[hits[0]].raw["company"], "content": ""})

    app = web.Application()
    app.router.add_get("/v1/boards/{token}", board)
    app.router.add_get("/v1/boards/{token}/jobs", jobs)
    app.router.add_get("/v1/boards/{token}/jobs/{job_id}", job)
    return app
