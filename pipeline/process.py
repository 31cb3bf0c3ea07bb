"""The processing stage: raw records from the landing zone (or any JSONL stream) to extracted records.

Bad lines are reported with their line number and reason, and the rest goes on; nothing is dropped silently.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from nlp.extract import extract_posting, prepare, unknown_fields
from pipeline.landing import SUFFIX, read_records
from pipeline.records import RecordError, parse_raw_line, validate_raw


@dataclass(frozen=True)
class LineResult:
    """The outcome of one input line: an extracted record, or the reason it was rejected."""

    lineno: int
    record: dict[str, Any] | None = None
    error: str | None = None


def extract_lines(lines: Iterable[str | bytes]) -> Iterator[LineResult]:
    """Validate and extract each JSONL line (text, or UTF-8 bytes), in input order; never raises for bad input."""
    prepare()
    for lineno, line in enumerate(lines, start=1):
        try:
            raw = parse_raw_line(line)
        except RecordError as exc:
            yield LineResult(lineno, error=str(exc))
            continue
        yield LineResult(lineno, record=extract_posting(raw))


def dumps(record: dict[str, Any]) -> bytes:
    """One output line without its newline: compact JSON in UTF-8 bytes, keys in record order, so the same input
    gives byte-identical output. Bytes, as orjson makes them: decoding them to write them through a text stream
    that encodes them again cost as much as the serialising."""
    try:
        return orjson.dumps(record)
    except (TypeError, orjson.JSONEncodeError):
        # What orjson refuses (an integer beyond 64 bits, a non-string key) the stdlib writes, in the same shape.
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass
class ProcessResult:
    """What the processing of one run produced and rejected."""

    records: list[dict[str, Any]] = field(default_factory=list)
    n_landed: int = 0
    rejected_by_reason: Counter[str] = field(default_factory=Counter)
    # Per field, how many postings an extractor could not read. A plain Counter: a Counter subclass defined in a
    # compiled module broke the weak references Prefect keeps to task results (tests/test_compiled_weakrefs.py).
    unknown_counts: Counter[str] = field(default_factory=Counter)
    n_duplicates_in_run: int = 0
    seen: list[dict[str, Any]] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)

    @property
    def n_rejected(self) -> int:
        """Landed records that could not be used."""
        return sum(self.rejected_by_reason.values())


def posting_identity(record: dict[str, Any]) -> tuple[str, str]:
    """The key under which a source reports one posting: its own id, else its URL, else title and company."""
    key = record.get("source_id") or record.get("url") or f"{record.get('title')}|{record.get('company')}"
    return (str(record["source"]), str(key))


SEEN_SUFFIX = ".seen.jsonl.gz"


def landing_key(data_dir: Path, path: Path) -> str:
    """A landing file's name relative to the landing root, as the warehouse records it."""
    return path.relative_to(data_dir / "landing").as_posix()


def unloaded_landing_files(data_dir: Path, loaded: set[str]) -> list[Path]:
    """Every landing file no run has loaded yet, oldest first: tonight's crawls, `cbec import` dumps, and the
    files of a run that was killed after its crawl (whose postings the crawl state will not fetch again)."""
    root = data_dir / "landing"
    if not root.is_dir():
        return []
    found = [p for p in root.glob(f"*/*{SUFFIX}") if landing_key(data_dir, p) not in loaded]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name))


def process_files(paths: Iterable[Path]) -> ProcessResult:
    """Extract every record of the given landing files; a posting landed more than once counts once (the
    latest file wins, so tonight's crawl overrides an older import). Seen-lists (postings still online but
    unchanged, not re-landed) are collected for the warehouse to mark as seen; unreadable files are listed.
    """
    result = ProcessResult()
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for path in paths:
        try:
            records = list(read_records(path))
        except (OSError, EOFError, ValueError):
            # A damaged file stays in the landing zone, unloaded, and is tried again next run: never lost.
            result.unreadable.append(path)
            continue
        if path.name.endswith(SEEN_SUFFIX):
            result.seen.extend(r for r in records if isinstance(r.get("source"), str))
            continue
        for raw in records:
            result.n_landed += 1
            try:
                validate_raw(raw)
            except RecordError as exc:
                result.rejected_by_reason[str(exc)] += 1
                continue
            key = posting_identity(raw)
            if key in latest:
                result.n_duplicates_in_run += 1
            latest[key] = raw
    if latest:
        prepare()
    for raw in latest.values():
        extracted = extract_posting(raw)
        result.unknown_counts.update(unknown_fields(extracted))
        result.records.append(extracted)
    return result
