"""The `cbec` command line: bad input gives one-line errors and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CBEC = [sys.executable, "-m", "flows"]


def run(
    args: list[str], stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(CBEC + args, input=stdin, capture_output=True, text=True, timeout=120, cwd=cwd)


GOOD = {
    "source": "t",
    "source_id": "1",
    "title": "亚马逊运营专员",
    "salary_raw": "8K-12K",
    "location_raw": "深圳-龙华新区",
}


def test_extract_reports_each_bad_line_and_goes_on(tmp_path: Path) -> None:
    huge = dict(GOOD, source_id="2", description="负责亚马逊店铺运营，英语四级。" * 70_000)  # ~1 MB
    lines = [
        json.dumps(GOOD, ensure_ascii=False),
        "this is not json",
        "",
        json.dumps({"source": "t", "title": 42}),
        json.dumps(["a", "list"]),
        json.dumps(huge, ensure_ascii=False),
        json.dumps({"source": "t", "title": "采购", "tags": "not-a-list"}, ensure_ascii=False),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run(["extract", str(src), "-o", str(out)])
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("line ")]
    assert [e.split(":")[0] for e in errors] == ["line 2", "line 3", "line 4", "line 5", "line 7"]
    assert "2 postings extracted, 5 lines rejected" in proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source_id"] for r in records] == ["1", "2"]
    assert records[0]["salary"]["min_monthly"] == 8000.0
    assert records[0]["location"]["city"] == "深圳市"
    assert records[1]["description"] == huge["description"]  # passed through whole, never truncated


def test_extract_from_stdin_is_deterministic_and_keeps_keys() -> None:
    record = dict(GOOD, my_extra={"k": [1, 2]})
    line = json.dumps(record, ensure_ascii=False) + "\n"
    first = run(["extract"], stdin=line * 3)
    second = run(["extract"], stdin=line * 3)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    out = json.loads(first.stdout.splitlines()[0])
    assert list(out)[: len(record)] == list(record)
    assert out["my_extra"] == {"k": [1, 2]}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "missing.jsonl"], "input file not found"),
        (["validate", "--data-dir", "nowhere"], "no warehouse at nowhere/warehouse.duckdb"),
        (["report", "--data-dir", "nowhere"], "no warehouse at"),
        (["refresh", "--sources", "nosuch", "--data-dir", "x"], "unknown source(s): nosuch"),
        (["refresh", "--as-of", "yesterday", "--data-dir", "x"], "--as-of must be a date"),
        (["import", "missing.csv", "--source", "s", "--data-dir", "x"], "input file not found"),
        (["evaluate", "missing.jsonl"], "not found: missing.jsonl"),
    ],
)
def test_user_mistakes_give_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    proc = run(args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines() == [f"error: {proc.stderr.strip()[7:]}"]
    assert message in proc.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["refresh", "--no-such-option"], "Error: No such option: --no-such-option"),
        (["evaluate"], "Error: Missing argument 'gold'."),
        (["crawl", "demo", "--max-items", "many"], "Error: Invalid value for '--max-items'"),
    ],
)
def test_usage_errors_are_plain_click_lines(args: list[str], message: str) -> None:
    """A usage error ends in one grep-able "Error:" line after Click's usage hint, with no framed box."""
    proc = run(args)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith(message)
    assert "╭" not in proc.stderr and "Traceback" not in proc.stderr
