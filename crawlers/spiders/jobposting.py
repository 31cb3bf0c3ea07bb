"""Generic schema.org JobPosting spider: sitemap first (robots.txt ``Sitemap:`` lines), listing pages as
fallback.

Arguments (``-a name=value``), validated at construction: ``source`` (landing name, default "jobposting"),
``start_urls`` (comma-separated; default: setting ``CBEC_JOBPOSTING_START_URLS``), ``mode`` (sitemap|listing,
default sitemap with listing fallback), ``max_items``. Parsing lives in :mod:`crawlers.jobposting`.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import scrapy
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawlers import state as crawl_state
from crawlers.items import RawPosting
from crawlers.jobposting import postings_from_html
from crawlers.pipelines import default_run_id

logger = logging.getLogger(__name__)


class JobPostingArgs(BaseModel):
    """The spider's arguments; a bad one fails at construction with a one-line message."""

    model_config = ConfigDict(extra="forbid")

    source: str = Field(default="jobposting", pattern=r"^[a-z0-9][a-z0-9_-]*$")
    start_urls: list[str]
    mode: Literal["sitemap", "listing"] = "sitemap"
    max_items: int | None = Field(default=None, gt=0)

    @field_validator("start_urls", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [u.strip() for u in value.split(",") if u.strip()]
        return value

    @field_validator("start_urls")
    @classmethod
    def _check_urls(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one start URL is needed")
        for u in value:
            parts = urlsplit(u)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"not an http(s) URL: {u!r}")
        return value


def parse_args(**kwargs: Any) -> JobPostingArgs:
    """Validate spider arguments; raises ValueError with a one-line message naming the bad argument."""
    try:
        return JobPostingArgs(**kwargs)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "arguments"
        raise ValueError(f"jobposting spider: bad argument {where}: {first['msg']}") from None


def is_loopback(host: str | None) -> bool:
    """True for localhost names and loopback addresses (127.0.0.0/8, ::1)."""
    if not host:
        return False
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:  # a name: loopback only if every address it resolves to is
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


class JobPostingSpider(scrapy.Spider):
    """Crawls sites that publish schema.org JobPosting markup into raw postings."""

    name = "jobposting"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        known = {k: kwargs.pop(k) for k in ("source", "start_urls", "mode", "max_items") if k in kwargs}
        self.args = parse_args(**known)
        super().__init__(*args, **kwargs)
        self.start_urls = self.args.start_urls
        self.source = self.args.source
        self.allowed_domains = sorted({urlsplit(u).hostname or "" for u in self.start_urls})
        self.items_seen = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> JobPostingSpider:
        if not kwargs.get("start_urls"):
            kwargs["start_urls"] = crawler.settings.get("CBEC_JOBPOSTING_START_URLS", "")
        spider: JobPostingSpider = super().from_crawler(crawler, *args, **kwargs)
        spider._apply_profile(crawler)
        return spider

    def _apply_profile(self, crawler: Crawler) -> None:
        """Loopback speed only for loopback hosts; live politeness otherwise (settings are not frozen yet)."""
        s = crawler.settings
        wanted = str(s.get("CBEC_LOCAL", "")).strip().lower()
        loopback = all(is_loopback(urlsplit(u).hostname) for u in self.start_urls)
        if wanted in ("1", "true", "yes") and not loopback:
            logger.warning("CBEC_LOCAL ignored: start URLs are not all on a loopback host; staying polite")
        if loopback and wanted not in ("0", "false", "no"):
            for key, value in s.getdict("CBEC_LOCAL_SETTINGS").items():
                s.set(key, value, priority="spider")
            self.local_profile = True
        else:
            self.local_profile = False
        if not s.get("CBEC_RUN_ID"):  # one id shared by the landing pipeline and the stats file
            s.set("CBEC_RUN_ID", default_run_id(), priority="spider")
        if self.args.max_items:
            s.set("CLOSESPIDER_ITEMCOUNT", self.args.max_items, priority="spider")

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls:
            if self.args.mode == "listing":
                yield scrapy.Request(url, callback=self.parse_page, cb_kwargs={"follow": True})
            elif url.endswith(".xml") or url.endswith(".xml.gz"):
                yield self._sitemap_request(url, url)
            else:
                robots = urljoin(url, "/robots.txt")
                yield scrapy.Request(
                    robots,
                    callback=self.parse_robots,
                    errback=self._fallback,
                    cb_kwargs={"start": url},
                    dont_filter=True,
                )

    def _sitemap_request(self, url: str, start: str) -> scrapy.Request:
        return scrapy.Request(
            url, callback=self.parse_sitemap, errback=self._fallback, cb_kwargs={"start": start}
        )

    def _listing(self, start: str) -> scrapy.Request:
        logger.info("falling back to listing pages from %s", start)
        self.crawler.stats.inc_value("jobposting/listing_fallback")
        return scrapy.Request(start, callback=self.parse_page, cb_kwargs={"follow": True}, dont_filter=True)

    def _fallback(self, failure: Any) -> Iterator[scrapy.Request]:
        start = failure.request.cb_kwargs.get("start")
        if start:
            yield self._listing(start)

    def parse_robots(self, response: Response, start: str) -> Iterator[scrapy.Request]:
        sitemaps = (
            list(sitemap_urls_from_robots(response.text, base_url=response.url))
            if response.status == 200
            else []
        )
        if not sitemaps:
            sitemaps = [urljoin(start, "/sitemap.xml")]
        for url in sitemaps:
            yield self._sitemap_request(url, start)

    def parse_sitemap(self, response: Response, start: str) -> Iterator[scrapy.Request]:
        try:
            sm = Sitemap(response.body)
        except Exception:  # not XML: treat like a missing sitemap
            yield self._listing(start)
            return
        entries = [(e["loc"], e.get("lastmod")) for e in sm if e.get("loc")]
        urls = [u for u, _ in entries]
        if sm.type == "sitemapindex":
            for url in urls:
                yield self._sitemap_request(url, start)
            return
        if not urls:
            yield self._listing(start)
            return
        self.crawler.stats.inc_value("jobposting/sitemap_urls", len(urls))
        state = crawl_state.for_crawler(self.crawler)
        for url, lastmod in entries:
            # Incremental: a posting whose <lastmod> is the one we landed is online and unchanged: not fetched.
            if state is not None and state.unchanged_lastmod(url, lastmod):
                state.mark_seen(url)
                self.crawler.stats.inc_value("incremental/unchanged_lastmod")
                continue
            yield scrapy.Request(
                url, callback=self.parse_page, cb_kwargs={"follow": False}, meta={"cbec_lastmod": lastmod}
            )

    def parse_page(self, response: Response, follow: bool) -> Iterator[Any]:
        """Items for every JobPosting on the page; in listing mode, also the page's links (next page
        first)."""
        if not isinstance(response, scrapy.http.TextResponse):
            return
        now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        for raw in postings_from_html(response.text, response.url):
            if self.args.max_items and self.items_seen >= self.args.max_items:
                break
            self.items_seen += 1
            yield RawPosting.from_raw(raw, source=self.source, scraped_at=now)
        if follow:
            for href in response.css('a[rel~="next"]::attr(href)').getall():
                yield response.follow(href, callback=self.parse_page, cb_kwargs={"follow": True}, priority=1)
            for href in response.css("a::attr(href)").getall():
                yield response.follow(href, callback=self.parse_page, cb_kwargs={"follow": True})
