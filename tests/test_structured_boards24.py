"""Structured fields on other boards' real raw values (st24): the four mechanisms a blind check on 302 values of
拉勾, BOSS直聘, 智联, 猎聘, 前程无忧 2020, JobsDB HK, onlinejobs.ph, 104 / CakeResume and LinkedIn found wrong
(tests/gold/README.md, "Salary", "Education, experience")."""

from __future__ import annotations

import pytest
from salary_case import UNKNOWN, expected_salary

from nlp.education import parse_education
from nlp.experience import parse_experience
from nlp.location import parse_location
from nlp.salary import parse_salary

NEGOTIABLE = expected_salary(None, None, period="unknown", currency=None, negotiable=True)

# Pay per piece, order or thousand characters is no pay per month: unknown, unless a time period is quoted too
# or a base pay is named. English "depends on experience" is 面议.
SALARY = [
    ("論件計酬3,000~8,000元", UNKNOWN),  # 104: piece rate
    ("计件工资 4000-7000", UNKNOWN),
    ("按件计酬 200-300元", UNKNOWN),
    ("60-100元/千字", UNKNOWN),  # a translator's or writer's rate
    ("6元/单", UNKNOWN),  # a rider's rate per order
    ("3元/件", UNKNOWN),
    ("Depends on experience", NEGOTIABLE),  # onlinejobs.ph
    ("Commensurate with experience", NEGOTIABLE),
    ("Salary based on experience", NEGOTIABLE),
    # guards: a time period or a base pay keeps the figure
    ("4500-7000元/月（计件）", expected_salary(4500.0, 7000.0)),
    ("底薪2500+计件", expected_salary(2500.0, 2500.0)),  # st27: a named component after + is fixed pay
    ("8-12k·13薪", expected_salary(8000.0, 12000.0, months=13)),
    ("5000-6000元/月 单休", expected_salary(5000.0, 6000.0)),
    ("$0.05 per word", UNKNOWN),
    ("Negotiable", NEGOTIABLE),
    ("$600/month for 40 hours/week + Performance Bonuses", expected_salary(600.0, 600.0, currency="USD")),
    ("月薪50,000~70,000元", expected_salary(50000.0, 70000.0)),
]


@pytest.mark.parametrize(("raw", "expected"), SALARY)
def test_salary(raw: str, expected: dict[str, object]) -> None:
    assert parse_salary(raw) == expected


# A list of accepted levels (104: "大學、碩士") asks the lowest; a part may be a whole value ("大学"). JobsDB Hong
# Kong's qualification values are levels. "N/A" names no level, as "Not Applicable" does: the description speaks.
EDUCATION = [
    ("大學、碩士", None, "bachelor"),
    ("大学/硕士", None, "bachelor"),
    ("Non-Degree Tertiary", None, "associate"),
    ("Matriculated", None, "high_school"),
    ("School Certificate", None, "high_school"),
    ("HKCEE", None, "high_school"),
    ("N/A", "本科及以上学历", "bachelor"),
    ("N/A", None, None),
    # guards
    ("高中、專科、大學", None, "high_school"),
    ("本科/硕士", None, "bachelor"),
    ("Degree", None, "bachelor"),
    ("Postgraduate", None, "master"),
    ("大學", None, "bachelor"),
    ("不限", "本科及以上学历", "none_required"),
    ("(N/A)", None, None),
    ("Not Applicable", "本科及以上学历", "bachelor"),
]


@pytest.mark.parametrize(("raw", "description", "level"), EDUCATION)
def test_education(raw: str, description: str | None, level: str | None) -> None:
    assert parse_education(raw, description) == level


EXPERIENCE = [
    ("N/A", None, None, None),  # JobsDB: no years stated
    ("N/A", "3年以上工作经验", 3, None),
    # guards
    ("Not Applicable", "3年以上工作经验", 3, None),
    ("不限", "3年以上工作经验", 0, None),
    ("3 years", None, 3, None),
    ("1年以内", None, 0, 1),
    ("无需", None, 0, None),
    ("经验3-5年", None, 3, 5),
]


@pytest.mark.parametrize(("raw", "description", "low", "high"), EXPERIENCE)
def test_experience(raw: str, description: str | None, low: float | None, high: float | None) -> None:
    assert parse_experience(raw, description) == {"min_years": low, "max_years": high}


# English place names (LinkedIn, English career sites): the prefecture-level cities beyond the biggest, and Taiwan's
# municipalities; the longest name wins at each word ("New Taipei" is not also "Taipei").
LOCATION = [
    ("Shantou, Guangdong, China", "广东省", "汕头市"),
    ("Chaoyang, Shantou, Guangdong, China", "广东省", "汕头市"),
    ("Yantai, Shandong, China", "山东省", "烟台市"),
    ("Xuzhou, Jiangsu, China", "江苏省", "徐州市"),
    ("Zibo, Shandong Province", "山东省", "淄博市"),
    ("Kaohsiung City, Taiwan", "台湾省", "高雄市"),
    ("New Taipei City, Taiwan", "台湾省", "新北市"),
    # guards
    ("Taipei City, Taiwan", "台湾省", "台北市"),
    ("Suzhou, Jiangsu, China", "江苏省", "苏州市"),
    ("Shenzhen, Guangdong, China", "广东省", "深圳市"),
    ("Kowloon Bay, Kowloon, Hong Kong", "香港特别行政区", "香港特别行政区"),
    ("Hsinchu, Taiwan", "台湾省", "新竹市"),  # Taiwan's provincial cities and counties since hy25
    ("Guangdong, China", "广东省", None),
]


@pytest.mark.parametrize(("raw", "province", "city"), LOCATION)
def test_english_place_names(raw: str, province: str | None, city: str | None) -> None:
    out = parse_location(raw)
    assert (out["country"], out["province"], out["city"]) == ("CN", province, city)
