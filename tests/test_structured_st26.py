"""st26: structured-field leftovers and new real-board shapes (location, salary, education, size).

Each case failed before its fix (the guards did not and must not change); strings are written in the shapes the
boards produce, not copied from any posting.
"""

from __future__ import annotations

import pytest

from nlp.company_size import parse_company_size
from nlp.education import parse_education
from nlp.extract import extract_posting
from nlp.location import parse_location
from nlp.salary import parse_salary


def _place(raw: str) -> tuple[str | None, str | None]:
    out = parse_location(raw)
    return out["province"], out["city"]


# A weak two-character district name inside a longer place name is not a place of its own (城区 in 新城区).
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("广东省 新城区", ("广东省", None)),
        ("广东 新城区", ("广东省", None)),
    ],
)
def test_nested_district_name_is_not_read(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("徐州 新城区", ("江苏省", "徐州市")),
        ("西安市新城区", ("陕西省", "西安市")),
        ("山西省晋城市城区", ("山西省", "晋城市")),
        ("广东省汕尾市城区", ("广东省", "汕尾市")),
        ("长春朝阳区", ("吉林省", "长春市")),
        ("山东省青岛市南区", ("山东省", "青岛市")),
    ],
)
def test_nested_district_guards(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


HK = ("香港特别行政区", "香港特别行政区")
MO = ("澳门特别行政区", "澳门特别行政区")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Central, HK", HK),
        ("Admiralty", HK),
        ("Tung Chung, Lantau", HK),
        ("Tai Koo", HK),
        ("Taipa, Macau", MO),
        ("氹仔", MO),
        ("Neihu District", ("台湾省", "台北市")),
        ("Banqiao District", ("台湾省", "新北市")),
    ],
)
def test_hk_macao_taiwan_english_districts(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Central", (None, None)),
        ("Kowloon Bay", HK),
        ("Xinyi District, Taipei City", ("台湾省", "台北市")),
    ],
)
def test_hk_guards(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


def _pay(raw: str, local: str | None = None, plain: str | None = None) -> tuple[object, ...]:
    out = parse_salary(raw, local) if plain is None else parse_salary(raw, local, plain)
    return out["min_monthly"], out["max_monthly"], out["period"], out["currency"]


# CNY written the English way with no period: the size decides, as for a foreign currency.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("RMB 800k - 1.2m", (66666.67, 100000.0, "year", "CNY")),
        ("CNY 300,000 - 450,000", (25000.0, 37500.0, "year", "CNY")),
        ("RMB 150K-200K", (12500.0, 16666.67, "year", "CNY")),
        ("RMB 110k - 130k", (None, None, "unknown", None)),
    ],
)
def test_latin_cny_without_period(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("RMB 25K - 35K", (25000.0, 35000.0, "month", "CNY")),
        ("20-40万", (200000.0, 400000.0, "month", "CNY")),
        ("15-25K", (15000.0, 25000.0, "month", "CNY")),
        ("RMB 600k - 800k per annum", (50000.0, 66666.67, "year", "CNY")),
    ],
)
def test_latin_cny_guards(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


# 104: a bare figure or 元 in a Taiwan job written in Traditional script is TWD.
def _extract_pay(location: str, title: str, salary: str) -> tuple[object, ...]:
    out = extract_posting({"title": title, "location_raw": location, "salary_raw": salary})["salary"]
    return out["min_monthly"], out["max_monthly"], out["period"], out["currency"]


def test_taiwan_board_yuan_is_twd() -> None:
    assert _extract_pay("台北市信義區", "電商營運專員", "月薪40,000~55,000元") == (40000.0, 55000.0, "month", "TWD")
    assert _extract_pay("新北市板橋區", "跨境電商客服", "月薪 32,000元以上") == (32000.0, None, "month", "TWD")
    assert _extract_pay("臺中市", "業務助理", "年薪600,000~800,000元") == (50000.0, 66666.67, "year", "TWD")
    assert _pay("40,000~55,000", None, "TWD") == (40000.0, 55000.0, "month", "TWD")


def test_taiwan_guards() -> None:
    # A mainland board's Taiwan job written in Simplified stays in yuan; a named currency wins.
    assert _extract_pay("台北", "运营专员", "1-1.5万") == (10000.0, 15000.0, "month", "CNY")
    assert _extract_pay("台北市信義區", "電商營運專員", "USD 3,000 - 4,000") == (3000.0, 4000.0, "month", "USD")
    assert _extract_pay("深圳市南山区", "運營專員", "8000-12000元") == (8000.0, 12000.0, "month", "CNY")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("高中以下", "junior_high"),
        ("中专以下", "junior_high"),
        ("学历：高中以下", "junior_high"),
    ],
)
def test_education_below(raw: str, expected: str) -> None:
    assert parse_education(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("初中及以下", "junior_high"),
        ("高中及以下", "high_school"),
        ("高中", "high_school"),
        ("本科以上", "bachelor"),
        ("大专及以上", "associate"),
    ],
)
def test_education_below_guards(raw: str, expected: str) -> None:
    assert parse_education(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("50人", (50, 50, "small")),
        ("约200人", (200, 200, "medium")),
        ("1,200人", (1200, 1200, "large")),
        ("8人", (8, 8, "micro")),
    ],
)
def test_single_figure_size_guards(raw: str, expected: tuple[object, ...]) -> None:
    out = parse_company_size(raw)
    assert (out["min_employees"], out["max_employees"], out["size_class"]) == expected


