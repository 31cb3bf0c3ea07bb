"""Extracted records as an Arrow table with an explicit schema: the only way postings enter DuckDB.

The schema mirrors the `cbec extract` output (raw-posting fields plus the nested extracted fields); extra keys
are ignored and missing ones become nulls. Flattening and renaming happen in SQL (``sql/load/20_stage.sql``).
Arrow's own converter does the work when the records are well typed; a record with a stray type (a number as
a string, a scalar where a list belongs) sends the batch through a slower, forgiving coercion instead.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

import pyarrow as pa

from nlp.textnorm import normalize
from pipeline.records import RAW_TEXT_FIELDS

_STR = pa.string()
_STR_LIST = pa.list_(pa.string())
_CHUNK = 10_000


_ID_FIELDS = [
    pa.field("posting_id", _STR, nullable=False),
    pa.field("record_ord", pa.int64(), nullable=False),
]

RECORD_SCHEMA = pa.schema(
    [
        *[pa.field(name, _STR) for name in RAW_TEXT_FIELDS],
        pa.field("tags", _STR_LIST),
        pa.field("sources", _STR_LIST),
        pa.field("is_cross_border", pa.bool_()),
        pa.field("relevance_evidence", _STR_LIST),
        pa.field(
            "salary",
            pa.struct(
                [
                    ("min_monthly", pa.float64()),
                    ("max_monthly", pa.float64()),
                    ("months_per_year", pa.int32()),
                    ("period", _STR),
                    ("currency", _STR),
                    ("negotiable", pa.bool_()),
                ]
            ),
        ),
        pa.field(
            "location",
            pa.struct(
                [
                    ("country", _STR),
                    ("province", _STR),
                    ("city", _STR),
                    ("district", _STR),
                    ("adcode", _STR),
                    ("region", _STR),
                    ("is_pilot_zone", pa.bool_()),
                    ("industrial_belt", _STR),
                ]
            ),
        ),
        pa.field(
            "company_size",
            pa.struct([("min_employees", pa.int64()), ("max_employees", pa.int64()), ("size_class", _STR)]),
        ),
        pa.field("education", _STR),
        pa.field("experience", pa.struct([("min_years", pa.float64()), ("max_years", pa.float64())])),
        pa.field("employment_type", _STR_LIST),
        pa.field("role_family", _STR),
        pa.field("platforms", _STR_LIST),
        pa.field(
            "languages", pa.list_(pa.struct([("code", _STR), ("level", _STR), ("required", pa.bool_())]))
        ),
        pa.field(
            "skills",
            pa.list_(pa.struct([("id", _STR), ("name_zh", _STR), ("name_en", _STR), ("category", _STR)])),
        ),
        pa.field("ai_mention", pa.struct([("present", pa.bool_()), ("context", _STR)])),
        pa.field("certificates", _STR_LIST),
        pa.field("is_closed", pa.bool_()),
        pa.field("valid_through", _STR),
    ]
)
"""The record fields the warehouse reads (other keys are ignored)."""

INCOMING_SCHEMA = pa.schema([*_ID_FIELDS, *RECORD_SCHEMA])
"""What ``records_to_arrow`` returns: record fields plus ``posting_id`` and ``record_ord`` (input order)."""


def posting_id(record: Mapping[str, Any]) -> str:
    """Stable id of a posting: hash of (source, source_id), else (source, url), else (source, title, company,
    location_raw) normalised. Stable across runs, processes and Python versions (no ``hash()``)."""
    source = str(record.get("source") or "")
    source_id = record.get("source_id")
    url = record.get("url")
    if source_id not in (None, ""):
        parts = ["id", source, str(source_id)]
    elif url:
        parts = ["url", source, str(url).strip()]
    else:
        # Normalised so a full-width or Traditional re-rendering of the same text keeps the same id.
        parts = [
            "text",
            source,
            *(normalize(_text(record.get(k))) for k in ("title", "company", "location_raw")),
        ]
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=10).hexdigest()


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def records_to_arrow(records: Sequence[Mapping[str, Any]]) -> pa.Table:
    """The records as a table of :data:`INCOMING_SCHEMA`, with ``posting_id`` and input order added."""
    # Converted in chunks: Arrow's converter holds large transient buffers per call.
    chunks = [_to_batch(records[i : i + _CHUNK]) for i in range(0, len(records), _CHUNK)]
    table = pa.Table.from_batches(chunks, schema=RECORD_SCHEMA)
    ids = pa.array([posting_id(rec) for rec in records], type=_STR)
    order = pa.array(range(len(records)), type=pa.int64())
    return pa.Table.from_arrays([ids, order, *table.columns], schema=INCOMING_SCHEMA)


def record_chunks(
    records: Iterable[Mapping[str, Any]], size: int = _CHUNK
) -> Iterator[tuple[list[Mapping[str, Any]], pa.Table]]:
    """The records in chunks of ``size``, each with its table of :data:`INCOMING_SCHEMA` (``record_ord``
    continues across chunks). Only one chunk is held at a time, so a generator of records streams."""
    iterator = iter(records)
    offset = 0
    while chunk := list(islice(iterator, size)):
        table = pa.Table.from_batches([_to_batch(chunk)], schema=RECORD_SCHEMA)
        ids = pa.array([posting_id(rec) for rec in chunk], type=_STR)
        order = pa.array(range(offset, offset + len(chunk)), type=pa.int64())
        yield chunk, pa.Table.from_arrays([ids, order, *table.columns], schema=INCOMING_SCHEMA)
        offset += len(chunk)


def _to_batch(records: Sequence[Mapping[str, Any]]) -> pa.RecordBatch:
    try:
        return pa.RecordBatch.from_pylist(list(records), schema=RECORD_SCHEMA)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        # Some record has a value of the wrong type: coerce field by field rather than reject the run.
        coerced = [{f.name: coerce(rec.get(f.name), f.type) for f in RECORD_SCHEMA} for rec in records]
        return pa.RecordBatch.from_pylist(coerced, schema=RECORD_SCHEMA)


def coerce(value: Any, typ: pa.DataType) -> Any:
    """``value`` as a Python value Arrow accepts for ``typ``, or None when it cannot be read as one."""
    if value is None:
        return None
    if pa.types.is_string(typ):
        if isinstance(value, str):
            return value
        if isinstance(value, bool | int | float):
            return str(value)
        if isinstance(value, list | dict):
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        return str(value)
    if pa.types.is_boolean(typ):
        return _coerce_bool(value)
    if pa.types.is_floating(typ):
        return _coerce_float(value)
    if pa.types.is_integer(typ):
        number = _coerce_float(value)
        return int(number) if number is not None and number.is_integer() else None
    if pa.types.is_list(typ):
        items = value if isinstance(value, list | tuple) else [value]
        return [coerce(item, typ.value_type) for item in items]
    if pa.types.is_struct(typ):
        if not isinstance(value, Mapping):
            return None
        return {
            typ.field(i).name: coerce(value.get(typ.field(i).name), typ.field(i).type)
            for i in range(typ.num_fields)
        }
    return None


def _coerce_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in {"true", "1", "yes", "y", "t"}:
            return True
        if lowered in {"false", "0", "no", "n", "f", ""}:
            return False
    return None


def _coerce_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.replace(",", "").strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None
