"""Skills rules of the align11 round (R86 a marketplace's ads written generically; R15 / R97 several sites): families
of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R86: 广告 in a list of a marketplace store's duties is that marketplace's on-site ads; the same words in a
        # list of figures for a dashboard or report are not.
        ("美客多运营", "负责美客多店铺运营，包括商品上架、定价、广告和库存。", "skill:onsite_ppc", None),
        ("运营数据分析", "负责亚马逊店铺运营数据：搭建店铺销售、广告和库存的数据看板。", None, "skill:onsite_ppc"),
        # R86: the ads budget reviewed or held in a marketplace operations role; a director's budget over channels
        # (统筹) is left as it was.
        ("亚马逊运营经理", "负责亚马逊店铺运营；审核广告预算与投放节奏。", "skill:onsite_ppc", None),
        ("运营总监", "负责亚马逊运营；统筹广告预算分配。", None, "skill:onsite_ppc"),
        # R86: a marketplace and its ads in one clause ("亚马逊…站点的广告策略"); a team or a report of ads is not.
        ("欧洲站广告主管", "负责亚马逊德国、法国站点的广告策略制定。", "skill:onsite_ppc", None),
        ("运营总监", "现有团队：亚马逊运营3个小组、广告中心。", None, "skill:onsite_ppc"),
        # R86 in English: the marketplace store's duties listed with its ads; Facebook ads beside them are not.
        (
            "Marketplace Operator",
            "Run our eBay store: listings, pricing, promotions and ad campaigns.",
            "skill:onsite_ppc",
            None,
        ),
        (
            "Marketplace Operator",
            "Operate our Allegro store; run Facebook ads for the brand page.",
            None,
            "skill:onsite_ppc",
        ),
        # 1688's own ads product (找货推广) beside the 1688 sourcing words.
        ("1688店铺运营", "负责1688店铺运营，操作1688找货推广。", "skill:onsite_ppc", None),
        # R15 / R97: several regional or country sites joined by 及 ("北美及欧洲站点"), and a marketplace's Gulf sites
        # written as codes ("Noon UAE / KSA"), in an operations role; one region's site is not several.
        ("亚马逊运营经理", "负责亚马逊北美及欧洲站点的运营管理。", "skill:multi_site_operations", None),
        ("亚马逊运营", "负责亚马逊北美站的日常运营。", None, "skill:multi_site_operations"),
        ("Noon运营", "负责Noon UAE / KSA 店铺日常运营：上架、定价。", "skill:multi_site_operations", None),
        # R78: sales figures named in a list under a data head (数据整理（销量、…）, 看数据：…、销售额) are sales
        # analysis; a sales target or forecast beside the data head is not.
        ("亚马逊运营助理", "协助数据整理（销量、流量、广告报表）。", "skill:sales_analysis", None),
        ("运营", "每天看数据：曝光、点击、转化、销售额。", "skill:sales_analysis", None),
        ("运营", "做数据汇总并拆解销量目标。", None, "skill:sales_analysis"),
        # R78 in English: tracking sales in a list of the store's figures; tracking sales leads is not.
        ("Marketplace Executive", "Track sales, returns and ratings every week.", "skill:sales_analysis", None),
        ("Sales Assistant", "Track sales leads in the CRM.", None, "skill:sales_analysis"),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
