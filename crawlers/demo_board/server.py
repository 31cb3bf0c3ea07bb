"""The embedded demo job board: an aiohttp site that publishes generated postings the way real boards do.

Routes: ``/`` (home), ``/jobs?page=N`` (listing, ``<a rel="next">``), ``/jobs/{source_id}`` (detail page),
``/sitemap.xml`` (every detail URL; a sitemap index of ``/sitemaps/N.xml`` beyond 50,000 URLs),
``/robots.txt``.
Pages are rendered on request, so a board of 100,000 postings starts at once.

Detail pages carry the posting as a schema.org JobPosting, JSON-LD for most and microdata for about 10%.
Mapping from the raw posting (the generic ``jobposting`` spider inverts it exactly):

- title → ``title``; source_id → ``identifier`` (PropertyValue ``{name: "demo", value}``; microdata: text)
- company → ``hiringOrganization.name``; company_size_raw → ``hiringOrganization.numberOfEmployees``: the band
  text, or a QuantitativeValue ``{minValue, maxValue}`` which the spider renders as "A-B人" / "A人以上"
- location_raw → ``jobLocation.address.addressLocality``; address_raw → ``jobLocation.address.streetAddress``;
  ``addressCountry`` is informative only
- salary_raw → ``baseSalary``: the text as shown on the page, or a MonetaryAmount
  ``{currency, value: QuantitativeValue {minValue, maxValue, unitText: MONTH|YEAR|DAY|HOUR}}`` which the
  spider
  renders as "{min}-{max} {CUR}/{UNIT}"
- education_raw → ``educationRequirements`` (text, or EducationalOccupationalCredential.credentialCategory)
- experience_raw → ``experienceRequirements`` (text); employment_type_raw → ``employmentType`` (text, or a
list
  of the parts of "A/B", joined back with "/"); industry_raw → ``industry``; posted_at_raw → ``datePosted``
- description → ``description`` as HTML, one ``<p>`` per line (the spider turns it back into lines)
- schema.org has no property for company type, language requirement or tags: they are visible elements marked
  ``data-field="company_type_raw"``, ``data-field="language_raw"`` and ``<li data-field="tags">``.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, overload
from xml.sax.saxutils import escape as xml_escape

from aiohttp import web

from crawlers.demo_board.faults import apply_faults, check_faults
from crawlers.demo_board.generator import DemoPosting, generate_postings, make_posting
from crawlers.replicas import make_site_app

SITEMAP_MAX_URLS = 50_000
_DEMO_ID = re.compile(r"demo-(\d{6,})")


class LazyPostings(Sequence[DemoPosting]):
    """The board's postings, generated on first access (posting i depends only on seed and i)."""

    def __init__(self, n: int, seed: int = 42) -> None:
        self.n, self.seed = n, seed
        self._get = lru_cache(maxsize=4096)(lambda i: make_posting(i, seed))

    def __len__(self) -> int:
        return self.n

    @overload
    def __getitem__(self, i: int) -> DemoPosting: ...
    @overload
    def __getitem__(self, i: slice) -> list[DemoPosting]: ...
    def __getitem__(self, i: int | slice) -> DemoPosting | list[DemoPosting]:
        if isinstance(i, slice):
            return [self._get(j) for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self._get(i)

    def index_of(self, source_id: str) -> int | None:
        """Position of a demo source_id, or None."""
        m = _DEMO_ID.fullmatch(source_id)
        if not m:
            return None
        i = int(m.group(1)) - 1
        return i if 0 <= i < self.n else None

    def source_id(self, i: int) -> str:
        return f"demo-{i + 1:06d}"


def _e(s: Any) -> str:
    return html.escape(str(s), quote=True)


def _desc_html(text: str) -> str:
    return "".join(f"<p>{_e(line)}</p>" for line in text.split("\n"))


def _country(p: DemoPosting) -> str | None:
    return p.truth["location"]["country"]


def jsonld_for(p: DemoPosting, url: str) -> dict[str, Any]:
    """The schema.org JobPosting JSON-LD object for a posting (see the module docstring for the mapping)."""
    r, m = p.raw, p.markup
    obj: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": r["title"],
        "url": url,
        "identifier": {"@type": "PropertyValue", "name": "demo", "value": r["source_id"]},
    }
    org: dict[str, Any] = {"@type": "Organization", "name": r["company"]}
    if "employees" in m:
        qv = {"@type": "QuantitativeValue", "minValue": m["employees"]["min"]}
        if m["employees"]["max"] is not None:
            qv["maxValue"] = m["employees"]["max"]
        org["numberOfEmployees"] = qv
    elif "company_size_raw" in r:
        org["numberOfEmployees"] = r["company_size_raw"]
    obj["hiringOrganization"] = org
    addr: dict[str, Any] = {"@type": "PostalAddress"}
    if "location_raw" in r:
        addr["addressLocality"] = r["location_raw"]
    if "address_raw" in r:
        addr["streetAddress"] = r["address_raw"]
    if _country(p):
        addr["addressCountry"] = _country(p)
    obj["jobLocation"] = {"@type": "Place", "address": addr}
    if "salary" in m:
        s = m["salary"]
        obj["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": s["currency"],
            "value": {
                "@type": "QuantitativeValue",
                "minValue": s["min"],
                "maxValue": s["max"],
                "unitText": s["unit"],
            },
        }
    elif "salary_raw" in r:
        obj["baseSalary"] = r["salary_raw"]
    if "education_raw" in r:
        obj["educationRequirements"] = (
            {"@type": "EducationalOccupationalCredential", "credentialCategory": r["education_raw"]}
            if m.get("credential")
            else r["education_raw"]
        )
    if "experience_raw" in r:
        obj["experienceRequirements"] = r["experience_raw"]
    emp = r["employment_type_raw"]
    obj["employmentType"] = emp.split("/") if "/" in emp else emp
    obj["industry"] = r["industry_raw"]
    obj["datePosted"] = r["posted_at_raw"]
    obj["description"] = _desc_html(r["description"])
    return obj


