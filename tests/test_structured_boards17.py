"""The structured-field choices struct16 left open, decided as an analyst comparing salaries and places across
boards would expect (tests/gold/README.md, "Salary", "Location", "Education, experience")."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from salary_case import UNKNOWN, expected_salary

from nlp.education import parse_education
from nlp.experience import parse_experience
from nlp.extract import extract_posting
from nlp.location import parse_location
from nlp.salary import local_currency, parse_salary

# A foreign-currency figure with no period: its size against the currency's pay levels decides.
FOREIGN_NO_PERIOD = [
    # yearly: a K-range of this size is a year's pay in the US, Singapore, Hong Kong
    ("$100K - $130K", expected_salary(8333.33, 10833.33, period="year", currency="USD")),
    ("USD 100k-130k", expected_salary(8333.33, 10833.33, period="year", currency="USD")),
    ("100K-130K USD", expected_salary(8333.33, 10833.33, period="year", currency="USD")),
    ("$100,000 - $130,000", expected_salary(8333.33, 10833.33, period="year", currency="USD")),
    ("US$ 60,000 - 80,000", expected_salary(5000.0, 6666.67, period="year", currency="USD")),
    ("Up to $130K", expected_salary(None, 10833.33, period="year", currency="USD")),
    ("From $45,000", expected_salary(3750.0, None, period="year", currency="USD")),
    ("USD 25,000", expected_salary(2083.33, 2083.33, period="year", currency="USD")),
    ("SGD 60,000 - 80,000", expected_salary(5000.0, 6666.67, period="year", currency="SGD")),
    ("S$84K - S$120K", expected_salary(7000.0, 10000.0, period="year", currency="SGD")),
    ("HK$360,000 - HK$480,000", expected_salary(30000.0, 40000.0, period="year", currency="HKD")),
    ("€45k - €55k", expected_salary(3750.0, 4583.33, period="year", currency="EUR")),
    ("£30,000 - £35,000", expected_salary(2500.0, 2916.67, period="year", currency="GBP")),
    ("₹5,00,000 - ₹8,00,000", expected_salary(41666.67, 66666.67, period="year", currency="INR")),
    ("JP¥4M - JP¥6M", expected_salary(333333.33, 500000.0, period="year", currency="JPY")),
    ("KRW 40,000,000 - 50,000,000", expected_salary(3333333.33, 4166666.67, period="year", currency="KRW")),
    ("面议 $100K - $130K", expected_salary(8333.33, 10833.33, period="year", currency="USD", negotiable=True)),
    # monthly: the same currencies at a month's size
    ("$1,500 - $2,500", expected_salary(1500.0, 2500.0, currency="USD")),
    ("$500 - $800", expected_salary(500.0, 800.0, currency="USD")),  # a remote assistant's month
    ("USD 8K-12K", expected_salary(8000.0, 12000.0, currency="USD")),
    ("HK$25K - 35K", expected_salary(25000.0, 35000.0, currency="HKD")),
    ("HKD 80,000 - 100,000", expected_salary(80000.0, 100000.0, currency="HKD")),
    ("SGD 6K - 9K", expected_salary(6000.0, 9000.0, currency="SGD")),
    ("INR 40,000 - 70,000", expected_salary(40000.0, 70000.0, currency="INR")),
    ("NT$45,000", expected_salary(45000.0, 45000.0, currency="TWD")),
    ("VND 20,000,000 - 30,000,000", expected_salary(20000000.0, 30000000.0, currency="VND")),
    # unknown: a month or a year (or an hour) equally likely; nothing says which
    ("$20 - $25", UNKNOWN),
    ("$18,000 - $22,000", UNKNOWN),
    ("$12,000 - $30,000", UNKNOWN),
    ("SGD 20,000 - 25,000", UNKNOWN),
    ("HK$160,000", UNKNOWN),
    ("$20 - $25 negotiable", expected_salary(None, None, period="unknown", currency=None, negotiable=True)),
    # a stated period always wins over the size
    ("$100K - $130K/month", expected_salary(100000.0, 130000.0, currency="USD")),
    ("$20 - $25 an hour", expected_salary(3480.0, 4350.0, period="hour", currency="USD")),
    ("$3,000 a year", expected_salary(250.0, 250.0, period="year", currency="USD")),
    # CNY keeps DESIGN.md's rule: a bare K or yuan figure is monthly, whatever its size
    ("15-25K", expected_salary(15000.0, 25000.0)),
    ("15-25K RMB", expected_salary(15000.0, 25000.0)),
    ("¥300K - ¥400K", expected_salary(300000.0, 400000.0)),
    ("20-40万", expected_salary(200000.0, 400000.0)),
]


@pytest.mark.parametrize(("raw", "expected"), FOREIGN_NO_PERIOD)
def test_foreign_currency_without_period(raw: str, expected: dict[str, object]) -> None:
    assert parse_salary(raw) == expected


def test_every_foreign_currency_has_a_band() -> None:
    units = json.loads(resources.files("nlp").joinpath("data/salary_units.json").read_text(encoding="utf-8"))
    bands = units["bare_period_bands"]
    assert set(bands) == set(units["currencies"]) - {"CNY"}
    for month_from, month_up_to, year_from in bands.values():
        assert 0 < month_from < month_up_to < year_from


# Several places: one province → that province and no city; different provinces (or a foreign place beside a
# Chinese one) → no province; spaces and dashes list places only where a part is a whole city or province name.
SEVERAL_PLACES = [
    ("杭州、宁波", "CN", "浙江省", None),
    ("深圳,上海", "CN", None, None),
    ("深圳 广州", "CN", "广东省", None),
    ("深圳 上海", "CN", None, None),
    ("深圳 香港", "CN", None, None),
    ("深圳-广州", "CN", "广东省", None),
    ("深圳-上海", "CN", None, None),
    ("深圳市 东莞市", "CN", "广东省", None),
    ("深圳或广州", "CN", "广东省", None),
    ("深圳及东莞", "CN", "广东省", None),
    ("深圳+广州", "CN", "广东省", None),
    ("杭州或上海", "CN", None, None),
    ("深圳/新加坡", None, None, None),
    ("新加坡/深圳", None, None, None),
    ("美国/深圳", None, None, None),
    # one place read down the tree: unchanged
    ("深圳及周边", "CN", "广东省", "深圳市"),
    ("北京 朝阳", "CN", "北京市", "北京市"),
    ("广东 深圳", "CN", "广东省", "深圳市"),
    ("苏州 昆山", "CN", "江苏省", "苏州市"),
    ("广州 白云 嘉禾", "CN", "广东省", "广州市"),
    ("上海市 浦东新区", "CN", "上海市", "上海市"),
    ("浙江-金华-义乌市", "CN", "浙江省", "金华市"),
    ("Singapore, Singapore", "SG", None, None),
]


@pytest.mark.parametrize(("raw", "country", "province", "city"), SEVERAL_PLACES)
def test_several_places(raw: str, country: str | None, province: str | None, city: str | None) -> None:
    out = parse_location(raw)
    assert (out["country"], out["province"], out["city"]) == (country, province, city)


def test_several_places_claim_nothing_below_what_they_share() -> None:
    one_province = parse_location("深圳/广州")
    assert one_province["adcode"] == "440000" and one_province["region"] == "east"
    assert one_province["district"] is None and one_province["industrial_belt"] is None
    assert one_province["is_pilot_zone"] is False  # no city, so false (parse_location: unknown city → false)
    two = parse_location("深圳,上海")
    assert two["adcode"] is None and two["region"] is None and two["is_pilot_zone"] is False


# Currency signs: "¥" alone is CNY and a bare "$" USD, unless the job's place uses that sign for its own money
# (extract_posting passes the place's money); a currency named anywhere in the string wins over a sign.
SIGNS = [
    ("¥8,000-12,000", None, expected_salary(8000.0, 12000.0)),
    ("$3,000-4,000/month", None, expected_salary(3000.0, 4000.0, currency="USD")),
    ("¥300,000 JPY", None, expected_salary(300000.0, 300000.0, currency="JPY")),
    ("$25,000 - $35,000", "HKD", expected_salary(25000.0, 35000.0, currency="HKD")),
    ("$4,000 to $6,000 Monthly", "SGD", expected_salary(4000.0, 6000.0, currency="SGD")),
    ("$35,000 - $45,000", "TWD", expected_salary(35000.0, 45000.0, currency="TWD")),
    ("¥250,000 - ¥350,000", "JPY", expected_salary(250000.0, 350000.0, currency="JPY")),
    ("$100K - $130K", "USD", expected_salary(8333.33, 10833.33, period="year", currency="USD")),
    # the place's money does not replace a named currency, a sign it does not share, or no currency at all
    ("US$5,000", "HKD", expected_salary(5000.0, 5000.0, currency="USD")),
    ("CN¥15,000/month", "JPY", expected_salary(15000.0, 15000.0)),
    ("$5,000", "JPY", expected_salary(5000.0, 5000.0, currency="USD")),
    ("¥8,000", "HKD", expected_salary(8000.0, 8000.0)),
    ("5-8.5千", "USD", expected_salary(5000.0, 8500.0)),  # a Chinese board's overseas job: yuan
    ("8000-12000元/月", "HKD", expected_salary(8000.0, 12000.0)),
    ("$3000-4000/月", "XXX", expected_salary(3000.0, 4000.0, currency="USD")),  # an unknown code is ignored
]


@pytest.mark.parametrize(("raw", "local", "expected"), SIGNS)
def test_currency_signs(raw: str, local: str | None, expected: dict[str, object]) -> None:
    assert parse_salary(raw, local) == expected


@pytest.mark.parametrize(
    ("location_raw", "money"),
    [
        ("香港", "HKD"),
        ("Kwun Tong, Kowloon, Hong Kong", "HKD"),
        ("澳门", "MOP"),
        ("台北市", "TWD"),
        ("Singapore", "SGD"),
        ("日本东京", "JPY"),
        ("Los Angeles, CA", "USD"),
        ("深圳", None),
        ("深圳/新加坡", None),
        ("", None),
    ],
)
def test_local_currency(location_raw: str, money: str | None) -> None:
    assert local_currency(parse_location(location_raw)) == money


def test_extract_reads_a_bare_dollar_by_the_place() -> None:
    hk = extract_posting({"location_raw": "香港·观塘区", "salary_raw": "$25,000 - $35,000"})
    assert hk["salary"] == expected_salary(25000.0, 35000.0, currency="HKD")
    sz = extract_posting({"location_raw": "深圳", "salary_raw": "$3000-4000/月"})
    assert sz["salary"] == expected_salary(3000.0, 4000.0, currency="USD")


# Education and experience: the description speaks when the raw field is empty or names no level / years (a
# wider reading of DESIGN.md's "empty"); a raw field that says anything readable, "不限" included, wins.
EDUCATION_FALLBACK = [
    ("", "任职要求：大专以上学历", "associate"),
    ("其他", "任职要求：本科及以上学历", "bachelor"),
    ("College", "Requirements: Bachelor degree or above", "bachelor"),
    ("College", "College degree required", None),  # "College" is no level: US bachelor or HK associate
    ("College", None, None),
    ("招1人", "本科及以上学历", "bachelor"),
    ("不限", "本科及以上学历", "none_required"),  # the field said something: it wins
    ("本科", "大专以上学历", "bachelor"),
    ("Not Specified", "与多所本科院校合作", None),  # a level word out of a requirement is not read
    ("-", "硕士优先", None),  # only preferred: no requirement
]


@pytest.mark.parametrize(("raw", "description", "level"), EDUCATION_FALLBACK)
def test_education_fallback(raw: str, description: str | None, level: str | None) -> None:
    assert parse_education(raw, description) == level


EXPERIENCE_FALLBACK = [
    ("", "1-3年相关工作经验", 1, 3),
    ("Associate", "3+ years of experience in Amazon operations", 3, None),
    ("Mid-Senior level", "Fresh graduates welcome", 0, None),
    ("不限", "3年以上工作经验", 0, None),  # the field said something: it wins
    ("应届生", "3年以上经验者优先", 0, None),
    ("3-5年", "应届生亦可", 3, 5),
    ("Entry level", "3年以上经验", 0, None),
    # months are read in the raw field, so it no longer falls back to a description that disagrees
    ("6个月以上", "3年以上工作经验", 0.5, None),
    ("3-6个月", None, 0.25, 0.5),
    ("3个月以内", None, 0, 0.25),
    ("18个月以上", None, 1.5, None),
    ("6+ months", None, 0.5, None),
    ("六个月以上", None, 0.5, None),
    ("-", "试用期3个月，3年以上亚马逊运营经验", 3, None),  # months in a description: not read
]


@pytest.mark.parametrize(("raw", "description", "low", "high"), EXPERIENCE_FALLBACK)
def test_experience_fallback(raw: str, description: str | None, low: float | None, high: float | None) -> None:
    assert parse_experience(raw, description) == {"min_years": low, "max_years": high}
