"""The role-family gold set (tests/gold/roles): its halves cover the drawn rows once, in the DESIGN.md vocabulary."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.role_family import _ORDER

ROLES = Path(__file__).resolve().parent / "gold" / "roles"
REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
# Each round's rows file and the label files of its halves (a half's name less its round digit is its "half" key).
ROUNDS = (
    ("rows.json", ("tune", "check")),
    ("rows2.json", ("tune2",)),
    ("rows3.json", ("tune3", "check3")),
    ("rows4.json", ("tune4", "check4")),
    ("rows5.json", ("tune5", "check5")),
    ("rows6.json", ("tune6", "check6")),
    ("rows7.json", ("tune7", "check7")),
    ("rows8.json", ("tune8", "check8")),
    ("rows9.json", ("tune9", "check9")),
)
HALVES = tuple(half for _, halves in ROUNDS for half in halves)


def _lines(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (ROLES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_halves_label_each_drawn_row_once() -> None:
    for rows, halves in ROUNDS:
        drawn = json.loads((ROLES / rows).read_text(encoding="utf-8"))["rows"]
        for half in halves:
            want = [(r["file"], r["row"]) for r in drawn if r["half"] == half.rstrip("23456789")]
            assert [(g["file"], g["row"]) for g in _lines(f"labels_{half}.jsonl")] == want


def test_labels_use_the_role_families() -> None:
    annotators = ("a", "b", *(f"{who}{n}" for n in range(3, 9) for who in "ab"))
    for name in (f"labels_{half}.jsonl" for half in (*HALVES, *annotators)):
        assert {g["role_family"] for g in _lines(name)} <= set(_ORDER)


def test_written_rows_exist_beside_the_set() -> None:
    for g in (g for half in HALVES for g in _lines(f"labels_{half}.jsonl")):
        path = ROLES / str(g["file"])
        if str(g["file"]).startswith("../"):
            assert isinstance(g["row"], int) and g["row"] < len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize(("round_", "rows"), [(i + 1, rows) for i, (rows, _) in enumerate(ROUNDS)])
def test_each_round_draw_reproduces_its_rows(round_: int, rows: str) -> None:
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is absent")
    drawn = subprocess.run(
        [sys.executable, str(ROLES / "draw.py"), str(REALDATA), str(round_)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert drawn == (ROLES / rows).read_text(encoding="utf-8")
