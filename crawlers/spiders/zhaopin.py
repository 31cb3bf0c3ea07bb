"""智联招聘 spider: the search/positions API (JSON POST) per keyword × city, 1-based ``pageIndex`` paging; the
full description and address from each job page (the list has a summary only)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import urlencode

import scrapy
from scrapy.http import JsonRequest, Response

from crawlers.parsers import zhaopin
from crawlers.parsers.common import city_code
from crawlers.spiders.board import BoardSpider, SearchArgs

PAGE_SIZE = 50


class ZhaopinSpider(BoardSpider):
    """智联招聘 (source "zhaopin")."""

    name = "zhaopin"
    args_model: ClassVar[type[SearchArgs]] = SearchArgs
    args: SearchArgs

    def _request(self, keyword: str, city: str, page: int) -> scrapy.Request:
        query = {
            "_v": "0.43240637",
            "x-zp-page-request-id": f"{int(time.time() * 1000)}-{page}",
            "x-zp-client-id": str(uuid.uuid4()),
        }
        return JsonRequest(
            f"{self.args.base_url}{zhaopin.SEARCH_PATH}?{urlencode(query)}",
            data=zhaopin.search_body(keyword, city, page, PAGE_SIZE),
            headers=zhaopin.HEADERS,
            callback=self.parse_search,
            cb_kwargs={"keyword": keyword, "city": city, "page": page},
        )

    def first_requests(self) -> Iterator[scrapy.Request]:
        for name in self.args.cities:
            city = city_code("zhaopin", name)
            for keyword in self.args.keywords:
                yield self._request(keyword, city, 1)

    def parse_search(self, response: Response, keyword: str, city: str, page: int) -> Iterator[Any]:
        """One result page: job-page requests (or items), then the next page."""
        listing = zhaopin.parse_search(response.body, response.status, PAGE_SIZE)
        yield from self.handle_page(response, listing, detail=self.args.details)
        if self.more_pages(listing, page):
            yield self._request(keyword, city, page + 1)

    def detail_fields(self, response: Response) -> tuple[dict[str, Any], str | None]:
        return zhaopin.parse_detail(response.text, response.status, response.url)
