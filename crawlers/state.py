"""Per-source incremental state: what each posting URL looked like when it was last landed.

One SQLite file per source, ``<CBEC_DATA_DIR>/state/<source>.sqlite``, one row per posting URL: its source_id,
the validators the site gave (ETag, Last-Modified), the sitemap ``<lastmod>`` and a hash of the landed record.
A nightly crawl skips postings whose sitemap lastmod is unchanged, sends conditional requests for the others,
and lands only what is new or changed; postings skipped as unchanged are listed as *seen* (they are still online).

Nothing is written while the crawl runs: what a response showed is kept in memory and written by
:meth:`CrawlState.commit` for the postings whose records were landed, in the same spider close that commits the
landing file. A crawl killed before its landing file is committed leaves the state as it was, so nothing is
skipped next time that was never landed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.landing import landing_file

_SCHEMA = """
create table if not exists postings (
    url text primary key,
    source_id text,
    etag text,
    last_modified text,
    lastmod text,
    content_hash text,
    last_landed_run text,
    last_seen_run text
)
"""


@dataclass
class Fingerprint:
    """What a posting URL looked like: validators, sitemap lastmod and record hash (any may be None)."""

    etag: str | None = None
    last_modified: str | None = None
    lastmod: str | None = None
    content_hash: str | None = None
    source_id: str | None = None


def record_hash(record: dict[str, Any]) -> str:
    """A stable hash of a raw posting's content (scrape time left out)."""
    body = {k: v for k, v in record.items() if k != "scraped_at"}
    return hashlib.sha1(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def state_file(data_dir: str | Path, source: str) -> Path:
    """``<data_dir>/state/<source>.sqlite`` (source name checked like the landing zone's)."""
    landing_file(data_dir, source, "check")  # raises ValueError for a name that could escape the data dir
    return Path(data_dir) / "state" / f"{source}.sqlite"


class CrawlState:
    """Incremental state of one source for one crawl; pending observations are committed at the end."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path)
        self._db.execute(_SCHEMA)
        self._db.commit()
        self.observed: dict[str, Fingerprint] = {}
        self.landed: dict[str, Fingerprint] = {}
        self.seen: dict[str, str | None] = {}

    def get(self, url: str) -> Fingerprint | None:
        """The fingerprint stored for ``url`` by an earlier crawl, or None."""
        row = self._db.execute(
            "select etag, last_modified, lastmod, content_hash, source_id from postings where url = ?", (url,)
        ).fetchone()
        return Fingerprint(*row) if row else None

    def unchanged_lastmod(self, url: str, lastmod: str | None) -> bool:
        """True when the sitemap's ``lastmod`` equals the one stored when ``url`` was last landed."""
        if not lastmod:
            return False
        known = self.get(url)
        return known is not None and known.lastmod == lastmod

    def conditional_headers(self, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since for ``url`` from its stored validators ({} when unknown)."""
        known = self.get(url)
        headers: dict[str, str] = {}
        if known is not None and known.etag:
            headers["If-None-Match"] = known.etag
        if known is not None and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        return headers

    def observe(self, url: str, fingerprint: Fingerprint) -> None:
        """Remember what a 200 response for ``url`` showed (kept until the record is landed)."""
        self.observed[url] = fingerprint

    def mark_landed(self, url: str, record: dict[str, Any]) -> None:
        """``record`` (from ``url``) was written to the landing file."""
        fp = self.observed.pop(url, None) or Fingerprint()
        fp.content_hash = record_hash(record)
        fp.source_id = record.get("source_id")
        self.landed[url] = fp
        self.seen.pop(url, None)

    def is_unchanged_record(self, url: str, record: dict[str, Any]) -> bool:
        """True when ``record`` hashes the same as the one last landed from ``url``."""
        known = self.get(url)
        return known is not None and known.content_hash == record_hash(record)

    def mark_seen(self, url: str) -> str | None:
        """``url`` is online and unchanged; returns its stored source_id (None if unknown)."""
        known = self.get(url)
        sid = known.source_id if known else None
        if url not in self.landed:
            self.seen[url] = sid
        return sid

    def commit(self, run_id: str) -> None:
        """Write the fingerprints of landed postings and the seen marks in one transaction."""
        with self._db:
            self._db.executemany(
                "insert into postings values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (url) do update set "
                "source_id = excluded.source_id, etag = excluded.etag, last_modified = excluded.last_modified, "
                "lastmod = excluded.lastmod, content_hash = excluded.content_hash, "
                "last_landed_run = excluded.last_landed_run, last_seen_run = excluded.last_seen_run",
                [
                    (u, f.source_id, f.etag, f.last_modified, f.lastmod, f.content_hash, run_id, run_id)
                    for u, f in self.landed.items()
                ],
            )
            self._db.executemany(
                "update postings set last_seen_run = ? where url = ?", [(run_id, u) for u in self.seen]
            )
        self.landed.clear()

    def close(self) -> None:
        """Close the database (uncommitted observations are dropped)."""
        self._db.close()


_BY_CRAWLER: weakref.WeakKeyDictionary[Any, CrawlState | None] = weakref.WeakKeyDictionary()


def for_crawler(crawler: Any) -> CrawlState | None:
    """The crawl's shared state (one per crawler), or None when incrementality is off.

    Off when ``CBEC_INCREMENTAL`` is false or landing is disabled (a crawl into ``-o FILE`` wants everything).
    """
    if crawler in _BY_CRAWLER:
        return _BY_CRAWLER[crawler]
    s = crawler.settings
    state: CrawlState | None = None
    spider = getattr(crawler, "spider", None)
    if s.getbool("CBEC_INCREMENTAL", True) and s.getbool("CBEC_LANDING_ENABLED", True) and spider is not None:
        source = getattr(spider, "source", None) or spider.name
        state = CrawlState(state_file(s.get("CBEC_DATA_DIR", "data"), source))
    _BY_CRAWLER[crawler] = state
    return state
