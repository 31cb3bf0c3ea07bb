"""Skills rules of the fifteenth session's guide rules R68–R72 (stores and content): families of phrasings.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R68: a store on a marketplace without an operations id of its own is store operations, also beside the
        # Amazon store the same hire runs; an Amazon store alone is the marketplace's id only.
        ("日本站运营", "负责亚马逊日本站及乐天店铺的运营，日语N2。", "skill:store_operations", None),
        ("日本站运营", "负责亚马逊日本站及乐天店铺的运营，日语N2。", "skill:amazon_operations", None),
        ("欧洲站运营", "负责Kaufland德国站和亚马逊德国站的日常运营。", "skill:store_operations", None),
        ("亚马逊运营", "负责亚马逊美国站2-3个店铺的日常运营。", None, "skill:store_operations"),
        ("Trendyol运营专员", "商品上架、价格调整，回复买家问题，也做亚马逊。", "skill:store_operations", None),
        (
            "Marketplace Specialist",
            "Manage our Kaufland seller account: listings, pricing and stock. Also support our Amazon EU listings.",
            "skill:store_operations",
            None,
        ),
        # ... but wanted experience on a list of marketplaces, customer service for the store, or a colleague's
        # store operations is not running one.
        ("亚马逊运营", "负责亚马逊店铺运营。要求有亚马逊或乐天运营经验。", None, "skill:store_operations"),
        ("日语客服", "负责亚马逊日本站、乐天店铺的买家邮件回复。", None, "skill:store_operations"),
        ("广告优化师", "负责TikTok Ads投放，配合店铺运营冲大促。", None, "skill:store_operations"),
        ("采购专员", "根据运营备货需求在1688拍单，跟进交期。", None, "skill:store_operations"),
        # R72: cross-border operations as the hire's work or wanted experience in the body, not also e-commerce
        # operations; not the job's name (a title over a body naming the marketplace run, "诚聘跨境电商运营专员").
        ("运营总监", "负责跨境电商事业部整体运营，制定年度营收目标。", "skill:cross_border_operations", None),
        ("Shopee运营", "负责Shopee店铺上新。要求1年以上跨境电商平台运营经验。", "skill:cross_border_operations", None),
        ("Shopee运营", "负责Shopee店铺上新。要求1年以上跨境电商平台运营经验。", None, "skill:ecommerce_operations"),
        ("跨境电商运营（亚马逊）", "负责亚马逊美国站的日常运营，优化listing。", None, "skill:cross_border_operations"),
        ("运营", "现诚聘跨境电商运营专员一名，负责亚马逊美国站的日常运营。", None, "skill:cross_border_operations"),
        ("讲师", "有跨境电商多平台运营职业技能等级证书者优先。", None, "skill:cross_border_operations"),
        # R70: working in a Shopify store or Shopify know-how is shopify_store; the employer's Shopify app, content
        # written for Shopify pages, an order interface or a finance reconciliation are not.
        ("独立站运营", "熟悉Shopify后台，负责商品上架和主题调整。", "skill:shopify_store", None),
        ("海外市场经理", "负责公司Shopify应用在海外市场的推广，提升安装量。", None, "skill:shopify_store"),
        ("SEO专员", "撰写Shopify独立站博客和产品页，提升自然流量。", None, "skill:shopify_store"),
        ("海外仓客服", "帮客户对接Shopify、Walmart的订单接口，处理异常件。", None, "skill:shopify_store"),
        ("电商会计", "负责亚马逊、Shopify的销售回款核对。", None, "skill:shopify_store"),
    ],
)
def test_r68_r72_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
