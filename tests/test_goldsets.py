"""The gold-set scorer (flows.goldsets): the manifest names real files, and totals add up the sets' counts."""

import json
from pathlib import Path

import pytest

from flows.goldsets import GOLD, format_rows, load_manifest, main


def test_manifest_names_existing_sets_once_each() -> None:
    sets = load_manifest(GOLD / "sets.json")
    assert all((GOLD / s["path"]).is_file() for s in sets)
    assert len({s["path"] for s in sets}) == len(sets)
    assert {s["role"] for s in sets} == {"read", "blind"}


def test_totals_sum_the_sets_per_role() -> None:
    rows = [
        {"name": "a", "role": "read", "skills": {"tp": 8, "fp": 2, "fn": 0}},
        {"name": "b", "role": "read", "skills": {"tp": 1, "fp": 0, "fn": 9}},
        {"name": "c", "role": "blind", "skills": {"tp": 3, "fp": 1, "fn": 1}},
    ]
    table = format_rows(rows)
    assert "total read: skills tp/fp/fn 9/2/9" in table
    assert "total blind: skills tp/fp/fn 3/1/1" in table
    assert "0.818 / 0.500" in table  # read: P 9/11, R 9/18


def test_missing_realdata_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--realdata", str(tmp_path / "absent")]) == 2
    assert capsys.readouterr().err.startswith("error: no real-data folder")


def test_json_counts_for_a_written_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = tmp_path / "sets.json"
    manifest.write_text(json.dumps({"sets": [{"name": "w", "path": str(GOLD / "written3/labels.jsonl"),
                                              "role": "read"}]}))
    assert main(["--manifest", str(manifest), "--realdata", str(tmp_path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    labelled = sum(len(json.loads(line)["skills"]) for line in (GOLD / "written3/labels.jsonl").open())
    assert row["skills"]["tp"] + row["skills"]["fn"] == labelled
    assert row["skills"]["tp"] > 0


def test_role_accuracy_totals_sum_correct_and_n() -> None:
    rows = [
        {"name": "a", "role": "read", "roles": {"correct": 9, "n": 10}},
        {"name": "b", "role": "read", "roles": {"correct": 6, "n": 10}},
    ]
    table = format_rows(rows)
    assert "total read: roles correct/n 15/20" in table
    assert "  0.750 of 20" in table


def _one_set_manifest(tmp_path: Path, role: str) -> Path:
    manifest = tmp_path / "sets.json"
    manifest.write_text(json.dumps({"sets": [{"name": "w", "path": str(GOLD / "written3/labels.jsonl"),
                                              "role": role}]}))
    return manifest


def test_by_item_counts_add_up_to_the_set_totals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _one_set_manifest(tmp_path, "read")
    assert main(["--manifest", str(manifest), "--realdata", str(tmp_path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert main(["--manifest", str(manifest), "--realdata", str(tmp_path), "--by-item", "skills"]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split() == ["item", "tp", "fp", "fn", "P", "R"]
    sums = [sum(int(line.split()[k]) for line in lines) for k in (1, 2, 3)]
    assert sums == [row["skills"]["tp"], row["skills"]["fp"], row["skills"]["fn"]]


def test_blind_sets_show_no_rows_or_items(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _one_set_manifest(tmp_path, "blind")
    assert main(["--manifest", str(manifest), "--realdata", str(tmp_path), "--errors", "w"]) == 2
    assert "not a read set" in capsys.readouterr().err
    assert main(["--manifest", str(manifest), "--realdata", str(tmp_path), "--by-item", "skills"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == []  # the header only


def test_errors_of_a_read_set_name_rows_and_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _one_set_manifest(tmp_path, "read")
    assert main(["--manifest", str(manifest), "--realdata", str(tmp_path), "--errors", "w"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith("w\tpostings.jsonl:") for line in lines)


def test_show_prints_the_rows_text_and_refuses_blind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _one_set_manifest(tmp_path, "read")
    assert main(["--manifest", str(manifest), "--realdata", str(tmp_path), "--show", "w", "0"]) == 0
    out = capsys.readouterr().out
    first = json.loads((GOLD / "written3/postings.jsonl").open(encoding="utf-8").readline())
    assert out.startswith("== w postings.jsonl:0") and first["description"].splitlines()[0] in out
    assert main(["--manifest", str(manifest), "--realdata", str(tmp_path), "--show", "w"]) == 2
    blind = _one_set_manifest(tmp_path, "blind")
    assert main(["--manifest", str(blind), "--realdata", str(tmp_path), "--show", "w", "0"]) == 2
