"""Skills rules from the fourteenth tuning round (written10 tune half): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A bare "review" in an English ad is mostly the verb (review drafts, review drawings, human review); the
        # borrowed noun of a Chinese ad (跟进review和feedback) or one beside buyers' ratings stays review management.
        (
            "Brand Designer",
            "You will review packaging drawings with the factory and review competitor images.",
            None,
            "skill:review_management",
        ),
        (
            "Content Specialist",
            "Translate listings with AI tools plus human review before publishing.",
            None,
            "skill:review_management",
        ),
        ("亚马逊运营", "每天跟进店铺订单、review和feedback，发现差评及时处理。", "skill:review_management", None),
        (
            "Marketplace Executive",
            "Monitor the star rating and every new review of our products.",
            "skill:review_management",
            None,
        ),
        # Excel used to build a costing or stock sheet or a chart asks Excel on data.
        # Excel in a list of office software still does not (R2).
        ("Temu运营", "会用Excel做核价表和备货表。", "skill:excel", None),
        ("品质工程师", "会用Excel做柏拉图、趋势图。", "skill:excel", None),
        # A table with no Excel named is the task's id, not excel (R80, which relabelled this phrasing).
        ("铺货运营", "会做表格，能统计每天出单和发货。", None, "skill:excel"),
        ("行政助理", "熟练使用Word、Excel、PPT等办公软件。", None, "skill:excel"),
        # A "data-analysis awareness" is a disposition (R3, R11); data-analysis ability or work is the skill.
        ("站外推广专员", "执行力强，细心，有较好的数据分析意识。", None, "skill:data_analysis"),
        ("运营专员", "具备较强的数据分析能力。", "skill:data_analysis", None),
        # A marketplace's (or its back office's) rules or specifications known or followed, written apart:
        # 熟悉平台后台和规则, 亚马逊站外引流规则, 亚马逊主图的规范. Not a platform's design specifications in a UI
        # job, not a media platform's rules, not a back office read in a language clause, not FBA's inbound rules.
        ("Ozon运营", "熟悉平台后台和规则，会做促销。", "skill:marketplace_rules", None),
        ("站外推广", "了解亚马逊站外引流规则，熟悉折扣码管理。", "skill:marketplace_rules", None),
        ("美工", "了解亚马逊主图、A+页面的规范。", "skill:marketplace_rules", None),
        ("交互设计师", "熟悉iOS、Android各平台的设计规范。", None, "skill:marketplace_rules"),
        ("海外运营", "熟悉海外媒体平台的玩法及规则。", None, "skill:marketplace_rules"),
        ("Coupang运营", "韩语读写流利，能看懂韩文后台和政策通知。", None, "skill:marketplace_rules"),
        ("物流专员", "熟悉亚马逊FBA入仓规则及清关流程。", None, "skill:marketplace_rules"),
        # In English: a marketplace's image or listing requirements and guidelines.
        (
            "Listing Designer",
            "Retouch images in line with Amazon image requirements (white background).",
            "skill:marketplace_rules",
            None,
        ),
        # Choosing or allocating the shipping modes of the first leg is logistics channel selection; so is
        # working with a marketplace's official carrier or a logistics company.
        ("供应链计划", "制定发货计划，合理分配海运、空运、快船等头程方式。", "skill:logistics_channel_selection", None),
        ("Shopee运营", "关注各站点物流时效，对接SLS官方物流和转运仓。", "skill:logistics_channel_selection", None),
        # FBA stock turnover named as a metric a planner reads is not Fulfilment by Amazon work; FBA shipping and
        # restocking are.
        ("数据分析师", "熟悉IPI、FBA库存周转等指标者优先。", None, "skill:fba"),
        ("亚马逊运营", "负责FBA发货和补货计划。", "skill:fba", None),
        # A QC, quality or sourcing engineer inspects goods and audits factories: a buying-side job, not software
        # engineering, whose ads name logistics or procurement words as the product built.
        ("品质QC工程师", "熟悉AQL抽样、IQC/IPQC/OQC流程，负责来料检验和出货检验。", "skill:quality_control", None),
        (
            "Sourcing Engineer",
            "Find and qualify new suppliers; negotiate prices with factories.",
            "skill:sourcing",
            None,
        ),
        ("Java开发工程师", "开发供应商管理和采购下单模块。", None, "skill:purchasing"),
        # Reporting a metric (report ROAS weekly, report on open rate, report cohort LTV) is reporting; reporting to
        # a manager is the reporting line.
        ("Marketplace Manager", "Run Sponsored Search campaigns and report ROAS weekly.", "skill:reporting", None),
        ("CRM Specialist", "Run A/B tests and report on open rate and click rate.", "skill:reporting", None),
        ("Growth Marketer", "You will report to the Head of Growth and work on retention.", None, "skill:reporting"),
    ],
)
def test_written10_tune_rules(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
