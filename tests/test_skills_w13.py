"""Skills rules from the fourteenth tuning round (the written13 tune half: short Chinese mobile-board posts and English
posts from LinkedIn, JobsDB and Upwork-style boards): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A marketplace role named with its marketplaces runs those stores day to day: each one's store operations.
        ("Marketplace Specialist (Lazada)", "Upload products and join campaigns.", "skill:lazada_operations", None),
        ("Walmart & Etsy Marketplace Coordinator", "Keep listings accurate.", "skill:walmart_operations", None),
        ("Walmart & Etsy Marketplace Coordinator", "Keep listings accurate.", "skill:etsy_operations", None),
        ("eBay Virtual Assistant (Part-Time)", "Answer buyer messages daily.", "skill:ebay_operations", None),
        # A marketplace job named by one function is that function, not the store's operations.
        ("Amazon PPC Virtual Assistant", "Adjust bids weekly.", None, "skill:amazon_operations"),
        ("Shopee Graphic Designer", "Design banners for campaigns.", None, "skill:shopee_operations"),
        # Dealing with a forwarder (sending it labels, coordinating shipments, booking through it) is no
        # freight-forwarding skill, also in a logistics job (R63); forwarding experience is.
        ("Sourcing Specialist", "Coordinate with our forwarder.", None, "skill:freight_forwarding"),
        ("Amazon Assistant", "Send the carton labels to the forwarders.", None, "skill:freight_forwarding"),
        ("Logistics Coordinator", "Book shipments with forwarders.", None, "skill:freight_forwarding"),
        ("Sourcing Specialist", "2+ years of freight forwarding experience.", "skill:freight_forwarding", None),
        # Mobile-board ad slang: 拓词 / 挖词 (finding search terms) is keyword research, 冲排名 ranking work, the ad
        # structure (广告结构, 广告搭建) campaign management.
        ("亚马逊PPC", "每天看搜索词报告拓词，控制ACOS。", "skill:keyword_research", None),
        ("亚马逊运营", "新品期配合推广冲排名。", "skill:product_ranking", None),
        ("亚马逊广告", "熟悉广告结构和竞价逻辑，会调预算。", "skill:ad_campaign_management", None),
        # 改图 (touching up pictures) is retouching; 报活动 (signing up to platform campaigns) is on-platform
        # promotions, but not 汇报活动 (reporting on an event).
        ("Temu运营", "会用PS简单改图。", "skill:image_retouching", None),
        ("Shopee运营", "负责上新、报活动、维护价格。", "skill:platform_promotions", None),
        ("行政专员", "每月汇报活动经费使用情况。", None, "skill:platform_promotions"),
    ],
)
def test_skills_w13(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
