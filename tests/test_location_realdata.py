"""Location extractor on real scraped fields (skips when ../shared/realdata is absent)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from nlp.location import parse_location

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
pytestmark = pytest.mark.realdata


def _need(name: str) -> Path:
    path = REALDATA / name
    if not path.exists():
        pytest.skip(f"{path} absent")
    return path


def test_51job_area_province_and_city() -> None:
    with _need("51job_2023_isixe.csv").open(encoding="utf-8") as fh:
        areas = [row["area"] for row in csv.DictReader(fh)]
    results = [parse_location(a) for a in areas]
    province = sum(r["province"] is not None for r in results) / len(areas)
    city = sum(r["city"] is not None for r in results) / len(areas)
    assert province >= 0.995
    assert city >= 0.99  # the misses are "陕西省陕西省"-style strings that name no city


def _neitui() -> list[dict[str, str]]:
    with _need("neitui_2018_dev.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [r for r in rows if r.get("addr_province") not in (None, "", "0") and r.get("addr_city")]


def _city_ok(result: dict[str, str | None], truth: str) -> bool:
    return (result["city"] or "").startswith(truth.rstrip("市"))


def test_neitui_city_plus_county() -> None:
    rows = _neitui()
    ok = sum(
        _city_ok(parse_location(f"{r['addr_city']}{r.get('addr_county') or ''}"), r["addr_city"])
        for r in rows
    )
    assert ok / len(rows) >= 0.99


def test_neitui_bare_address_is_never_confidently_wrong_often() -> None:
    rows = _neitui()
    results = [(parse_location(r["address"]), r["addr_city"]) for r in rows]
    found = [(res, truth) for res, truth in results if res["city"] is not None]
    right = sum(_city_ok(res, truth) for res, truth in found)
    assert len(found) / len(rows) >= 0.70  # cpca/addressparser/jionlp: about 60% from bare addresses
    assert right / len(found) >= 0.98


def test_cpca_addresses_resolved_share() -> None:
    with _need("addresses_cpca.csv").open(encoding="utf-8") as fh:
        addresses = [row["原始地址"] for row in csv.DictReader(fh) if row["原始地址"].strip()]
    resolved = sum(parse_location(a)["city"] is not None for a in addresses) / len(addresses)
    assert resolved >= 0.80
