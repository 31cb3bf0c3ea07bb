"""The raw-posting record: reading one JSON line into a validated dict, with a one-line reason when it is bad.

DESIGN.md's contract: everything is optional but ``source`` and ``title``; unknown extra keys are kept.
"""

from __future__ import annotations

import json
import re
from typing import Any

# DESIGN.md's raw-posting fields, in its order (the order records are written in).
RAW_FIELDS: tuple[str, ...] = (
    "source",
    "source_id",
    "url",
    "title",
    "company",
    "company_size_raw",
    "company_type_raw",
    "industry_raw",
    "location_raw",
    "address_raw",
    "salary_raw",
    "education_raw",
    "experience_raw",
    "employment_type_raw",
    "language_raw",
    "tags",
    "description",
    "posted_at_raw",
    "scraped_at",
)
RAW_TEXT_FIELDS: tuple[str, ...] = tuple(f for f in RAW_FIELDS if f != "tags")
REQUIRED_FIELDS: tuple[str, ...] = ("source", "title")
# A UTF-16 surrogate left alone in a string: JSON can carry one as an escape (\ud83d: half an emoji a scraper cut),
# but no UTF-8 writer can encode it, so one such character would stop a whole run at its first write.
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


class RecordError(ValueError):
    """A raw line that cannot be used; ``str()`` is a one-line reason fit for a user."""


def parse_raw_line(line: str | bytes) -> dict[str, Any]:
    """Parse one JSONL line into a raw-posting dict, or raise :class:`RecordError` saying why not.

    A line given as bytes must be UTF-8 (a byte-order mark is dropped): one that is not is rejected with the
    offending byte, never decoded with replacement characters unseen."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise RecordError(
                f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at byte {exc.start + 1}); "
                "convert the file to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)"
            ) from None
    elif line.startswith("\ufeff"):
        line = line[1:]
    if not line.strip():
        raise RecordError("empty line")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise RecordError(f"expected a JSON object, got {type(record).__name__}")
    if "\\ud" in line or "\\uD" in line:  # only an escape can bring a lone surrogate in: most lines skip the walk
        record = mend_surrogates(record)
    validate_raw(record)
    return record


def mend_surrogates(value: Any) -> Any:
    """``value`` (a string, or a list or dict of them, recursively) with each lone UTF-16 surrogate replaced by
    U+FFFD: the posting keeps every other character, and can be written as UTF-8."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [mend_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {mend_surrogates(k): mend_surrogates(v) for k, v in value.items()}
    return value


def validate_raw(record: dict[str, Any]) -> None:
    """Check field types in place; raise :class:`RecordError` naming the first bad field."""
    for field in REQUIRED_FIELDS:
        value = record.get(field)
        if not isinstance(value, str) or not value.strip():
            raise RecordError(f"field '{field}' is required and must be a non-empty string")
    for field in RAW_TEXT_FIELDS:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise RecordError(f"field '{field}' must be a string or null, got {type(value).__name__}")
    tags = record.get("tags")
    if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        raise RecordError("field 'tags' must be a list of strings or null")
