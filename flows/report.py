"""The report: one self-contained HTML file (inline SVG charts, no scripts, no network) read from the warehouse."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from warehouse.claims import CLAIM_ORDER, claim_specs
from warehouse.db import open_warehouse

TEMPLATE = "report.html.j2"
# C1's role families (warehouse/sql/claims/c1_core_roles.sql): are they also the three largest?
CORE_ROLE_FAMILIES = frozenset({"operations", "procurement", "marketing"})


def _rows(con: Any, sql: str) -> list[dict[str, Any]]:
    rel = con.sql(sql)
    columns = rel.columns
    return [dict(zip(columns, row, strict=True)) for row in rel.fetchall()]


def _svg(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg") :]  # drop the XML prologue: the SVG is inlined into HTML


def _barh(labels: list[str], values: list[float], title: str, xlabel: str) -> str:
    import matplotlib.pyplot as plt

    height = max(1.6, 0.32 * len(labels) + 0.8)
    fig, ax = plt.subplots(figsize=(6.4, height))
    ax.barh(labels[::-1], values[::-1], color="#2b6cb0")
    ax.set_title(title, loc="left", fontsize=11)
    ax.set_xlabel(xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)


def _claims_chart(claims: list[dict[str, Any]]) -> str | None:
    """A forest plot: each claim's share with its 95% interval against its threshold."""
    import matplotlib.pyplot as plt

    rows = [c for c in claims if c.get("value") is not None]
    if not rows:
        return None
    fig, ax = plt.subplots(figsize=(6.4, 0.55 * len(rows) + 1.0))
    colours = {"supported": "#2f855a", "not_supported": "#c53030", "inconclusive": "#b7791f"}
    for y, claim in enumerate(reversed(rows)):
        low = claim["ci_low"] if claim["ci_low"] is not None else claim["value"]
        high = claim["ci_high"] if claim["ci_high"] is not None else claim["value"]
        colour = colours.get(claim["verdict"], "#4a5568")
        ax.plot([low, high], [y, y], color=colour, linewidth=3)
        ax.plot([claim["value"]], [y], "o", color=colour)
        if claim.get("threshold") is not None:
            ax.plot([claim["threshold"]], [y], "|", color="black", markersize=16)
    ax.set_yticks(range(len(rows)), [f"{c['claim_id']} {c['metric']}" for c in reversed(rows)])
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of cross-border postings (95% CI); bar = threshold")
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)


def _salary_chart(midpoints: list[float]) -> str | None:
    import matplotlib.pyplot as plt

    if not midpoints:
        return None
    fig, ax = plt.subplots(figsize=(6.4, 3.0))
    ax.hist([m / 1000 for m in midpoints], bins=30, color="#2b6cb0")
    ax.set_title("Monthly salary midpoint, cross-border postings (CNY thousands)", loc="left", fontsize=11)
    ax.set_xlabel("thousand CNY per month")
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)


