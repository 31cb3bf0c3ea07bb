"""Extension writing the crawl's stats as JSON beside the landing file, for source health."""

from __future__ import annotations

import json
import os
from datetime import datetime
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from pipeline.landing import stats_file


def summarize(stats: dict[str, Any], reason: str | None) -> dict[str, Any]:
    """The health summary of Scrapy stats: requests, responses by status, items, drops, duration, finish
    reason."""
    prefix = "downloader/response_status_count/"
    start, finish = stats.get("start_time"), stats.get("finish_time")
    duration = stats.get("elapsed_time_seconds")
    if duration is None and isinstance(start, datetime) and isinstance(finish, datetime):
        duration = (finish - start).total_seconds()
    return {
        "requests": stats.get("downloader/request_count", 0),
        "responses_by_status": {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix)},
        "items": stats.get("landing/records", stats.get("item_scraped_count", 0)),
        "drops": {k.split("/", 1)[1]: v for k, v in stats.items() if k.startswith("drop_item/")},
        "errors": stats.get("log_count/ERROR", 0),
        "duration_s": duration,
        "finish_reason": reason or stats.get("finish_reason"),
    }


class StatsFileExtension:
    """At spider close, writes ``<data>/landing/<source>/<run_id>.stats.json`` (summary + all Scrapy
    stats)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsFileExtension:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider: Spider, reason: str) -> None:
        from crawlers.pipelines import default_run_id

        s = self.crawler.settings
        assert self.crawler.stats is not None
        stats = self.crawler.stats.get_stats()
        run_id = s.get("CBEC_RUN_ID") or default_run_id()
        source = getattr(spider, "source", None) or spider.name
        path = stats_file(s.get("CBEC_DATA_DIR", "data"), source, run_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        doc = {"source": source, "run_id": run_id, **summarize(stats, reason), "scrapy": stats}
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        os.replace(tmp, path)
