"""Relevance and platform rules from the sixteenth session's fresh-error round (the written15 tune half): families of
phrasing, not single rows (tests/gold/README.md, Relevance R-S, Platforms P1)."""

from __future__ import annotations

import pytest

from nlp.platforms import extract_platforms
from nlp.relevance import classify_relevance

_OWN_VAT = "负责公司欧洲各站点VAT的注册与申报，德国EPR年度申报，对接税务代理；熟悉OSS申报。公司在亚马逊欧洲站销售。"
_BOOKS = "负责公司日常账务、纳税申报和出口退税，核对亚马逊平台回款，编制月度报表。"
_FACTORY = "我司是出口型工厂，产品出口欧美，给多家亚马逊卖家、沃尔玛供货。负责产品组装、包装、贴FBA标签、装箱。"
_SHIP = "公司做亚马逊和速卖通，负责仓库打包发货、贴FBA标签，核对出库单。"


@pytest.mark.parametrize(
    ("title", "description", "expected"),
    [
        # In-house tax and compliance work for the employer's own foreign sales is cross-border work.
        ("跨境税务专员（VAT）", _OWN_VAT, True),
        ("海外税务主管", _OWN_VAT, True),
        ("VAT专员", _OWN_VAT, True),
        ("VAT Compliance Specialist", _OWN_VAT, True),
        # ... a general accountant whose bookkeeping includes VAT or export rebates is not,
        ("跨境电商财务会计（VAT）", _BOOKS, False),
        ("外贸会计（出口退税）", _BOOKS, False),
        ("税务专员", "负责公司增值税、企业所得税申报。", False),
        # ... and neither is the tax filing sold to sellers (R-S).
        ("跨境税务顾问", _OWN_VAT, False),
        ("VAT顾问", _OWN_VAT, False),
        # Production-line work at an export factory makes the goods: it neither sells nor ships them.
        ("普工/包装工（长白班）", _FACTORY, False),
        ("操作工", _FACTORY, False),
        ("车间组长", _FACTORY, False),
        ("Production Worker", _FACTORY, False),
        ("生产计划员（PMC）", "根据外贸部的出口订单编制生产计划，配合货代安排出货。", False),
        # The structural engineer who develops the goods is engineering; the seller's product developer is not.
        ("产品开发工程师（户外照明）", "负责亚马逊新品的结构设计、打样和CE认证资料，出口欧美。", False),
        ("Product Development Engineer", "Design the structure of new products sold on Amazon US.", False),
        ("亚马逊产品开发", "负责亚马逊美国站新品开发、选品与市场调研，对接工厂。", True),
        ("产品开发专员", "负责亚马逊美国站新品开发、选品与市场调研，对接工厂。", True),
        # Cloud sales and operations serve firms going abroad, not their trade.
        ("云计算客户经理（AWS 出海行业）", "负责出海企业的AWS云资源销售，了解跨境电商独立站的技术需求。", False),
        ("Cloud Account Manager", "Sell cloud resources to cross-border e-commerce sellers going global.", False),
        # Trainers teach, whoever their students sell to.
        ("Business English Trainer", "Teach business English to our students: Amazon and Alibaba.com sellers.", False),
        ("外贸英语老师", "为外贸企业员工讲授外贸函电和商务英语。", False),
        # An ad that denies the trade outright weighs against the blurb's export words...
        ("销售代表", "公司产品出口欧美二十多个国家。本岗位负责国内经销商开发，不涉及外贸业务，不需要英语。", False),
        ("电商运营", "负责拼多多、淘宝店铺运营。只做国内平台，不做跨境。公司另有亚马逊团队。", False),
        # ... a denied side task does not.
        ("运营专员", "负责亚马逊店铺运营，不涉及跨境物流，物流由物流部负责。", True),
        # A seller's own warehouse packer ships its marketplace orders: the scores decide.
        ("仓库打包员", _SHIP, True),
        ("仓管兼打包发货", _SHIP, True),
    ],
)
def test_relevance_titles_w15(title: str, description: str, expected: bool) -> None:
    assert classify_relevance(title, description, None, None, None)[0] is expected


_COMPLIANCE_FIRM = "我们是一家为跨境卖家提供欧盟合规服务的公司，客户以亚马逊欧洲站、Temu卖家为主。负责办理EPR注册。"
_DATA_FIRM = "公司产品为亚马逊、Shopify、Temu卖家提供订单、库存和利润分析的SaaS系统。负责分析平台销售数据。"
_TOOL_FIRM = "We build an AI tool for Amazon sellers: 5,000 Amazon and Shopify sellers use it. Sell our plans."
_FORWARDER = "公司为跨境电商卖家提供海运、空派、FBA头程及清关派送服务。负责订舱、报关资料和物流跟踪。"
_CONTENT = "公司为亚马逊和独立站卖家提供电商视觉内容服务（主图、A+）。负责用AI工具出主图和A+页面。"
_SOURCING = "我们是一家服务跨境卖家的供应链公司，为亚马逊、Temu卖家提供选品和采购代发服务。负责选品采购。"


@pytest.mark.parametrize(
    ("title", "description", "expected"),
    [
        # R-S: a firm that sells sellers software, data, tax and compliance filing or payments: its jobs deliver the
        # service, whatever marketplaces the sentence lists.
        ("欧盟合规专员（EPR/CE）", _COMPLIANCE_FIRM, False),
        ("跨境电商数据分析", _DATA_FIRM, False),
        ("Sales Executive – AI Listing Tool for Amazon Sellers", _TOOL_FIRM, False),
        ("Account Executive (Seller Software)", _TOOL_FIRM, False),
        # Services that move, source or market the sellers' goods stay cross-border.
        ("物流单证专员", _FORWARDER, True),
        ("AIGC运营（电商内容方向）", _CONTENT, True),
        ("跨境选品采购专员", _SOURCING, True),
        # A sales title with no software product in it is scored as usual.
        ("Sales Representative (Amazon)", "Sell our kitchen tools to US buyers through Amazon and trade shows.", True),
    ],
)
def test_relevance_seller_services_w15(title: str, description: str, expected: bool) -> None:
    assert classify_relevance(title, description, None, None, None)[0] is expected


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Global Sources the trade show is no marketplace; its B2B site is.
        ("Run product demos at trade shows (e.g. Global Sources, Canton Fair)", [], ["global_sources"]),
        ("参加环球资源展和广交会，开发海外客户", [], ["global_sources"]),
        ("负责环球资源店铺的询盘回复，参加广交会等展会", ["global_sources"], []),
        ("Handle inquiries from our Global Sources and Alibaba.com stores", ["global_sources", "alibaba_com"], []),
        # P1: direct-to-consumer wording with the employer's site or Shopify store is its own site.
        (
            "We sell direct-to-consumer in the US through our Shopify site, plus Amazon.",
            ["independent_site", "shopify", "amazon"],
            [],
        ),
        ("A direct-to-consumer brand selling through our website", ["independent_site"], []),
        ("We sell to retailers, not direct to consumers.", [], ["independent_site"]),
        # The employer's own app and website.
        ("selling online through our own app and website, plus Temu", ["independent_site", "temu"], []),
        ("Build our own app for the warehouse team", [], ["independent_site"]),
    ],
)
def test_platforms_w15(text: str, present: list[str], absent: list[str]) -> None:
    got = extract_platforms(None, text)
    for slug in present:
        assert slug in got
    for slug in absent:
        assert slug not in got
