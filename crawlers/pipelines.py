"""Item pipeline: raw postings into the landing zone
(``<CBEC_DATA_DIR>/landing/<source>/<CBEC_RUN_ID>.jsonl.gz``).

The file is written as ``.part`` and renamed when the spider closes (pipeline.landing), so a reader never
sees a
half file. Dropped items are counted in the stats as ``drop_item/<reason>``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from pipeline.landing import LandingWriter, landing_file


def default_run_id() -> str:
    """A run id from the current UTC time, e.g. 20261125T221500Z."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


class LandingPipeline:
    """Validates items, drops duplicates within the run, writes the rest to the landing file."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        s = crawler.settings
        self.enabled = s.getbool("CBEC_LANDING_ENABLED", True)
        self.data_dir = s.get("CBEC_DATA_DIR", "data")
        self.run_id = s.get("CBEC_RUN_ID") or default_run_id()
        self.writer: LandingWriter | None = None
        self.seen: set[str] = set()
        self.max_items = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LandingPipeline:
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        self.source: str = getattr(spider, "source", None) or getattr(spider, "name", None) or "unknown"
        self.max_items = getattr(getattr(spider, "args", None), "max_items", None) or 0
        if self.enabled:
            self.path = landing_file(self.data_dir, self.source, self.run_id)
            self.writer = LandingWriter(self.path)

    def _drop(self, reason: str) -> DropItem:
        self.stats.inc_value(f"drop_item/{reason}")
        return DropItem(reason)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        record = (
            item.to_record()
            if hasattr(item, "to_record")
            else {k: v for k, v in ItemAdapter(item).asdict().items() if v is not None}
        )
        if not record.get("title"):
            raise self._drop("missing_title")
        key = record.get("source_id") or record.get("url")
        if key:
            if key in self.seen:
                raise self._drop("duplicate")
            self.seen.add(key)
        if self.max_items and len(self.seen) > self.max_items:
            raise self._drop("max_items")
        if self.writer is not None:
            self.writer.write(record)
            self.stats.inc_value("landing/records")
        return item

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.writer is not None:
            path = self.writer.commit()
            self.stats.set_value("landing/path", str(path))
