"""Skills rules for the guide's data-and-analysis rules R78–R82 (fifteenth session): families of phrasings, not rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R78: analysing figures of a kind with an id of its own (ads, traffic, sales, competitors) gives that id,
        # not data_analysis; a seller tool's data with no figures named is the generic id.
        ("广告专员", "分析广告投放数据，输出周报。", "skill:ad_metrics_optimization", "skill:data_analysis"),
        ("Shopee运营", "统计每日访客与流量数据。", None, "skill:data_analysis"),
        ("天猫运营", "分析生意参谋数据，调整运营策略。", "skill:data_analysis", None),
        # R78: 数据分析 inside a kind's phrase (竞争对手数据分析, 网站流量数据分析) is the kind only.
        ("市场专员", "负责竞争对手数据分析，提出应对建议。", "skill:competitor_analysis", "skill:data_analysis"),
        ("独立站运营", "负责网站流量数据分析。", "skill:traffic_analysis", "skill:data_analysis"),
        # R78: live-session, video, content or creator figures have no id of their own: data_analysis.
        ("TikTok编导", "分析短视频完播率和互动数据，优化选题。", "skill:data_analysis", None),
        ("达人营销专员", "追踪每次合作的曝光、点击和转化数据，评估ROI。", "skill:data_analysis", None),
        ("直播运营", "复盘每场直播数据，提出改进建议。", "skill:data_analysis", None),
        (
            "Creator Partnerships",
            "Track GMV and video views per creator in a shared sheet.",
            "skill:data_analysis",
            None,
        ),
        # R78 / R81: the store's traffic and conversion figures analysed are traffic_analysis, in English too.
        (
            "Amazon Account Manager",
            "Track sessions and conversion in Business Reports every week.",
            "skill:traffic_analysis",
            "skill:conversion_rate_optimization",
        ),
        ("天猫运营", "分析生意参谋数据，找出流量、转化问题并优化。", "skill:traffic_analysis", None),
        # R81: conversion reviewed or logged as one of a live session's, content's or the day's figures is not CRO;
        # raising it is.
        (
            "直播运营",
            "配合主播复盘直播数据（在线人数、停留时长、转化率）。",
            None,
            "skill:conversion_rate_optimization",
        ),
        ("短视频编导", "根据完播率、互动率、CTR等数据迭代素材。", None, "skill:conversion_rate_optimization"),
        ("美工", "根据运营数据反馈（点击率、转化率）优化主图。", None, "skill:conversion_rate_optimization"),
        ("亚马逊运营", "优化listing，提升转化率。", "skill:conversion_rate_optimization", None),
        # R80: Excel tied to a use (collating, tables) is excel; a table with no Excel named is not.
        ("关务专员", "熟练使用Excel整理申报要素和商品归类表。", "skill:excel", None),
        ("运营助理", "会用Excel做基础表格，细心。", "skill:excel", None),
        ("网站编辑", "搜集相关经济数据，并整理成表格。", None, "skill:excel"),
        # R82: stock counts and discrepancies in warehouse work are warehouse work, not stock planning; an analyst's
        # inventory metrics are the analysis ids; planning or controlling sellable stock is inventory_planning.
        ("海外仓专员", "对接海外仓，处理入库、库存盘点与退货。", None, "skill:inventory_planning"),
        ("仓管", "每周盘库存，保证账实相符。", None, "skill:inventory_planning"),
        (
            "跨境电商数据分析师",
            "搭建经营指标体系，覆盖销售、广告、库存、利润等模块。",
            None,
            "skill:inventory_planning",
        ),
        ("亚马逊运营", "监控库存水平，制定补货计划，避免断货。", "skill:inventory_planning", None),
    ],
)
def test_r78_r82_skill_rules(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
