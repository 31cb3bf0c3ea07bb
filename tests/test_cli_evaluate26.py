"""`cbec evaluate` on a gold set of one's own: raw postings beside the gold file need no --realdata folder."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from flows.cli import app

POSTING = {
    "title": "亚马逊运营专员",
    "description": "岗位职责：负责亚马逊店铺的日常运营和listing优化。任职要求：英语四级以上。",
    "location_raw": "深圳-龙华新区",
}


def _evaluate(tmp_path: Path, gold_lines: list[dict[str, object]]) -> tuple[int, str, str]:
    (tmp_path / "postings.jsonl").write_text(json.dumps(POSTING, ensure_ascii=False) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(line) + "\n" for line in gold_lines), encoding="utf-8")
    # The default --realdata (../shared/realdata) does not exist under tmp_path.
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--realdata", str(tmp_path / "no-such-folder")])
    return result.exit_code, result.stdout, result.stderr


def test_raw_postings_beside_the_gold_need_no_realdata(tmp_path: Path) -> None:
    code, out, err = _evaluate(tmp_path, [{"file": "postings.jsonl", "row": 0, "is_cross_border": True,
                                           "city": "深圳市", "province": "广东省"}])
    assert code == 0, err
    assert "is_cross_border" in out and "city" in out and "1 gold rows, 0 extractor errors" in out


def test_a_row_pointing_into_a_missing_realdata_folder_is_one_line(tmp_path: Path) -> None:
    code, _, err = _evaluate(tmp_path, [{"file": "neitui_2018_dev.jsonl", "row": 0, "is_cross_border": False}])
    assert code == 2
    assert err.strip().count("\n") == 0 and "not one" in err and "Traceback" not in err