def _extras_html(r: dict[str, Any]) -> str:
    """Visible non-schema.org fields (company type, language requirement, tags)."""
    parts = [
        '<dl class="job-extras"><dt>公司性质</dt>'
        f'<dd data-field="company_type_raw">{_e(r["company_type_raw"])}</dd>'
    ]
    if "language_raw" in r:
        parts.append(f'<dt>语言要求</dt><dd data-field="language_raw">{_e(r["language_raw"])}</dd>')
    parts.append("</dl>")
    parts.append(
        '<ul class="tags">' + "".join(f'<li data-field="tags">{_e(t)}</li>' for t in r["tags"]) + "</ul>"
    )
    return "".join(parts)


def _page(title: str, body: str, head: str = "") -> str:
    return (
        f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{_e(title)}</title>{head}'
        f'</head><body><nav><a href="/">首页</a> | <a href="/jobs">职位列表</a></nav>{body}</body></html>'
    )


def render_jsonld_page(p: DemoPosting, url: str) -> str:
    """Detail page with visible fields and a JSON-LD JobPosting."""
    r = p.raw
    data = json.dumps(jsonld_for(p, url), ensure_ascii=False).replace("</", "<\\/")
    head = f'<script type="application/ld+json">{data}</script>'
    body = (
        f'<article class="job"><h1>{_e(r["title"])}</h1>'
        f'<p class="salary">{_e(r.get("salary_raw", "薪资面议"))}</p>'
        f'<p class="company">{_e(r["company"])} · {_e(r.get("company_size_raw", ""))} · '
        f"{_e(r['industry_raw'])}</p>"
        f'<p class="meta">{_e(r.get("location_raw", ""))} | {_e(r.get("experience_raw", ""))} | '
        f"{_e(r.get('education_raw', ''))} | {_e(r['employment_type_raw'])}</p>"
        f'{_extras_html(r)}<div class="description">{_desc_html(r["description"])}</div>'
        f'<p class="address">{_e(r.get("address_raw", ""))}</p><p class="date">{_e(r["posted_at_raw"])}</p>'
        "</article>"
    )
    return _page(f"{r['title']} - {r['company']}", body, head)


def _mi(prop: str, itemtype: str, inner: str, tag: str = "div") -> str:
    return f'<{tag} itemprop="{prop}" itemscope itemtype="https://schema.org/{itemtype}">{inner}</{tag}>'


def _meta(prop: str, value: Any) -> str:
    return f'<meta itemprop="{prop}" content="{_e(value)}">'


