"""The double-annotated skills gold stays consistent: every round's figures reproduce and the gold files carry
every adjudicated decision."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
ROUNDS = {"1": "adjudication.jsonl", "dev2": "adjudication_dev2.jsonl", "held2": "adjudication_held2.jsonl"}


@pytest.mark.parametrize("round_name", sorted(ROUNDS))
def test_agreement_script_checks_the_round(round_name: str) -> None:
    script = GOLD / "second_annotator" / "agreement.py"
    done = subprocess.run([sys.executable, str(script), round_name], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "disagreements: first right" in done.stdout  # the adjudication matched the disagreements exactly


def test_gold_files_carry_every_adjudicated_decision() -> None:
    labels: dict[tuple[str, int], set[str]] = {}
    for name in ("text.jsonl", "text_heldout.jsonl"):
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "skills" in row:
                labels[(row["file"], row["row"])] = set(row["skills"])
    decisions = [
        json.loads(line)
        for name in ROUNDS.values()
        for line in (GOLD / "second_annotator" / name).read_text(encoding="utf-8").splitlines()
    ]
    assert len(decisions) == 81 + 139 + 56
    # A guide rule adopted after adjudication decides last (second_annotator/relabels.jsonl, keyed by file and row).
    relabels = GOLD / "second_annotator" / "relabels.jsonl"
    later = {(c["file"], c["row"]): set(c["value"]) for c in map(json.loads, relabels.read_text("utf-8").splitlines())}
    for key, value in later.items():
        assert labels[key] == value
    wrong = [
        d
        for d in decisions
        if (d["file"], d["row"]) not in later and (d["skill"] in labels[(d["file"], d["row"])]) != d["decision"]
    ]
    assert wrong == []
    # A relabel carries an adopted guide rule (a numbered rule the guide defines), and relabels stay exceptions:
    # a wholesale change (more than about 5% of the 276 decisions) should be a new adjudication round.
    guide = (GOLD / "README.md").read_text(encoding="utf-8")
    defined = set(re.findall(r"^- (R\d+)\b", guide, flags=re.MULTILINE))
    for change in map(json.loads, relabels.read_text("utf-8").splitlines()):
        cited = re.search(r"\b(R\d+)\b", change["reason"])
        assert cited and cited.group(1) in defined, change["reason"]
    assert len(later) <= 14


def _relabels(folder: str) -> dict[tuple[int, str], Any]:
    """Per (row, field), the value a guide rule adopted after adjudication gives (``folder``/relabels.jsonl; the last
    line of a row and field decides): it overrides what the annotators and the adjudicator gave."""
    path = GOLD / folder / "relabels.jsonl"
    changes = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return {(c["row"], c["field"]): c["value"] for c in map(json.loads, changes)}


def test_fresh_set_is_the_agreed_labels_plus_the_adjudicated_ones() -> None:
    def skills(path: Path) -> dict[int, set[str]]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return {row["row"]: set(row["skills"]) for row in rows}

    a, b = skills(GOLD / "fresh" / "labels_a.jsonl"), skills(GOLD / "fresh" / "labels_b.jsonl")
    gold = skills(GOLD / "text_fresh.jsonl")
    decisions = [
        json.loads(line) for line in (GOLD / "fresh" / "adjudication.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    # Every disagreement was decided once, and nothing else was.
    assert sorted((d["row"], d["skill"]) for d in decisions) == sorted((row, s) for row in a for s in a[row] ^ b[row])
    relabelled = _relabels("fresh")
    for row in gold:
        adjudicated = {d["skill"] for d in decisions if d["row"] == row and d["label"]}
        assert gold[row] == set(relabelled.get((row, "skills"), (a[row] & b[row]) | adjudicated))


@pytest.mark.parametrize(
    ("folder", "first", "second", "rows"),
    [
        ("tune2", "labels_c", "labels_d", 74),
        ("tune3", "labels_e", "labels_f", 84),
        ("tune4", "labels_i", "labels_j", 72),
        ("fresh2", "labels_g", "labels_h", 82),
        ("fresh3", "labels_k", "labels_m", 72),
        ("fresh4", "labels_a", "labels_b", 72),
        ("fresh5", "labels_n", "labels_p", 72),
        ("fresh6", "labels_g", "labels_h", 69),
        ("fresh7", "labels_x", "labels_y", 60),
        ("fresh8", "labels_x", "labels_y", 150),
    ],
)
def test_real_set_is_the_agreed_labels_plus_the_adjudicated_ones(
    folder: str, first: str, second: str, rows: int
) -> None:
    def read(path: Path) -> dict[int, dict]:
        return {r["row"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}

    a, b = read(GOLD / folder / f"{first}.jsonl"), read(GOLD / folder / f"{second}.jsonl")
    gold = read(GOLD / f"text_{folder}.jsonl")
    decisions = [
        json.loads(line) for line in (GOLD / folder / "adjudication.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    skill_decisions = [x for x in decisions if "skill" in x]
    assert sorted((x["row"], x["skill"]) for x in skill_decisions) == sorted(
        (row, s) for row in a for s in set(a[row]["skills"]) ^ set(b[row]["skills"])
    )
    assert len(gold) == rows and set(gold) <= set(a)
    relabelled = _relabels(folder)
    for row, label in gold.items():
        adjudicated = {x["skill"] for x in skill_decisions if x["row"] == row and x["label"]}
        merged = (set(a[row]["skills"]) & set(b[row]["skills"])) | adjudicated
        assert set(label["skills"]) == set(relabelled.get((row, "skills"), merged))


def _read_rows(path: Path) -> dict[int, dict]:
    return {r["row"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


@pytest.mark.parametrize(
    ("folder", "first", "second", "rows"),
    [("written3", "k", "l", 50), ("written4", "n", "o", 50), ("written5", "p", "q", 60), ("written6", "r", "s", 60),
     ("written7", "u", "v", 50)],
)
def test_written_set_is_the_agreed_labels_plus_the_adjudicated_ones(
    folder: str, first: str, second: str, rows: int
) -> None:
    path = GOLD / folder
    a, b = _read_rows(path / f"labels_{first}.jsonl"), _read_rows(path / f"labels_{second}.jsonl")
    gold = _read_rows(path / "labels.jsonl")
    decisions = [json.loads(line) for line in (path / "adjudication.jsonl").read_text(encoding="utf-8").splitlines()]
    skills = [d for d in decisions if "skill" in d]  # written3's adjudication also orders platform lists
    # Every skill disagreement was decided once, and nothing else was.
    assert sorted((d["row"], d["skill"]) for d in skills) == sorted(
        (row, s) for row in a for s in set(a[row]["skills"]) ^ set(b[row]["skills"])
    )
    fields = {(d["row"], d["field"]): d["label"] for d in decisions if d.get("field") in _DECIDED_FIELDS}
    fields.update(_relabels(folder))  # a guide rule adopted after adjudication decides last
    assert len(gold) == rows == len((path / "postings.jsonl").read_text(encoding="utf-8").splitlines())
    for row, label in gold.items():
        adjudicated = {d["skill"] for d in skills if d["row"] == row and d["label"]}
        merged = (set(a[row]["skills"]) & set(b[row]["skills"])) | adjudicated
        assert set(label["skills"]) == set(fields.get((row, "skills"), merged))
        for field in _DECIDED_FIELDS:
            agreed = sorted(a[row][field]) if field == "platforms" else a[row][field]
            if (row, field) in fields:  # the annotators disagreed: the adjudicator's value
                assert label[field] == (sorted(fields[row, field]) if field == "platforms" else fields[row, field])
            else:
                assert label[field] == agreed == (sorted(b[row][field]) if field == "platforms" else b[row][field])


_DECIDED_FIELDS = ("is_cross_border", "platforms", "languages")


@pytest.mark.parametrize("folder", ["written4", "written5", "written6", "written7"])
def test_written_halves_split_the_labels_by_row_parity(folder: str) -> None:
    gold = _read_rows(GOLD / folder / "labels.jsonl")
    tune, check = (
        _read_rows(GOLD / folder / "labels_tune.jsonl"),
        _read_rows(GOLD / folder / "labels_check.jsonl"),
    )
    assert set(tune) == {r for r in gold if r % 2 == 0} and set(check) == {r for r in gold if r % 2 == 1}
    assert all(tune[r] == gold[r] for r in tune) and all(check[r] == gold[r] for r in check)


@pytest.mark.parametrize(
    "args",
    [
        ["written8", "--fields", "c", "d", "--skills", "sk_e", "sk_f"],
        ["written9", "--fields", "g", "h", "--skills", "g", "h"],
        ["written10", "--fields", "k", "m", "--skills", "k", "m"],
        ["written11", "--fields", "i", "j", "--skills", "i", "j"],
        ["written12", "--fields", "n", "p", "--skills", "n", "p"],
        ["written13", "--fields", "q", "r", "--skills", "q", "r"],
        ["written14", "--fields", "s", "t", "--skills", "s", "t"],
        ["written15", "--fields", "a", "b", "--skills", "a", "b"],
        ["written16", "--fields", "a", "b", "--skills", "a", "b"],
        ["written17", "--fields", "a", "b", "--skills", "a", "b"],
        ["written18", "--fields", "a", "b", "--skills", "a", "b"],
        ["written19", "--fields", "a", "b", "--skills", "a", "b"],
    ],
)
def test_merged_written_set_is_up_to_date(args: list[str]) -> None:
    # merge_labels.py --check rebuilds labels.jsonl and its halves from the annotators, adjudications and relabels.
    script = GOLD / "merge_labels.py"
    done = subprocess.run([sys.executable, str(script), *args, "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 still open; skills:" in done.stdout


def test_fresh9_is_the_blind_labels_plus_the_adjudicated_changes() -> None:
    """fresh9 has one blind annotator per row (labels_a: 技术, labels_b: the other categories); every change the
    adjudicator made is a line of adjudication.jsonl, and nothing else differs."""
    folder = GOLD / "fresh9"
    raw = {**_read_rows(folder / "labels_a.jsonl"), **_read_rows(folder / "labels_b.jsonl")}
    gold = _read_rows(GOLD / "text_fresh9.jsonl")
    assert len(gold) == 60 and set(gold) == set(raw) and list(gold) == sorted(gold)
    changes = [json.loads(line) for line in (folder / "adjudication.jsonl").read_text(encoding="utf-8").splitlines()]
    for row, label in gold.items():
        skills = set(raw[row]["skills"])
        for change in (c for c in changes if c["row"] == row):
            assert (change["skill"] in skills) == (change["change"] == "-")
            skills ^= {change["skill"]}
        assert set(label["skills"]) == skills
        assert "notes" not in label
        assert {k: label[k] for k in ("is_cross_border", "platforms", "languages")} == {
            k: raw[row][k] for k in ("is_cross_border", "platforms", "languages")}
