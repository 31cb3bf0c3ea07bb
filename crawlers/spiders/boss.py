"""BOSS直聘 spider: joblist.json per keyword × city, ``page`` paging while ``hasMore``; the description and address
from each job page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response

from crawlers.parsers import boss
from crawlers.parsers.common import city_code
from crawlers.spiders.board import BoardSpider, SearchArgs

PAGE_SIZE = 30


class BossSpider(BoardSpider):
    """BOSS直聘 (source "boss")."""

    name = "boss"
    args_model: ClassVar[type[SearchArgs]] = SearchArgs
    args: SearchArgs

    def _request(self, query: str, city: str, page: int) -> scrapy.Request:
        params = boss.search_params(query, city, page, PAGE_SIZE)
        return scrapy.Request(
            f"{self.args.base_url}{boss.SEARCH_PATH}?{urlencode(params)}",
            headers={"Accept": "application/json, text/plain, */*", "Referer": f"{self.args.base_url}/web/geek/job"},
            callback=self.parse_search,
            cb_kwargs={"query": query, "city": city, "page": page},
        )

    def first_requests(self) -> Iterator[scrapy.Request]:
        for name in self.args.cities:
            city = city_code("boss", name)
            for query in self.args.keywords:
                yield self._request(query, city, 1)

    def parse_search(self, response: Response, query: str, city: str, page: int) -> Iterator[Any]:
        """One joblist page: job-page requests (or items), then the next page."""
        listing = boss.parse_search(response.body, self.args.base_url, response.status)
        yield from self.handle_page(response, listing, detail=self.args.details)
        if self.more_pages(listing, page):
            yield self._request(query, city, page + 1)

    def detail_fields(self, response: Response) -> tuple[dict[str, Any], str | None]:
        return boss.parse_detail(response.text, response.status, response.url)
