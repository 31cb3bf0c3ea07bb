"""Fault switches for the demo board: each named fault makes the board misbehave the way real sites do, so tests
can prove a crawl survives it. Applied as an aiohttp middleware to every site the board serves.

A fault is named alone (``http429``) or with parameters (``http429:p=0.3:n=2:ra=1``):

- ``p``: share of paths affected, chosen by a hash of fault name and path (deterministic, no randomness);
- ``n``: the first ``n`` requests of each affected path misbehave, later ones succeed (``n=0``: every request);
- ``ra``: Retry-After seconds (http429, http503); ``delay``: seconds before answering (timeout);
- ``rev``: revision of the ``change`` switch (a later rev changes another set of postings again).

Robots.txt, sitemaps and the login page itself are never faulted, so a crawl can always find its way in.

Whatever the faults, the middleware also gives the board what incremental crawls need: every sitemap ``<url>`` of
a detail page carries a ``<lastmod>`` (stable per posting, later for postings the ``change`` switch altered), every
HTML page an ``ETag`` (hash of its body) and ``Last-Modified``, and conditional requests (``If-None-Match``,
``If-Modified-Since``) are answered ``304 Not Modified``.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime

from aiohttp import web

# name → one-line description; the middleware below implements each.
FAULTS: dict[str, str] = {
    "http429": "429 Too Many Requests with Retry-After (first n requests of a share p of paths)",
    "http503": "503 Service Unavailable with Retry-After (first n requests of a share p of paths)",
    "timeout": "answers only after `delay` seconds, longer than the crawl's DOWNLOAD_TIMEOUT",
    "reset": "connection dropped mid-response (status line sent, then the socket is aborted)",
    "truncated": "Content-Length larger than the body: the body is cut and the connection closed",
    "malformed_jsonld": "broken JSON-LD: trailing commas, raw newlines, or a block cut short (unrecoverable)",
    "malformed_html": "unclosed and stray tags, no </body></html>",
    "gbk": "page encoded in GB18030, charset declared only in a <meta> tag or only in the HTTP header",
    "login_redirect": "302 to a login page",
    "captcha": "200 with a security-check (captcha) page instead of the content",
    "pii": "descriptions carry phone numbers, e-mail addresses, WeChat and QQ ids",
    "change": "a share p of postings changed: new description line, later lastmod, new ETag",
}

# Per-fault defaults: transient faults hit the first request only, content faults every request.
_DEFAULTS: dict[str, dict[str, float]] = {
    "http429": {"p": 0.2, "n": 1, "ra": 1},
    "http503": {"p": 0.2, "n": 1, "ra": 1},
    "timeout": {"p": 0.1, "n": 1, "delay": 3},
    "reset": {"p": 0.2, "n": 1},
    "truncated": {"p": 0.2, "n": 1},
    "malformed_jsonld": {"p": 0.2, "n": 0},
    "malformed_html": {"p": 0.2, "n": 0},
    "gbk": {"p": 0.5, "n": 0},
    "login_redirect": {"p": 1.0, "n": 0},
    "captcha": {"p": 1.0, "n": 0},
    "pii": {"p": 1.0, "n": 0},
    "change": {"p": 0.1, "n": 0, "rev": 1},
}
_PARAMS = ("p", "n", "ra", "delay", "rev")
_UNFAULTED = re.compile(r"^/(?:robots\.txt|sitemap[^/]*\.xml|sitemaps/.*|login.*|favicon\.ico)$")
_DETAIL = re.compile(r"^/jobs/[^/?]+$")
_BASE_DATE = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
_CHANGED_DATE = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class FaultSpec:
    """One parsed fault switch."""

    name: str
    p: float
    n: int
    ra: float = 1.0
    delay: float = 3.0
    rev: int = 1


def parse_fault(text: str) -> FaultSpec:
    """``name[:key=value...]`` → FaultSpec; a one-line ValueError for an unknown name or parameter."""
    name, *params = text.strip().split(":")
    if name not in FAULTS:
        raise ValueError(f"unknown fault(s) {name}; known: {', '.join(sorted(FAULTS))}")
    values: dict[str, float] = dict(_DEFAULTS[name])
    for param in params:
        key, _, value = param.partition("=")
        if key not in _PARAMS:
            raise ValueError(f"fault {name}: unknown parameter {key!r}; known: {', '.join(_PARAMS)}")
        try:
            values[key] = float(value)
        except ValueError:
            raise ValueError(f"fault {name}: {key} must be a number, got {value!r}") from None
    if not 0 <= values["p"] <= 1:
        raise ValueError(f"fault {name}: p must be between 0 and 1")
    spec = FaultSpec(name, values["p"], int(values["n"]))
    return replace(
        spec,
        ra=values.get("ra", spec.ra),
        delay=values.get("delay", spec.delay),
        rev=int(values.get("rev", spec.rev)),
    )


def check_faults(names: Sequence[str]) -> tuple[str, ...]:
    """Validate fault switches (names, optionally with parameters); a one-line ValueError names the bad ones."""
    unknown = [n for n in names if n.split(":", 1)[0] not in FAULTS]
    if unknown:
        raise ValueError(f"unknown fault(s) {', '.join(unknown)}; known: {', '.join(sorted(FAULTS)) or 'none'}")
    for n in names:
        parse_fault(n)
    return tuple(names)


def _unit(*parts: object) -> float:
    """A deterministic number in [0, 1) from the parts (sha1, so stable across processes and runs)."""
    digest = hashlib.sha1("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def affected(fault: str, path: str, p: float | None = None) -> bool:
    """Whether ``fault`` (its default share, or ``p``) hits ``path`` (path and query, e.g. ``/jobs/demo-000001``)."""
    share = _DEFAULTS[fault]["p"] if p is None else p
    return _unit(fault, path) < share


def variant(fault: str, path: str, k: int) -> int:
    """Which of ``k`` variants of ``fault`` a path gets (e.g. gbk: 0 = meta charset only, 1 = header only)."""
    return int(_unit(fault, "variant", path) * k)


def changed(path: str, p: float, rev: int = 1) -> bool:
    """Whether the ``change`` switch at share ``p`` and revision ``rev`` alters the posting at ``path``."""
    return _unit("change", rev, path) < p


def lastmod(path: str, change: FaultSpec | None = None) -> datetime:
    """The posting's last modification: stable per path, or the change date when the change switch hits it."""
    if change is not None and changed(path, change.p, change.rev):
        return _CHANGED_DATE + timedelta(days=change.rev)
    return _BASE_DATE + timedelta(days=int(_unit("lastmod", path) * 60), minutes=int(_unit("m", path) * 600))


