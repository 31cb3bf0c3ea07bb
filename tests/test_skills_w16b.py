"""Skills on ordinary ads (seventeenth session, helper sk17d): the errors of written16's tune half in the data,
design, service, procurement, tools, trade, engineering, logistics and compliance categories, as general lines:
Excel with a proficiency word only (R80), a poster as a growth tactic or poster copy (no design), in-app messages a
user-operations job pushes (no customer-service email), a user-research report (R59: the research id only), and
data analysis written as Excel put to analysis, post-launch or design figures tracked to optimise (R47), or content
figures analysed after a bracketed list of metrics (R78).

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R80: Excel with a proficiency word ending its clause is an office skill, though a trait before it names
        # data; a use, a function or SQL beside it still gives `excel`.
        ("电商运营", "对数据敏感，会用Excel；细心，有责任心", None, "skill:excel"),
        ("信息流优化师", "数据分析能力强，熟练使用Excel；抗压能力强", None, "skill:excel"),
        ("淘宝运营", "2. 熟练使用Excel；\n3. 对数据敏感，执行力强；", None, "skill:excel"),
        ("电商运营", "数据分析能力强，熟练使用Excel（函数、透视表）；", "skill:excel", None),
        ("用户运营", "数据敏感，熟练使用Excel，会写简单SQL者优先；", "skill:excel", None),
        ("运营助理", "对数据敏感，会用Excel做基础分析；", "skill:excel", None),
        ("运营助理", "对数据敏感，会用excle做表格，执行力强", "skill:excel", None),
        ("运营助理", "喜欢excle，细心", None, "skill:excel"),
        # Excel put to analysis or statistics is also data analysis (R78, R23); table-making alone is not.
        ("客户成功经理", "对数据敏感，会用Excel做基础分析；", "skill:data_analysis", None),
        ("社群运营", "熟练使用微信，会用Excel统计数据；", "skill:data_analysis", None),
        ("运营助理", "会用Excel做基础表格，做事细心", None, "skill:data_analysis"),
        # R47: figures tracked after launch, or a design's figures watched, to optimise are data analysis; usage
        # figures a customer-success manager tracks too. Reading a store's data is its own id (R78).
        ("产品经理", "跟踪功能上线后的数据表现，持续优化。", "skill:data_analysis", None),
        ("视觉设计师", "关注设计数据反馈（点击率、转化率），持续优化视觉方案。", "skill:data_analysis", None),
        ("客户成功经理", "跟踪产品使用数据（活跃度、功能使用率），识别流失风险", "skill:data_analysis", None),
        ("产品经理", "熟练使用数据分析工具，有良好的沟通能力", None, "skill:user_behavior_analysis"),
        # R78: content figures analysed, the metrics listed in brackets between the data and the verb.
        ("内容运营", "对内容数据（阅读量、互动率、收藏转化）进行分析，调整内容方向。", "skill:data_analysis", None),
        ("直播运营", "对直播数据（停留时长、转化率、UV价值）进行复盘，优化话术", "skill:data_analysis", None),
        # A poster as a growth tactic (裂变海报) or poster copy (海报文案) is no graphic design; designing posters is.
        ("社群运营", "利用裂变海报、邀请有礼等方式拉新，提升个人号好友数", None, "skill:graphic_design"),
        ("市场策划", "撰写活动策划方案、宣传文案、海报文案、H5脚本", None, "skill:graphic_design"),
        ("视觉设计师", "负责公司产品banner、海报、H5等线上线下平面视觉设计", "skill:graphic_design", None),
        ("电商美工", "配合运营做节日活动海报和站外推广图", "skill:graphic_design", None),
        # In-app messages a user-operations job pushes beside SMS or announcements are no customer-service email
        # (R27); answering buyers' messages is.
        ("用户运营", "通过push、短信、站内信等触达手段做精细化运营", None, "skill:cs_email"),
        ("用户运营", "负责网站用户通知，包括公告（中英）、站内信（中英）等", None, "skill:cs_email"),
        ("速卖通客服", "回复买家站内信与评价，处理纠纷", "skill:cs_email", None),
        ("日语客服", "以邮件和站内信为主，不需要接打电话", "skill:cs_email", None),
        # R59: a user-behaviour or user-research report is that research id only; a data report stays reporting.
        ("用户运营", "定期输出用户行为分析报告，挖掘用户需求", None, "skill:reporting"),
        ("用户运营", "定期输出用户行为分析报告，挖掘用户需求", "skill:user_behavior_analysis", None),
        ("用户运营", "定期输出运营数据分析报告，跟踪核心指标", "skill:reporting", None),
        # A product named in the company blurb's app store, a PM mining needs through data analysis, data-analysis
        # experience in an industry, marketing cost, a seller's knowledge of government procurement, a colleague's
        # category operations, a B2B employer, basic photo-taking in a content job: none is the named skill.
        ("产品经理", "我们的健身APP已上线App Store和各大安卓应用市场，累计用户超千万。", None, "skill:mobile_dev"),
        ("Android开发工程师", "负责安卓应用的开发与维护", "skill:mobile_dev", None),
        ("产品经理", "通过用户调研、竞品分析和数据分析挖掘用户需求，输出PRD", None, "skill:data_mining"),
        ("数据挖掘工程师", "负责海量用户行为数据的分析挖掘，构建推荐模型", "skill:data_mining", None),
        ("数据运营", "有O2O、外卖或电商行业数据分析经验优先", None, "skill:market_research"),
        ("市场分析专员", "收集和分析行业数据，撰写市场研究报告", "skill:market_research", None),
        ("活动运营", "主导新手活动、红包等活动的设计，控制营销成本", None, "skill:cost_control"),
        ("采购专员", "与供应商议价，控制采购成本", "skill:cost_control", None),
        ("大客户销售", "熟悉政府采购及招投标流程", None, "skill:purchasing"),
        ("设计师", "配合品类运营完成类目专题页设计", None, "skill:category_management"),
        ("品类经理", "负责品类运营，制定品类策略", "skill:category_management", None),
        ("市场专员", "有B2B企业市场经验优先", None, "skill:b2b_sales"),
        ("小红书运营", "会基础的拍照修图，审美在线", None, "skill:product_photography"),
        ("电商摄影", "负责产品拍照和白底图拍摄", "skill:product_photography", None),
        # R57: expense analysis in a finance job; export procedures known (R93); R beside Python; compliance asked
        # as regulation known (R77); 3D scenes built in C4D.
        ("财务会计", "协助财务经理完成预算编制与费用分析", "skill:profit_analysis", None),
        ("投放专员", "负责广告费用分析与优化", None, "skill:profit_analysis"),
        ("外贸业务员", "熟悉FOB、CIF等贸易术语及出口流程（报关、信用证）", "skill:foreign_trade_process", None),
        ("数据运营", "熟练使用SQL，掌握Python或R者优先", "skill:r_language", None),
        ("后端开发", "熟练掌握Python或Ruby优先", None, "skill:r_language"),
        ("前端开发", "熟悉一门非前端的语言（如Java/PHP/Python/Ruby）", None, "skill:r_language"),
        ("活动运营经理", "熟悉金融行业监管政策，有风险意识", "skill:compliance_general", None),
        ("电商设计师", "精通PS、AI，熟练使用C4D进行三维场景搭建", "skill:three_d_modeling", None),
        # R43: an HR job's staff-efficiency figures are no data analysis; R44: communication listed among abilities
        # beside client upkeep is no customer communication, talking with clients is.
        ("HRBP", "分析人效数据，为管理者提供决策支持", None, "skill:data_analysis"),
        ("运营专员", "分析运营数据，为管理者提供决策支持", "skill:data_analysis", None),
        ("大客户销售", "良好的沟通表达能力和客户关系维护能力，逻辑清晰", None, "skill:customer_communication"),
        ("大客户销售", "负责与客户沟通需求，跟进项目进度", "skill:customer_communication", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
