"""Verb-object clause rules find skills the fixed aliases miss, and only inside one clause."""

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from nlp import skill_patterns
from nlp.skill_patterns import Pattern, pattern_skill_ids, patterns
from nlp.skills import skill_ids
from nlp.taxonomy import skills


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("分析行业用户和市场需求", {"skill:market_research"}),
        ("策划和组织发布会、沟通会等媒体活动", {"skill:event_operations"}),
        ("把控产品相关的供应链成本", {"skill:cost_control"}),
        ("提升品牌影响力", {"skill:brand_marketing"}),
        ("在各自媒体平台编辑和发布图文或视频", {"skill:content_marketing"}),
        ("图文并茂", set()),
        ("负责公众号内容的策划与输出", {"skill:content_marketing"}),
        ("定期对自身产品及行业、竞争对手等进行分析", {"skill:market_research"}),
        ("用日语回复买家咨询邮件", {"skill:cs_email", "skill:multilingual_customer_service"}),  # email only (R87)
        ("优化日文商品页面", {"skill:listing_optimization"}),
        ("负责亚马逊美国站、英国站的店铺运营", {"skill:amazon_operations", "skill:multi_site_operations"}),
        ("负责美国站运营,熟悉美国站规则", set()),  # one site twice is not multi-site
        ("分析报告,市场部同事", set()),  # verb and object in different clauses
        ("超市场地宽敞,适合分析", set()),  # 市场 inside 超市|场地: not the word
        ("我们会组织一次团建,活动经费充足", set()),
        # whole_word: 数据 ending a compound (销售数据, 市场数据, 数据结构) is not data analysis.
        ("定期分析店铺销售数据与竞品动态", set()),
        ("扎实的数据结构及算法分析基础", set()),
        ("对数据进行分析,输出分析报告", {"skill:data_analysis", "skill:reporting"}),
        ("紧跟海外热点,策划优质内容", {"skill:hashtag_trends", "skill:content_marketing"}),
        ("敏锐把握游戏市场热点", set()),  # a disposition (R3)
        ("对所负责类目进行产品优化", {"skill:category_management"}),
        ("制定游戏在海外市场的营销计划", {"skill:overseas_marketing", "skill:marketing_planning"}),
        ("负责业务数据分析与挖掘", {"skill:data_mining"}),
        ("结合数据深度挖掘顾客的潜在需求", set()),  # finding needs, not data mining
        ("利用论坛、贴吧进行产品推广", {"skill:reddit_forums"}),
        ("负责入驻商家的关系维护", {"skill:customer_maintenance"}),
        ("维护好评率与卖家等级", {"skill:account_health"}),  # a store score (R84, R19), no relationship
        ("与客户技术团队进行交流", {"skill:customer_communication"}),
        ("及时处理用户问题咨询", {"skill:customer_communication"}),
        ("处理公司日常法律咨询", set()),  # a lawyer's advice, not customer service
        ("与重点客户建立长期稳定的合作关系", {"skill:customer_maintenance"}),
        # tune7
        ("负责处理第三方分销平台订单", {"skill:order_processing"}),
        ("订单量稳定,处理能力强", set()),
        ("运营科研论文公众号", {"skill:new_media_operations"}),
        ("公众号粉丝百万,运营团队成熟", set()),
        ("完成店铺每月设定的销售计划", {"skill:sales_target_management"}),
        ("制定年度培训计划", set()),  # a plan that is not a sales target (制定销售计划 counts since tune11 B9)
        ("全栈开发工程师", {"skill:frontend_dev", "skill:backend_dev"}),
        ("资深的全栈网络工程师", set()),
        ("每月销售报表整理及分析", {"skill:sales_analysis", "skill:reporting"}),
        ("每周整理销售报表", {"skill:reporting"}),
        # tune9
        ("报名平台328、618等大促活动", {"skill:platform_promotions"}),
        ("员工可自愿报名参加公司每季度组织的读书会与户外团建活动", set()),  # too far apart
        ("处理俄语买家咨询和差评回复", {"skill:multilingual_customer_service", "skill:customer_communication"}),
        # Answering buyers is the hire's work also inside a language clause (guide R67, R87).
        ("英语四级以上，能独立处理买家问题", {"skill:customer_communication"}),
        ("合理把控利润空间", {"skill:profit_analysis"}),
        ("为公司创造更多利润", set()),  # an outcome, not costing
        ("跟踪集装箱出运进度", {"skill:logistics_tracking"}),
        ("熟悉亚马逊FBA入仓规则", {"skill:marketplace_rules"}),
        ("", set()),
    ],
)
def test_pattern_skill_ids(text: str, expected: set[str]) -> None:
    assert pattern_skill_ids(text) == expected


