"""猎聘 spider: the pc-search-job API (JSON POST) per keyword × city, 0-based ``currentPage`` paging; the
description, company type and address from each job page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import scrapy
from scrapy.http import JsonRequest, Response

from crawlers.parsers import liepin
from crawlers.parsers.common import city_code
from crawlers.spiders.board import BoardSpider, SearchArgs

PAGE_SIZE = 40


class LiepinSpider(BoardSpider):
    """猎聘 (source "liepin")."""

    name = "liepin"
    args_model: ClassVar[type[SearchArgs]] = SearchArgs
    args: SearchArgs

    def _request(self, key: str, dq: str, page: int) -> scrapy.Request:
        return JsonRequest(
            f"{self.args.base_url}{liepin.SEARCH_PATH}",
            data=liepin.search_body(key, dq, page, PAGE_SIZE),
            headers=liepin.HEADERS,
            callback=self.parse_search,
            cb_kwargs={"key": key, "dq": dq, "page": page},
            dont_filter=True,  # same URL, different bodies
        )

    def first_requests(self) -> Iterator[scrapy.Request]:
        for name in self.args.cities:
            dq = city_code("liepin", name)
            for key in self.args.keywords:
                yield self._request(key, dq, 0)

    def parse_search(self, response: Response, key: str, dq: str, page: int) -> Iterator[Any]:
        """One result page: job-page requests (or items), then the next page."""
        listing = liepin.parse_search(response.body, response.status)
        yield from self.handle_page(response, listing, detail=self.args.details)
        if self.more_pages(listing, page + 1):
            yield self._request(key, dq, page + 1)

    def detail_fields(self, response: Response) -> tuple[dict[str, Any], str | None]:
        return liepin.parse_detail(response.text, response.status, response.url)
