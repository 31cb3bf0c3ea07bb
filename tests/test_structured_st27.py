"""st27: structured-field leftovers and another batch of other boards' shapes (salary, location, size).

Each case failed before its fix (the guards did not and must not change); strings are written in the shapes the
boards produce, not copied from any posting.
"""

from __future__ import annotations

import pytest

from nlp.company_size import parse_company_size
from nlp.education import parse_education
from nlp.location import parse_location
from nlp.salary import parse_salary


def _pay(raw: str) -> tuple[float | None, float | None, str, str | None, bool]:
    out = parse_salary(raw)
    return out["min_monthly"], out["max_monthly"], out["period"], out["currency"], out["negotiable"]


def _place(raw: str) -> tuple[str | None, str | None]:
    out = parse_location(raw)
    return out["province"], out["city"]


def _size(raw: str) -> tuple[int | None, int | None, str]:
    out = parse_company_size(raw)
    return out["min_employees"], out["max_employees"], out["size_class"]


# A figure followed by "+" and a named pay component is the fixed part of the pay, both bounds: one rule for
# 提成 and 计件 alike (guide, Salary: "Base pay plus a variable part").
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("底薪3200+计件", (3200.0, 3200.0, "month", "CNY", False)),
        ("保底4500+计件工资", (4500.0, 4500.0, "month", "CNY", False)),
        ("底薪3000+业绩提成", (3000.0, 3000.0, "month", "CNY", False)),
        ("5500+全勤奖", (5500.0, 5500.0, "month", "CNY", False)),
        ("底薪4000+奖励", (4000.0, 4000.0, "month", "CNY", False)),
        ("4200元+餐补", (4200.0, 4200.0, "month", "CNY", False)),
    ],
)
def test_base_pay_plus_component_is_both_bounds(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("底薪4000+提成", (4000.0, 4000.0, "month", "CNY", False)),
        ("底薪4000-6000+提成", (4000.0, 6000.0, "month", "CNY", False)),
        ("8000+", (8000.0, None, "month", "CNY", False)),
        ("计件", (None, None, "unknown", None, False)),
        ("6元/件", (None, None, "unknown", None, False)),
    ],
)
def test_base_pay_guards(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


# "DOE" (depending on experience) as a whole word is a negotiable pay; inside a word it is nothing.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("DOE", (None, None, "unknown", None, True)),
        ("Salary: D.O.E.", (None, None, "unknown", None, True)),
        ("$55k - $70k DOE", (4583.33, 5833.33, "year", "USD", True)),
        ("HK$22,000 - 28,000 (DOE)", (22000.0, 28000.0, "month", "HKD", True)),
    ],
)
def test_doe_is_negotiable(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Doesn't apply", (None, None, "unknown", None, False)),
        ("6000 (Does include MPF)", (6000.0, 6000.0, "month", "CNY", False)),
        ("Depends on experience", (None, None, "unknown", None, True)),
    ],
)
def test_doe_guards(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


# A town written right after a county-level city's short name, with no 镇 (58同城's "昆山花桥").
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("昆山花桥", ("江苏省", "苏州市")),
        ("义乌佛堂", ("浙江省", "金华市")),
        ("慈溪周巷", ("浙江省", "宁波市")),
        ("晋江陈埭", ("福建省", "泉州市")),
        ("常熟虞山", ("江苏省", "苏州市")),
        ("诸暨店口", ("浙江省", "绍兴市")),
    ],
)
def test_town_after_county_city(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


# Every county's towns (county_towns.csv, NBS codes): the pair outweighs a short name its characters spell, and
# picks the reading of a county name that several cities share (江北: 重庆, 宁波; 朝阳: 北京, 长春, 辽宁朝阳市).
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("德清新市", ("浙江省", "湖州市")),
        ("嘉善西塘", ("浙江省", "嘉兴市")),
        ("宁海西店", ("浙江省", "宁波市")),
        ("晋江西园", ("福建省", "泉州市")),
        ("江北洪塘", ("浙江省", "宁波市")),
        ("江北观音桥", ("重庆市", "重庆市")),
        ("朝阳望京", ("北京市", "北京市")),
        ("开平水口", ("广东省", "江门市")),
        ("顺德大良", ("广东省", "佛山市")),
    ],
)
def test_town_after_any_county(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("昆山花桥镇", ("江苏省", "苏州市")),
        ("昆山", ("江苏省", "苏州市")),
        ("永新汇大厦", (None, None)),
        ("花桥", (None, None)),
        ("江北", (None, None)),
        ("滨海新城", (None, None)),
        ("东方广场", (None, None)),
        ("浙江宁海", ("浙江省", "宁波市")),
    ],
)
def test_town_guards(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


# Old "X县" names of what are now county-level cities or districts: not the two-character county inside them.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("普宁县", ("广东省", "揭阳市")),
        ("江宁县", ("江苏省", "南京市")),
        ("宜兴县", ("江苏省", "无锡市")),
        ("萧山县", ("浙江省", "杭州市")),
        ("番禺县", ("广东省", "广州市")),
    ],
)
def test_former_county_names(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("江苏江宁县", ("江苏省", "南京市")),
        ("宁县", ("甘肃省", "庆阳市")),
        ("甘肃宁县", ("甘肃省", "庆阳市")),
        ("兴县", ("山西省", "吕梁市")),
        ("肃宁县", ("河北省", "沧州市")),
        ("普陀区", ("上海市", "上海市")),
        ("朝阳区", (None, None)),
    ],
)
def test_former_county_guards(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


# Head counts in Chinese numerals.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("十人以内", (1, 10, "small_or_micro")),
        ("十人以下", (1, 9, "micro")),
        ("五十人以下", (1, 49, "small_or_micro")),
        ("三十至五十人", (30, 50, "small")),
        ("员工一百余人", (100, None, "ambiguous")),
        ("两千人以上", (2000, None, "large")),
    ],
)
def test_chinese_numeral_sizes(raw: str, expected: tuple[object, ...]) -> None:
    assert _size(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10人以下", (1, 9, "micro")),
        ("一般", (None, None, "unknown")),
        ("上万人", (None, None, "unknown")),
        ("50-99人", (50, 99, "small")),
    ],
)
def test_chinese_numeral_size_guards(raw: str, expected: tuple[object, ...]) -> None:
    assert _size(raw) == expected


