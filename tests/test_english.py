"""English postings: spaCy lemmas match the taxonomy's English terms in inflected forms."""

import pytest

from nlp.english import english_skill_ids, is_english
from nlp.skills import skill_ids

EXPORT_SALES = (
    "Develop overseas customers via Alibaba.com and trade shows, prepare quotations and follow up orders until "
    "shipment. Requirements: Bachelor degree, good command of spoken and written English."
)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (EXPORT_SALES, True),
        ("负责亚马逊店铺运营, 熟悉 listing 优化, PPC 广告投放, 英语四级以上, 会使用 Excel 数据透视表", False),
        ("Amazon PPC", False),  # too short to judge: the surface pass handles it
    ],
)
def test_is_english(text: str, english: bool) -> None:
    assert is_english(text) is english


def test_inflected_english_terms_are_found() -> None:
    ids = english_skill_ids(EXPORT_SALES.lower())
    assert {"skill:quotation", "skill:trade_shows"} <= ids


def test_chinese_text_takes_no_english_pass() -> None:
    chinese = "负责报价和参加展会, 跟进订单直到出货, 需要良好的英语读写能力, 以及客户开发经验" * 3
    assert english_skill_ids(chinese) == set()


def test_skill_ids_add_english_inflections_but_not_the_company_blurb() -> None:
    description = (
        "About us: we organise trade shows for electronics makers and run our own Amazon stores.\n"
        "Responsibilities:\n" + EXPORT_SALES
    )
    ids = skill_ids("Export Sales Executive", description)
    assert "skill:quotation" in ids and "skill:trade_shows" in ids
    blurb_only = "About us: we organise trade shows and prepare quotations for electronics makers worldwide. " * 2
    duties = "\nResponsibilities:\nanswer the phone, greet visitors, book meeting rooms and keep the front desk tidy."
    assert "skill:trade_shows" not in skill_ids("Receptionist", blurb_only + duties)
    at_shows = duties + "\nHelp the sales team at trade shows twice a year."
    assert "skill:trade_shows" in skill_ids("Receptionist", at_shows)


def test_the_longest_overlapping_english_term_wins() -> None:
    text = (
        "Boost the best creator videos with Spark Ads and grow our affiliate network on TikTok Shop US. "
        "Negotiate commission rates with creators and report results weekly."
    ).lower()
    ids = english_skill_ids(text)
    assert "skill:tiktok_ads" in ids
    assert "skill:big_data" not in ids  # "spark" is inside "spark ads"


def test_english_verb_object_rules_find_sourcing_duties() -> None:
    description = (
        "Responsibilities:\n1) Compare quotes, negotiate MOQ and price, and place sample orders.\n"
        "2) Audit new factories on site and check quality before mass production.\n"
        "3) Follow up production and delivery dates with our suppliers."
    )
    ids = set(skill_ids("Sourcing Specialist", description))
    assert {"skill:price_negotiation", "skill:factory_audit", "skill:quality_control", "skill:order_follow_up"} <= ids


def test_an_ing_term_does_not_match_its_verb_or_noun() -> None:
    text = (
        "Source new products from 1688 and factories according to the monthly selection list from the operations "
        "team, and keep the purchase module of our ERP up to date for every order."
    ).lower()
    assert "skill:product_listing" not in english_skill_ids(text)  # "list" is not a listing


def test_english_duties_of_support_and_export_ads_are_found() -> None:
    support = (
        "Responsibilities: handle returns and refunds for our eBay store, remove negative feedback where possible, "
        "and chase lost parcels with the carriers."
    )
    export = (
        "Responsibilities: develop overseas customers, book shipments with our forwarders and prepare proforma "
        "invoices and packing lists for every order."
    )
    assert {"skill:returns_refunds", "skill:negative_review_handling", "skill:order_exceptions"} <= set(
        skill_ids("Customer Support Specialist", support)
    )
    assert {"skill:shipping_booking", "skill:trade_documentation", "skill:overseas_customer_development"} <= set(
        skill_ids("Export Sales", export)
    )


def test_english_blockers_hide_what_they_overlap() -> None:
    support = (
        "Reply to every buyer message with a prompt and professional answer, and keep our response time under one "
        "day on all marketplaces."
    )
    assert "skill:prompt_writing" not in set(skill_ids("Customer Support Specialist", support))
    assert "skill:prompt_writing" in set(skill_ids("AI Content Specialist", support + " Write prompts for ChatGPT."))


def test_a_degree_subject_is_not_an_english_skill() -> None:
    text = (
        "Requirements: a degree in statistics or international trade is preferred; two years of experience with "
        "Amazon Seller Central and a good command of English."
    )
    ids = set(skill_ids("Amazon Operations Assistant", text))
    assert "skill:seller_central" in ids
    assert "skill:foreign_trade_process" not in ids and "skill:statistics" not in ids
