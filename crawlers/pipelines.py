"""Item pipeline: raw postings into the landing zone
(``<CBEC_DATA_DIR>/landing/<source>/<CBEC_RUN_ID>.jsonl.gz``).

The file is written as ``.part`` and renamed when the spider closes (pipeline.landing), so a reader never
sees a
half file; a graceful stop (one SIGTERM) closes the spider too, so what was scraped is committed. A resumed crawl
that reuses the run id keeps the records already landed under it (they are copied into the new file first).

Every record is scrubbed of personal data (``pipeline.scrub.scrub_record``) before it is written. Dropped items are
counted as ``drop_item/<reason>``; non-empty raw fields as ``fields/<name>`` (source health's fill rates).
Incremental crawls (``crawlers.state``): a record identical to the one last landed from its URL is not landed
again but listed, with the postings the spider skipped as unchanged, in ``<run_id>.seen.jsonl.gz``
(``{source, source_id, url}`` lines) beside the landing file.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawlers import state as crawl_state
from crawlers.items import RawPosting
from pipeline.landing import LandingWriter, landing_file, read_records
from pipeline.scrub import scrub_record

# Raw fields whose fill rate source health reports (source and scrape time are always there).
FILL_FIELDS = tuple(f for f in RawPosting.__dataclass_fields__ if f not in ("source", "scraped_at"))


def seen_file(data_dir: str | Path, source: str, run_id: str) -> Path:
    """``<data>/landing/<source>/<run_id>.seen.jsonl.gz``: postings online tonight but not landed (unchanged)."""
    return landing_file(data_dir, source, run_id).with_name(f"{run_id}.seen.jsonl.gz")


def open_keeping(path: Path) -> LandingWriter:
    """A LandingWriter for ``path`` that starts with the records already there (a resumed run's first part)."""
    kept = list(read_records(path)) if path.exists() else []
    writer = LandingWriter(path)
    for record in kept:
        writer.write(record)
    return writer


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
        self.state: crawl_state.CrawlState | None = None
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
            # A resumed run under the same id: records landed before the stop are kept and count as seen.
            kept = list(read_records(self.path)) if self.path.exists() else []
            self.writer = LandingWriter(self.path)
            for record in kept:
                self.writer.write(record)
                self.seen.add(record.get("source_id") or record.get("url") or "")
            self.state = crawl_state.for_crawler(self.crawler)

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
        record = scrub_record(record)
        self.stats.inc_value("landing/valid_records")
        for name in FILL_FIELDS:
            if record.get(name) not in (None, "", []):
                self.stats.inc_value(f"fields/{name}")
        url = record.get("url")
        if self.state is not None and url and self.state.is_unchanged_record(url, record):
            self.state.mark_seen(url)
            return item
        if self.writer is not None:
            self.writer.write(record)
            self.stats.inc_value("landing/records")
            if self.state is not None and url:
                self.state.mark_landed(url, record)
        return item

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.writer is None:
            return
        path = self.writer.commit()
        self.stats.set_value("landing/path", str(path))
        if self.state is not None:
            # After the landing file: state never claims a posting that is not in a committed file.
            seen = seen_file(self.data_dir, self.source, self.run_id)
            with open_keeping(seen) as w:
                for url, sid in self.state.seen.items():
                    w.write({"source": self.source, "source_id": sid, "url": url})
            self.stats.set_value("landing/seen", len(self.state.seen))
            self.state.commit(self.run_id)
            self.state.close()
