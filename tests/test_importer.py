"""`cbec import`: CSV / JSONL / XLSX, encodings, presets, rejected rows with reasons, idempotent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.importer import ImportError_, choose_preset, import_file
from pipeline.landing import read_records
from pipeline.scrub import MASK

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"

HEADER = "jobName,tags,area,salary,workYear,degree,companyName,companyType,companySize,logo,issueDate\n"
ROWS = [
    '亚马逊运营,"1年,大专,英语",广东省深圳,1-1.5万,1年,大专,深圳某某贸易有限公司,民营,少于50人,,2023-12-12 09:22:00\n',
    'Shopee运营 联系电话13812345678,"",浙江省宁波,6千-1.2万,2年,本科,宁波某某电商,民营,50-150人,,2023-12-12\n',
    ',"",上海,1-2万,1年,本科,无标题公司,民营,少于50人,,2023-12-12\n',
]


def _csv(tmp_path: Path, encoding: str) -> Path:
    path = tmp_path / f"dump-{encoding}.csv"
    path.write_bytes((HEADER + "".join(ROWS)).encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_in_any_common_encoding_imports_with_preset(tmp_path: Path, encoding: str) -> None:
    result = import_file(_csv(tmp_path, encoding), "dump", tmp_path / "data")
    assert result.mapping == "51job_search_api"
    assert result.accepted == 2
    assert result.rejected == [(3, "field 'title' is required and must be a non-empty string")]
    assert result.landing_path is not None
    records = list(read_records(result.landing_path))
    assert records[0]["title"] == "亚马逊运营"
    assert records[0]["salary_raw"] == "1-1.5万"
    assert records[0]["tags"] == ["1年", "大专", "英语"]
    assert MASK in records[1]["title"] and "13812345678" not in json.dumps(records, ensure_ascii=False)


def test_same_file_twice_lands_nothing_new(tmp_path: Path) -> None:
    path = _csv(tmp_path, "utf-8")
    first = import_file(path, "dump", tmp_path / "data")
    second = import_file(path, "dump", tmp_path / "data")
    assert first.accepted == 2
    assert (second.accepted, second.already_landed, second.landing_path) == (0, 2, None)


def test_jsonl_with_bad_lines_and_custom_mapping(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(
        '{broken\n{"t": "TikTok Shop运营", "pay": "8K-15K"}\n[1]\n\n{"t": "采购专员", "pay": "面议"}\n',
        encoding="utf-8",
    )
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"fields": {"title": "t", "salary_raw": "pay"}}), encoding="utf-8")
    result = import_file(path, "mine", tmp_path / "data", mapping)
    assert result.accepted == 2
    assert [r for r, _ in result.rejected] == [1, 3]
    assert "not valid JSON" in result.rejected[0][1]


def test_xlsx(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(
        ["速卖通运营", "", "浙江省杭州", "8千-1万", "1年", "大专", "杭州公司", "民营", "少于50人", None, None]
    )
    path = tmp_path / "dump.xlsx"
    book.save(path)
    result = import_file(path, "x", tmp_path / "data")
    assert result.accepted == 1
    assert next(read_records(result.landing_path))["location_raw"] == "浙江省杭州"  # type: ignore[arg-type]


def test_unknown_columns_and_types_give_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(ImportError_, match="no preset fits columns"):
        choose_preset(["a", "b"])
    bad = tmp_path / "dump.txt"
    bad.write_text("x")
    with pytest.raises(ImportError_, match="unsupported file type"):
        import_file(bad, "x", tmp_path)
    with pytest.raises(ImportError_, match="not found"):
        import_file(tmp_path / "missing.csv", "x", tmp_path)


@pytest.mark.realdata
@pytest.mark.parametrize(
    ("name", "preset", "rows", "rejected"),
    [
        ("51job_2023_isixe.csv", "51job_search_api", 4581, 0),
        ("neitui_2018_dev.jsonl", "neitui_api", 1599, 7),  # seven rows have no title
        ("addresses_cpca.csv", "company_addresses", 18367, 0),
    ],
)
def test_realdata_imports_with_presets(
    tmp_path: Path, name: str, preset: str, rows: int, rejected: int
) -> None:
    path = REALDATA / name
    if not path.exists():
        pytest.skip("../shared/realdata is absent")
    first = import_file(path, "real", tmp_path)
    assert first.mapping == preset
    assert len(first.rejected) == rejected
    # Identical rows (the address file repeats some) land once.
    assert first.accepted + first.already_landed + rejected == rows
    second = import_file(path, "real", tmp_path)
    assert (second.accepted, second.already_landed) == (0, rows - rejected)


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_csv_separated_by_tabs_or_semicolons_is_read_by_its_separator(tmp_path: Path, delimiter: str) -> None:
    # Spreadsheet exports saved as ".csv" in locales where the comma is the decimal mark.
    path = tmp_path / "dump.csv"
    path.write_text(
        delimiter.join(["jobName", "area", "salary"]) + "\n" + delimiter.join(["跨境电商运营", "广东省深圳", "1-1.5万"])
        + "\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"fields": {"title": "jobName", "location_raw": "area", "salary_raw": "salary"}}))
    result = import_file(path, "tabs", tmp_path / "data", mapping)
    assert result.accepted == 1
    record = next(read_records(result.landing_path))  # type: ignore[arg-type]
    assert (record["title"], record["location_raw"], record["salary_raw"]) == ("跨境电商运营", "广东省深圳", "1-1.5万")


def test_comma_header_keeps_commas_even_with_tabs_in_cells(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_text('jobName,area\n"运营\t专员",深圳\n', encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"fields": {"title": "jobName", "location_raw": "area"}}))
    result = import_file(path, "x", tmp_path / "data", mapping)
    assert next(read_records(result.landing_path))["location_raw"] == "深圳"  # type: ignore[arg-type]


def test_json_structures_in_mapped_columns_land_as_text_not_python_repr(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    rows = [
        {"t": "Shopee运营", "desc": ["负责店铺日常运营", "英语四级"], "kw": ["选品", "广告"], "loc": {"city": "广州"}},
        {"t": "采购", "desc": "跨境采购\u2028寻找供应商", "kw": "1688,议价", "loc": None},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(
        json.dumps(
            {
                "fields": {"title": "t", "description": "desc", "location_raw": "loc"},
                "lists": {"tags": {"column": "kw", "separator": ","}},
            }
        )
    )
    result = import_file(path, "j", tmp_path / "data", mapping)
    first, second = read_records(result.landing_path)  # type: ignore[arg-type]
    assert first["description"] == "负责店铺日常运营\n英语四级"
    assert first["tags"] == ["选品", "广告"]
    assert json.loads(first["location_raw"]) == {"city": "广州"}
    # A U+2028 inside a JSON string is text, not a line break between two rows.
    assert result.accepted == 2 and not result.rejected
    assert second["tags"] == ["1688", "议价"] and "location_raw" not in second


def test_malformed_row_late_in_a_csv_lands_nothing(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    good = "".join(f"运营{i},深圳\n" for i in range(5000))
    path.write_text("jobName,area\n" + good + '"unterminated,深圳\n', encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"fields": {"title": "jobName", "location_raw": "area"}}))
    with pytest.raises(ImportError_, match="malformed CSV in the row starting on line 5002"):
        import_file(path, "late", tmp_path / "data", mapping)
    assert not list((tmp_path / "data").rglob("*.jsonl.gz*"))
