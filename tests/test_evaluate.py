"""The gold-set scorer (nlp.evaluate) and the gold files themselves (tests/gold/)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from nlp.evaluate import evaluate, format_table, load_gold, prf, raw_from_row

GOLD = Path(__file__).resolve().parent / "gold"
REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
SKILLS = Path(__file__).resolve().parents[1] / "nlp" / "data" / "skills.jsonl"

PERIODS = {"month", "year", "day", "hour", "week", "unknown"}
SIZE_CLASSES = {"micro", "small", "medium", "large", "small_or_micro", "ambiguous", "unknown"}
EDUCATION = {
    None,
    "none_required",
    "junior_high",
    "high_school",
    "secondary_vocational",
    "associate",
    "bachelor",
    "master",
    "doctorate",
}
PLATFORMS = {
    "amazon",
    "aliexpress",
    "alibaba_com",
    "made_in_china",
    "global_sources",
    "dhgate",
    "shopee",
    "lazada",
    "tiktok_shop",
    "temu",
    "shein",
    "ebay",
    "walmart",
    "wish",
    "etsy",
    "mercado_libre",
    "ozon",
    "wildberries",
    "allegro",
    "cdiscount",
    "rakuten",
    "coupang",
    "noon",
    "shopify",
    "independent_site",
}
LEVELS = {
    None,
    "cet4",
    "cet6",
    "tem4",
    "tem8",
    "native",
    "fluent",
    "proficient",
    "basic",
    *(f"jlpt_n{i}" for i in range(1, 6)),
    *(f"topik_{i}" for i in range(1, 7)),
}


# ---------------------------------------------------------------- scorer math


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "precision", "recall", "f1"),
    [
        (8, 2, 0, 0.8, 1.0, 2 * 0.8 / 1.8),
        (3, 1, 3, 0.75, 0.5, 0.6),
        (0, 0, 4, None, 0.0, None),
        (0, 2, 0, 0.0, None, None),
        (0, 3, 3, 0.0, 0.0, 0.0),
    ],
)
def test_prf(
    tp: int, fp: int, fn: int, precision: float | None, recall: float | None, f1: float | None
) -> None:
    got = prf(tp, fp, fn)
    assert got["precision"] == pytest.approx(precision) if precision is not None else got["precision"] is None
    assert got["recall"] == pytest.approx(recall) if recall is not None else got["recall"] is None
    assert got["f1"] == pytest.approx(f1) if f1 is not None else got["f1"] is None


def _salary(lo: float | None, hi: float | None, months: int | None = None) -> dict[str, Any]:
    return {
        "min_monthly": lo,
        "max_monthly": hi,
        "months_per_year": months,
        "period": "month",
        "currency": "CNY",
        "negotiable": False,
    }


@pytest.fixture()
def tiny(tmp_path: Path) -> tuple[Path, Path]:
    """A two-row 51job-style CSV, a two-row neitui-style JSONL and gold for both (crafted, not real data)."""
    data = tmp_path / "data"
    data.mkdir()
    header = [
        "jobName",
        "tags",
        "area",
        "salary",
        "workYear",
        "degree",
        "companyName",
        "companyType",
        "companySize",
        "logo",
        "issueDate",
    ]
    with open(data / "51job_2023_isixe.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerow(
            [
                "测试工程师",
                "",
                "江苏省昆山",
                "1-1.5万·13薪",
                "3-4年",
                "本科",
                "甲",
                "民营",
                "少于50人",
                "",
                "",
            ]
        )
        writer.writerow(["运营", "", "上海上海", "6-8千", "无需经验", "大专", "乙", "民营", "", "", ""])
    neitui = [
        {
            "title": "亚马逊运营",
            "summary": "负责亚马逊店铺运营，英语四级",
            "pay_range_from": "6",
            "pay_range_to": "9",
            "addr_province": "浙江",
            "addr_city": "杭州",
            "addr_county": "滨江区",
            "scale": "15-50人",
            "edu_level": "本科",
            "exp_level": "1-3年",
            "full_name": "丙",
        },
        {
            "title": "Java工程师",
            "summary": "Java开发",
            "pay_range_from": "15",
            "pay_range_to": "25",
            "addr_province": "北京",
            "addr_city": "北京",
            "addr_county": "海淀区",
            "scale": "2000人以上",
            "edu_level": "本科",
            "exp_level": "3-5年",
            "full_name": "丁",
        },
    ]
    (data / "neitui_2018_dev.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in neitui), encoding="utf-8"
    )
    gold = tmp_path / "gold.jsonl"
    lines = [
        {
            "file": "51job_2023_isixe.csv",
            "row": 0,
            "salary": _salary(10000.0, 15000.0, 13),
            "province": "江苏省",
            "city": "苏州市",
            "size": {"min_employees": 1, "max_employees": 49, "size_class": "small_or_micro"},
            "education": "bachelor",
            "experience": {"min_years": 3, "max_years": 4},
        },
        {
            "file": "51job_2023_isixe.csv",
            "row": 1,
            "salary": _salary(6000.0, 8000.0),
            "province": "上海市",
            "city": "上海市",
            "size": {"min_employees": None, "max_employees": None, "size_class": "unknown"},
            "education": "associate",
            "experience": {"min_years": 0, "max_years": None},
        },
        {
            "file": "neitui_2018_dev.jsonl",
            "row": 0,
            "is_cross_border": True,
            "platforms": ["amazon"],
            "languages": [{"code": "en", "level": "cet4", "required": True}],
            "skills": ["skill:amazon_operations", "skill:store_operations"],
        },
        {
            "file": "neitui_2018_dev.jsonl",
            "row": 1,
            "is_cross_border": False,
            "platforms": [],
            "languages": [],
            "skills": ["skill:java"],
        },
    ]
    gold.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return gold, data


def _fake(raw: dict[str, Any]) -> dict[str, Any]:
    """A deliberately imperfect extractor keyed on the raw posting, so every metric has a known value."""
    if raw.get("salary_raw") == "1-1.5万·13薪":
        return {
            "salary": {**_salary(10000, 15000, None)},  # months_per_year missed
            "location": {"province": "江苏省", "city": "苏州市"},
            "company_size": {"min_employees": 1, "max_employees": 49, "size_class": "small_or_micro"},
            "education": "bachelor",
            "experience": {"min_years": 3, "max_years": 4},
        }
    if raw.get("salary_raw") == "6-8千":
        return {
            "salary": _salary(6000, 8000),
            "location": {"province": "上海市", "city": None},
            "company_size": {"min_employees": None, "max_employees": None, "size_class": "unknown"},
            "education": "bachelor",
            "experience": {"min_years": 0, "max_years": None},
        }
    if raw.get("title") == "亚马逊运营":
        return {
            "is_cross_border": True,
            "platforms": ["amazon", "ebay"],
            "languages": [{"code": "en", "level": None, "required": True}],
            "skills": [{"id": "skill:amazon_operations"}],
        }
    return {"is_cross_border": True, "platforms": [], "languages": [], "skills": [{"id": "skill:java"}]}


def test_evaluate_counts_exact_matches_and_items(tiny: tuple[Path, Path]) -> None:
    gold, data = tiny
    res = evaluate([gold], data, extract=_fake)
    f = res["fields"]
    assert res["rows"] == 4 and res["errors"] == []
    assert f["salary"]["accuracy"] == 0.5 and f["salary.min_monthly"]["accuracy"] == 1.0
    assert f["salary.months_per_year"]["mismatches"] == [
        {"file": "51job_2023_isixe.csv", "row": 0, "expected": 13, "got": None}
    ]
    assert f["province"]["accuracy"] == 1.0 and f["city"]["accuracy"] == 0.5
    assert f["education"]["accuracy"] == 0.5 and f["experience"]["accuracy"] == 1.0
    assert f["size"]["accuracy"] == 1.0 and f["size.size_class"]["pass"]
    # platforms: tp 1 (amazon), fp 1 (ebay), fn 0
    assert (f["platforms"]["tp"], f["platforms"]["fp"], f["platforms"]["fn"]) == (1, 1, 0)
    assert f["platforms"]["precision"] == 0.5 and not f["platforms"]["pass"]
    # languages: code+required right, level wrong
    assert f["languages.code_required"]["f1"] == 1.0
    assert f["languages.code_level_required"]["precision"] == 0.0
    # skills: gold {amazon_operations, store_operations, java}, got {amazon_operations, java}
    assert f["skills"]["precision"] == 1.0 and f["skills"]["recall"] == pytest.approx(2 / 3)
    # relevance: tp 1, fp 1 (the Java row), fn 0
    rel = f["is_cross_border"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (1, 1, 0) and rel["f1"] == pytest.approx(2 / 3)
    assert rel["mismatches"][0]["row"] == 1


def test_evaluate_scores_a_crashing_extractor_as_wrong(tiny: tuple[Path, Path]) -> None:
    gold, data = tiny

    def boom(raw: dict[str, Any]) -> dict[str, Any]:
        raise RuntimeError("parser fell over")

    res = evaluate([gold], data, extract=boom)
    assert len(res["errors"]) == 4 and "parser fell over" in res["errors"][0]["error"]
    assert res["fields"]["salary"]["accuracy"] == 0.0


def test_format_table_shows_bars_and_verdicts(tiny: tuple[Path, Path]) -> None:
    gold, data = tiny
    table = format_table(evaluate([gold], data, extract=_fake))
    lines = table.splitlines()
    salary = next(line for line in lines if line.startswith("salary "))
    assert "0.5000" in salary and "accu>=0.995" in salary and salary.endswith("FAIL")
    assert next(line for line in lines if line.startswith("province ")).endswith("PASS")
    assert "4 gold rows, 0 extractor errors" in lines[-1]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            {
                "title": "运营",
                "pay_range_from": "6",
                "pay_range_to": "9",
                "addr_province": "浙江",
                "addr_city": "杭州",
                "addr_county": "滨江区",
            },
            {"salary_raw": "6k-9k", "location_raw": "浙江杭州滨江区"},
        ),
        (
            {
                "title": "运营",
                "pay_range_from": "6",
                "pay_range_to": "9",
                "addr_province": "上海",
                "addr_city": "上海",
                "addr_county": "",
            },
            {"salary_raw": "6k-9k", "location_raw": "上海上海"},
        ),
    ],
)
def test_raw_from_row_neitui_mapping(row: dict[str, Any], expected: dict[str, str]) -> None:
    raw = raw_from_row("neitui_2018_dev.jsonl", row)
    assert raw["title"] == "运营"
    for key, value in expected.items():
        assert raw[key] == value


def test_raw_from_row_rejects_unknown_files() -> None:
    with pytest.raises(KeyError):
        raw_from_row("unknown.csv", {"title": "x"})


# ---------------------------------------------------------------- the gold files


def _all(name: str) -> list[dict[str, Any]]:
    return load_gold(GOLD / name)


def test_gold_sizes() -> None:
    structured = _all("structured.jsonl")
    assert len(structured) >= 400
    assert sum(g["file"] == "51job_2023_isixe.csv" for g in structured) >= 240
    assert sum(g["file"] == "neitui_2018_dev.jsonl" for g in structured) >= 140
    assert len(_all("addresses.jsonl")) == 150
    assert len(_all("text.jsonl")) >= 150


@pytest.mark.parametrize("name", ["structured.jsonl", "addresses.jsonl", "text.jsonl"])
def test_gold_rows_are_unique(name: str) -> None:
    keys = [(g["file"], g["row"]) for g in _all(name)]
    assert len(keys) == len(set(keys))


def test_structured_labels_use_the_vocabularies() -> None:
    for g in _all("structured.jsonl"):
        s = g["salary"]
        assert set(s) == {"min_monthly", "max_monthly", "months_per_year", "period", "currency", "negotiable"}
        assert s["period"] in PERIODS and s["currency"] in {None, "CNY"}
        for bound in (s["min_monthly"], s["max_monthly"]):
            assert bound is None or (isinstance(bound, float) and round(bound, 2) == bound)
        if s["min_monthly"] is not None and s["max_monthly"] is not None:
            assert s["min_monthly"] <= s["max_monthly"]
        if s["currency"] is None:  # nothing read
            assert s["min_monthly"] is None and s["max_monthly"] is None and s["period"] == "unknown"
        assert g["size"]["size_class"] in SIZE_CLASSES
        assert g["education"] in EDUCATION
        assert set(g["experience"]) == {"min_years", "max_years"}
        assert g["province"] is None or g["province"].endswith(("省", "市", "自治区"))
        assert g["city"] is None or g["province"] is not None


def test_text_labels_use_the_vocabularies() -> None:
    known = None
    if SKILLS.exists():
        known = {json.loads(line)["id"] for line in SKILLS.read_text("utf-8").splitlines() if line.strip()}
    for g in _all("text.jsonl"):
        assert isinstance(g["is_cross_border"], bool)
        assert set(g["platforms"]) <= PLATFORMS and g["platforms"] == sorted(g["platforms"])
        codes = [lang["code"] for lang in g["languages"]]
        assert codes == sorted(set(codes))  # sorted, one entry per code
        for lang in g["languages"]:
            assert (
                len(lang["code"]) in (2, 3) and lang["level"] in LEVELS and isinstance(lang["required"], bool)
            )
        if known is not None:
            assert set(g["skills"]) <= known, set(g["skills"]) - known


def test_addresses_labels() -> None:
    for g in _all("addresses.jsonl"):
        assert set(g) == {"file", "row", "province", "city"}
        assert g["city"] is None or g["province"] is not None


@pytest.mark.parametrize("name", ["structured.jsonl", "addresses.jsonl", "text.jsonl"])
def test_gold_rows_exist_in_realdata(name: str) -> None:
    if not REALDATA.exists():
        pytest.skip("../shared/realdata is absent")
    counts: dict[str, int] = {}
    for g in _all(name):
        path = REALDATA / g["file"]
        if g["file"] not in counts:
            if path.suffix == ".csv":
                with open(path, encoding="utf-8", newline="") as handle:
                    counts[g["file"]] = sum(1 for _ in csv.DictReader(handle))
            else:
                counts[g["file"]] = sum(1 for line in path.read_text("utf-8").splitlines() if line.strip())
        assert 0 <= g["row"] < counts[g["file"]]


def test_every_structured_row_builds_a_raw_posting() -> None:
    if not REALDATA.exists():
        pytest.skip("../shared/realdata is absent")
    with open(REALDATA / "51job_2023_isixe.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for g in _all("structured.jsonl"):
        if g["file"] == "51job_2023_isixe.csv":
            raw = raw_from_row(g["file"], rows[g["row"]])
            assert raw["title"] and raw.get("location_raw") == (rows[g["row"]]["area"] or None)


def test_evaluate_reads_raw_postings_beside_the_gold_file(tmp_path: Path) -> None:
    (tmp_path / "written").mkdir()
    posting = {"source": "written", "source_id": "w001", "title": "亚马逊运营", "tags": ["x"]}
    (tmp_path / "written" / "postings.jsonl").write_text(json.dumps(posting, ensure_ascii=False) + "\n")
    gold = tmp_path / "labels.jsonl"
    gold.write_text(json.dumps({"file": "written/postings.jsonl", "row": 0, "is_cross_border": True}) + "\n")
    seen: list[dict[str, Any]] = []

    def spy(raw: dict[str, Any]) -> dict[str, Any]:
        seen.append(raw)
        return _fake(raw)

    res = evaluate([gold], tmp_path / "no-realdata-here", extract=spy)
    assert seen == [posting]  # passed through as written, no importer mapping
    assert res["fields"]["is_cross_border"]["tp"] == 1


def test_role_family_is_an_accuracy_field_read_from_a_sibling_folder(tmp_path: Path) -> None:
    (tmp_path / "written").mkdir()
    (tmp_path / "roles").mkdir()
    postings = [{"title": "亚马逊运营"}, {"title": "Java开发"}]
    (tmp_path / "written" / "postings.jsonl").write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in postings), encoding="utf-8"
    )
    gold = tmp_path / "roles" / "labels.jsonl"
    lines = [{"file": "../written/postings.jsonl", "row": 0, "role_family": "operations"},
             {"file": "../written/postings.jsonl", "row": 1, "role_family": "engineering"}]
    gold.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    res = evaluate([gold], tmp_path, extract=lambda raw: {"role_family": "operations"})
    role = res["fields"]["role_family"]
    assert (role["n"], role["correct"], role["pass"]) == (2, 1, False)
    assert role["mismatches"] == [{"file": "../written/postings.jsonl", "row": 1, "expected": "engineering",
                                   "got": "operations"}]
