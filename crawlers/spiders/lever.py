"""Lever spider: each configured company's postings, ``skip``/``limit`` paging, ``mode=json``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import urlencode

import scrapy
from pydantic import Field, field_validator
from scrapy.http import Response

from crawlers.parsers import lever
from crawlers.sources import source_for_spider
from crawlers.spiders.board import BoardArgs, BoardSpider

LIMIT = 100


def _pairs(value: Any) -> Any:
    """ "slug=Company name,slug2" → {slug: name or slug}."""
    if isinstance(value, str):
        out: dict[str, str] = {}
        for part in (p.strip() for p in value.split(",")):
            if part:
                slug, _, company = part.partition("=")
                out[slug.strip()] = company.strip() or slug.strip()
        return out
    if isinstance(value, list):
        return {str(v): str(v) for v in value}
    return value


class LeverArgs(BoardArgs):
    """Company slugs to crawl, each with the company name to land (Lever's API carries none)."""

    companies: dict[str, str] = Field(min_length=1)

    _pairs = field_validator("companies", mode="before")(_pairs)


class LeverSpider(BoardSpider):
    """Lever career sites (source "lever")."""

    name = "lever"
    args_model: ClassVar[type[LeverArgs]] = LeverArgs
    args: LeverArgs

    @classmethod
    def extra_defaults(cls) -> dict[str, Any]:
        return {"companies": dict(source_for_spider(cls.name).companies)}

    def _request(self, slug: str, skip: int) -> scrapy.Request:
        query = urlencode({"mode": "json", "skip": skip, "limit": LIMIT})
        return scrapy.Request(
            f"{self.args.base_url}{lever.postings_path(slug)}?{query}",
            callback=self.parse_postings,
            cb_kwargs={"slug": slug, "skip": skip},
        )

    def first_requests(self) -> Iterator[scrapy.Request]:
        for slug in self.args.companies:
            yield self._request(slug, 0)

    def parse_postings(self, response: Response, slug: str, skip: int) -> Iterator[Any]:
        """One page of a company's postings, then the next ``skip``."""
        if response.status == 404:
            self.crawler.stats.inc_value("board/unknown_board")
            return
        listing = lever.parse_postings(response.body, self.args.companies[slug], LIMIT, response.status)
        yield from self.handle_page(response, listing)
        if self.more_pages(listing, skip // LIMIT + 1):
            yield self._request(slug, skip + LIMIT)
