"""Skills on ordinary ads (eighteenth session, helper sk18e): the errors of written18's tune half in the platform
operations, content and social, advertising and AI-tools categories, as general lines: a brand's accounts on named
platforms run in a clause that also runs their ads, community creators cultivated (creator outreach, not influencer
marketing), a brand promoted in a market, a 营销玩法 whose examples are a shop's promotions, an ads 推广计划 built,
conversion, clicks or retention read as analysed figures (R81), a marketplace's operations team worked with, a
GMV target, raising a product's or store's ranking, and raising conversion beside a landing page.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A brand's accounts on named platforms run are each platform's id, also where the clause runs their ads;
        # the ads named in brackets are those platforms' ads, not YouTube's.
        (
            "海外市场经理",
            "负责Facebook、Instagram、YouTube等社媒账号运营及广告投放（Facebook Ads、Google Ads）",
            "skill:instagram_operations",
            "skill:youtube_ads",
        ),
        (
            "海外市场经理",
            "负责Facebook、Instagram、YouTube等社媒账号运营及广告投放（Facebook Ads、Google Ads）",
            "skill:youtube_operations",
            None,
        ),
        ("社媒运营", "负责公司Twitter、Facebook账号的日常运营，策划帖子内容", "skill:twitter_operations", None),
        ("社媒运营", "负责公司Twitter、Facebook账号的日常运营，策划帖子内容", "skill:facebook_operations", None),
        # Ads accounts or creators on the platform are not the platform's page run.
        ("广告优化师", "负责Facebook广告账号运营，优化ROI", None, "skill:facebook_operations"),
        ("达人运营", "负责YouTube达人账号运营的对接", None, "skill:youtube_operations"),
        # Community creators cultivated are creator outreach (R17), not influencer marketing; a KOL campaign is.
        (
            "社区运营",
            "发现并培养社区KOC/达人，建立达人激励机制",
            "skill:creator_outreach",
            "skill:influencer_marketing",
        ),
        (
            "社区运营",
            "发掘、培养社区KOL和核心玩家，维护与主播的关系",
            "skill:creator_outreach",
            "skill:influencer_marketing",
        ),
        ("品牌经理", "策划KOL投放，与KOC合作推广新品", "skill:influencer_marketing", None),
        # A brand promoted in a market as the duty is brand marketing (R90); a designer's brand image is not.
        ("海外市场经理", "负责品牌在海外市场的整体推广策略，制定年度营销计划", "skill:brand_marketing", None),
        ("市场专员", "负责品牌在日本市场的线上营销，包括站内推广", "skill:brand_marketing", None),
        ("平面设计师", "负责品牌在线下门店的宣传物料设计", None, "skill:brand_marketing"),
        # 营销玩法 whose examples are a shop's promotions is platform_promotions only; bare 营销玩法 stays a plan.
        ("活动运营", "设计营销玩法（秒杀、拼团、砍价、满减）", None, "skill:marketing_planning"),
        ("活动运营", "设计营销玩法（秒杀、拼团、砍价、满减）", "skill:platform_promotions", None),
        ("活动运营", "策划平台营销活动，创新营销玩法营造活动氛围", "skill:marketing_planning", None),
        # A 推广计划 built (搭建) is ads campaign work (R90, R61); a promotion plan made is a plan.
        ("京东运营", "熟悉京东快车等推广工具，负责推广计划的搭建与优化", None, "skill:marketing_planning"),
        ("市场经理", "负责制定季度推广计划并跟进执行", "skill:marketing_planning", None),
        # R81: clicks and conversion analysed as figures are the analysis id; raised or owned they are CRO.
        (
            "信息流优化师",
            "监控投放数据，分析点击率、转化率、获客成本，及时调整出价",
            None,
            "skill:conversion_rate_optimization",
        ),
        ("电商运营", "优化详情页，提升店铺转化率", "skill:conversion_rate_optimization", None),
        # Raising conversion stays CRO beside a landing page (落地页); results carried out (转化落地) are not.
        (
            "课程运营",
            "配合市场部投放落地页和体验课，提升体验课到正价课的转化",
            "skill:conversion_rate_optimization",
            None,
        ),
        ("技术转移专员", "推动科研成果转化落地", None, "skill:conversion_rate_optimization"),
        # Retention in an analysed metric list (数据分析（DAU、留存…）) is analysis; raising retention is users' work.
        ("游戏运营", "通过数据分析（DAU、留存、付费率、ARPPU）评估版本和活动效果", None, "skill:user_operations"),
        ("用户运营", "负责提升用户留存和活跃，搭建会员体系", "skill:user_operations", None),
        # A marketplace's operations team worked with is a colleague (guide: colleagues); running the store is not.
        ("海外市场经理", "与亚马逊运营团队协作，为站外引流", None, "skill:amazon_operations"),
        ("运营专员", "负责亚马逊店铺的日常运营", "skill:amazon_operations", None),
        # A GMV target completed is a sales target (R43: GMV is sales wording).
        ("商务BD", "完成每月签约和GMV指标", "skill:sales_target_management", None),
        # Raising a product's or store's ranking is product_ranking; a search engine's ranking is SEO.
        ("亚马逊运营", "负责站内广告投放与优化，控制ACoS，提升店铺销量和排名", "skill:product_ranking", None),
        ("SEO专员", "提高网站在谷歌的自然排名和询盘量", None, "skill:product_ranking"),
        ("销售经理", "提升团队在公司的业绩排名", None, "skill:product_ranking"),
        # R89: topics chosen as the hire's own work are content marketing; topics mined or a thesis topic are not;
        # a game version's content plan is the product's content.
        ("新媒体运营", "独立完成选题、撰稿、排版及发布", "skill:content_marketing", None),
        ("新媒体运营", "负责选题、文案和拍摄脚本", "skill:content_marketing", None),
        ("运营助理", "完成论文选题的资料整理", None, "skill:content_marketing"),
        ("游戏运营", "负责手游的版本运营，包括版本内容规划、活动设计", None, "skill:content_marketing"),
        ("内容运营", "负责公众号的内容规划与日常运营", "skill:content_marketing", None),
        # R54: a forum run or maintained is forum work; a summit forum attended is not.
        ("社区运营", "有1年以上社区/论坛运营经验", "skill:reddit_forums", None),
        ("社区运营", "负责游戏官方论坛、贴吧、TapTap社区的日常维护与管理", "skill:reddit_forums", None),
        ("市场经理", "参加行业论坛和峰会，维护媒体关系", None, "skill:reddit_forums"),
        ("手机售后", "数码产品发烧友、智能手机论坛版主优先", None, "skill:reddit_forums"),
        # An analyst evaluating a colleague team's events is analysis; the hire's own events evaluated are events.
        ("数据运营", "配合运营团队做活动效果评估和用户画像分析", None, "skill:event_operations"),
        ("活动运营", "负责线上活动的策划执行，跟踪活动效果并复盘", "skill:event_operations", None),
        # A department's ads are a colleague's work; the hire's own ads are ad campaign management.
        ("课程运营", "配合市场部投放落地页和体验课", None, "skill:ad_campaign_management"),
        ("信息流优化师", "负责抖音信息流广告投放与优化", "skill:ad_campaign_management", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
