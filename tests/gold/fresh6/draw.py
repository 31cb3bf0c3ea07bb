"""How fresh6's rows were drawn (run once, 2026-11-27; kept to reproduce rows.json):

    python tests/gold/fresh6/draw.py ../shared/realdata/neitui_2018_dev.jsonl

Rows of the neitui file in no labelled set, with a description of 100 characters or more, whose text repeats no
labelled row nor another drawn row (6-character shingles, overlap < 0.5 of the smaller), drawn in a seeded random
order up to a quota per job category. fresh6's own files now list its rows: leave them out to reproduce.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
QUOTA = {"运营": 40, "产品": 10, "销售": 12, "市场": 5, "设计": 4, "职能": 4, "技术": 22}
SEED = 20261127


def _listed_rows() -> set[int]:
    rows: set[int] = set()
    for path in [*GOLD.glob("*.jsonl"), *GOLD.glob("*/*.jsonl")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            if isinstance(label, dict) and str(label.get("file", "")).startswith("neitui"):
                rows.add(label["row"])
    return rows


def _shingles(text: str) -> set[str]:
    return {text[i : i + 6] for i in range(max(len(text) - 5, 1))}


def _repeats(shingles: set[str], pool: list[set[str]]) -> bool:
    return any(shingles and len(shingles & other) / min(len(shingles), len(other) or 1) >= 0.5 for other in pool)


def draw(neitui: Path) -> list[int]:
    """The drawn rows, sorted."""
    data = [json.loads(line) for line in neitui.read_text(encoding="utf-8").splitlines()]
    listed = _listed_rows()
    taken = [_shingles(data[i].get("summary") or "") for i in sorted(listed)]
    order = [i for i in range(len(data)) if i not in listed]
    random.Random(SEED).shuffle(order)
    got = dict.fromkeys(QUOTA, 0)
    drawn = []
    for i in order:
        category, text = data[i].get("category"), data[i].get("summary") or ""
        if category not in QUOTA or got[category] >= QUOTA[category] or len(text) < 100:
            continue
        shingles = _shingles(text)
        if _repeats(shingles, taken):
            continue
        taken.append(shingles)
        drawn.append(i)
        got[category] += 1
    return sorted(drawn)


if __name__ == "__main__":
    print(json.dumps(draw(Path(sys.argv[1]))))
