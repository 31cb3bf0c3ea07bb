"""Advertising, research and reporting ids where the guide and the extractor drew their boundaries apart
(twenty-first session, helper an21).

R61 / R86 / R16: a TikTok Shop's GMV Max or Spark Ads run, followed or optimised is `tiktok_ads` only, as a
marketplace's on-site ads are `onsite_ppc` only; `ad_campaign_management` joins it for budget, bids, a plan or
strategy (投流策略), or in an ads job. R62: `keyword_research` is keyword work on listings and ads; a website's SEO or
an app's ASO keywords are `seo` / `aso`. R61 / R78: 投产比 is an ad metric; analysing or following the ads' effect
(广告效果, 投放效果) is `ad_metrics_optimization`, a creator's is not. R79 / R59: category data analysed, a market's
动态 followed and a market report written are `market_research`. R59: reports of social metrics (engagement,
follower growth) and SEO reports are `reporting`; test reports under REACH are not. R78: creative figures analysed
(素材表现) and a live session's data reviewed are `data_analysis`.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

ACM = "skill:ad_campaign_management"
AMO = "skill:ad_metrics_optimization"
TTA = "skill:tiktok_ads"
KR = "skill:keyword_research"
MR = "skill:market_research"
REP = "skill:reporting"
DA = "skill:data_analysis"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # TikTok Shop ads run or optimised in a store job: tiktok_ads only (R61, R86).
        ("TikTok Shop美区运营", "负责店铺上新和达人合作；投放GMV Max等广告，关注ROI。", TTA, ACM),
        ("TikTok Shop运营", "把跑得好的达人视频做成Spark Ads投流，配合投手优化ROI。", None, ACM),
        ("东南亚TikTok Shop运营", "负责GMV Max广告投放，每天输出店铺数据日报。", TTA, ACM),
        # ... with budget, bids, a strategy, or in an ads job: both.
        ("TikTok Shop运营", "负责GMV Max广告投放，控制每月广告预算。", ACM, None),
        ("TikTok直播运营", "搭建直播间付费投流策略，熟练使用GMV Max和直播加热。", ACM, None),
        ("TikTok广告投手", "负责GMV Max和Spark Ads投放。", ACM, None),
        ("亚马逊运营", "负责站内广告投放，调整出价，控制ACoS。", ACM, None),
        # A website's SEO keywords planned or optimised are keyword_research since R120 (gold22); an app's ASO
        # keywords are left open (not given).
        ("独立站运营", "负责网站SEO（关键词布局、内链、博客内容），提升自然流量。", KR, None),
        ("欧洲站文案", "撰写产品页和邮件文案，优化SEO关键词。", KR, None),
        ("App推广经理", "负责ASO优化，包括关键词、截图和应用描述的本地化。", None, KR),
        # ... a listing's or an ad's keywords are.
        ("亚马逊运营", "优化listing标题关键词，做好后台埋词。", KR, None),
        ("亚马逊广告专员", "每周拓词否词，优化广告关键词。", KR, None),
        # 投产比 and the ads' effect analysed or followed: ad_metrics_optimization (R61, R78).
        ("速卖通运营", "负责直通车推广，根据数据调整出价，提高投产比。", AMO, None),
        ("巴西站运营主管", "分析ML Ads、Shopee广告效果及平台流量结构。", AMO, None),
        ("Noon运营", "策划斋月大促活动方案，跟进广告效果。", AMO, None),
        ("海外红人营销", "跟踪红人投放效果，维护达人关系。", None, AMO),
        ("投资经理", "评估项目的投产比和回收期。", None, AMO),
        # Category data analysed, a market followed, a market report written: market_research (R79, R59).
        ("Ozon运营专员", "分析竞品与类目数据，参与选品。", MR, None),
        ("选品开发", "用卖家精灵分析美国站类目数据，寻找有潜力的细分市场。", MR, None),
        ("俄语业务员", "关注俄罗斯市场动态和政策变化，及时告知公司。", MR, None),
        ("美客多运营", "每月整理拉美市场报告，包括竞品价格和热卖款。", MR, None),
        # Social metrics and SEO reported: reporting (R59); a compliance test report is not.
        ("Social Media Specialist", "Report follower growth and engagement to the brand lead every month.", REP, None),
        ("Social Media Manager", "Report on reach, engagement and sentiment for each market.", REP, None),
        ("谷歌SEO专员", "监控关键词排名和流量，每月出SEO报告。", REP, None),
        ("亚马逊广告专员", "控制ACoS，每周输出广告performance report。", REP, None),
        ("网站运营", "每月出SEO报告，跟踪自然流量。", "skill:seo", None),
        ("Compliance Specialist", "Keep test reports for REACH and RoHS on file for each product.", None, REP),
        # Creative figures and a live session's data reviewed: data_analysis (R78).
        ("海外广告投手", "与素材团队对接，提出视频需求，分析素材表现。", DA, None),
        ("广告投放优化师", "与设计团队协作，复盘素材表现，迭代下一轮创意。", DA, None),
        ("海外广告投放专员", "和视频团队沟通素材方向，分析爆款素材规律。", DA, None),
        ("Live Host", "Host three live sessions a week and review each session's data (GMV, watch time).", DA, None),
    ],
)
def test_an21_boundaries(title: str, text: str, present: str | None, absent: str | None) -> None:
    """The advertising, research, reporting and analysis boundaries of the twenty-first session (an21)."""
    assert_skill_case(title, text, present, absent)
