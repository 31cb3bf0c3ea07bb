"""Downloader and spider middlewares that keep every spider's crawl alive, polite and accountable.

- :class:`RetryAfterMiddleware`: 429 and 503 pause the whole domain for Retry-After seconds (capped by
  ``CBEC_RETRY_AFTER_MAX``) or an exponential backoff, then retry the request (``CBEC_THROTTLE_RETRY_TIMES``).
- :class:`FaultStatsMiddleware`: counts timeouts, connection resets and truncated bodies as ``fault/<reason>``
  (Scrapy's RetryMiddleware retries them ``RETRY_TIMES`` times) and non-UTF-8 pages as ``encoding/<name>``.
- :class:`BlockedMiddleware`: login walls and captcha / security-check pages are counted as ``blocked/<reason>``
  and dropped; when most answers are blocks, the spider is closed with reason ``blocked``. It never tries to get
  past them.
- :class:`ConditionalRequestMiddleware`: incremental crawls (``crawlers.state``): If-None-Match /
  If-Modified-Since from the stored validators; a 304 marks the posting seen; a 200's validators are remembered.
- :class:`PageChecksMiddleware` (spider middleware): malformed JSON-LD or HTML counted as ``fault/<reason>``, and a
  posting page that yielded no posting as ``fault/no_posting``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse

from crawlers import state as crawl_state

logger = logging.getLogger(__name__)


def _stats(crawler: Crawler) -> Any:
    assert crawler.stats is not None
    return crawler.stats


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    try:
        return max(0.0, float(text.strip()))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return max(0.0, parsedate_to_datetime(text).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def backoff_delay(retry_after: float | None, attempt: int, base: float, cap: float) -> float:
    """The wait before retry ``attempt`` (1, 2, ...): Retry-After when given, never less than the exponential
    backoff ``base * 2**(attempt-1)``, never more than ``cap``."""
    expo = base * 2 ** max(0, attempt - 1)
    return min(cap, max(retry_after or 0.0, expo))


class RetryAfterMiddleware:
    """Honours 429/503: pauses the domain, then retries with Retry-After and exponential backoff."""

    codes = (429, 503)

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.cap = s.getfloat("CBEC_RETRY_AFTER_MAX", 60.0)
        self.base = s.getfloat("CBEC_BACKOFF_BASE", 1.0)
        self.max_times = s.getint("CBEC_THROTTLE_RETRY_TIMES", 5)
        self.paused_until: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        wait = self.paused_until.get(urlsplit(request.url).netloc, 0.0) - time.monotonic()
        if wait > 0:  # the site asked us to slow down: every request to it waits
            await asyncio.sleep(wait)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status not in self.codes or request.meta.get("dont_retry"):
            return response
        attempt = request.meta.get("throttle_retries", 0) + 1
        stats = _stats(self.crawler)
        stats.inc_value(f"fault/http{response.status}")
        ra = retry_after_seconds(response.headers.get("Retry-After"))
        delay = backoff_delay(ra, attempt, self.base, self.cap)
        host = urlsplit(request.url).netloc
        self.paused_until[host] = max(self.paused_until.get(host, 0.0), time.monotonic() + delay)
        stats.max_value("throttle/max_pause_s", round(delay, 3))
        assert self.crawler.spider is not None
        retry = get_retry_request(
            request,
            spider=self.crawler.spider,
            reason=f"http{response.status}",
            max_retry_times=self.max_times,
        )
        if retry is None:
            stats.inc_value(f"fault/http{response.status}_gave_up")
            return response
        retry.meta["throttle_retries"] = attempt
        return retry


# Exception class names → fault reason (Scrapy 2.19 wraps Twisted's errors; older names kept for safety).
_EXC_REASONS: tuple[tuple[str, str], ...] = (
    ("Timeout", "timeout"),
    ("DataLoss", "truncated"),
    ("ConnectionLost", "reset"),
    ("ConnectionDone", "reset"),
    ("ResponseNeverReceived", "reset"),
    ("ResponseFailed", "reset"),
    ("DownloadFailed", "reset"),
    ("ConnectionRefused", "connection_refused"),
    ("CannotResolveHost", "dns"),
)


def exception_reason(exc: BaseException) -> str:
    """The fault reason of a download exception (``timeout``, ``truncated``, ``reset``, ...; ``other``)."""
    names = [c.__name__ for c in type(exc).__mro__]
    for needle, reason in _EXC_REASONS:
        if any(needle in n for n in names):
            return reason
    return "other"


class FaultStatsMiddleware:
    """Counts download failures by reason (the retrying is Scrapy's RetryMiddleware) and page encodings."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FaultStatsMiddleware:
        return cls(crawler)

    def process_exception(self, request: Request, exception: Exception) -> None:
        if isinstance(exception, IgnoreRequest):
            return None
        _stats(self.crawler).inc_value(f"fault/{exception_reason(exception)}")
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if isinstance(response, TextResponse) and response.status == 200:
            enc = response.encoding.lower().replace("_", "-")
            if enc not in ("utf-8", "ascii", "cp1252"):
                _stats(self.crawler).inc_value(f"encoding/{enc}")
            if "\ufffd" in response.text:
                _stats(self.crawler).inc_value("fault/encoding")
        return response


_LOGIN_PATH = re.compile(r"(?i)/(?:login|signin|sign-in|passport|account/login|user/login)\b")
_TITLE = re.compile(rb"(?is)<title[^>]*>(.*?)</title>")
_CAPTCHA_WORDS = ("安全验证", "验证码", "人机验证", "滑块", "captcha", "security check", "verify you are human")
_LOGIN_WORDS = ("登录", "login", "sign in")


def blocked_reason(response: Response, request: Request | None = None) -> str | None:
    """Why a response is a block rather than content: login_redirect, login_wall, captcha, http403; else None.

    ``request`` (the one that got ``response``) tells a login page reached by a redirect from one asked for."""
    path = urlsplit(response.url).path
    redirected = bool(request is not None and request.meta.get("redirect_urls"))
    if response.status == 403:
        return "http403"
    if _LOGIN_PATH.search(path):
        return "login_redirect" if redirected else "login_wall"
    if response.status != 200 or not isinstance(response, TextResponse):
        return None
    head = response.body[:4096]
    m = _TITLE.search(head)
    title = m.group(1).decode(response.encoding, "replace").lower() if m else ""
    if any(w in title for w in _CAPTCHA_WORDS) or b'id="captcha"' in head:
        return "captcha"
    if redirected and any(w in title for w in _LOGIN_WORDS):
        return "login_redirect"
    return None


class BlockedMiddleware:
    """Counts and drops login walls and captchas; closes the spider ("blocked") when most answers are blocks.

    Closes once at least ``CBEC_BLOCKED_MIN`` blocks were seen and they are at least ``CBEC_BLOCKED_SHARE`` of
    the responses so far.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.min_blocks = crawler.settings.getint("CBEC_BLOCKED_MIN", 5)
        self.share = crawler.settings.getfloat("CBEC_BLOCKED_SHARE", 0.5)
        self.responses = 0
        self.blocks = 0
        self.closing = False
        self._close_task: asyncio.Future[None] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BlockedMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        self.responses += 1
        reason = blocked_reason(response, request)
        if reason is None:
            return response
        self.blocks += 1
        stats = _stats(self.crawler)
        stats.inc_value(f"blocked/{reason}")
        if not self.closing and self.blocks >= self.min_blocks and self.blocks >= self.share * self.responses:
            self.closing = True
            logger.warning(
                "source is blocking the crawl (%d of %d answers are login walls or captchas): stopping politely",
                self.blocks,
                self.responses,
            )
            assert self.crawler.engine is not None
            self._close_task = asyncio.ensure_future(self.crawler.engine.close_spider_async(reason="blocked"))
        raise IgnoreRequest(f"blocked: {reason}")


class ConditionalRequestMiddleware:
    """Conditional GETs for postings landed before; 304 → seen, 200 → validators remembered for the state."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        state = crawl_state.for_crawler(self.crawler)
        if state is None or request.method != "GET" or request.meta.get("cbec_unconditional"):
            return None
        for key, value in state.conditional_headers(request.url).items():
            request.headers.setdefault(key, value)
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        state = crawl_state.for_crawler(self.crawler)
        if state is None:
            return response
        if response.status == 304:
            _stats(self.crawler).inc_value("incremental/not_modified")
            state.mark_seen(request.url)
            raise IgnoreRequest("not modified")
        if response.status == 200:
            h = response.headers
            etag, modified = h.get("ETag"), h.get("Last-Modified")
            state.observe(
                response.url,
                crawl_state.Fingerprint(
                    etag=etag.decode("latin-1") if etag else None,
                    last_modified=modified.decode("latin-1") if modified else None,
                    lastmod=request.meta.get("cbec_lastmod"),
                ),
            )
        return response


_LDJSON = re.compile(r"(?is)<script[^>]+application/ld\+json[^>]*>(.*?)</script>")
_SCRIPT = re.compile(r"(?is)<script\b.*?</script>")
_BALANCED_TAGS = ("div", "p", "ul", "li", "dl", "dd", "article")


def page_faults(html: str) -> list[str]:
    """Markup faults of a page: ``malformed_jsonld`` (a JSON-LD block strict JSON rejects) and ``malformed_html``
    (unbalanced block tags, or no closing ``</html>``)."""
    found = []
    for block in _LDJSON.findall(html):
        try:
            json.loads(block)
        except ValueError:
            found.append("malformed_jsonld")
            break
    lower = _SCRIPT.sub("", html.lower())  # tags inside scripts (JSON-LD descriptions) are text
    if "</html>" not in lower or any(
        lower.count(f"<{t}>") + lower.count(f"<{t} ") != lower.count(f"</{t}>") for t in _BALANCED_TAGS
    ):
        found.append("malformed_html")
    return found


def _looks_like_posting(html: str) -> bool:
    return "application/ld+json" in html or "schema.org/JobPosting" in html


class PageChecksMiddleware:
    """Spider middleware: counts markup faults of HTML pages, and posting pages that gave no item."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageChecksMiddleware:
        return cls(crawler)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Spider | None = None
    ) -> AsyncIterator[Any]:
        html = self._html(response)
        items = 0
        async for obj in result:
            if not isinstance(obj, Request):
                items += 1
            yield obj
        self._account(html, items)

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Spider | None = None
    ) -> Iterable[Any]:
        html = self._html(response)
        items = 0
        for obj in result:
            if not isinstance(obj, Request):
                items += 1
            yield obj
        self._account(html, items)

    @staticmethod
    def _html(response: Response) -> str | None:
        if not isinstance(response, TextResponse) or response.status != 200:
            return None
        ctype = (response.headers.get("Content-Type") or b"").lower()
        return response.text if b"html" in ctype else None

    def _account(self, html: str | None, items: int) -> None:
        if html is None:
            return
        stats = _stats(self.crawler)
        for fault in page_faults(html):
            stats.inc_value(f"fault/{fault}")
        if items == 0 and _looks_like_posting(html):
            stats.inc_value("fault/no_posting")
