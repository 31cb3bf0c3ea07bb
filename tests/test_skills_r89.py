"""Skills rules for guide rules R89 and R90 (content marketing, marketing planning, brand marketing): families of
phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R89: a content calendar is content planned as a programme.
        ("社媒运营", "负责品牌Instagram账号，制定每周内容日历并按时发布。", "skill:content_marketing", None),
        # R89: owning editorial content (English); writing posts with no programme wording is copywriting only.
        ("Content Specialist", "You will own editorial content for our Shopify blog.", "skill:content_marketing", None),
        ("Marketing Assistant", "Write product descriptions for the website.", None, "skill:content_marketing"),
        # R89: short-video programme content is short_video, also with a word between.
        ("短视频编导", "负责短视频节目内容策划与拍摄统筹。", None, "skill:content_marketing"),
        # R83 / R70: listing content and a store site's content updates are not a content programme.
        (
            "AIGC内容运营（Listing文案）",
            "用AI工具批量撰写亚马逊Listing标题和五点描述。",
            None,
            "skill:content_marketing",
        ),
        ("Shopee运营", "维护商品内容、价格与库存，处理订单。", None, "skill:content_marketing"),
        ("独立站运营", "负责Shopify网站内容更新和上新。", None, "skill:content_marketing"),
        (
            "Amazon Content Specialist",
            "2 years producing e-commerce content for marketplaces.",
            None,
            "skill:content_marketing",
        ),
        # R89: moderating or following up creators' posts, a site's content structure (SEO), the content team's
        # scripts, writing articles of a kind ("运营类的内容") and an activity page (运营活动专题) are not it.
        ("红人营销专员", "跟进寄样物流、内容审核、发布时间。", None, "skill:content_marketing"),
        ("SEO专员", "做关键词调研，规划网站内容结构。", None, "skill:content_marketing"),
        ("TikTok店铺运营", "统筹直播节奏，和内容团队一起策划脚本。", None, "skill:content_marketing"),
        ("视觉设计师", "参与大促运营活动专题设计。", None, "skill:content_marketing"),
        # ... while publishing and planning a brand's own content are.
        ("新媒体运营", "负责公众号内容发布与粉丝互动。", "skill:content_marketing", None),
        ("品牌内容运营", "负责品牌小红书账号的内容规划，撰写笔记文案。", "skill:content_marketing", None),
        # R90: a marketing rhythm or calendar the hire sets is marketing planning; one followed is an input.
        ("独立站运营经理", "制定新品上市与大促营销节奏。", "skill:marketing_planning", None),
        ("海外营销经理", "配合黑五、圣诞制定营销日历和投放节奏。", "skill:marketing_planning", None),
        ("运营专员", "配合营销节奏完成上新。", None, "skill:marketing_planning"),
        # R90: a marketing department's yearly plan or strategy.
        ("市场总监", "制定与实施市场部门年度计划。", "skill:marketing_planning", None),
        # R90 / R56: a campaign planned is event operations only; a PR or media communication strategy is PR.
        ("用户运营", "定期策划定向人群的营销活动，提高转化。", None, "skill:marketing_planning"),
        ("公关经理", "负责制定媒体传播策略，维护媒体关系。", None, "skill:marketing_planning"),
        ("品牌公关经理", "制定年度品牌传播策略与PR计划。", None, "skill:marketing_planning"),
        ("市场经理", "制定年度营销计划并推进执行。", "skill:marketing_planning", None),
        # R61: a marketplace ad tool's 推广计划 is ads work; studying a marketing strategy is analysis.
        ("拼多多运营助理", "协助开通和调整多多场景推广计划。", None, "skill:marketing_planning"),
        ("数据分析经理", "研究营销策略，监测关键指标。", None, "skill:marketing_planning"),
        # R90: a brand aim tacked onto salons, trade shows or PR copy is not brand marketing; a brand plan followed is
        # an input; a creator's own brand is not the employer's.
        ("KA销售", "组织卖家沙龙和线下活动，提升品牌影响力。", None, "skill:brand_marketing"),
        ("大客户销售", "参加行业大会、卖家沙龙，扩大公司品牌影响力。", None, "skill:brand_marketing"),
        ("公关经理", "撰写行业或深度稿件，提升品牌影响力。", None, "skill:brand_marketing"),
        ("文案策划", "根据公司品牌推广计划，策划阶段性选题。", None, "skill:brand_marketing"),
        ("达人运营", "负责笔记达人品牌的打造。", None, "skill:brand_marketing"),
        # ... while brand work as the duty, or a brand aim of the hire's marketing, is.
        ("市场推广专员", "通过借势营销、跨域营销提升品牌影响力。", "skill:brand_marketing", None),
        ("品牌经理", "负责品牌推广与品牌建设。", "skill:brand_marketing", None),
        ("市场专员", "制定年度品牌推广计划并执行。", "skill:brand_marketing", None),
        ("新媒体运营", "参与公司整体品牌、产品的推广，根据实际项目进行整体构思。", "skill:brand_marketing", None),
    ],
)
def test_r89_r90_skill_rule(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
