"""Skills on ordinary ads (seventeenth session, helper sk17f): the errors of written17's tune half in the data,
engineering, design, service, procurement, tools, trade, logistics and compliance categories, as general lines:
figures of no kind tracked or collated (R78), a metric list analysed before its data, data analysis listed before
competitor analysis, a report after competitor research (R59: the research id only), old students kept, anti-scraping
techniques and scraping frameworks (no JavaScript or testing), a skill waived after it (不做要求), the employer's
product named in corner brackets (R53, R74), a product manager's long module list (R53), a product's regulatory
compliance (R77), collaboration suites used, database principles, a model-building engineer's Python, and the
languages an engineer switches from.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A department's or team's introduction is a blurb heading, like 团队介绍: its work is not the hire's.
        (
            "算法工程师",
            "部门介绍：\n团队负责推荐系统的深度学习模型\n岗位职责：\n1、负责数据清洗",
            None,
            "skill:deep_learning",
        ),
        ("算法工程师", "部门简介：推荐算法团队\n岗位职责：\n1、负责深度学习模型的训练", "skill:deep_learning", None),
        # R78: figures of no kind of their own tracked or collated are data analysis; a kind's figures give the
        # kind's id, and tax filings, attribution tracking and HR records are not analysis.
        ("游戏运营", "跟踪产品各项数据（新增、留存、付费率），提出改进建议", "skill:data_analysis", None),
        ("商务拓展", "跟踪合作渠道数据，定期复盘", "skill:data_analysis", None),
        ("运营助理", "整理每周活动数据，制作周报", "skill:data_analysis", None),
        ("店铺运营", "跟踪店铺数据，优化转化", None, "skill:data_analysis"),
        ("运营助理", "整理每日销量数据并汇报", None, "skill:data_analysis"),
        ("财务会计", "配合做好VAT申报数据的整理", None, "skill:data_analysis"),
        ("广告优化师", "负责归因和数据追踪：GA4、Meta Pixel的配置", None, "skill:data_analysis"),
        ("行政助理", "整理人事数据和考勤记录", None, "skill:data_analysis"),
        # A list of metrics between the verb and its data; a store's traffic figures are traffic analysis (R78).
        ("产品经理", "分析设备激活、日活、功能使用率等数据，持续优化体验", "skill:data_analysis", None),
        ("店铺运营", "分析后台中的曝光、点击、访客等数据，优化标题", None, "skill:data_analysis"),
        # 数据分析 as an item of a list before 竞品分析 is data analysis; 竞品数据分析 is competitor analysis (R78).
        ("产品经理", "通过用户访谈、数据分析、竞品分析找到产品机会", "skill:data_analysis", None),
        ("产品经理", "通过用户访谈、数据分析、竞品分析找到产品机会", "skill:competitor_analysis", None),
        # R59: an analysis report after competitor research is that research id only; a periodic report stays.
        ("活动运营", "研究竞品活动玩法，输出分析报告。", None, "skill:reporting"),
        ("活动运营", "研究竞品活动玩法，输出分析报告。", "skill:competitor_analysis", None),
        ("内容运营", "追踪平台热点和竞品投放动态，输出月度复盘报告", "skill:reporting", None),
        ("运营专员", "每周输出运营数据分析报告", "skill:reporting", None),
        # Old students or members kept are customers kept; servers kept are not.
        ("课程顾问", "维护老学员，挖掘续费和转介绍机会", "skill:customer_maintenance", None),
        ("会员运营", "维护老会员，提升复购", "skill:customer_maintenance", None),
        ("运维工程师", "维护服务器稳定运行", None, "skill:customer_maintenance"),
        # Anti-scraping techniques known (JS加密, JS逆向) are no JavaScript; Selenium in a scraping stack is no testing.
        ("爬虫工程师", "熟悉验证码、JS加密、IP封禁等反爬手段", None, "skill:javascript"),
        ("爬虫工程师", "有APP逆向、JS逆向经验者优先", None, "skill:javascript"),
        ("前端开发", "熟练掌握JS、CSS，理解闭包", "skill:javascript", None),
        ("爬虫工程师", "熟悉Scrapy、requests、Selenium等采集框架", None, "skill:software_testing"),
        ("测试工程师", "使用Selenium编写自动化测试脚本", "skill:software_testing", None),
        # A skill waived after its name (不做要求) is not asked; one asked beside the waiver is.
        ("前端开发", "能还原设计稿即可；后端语言不做要求。", None, "skill:backend_dev"),
        ("运营助理", "PS不作硬性要求，会用剪映", None, "skill:photoshop"),
        ("运营助理", "PS不作硬性要求，会用剪映", "skill:capcut", None),
        # The employer's product named in corner brackets beside 产品 is the product, not a tool used (R53, R74).
        ("销售代表", "负责公司SaaS产品「云栈CRM」的销售，开发中小企业客户", None, "skill:crm"),
        ("销售运营", "熟练使用CRM系统录入客户信息", "skill:crm", None),
        ("运营", "熟练使用「领星ERP」处理订单", "skill:lingxing", None),
        # R53: a product manager's module list up to its noun names the system designed.
        (
            "后台产品经理",
            "负责CRM后台规划，包括客户管理、销售漏斗、权限、报表等模块",
            None,
            "skill:customer_maintenance",
        ),
        # R77: a product's regulatory compliance is compliance; product certification needs certification work.
        ("产品经理", "关注监管政策变化，确保产品合规。", "skill:compliance_general", "skill:product_certification"),
        ("合规专员", "负责产品合规，办理CE、FCC认证", "skill:product_certification", None),
        # A collaboration suite used is `office_automation`; a WeCom community run for users is not.
        ("供应商运营", "熟练使用Excel和企业微信，沟通能力强", "skill:office_automation", None),
        ("私域运营", "运营企业微信社群，做用户互动和转化", None, "skill:office_automation"),
        # A model-building engineer's Python is programming, pandas beside it or not; an analyst's is analysis.
        (
            "数据挖掘工程师",
            "精通Python（pandas、sklearn），熟练掌握逻辑回归、XGBoost等算法",
            "skill:python_programming",
            "skill:python_analysis",
        ),
        ("数据分析师", "熟练使用Python（pandas）做数据分析，了解机器学习", "skill:python_analysis", None),
        # The languages an engineer may switch from are a background accepted, not asked; the language asked stays.
        ("Go开发工程师", "有C++/Java转Go经验亦可", None, "skill:java"),
        ("Go开发工程师", "有C++/Java转Go经验亦可", "skill:golang", None),
        ("后端开发", "熟悉PHP，愿意转Go开发", "skill:php", None),
        # Database principles asked are relational databases.
        ("后台产品经理", "懂一点数据库原理者优先", "skill:relational_db", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