# Period words of other boards and languages: Japanese 時給 / 日給 / 月給 / 年収, German Stunde / Tag / Woche,
# Spanish mensual, Malay / Indonesian bulan, Swedish mån, French mois; 月均 / 月收入 / 月结 quote a month.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("時給1,100円～1,300円", (191400.0, 226200.0, "hour", "JPY", False)),
        ("日給9,000円", (195750.0, 195750.0, "day", "JPY", False)),
        ("€14,50/Stunde", (2523.0, 2523.0, "hour", "EUR", False)),
        ("€120/Tag", (2610.0, 2610.0, "day", "EUR", False)),
        ("计件，月均7000左右", (7000.0, 7000.0, "month", "CNY", False)),
        ("€1.850,50 brutto/Monat", (1850.5, 1850.5, "month", "EUR", False)),
        ("日结150，月结4800", (4800.0, 4800.0, "month", "CNY", False)),
    ],
)
def test_period_words(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("200元/天，月结", (4350.0, 4350.0, "day", "CNY", False)),
        ("150元/天月结", (3262.5, 3262.5, "day", "CNY", False)),
        ("计件", (None, None, "unknown", None, False)),
        ("年收入15-20万", (12500.0, 16666.67, "year", "CNY", False)),
        ("年収400万円〜600万円", (333333.33, 500000.0, "year", "JPY", False)),
        ("月收入6000-10000", (6000.0, 10000.0, "month", "CNY", False)),
        ("8,000-12,000", (8000.0, 12000.0, "month", "CNY", False)),
        ("₹6,00,000 - ₹9,00,000", (50000.0, 75000.0, "year", "INR", False)),
    ],
)
def test_period_word_guards(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


def _months(raw: str) -> int | None:
    months: int | None = parse_salary(raw)["months_per_year"]
    return months


# 年底双薪: a thirteenth monthly pay stated in words.
@pytest.mark.parametrize(("raw", "expected"), [("6-9K，年底双薪", 13), ("月薪7000-9000 年终双薪", 13)])
def test_double_pay_is_thirteen_months(raw: str, expected: int) -> None:
    assert _months(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [("6-9K·14薪", 14), ("6-9K", None), ("8000 双休", None)])
def test_double_pay_guards(raw: str, expected: int | None) -> None:
    assert _months(raw) == expected


# A lone figure with a trailing wave dash is an open minimum (Japanese 月給 22万円～, "8000~").
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("月給 25万円～", (250000.0, None, "month", "JPY", False)),
        ("7000~", (7000.0, None, "month", "CNY", False)),
    ],
)
def test_trailing_wave_dash_is_a_minimum(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("7000~9000", (7000.0, 9000.0, "month", "CNY", False)),
        ("月給 25万円～30万円", (250000.0, 300000.0, "month", "JPY", False)),
    ],
)
def test_trailing_wave_dash_guards(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


@pytest.mark.parametrize("raw", ["Salary commensurate with qualifications", "Commensurate"])
def test_commensurate_is_negotiable(raw: str) -> None:
    assert parse_salary(raw)["negotiable"] is True


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("百人以上", (100, None, "ambiguous")), ("千人以上", (1000, None, "large")), ("百余人", (100, None, "ambiguous"))],
)
def test_lone_hundred_and_thousand(raw: str, expected: tuple[object, ...]) -> None:
    assert _size(raw) == expected


