"""What the site replicas share: keyword/city filtering over the demo postings, stable site ids, the anti-bot
pages real sites answer with, and small HTML helpers."""

from __future__ import annotations

import html
import uuid
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:
    from crawlers.demo_board.generator import DemoPosting


class SearchIndex:
    """Positions of the postings a search matches (keyword in title or description, city in the location or
    address), cached per query so deep paging stays cheap."""

    def __init__(self, postings: Sequence[DemoPosting]) -> None:
        self.postings = postings
        self._cache: dict[tuple[str, str], list[int]] = {}

    def search(self, keyword: str, city: str | None) -> list[int]:
        """Matching positions in board order; an empty keyword matches all, a None city is nationwide."""
        key = (keyword.strip().lower(), city or "")
        if key not in self._cache:
            kw, c = key
            hits = []
            for i in range(len(self.postings)):
                r = self.postings[i].raw
                if kw and kw not in (r["title"] + "\n" + r["description"]).lower():
                    continue
                if c and c not in r.get("location_raw", "") + r.get("address_raw", ""):
                    continue
                hits.append(i)
            self._cache[key] = hits
        return self._cache[key]


def demo_number(source_id: str) -> int:
    """The number inside a demo source id ("demo-000042" → 42); a stable base for each site's own ids."""
    return int(source_id.rsplit("-", 1)[-1])


def hex_id(source_id: str, salt: str) -> str:
    """A stable opaque id (BOSS encryptJobId style) for a posting."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{salt}:{source_id}").hex[:24]


def board_token(company: str) -> str:
    """The career-board token (Greenhouse board / Lever slug) the replicas give a demo company."""
    return f"demo{zlib.crc32(company.encode('utf-8')):08x}"


def board_tokens(postings: Sequence[DemoPosting]) -> dict[str, str]:
    """Token → company name, for every company on the board (what a source would configure)."""
    return {board_token(p.raw["company"]): p.raw["company"] for p in postings}


def base_url(request: web.Request) -> str:
    """The replica's own origin, standing in for the real site's host in links it hands out."""
    return f"{request.scheme}://{request.host}"


def e(value: Any) -> str:
    """HTML-escaped text."""
    return html.escape(str(value), quote=True)


def paragraphs(text: str) -> str:
    """Description lines as paragraphs."""
    return "".join(f"<p>{e(line)}</p>" for line in text.split("\n"))


def br_lines(text: str) -> str:
    """Description lines joined with <br> (as Chinese boards render job texts)."""
    return "<br>".join(e(line) for line in text.split("\n"))


def json_response(doc: Any, status: int = 200) -> web.Response:
    """A JSON answer with Chinese left unescaped, as these sites send it."""
    import json

    return web.json_response(doc, status=status, dumps=lambda d: json.dumps(d, ensure_ascii=False))


def html_response(text: str, status: int = 200) -> web.Response:
    """An HTML answer."""
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def page(title: str, body: str) -> str:
    """A minimal HTML document."""
    head = f'<head><meta charset="utf-8"><title>{e(title)}</title></head>'
    return f'<!doctype html><html lang="zh-CN">{head}<body>{body}</body></html>'


# The Aliyun WAF slider page (51job, Zhaopin): the nc_bg slider box and the "access blocked" notice.
WAF_SLIDER_PAGE = page(
    "滑动验证页面",
    '<div id="nocaptcha"><div class="nc_wrapper"><div class="nc_bg"></div>'
    '<span class="nc-lang-cnt">请按住滑块，拖动到最右边</span></div></div>'
    "<p>很抱歉，由于您访问的URL有可能对网站造成安全威胁，您的访问被阻断。</p>",
)

LOGIN_PAGE = page("登录", '<div class="login-box"><h2>扫码登录</h2><p>请登录后查看更多职位</p></div>')

CLOUDFLARE_403 = page(
    "Attention Required! | Cloudflare",
    '<div id="cf-wrapper"><h1>Sorry, you have been blocked</h1><p>cf-chl challenge</p></div>',
)


def page_window(hits: list[int], page_no: int, size: int) -> list[int]:
    """The positions on a 1-based page."""
    start = (page_no - 1) * size
    return hits[start : start + size] if page_no >= 1 else []


def int_arg(value: Any, default: int) -> int:
    """An integer request argument, the default when missing or malformed (as these sites tolerate)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
