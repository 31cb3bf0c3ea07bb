"""Employment type → sorted list; full_time by default, the fields decide, the description only fills in."""

from __future__ import annotations

import pytest

from nlp.employment import parse_employment_type

CASES = [
    (("全职", "亚马逊运营", None, None), ["full_time"]),
    (("兼职", "跨境电商客服", None, None), ["part_time"]),
    ((None, "跨境电商运营实习生", None, None), ["internship"]),
    ((None, "亚马逊运营（远程）", None, None), ["full_time", "remote"]),
    ((None, "2025校招-跨境电商运营", None, None), ["campus", "full_time"]),
    ((None, "应届校园招聘-外贸业务员", None, None), ["campus", "full_time"]),
    ((None, "Shopify运营", "本岗位支持远程办公", ["五险一金"]), ["full_time", "remote"]),
    ((None, "TikTok Shop 运营", "可居家办公，兼职岗位", None), ["part_time", "remote"]),
    ((None, "International Sales Manager", None, None), ["full_time"]),
    (("PART_TIME", "Customer Service", None, None), ["part_time"]),
    (("INTERN", None, None, None), ["internship"]),
    (("CONTRACTOR", None, None, None), ["freelance"]),
    (("FULL_TIME", "Remote Amazon PPC Specialist", None, None), ["full_time", "remote"]),
    ((None, "独立站设计师", "自由职业者，项目制合作", None), ["freelance"]),
    ((None, "翻译", "非兼职，本岗位为全职", None), ["full_time"]),
    (("全职/兼职均可", "俄语客服", None, None), ["full_time", "part_time"]),
    ((None, "运营助理", "每周实习4天以上，可提供实习证明", None), ["internship"]),
    (("全职", "运营", "兼职岗位", None), ["full_time"]),  # the field decides the basic type
    ((None, "外贸业务员", None, ["远程办公", "双休"]), ["full_time", "remote"]),
    (
        (None, "亚马逊运营", "负责远程协助供应商处理售后", None),
        ["full_time"],
    ),  # 远程 alone is not remote work
    ((None, "自由职业翻译（日语）", None, None), ["freelance"]),
    ((None, None, None, None), ["full_time"]),
    (("兼職", "客服", None, None), ["part_time"]),
]


@pytest.mark.parametrize(("args", "expected"), CASES)
def test_types(
    args: tuple[str | None, str | None, str | None, list[str] | None], expected: list[str]
) -> None:
    assert parse_employment_type(*args) == expected