# A one-character province or city abbreviation opening the field (猎聘-style "沪-浦东") stands for the place.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("沪-徐汇", ("上海市", "上海市")),
        ("沪", ("上海市", "上海市")),
        ("京-朝阳", ("北京市", "北京市")),
        ("深·宝安", ("广东省", "深圳市")),
        ("苏·常熟", ("江苏省", "苏州市")),
    ],
)
def test_abbreviation_prefix(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("京东方", (None, None)),
        ("沪太路", (None, None)),
        ("深圳", ("广东省", "深圳市")),
        ("粤·广州", ("广东省", "广州市")),
        ("青岛", ("山东省", "青岛市")),
        ("鄂-光谷", ("湖北省", "武汉市")),
    ],
)
def test_abbreviation_guards(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


# 综合保税区 (综保区) after a county-level city's short name is a zone word, as 保税区 is.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("义乌综合保税区", ("浙江省", "金华市")),
        ("昆山综合保税区", ("江苏省", "苏州市")),
        ("江阴综保区", ("江苏省", "无锡市")),
    ],
)
def test_comprehensive_bonded_zone(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


# State-level new areas and former county names the divisions file lacks.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("贵安新区", ("贵州省", None)),
        ("湖南湘江新区", ("湖南省", "长沙市")),
        ("赣江新区", ("江西省", None)),
        ("滇中新区", ("云南省", "昆明市")),
        ("四川达县", ("四川省", "达州市")),
        ("浙江鄞县", ("浙江省", "宁波市")),
        ("通县", ("北京市", "北京市")),
    ],
)
def test_new_areas_and_former_counties(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


def test_web_address_is_no_place() -> None:
    assert _place("http://www.example-sec.com.hk") == (None, None)
    assert _place("hr@example.com.hk") == (None, None)
    assert _place("Quarry Bay, HK") == HK


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("平潭综合实验区", ("福建省", "福州市")),
        ("义乌综合改革试验区", ("浙江省", "金华市")),
    ],
)
def test_comprehensive_zone_words(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


def test_comprehensive_zone_guard() -> None:
    assert _place("东方综合楼") == (None, None)
    assert _place("杭州综试区") == ("浙江省", "杭州市")


# Millions and lakhs the way Indonesian, Vietnamese and Indian ads write them.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("IDR 12 - 18 juta", (12000000.0, 18000000.0, "month", "IDR")),
        ("Rp 9jt", (9000000.0, 9000000.0, "month", "IDR")),
        ("VND 18 - 25 triệu", (18000000.0, 25000000.0, "month", "VND")),
        ("₹7-10 lakh", (58333.33, 83333.33, "year", "INR")),
    ],
)
def test_foreign_magnitude_words(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


# Chinese numerals before a magnitude (58同城-style "五千到八千").
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("一万到两万", (10000.0, 20000.0, "month", "CNY")),
        ("月薪六千到九千", (6000.0, 9000.0, "month", "CNY")),
        ("七千以上", (7000.0, None, "month", "CNY")),
        ("三千五到四千五", (3500.0, 4500.0, "month", "CNY")),
        ("年薪二十五万起", (20833.33, None, "year", "CNY")),
    ],
)
def test_chinese_numeral_pay(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("五险一金 6-8k", (6000.0, 8000.0, "month", "CNY")),
        ("3千5", (3500.0, 3500.0, "month", "CNY")),
        ("年薪百万", (None, None, "unknown", None)),
        ("8-12K·13薪", (8000.0, 12000.0, "month", "CNY")),
    ],
)
def test_chinese_numeral_guards(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("博士研究生", "doctorate"),
        ("博士研究生及以上", "doctorate"),
        ("Master or above", "master"),
    ],
)
def test_graduate_degree_names(raw: str, expected: str) -> None:
    assert parse_education(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"), [("硕士研究生", "master"), ("研究生", "master"), ("Master's Degree", "master")]
)
def test_graduate_degree_guards(raw: str, expected: str) -> None:
    assert parse_education(raw) == expected


@pytest.mark.parametrize("raw", ["Kwai Fong", "Yau Ma Tei", "Lam Tin", "Happy Valley"])
def test_more_hk_english_districts(raw: str) -> None:
    assert _place(raw) == HK


# 年包 / 年收入 quote a year; LPA is lakhs per annum; 만 is Korean 10,000.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("年包40-60W", (33333.33, 50000.0, "year", "CNY")),
        ("年收入18-24万", (15000.0, 20000.0, "year", "CNY")),
        ("INR 10-15 LPA", (83333.33, 125000.0, "year", "INR")),
        ("₩4,000만원 ~ ₩5,000만원", (3333333.33, 4166666.67, "year", "KRW")),
    ],
)
def test_period_and_magnitude_words(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("40-60万", (400000.0, 600000.0, "month", "CNY")),
        ("₩40,000,000 - ₩50,000,000", (3333333.33, 4166666.67, "year", "KRW")),
        ("₹6,00,000 - ₹9,00,000", (50000.0, 75000.0, "year", "INR")),
    ],
)
def test_period_and_magnitude_guards(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected
