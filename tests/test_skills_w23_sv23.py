"""Skills the extractor got wrong on real postings of other employers that nobody had tuned on (twenty-third
session, helper sv23: a silver audit of 137 career-page and scraper-sample ads from public repositories).

R59: a statistical-analysis report or sheet the hire writes (提供统计分析报告, 提交推广效果的统计分析报表) is
reporting of business figures, not the statistics discipline (统计方法, 数理统计 stay statistics).

Words in another sense (the Skills paragraph: what the hire does): 微调 alone is "adjust slightly" (微调店铺的经营
方向), model fine-tuning only beside a model, training or data words; a search engine's spider (蜘蛛爬虫, 百度蜘蛛) is
SEO knowledge, not web scraping.

An obvious alias gap: Amazon's ad types written as a list (SP / SB / SD) are on-site PPC ads.

The Skills paragraph (a field of study is the degree asked): a list of majors written with commas between its items
("国际贸易与经济、英语，葡萄牙语、西班牙语专业优先", "接受英语，数据分析，广告投放专业的应届毕业生") is one degree
list, not the skills its items name.

R75: 上架 in a warehouse job (入库员, 上架员, 理货员: the logistics family now) is goods put on shelves, warehouse work,
not a listing created; the bare word and the 上架+商品 rule count for listings in every other family.

Materials a designer makes for a campaign or a brand promotion (营销活动平面专题, 营销活动海报, 品牌推广活动的广告设计)
are design work, not the campaign or the promotion (R85's materials designed; the Skills paragraph). R29: a product
plan named as the input (根据产品规划…) is not the hire's product planning.

Obvious alias gaps: 货位 is 库位 (R75's warehouse work); 交易会, 博览会 and 展销会 are trade fairs. 前端 in its business
sense (前端运营, 前端洞察: the client-facing side) is no front-end development.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

ST = "skill:statistics"
REP = "skill:reporting"
LLM = "skill:llm_development"
PPC = "skill:onsite_ppc"
WS = "skill:web_scraping"
FTP = "skill:foreign_trade_process"
ADS = "skill:ad_campaign_management"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A statistical-analysis report the hire writes: reporting, not statistics (R59).
        ("天猫店长", "收集整理店铺运营数据，为公司提供统计分析报告与决策依据", REP, ST),
        ("京东运营", "跟踪推广效果，定期提交统计分析报表，提出改进措施", REP, ST),
        # Unchanged: statistics as a method or knowledge.
        ("数据分析师", "熟练掌握统计分析方法，会用SPSS", ST, None),
        ("数据专员", "具备数理统计知识，能做回归分析", ST, None),
    ],
)
def test_statistics_report_is_reporting(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # 微调 as "adjust slightly": no LLM work.
        ("京东运营", "优化产品关键词和产品线，并根据实际情况微调店铺的经营方向", None, LLM),
        ("活动运营", "根据活动数据微调投放节奏和文案", None, LLM),
        # A search engine's spider is SEO knowledge, not scraping.
        ("SEO专员", "精通搜索引擎排名原理，熟悉蜘蛛爬虫的抓取习惯", None, WS),
        ("SEO经理", "熟悉搜索引擎爬虫的抓取规则，能提升网站收录", None, WS),
        # Amazon's ad types as a list: on-site PPC.
        ("亚马逊运营", "广告：SP / SB / SD 结构搭建与ACOS优化", PPC, None),
        ("亚马逊运营", "熟悉SP、SB、SD三种结构的搭建和竞价逻辑", PPC, None),
        # Unchanged: model fine-tuning, a scraper written, the ads named.
        ("算法工程师", "负责大模型的训练与微调，熟悉LoRA", LLM, None),
        ("数据工程师", "会用Python写爬虫抓取竞品数据", WS, None),
        ("亚马逊运营", "负责SP广告的投放与优化", PPC, None),
    ],
)
def test_words_in_another_sense(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A comma-separated list of majors ending in 专业…: the degree asked.
        ("跨境电商运营专员", "任职要求\n国际贸易与经济、英语，葡萄牙语、西班牙语、德语专业优先。", None, FTP),
        ("网站运营", "任职要求\n接受英语，数据分析，市场营销，广告投放，服装设计专业的优秀应届毕业生。", None, ADS),
        ("外贸跟单", "负责订单跟进。\n任职要求：国际贸易与经济，英语，日语，西班牙语等相关专业优先", None, FTP),
        # Unchanged: a skill asked before a major clause; a major list inside one clause.
        ("外贸业务员", "熟悉国际贸易流程和外贸单证操作，能独立跟单，英语专业优先", FTP, None),
        ("投放专员", "负责广告投放，市场营销专业优先", ADS, None),
        ("外贸专员", "熟悉国际贸易实务，\n英语、国际贸易专业优先", FTP, None),
    ],
)
def test_major_lists_across_commas(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)


PL = "skill:product_listing"
EV = "skill:event_operations"
BM = "skill:brand_marketing"
PP = "skill:product_planning"
MR = "skill:market_research"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R75: 上架 in a warehouse job is shelving goods (warehouse work), not a listing created.
        ("上架员", "负责仓库拣货、上架；\n负责产品到货清点、上架；\n每天把验货无误的商品进行上架。", None, PL),
        ("入库员", "负责公司产品出库、入库、盘点；\n每天根据验货结果进行上架商品，并做好记录。", None, PL),
        ("理货员", "负责货品分类、上架和库位调整", None, PL),
        # Unchanged: listings in a store role, and a warehouse job's own ids.
        ("电商运营专员", "负责天猫店铺的商品上架和详情页优化", PL, None),
        ("运营助理", "负责每天上架商品，维护店铺", PL, None),
        ("入库员", "负责公司产品出库、入库、盘点及整理", "skill:warehouse_management", None),
    ],
)
def test_warehouse_shelving_is_no_listing(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Materials a designer makes for a campaign or a brand promotion are design work (R85's materials designed).
        ("美工", "协助网站的平面设计工作，形象设计、营销活动平面专题。", None, EV),
        ("平面设计师", "负责营销活动海报和banner的制作", None, EV),
        ("高级平面设计师", "进行公司品牌推广活动的广告设计与宣传；", None, BM),
        # R29: a product plan named as the input.
        ("红人运营", "根据产品规划通过YouTube、论坛等渠道拓展红人资源，寻求合作", None, PP),
        # Unchanged: campaigns and brand promotion run, a product plan made, a report written, market data researched.
        ("市场专员", "负责策划并执行线上营销活动", EV, None),
        ("品牌专员", "负责公司品牌推广和品牌传播", BM, None),
        ("品类经理", "负责户外品类的产品规划与新品开发", PP, None),
        ("数据专员", "每月输出数据分析报告，跟踪核心指标", "skill:reporting", None),
        ("市场专员", "收集和整理市场数据，分析竞品动态", MR, None),
    ],
)
def test_design_materials_and_inputs(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)


@pytest.mark.parametrize(
    ("title", "family"),
    [("入库员", "logistics"), ("拣货员", "logistics"), ("上架员", "logistics"), ("理货员", "logistics"),
     ("分拣员", "logistics"), ("仓库管理员", "logistics"), ("电商运营", "operations")],
)  # fmt: skip
def test_warehouse_titles_are_logistics(title: str, family: str) -> None:
    from nlp.role_family import title_family

    assert title_family(title) == family


TS = "skill:trade_shows"
FE = "skill:frontend_dev"
WM = "skill:warehouse_management"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Obvious alias gaps: 货位 is 库位 (R75); a 交易会 / 博览会 / 展销会 is a trade fair.
        ("拣货员", "负责仓库货品的上架与货位的调整，保证仓库整洁", WM, None),
        ("外贸主管", "积极组织与参与各种外贸交易会，寻求外商合作机会", TS, None),
        ("外贸业务员", "每年随公司参加进出口博览会，接待海外采购商", TS, None),
        # 前端 in its business sense (the client-facing side), not front-end development.
        ("运营总监", "能力要求：1.熟悉社交生态；2.前端运营策划能力；3.用户和数据洞察力", None, FE),
        ("解决方案经理", "能在前端洞察客户需求，让客户认可数据价值", None, FE),
        # Unchanged: front-end work, a warehouse's 库位, a trade show.
        ("前端开发工程师", "熟悉前端框架Vue或React，负责页面开发", FE, None),
        ("仓管员", "负责库位规划和出入库登记", WM, None),
        ("外贸业务员", "参加广交会等展会，开发海外客户", TS, None),
    ],
)
def test_alias_gaps_and_other_senses(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