def gather(con: Any) -> dict[str, Any]:
    """Everything the report shows, read from the public views only (so it is what analysts see too)."""
    totals = _rows(
        con,
        "select count(*) as n_postings, count(*) filter (where is_cross_border) as n_cross_border from postings",
    )[0]
    base = "from postings where is_cross_border"
    # Ties are broken by name: DuckDB's parallel aggregation returns equal counts in no fixed order, so without
    # it the report's "three largest role families" changed between two runs on the same data (hy25).
    regions = _rows(con, f"select coalesce(region, 'unknown') as k, count(*) as n {base} group by 1 order by 2 desc, 1")
    roles = _rows(con, f"select role_family as k, count(*) as n {base} group by 1 order by 2 desc, 1 nulls last")
    sizes = _rows(con, f"select size_class as k, count(*) as n {base} group by 1 order by 2 desc, 1 nulls last")
    platforms = _rows(
        con,
        "select pp.platform as k, count(distinct p.posting_id) as n from posting_platforms pp "
        "join postings p using (posting_id) where p.is_cross_border group by 1 order by 2 desc, 1 limit 15",
    )
    languages = _rows(
        con,
        "select pl.language_code as k, count(distinct p.posting_id) as n from posting_languages pl "
        "join postings p using (posting_id) where p.is_cross_border and pl.is_required "
        "and pl.language_code not in ('zh', 'yue') group by 1 order by 2 desc, 1 limit 15",
    )
    midpoints = [
        r["m"]
        for r in _rows(
            con,
            "select (coalesce(salary_min_cny_month, salary_max_cny_month) + "
            "coalesce(salary_max_cny_month, salary_min_cny_month)) / 2 as m "
            f"{base} and salary_currency = 'CNY' and coalesce(salary_min_cny_month, salary_max_cny_month) "
            "is not null",
        )
    ]
    claims = _rows(con, f"select * from claims order by {CLAIM_ORDER}")
    # C7b's premium size (indicators/indicators.sql): the verdict says whether there is one, this how large.
    premiums = _rows(
        con,
        "select dimension, value, n, ci_low, ci_high from indicators "
        "where indicator = 'salary_premium_skilled' and period = 'all' order by dimension <> 'all', dimension",
    )
    known_roles = [r for r in roles if r["k"] is not None]
    top_roles = {
        "top3": [r["k"] for r in known_roles[:3]],
        "are_core": {r["k"] for r in known_roles[:3]} == CORE_ROLE_FAMILIES,
        "tied_third": len(known_roles) > 3 and known_roles[3]["n"] == known_roles[2]["n"],
    }
    computed = {c["claim_id"] for c in claims}
    pending = [{"claim_id": s.id, "statement": s.statement} for s in claim_specs() if s.id not in computed]
    runs = _rows(con, "select * from runs order by started_at desc limit 5")
    recent = "(select run_id from runs order by started_at desc limit 5)"
    health = _rows(
        con,
        "select h.run_id, h.source, h.requests, h.items, h.blocked, h.duration_s from source_health h "
        f"where h.run_id in {recent} order by h.run_id desc, h.source",
    )
    health_flags = _rows(
        con,
        "select run_id, source, measure, value, trailing_median from source_health_flags "
        f"where is_flagged and run_id in {recent} order by run_id desc, source, measure",
    )
    return {
        "totals": totals,
        "regions": regions,
        "roles": roles,
        "sizes": sizes,
        "platforms": platforms,
        "languages": languages,
        "midpoints": midpoints,
        "claims": claims,
        "pending_claims": pending,
        "top_roles": top_roles,
        "premiums": premiums,
        "runs": runs,
        "health": health,
        "health_flags": health_flags,
    }


def render(data: dict[str, Any], generated_at: datetime) -> str:
    """Render the report HTML from gathered data."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {"svg.fonttype": "none", "font.size": 9}
    )  # text stays text: the browser's CJK fonts apply

    def bars(key: str, title: str, xlabel: str = "postings") -> str | None:
        items = data[key]
        if not items:
            return None
        return _barh([str(r["k"]) for r in items], [float(r["n"]) for r in items], title, xlabel)

    charts = {
        "claims": _claims_chart(data["claims"]),
        "regions": bars("regions", "Cross-border postings by NBS region"),
        "platforms": bars("platforms", "Platforms named in cross-border postings (top 15)"),
        "languages": bars("languages", "Foreign languages required (top 15)"),
        "roles": bars("roles", "Role families"),
        "sizes": bars("sizes", "Company size classes"),
        "salary": _salary_chart(data["midpoints"]),
    }
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(
            lambda name: resources.files("flows").joinpath("templates", name).read_text("utf-8")
        ),
        autoescape=jinja2.select_autoescape(default=True),
    )
    html = env.get_template(TEMPLATE).render(
        data=data,
        charts={k: jinja2.utils.markupsafe.Markup(v) if v else None for k, v in charts.items()},
        generated_at=generated_at,
    )
    return html


def write_report(db: Path, out: Path) -> Path:
    """Read the warehouse and write the report to ``out``; returns the path written."""
    with open_warehouse(db, read_only=True) as con:
        data = gather(con)
    html = render(data, datetime.now(UTC))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".part")
    try:
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)  # no stray part file beside a report that could not be written
        raise
    return out
