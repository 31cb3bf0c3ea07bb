"""Skills rules for marketing, content, data-analysis and AI-tool concepts (ninth session, unseen-posting recall).

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # PR ability listed among general abilities is a disposition (R55); PR work is the skill.
        ("销售经理", "具备良好的沟通、协调及公关能力", None, "skill:public_relations"),
        ("客户经理", "有较强的商务公关能力和谈判能力", None, "skill:public_relations"),
        ("行政专员", "具有良好的公关礼仪知识", None, "skill:public_relations"),
        ("品牌经理", "负责品牌公关活动与危机公关", "skill:public_relations", None),
        # A designer's or copywriter's 投放 is where the work will run, not ad campaigns they manage.
        ("平面设计师", "根据投放计划和需求,设计广告图片", None, "skill:ad_campaign_management"),
        ("信息流优化师", "负责信息流广告的投放", "skill:ad_campaign_management", None),
        # Solid writing (文字功底) is copywriting in a content or marketing job, a general ability in an admin one.
        ("新媒体编辑", "文字功底扎实,熟悉公众号排版", "skill:copywriting", None),
        ("行政专员", "文字功底扎实,工作认真细致", None, "skill:copywriting"),
        # A daily report of the hire's figures is reporting; a cash daily statement and a newspaper are not.
        ("TikTok投手", "每天盯后台数据,输出投放日报", "skill:reporting", None),
        ("出纳", "编制资金日报,登记现金日记账", None, "skill:reporting"),
        ("新闻编辑", "曾在人民日报实习者优先", None, "skill:reporting"),
        # Finding, screening and negotiating with creators is creator outreach; a trendy product is not a creator.
        ("种草运营", "筛选并对接Instagram博主,跟进内容产出", "skill:creator_outreach", None),
        ("海外营销", "与YouTube红人洽谈合作方式", "skill:creator_outreach", None),
        ("选品专员", "寻找网红款产品,分析爆款", None, "skill:creator_outreach"),
        # Financial analysis in a finance job is profit and cost analysis (R57); a finance system's module is not.
        ("财务经理", "编制财务报表并进行财务分析", "skill:profit_analysis", None),
        ("ERP产品经理", "负责成本结算、财务分析等系统的设计", None, "skill:profit_analysis"),
        # Data processing in an engineering job is data engineering; in an operations job it is analysis work.
        ("Java开发工程师", "有海量数据处理经验者优先", None, "skill:data_analysis"),
        ("运营助理", "负责店铺日常数据处理", "skill:data_analysis", None),
        # Writing or keeping up a blog for the employer is blogging; an engineer's personal blog link is not.
        ("独立站SEO专员", "撰写英文博客文章,优化站内SEO", "skill:blogging", None),
        ("后端工程师", "请在简历里附上个人博客地址", None, "skill:blogging"),
        # A marketplace's own pay-per-click ad products are on-platform PPC.
        ("京东POP运营", "负责京准通推广投放,控制推广费占比", "skill:onsite_ppc", None),
        ("Allegro运营", "负责Allegro Ads广告的投放和优化", "skill:onsite_ppc", None),
        ("Walmart运营", "使用Walmart Sponsored Search投放广告", "skill:onsite_ppc", None),
        # Customer-acquisition cost is a figure watched; acquiring customers is the skill (R50).
        ("海外市场经理", "管理Google Ads投放,分析获客成本", None, "skill:traffic_acquisition"),
        ("增长运营", "负责新用户获客与留存", "skill:traffic_acquisition", None),
        # A sales forecast a plan is made from is an input (R29); making the forecast is the skill.
        ("物流经理", "根据销售预测制定FBA补货计划", None, "skill:sales_forecasting"),
        ("数据分析师", "负责大促前的销量预测与备货建议", "skill:sales_forecasting", None),
        # "使用AI、PS" beside design software is Adobe Illustrator, not AI tools; using AI tools is.
        ("包装设计师", "熟练使用AI、PS等平面设计软件", "skill:illustrator", "skill:ai_tools_general"),
        ("跨境运营", "日常熟练使用AI工具提效", "skill:ai_tools_general", None),
        # Drawing up a market strategy or plan is marketing planning.
        ("海外市场总监", "制定品牌出海整体市场战略,明确各市场定位", "skill:marketing_planning", None),
        ("市场经理", "制定季度市场推广计划并落地", "skill:marketing_planning", None),
        # The employer's recruiting account named at the end of an ad is no new-media work.
        ("客服专员", "关注UCloud招聘公众号获取更多职位信息", None, "skill:new_media_operations"),
        # Sales figures analysed or compiled beside other figures are sales analysis; a competitor's sales are not.
        ("Temu运营", "每周整理销量、毛利、退货率等数据,提出调价建议", "skill:sales_analysis", None),
        ("运营主管", "分析各品类销售和退货数据,制定爆款打造计划", "skill:sales_analysis", None),
        ("运营助理", "汇总竞品的销售额和价格变化", None, "skill:sales_analysis"),
        # Writing or planning scripts is video scripting in content and shop jobs; test or shell scripts are code.
        ("TikTok Shop运营", "和内容团队一起策划脚本,复盘每场直播数据", "skill:video_scripting", None),
        ("TikTok运营", "熟练使用ChatGPT辅助写脚本者优先", "skill:video_scripting", None),
        ("测试工程师", "负责编写自动化测试脚本", None, "skill:video_scripting"),
        # Creators' commission (分佣, 佣金结算 beside creators) is affiliate work; a salesperson's commission is pay.
        ("TikTok Shop运营", "批量邀约达人寄样带货,跟进视频发布和佣金结算", "skill:affiliate_marketing", None),
        ("电话销售", "底薪+佣金,佣金比例高", None, "skill:affiliate_marketing"),
        # Promoting or optimising an app in the app stores is ASO; an engineer's app put on the store is not.
        ("APP推广经理", "负责APP在各应用市场的推广优化", "skill:aso", None),
        ("海外市场经理", "优化App Store的应用详情页与关键词", "skill:aso", None),
        ("iOS开发工程师", "有App Store上架作品的开发经历", None, "skill:aso"),
        # Keeping ROI or acquisition cost in hand is ad-metrics work.
        ("速卖通运营", "做直通车推广,控ROI", "skill:ad_metrics_optimization", None),
        ("海外投放专员", "负责Google Ads投放,控制获客成本", "skill:ad_metrics_optimization", None),
        # The word 活动策划 is marketing planning (R8, R56); planning and running it, or planning named events, is
        # event operations.
        ("新媒体运营", "拥有较好的文案策划与活动策划能力", "skill:marketing_planning", "skill:event_operations"),
        ("市场专员", "负责线下活动策划及执行", "skill:event_operations", None),
        ("活动运营", "策划并组织线上抽奖活动", "skill:event_operations", None),
        # Industry research and insight, and following market trends in English, are market research; an
        # "insight" ability (洞察力) is a disposition.
        ("产品经理", "能够独立进行数据分析、行业研究和用户调研", "skill:market_research", None),
        ("产品经理", "熟悉互联网商业模式,具有行业洞察力", None, "skill:market_research"),
        (
            "Export Sales Manager",
            "Track competitors and market trends; present monthly reviews.",
            "skill:market_research",
            None,
        ),
        ("Marketing Manager", "Follow industry trends closely.", None, "skill:market_research"),
        # Statistics as an education background or a tool for counting figures is not the statistics skill;
        # statistical methods are.
        ("产品专家", "有数学、应用数学、计算机、统计学等教育背景优先", None, "skill:statistics"),
        ("运营总监", "利用主流统计分析工具,持续分析网站各项数据指标", None, "skill:statistics"),
        ("数据分析师", "掌握常用统计分析方法,会用SPSS", "skill:statistics", None),
        # Metrics named as a goal to reach (完成核心指标, 数据指标的提升) are not KPI analysis; breaking them down is.
        ("运营专员", "负责社群运营的规划与实施,完成产品线核心指标", None, "skill:kpi_analysis"),
        ("增长经理", "工作的主要成就感来自于产品成功和数据指标的提升", None, "skill:kpi_analysis"),
        ("数据分析师", "对优化目标进行数据指标拆解并制定方案", "skill:kpi_analysis", None),
        # An HR figure analysed is not the data-analysis skill (R43); business data analysed is.
        ("招聘专员", "改进招聘流程,通过招聘数据分析提升效能", None, "skill:data_analysis"),
        ("运营专员", "负责运营数据分析,输出优化建议", "skill:data_analysis", None),
        # Working out margins and profit is profit analysis; commission paid on profit is pay.
        ("SHEIN运营", "价格谈不拢的要算清楚成本和利润再决定", "skill:profit_analysis", None),
        ("外贸业务员", "底薪+提成,提成按毛利阶梯计算", None, "skill:profit_analysis"),
    ],
)
def test_marketing9_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