# Contact lines the pii fault puts into descriptions (formats seen on real boards).
PII_LINES: tuple[str, ...] = (
    "联系电话：138 1234 5678，简历请发 hr.zhang@example-cbec.com",
    "有意者加微信：hr_lily88 或 QQ：12345678 咨询",
    "联系人：王经理 139-8765-4321，邮箱 jobs@szcbec.cn",
    "电话/微信同号 +86 186 0000 1234；座机 0755-86001234",
    "投递邮箱：recruit.2026@qq.com，扣扣 987654321",
    "VX：cbec_hr2026，QQ号：2468013579，热线 400-800-1234",
    "加微：kuajing_hr01；简历 hr(at)szcbec.cn；手机 135.0000.8888",
)
CONTACT_VALUES: tuple[str, ...] = (
    "138 1234 5678",
    "hr.zhang@example-cbec.com",
    "hr_lily88",
    "12345678",
    "139-8765-4321",
    "jobs@szcbec.cn",
    "186 0000 1234",
    "0755-86001234",
    "recruit.2026@qq.com",
    "987654321",
    "cbec_hr2026",
    "2468013579",
    "400-800-1234",
    "kuajing_hr01",
    "hr(at)szcbec.cn",
    "135.0000.8888",
)

_LOGIN_PAGE = (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>登录 - 跨境人才网</title></head>'
    '<body><form class="login" method="post" action="/login"><h1>请登录后查看职位详情</h1>'
    '<input name="user"><input name="password" type="password"><button>登录</button></form></body></html>'
)
_CAPTCHA_PAGE = (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>安全验证</title></head>'
    '<body><div class="captcha" id="captcha"><h1>访问过于频繁，请完成安全验证</h1>'
    "<p>请拖动滑块完成验证后继续访问。</p></div></body></html>"
)


def _insert_description_line(page: str, line: str) -> str:
    """Add a first line to a detail page's description (JSON-LD, microdata and visible copies)."""
    esc = line.replace("&", "&amp;").replace("<", "&lt;")
    page = page.replace('"description": "', f'"description": "<p>{esc}<\\/p>', 1)
    page = page.replace('<div itemprop="description">', f'<div itemprop="description"><p>{esc}</p>', 1)
    return page.replace('<div class="description">', f'<div class="description"><p>{esc}</p>', 1)


