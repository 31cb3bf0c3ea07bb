"""Skills on ordinary ads (eighteenth session, helper sk18f): the errors of written18's tune half in the data,
engineering, design, service, procurement, tools, trade, logistics and compliance categories, as general lines:
merchants and sales channels kept (customer upkeep), requirements researched with clients or beside competitor
analysis (user research, R92), 数据结构 only as an engineer's basics (a PM's data structures are no algorithms), a
database's table structures, order figures analysed (sales analysis, R5), metrics listed then analysed, Python beside
R (analysis), customers logged in an in-house system (crm), 出海经验 as background (no market entry), a designer's
排版能力, talks with parents in a sales job (R44), and the near phrasings each rule leaves alone: a targets owned
(对…核心指标负责), 砍价 among promotion mechanics, 供应链金融 as a product, Excel功底 as proficiency, overseas
visitors received at a front desk.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Merchants and a sales job's channel relationships kept are customer upkeep; recruiting or media channels
        # and partner relationships are not.
        ("地推专员", "3、维护已签约商户，提高活跃交易。", "skill:customer_maintenance", None),
        ("商务BD", "负责区域商户拓展，维护合作商户，提升商户流水", "skill:customer_maintenance", None),
        ("渠道销售经理", "4、维护重点渠道关系，完成区域销售目标。", "skill:customer_maintenance", None),
        ("招聘专员", "维护更新现有招聘渠道，有成本意识", None, "skill:customer_maintenance"),
        ("市场经理", "开发及维护相关合作伙伴资源，按期交付合作项目", None, "skill:customer_maintenance"),
        # R92: requirements researched with clients or the business, in a product job; requirement research listed
        # with competitor analysis. A salesman's client survey is market research, bare 需求调研 stays unlabelled.
        ("后台产品经理", "2、调研客户需求，输出产品方案、PRD和原型；", "skill:user_behavior_analysis", None),
        ("区块链产品经理", "调研金融机构、核心企业的业务需求，设计业务流程", "skill:user_behavior_analysis", None),
        ("产品助理", "1、协助产品经理完成需求调研、竞品分析；", "skill:user_behavior_analysis", None),
        ("海外市场开拓经理", "出国拜访重点客户，做客户需求调研", None, "skill:user_behavior_analysis"),
        ("产品经理", "负责产品需求调研及分析工作，持续进行需求管理", None, "skill:user_behavior_analysis"),
        # 数据结构 is an engineer's basics (algorithms); a PM's data-structure design is not, and a database's table
        # structures are relational databases.
        ("Node.js后端工程师", "熟悉常用数据结构和算法；熟悉Javascript", "skill:algorithms", None),
        ("后台产品经理", "擅长数据结构设计，能讨论数据库表结构", "skill:relational_db", "skill:algorithms"),
        ("区块链产品经理", "设计上链数据结构和业务流程", None, "skill:algorithms"),
        # R5: order figures analysed are sales analysis alone; other operations figures stay data analysis.
        ("社群运营", "4、分析各小区订单数据，淘汰低效团长。", "skill:sales_analysis", "skill:data_analysis"),
        ("运营专员", "分析运营数据，为管理者提供决策支持", "skill:data_analysis", None),
        # Metrics listed and then analysed are KPI analysis; a target owned for them is not.
        ("数据运营", "针对投递率、面试邀约率等指标进行专题分析，输出报告", "skill:kpi_analysis", None),
        ("活动运营", "负责活动预算管理，对活动GMV、UV、转化率等核心指标负责；", None, "skill:kpi_analysis"),
        # Python beside R is an analyst's Python; beside Ruby a programmer's.
        ("数据运营", "熟练使用SQL，掌握Python或R其中之一；", "skill:python_analysis", "skill:python_programming"),
        ("PHP工程师", "熟练掌握Python或Ruby优先。", "skill:python_programming", "skill:python_analysis"),
        # Customers logged in an in-house system (or a customer-management system) are a CRM; a service desk's
        # registration of customers is not.
        ("销售代表", "使用公司自研的“智眸云”管理系统录入客户跟进信息；", "skill:crm", None),
        ("销售经理", "整理客户信息及时录入到客户管理系统中；", "skill:crm", None),
        ("电商客服", "做好客户登记和问题反馈；", None, "skill:crm"),
        # 出海经验 is background, not market entry; entering overseas markets as the duty is.
        ("海外市场推广经理", "有消费电子/智能硬件出海经验者优先；", None, "skill:market_entry"),
        ("海外市场经理", "负责进入海外市场的策略制定与执行", "skill:market_entry", None),
        # 排版能力 is a designer's graphic design; a new-media job's layout is not.
        ("UI设计师", "熟悉设计规范，具备良好的色彩感与排版能力；", "skill:graphic_design", None),
        ("新媒体运营", "文字功底好，具备一定排版能力；", None, "skill:graphic_design"),
        # R44: a sales consultant's talks with parents are customer communication; a teacher's are not.
        ("课程顾问", "通过电话、微信与预约试听课的家长沟通，推荐课程", "skill:customer_communication", None),
        ("少儿英语老师", "定期与家长沟通学员学习情况，做好课后反馈", None, "skill:customer_communication"),
        # 砍价 among promotion mechanics is a promotion, a buyer's 比价、砍价 price negotiation.
        ("活动运营", "设计营销玩法（秒杀、拼团、砍价、满减）", None, "skill:price_negotiation"),
        ("采购跟单", "在1688、义乌市场找货源，比价、砍价", "skill:price_negotiation", None),
        # 供应链金融 is a finance product, not supply-chain management.
        ("区块链产品经理", "负责基于区块链的供应链金融产品的规划与设计", None, "skill:supply_chain"),
        ("供应链经理", "负责供应链管理，优化交付周期", "skill:supply_chain", None),
        # R80: Excel功底 ending its clause is proficiency; Excel with functions stays.
        ("财务经理", "有较强的数据分析能力和Excel功底；", None, "skill:excel"),
        ("财务经理", "数据分析能力强，Excel水平高（函数、透视表）；", "skill:excel", None),
        # Overseas visitors received at a front desk are no customer development; developing them is.
        ("行政前台", "有英语口语基础者优先（偶有海外客户来访）；", None, "skill:overseas_customer_development"),
        ("外贸业务员", "负责开发海外客户，维护老客户", "skill:overseas_customer_development", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
