"""Draw the rows of the role-family gold set (run once; its output rows.json is committed).

python tests/gold/roles/draw.py ../shared/realdata > tests/gold/roles/rows.json

Seeded, so the draw can be checked: 25 postings from each written set (cross-border postings the team wrote),
90 neitui rows (all of its categories) and 55 51job rows (titles and tags only, mostly IT). Each drawn row goes to
the tune half or the check half by turns after one shuffle: tune rows may be read while improving the extractor,
check rows may not (their score is what users should expect).
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
WRITTEN = ("holdout", "written", "written3", "written4", "written5", "written6", "written7")


def _count(path: Path) -> int:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as handle:
            return sum(1 for _ in csv.DictReader(handle))
    with open(path, encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


def main(realdata: Path) -> None:
    rng = random.Random(20261127)
    rows: list[dict[str, object]] = []
    for name in WRITTEN:
        total = _count(GOLD / name / "postings.jsonl")
        rows += [{"file": f"../{name}/postings.jsonl", "row": r} for r in sorted(rng.sample(range(total), 25))]
    for file_name, n in (("neitui_2018_dev.jsonl", 90), ("51job_2023_isixe.csv", 55)):
        total = _count(realdata / file_name)
        rows += [{"file": file_name, "row": r} for r in sorted(rng.sample(range(total), n))]
    rng.shuffle(rows)
    for i, row in enumerate(rows):
        row["half"] = "tune" if i % 2 == 0 else "check"
    rows.sort(key=lambda r: (str(r["file"]), int(str(r["row"]))))
    json.dump({"rows": rows}, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
