"""The landing zone: raw postings as gzip JSON Lines at ``<data_dir>/landing/<source>/<run_id>.jsonl.gz``.

Pure IO, no Scrapy. Files are written to a ``.part`` sibling and renamed on close, so a reader sees either no
file or a whole one; landed files are never modified afterwards.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

SUFFIX = ".jsonl.gz"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def check_name(kind: str, value: str) -> str:
    """``value`` when it can name a source or run (letters, digits, '_', '-', '.'); raises ValueError otherwise.
    Names become path parts: separators and dot-dot are refused so a source cannot write outside the landing
    zone."""
    if not _NAME.fullmatch(value) or ".." in value:
        raise ValueError(f"invalid {kind} {value!r}: use letters, digits, '_', '-', '.'")
    return value


def landing_file(data_dir: str | os.PathLike[str], source: str, run_id: str) -> Path:
    """Path of the landing file for a source and run (not created)."""
    return (
        Path(data_dir)
        / "landing"
        / check_name("source", source)
        / f"{check_name('run_id', run_id)}{SUFFIX}"
    )


def stats_file(data_dir: str | os.PathLike[str], source: str, run_id: str) -> Path:
    """Path of the crawl-stats JSON written beside a landing file."""
    return landing_file(data_dir, source, run_id).with_name(f"{run_id}.stats.json")


class LandingWriter:
    """Streams records into ``path`` atomically: ``.part`` while open, renamed by :meth:`commit`.

    Used as a context manager, it commits on a clean exit and discards the part file on an exception.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.part = self.path.with_name(self.path.name + ".part")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._raw = open(self.part, "wb")  # noqa: SIM115 - closed in commit/abort
        self._gz = gzip.GzipFile(fileobj=self._raw, mode="wb", mtime=0)
        self._text = io.TextIOWrapper(self._gz, encoding="utf-8", newline="\n")
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        """Append one record as a JSON line."""
        self._text.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        self.count += 1

    def commit(self) -> Path:
        """Flush, fsync and rename the part file into place; returns the final path."""
        self._text.close()  # closes the gzip stream (writes the trailer) but not the raw file
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
        os.replace(self.part, self.path)
        return self.path

    def abort(self) -> None:
        """Discard what was written."""
        for f in (self._text, self._raw):
            with contextlib.suppress(OSError, ValueError):
                f.close()
        self.part.unlink(missing_ok=True)

    def __enter__(self) -> LandingWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def write_records(path: str | os.PathLike[str], records: Iterable[dict[str, Any]]) -> int:
    """Write records as gzip JSONL atomically; returns how many were written."""
    with LandingWriter(path) as w:
        for r in records:
            w.write(r)
    return w.count


def read_records(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Records of a landing file, in order (blank lines skipped)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def run_files(data_dir: str | os.PathLike[str], run_id: str) -> list[Path]:
    """Every landed file of a run, across sources, sorted by source."""
    root = Path(data_dir) / "landing"
    if not root.is_dir():
        return []
    name = f"{check_name('run_id', run_id)}{SUFFIX}"
    return sorted(p for p in root.glob(f"*/{name}") if p.is_file())