def test_rules_of_known_ids_are_skipped() -> None:
    text = "每月销售报表整理及分析"
    assert pattern_skill_ids(text, None, {"skill:reporting"}) == {"skill:sales_analysis"}


def test_every_rule_names_a_taxonomy_skill() -> None:
    known = {c.id for c in skills()}
    # A gap of 0 is a rule for adjacent words: a short way to list every verb-object compound ("销售情况汇报").
    assert patterns() and all(p.id in known and p.verbs and p.objects and p.max_gap >= 0 for p in patterns())


@pytest.fixture
def one_rule(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., None]]:
    """Replace the rule file by one rule built from keyword arguments (the automaton is rebuilt around it)."""

    def use(**keys: Any) -> None:
        rule = Pattern("skill:event_operations", frozenset({"策划"}), frozenset({"活动"}), 8, **keys)
        monkeypatch.setattr(skill_patterns, "patterns", lambda: (rule,))
        skill_patterns._automaton.cache_clear()

    yield use
    skill_patterns._automaton.cache_clear()


def test_exclude_if_voids_a_pair_near_the_term(one_rule: Callable[..., None]) -> None:
    one_rule(exclude_if=("员工",), window=4)
    assert pattern_skill_ids("员工福利齐全,负责策划线下活动") == {"skill:event_operations"}  # 员工 5 away
    assert pattern_skill_ids("策划员工活动") == set()


def test_own_duty_families_asks_the_family_only_when_needed(one_rule: Callable[..., None]) -> None:
    asked: list[str] = []

    def family(name: str) -> Callable[[], str]:
        def get() -> str:
            asked.append(name)
            return name

        return get

    one_rule(own_duty_families=frozenset({"marketing"}))
    assert pattern_skill_ids("策划线下活动", family("marketing")) == {"skill:event_operations"}
    assert pattern_skill_ids("策划线下活动", family("other")) == set()
    assert pattern_skill_ids("负责线下推广", family("sales")) == set()  # no pair: the family is never asked
    assert asked == ["marketing", "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("严格控制采购成本", {"skill:cost_control"}),
        ("成本把控意识强", set()),  # a disposition (R11)
        ("负责人力成本的控制", set()),  # an HR figure (R43)
        ("负责推广公司品牌", {"skill:brand_marketing"}),
        ("协助雇主品牌的打造", set()),  # recruiting
        ("负责品牌商家的推广谈判", set()),  # the clients are brands
    ],
)
def test_exclude_if_in_the_rule_file(text: str, expected: set[str]) -> None:
    assert pattern_skill_ids(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [("市场专员", True), ("行政专员", False)],  # staff events are admin work (R18)
)
def test_event_rule_counts_in_its_families_only(title: str, expected: bool) -> None:
    found = skill_ids(title, "岗位职责:1、组织各类员工沙龙与主题活动")
    assert ("skill:event_operations" in found) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("负责优化roi", {"skill:ad_metrics_optimization"}),
        ("优化android端性能", set()),  # "roi" inside "android" starts no word
        ("negotiate prices with factories", {"skill:price_negotiation"}),  # a stem may end inside a word
    ],
)
def test_a_latin_term_must_start_a_word(text: str, expected: set[str]) -> None:
    assert pattern_skill_ids(text) == expected
