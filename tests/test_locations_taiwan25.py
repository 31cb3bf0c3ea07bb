"""Taiwan's provincial cities and counties (基隆市, 新竹市, 嘉义市 and the 13 counties) in admin_divisions.csv,
their English names in area_aliases.csv, and the guards that keep mainland readings where a name is shared
(连江: 福州's county; 金门: listed under 泉州 by GB/T 2260)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from nlp.location import parse_location

_DATA = Path(__file__).resolve().parent.parent / "nlp" / "data"

# raw location -> (province, city, adcode)
TAIWAN = [
    ("新竹", "台湾省", "新竹市", "710702"),
    ("新竹市东区", "台湾省", "新竹市", "710702"),
    ("台湾 新竹", "台湾省", "新竹市", "710702"),
    ("新竹縣竹北市", "台湾省", "新竹县", "710704"),
    ("新竹县", "台湾省", "新竹县", "710704"),
    ("基隆市", "台湾省", "基隆市", "710701"),
    ("基隆", "台湾省", "基隆市", "710701"),
    ("嘉义", "台湾省", "嘉义市", "710703"),
    ("嘉義市", "台湾省", "嘉义市", "710703"),
    ("嘉義縣", "台湾省", "嘉义县", "710709"),  # was 辽宁 锦州 义县: the 义县 inside it
    ("嘉义县民雄乡", "台湾省", "嘉义县", "710709"),
    ("苗栗县", "台湾省", "苗栗县", "710705"),
    ("彰化縣", "台湾省", "彰化县", "710706"),
    ("南投", "台湾省", "南投县", "710707"),
    ("雲林縣", "台湾省", "云林县", "710708"),
    ("屏東縣", "台湾省", "屏东县", "710710"),
    ("宜蘭", "台湾省", "宜兰县", "710711"),
    ("花蓮縣", "台湾省", "花莲县", "710712"),
    ("臺東縣", "台湾省", "台东县", "710713"),
    ("澎湖", "台湾省", "澎湖县", "710714"),
    ("台湾金门", "台湾省", "金门县", "710715"),
    ("台湾省金门县", "台湾省", "金门县", "710715"),
    ("台湾连江", "台湾省", "连江县", "710716"),
    ("马祖", "台湾省", "连江县", "710716"),
    # English (104, CakeResume, LinkedIn)
    ("Hsinchu", "台湾省", "新竹市", "710702"),
    ("Hsinchu City, Taiwan", "台湾省", "新竹市", "710702"),
    ("Hsinchu County, Taiwan", "台湾省", "新竹县", "710704"),
    ("Keelung City", "台湾省", "基隆市", "710701"),
    ("Chiayi County", "台湾省", "嘉义县", "710709"),
    ("Changhua, Taiwan", "台湾省", "彰化县", "710706"),
    ("Yilan County", "台湾省", "宜兰县", "710711"),
    ("Hualien", "台湾省", "花莲县", "710712"),
    ("Pingtung County, Taiwan", "台湾省", "屏东县", "710710"),
    ("Kinmen County", "台湾省", "金门县", "710715"),
    ("Matsu", "台湾省", "连江县", "710716"),
]

# Guards: the mainland readings of shared names, the six municipalities, and Traditional mainland names now read.
GUARDS = [
    ("连江", "福建省", "福州市", "350122"),
    ("连江县", "福建省", "福州市", "350122"),
    ("福州连江", "福建省", "福州市", "350122"),
    ("福建省福州市连江县", "福建省", "福州市", "350122"),
    ("連江縣", "福建省", "福州市", "350122"),
    ("金门", "福建省", "泉州市", "350527"),
    ("金门县", "福建省", "泉州市", "350527"),
    ("福建金门", "福建省", "泉州市", "350527"),
    ("台北", "台湾省", "台北市", "710100"),
    ("新北市", "台湾省", "新北市", "710200"),
    ("Taipei", "台湾省", "台北市", "710100"),
    ("南山区", "广东省", "深圳市", "440305"),  # district_priors.csv's rival readings unchanged
    ("南沙", "广东省", "广州市", "440115"),
    ("宝山区", "上海市", "上海市", "310113"),
    ("青岛台东", "山东省", "青岛市", "370200"),  # 台东 the Qingdao shopping street is no Taiwan county
    ("大連", "辽宁省", "大连市", "210200"),
    ("蘭州", "甘肃省", "兰州市", "620100"),
    ("無錫", "江苏省", "无锡市", "320200"),
]


@pytest.mark.parametrize(("raw", "province", "city", "adcode"), TAIWAN + GUARDS)
def test_taiwan_cities_and_counties(raw: str, province: str, city: str, adcode: str) -> None:
    out = parse_location(raw)
    assert (out["province"], out["city"], out["adcode"]) == (province, city, adcode)


@pytest.mark.parametrize("raw", ["台东路", "南投资", "门店", "连锁", "新竹园小区"])
def test_words_that_hold_a_short_name_are_no_place(raw: str) -> None:
    assert parse_location(raw)["city"] is None


def test_no_adcode_or_name_collides() -> None:
    rows = list(csv.DictReader((_DATA / "admin_divisions.csv").open(encoding="utf-8")))
    assert not [code for code, n in Counter(r["adcode"] for r in rows).items() if n > 1]
    taiwan = [r for r in rows if r["parent_adcode"] == "710000"]
    assert len(taiwan) == 6 + 16
    assert {r["name"] for r in taiwan} >= {"基隆市", "新竹市", "嘉义市", "新竹县", "苗栗县", "连江县", "金门县"}
    # The two names shared with the mainland are ranked second in district_priors.csv.
    priors = {r["name"]: r for r in csv.DictReader((_DATA / "district_priors.csv").open(encoding="utf-8"))}
    assert priors["连江"]["preferred_adcode"] == "350122" and priors["金门"]["preferred_adcode"] == "350527"


def test_address_refines_a_taiwan_province() -> None:
    out = parse_location("台湾", "新竹市东区光复路二段")
    assert (out["province"], out["city"]) == ("台湾省", "新竹市")
