"""Skills on ordinary ads (seventeenth session, helper sk17e): the errors of written17's tune half in the platform,
content, advertising and AI-tool categories, as general lines: fan growth on an account (R46), creators contacted
or kept (主播, UP主, YouTuber: creator outreach), short-video scripts (R71), live lessons organised (R91), a word inside
a longer one (多平台运营 in 拼多多平台运营), seeding placements (种草投放, R5), content hits (爆款规律), a news feed
that is a product (信息流), optimising on-site ads' results (R61), deal sites, a metric in a bracketed list (留存),
a regulator's policy changes, named JD ad products (R24), CPS cooperation (affiliate) and raised sales as the
duty's aim.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R46: raising an account's fans is community work; fans as a figure only are not.
        ("新媒体运营", "负责公众号日常运营，提升粉丝量和阅读量", "skill:community_operations", None),
        ("短视频运营", "研究平台推荐机制，提升账号粉丝数和播放量", "skill:community_operations", None),
        ("新媒体运营", "每周统计粉丝量和阅读量，输出周报", None, "skill:community_operations"),
        ("新媒体运营", "有从0到1做起万粉账号的案例优先", "skill:community_operations", None),
        ("短视频运营", "有独立运营10万粉以上账号经验者优先", "skill:community_operations", None),
        ("电商运营", "公司天猫旗舰店粉丝120万，年销售额2亿元", None, "skill:community_operations"),
        # Creators contacted or kept: 主播 / UP主 / YouTuber worked with from outside; hosts worked beside are not.
        ("社区运营", "维护与主播、UP主的关系，策划社区活动", "skill:creator_outreach", None),
        ("电商运营", "对接主播和淘宝客渠道，拓展站外流量", "skill:creator_outreach", None),
        ("海外市场推广", "与海外YouTuber、游戏媒体建立合作", "skill:creator_outreach", None),
        ("直播运营", "与主播、场控配合，复盘每场直播数据", None, "skill:creator_outreach"),
        ("直播运营", "负责维护经纪人、主播工作，解决日常问题", None, "skill:creator_outreach"),
        # R71: a short-video script is short-video work and video scripting; a video script alone is scripting.
        ("新媒体运营", "能独立完成公众号长文和短视频脚本", "skill:short_video", None),
        ("新媒体运营", "能独立完成公众号长文和短视频脚本", "skill:video_scripting", None),
        ("视频编导", "撰写产品视频脚本，指导拍摄", None, "skill:short_video"),
        # R91: live lessons organised or planned sell the offer; a live-lesson product or staff training does not.
        ("运营助理", "协助组织线上直播课和线下客户沙龙", "skill:livestreaming", None),
        ("运营", "策划线上直播课，担任讲师", "skill:livestreaming", None),
        ("商家运营", "组织商家培训和线上直播课，帮助商家用好产品", None, "skill:livestreaming"),
        ("产品经理", "负责直播课业务后端产品的规划", None, "skill:livestreaming"),
        # A term inside a longer word: 多平台运营 in 拼多多平台运营 is one marketplace.
        ("京东运营", "有天猫或拼多多平台运营经验者可考虑", None, "skill:multi_platform_operations"),
        ("电商运营", "负责天猫、京东多平台运营", "skill:multi_platform_operations", None),
        # R5: 种草投放 with creators is seeding, one concept; an ads placement stays the ads id.
        ("小红书运营", "对接小红书博主、抖音达人，做种草投放", "skill:seeding_marketing", None),
        ("小红书运营", "对接小红书博主、抖音达人，做种草投放", None, "skill:ad_campaign_management"),
        ("信息流优化师", "负责巨量引擎广告投放，优化转化成本", "skill:ad_campaign_management", None),
        # 爆款 of content (its rules, notes) or a potential judged is no best-seller building; building one is.
        ("新媒体运营", "分析笔记和视频的互动数据，总结爆款规律", None, "skill:bestseller_building"),
        ("TikTok运营", "根据短视频和直播数据判断爆款潜力，及时加投或放弃", None, "skill:bestseller_building"),
        ("亚马逊运营", "负责新品推广，打造爆款", "skill:bestseller_building", None),
        # 信息流 is the ads channel only beside ad words: a news feed a product manager designs is not.
        ("内容产品经理", "负责资讯信息流的内容生态产品，包括创作者工具", None, "skill:feed_ads"),
        ("网络推广", "负责今日头条等信息流渠道的投放", "skill:feed_ads", None),
        # R61: optimising a marketplace's on-site ads' results is the ads id only; in an ads job, or analysed, it
        # is the metrics id.
        ("京东店铺运营", "负责京东快车投放，优化投放效果", None, "skill:ad_metrics_optimization"),
        ("小红书运营", "分析聚光数据，优化投放效果", "skill:ad_metrics_optimization", None),
        ("京东店铺运营", "负责京东快车投放，分析投放效果", "skill:ad_metrics_optimization", None),
        # R24: a named JD ad product with no id of its own gets the generic ads id beside the on-site ads.
        ("京东店铺运营", "负责京准通（快车、购物触点）投放", "skill:ad_campaign_management", None),
        # CPS as a cooperation or commission model is affiliate work; CPSC (a US regulator) and CPS among ad
        # pricing forms known are not.
        ("商务BD", "熟悉手游发行流程，了解联运、CPS等合作模式", "skill:affiliate_marketing", None),
        ("红人营销", "谈合作方式和报价（寄样置换、CPS佣金、固定费用）", "skill:affiliate_marketing", None),
        ("沃尔玛运营", "了解CPSC、CPC儿童产品认证", None, "skill:affiliate_marketing"),
        ("媒介经理", "了解CPM，CPC、CPI、CPS等网络营销形式", None, "skill:affiliate_marketing"),
        # Deal sites are off-site promotion, not the marketplace's own deals.
        ("亚马逊运营", "有站外推广（Deals网站）经验者加分", None, "skill:platform_promotions"),
        ("亚马逊运营", "报名Lightning Deals和Coupon活动", "skill:platform_promotions", None),
        # 留存 listed in brackets after tracked figures is a metric (R29/R78); raising it is user work (R50).
        ("游戏运营", "跟踪游戏各项数据（新增、留存、付费率等），提出改进建议", None, "skill:user_operations"),
        ("用户运营", "负责APP用户的拉新、促活、留存", "skill:user_operations", None),
        # A customs or regulator's policy changes are no marketplace rules; a platform's are.
        ("产品经理", "关注监管政策变化，确保产品合规", None, "skill:marketplace_rules"),
        ("报关员", "关注海关政策变化，为客户解答关务问题", None, "skill:marketplace_rules"),
        ("亚马逊运营", "关注平台政策变化，规避账号风险", "skill:marketplace_rules", None),
        # Raising sales as the aim of the hire's duty is sales target work; a channel's volume raised by choice of
        # products is not worded so.
        ("电商运营", "分析渠道数据，提高产品转化率和销售额", "skill:sales_target_management", None),
        ("亚马逊运营", "负责站内广告投放，提升店铺销售额和利润", "skill:sales_target_management", None),
        ("商家运营", "与行业运营一起规划选品计划，提升各渠道销售量", None, "skill:sales_target_management"),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
