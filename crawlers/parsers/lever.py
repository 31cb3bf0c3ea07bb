"""Lever postings API: ``GET api.lever.co/v0/postings/{company}?mode=json&skip=N&limit=M``.

Answer: a JSON array of postings ``{"id", "text" (title), "categories": {"commitment", "department",
"location", "team"}, "country", "workplaceType", "description" (HTML), "descriptionPlain", "lists": [{"text",
"content" (HTML)}], "additional", "hostedUrl", "createdAt" (ms since the epoch), "tags", "salaryRange":
{"currency", "interval", "min", "max"}, "salaryDescriptionPlain"}``. Without ``mode=json`` the API answers HTML;
an unknown company is a 404 ``{"ok": false, "error": "Document not found"}``. Lever has no company-name field:
the source configures one per slug.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from crawlers.parsers.common import ListPage, block_reason, clean, compact, html_to_text, load_json, str_list

SOURCE = "lever"
# salaryRange.interval → the unit the schema.org spider also renders ("{min}-{max} {CUR}/{UNIT}").
_INTERVAL_UNIT = {
    "per-month-salary": "MONTH",
    "per-year-salary": "YEAR",
    "per-day-wage": "DAY",
    "per-hour-wage": "HOUR",
    "per-week-salary": "WEEK",
}


def postings_path(company: str) -> str:
    """The company's postings path."""
    return f"/v0/postings/{company}"


def _num(x: Any) -> str:
    return str(int(x)) if isinstance(x, (int, float)) and float(x).is_integer() else str(x)


def salary_text(posting: dict[str, Any]) -> str | None:
    """The salary as shown: the structured range rendered "{min}-{max} {CUR}/{UNIT}", else the plain text."""
    rng = posting.get("salaryRange")
    if isinstance(rng, dict) and rng.get("min") is not None:
        unit = _INTERVAL_UNIT.get(str(rng.get("interval")), str(rng.get("interval", "")).upper())
        return f"{_num(rng['min'])}-{_num(rng.get('max', rng['min']))} {rng.get('currency', '')}/{unit}"
    return clean(posting.get("salaryDescriptionPlain"))


def _description(posting: dict[str, Any]) -> str | None:
    parts = [html_to_text(posting.get("description") or "") or clean(posting.get("descriptionPlain")) or ""]
    for lst in posting.get("lists") or []:
        if isinstance(lst, dict):
            parts += [clean(lst.get("text")) or "", html_to_text(str(lst.get("content") or ""))]
    parts.append(html_to_text(str(posting.get("additional") or "")))
    return "\n".join(p for p in parts if p) or None


def posting_from_json(posting: dict[str, Any], company: str) -> dict[str, Any]:
    """One Lever posting as a raw posting under the configured company name."""
    cats = posting.get("categories") or {}
    created = posting.get("createdAt")
    posted = (
        datetime.fromtimestamp(created / 1000, UTC).date().isoformat() if isinstance(created, (int, float)) else None
    )
    return compact(
        {
            "source_id": clean(posting.get("id")),
            "url": clean(posting.get("hostedUrl")),
            "title": clean(posting.get("text")),
            "company": company,
            "location_raw": clean(cats.get("location")),
            "salary_raw": salary_text(posting),
            "employment_type_raw": clean(cats.get("commitment")),
            "tags": str_list(posting.get("tags")),
            "description": _description(posting),
            "posted_at_raw": posted,
        }
    )


def parse_postings(body: str | bytes | list[Any], company: str, limit: int, status: int = 200) -> ListPage:
    """A postings answer → postings and whether another ``skip`` page follows; an unknown company is empty."""
    try:
        doc = load_json(body)
    except ValueError:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        return ListPage(blocked=block_reason(status, text) or block_reason(403, ""))
    if not isinstance(doc, list):
        return ListPage()
    items = [p for p in doc if isinstance(p, dict)]
    postings = [p for p in (posting_from_json(i, company) for i in items) if p.get("title")]
    return ListPage(postings=postings, has_more=len(items) >= limit)
