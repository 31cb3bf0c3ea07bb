"""Skills the extractor asserted on unseen real postings of the job board that the guide would not label (twenty-
second session, helper sv22o: a silver precision audit of the board's operations, sales, admin, product, marketing
and design ads).

R3 / R79: a disposition is no market research. "具有较强的数据分析能力和市场敏锐度" asks an ability and a flair: the
verb-object rule must not pair the 分析 of an ability (数据分析能力) with the 市场 of the flair beside it, as the
customer-communication rule already skips 沟通能力 (the word 能力 between verb and object ends the pair). Market
analysis named as an ability of its own ("市场分析能力", "市场调研和分析能力") stays market research.

Graphic design is designing (the Skills paragraph: what the hire does): a brochure (宣传册) a copywriter plans the
content of, or one a salesperson hands out, is no design work; it counts beside design, layout or making words or a
design tool ("宣传册、海报的设计", "宣传册的排版与制作").

R78: a list of figures of kinds with ids of their own under a generic head ("UV、销量、跳出率、转化率等作出专业的
数据统计及分析") gives the kinds' ids, not also data_analysis; the head's verb still pairs with the figures, and a
generic phrase of its own elsewhere keeps data_analysis.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

MR = "skill:market_research"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # An analytical ability beside a market flair: a disposition (R3, R79), no market research.
        ("社区运营主管", "任职要求：\n1.具有较强的数据分析能力和市场敏锐度；\n2.有团队管理经验", None, MR),
        ("招商经理", "具备优秀的逻辑分析能力和市场洞察力，抗压能力强", None, MR),
        ("品类运营", "要求：有很强的数据分析能力及市场敏感度", None, MR),
        # Unchanged: market analysis or research as the hire's ability or duty.
        ("市场专员", "具备市场分析能力，能独立完成竞品调研", MR, None),
        ("产品经理", "有较强的市场调研和分析能力", MR, None),
        ("运营专员", "负责分析市场和行业动态，定期输出报告", MR, None),
        ("销售经理", "收集当地市场信息和竞争对手信息，及时反馈", MR, None),
    ],
)
def test_market_research_not_a_flair(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)


GD = "skill:graphic_design"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A brochure planned, written or handed out: no graphic design.
        ("文案策划", "3.负责策划公司宣传资料（宣传册、易拉宝等）以及市场活动，并协助执行；", None, GD),
        ("展会销售", "负责展会现场宣传册的发放和来访客户登记", None, GD),
        ("市场助理", "协助撰写产品宣传册文字内容", None, GD),
        # Unchanged: a brochure designed, laid out or made; other design words.
        ("平面设计师", "负责公司宣传册、海报的设计", GD, None),
        ("美工", "负责产品宣传册的排版与制作", GD, None),
        ("设计助理", "会用PS、CDR做宣传册", GD, None),
        ("文案策划", "负责海报设计和推文排版", GD, None),
    ],
)
def test_brochure_needs_design(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)


DA = "skill:data_analysis"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Figures of kinds under a generic head: the kinds' ids, no data_analysis (R78).
        ("类目运营", "3、每日UV，销量，跳出率，转化率等作出专业的数据统计及分析，制定相应的优化改进方案；", None, DA),
        ("天猫推广", "对推广商品的点击量、销量、转化率等做出专业的数据分析", None, DA),
        ("店铺运营", "负责店铺销量、流量、转化率等数据分析", None, DA),
        ("店铺运营", "负责店铺销量、流量、转化率等数据分析", "skill:sales_analysis", None),
        ("店铺运营", "负责店铺销量、流量、转化率等数据分析", "skill:traffic_analysis", None),
        # Unchanged: a generic phrase of its own, or no kinds listed.
        ("电商运营", "对店铺UV、PV、销量、转化率等数据分析与输出，通过数据分析调整运营思路和策略", DA, None),
        ("电商运营", "对店铺的UV、PV、销量、跳出率、地域分布、转化率等数据分析与输出", "skill:sales_analysis", None),
        ("运营助理", "负责数据统计及分析，制定优化方案", DA, None),
        ("直播运营", "负责直播间停留时长、互动等数据分析", DA, None),
    ],
)
def test_kind_figures_under_a_generic_head(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
