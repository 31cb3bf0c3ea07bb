"""Base of the real-board spiders: validated arguments, the loopback profile, de-duplication, job-page
follow-ups, and the polite stop when a site blocks us.

A spider here only navigates; parsing is in :mod:`crawlers.parsers`. A block (login wall, captcha, security check,
403/429 page) is counted as ``blocked/<reason>`` in the stats and the spider closes with reason "blocked": it
never retries, rotates or solves anything.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.http import Response

from crawlers.items import RawPosting
from crawlers.parsers.common import ListPage
from crawlers.pipelines import default_run_id
from crawlers.sources import search_cities, search_keywords, source_for_spider
from crawlers.spiders.jobposting import is_loopback

logger = logging.getLogger(__name__)
BLOCKED = "blocked"


def _split(value: Any) -> Any:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return value


class BoardArgs(BaseModel):
    """Arguments every board spider takes (``-a name=value``; lists comma-separated)."""

    model_config = ConfigDict(extra="forbid")

    source: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    base_url: str
    max_items: int | None = Field(default=None, gt=0)
    max_pages: int = Field(default=10, ge=1, le=200)

    @field_validator("base_url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {value!r}")
        return value.rstrip("/")


class SearchArgs(BoardArgs):
    """A keyword-searching board: keywords × cities, each paged up to ``max_pages``; job pages when ``details``."""

    keywords: list[str] = Field(default_factory=search_keywords, min_length=1)
    cities: list[str] = Field(default_factory=search_cities, min_length=1)
    details: bool = True

    _split_lists = field_validator("keywords", "cities", mode="before")(_split)


class BoardSpider(scrapy.Spider):
    """Shared machinery; subclasses set ``name``, ``args_model`` and implement :meth:`first_requests`."""

    args_model: ClassVar[type[BoardArgs]] = BoardArgs
    # Answers the spider must see to recognise a block (otherwise Scrapy drops them before the callback).
    handle_httpstatus_list: ClassVar[list[int]] = [401, 403, 404, 405, 429]

    @classmethod
    def parse_args(cls, **kwargs: Any) -> BoardArgs:
        """Validate arguments (defaults from crawlers/sources.json); a one-line ValueError names the bad one."""
        try:
            spec = source_for_spider(cls.name)
            defaults: dict[str, Any] = {"source": spec.name, "base_url": spec.base_url, **spec.args}
        except KeyError:
            defaults = {}
        defaults.update(cls.extra_defaults())
        try:
            return cls.args_model(**{**defaults, **kwargs})
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first["loc"]) or "arguments"
            raise ValueError(f"{cls.name} spider: bad argument {where}: {first['msg']}") from None

    @classmethod
    def extra_defaults(cls) -> dict[str, Any]:
        """Further defaults from the source registry (boards, companies)."""
        return {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self.args_model.model_fields
        known = {k: kwargs.pop(k) for k in list(kwargs) if k in fields}
        self.args = self.parse_args(**known)
        super().__init__(*args, **kwargs)
        self.source = self.args.source
        self.seen: set[str] = set()
        self.scheduled = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> BoardSpider:
        spider: BoardSpider = super().from_crawler(crawler, *args, **kwargs)
        spider._apply_profile(crawler)
        return spider

    def _apply_profile(self, crawler: Crawler) -> None:
        """Loopback speed only against a loopback host (a replica); live politeness otherwise."""
        s = crawler.settings
        wanted = str(s.get("CBEC_LOCAL", "")).strip().lower()
        loopback = is_loopback(urlsplit(self.args.base_url).hostname)
        if loopback and wanted not in ("0", "false", "no"):
            for key, value in s.getdict("CBEC_LOCAL_SETTINGS").items():
                s.set(key, value, priority="spider")
        if not s.get("CBEC_RUN_ID"):
            s.set("CBEC_RUN_ID", default_run_id(), priority="spider")
        if self.args.max_items:
            s.set("CLOSESPIDER_ITEMCOUNT", self.args.max_items, priority="spider")

    async def start(self) -> Any:
        for request in self.first_requests():
            yield request

    def first_requests(self) -> Iterator[scrapy.Request]:
        """The first page of every search (or board)."""
        raise NotImplementedError

    # Shared steps ------------------------------------------------------------------------------------------

    def block(self, reason: str, response: Response) -> None:
        """Count the block, log it once, and close the spider politely."""
        self.crawler.stats.inc_value(f"blocked/{reason}")
        logger.warning("%s blocked us (%s) at %s: stopping this source", self.source, reason, response.url)
        raise CloseSpider(BLOCKED)

    def full(self) -> bool:
        """True once ``max_items`` postings are scheduled."""
        return bool(self.args.max_items) and self.scheduled >= (self.args.max_items or 0)

    def item(self, raw: dict[str, Any]) -> RawPosting:
        """The landed item for a raw-posting dict."""
        now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return RawPosting.from_raw(raw, source=self.source, scraped_at=now)

    def handle_page(self, response: Response, listing: ListPage, detail: bool = False) -> Iterator[Any]:
        """Items (or job-page requests) for a page's new postings; a blocked page stops the spider."""
        if listing.blocked:
            self.block(listing.blocked, response)
        self.crawler.stats.inc_value("board/list_pages")
        for raw in listing.postings:
            key = str(raw.get("source_id") or raw.get("url") or "")
            if key in self.seen:
                self.crawler.stats.inc_value("board/repeat_hits")  # found again by another keyword or city
                continue
            if self.full():
                return
            self.seen.add(key)
            self.scheduled += 1
            if detail and raw.get("url"):
                yield scrapy.Request(raw["url"], callback=self.parse_detail, cb_kwargs={"raw": raw}, priority=1)
            else:
                yield self.item(raw)

    def detail_fields(self, response: Response) -> tuple[dict[str, Any], str | None]:
        """The job page's fields, or a block reason; subclasses with job pages override."""
        return {}, None

    def parse_detail(self, response: Response, raw: dict[str, Any]) -> Iterator[Any]:
        """Merge the job page into the list posting; a vanished page (404) keeps the list fields."""
        if response.status == 404:
            self.crawler.stats.inc_value("board/detail_gone")
            yield self.item(raw)
            return
        fields, blocked = self.detail_fields(response)
        if blocked:
            self.block(blocked, response)
        yield self.item({**raw, **fields})

    def more_pages(self, listing: ListPage, page: int) -> bool:
        """Whether to ask for the next page."""
        return listing.has_more and bool(listing.postings) and page < self.args.max_pages and not self.full()
