"""Greenhouse spider: every job of each configured board, descriptions included (``content=true``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import scrapy
from pydantic import Field, field_validator
from scrapy.http import Response

from crawlers.parsers import greenhouse
from crawlers.sources import source_for_spider
from crawlers.spiders.board import BoardArgs, BoardSpider, _split


class GreenhouseArgs(BoardArgs):
    """Board tokens of the firms to crawl (comma-separated)."""

    boards: list[str] = Field(min_length=1)

    _split_boards = field_validator("boards", mode="before")(_split)


class GreenhouseSpider(BoardSpider):
    """Greenhouse career boards (source "greenhouse")."""

    name = "greenhouse"
    args_model: ClassVar[type[GreenhouseArgs]] = GreenhouseArgs
    args: GreenhouseArgs

    @classmethod
    def extra_defaults(cls) -> dict[str, Any]:
        return {"boards": list(source_for_spider(cls.name).boards)}

    def first_requests(self) -> Iterator[scrapy.Request]:
        for board in self.args.boards:
            yield scrapy.Request(
                f"{self.args.base_url}{greenhouse.jobs_path(board)}?content=true",
                callback=self.parse_jobs,
                cb_kwargs={"board": board},
            )

    def parse_jobs(self, response: Response, board: str) -> Iterator[Any]:
        """A board's jobs (all in one answer); an unknown board is counted, not fatal."""
        if response.status == 404:
            self.crawler.stats.inc_value("board/unknown_board")
            return
        yield from self.handle_page(response, greenhouse.parse_jobs(response.body, board, response.status))