def _break_jsonld(page: str, kind: int) -> str:
    m = re.search(r'(<script type="application/ld\+json">)(.*?)(</script>)', page, re.S)
    if not m:
        return page
    data = m.group(2)
    if kind == 0:  # trailing commas, as hand-templated blocks often have
        data = data.replace('"}', '",}').replace("]", ",]")
    elif kind == 1:  # raw newlines inside strings
        data = data.replace("<\\/p><p>", "<\\/p>\n<p>")
    else:  # a block cut short: no parser can recover it
        data = data[: len(data) // 2]
    return page[: m.start(2)] + data + page[m.end(2) :]


def _break_html(page: str) -> str:
    for tag in ("</p>", "</li>", "</dd>", "</body>", "</html>"):
        page = page.replace(tag, "")
    return page.replace("<nav>", "</div><nav><b><i>", 1).replace("</nav>", "</b></nav><<", 1)


def apply_faults(app: web.Application, names: Sequence[str]) -> web.Application:
    """Install the middleware that injects ``names`` into ``app``'s responses, and serves lastmod, ETag and 304s."""
    specs = {s.name: s for s in map(parse_fault, check_faults(names))}
    hits: Counter[tuple[str, str]] = Counter()

    def fires(name: str, key: str) -> bool:
        spec = specs.get(name)
        if spec is None or not affected(name, key, spec.p):
            return False
        hits[name, key] += 1
        return spec.n == 0 or hits[name, key] <= spec.n

    @web.middleware
    async def faults(request: web.Request, handler: Handler) -> web.StreamResponse:
        path, key = request.path, request.path_qs
        if path.startswith("/login"):
            return web.Response(text=_LOGIN_PAGE, content_type="text/html")
        if _UNFAULTED.match(path):
            response = await handler(request)
            if path.endswith(".xml") and isinstance(response, web.Response) and response.text:
                response.text = _sitemap_lastmods(response.text, specs.get("change"))
            return response
        if fires("login_redirect", key):
            raise web.HTTPFound(f"/login?next={key}")
        if fires("captcha", key):
            return web.Response(text=_CAPTCHA_PAGE, content_type="text/html")
        for name, status in (("http429", 429), ("http503", 503)):
            if fires(name, key):
                return web.Response(status=status, text="slow down", headers={"Retry-After": f"{specs[name].ra:g}"})
        if fires("timeout", key):
            await asyncio.sleep(specs["timeout"].delay)
        if fires("reset", key):
            return await _reset(request)
        response = await handler(request)
        if not isinstance(response, web.Response) or response.status != 200 or response.text is None:
            return response
        if not (response.content_type or "").startswith("text/html"):
            return response
        page = response.text
        detail = bool(_DETAIL.match(path))
        if detail and "change" in specs and changed(path, specs["change"].p, specs["change"].rev):
            page = _insert_description_line(page, f"（职位信息已更新，第{specs['change'].rev}版）")
        if detail and fires("pii", key):
            line = PII_LINES[variant("pii", path, len(PII_LINES))]
            page = _insert_description_line(page, line)
        if fires("malformed_jsonld", key):
            page = _break_jsonld(page, variant("malformed_jsonld", path, 3))
        if fires("malformed_html", key):
            page = _break_html(page)
        headers = {"Content-Type": "text/html; charset=utf-8"}
        body = page.encode("utf-8")
        if fires("gbk", key):
            body = page.encode("gb18030")
            if variant("gbk", path, 2) == 0:  # declared only in the page
                body = body.replace(b'<meta charset="utf-8">', b'<meta charset="gbk">', 1)
                headers["Content-Type"] = "text/html"
            else:  # declared only in the header
                body = body.replace(b'<meta charset="utf-8">', b"", 1)
                headers["Content-Type"] = "text/html; charset=gb18030"
        modified = lastmod(path, specs.get("change")) if detail else _BASE_DATE
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        headers |= {"ETag": etag, "Last-Modified": format_datetime(modified, usegmt=True)}
        if _not_modified(request, etag, modified):
            return web.Response(status=304, headers={"ETag": etag, "Last-Modified": headers["Last-Modified"]})
        if fires("truncated", key):
            return await _truncated(request, body, headers)
        return web.Response(body=body, headers=headers)

    app.middlewares.append(faults)
    return app


def _not_modified(request: web.Request, etag: str, modified: datetime) -> bool:
    inm = request.headers.get("If-None-Match")
    if inm is not None:
        return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
    ims = request.headers.get("If-Modified-Since")
    if ims:
        try:
            return modified.replace(microsecond=0) <= parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
    return False


_LOC = re.compile(r"<loc>([^<]+)</loc></url>")


def _sitemap_lastmods(xml: str, change: FaultSpec | None) -> str:
    """Add <lastmod> to every detail-page <url> of a urlset."""

    def add(m: re.Match[str]) -> str:
        url = m.group(1)
        path = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
        if not _DETAIL.match(path):
            return m.group(0)
        stamp = lastmod(path, change).isoformat().replace("+00:00", "Z")
        return f"<loc>{url}</loc><lastmod>{stamp}</lastmod></url>"

    return _LOC.sub(add, xml)


async def _reset(request: web.Request) -> web.StreamResponse:
    """Send the status line and half the headers, then abort the connection (an RST, as a dying proxy does)."""
    transport = request.transport
    if transport is not None:
        transport.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n")
        transport.abort()
    raise asyncio.CancelledError  # nothing more can be sent on this connection


async def _truncated(request: web.Request, body: bytes, headers: dict[str, str]) -> web.StreamResponse:
    """Promise the whole body in Content-Length, send part of it, then close the connection."""
    response = web.StreamResponse(headers={**headers, "Content-Length": str(len(body))})
    await response.prepare(request)
    await response.write(body[: len(body) * 2 // 3])
    if request.transport is not None:
        request.transport.close()
    raise asyncio.CancelledError
