"""Skills rules following the guide rules R58–R62 (fifteenth session, operations and data): families of phrasings.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R61: running or optimising a marketplace's on-site ads in an operations job is the ads id only; budget, bid,
        # plan or target wording adds ad campaign management, and an ads job keeps it (R16).
        ("Lazada运营", "负责站内广告的投放与优化，控制ACoS。", "skill:onsite_ppc", "skill:ad_campaign_management"),
        ("Shopee运营", "负责关键词广告投放，提升店铺销量。", None, "skill:ad_campaign_management"),
        (
            "Amazon Operations Specialist",
            "Run Sponsored Products ads and optimise ROAS.",
            None,
            "skill:ad_campaign_management",
        ),
        ("亚马逊运营", "负责站内广告投放，合理分配预算。", "skill:ad_campaign_management", None),
        ("速卖通运营", "开通直通车推广，控制推广费用。", "skill:ad_campaign_management", None),
        ("亚马逊运营", "负责SP广告的创建和调价，控制ACoS在目标范围内。", "skill:ad_campaign_management", None),
        ("亚马逊运营", "策划站内广告和秒杀活动。", "skill:ad_campaign_management", None),
        (
            "Amazon Account Manager",
            "Optimise Sponsored Products campaigns; keep TACoS under 15%.",
            "skill:ad_campaign_management",
            None,
        ),
        (
            "Amazon Account Manager",
            "Optimise Sponsored Products campaigns; keep TACoS under control.",
            None,
            "skill:ad_campaign_management",
        ),
        ("亚马逊广告专员", "负责站内广告的投放与优化。", "skill:ad_campaign_management", None),
        # Budget wording without a marketplace's ads in the posting is no ad work by itself.
        ("行政专员", "合理分配预算，控制办公费用。", None, "skill:ad_campaign_management"),
        # R59: producing reports of business figures is reporting: a recurring summary or report the hire writes, or
        # figures reported to a manager at a set interval.
        ("拼多多运营", "每日统计销售数据并汇报。", "skill:reporting", None),
        ("亚马逊铺货运营", "每周汇总上架数量和出单情况。", "skill:reporting", None),
        ("物流专员", "每周整理头程在途库存和费用报表。", "skill:reporting", None),
        ("亚马逊运营助理", "协助整理广告报表和销售数据。", "skill:reporting", None),
        ("DTC Growth Marketer", "Report CAC, MER and LTV by cohort to the founders.", "skill:reporting", None),
        # Not reporting: a market, selection or competitor report (market research), a test report, reading or
        # analysing a report others produce, customer feedback passed on, or a finance or HR report (R43).
        ("选品专员", "分析BSR榜单和评论痛点，输出选品报告。", None, "skill:reporting"),
        ("海外市场专员", "收集竞品信息，每季度整理市场报告。", None, "skill:reporting"),
        ("AIGC运营", "测试新的AI工具，输出测评报告。", None, "skill:reporting"),
        ("中东站运营", "分析销售报表和广告数据，调整价格。", None, "skill:reporting"),
        ("日语客服", "整理客户反馈的问题，每周汇总给产品部门。", None, "skill:reporting"),
        ("招聘专员", "维护招聘数据，每周输出招聘周报。", None, "skill:reporting"),
        ("人力资源专员", "协助完成人力资源各类报表的统计。", None, "skill:reporting"),
        # R60: knowing a market's consumers' habits is market knowledge, not user behaviour analysis.
        ("亚马逊欧洲站运营", "了解欧洲各国消费者的购物习惯和节日。", None, "skill:user_behavior_analysis"),
        # R62: tuning an ad campaign's keywords is keyword research (also beside the bids and with negative keywords);
        # a keyword's bid alone or the ad type's name is not.
        ("Walmart运营", "开Sponsored Products广告，优化关键词和出价。", "skill:keyword_research", None),
        ("亚马逊运营助理", "配合主管添加否定关键词，下载广告报表。", "skill:keyword_research", None),
        ("亚马逊运营", "负责优化关键词出价，控制ACoS。", None, "skill:keyword_research"),
        ("Shopee运营", "开通关键词广告，跟进订单。", None, "skill:keyword_research"),
        # R24: Tmall's ad tools without an id of their own give the generic ads id.
        ("天猫运营", "操作万相台、引力魔方等推广工具。", "skill:ad_campaign_management", None),
    ],
)
def test_r58_skill_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
