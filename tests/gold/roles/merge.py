"""Merge the two annotators' labels into the gold halves (run after annotation and again after adjudication).

python tests/gold/roles/merge.py       # the first round
python tests/gold/roles/merge.py 2     # the second: rows2.json, labels_a2.jsonl, ... into labels_tune2.jsonl
python tests/gold/roles/merge.py 3     # the third: rows3.json ... into labels_tune3.jsonl and labels_check3.jsonl

Reads rows.json, labels_a.jsonl, labels_b.jsonl and adjudication.jsonl (when present); writes
disagreements.jsonl (rows the annotators labelled differently and no adjudication decides yet), labels_tune.jsonl
and labels_check.jsonl (every decided row, in rows.json order), and prints agreement counts only: no row's label,
so running it reads nothing of the check half. Later rounds' files carry the round before the extension.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run by path: agreement_stats sits one folder up
from agreement_stats import read_jsonl  # noqa: E402


def _labels(name: str) -> dict[tuple[str, int], dict[str, str]]:
    path = HERE / name
    if not path.is_file():
        return {}
    return {(item["file"], item["row"]): item for item in read_jsonl(path)}


def cohen_kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two annotators' labels over the same items."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main(suffix: str = "") -> None:
    rows = json.loads((HERE / f"rows{suffix}.json").read_text(encoding="utf-8"))["rows"]
    a, b = _labels(f"labels_a{suffix}.jsonl"), _labels(f"labels_b{suffix}.jsonl")
    decided = _labels(f"adjudication{suffix}.jsonl")
    halves: dict[str, list[str]] = {"tune": [], "check": []}
    open_rows: list[str] = []
    pairs: list[tuple[str, str]] = []
    for row in rows:
        key = (row["file"], row["row"])
        la, lb = a[key]["role_family"], b[key]["role_family"]
        pairs.append((la, lb))
        label = la if la == lb else decided.get(key, {}).get("role_family")
        if label is None:
            open_rows.append(
                json.dumps(
                    {
                        "file": row["file"],
                        "row": row["row"],
                        "a": la,
                        "note_a": a[key]["note"],
                        "b": lb,
                        "note_b": b[key]["note"],
                    },
                    ensure_ascii=False,
                )
            )
            continue
        halves[row["half"]].append(
            json.dumps({"file": row["file"], "row": row["row"], "role_family": label}, ensure_ascii=False)
        )
    (HERE / f"disagreements{suffix}.jsonl").write_text("".join(line + "\n" for line in open_rows), encoding="utf-8")
    for half, lines in halves.items():
        if lines:
            text = "".join(line + "\n" for line in lines)
            (HERE / f"labels_{half}{suffix}.jsonl").write_text(text, encoding="utf-8")
    agreed = sum(x == y for x, y in pairs)
    print(
        f"{len(pairs)} rows, annotators agree on {agreed} ({agreed / len(pairs):.3f}), "
        f"kappa {cohen_kappa(pairs):.3f}; {len(decided)} adjudicated, {len(open_rows)} still open; "
        f"tune {len(halves['tune'])}, check {len(halves['check'])}"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
