"""Greenhouse job boards API: ``GET boards-api.greenhouse.io/v1/boards/{board_token}/jobs?content=true``.

Answer: ``{"jobs": [{"id", "title", "updated_at", "first_published", "location": {"name"}, "absolute_url",
"company_name", "content" (HTML, entity-escaped), "departments": [{"name"}], "offices": [...], "metadata":
[{"name", "value"}] or null}], "meta": {"total": N}}``: every job of the board in one answer, no paging. An unknown
board is a 404 with a JSON error. Custom metadata fields are per board; "Employment Type" and "Salary" are read
when a board defines them.
"""

from __future__ import annotations

import html
from typing import Any

from crawlers.parsers.common import ListPage, block_reason, clean, compact, html_to_text, load_json, str_list

SOURCE = "greenhouse"


def jobs_path(board: str) -> str:
    """The board's job list path (with the descriptions)."""
    return f"/v1/boards/{board}/jobs"


def _metadata(job: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for field in job.get("metadata") or []:
        if isinstance(field, dict) and clean(field.get("name")):
            value = field.get("value")
            text = "/".join(map(str, value)) if isinstance(value, list) else clean(value)
            if text:
                out[str(field["name"]).strip().lower()] = text
    return out


def posting_from_job(job: dict[str, Any], board: str) -> dict[str, Any]:
    """One board job as a raw posting; the company is the board's company name, else the board token."""
    meta = _metadata(job)
    content = job.get("content")
    return compact(
        {
            "source_id": clean(job.get("id")),
            "url": clean(job.get("absolute_url")),
            "title": clean(job.get("title")),
            "company": clean(job.get("company_name")) or board,
            "location_raw": clean((job.get("location") or {}).get("name")),
            "salary_raw": meta.get("salary"),
            "employment_type_raw": meta.get("employment type"),
            "tags": str_list(job.get("departments"), "name"),
            "description": html_to_text(html.unescape(content)) if isinstance(content, str) else None,
            "posted_at_raw": clean(job.get("first_published")) or clean(job.get("updated_at")),
        }
    )


def parse_jobs(body: str | bytes | dict[str, Any], board: str, status: int = 200) -> ListPage:
    """A board's jobs answer → postings (one page holds them all), or the block reason; an unknown board is an
    empty page, not a block."""
    try:
        doc = load_json(body)
    except ValueError:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        return ListPage(blocked=block_reason(status, text) or block_reason(403, ""))
    if not isinstance(doc, dict) or "jobs" not in doc:
        return ListPage()
    jobs = [j for j in doc.get("jobs") or [] if isinstance(j, dict)]
    postings = [p for p in (posting_from_job(j, board) for j in jobs) if p.get("title")]
    total = (doc.get("meta") or {}).get("total")
    return ListPage(postings=postings, has_more=False, total=total if isinstance(total, int) else None)