def render_microdata_page(p: DemoPosting, url: str) -> str:
    """Detail page whose JobPosting is microdata (itemscope/itemprop) instead of JSON-LD."""
    r, m = p.raw, p.markup
    if "employees" in m:
        emp_max = m["employees"]["max"]
        size = _mi(
            "numberOfEmployees",
            "QuantitativeValue",
            _meta("minValue", m["employees"]["min"])
            + (_meta("maxValue", emp_max) if emp_max is not None else ""),
            "span",
        )
    elif "company_size_raw" in r:
        size = f'<span itemprop="numberOfEmployees">{_e(r["company_size_raw"])}</span>'
    else:
        size = ""
    org = _mi(
        "hiringOrganization", "Organization", f'<span itemprop="name">{_e(r["company"])}</span> {size}', "p"
    )
    addr = ""
    if "location_raw" in r:
        addr += f'<span itemprop="addressLocality">{_e(r["location_raw"])}</span> '
    if "address_raw" in r:
        addr += f'<span itemprop="streetAddress">{_e(r["address_raw"])}</span>'
    if _country(p):
        addr += _meta("addressCountry", _country(p))
    place = _mi("jobLocation", "Place", _mi("address", "PostalAddress", addr), "div")
    if "salary" in m:
        s = m["salary"]
        qv = _mi(
            "value",
            "QuantitativeValue",
            _meta("minValue", s["min"]) + _meta("maxValue", s["max"]) + _meta("unitText", s["unit"]),
            "span",
        )
        salary = _mi(
            "baseSalary",
            "MonetaryAmount",
            _meta("currency", s["currency"]) + qv + f"{s['min']}-{s['max']} {s['currency']}",
            "p",
        )
    elif "salary_raw" in r:
        salary = f'<p>薪资：<span itemprop="baseSalary">{_e(r["salary_raw"])}</span></p>'
    else:
        salary = ""
    reqs = ""
    if "education_raw" in r:
        reqs += f'学历：<span itemprop="educationRequirements">{_e(r["education_raw"])}</span> '
    if "experience_raw" in r:
        reqs += f'经验：<span itemprop="experienceRequirements">{_e(r["experience_raw"])}</span> '
    reqs += "类型：" + "/".join(
        f'<span itemprop="employmentType">{_e(t)}</span>' for t in r["employment_type_raw"].split("/")
    )
    body = (
        f'<article itemscope itemtype="https://schema.org/JobPosting">'
        f'<h1 itemprop="title">{_e(r["title"])}</h1>{_meta("identifier", r["source_id"])}'
        f"{_meta('datePosted', r['posted_at_raw'])}{salary}{org}{place}<p>{reqs}</p>"
        f'<p>行业：<span itemprop="industry">{_e(r["industry_raw"])}</span></p>{_extras_html(r)}'
        f'<div itemprop="description">{_desc_html(r["description"])}</div></article>'
    )
    return _page(f"{r['title']} - {r['company']}", body)


