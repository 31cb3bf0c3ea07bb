"""`cbec import`: dumps from other scrapers (CSV, JSONL, XLSX) into the landing zone as raw postings.

A mapping (a JSON file, or a preset chosen from the file's columns) says which column feeds which raw-posting field.
Rows that cannot become a posting are reported with their row number and reason; accepted rows are scrubbed of
personal data and landed. Importing the same file twice lands nothing new: every landed row's fingerprint is kept
per source.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.landing import LandingWriter, check_name, landing_file
from pipeline.records import RAW_FIELDS, RecordError, mend_surrogates, validate_raw
from pipeline.scrub import scrub_record

SUPPORTED = (".csv", ".jsonl", ".json", ".xlsx")
# A dump that is not UTF-8 comes from a mainland scraper (GBK / GB18030), a Hong Kong or Taiwan one (Big5), or a
# Windows tool (UTF-16, cp1252).
DUMP_ENCODINGS = ("gb18030", "big5", "utf_16", "utf_32", "cp1252")


class ImportError_(ValueError):
    """A file or mapping that cannot be imported at all; ``str()`` is one line for the user."""


@dataclass(frozen=True)
class Mapping:
    """Column → raw-field mapping. ``templates`` build a field from several columns ("{a}{b}")."""

    name: str
    fields: dict[str, str]
    templates: dict[str, str] = field(default_factory=dict)
    lists: dict[str, dict[str, str]] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)
    match_columns: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str) -> Mapping:
        """Build and check a mapping; a malformed one raises :class:`ImportError_` naming ``origin``."""
        parts: dict[str, dict[str, Any]] = {}
        for key in ("fields", "templates", "lists", "constants"):
            part = data.get(key, {})
            if not isinstance(part, dict):
                raise ImportError_(f"mapping {origin}: '{key}' must be an object of raw field → column")
            unknown = sorted(set(part) - set(RAW_FIELDS))
            if unknown:  # a misspelt field ("salary" for salary_raw) would carry its column nowhere, unseen
                raise ImportError_(
                    f"mapping {origin}: {key} names no raw-posting field: {', '.join(unknown)} "
                    f"(fields: {', '.join(RAW_FIELDS)})"
                )
            parts[key] = part
        for key in ("fields", "templates", "constants"):
            for raw_field, value in parts[key].items():
                if not isinstance(value, str):
                    raise ImportError_(f"mapping {origin}: {key}.{raw_field} must be a string")
        for raw_field, spec in parts["lists"].items():
            if not isinstance(spec, dict) or not isinstance(spec.get("column"), str):
                raise ImportError_(f"mapping {origin}: lists.{raw_field} must be {{\"column\": …, \"separator\": …}}")
        for raw_field, template in parts["templates"].items():
            try:
                _template_columns(template)
            except ValueError as exc:
                raise ImportError_(f"mapping {origin}: templates.{raw_field} {template!r}: {exc}") from None
        return cls(
            name=str(data.get("name") or origin),
            fields=dict(parts["fields"]),
            templates=dict(parts["templates"]),
            lists=dict(parts["lists"]),
            constants=dict(parts["constants"]),
            match_columns=tuple(data.get("match_columns", ())),
        )

    def columns(self) -> set[str]:
        """Every column the mapping reads."""
        cols = set(self.fields.values()) | {spec["column"] for spec in self.lists.values()}
        for template in self.templates.values():
            cols.update(_template_columns(template))
        return cols


def _template_columns(template: str) -> list[str]:
    """The columns a template ("{a}k-{b}k") reads; ValueError for one ``str.format_map`` cannot fill."""
    columns = [name for _, name, _spec, _conv in string.Formatter().parse(template) if name is not None]
    if any(not name or "." in name or "[" in name for name in columns):
        raise ValueError("every {} must name a column, without '.' or '['")
    return columns


def presets() -> list[Mapping]:
    """The ready mappings shipped in pipeline/import_presets/."""
    folder = resources.files("pipeline").joinpath("import_presets")
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            found.append(Mapping.from_dict(json.loads(entry.read_text("utf-8")), entry.name))
    return found


def choose_preset(columns: list[str]) -> Mapping:
    """The preset whose required columns the file has (the most specific one), or a one-line error."""
    have = set(columns)
    fits = [m for m in presets() if m.match_columns and set(m.match_columns) <= have]
    if not fits:
        raise ImportError_(
            f"no preset fits columns {', '.join(columns[:12])}; pass --mapping FILE "
            f"(presets: {', '.join(m.name for m in presets())})"
        )
    return max(fits, key=lambda m: len(m.match_columns))


def load_mapping(path: Path) -> Mapping:
    """Read a mapping file."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:  # too short to guess an encoding from: a wrong guess would name columns no file has
        raise ImportError_(f"mapping {path} is not UTF-8 text; save it as UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ImportError_(f"mapping {path} is not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise ImportError_(f"mapping {path} must be a JSON object")
    return Mapping.from_dict(data, str(path))


def text_encoding(path: Path) -> str:
    """A text dump's encoding: UTF-8 (with or without BOM) when every byte of it decodes so, else the one detected
    from its start among the encodings dumps come in (GB18030 and kin). Reads the file in chunks: a dump may be
    larger than memory allows holding twice."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as fh:
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8-sig"
        except UnicodeDecodeError:
            fh.seek(0)
            sample = fh.read(200_000)
    from charset_normalizer import from_bytes

    # Only the encodings dumps come in: the detector free to pick any codec read short GBK files as Japanese or Thai.
    best = from_bytes(sample, cp_isolation=list(DUMP_ENCODINGS)).best()
    encoding = best.encoding if best else "gb18030"
    if encoding.startswith("gb"):
        return "gb18030"  # a superset of GB2312 and GBK: decoding with it loses nothing they encode
    if encoding.startswith("big5"):
        return "big5hkscs"  # a superset of Big5 (Hong Kong's characters); GB18030 read Big5 as mojibake
    return encoding


def read_rows(path: Path) -> tuple[list[str], Iterator[tuple[int, dict[str, Any]]]]:
    """Columns and (row number, row) pairs of a CSV, JSONL (or JSON array) or XLSX file; row numbers start at 1
    (header excluded). The columns of JSON rows are every key any row has. Rows are read as they are consumed
    (a JSON array excepted), so a large dump is never held whole."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ImportError_(f"{path.name}: unsupported file type {suffix or '(none)'}; use CSV, JSONL or XLSX")
    if suffix == ".xlsx":
        return _xlsx_rows(path)
    encoding = text_encoding(path)
    if suffix == ".csv":
        return _csv_rows(path, encoding)
    with path.open(encoding=encoding, errors="replace") as fh:
        head = fh.read(4096).lstrip()
    if suffix == ".json" and head.startswith("["):  # one JSON array of row objects, not JSON lines
        text = path.read_text(encoding=encoding, errors="replace")
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportError_(f"{path.name}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        rows = [(i, _json_row(item)) for i, item in enumerate(items, start=1)]
        return _json_columns(rows), iter(rows)
    # Two passes over JSON lines: the columns (to choose and check the mapping before anything lands), then the rows.
    return _json_columns(_jsonl_rows(path, encoding)), _jsonl_rows(path, encoding)


def _json_columns(rows: Iterable[tuple[int, dict[str, Any]]]) -> list[str]:
    columns: dict[str, None] = {}
    for _, row in rows:
        if "__error__" not in row:
            columns.update(dict.fromkeys(row))
    return list(columns)


# Delimiters a dump's header may use instead of the comma (spreadsheet exports as "CSV"): tab and semicolon.
_DELIMITERS = ("\t", ";")


def _delimiter(header: str) -> str:
    """The comma when the header holds one, else a tab or semicolon that splits it, else the comma."""
    if "," in header:
        return ","
    counts = [(header.count(d), d) for d in _DELIMITERS]
    count, delimiter = max(counts)
    return delimiter if count else ","


def _csv_rows(path: Path, encoding: str) -> tuple[list[str], Iterator[tuple[int, dict[str, Any]]]]:
    # A description may be long (the csv module stops at 128 KB), and a quote that never closes is an error: read
    # leniently, it would swallow every later row into one field, unseen.
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    fh = path.open(encoding=encoding, errors="replace", newline="")
    delimiter = _delimiter(fh.readline())
    fh.seek(0)
    reader = csv.DictReader(fh, delimiter=delimiter, strict=True)
    start = 1

    def malformed(exc: csv.Error) -> ImportError_:
        return ImportError_(f"{path.name}: malformed CSV in the row starting on line {start}: {exc}")

    try:
        columns = list(reader.fieldnames or [])
    except csv.Error as exc:
        fh.close()
        raise malformed(exc) from None

    def gen() -> Iterator[tuple[int, dict[str, Any]]]:
        nonlocal start
        start = reader.line_num + 1
        with fh:
            try:
                for i, row in enumerate(reader, start=1):
                    yield i, dict(row)
                    start = reader.line_num + 1
            except csv.Error as exc:
                raise malformed(exc) from None

    return columns, gen()


def _json_row(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict):
        return {"__error__": "not a JSON object"}
    mended: dict[str, Any] = mend_surrogates(item)
    return mended


def _jsonl_rows(path: Path, encoding: str) -> Iterator[tuple[int, dict[str, Any]]]:
    # Lines end at a newline only: a U+2028 inside a JSON string is text (str.splitlines would split there).
    with path.open(encoding=encoding, errors="replace", newline="") as fh:
        for i, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield i, {"__error__": f"not valid JSON ({exc.msg})"}
                continue
            yield i, _json_row(row)


def _xlsx_rows(path: Path) -> tuple[list[str], Iterator[tuple[int, dict[str, Any]]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise ImportError_(f"{path.name}: not a readable XLSX file ({type(exc).__name__})") from None
    # The sheet that holds rows, whichever is active: a workbook saved on an empty or notes sheet would otherwise
    # import nothing, unseen. Two sheets with rows are refused rather than one dropped.
    sheets = [
        sheet
        for sheet in book.worksheets
        if any(v is not None for v in next(sheet.iter_rows(max_row=1, values_only=True), ()))
    ]
    if len(sheets) > 1:
        book.close()
        raise ImportError_(
            f"{path.name}: several sheets hold rows ({', '.join(s.title for s in sheets)}); "
            "save the one to import as its own file"
        )
    if not sheets:
        book.close()
        return [], iter(())
    rows = sheets[0].iter_rows(values_only=True)
    header = [str(c) if c is not None else "" for c in next(rows, ())]

    def gen() -> Iterator[tuple[int, dict[str, Any]]]:
        for i, values in enumerate(rows, start=1):
            if any(v is not None for v in values):
                yield i, {h: v for h, v in zip(header, values, strict=False) if h}
        book.close()

    return header, gen()


def _cell(value: Any) -> str | None:
    """A cell as text: a JSON list of texts (a description kept as paragraphs) one per line, any other JSON
    structure as JSON (never Python's repr)."""
    if value is None:
        return None
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        text = "\n".join(str(v).strip() for v in value if str(v).strip())
    elif isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value).strip()
    return text or None


def map_row(row: dict[str, Any], mapping: Mapping, source: str) -> dict[str, Any]:
    """One dump row as a raw posting; raises :class:`RecordError` when it cannot be one."""
    if "__error__" in row:
        raise RecordError(str(row["__error__"]))
    record: dict[str, Any] = {"source": source}
    record.update(mapping.constants)
    for raw_field, column in mapping.fields.items():
        value = _cell(row.get(column))
        if value is not None:
            record[raw_field] = value
    for raw_field, template in mapping.templates.items():
        parts = {c: _cell(row.get(c)) or "" for c in mapping.columns()}
        value = template.format_map(parts).strip()
        # A template whose columns are all empty ("k-k") says nothing.
        if any(parts[c] for c in parts if "{" + c + "}" in template):
            record[raw_field] = value
    for raw_field, spec in mapping.lists.items():
        cell = row.get(spec["column"])
        if isinstance(cell, list):  # a JSON list is the list already
            items = [t for t in (_cell(v) for v in cell) if t]
        else:
            value = _cell(cell)
            items = [t.strip() for t in value.split(spec.get("separator", ","))] if value is not None else []
        if any(items):
            record[raw_field] = [t for t in items if t]
    validate_raw(record)
    fingerprint = hashlib.sha1(
        json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
    ).hexdigest()[:20]
    record.setdefault("source_id", fingerprint)
    return scrub_record(record)


@dataclass
class ImportResult:
    """What an import landed and what it rejected (row number, reason)."""

    mapping: str
    accepted: int = 0
    already_landed: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    landing_path: Path | None = None


def _seen_path(data_dir: Path, source: str) -> Path:
    return data_dir / "landing" / source / "imported.sha1"


def import_file(path: Path, source: str, data_dir: Path, mapping_path: Path | None = None) -> ImportResult:
    """Import one dump into DATA_DIR/landing/<source>/import-<time>.jsonl.gz; idempotent per source."""
    if not path.is_file():
        raise ImportError_(f"input file not found: {path}")
    try:
        check_name("source", source)
    except ValueError as exc:
        raise ImportError_(str(exc)) from None
    mapping = load_mapping(mapping_path) if mapping_path else None
    columns, rows = read_rows(path)
    if not columns:
        raise ImportError_(f"{path.name}: no columns (an empty file, or not CSV / JSONL / XLSX)")
    mapping = mapping or choose_preset(columns)
    missing = sorted(c for c in mapping.columns() if c not in columns)
    if missing:  # a misspelt or absent column would leave its field empty in every row, unseen
        which = f"preset {mapping.name}" if mapping_path is None else f"mapping {mapping.name}"
        raise ImportError_(
            f"{path.name}: columns missing for {which}: {', '.join(missing)} (the file has: {', '.join(columns[:20])})"
        )
    doubled = sorted({c for c in columns if c in mapping.columns() and columns.count(c) > 1})
    if doubled:  # a row keeps only the last of two same-named cells
        raise ImportError_(f"{path.name}: column {', '.join(doubled)} appears more than once; rename the copies")
    seen_file = _seen_path(data_dir, source)
    seen = set(seen_file.read_text("utf-8").split()) if seen_file.exists() else set()
    result = ImportResult(mapping=mapping.name)
    scraped_at = datetime.now(UTC).isoformat(timespec="seconds")
    new_keys: list[str] = []
    writer: LandingWriter | None = None  # opened at the first accepted row: rows stream to disk, never held
    try:
        for rownum, row in rows:
            try:
                record = map_row(row, mapping, source)
            except RecordError as exc:
                result.rejected.append((rownum, str(exc)))
                continue
            key = str(record["source_id"])
            if key in seen:
                result.already_landed += 1
                continue
            seen.add(key)
            new_keys.append(key)
            record.setdefault("scraped_at", scraped_at)
            if writer is None:
                run_id = f"import-{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}"
                writer = LandingWriter(landing_file(data_dir, source, run_id))
            writer.write(record)
    except BaseException:
        if writer is not None:
            writer.abort()  # a malformed row later in the file, or Ctrl-C: nothing of this file lands
        raise
    result.accepted = len(new_keys)
    if not (result.accepted or result.rejected or result.already_landed):
        raise ImportError_(f"{path.name}: no rows below the header")
    if writer is not None:
        result.landing_path = writer.commit()
        # The fingerprints are written after the landing file is complete: a crash in between re-imports the rows
        # next time (landed twice, deduplicated downstream) rather than losing them.
        seen_file.parent.mkdir(parents=True, exist_ok=True)
        with seen_file.open("a", encoding="utf-8") as fh:
            fh.write("".join(k + "\n" for k in new_keys))
    return result