@pytest.mark.parametrize("raw", ["二本及以上", "统招二本", "一本以上学历"])
def test_tier_two_university_is_bachelor(raw: str) -> None:
    assert parse_education(raw) == "bachelor"


@pytest.mark.parametrize(("raw", "expected"), [("大专", "associate"), ("本科", "bachelor"), ("硕士", "master")])
def test_education_guards(raw: str, expected: str) -> None:
    assert parse_education(raw) == expected


# A town split into subdistricts by quarter (流沙东 / 流沙西 …街道) is still written by its stem after its county.
@pytest.mark.parametrize(
    ("raw", "expected"), [("普宁流沙", ("广东省", "揭阳市")), ("天河天河北路", ("广东省", "广州市"))]
)
def test_town_stem_after_county(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


# A base-pay word counts beside a piece rate only with its figure: "12元/单+底薪" states no base, the 12 is per order.
@pytest.mark.parametrize("raw", ["10元/单 + 底薪", "2元/件，有保底"])
def test_base_pay_word_without_figure(raw: str) -> None:
    assert _pay(raw) == (None, None, "unknown", None, False)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("底薪2800+计件", (2800.0, 2800.0, "month", "CNY", False)),
        ("底薪三千+计件", (3000.0, 3000.0, "month", "CNY", False)),
        ("5000-8000元/月（计件）", (5000.0, 8000.0, "month", "CNY", False)),
    ],
)
def test_base_pay_with_its_figure(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


# Beside a piece rate, the month's figure is the base pay's or the one in the clause quoting a period; a period with
# no figure of its own ("日结": paid daily) leaves only the piece rate, which is no month.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.5元/件，保底3500", (3500.0, None, "month", "CNY", False)),
        ("4元/件 底薪3800元/月", (3800.0, 3800.0, "month", "CNY", False)),
        ("2元/单，月均7500", (7500.0, 7500.0, "month", "CNY", False)),
        ("0.5元/单，日结", (None, None, "unknown", None, False)),
    ],
)
def test_piece_rate_beside_a_month(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("6000-9000元/月（计件）", (6000.0, 9000.0, "month", "CNY", False)),
        ("100-150元/千字", (None, None, "unknown", None, False)),
        ("日结，4500元/月", (4500.0, 4500.0, "month", "CNY", False)),
    ],
)
def test_piece_rate_guards(raw: str, expected: tuple[object, ...]) -> None:
    assert _pay(raw) == expected


# A district written with the part later split off it (a sibling county of the same prefecture) is that city's.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("余杭临平", ("浙江省", "杭州市")),
        ("苍南龙港", ("浙江省", "温州市")),
        ("宝安龙华", ("广东省", "深圳市")),
        ("鼓楼台江", ("福建省", "福州市")),
    ],
)
def test_sibling_county_after_county(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"), [("龙港市", ("浙江省", "温州市")), ("鼓楼", (None, None)), ("龙港", (None, None))]
)
def test_sibling_county_guards(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert _place(raw) == expected
