"""Extensions: the crawl's stats as JSON beside the landing file (source health), and the resumable job
directory."""

from __future__ import annotations

import json
import logging
import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from pipeline.landing import landing_file, stats_file

logger = logging.getLogger(__name__)


def summarize(stats: dict[str, Any], reason: str | None) -> dict[str, Any]:
    """The health summary of Scrapy stats: requests, responses by status, items, drops, duration, finish
    reason."""
    prefix = "downloader/response_status_count/"
    items = stats.get("landing/records", stats.get("item_scraped_count", 0))
    filled = stats.get("landing/valid_records", items)
    start, finish = stats.get("start_time"), stats.get("finish_time")
    duration = stats.get("elapsed_time_seconds")
    if duration is None and isinstance(start, datetime) and isinstance(finish, datetime):
        duration = (finish - start).total_seconds()
    return {
        "requests": stats.get("downloader/request_count", 0),
        "responses_by_status": {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix)},
        "items": items,
        "seen_unchanged": stats.get("landing/seen", 0),
        "drops": _by_reason(stats, "drop_item/"),
        "blocked": sum(_by_reason(stats, "blocked/").values()),
        "blocked_by_reason": _by_reason(stats, "blocked/"),
        "faults": _by_reason(stats, "fault/"),
        "retries": stats.get("retry/count", 0),
        "retries_gave_up": stats.get("retry/max_reached", 0),
        "field_fill_rates": {
            k[len("fields/") :]: round(v / filled, 4) for k, v in sorted(stats.items()) if k.startswith("fields/")
        }
        if filled
        else {},
        "errors": stats.get("log_count/ERROR", 0),
        "duration_s": duration,
        "finish_reason": reason or stats.get("finish_reason"),
    }


def _by_reason(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {k[len(prefix) :]: v for k, v in sorted(stats.items()) if k.startswith(prefix)}


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


# Finish reasons after which the job is over: its directory goes, so the next crawl starts afresh.
_DONE = ("finished", "closespider_itemcount", "blocked")


def jobdir_for(setting: str, data_dir: str | os.PathLike[str], source: str) -> Path | None:
    """The job directory ``CBEC_JOBDIR`` asks for: None when empty, ``<data>/jobs/<source>`` for "auto"/"1"."""
    value = (setting or "").strip()
    if not value or value.lower() in ("0", "false", "no"):
        return None
    if value.lower() in ("auto", "1", "true", "yes"):
        landing_file(data_dir, source, "check")  # same name rules as the landing zone
        return Path(data_dir) / "jobs" / source
    return Path(value)


class JobDirExtension:
    """Makes a crawl resumable: sets Scrapy's JOBDIR from ``CBEC_JOBDIR`` (before the scheduler exists) and
    removes the directory once the crawl is over, keeping it when it was stopped (SIGTERM: reason "shutdown").

    Stop with one SIGTERM (or Ctrl-C) and wait: Scrapy finishes the requests in flight, the landing file is
    committed, the queue is saved; the same command with the same ``CBEC_JOBDIR`` continues where it stopped.
    """

    def __init__(self, crawler: Crawler, path: Path) -> None:
        self.crawler, self.path = crawler, path

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobDirExtension:
        from scrapy.exceptions import NotConfigured

        s = crawler.settings
        spider = crawler.spider
        source = str(getattr(spider, "source", None) or getattr(spider, "name", None) or "unknown")
        path = jobdir_for(s.get("CBEC_JOBDIR", ""), s.get("CBEC_DATA_DIR", "data"), source)
        if path is None or s.get("JOBDIR"):
            raise NotConfigured
        s.set("JOBDIR", str(path), priority="cmdline")
        ext = cls(crawler, path)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if reason in _DONE:
            shutil.rmtree(self.path, ignore_errors=True)
        else:
            logger.info("crawl stopped (%s); resume with the same CBEC_JOBDIR (%s)", reason, self.path)