def make_app(postings: Sequence[DemoPosting], page_size: int = 20) -> web.Application:
    """The board as an aiohttp application over ``postings`` (a list or a :class:`LazyPostings`)."""
    if page_size < 1:
        raise ValueError("page_size must be >= 1")
    lazy = postings if isinstance(postings, LazyPostings) else None
    by_id: dict[str, int] = {} if lazy else {p.raw["source_id"]: i for i, p in enumerate(postings)}

    def source_id(i: int) -> str:
        return lazy.source_id(i) if lazy else postings[i].raw["source_id"]

    def base(request: web.Request) -> str:
        return f"{request.scheme}://{request.host}"

    async def home(request: web.Request) -> web.Response:
        body = (
            f"<h1>跨境人才网（演示）</h1><p>共 {len(postings)} 个职位。</p>"
            '<p><a href="/jobs">浏览全部职位</a></p>'
        )
        return web.Response(text=_page("跨境人才网（演示）", body), content_type="text/html")

    async def listing(request: web.Request) -> web.Response:
        try:
            page = int(request.query.get("page", "1"))
        except ValueError:
            raise web.HTTPBadRequest(text="page must be an integer") from None
        pages = max(1, -(-len(postings) // page_size))
        if not 1 <= page <= pages:
            raise web.HTTPNotFound(text="no such page")
        start = (page - 1) * page_size
        items = []
        for i in range(start, min(start + page_size, len(postings))):
            p = postings[i]
            items.append(
                f'<li><a href="/jobs/{_e(p.raw["source_id"])}">{_e(p.raw["title"])}</a> '
                f"<span>{_e(p.raw['company'])}</span> <span>{_e(p.raw.get('salary_raw', ''))}</span></li>"
            )
        nav = ""
        if page > 1:
            nav += f'<a rel="prev" href="/jobs?page={page - 1}">上一页</a> '
        if page < pages:
            nav += f'<a rel="next" href="/jobs?page={page + 1}">下一页</a>'
        body = (
            f'<h1>职位列表 第{page}/{pages}页</h1><ul class="jobs">{"".join(items)}</ul>'
            f'<div class="pager">{nav}</div>'
        )
        return web.Response(text=_page(f"职位列表 第{page}页", body), content_type="text/html")

    async def detail(request: web.Request) -> web.Response:
        sid = request.match_info["source_id"]
        i = lazy.index_of(sid) if lazy else by_id.get(sid)
        if i is None:
            raise web.HTTPNotFound(text="no such job")
        p = postings[i]
        url = f"{base(request)}/jobs/{sid}"
        page = (
            render_microdata_page(p, url)
            if p.markup.get("format") == "microdata"
            else render_jsonld_page(p, url)
        )
        return web.Response(text=page, content_type="text/html")

    def urlset(b: str, lo: int, hi: int) -> str:
        urls = "".join(
            f"<url><loc>{xml_escape(f'{b}/jobs/{source_id(i)}')}</loc></url>" for i in range(lo, hi)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        )

    async def sitemap(request: web.Request) -> web.Response:
        n, b = len(postings), base(request)
        if n <= SITEMAP_MAX_URLS:
            return web.Response(text=urlset(b, 0, n), content_type="application/xml")
        parts = "".join(
            f"<sitemap><loc>{b}/sitemaps/{k}.xml</loc></sitemap>"
            for k in range(1, -(-n // SITEMAP_MAX_URLS) + 1)
        )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{parts}</sitemapindex>'
        )
        return web.Response(text=text, content_type="application/xml")

    async def sitemap_part(request: web.Request) -> web.Response:
        k = int(request.match_info["k"])
        lo = (k - 1) * SITEMAP_MAX_URLS
        if k < 1 or lo >= len(postings):
            raise web.HTTPNotFound()
        hi = min(lo + SITEMAP_MAX_URLS, len(postings))
        return web.Response(text=urlset(base(request), lo, hi), content_type="application/xml")

    async def robots(request: web.Request) -> web.Response:
        text = f"User-agent: *\nDisallow: /admin\nSitemap: {base(request)}/sitemap.xml\n"
        return web.Response(text=text, content_type="text/plain")

    app = web.Application()
    app.router.add_get("/", home)
    app.router.add_get("/jobs", listing)
    app.router.add_get("/jobs/{source_id}", detail)
    app.router.add_get("/sitemap.xml", sitemap)
    app.router.add_get(r"/sitemaps/{k:\d+}.xml", sitemap_part)
    app.router.add_get("/robots.txt", robots)
    return app


class DemoBoard:
    """Runs the board in a background thread with its own event loop; a context manager.

    ``DemoBoard(n=1000)`` generates postings lazily (instant start for any n); ``DemoBoard(postings_list)`` or
    ``postings=`` serves a given list.
    Binds 127.0.0.1 and an ephemeral port unless told otherwise; ``base_url`` is known after ``start()``.
    """

    def __init__(
        self,
        n: int | Sequence[DemoPosting] = 1000,
        seed: int = 42,
        *,
        postings: Sequence[DemoPosting] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        page_size: int = 20,
        site: str = "jobposting",
        faults: Sequence[str] = (),
    ) -> None:
        if not isinstance(n, int):  # a list of postings given positionally
            postings = n
        self._postings: Sequence[DemoPosting] = (
            postings if postings is not None else LazyPostings(int(n), seed)  # type: ignore[arg-type]
        )
        self.seed, self.host, self.port, self.page_size = seed, host, port, page_size
        self.site, self.faults = site, check_faults(faults)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    @property
    def postings(self) -> list[DemoPosting]:
        """All postings as a list (generated now if the board is lazy)."""
        if isinstance(self._postings, LazyPostings):
            self._postings = generate_postings(self._postings.n, self._postings.seed)
        return list(self._postings)

    def start(self) -> DemoBoard:
        """Start serving; returns when the port is bound."""
        if self._thread is not None:
            return self
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                app = apply_faults(make_site_app(self.site, self._postings, self.page_size), self.faults)
                runner = web.AppRunner(app, access_log=None)
                loop.run_until_complete(runner.setup())
                site = web.TCPSite(runner, self.host, self.port)
                loop.run_until_complete(site.start())
                self._runner = runner
                self.port = runner.addresses[0][1]
            except BaseException as exc:  # reported to the caller of start()
                errors.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(runner.cleanup())
            loop.close()

        self._thread = threading.Thread(target=run, name="demo-board", daemon=True)
        self._thread.start()
        ready.wait(timeout=30)
        if errors:
            self._thread = None
            raise errors[0]
        host = f"[{self.host}]" if ":" in self.host else self.host
        self.base_url = f"http://{host}:{self.port}"
        return self

    def stop(self) -> None:
        """Stop serving and join the thread."""
        if self._thread is None or self._loop is None:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._thread = None

    def __enter__(self) -> DemoBoard:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_forever(
    host: str = "127.0.0.1", port: int = 8765, n: int = 1000, seed: int = 42, faults: Sequence[str] = ()
) -> None:
    """Serve the board in the foreground until interrupted (``cbec demo-board``), with fault switches."""
    web.run_app(
        apply_faults(make_app(LazyPostings(n, seed)), faults),
        host=host,
        port=port,
        access_log=None,
        print=lambda _msg: print(f"demo board: http://{host}:{port}/ ({n} postings, seed {seed})"),
    )


def main(argv: list[str] | None = None) -> None:
    """``python -m crawlers.demo_board.server`` — the same as ``cbec demo-board``."""
    ap = argparse.ArgumentParser(description="Run the demo job board on 127.0.0.1.")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--postings", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args(argv)
    serve_forever(port=a.port, n=a.postings, seed=a.seed)


if __name__ == "__main__":
    main()
