"""English phrasing of skills in English-language ads (tenth session, second English round): general cases written
for each rule, with the nearby phrasing a narrow rule must leave alone."""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # "Strong Excel" asks more than office use (R2); Excel used for calculations is analysis use.
        ("Buyer", "- Strong Excel; experience with a planning tool", "skill:excel", None),
        ("Pricing Analyst", "You'll use Excel for costing new products", "skill:excel", None),
        ("Office Assistant", "- Strong Excel and PowerPoint", None, "skill:excel"),  # beside PowerPoint: office use
        ("Operations Assistant", "- Excel skills", None, "skill:excel"),
        # data_analysis: the skill asked in so many words, or reading data to decide.
        ("Growth Marketer", "- Strong data skills and good analytical thinking", "skill:data_analysis", None),
        ("Shop Manager", "You can read a data dashboard alone", "skill:data_analysis", "skill:data_visualization"),
        ("Account Manager", "- You make decisions from data, not gut feeling", "skill:data_analysis", None),
        ("Live Host Producer", "Analyse each stream's data and spot what's working", "skill:data_analysis", None),
        ("Content Creator", "Edit short videos and track which hooks win", "skill:data_analysis", None),
        ("Sales Manager", "Analyse sales data every week", "skill:sales_analysis", "skill:data_analysis"),  # R5
        ("Marketer", "- Curious and data-driven", None, "skill:data_analysis"),  # a disposition (R3)
        # inventory_planning: stock managed, planned or checked.
        ("Marketplace Specialist", "- Manage prices and stock on Ozon", "skill:inventory_planning", None),
        ("eBay Manager", "Plan stock with our Shenzhen warehouse", "skill:inventory_planning", None),
        ("Amazon Assistant", "Keep IPI above 400", "skill:inventory_planning", None),
        ("ERP Analyst", "- Check inventory data quality every month", None, "skill:inventory_planning"),
        ("Finance Manager", "Stock options for senior roles; plan budgets", None, "skill:inventory_planning"),
        # Product cards are listings (商品卡片).
        ("Wildberries Operator", "Create product cards with Russian titles", "skill:product_listing", None),
    ],
)
def test_english_skills(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
