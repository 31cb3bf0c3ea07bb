"""Skills rules from the written14 tune half: families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A quality inspector's report (验货报告, 不良品报告) is quality work, not reporting (which needs data).
        ("QC验货员", "到工厂验货，按AQL抽样出具验货报告。", None, "skill:reporting"),
        ("跟单员", "整理检品不良品照片和报告，反馈给工厂。", None, "skill:reporting"),
        ("运营助理", "每月整理销售数据，出具运营分析报告。", "skill:reporting", None),
        # A host appearing on camera in shoots (出镜拍摄) is no camera work: short video, not video shooting.
        ("带货主播", "撰写直播话术，并出镜拍摄短视频。", None, "skill:video_shooting"),
        ("带货主播", "参与短视频拍摄，出镜讲解产品。", "skill:short_video", None),
        ("摄影师", "负责产品短视频拍摄和剪辑。", "skill:video_shooting", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
