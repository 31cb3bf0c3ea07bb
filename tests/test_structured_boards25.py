"""Structured fields on more boards' real raw values (st25): the three mechanisms a second blind check on 312 new
values (BOSS直聘 2017, 智联 2017, a campus board's BOSS-style dump, 104 / GoHire, JobsDB HK, JobStreet MY,
regional 74cms option lists, part-time and internship boards) found wrong (tests/gold/README.md, "Location",
"Salary", "Education, experience")."""

from __future__ import annotations

import pytest
from salary_case import expected_salary

from nlp.education import parse_education
from nlp.location import parse_location
from nlp.salary import parse_salary

# A city named beside a district name that several other cities share (新城区: 西安 and 呼和浩特; 朝阳区: 北京 and
# 长春) but that the named city does not hold: the district name is a local area's (徐州's 新城区 lies in 云龙区),
# and the named city says where the job is, as province + city outweigh a county from elsewhere in the guide's
# neitui row "江苏南京江岸区". Before, the two equally good district readings disagreed and nothing was kept.
LOCATION = [
    ("徐州  新城区 | 本科", "江苏省", "徐州市"),  # a part-time board: city, area, then the education asked
    ("南京 新城区", "江苏省", "南京市"),
    ("徐州 朝阳区", "江苏省", "徐州市"),
    ("成都-新城区", "四川省", "成都市"),
    # guards: a shared district alone stays unresolved, a name inside a district name is no city (朝阳 in
    # 朝阳区 is not 辽宁's 朝阳市), and a city that holds the district still reads it
    ("朝阳区", None, None),
    ("新城区", None, None),
    ("鼓楼区", None, None),
    ("市中区光明中路66号", None, None),
    ("江苏 鼓楼区", "江苏省", None),
    ("呼和浩特 新城区", "内蒙古自治区", "呼和浩特市"),
    ("吉林 朝阳区", "吉林省", "长春市"),
    ("徐州 云龙", "江苏省", "徐州市"),
]


@pytest.mark.parametrize(("raw", "province", "city"), LOCATION)
def test_location(raw: str, province: str | None, city: str | None) -> None:
    out = parse_location(raw)
    assert (out["province"], out["city"]) == (province, city)


def test_location_shared_district_keeps_country() -> None:
    # A named Chinese city or district: the country is China either way.
    assert parse_location("徐州 新城区")["country"] == "CN"
    assert parse_location("朝阳区")["country"] == "CN"


# "+ Bonus", "+ commission" after a figure in English is pay on top of the stated figure, as "+提成" is: the figure
# is the pay, not an open minimum ("HK$30,000+" still is).
SALARY = [
    ("HK$45,000/month + Bonus", expected_salary(45000.0, 45000.0, currency="HKD")),
    ("RM 3,500 + Commission", expected_salary(3500.0, 3500.0, currency="MYR")),
    ("$4,000 + allowances", expected_salary(4000.0, 4000.0, currency="USD")),
    ("SGD 5,200 + incentives", expected_salary(5200.0, 5200.0, currency="SGD")),
    ("HK$28,000 + MPF", expected_salary(28000.0, 28000.0, currency="HKD")),
    # guards: a bare "+" opens the bound; a named base pay plus piece rate is fixed pay, both bounds (st27)
    ("HK$30,000+", expected_salary(30000.0, None, currency="HKD")),
    ("8000+", expected_salary(8000.0, None)),
    ("6000+提成", expected_salary(6000.0, 6000.0)),
    ("底薪3000+计件", expected_salary(3000.0, 3000.0)),  # st27: both bounds, as 底薪N+提成
    ("6000元/月起", expected_salary(6000.0, None)),
    ("4000+ otherwise negotiable", expected_salary(4000.0, None, negotiable=True)),
]


@pytest.mark.parametrize(("raw", "expected"), SALARY)
def test_salary(raw: str, expected: dict[str, object]) -> None:
    assert parse_salary(raw) == expected


# 博后 (74cms' option list) and "postdoc" are a post-doctoral post: it asks a doctorate.
EDUCATION = [
    ("博后", "doctorate"),
    ("Postdoc", "doctorate"),
    ("Postdoctoral Fellow", "doctorate"),
    # guards ("post-doctoral" already read "doctoral" as a word)
    ("post-doctoral researcher", "doctorate"),
    ("博士后", "doctorate"),
    ("博士", "doctorate"),
    ("Doctor", "doctorate"),
    ("硕士", "master"),
]


@pytest.mark.parametrize(("raw", "expected"), EDUCATION)
def test_education(raw: str, expected: str | None) -> None:
    assert parse_education(raw) == expected
