"""Merge the two annotators' labels of written8 into the gold (run after annotation and again after adjudication).

python tests/gold/written8/merge.py

Reads labels_c.jsonl, labels_d.jsonl and adjudication.jsonl (when present: one line per decided field, keys row,
field, value, reason). Writes disagreements.jsonl (fields the annotators labelled differently that no adjudication
decides yet), and, once none is open, labels.jsonl with its halves by row parity: labels_tune.jsonl (even rows) may
be tuned on, labels_check.jsonl (odd rows) is scored only. Prints agreement counts only, never a row's labels, so
running it reads nothing of the check half.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/gold: the shared reader
from agreement_stats import read_jsonl  # noqa: E402

FIELDS = ("is_cross_border", "platforms", "languages")


def _lines(name: str) -> list[dict]:
    path = HERE / name
    return read_jsonl(path) if path.is_file() else []


def _write(name: str, items: list[dict]) -> None:
    (HERE / name).write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")


def main() -> None:
    c, d = _lines("labels_c.jsonl"), _lines("labels_d.jsonl")
    if [r["row"] for r in c] != [r["row"] for r in d]:
        raise SystemExit("labels_c.jsonl and labels_d.jsonl do not cover the same rows")
    decided = {(a["row"], a["field"]): a["value"] for a in _lines("adjudication.jsonl")}
    gold, still_open = [], []
    agree = {f: 0 for f in FIELDS}
    for first, second in zip(c, d, strict=True):
        row = {"file": first["file"], "row": first["row"]}
        for field in FIELDS:
            if first[field] == second[field]:
                agree[field] += 1
                row[field] = first[field]
            elif (first["row"], field) in decided:
                row[field] = decided[(first["row"], field)]
            else:
                still_open.append({"row": first["row"], "field": field, "c": first[field], "note_c": first["note"],
                                   "d": second[field], "note_d": second["note"]})
        gold.append(row)
    _write("disagreements.jsonl", still_open)
    if not still_open:
        _write("labels.jsonl", gold)
        _write("labels_tune.jsonl", [g for g in gold if g["row"] % 2 == 0])
        _write("labels_check.jsonl", [g for g in gold if g["row"] % 2 == 1])
    n = len(c)
    print(f"{n} rows; identical per field: " + ", ".join(f"{f} {agree[f]}" for f in FIELDS)
          + f"; {len(decided)} adjudicated, {len(still_open)} still open")


if __name__ == "__main__":
    main()
