"""Draw the rows of the role-family gold set (run once; its output rows.json is committed).

python tests/gold/roles/draw.py ../shared/realdata > tests/gold/roles/rows.json
python tests/gold/roles/draw.py ../shared/realdata 2 > tests/gold/roles/rows2.json   # the second round
python tests/gold/roles/draw.py ../shared/realdata 3 > tests/gold/roles/rows3.json   # the third round
python tests/gold/roles/draw.py ../shared/realdata 4 > tests/gold/roles/rows4.json   # the fourth round
python tests/gold/roles/draw.py ../shared/realdata 5 > tests/gold/roles/rows5.json   # the fifth: two whole sets
python tests/gold/roles/draw.py ../shared/realdata 6 > tests/gold/roles/rows6.json   # the sixth: written16 whole
python tests/gold/roles/draw.py ../shared/realdata 7 > tests/gold/roles/rows7.json   # the seventh: written17 whole
python tests/gold/roles/draw.py ../shared/realdata 8 > tests/gold/roles/rows8.json   # the eighth: written18 whole
python tests/gold/roles/draw.py ../shared/realdata 9 > tests/gold/roles/rows9.json   # the ninth: written19 whole

Seeded, so the draw can be checked: 25 postings from each written set (cross-border postings the team wrote),
90 neitui rows (all of its categories) and 55 51job rows (titles and tags only, mostly IT). Each drawn row goes to
the tune half or the check half by turns after one shuffle: tune rows may be read while improving the extractor,
check rows may not (their score is what users should expect). The second round draws 240 more rows, none drawn
before (10 from each written set, 100 neitui, 70 51job), all for tuning: the check half stays as it was. The third
round draws 240 more, none drawn before (10 from each written set, 110 neitui, 60 51job); by turns two go to a third
tune half and one to a second check half, so the blind measure grows too. The fourth round draws 240 more real rows
only (150 neitui, 90 51job), halves as in the third: a written set's odd rows are blind in the skills gold, so a
role tune half must not show them. The fifth round draws nothing: it takes written15 and fresh7 whole (140 rows:
written15's even rows tune, its odd rows and fresh7 check). The sixth, seventh and eighth take written16,
written17 and written18 whole the same way.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(GOLD))  # run by path: agreement_stats sits one folder up
from agreement_stats import read_jsonl  # noqa: E402

WRITTEN = ("holdout", "written", "written3", "written4", "written5", "written6", "written7")
_ROWS = {1: "rows.json", **{n: f"rows{n}.json" for n in range(2, 9)}}
# Per round: rows from each written set, then (real-data file, rows) pairs.
_DRAW = {
    1: (25, (("neitui_2018_dev.jsonl", 90), ("51job_2023_isixe.csv", 55))),
    2: (10, (("neitui_2018_dev.jsonl", 100), ("51job_2023_isixe.csv", 70))),
    3: (10, (("neitui_2018_dev.jsonl", 110), ("51job_2023_isixe.csv", 60))),
    4: (0, (("neitui_2018_dev.jsonl", 150), ("51job_2023_isixe.csv", 90))),
}


def _half(round_: int, i: int) -> str:
    """The half of the i-th drawn row after the shuffle: round 1 alternates, round 2 is all tune, later rounds two
    to one."""
    if round_ == 1:
        return "tune" if i % 2 == 0 else "check"
    if round_ == 2:
        return "tune"
    return "check" if i % 3 == 2 else "tune"


# The blind skills sets when round 4 was drawn; sets made later (fresh7, written15 check) drew their rows around the
# role sets' rows, so counting them would change round 4's draw.
_BLIND_AT_ROUND4 = frozenset({"fresh4", "fresh5", "fresh6", *(f"written{n} check" for n in range(4, 15))})


def _blind_rows() -> set[tuple[str, int]]:
    """The real-data rows of the blind gold sets of tests/gold/sets.json that existed when round 4 was drawn."""
    rows: set[tuple[str, int]] = set()
    for gold_set in json.loads((GOLD / "sets.json").read_text(encoding="utf-8"))["sets"]:
        # The role sets' own blind halves came from earlier rounds' draws (excluded as drawn); counting them here
        # would make a round's draw depend on its own output.
        if gold_set["name"] in _BLIND_AT_ROUND4:
            rows |= {(label.get("file", ""), label["row"]) for label in read_jsonl(GOLD / gold_set["path"])}
    return rows


def _count(path: Path) -> int:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as handle:
            return sum(1 for _ in csv.DictReader(handle))
    with open(path, encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


def _sample(rng: random.Random, file_name: str, total: int, n: int, taken: set[tuple[str, int]]) -> list[int]:
    return sorted(rng.sample([r for r in range(total) if (file_name, r) not in taken], n))


_WHOLE_WRITTEN = {6: "written16", 7: "written17", 8: "written18", 9: "written19"}


def _whole_written(name: str) -> list[dict[str, object]]:
    """Every row of a written set, its even rows tune and its odd rows check (as its skills halves)."""
    return [
        {"file": f"../{name}/postings.jsonl", "row": r, "half": "check" if r % 2 else "tune"}
        for r in range(_count(GOLD / name / "postings.jsonl"))
    ]


def _whole_sets(round_: int) -> list[dict[str, object]]:
    """Rounds 5 to 9 draw nothing. Round 5 (sixteenth session) takes two sets made that session whole, written15
    and the real fresh7 (check: blind in the skills gold too); rounds 6 and 7 (seventeenth) take written16 and
    written17 whole, round 8 (eighteenth) written18, round 9 (twentieth) written19."""
    if round_ in _WHOLE_WRITTEN:
        return _whole_written(_WHOLE_WRITTEN[round_])
    fresh7 = json.loads((GOLD / "fresh7" / "rows.json").read_text(encoding="utf-8"))
    return _whole_written("written15") + [{"file": "neitui_2018_dev.jsonl", "row": r, "half": "check"} for r in fresh7]


def main(realdata: Path, round_: int = 1) -> None:
    if round_ in (5, *_WHOLE_WRITTEN):
        json.dump({"rows": _whole_sets(round_)}, sys.stdout, ensure_ascii=False, indent=0)
        sys.stdout.write("\n")
        return
    rng = random.Random(20261127 + round_ - 1)
    taken: set[tuple[str, int]] = set()
    for earlier in range(1, round_):
        drawn = json.loads((GOLD / "roles" / _ROWS[earlier]).read_text(encoding="utf-8"))["rows"]
        taken |= {(r["file"], r["row"]) for r in drawn}
    if round_ >= 4:  # rows of the blind skills sets stay unread too
        taken |= _blind_rows()
    per_written, real = _DRAW[round_]
    rows: list[dict[str, object]] = []
    for name in WRITTEN:
        file_name = f"../{name}/postings.jsonl"
        total = _count(GOLD / name / "postings.jsonl")
        rows += [{"file": file_name, "row": r} for r in _sample(rng, file_name, total, per_written, taken)]
    for file_name, n in real:
        rows += [{"file": file_name, "row": r} for r in _sample(rng, file_name, _count(realdata / file_name), n, taken)]
    rng.shuffle(rows)
    for i, row in enumerate(rows):
        row["half"] = _half(round_, i)
    rows.sort(key=lambda r: (str(r["file"]), int(str(r["row"]))))
    json.dump({"rows": rows}, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1)
