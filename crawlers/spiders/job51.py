"""51job spider: the search-pc API per keyword × city, ``pageNum`` paging; the description comes in the list."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response

from crawlers.parsers import job51
from crawlers.parsers.common import city_code
from crawlers.spiders.board import BoardSpider, SearchArgs

PAGE_SIZE = 50


class Job51Spider(BoardSpider):
    """前程无忧 (source "51job")."""

    name = "job51"
    args_model: ClassVar[type[SearchArgs]] = SearchArgs
    args: SearchArgs

    def _request(self, keyword: str, area: str, page: int) -> scrapy.Request:
        params = job51.search_params(keyword, area, page, PAGE_SIZE, int(time.time()))
        return scrapy.Request(
            f"{self.args.base_url}{job51.SEARCH_PATH}?{urlencode(params)}",
            headers={"Accept": "application/json, text/plain, */*", "From-Domain": "51job_web"},
            callback=self.parse_search,
            cb_kwargs={"keyword": keyword, "area": area, "page": page},
        )

    def first_requests(self) -> Iterator[scrapy.Request]:
        for city in self.args.cities:
            area = city_code("job51", city)
            for keyword in self.args.keywords:
                yield self._request(keyword, area, 1)

    def parse_search(self, response: Response, keyword: str, area: str, page: int) -> Iterator[Any]:
        """One search page: items, then the next page."""
        listing = job51.parse_search(response.body, response.status, PAGE_SIZE)
        yield from self.handle_page(response, listing)
        if self.more_pages(listing, page):
            yield self._request(keyword, area, page + 1)
