"""Skills rules of R58, R69 and R71 (tests/gold/README.md, fifteenth session): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R69: a listing's 主图视频 is a video, not product image design; designing the 主图 is.
        ("亚马逊运营", "负责剪辑主图视频，上传到listing。", None, "skill:product_image_design"),
        ("亚马逊美工", "负责产品主图和副图设计。", "skill:product_image_design", None),
        # R69: 场景图 shot in the studio is photography; composing a 场景图 is image design.
        ("产品摄影师", "负责棚拍白底图、场景图和细节图。", None, "skill:product_image_design"),
        ("电商美工", "负责精修白底图，合成场景图。", "skill:product_image_design", None),
        # R69: an e-commerce designer's 宝贝图片 / listing图片 are product images.
        ("淘宝美工", "负责店铺宝贝图片的设计和更新。", "skill:product_image_design", None),
        ("跨境视觉设计师", "统一亚马逊Listing图片和A+页面的视觉风格。", "skill:product_image_design", None),
        # R69: product images asked of a non-designer in English, also as a plus; not where a team makes them.
        (
            "International Sales Executive",
            "Can use basic Photoshop for product images.",
            "skill:product_image_design",
            None,
        ),
        (
            "AIGC Content Specialist",
            "Produce lifestyle scenes and backgrounds with Midjourney.",
            "skill:product_image_design",
            None,
        ),
        (
            "Amazon PPC Specialist",
            "Our creative team (they produce all main images) works with you.",
            None,
            "skill:product_image_design",
        ),
        # R69: helping a photographer at the shoot is the photographer's job; the hire's own shooting is photography.
        ("电商美工", "配合摄影师完成产品拍摄，负责后期精修。", None, "skill:product_photography"),
        ("电商摄影师", "负责产品拍摄和白底图拍摄。", "skill:product_photography", None),
        ("Etsy运营", "上新、写标题、拍图修图、回买家消息。", "skill:product_photography", None),
        # R69: taking photos of samples or goods as a merchandiser or sample clerk is no product photography.
        ("外贸跟单员", "样品跟进：样品的打样、拍照、寄样。", None, "skill:product_photography"),
        ("跟单QC", "会用手机拍清晰的产品照片，写验货报告。", None, "skill:product_photography"),
        # R71: editing short videos is making them; creators' videos, video briefs, data and a feel for hits are not.
        ("跨境电商美工", "负责TikTok商品图和短视频的简单剪辑。", "skill:short_video", None),
        ("Social Media Specialist", "Shoot and edit short-video clips for our accounts.", "skill:short_video", None),
        ("Video Editor", "Edit UGC clips into vertical videos for Reels.", "skill:short_video", None),
        ("抖店运营", "对接抖音达人，安排达人带货和短视频种草。", None, "skill:short_video"),
        ("广告投手", "与素材团队对接，提出短视频素材需求。", None, "skill:short_video"),
        ("TikTok Shop运营", "根据短视频数据判断爆款潜力。", None, "skill:short_video"),
        ("直播运营", "公司是淘宝优秀短视频机构。", None, "skill:short_video"),
        # R71: a platform's id is for the brand's account, not creators found there, ads run there or an inbox.
        (
            "Influencer Specialist",
            "Find and contact TikTok, Instagram and YouTube creators.",
            None,
            "skill:instagram_operations",
        ),
        (
            "Growth Marketer",
            "Run paid media across Meta, Google (PMax, Search, YouTube) ads.",
            None,
            "skill:youtube_operations",
        ),
        ("海外营销经理", "有YouTube测评合作经验者优先。", None, "skill:youtube_operations"),
        ("客服主任", "处理WhatsApp、Facebook Messenger及电话查询。", None, "skill:facebook_operations"),
        (
            "海外社媒运营",
            "运营海外社交媒体账号（Instagram、YouTube），策划内容与活动。",
            "skill:youtube_operations",
            None,
        ),
        # R71: knowing social media culture, rules or 舆论生态 for influencer or PR work is not social media operations.
        ("海外红人营销专员", "熟悉欧美社交媒体文化，会用红人搜索工具。", None, "skill:social_media_operations"),
        ("海外红人营销专员", "熟悉各社媒平台规则和红人生态。", None, "skill:social_media_operations"),
        ("海外公关经理", "熟悉海外社交媒体的舆论生态。", None, "skill:social_media_operations"),
        ("跨境電商行銷專員", "撰寫商品頁文案及社群貼文。", "skill:social_media_operations", None),
        # R58: 各平台 / a count of platforms / "both platforms" / plural marketplaces as the remit.
        ("电商运营", "负责各平台店铺的搭建和日常运营。", "skill:multi_platform_operations", None),
        ("国际站运营兼亚马逊运营", "能接受一个人负责两个平台的工作量。", "skill:multi_platform_operations", None),
        ("Supplier Account Manager", "Grow our business with both platforms.", "skill:multi_platform_operations", None),
        (
            "Marketplace Coordinator",
            "We manage marketplaces for consumer brands.",
            "skill:multi_platform_operations",
            None,
        ),
        ("PPC Specialist", "Manage campaigns on Amazon EU marketplaces.", None, "skill:multi_platform_operations"),
        # R58: a second marketplace the hire only helps open, or joins in deciding on, is not the remit.
        ("Walmart运营", "协助开拓亚马逊、Target Plus等新渠道。", None, "skill:multi_platform_operations"),
        ("亚马逊运营总监", "参与新渠道（如Temu半托管）的开拓决策。", None, "skill:multi_platform_operations"),
        ("Allegro运营", "负责开拓其他欧洲平台。", "skill:multi_platform_operations", None),
        # R58: a certificate's name is no remit.
        ("跨境电商讲师", "有跨境电商多平台运营职业技能等级证书者优先。", None, "skill:multi_platform_operations"),
        ("跨境电商运营", "负责多平台运营，提升店铺销量。", "skill:multi_platform_operations", None),
    ],
)
def test_r58_r69_r71(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
