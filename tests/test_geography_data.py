"""The reference geography files: complete, consistent with each other and with WHITEPAPER.md."""

from __future__ import annotations

import pytest

from nlp.geography import load_geography, pilot_zone_batches

GEO = load_geography()


def test_division_counts_and_parents() -> None:
    levels = [d.level for d in GEO.divisions.values()]
    assert levels.count("province") == 34  # 31 mainland + HK, Macao, Taiwan
    assert levels.count("city") > 360
    assert levels.count("county") > 2800
    for div in GEO.divisions.values():
        if div.level == "province":
            assert div.parent_adcode == ""
        else:
            parent = GEO.divisions[div.parent_adcode]
            assert (
                parent.level == ("province" if div.level == "city" else "city")
                or parent.kind == "municipality"
            )


def test_municipalities_and_province_direct_units() -> None:
    for code in ("110000", "120000", "310000", "500000"):
        assert GEO.divisions[code].kind == "municipality"
    for name in ("仙桃市", "潜江市", "天门市", "济源市", "石河子市", "神农架林区"):
        (div,) = [d for d in GEO.divisions.values() if d.name == name]
        assert div.level == "city" and div.kind == "province_direct"


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("黔南", "黔南布依族苗族自治州"),
        ("黔东南", "黔东南苗族侗族自治州"),
        ("凉山", "凉山彝族自治州"),
        ("巴音郭楞", "巴音郭楞蒙古自治州"),
        ("延边", "延边朝鲜族自治州"),
        ("恩施", "恩施土家族苗族自治州"),
        ("湘西", "湘西土家族苗族自治州"),
        ("大理", "大理白族自治州"),
        ("红河", "红河哈尼族彝族自治州"),
        ("西双版纳", "西双版纳傣族自治州"),
        ("德宏", "德宏傣族景颇族自治州"),
        ("甘孜", "甘孜藏族自治州"),
        ("阿坝", "阿坝藏族羌族自治州"),
    ],
)
def test_autonomous_prefecture_short_names(short: str, name: str) -> None:
    (div,) = [d for d in GEO.divisions.values() if d.name == name]
    assert short in div.aliases


def test_regions_cover_the_mainland_once() -> None:
    provinces = {c for c, d in GEO.divisions.items() if d.level == "province"}
    mainland = provinces - {"810000", "820000", "710000"}
    assert set(GEO.region_by_province) == mainland
    counts = {
        r: list(GEO.region_by_province.values()).count(r) for r in ("east", "central", "west", "northeast")
    }
    assert counts == {"east": 10, "central": 6, "west": 12, "northeast": 3}


def test_pilot_zones_match_the_white_paper() -> None:
    batches = {b["batch"]: b for b in pilot_zone_batches()}
    assert [
        len(batches[k]["places"])
        for k in ("2015", "2016", "2018", "2019", "2020", "2022-02", "2022-11", "2025")
    ] == [1, 12, 22, 5, 46, 27, 17, 16]
    assert batches["2019"]["partial"] and batches["2022-11"]["partial"] and not batches["2020"]["partial"]
    for batch in batches.values():
        for place in batch["places"]:
            for code in place["adcodes"]:
                div = GEO.divisions[code]
                assert place["name"] in div.name or place["name"] in div.aliases or len(place["adcodes"]) > 1


def test_industrial_belts_point_at_real_units() -> None:
    assert len(GEO.belts) == 25
    for belt in GEO.belts:
        div = GEO.divisions[belt.adcode]
        expected = {"county": ("county",), "town": ("county", "city"), "city": ("city", "province")}[
            belt.level
        ]
        assert div.level in expected
        assert belt.products


def test_countries_are_iso_codes() -> None:
    for code in [*GEO.countries.values(), *GEO.foreign_cities.values(), *GEO.english_places.values()]:
        assert len(code) == 2 and code.isupper() and code != "CN"


def test_area_aliases_point_at_real_units() -> None:
    for alias, code in GEO.area_aliases.items():
        assert code in GEO.divisions, alias
