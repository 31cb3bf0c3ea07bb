"""English skills written as free phrasing: a verb and its object apart, or the object a list (the "english" rules of
nlp/data/skill_patterns.jsonl). Sentences are written for these tests, one general case per rule."""

from collections.abc import Callable

import pytest
from skill_case import assert_skill_case

from nlp.skill_patterns import pattern_skill_ids
from nlp.taxonomy import match_form


def _family(name: str) -> Callable[[], str]:
    return lambda: name


def _ids(text: str, family: str = "customer_service") -> set[str]:
    return pattern_skill_ids(match_form(text), _family(family))


@pytest.mark.parametrize(
    ("text", "family", "expected"),
    [
        # cs_email, live_chat: the channel is one item of a list the verb governs.
        ("Answer customer questions via phone, email and chat.", "customer_service",
         {"skill:cs_email", "skill:live_chat", "skill:phone_support"}),
        ("Reply to supplier emails every morning.", "operations", set()),  # not buyers: no email support
        ("Handle buyer messages via email.", "customer_service", {"skill:cs_email"}),
        ("Respond to Amazon buyers within 24 hours by email.", "sales", set()),  # R27: a salesperson's email
        # phone_support, and the channels of "support customers via ..."
        ("Support customers via phone, email and live chat.", "customer_service",
         {"skill:phone_support", "skill:cs_email", "skill:live_chat"}),
        ("Take inbound calls from US shoppers.", "customer_service", {"skill:phone_support"}),
        ("Handle video calls and meetings with the product team.", "customer_service", set()),
        # multilingual_customer_service: a support channel and the language it is answered in.
        ("Handle tickets and chats in German and French.", "customer_service",
         {"skill:live_chat", "skill:multilingual_customer_service"}),
        ("Handle tickets and chats in German and French.", "marketing", set()),
        # order_exceptions
        ("Follow up on lost, stolen or damaged packages with carriers.", "customer_service",
         {"skill:order_exceptions"}),
        ("Chase delayed purchase orders with suppliers.", "operations", {"skill:order_follow_up"}),
        # the adjective is not the parcels'
        # Containers tracked are shipment tracking too (twenty-first session, tests/test_skills_w21_logistics.py).
        ("Book shipments and track delayed containers.", "logistics",
         {"skill:shipping_booking", "skill:logistics_tracking"}),
        # complaint_handling
        ("Resolve PayPal and credit card disputes quickly.", "customer_service", {"skill:complaint_handling"}),
        ("Resolve disputes between team members.", "customer_service", set()),
        # ai_writing, ai_image: the AI tool named with what it writes or draws.
        ("Use Claude or Gemini to draft product titles.", "marketing", {"skill:ai_writing"}),
        (
            "Create banners and lifestyle images with Midjourney.",
            "design_content",
            {"skill:ai_image", "skill:product_image_design"},  # lifestyle images are listing images (R69)
        ),
        # ChatGPT and the posts are in two clauses: no AI writing, only the copywriting of the second
        ("Familiar with ChatGPT; able to write blog posts.", "marketing", {"skill:copywriting"}),
        ("Fine-tune an LLM on our support replies.", "engineering", set()),  # building the model, not using it
        ("Experience with Excel, AI tools and Canva templates.", "marketing", set()),
        # facebook_ads, tiktok_ads: the platform named among ad channels.
        ("Scale paid campaigns on Google Ads, Meta and TikTok.", "marketing",
         {"skill:facebook_ads", "skill:tiktok_ads", "skill:ad_campaign_management"}),
        ("Share TikTok ideas with the ads team.", "marketing", set()),
        ("Run paid campaigns on Meta and Google.", "marketing", {"skill:facebook_ads"}),
        ("Own the Meta ad account and TikTok organic posts.", "marketing", {"skill:facebook_ads"}),
        ("Optimize meta descriptions for SEO.", "marketing", set()),
        # ad_campaign_management: managing or optimising the campaigns of an ad product.
        ("Plan and optimize Sponsored Brands and Sponsored Display campaigns.", "operations",
         {"skill:ad_campaign_management"}),
        # creator_outreach
        ("Reach out to beauty and lifestyle influencers on Instagram.", "marketing", {"skill:creator_outreach"}),
        # conversion_rate_optimization
        ("Run landing page tests to increase checkout conversion.", "marketing",
         {"skill:conversion_rate_optimization"}),
        # ad metrics, not the site
        ("Increase ad conversion and lower CPC.", "marketing", {"skill:ad_metrics_optimization"}),
        ("Improve lead conversion in the CRM.", "marketing", set()),  # B2B leads
        # reporting
        ("Prepare monthly channel performance reports for the directors.", "marketing", {"skill:reporting"}),
        ("Write inspection reports for every shipment.", "procurement", set()),  # quality control's
        ("Prepare monthly cash reports for the CFO.", "operations", set()),  # a finance report (R43)
        ("Prepare monthly channel performance reports for the directors.", "other", set()),  # admin work
        # account_appeal
        ("Handle listing suppressions, account warnings and appeals.", "operations",
         {"skill:account_appeal", "skill:account_health"}),
        ("Handle appeals from staff about performance reviews.", "operations", set()),
        # product_listing: writing or creating the listings, the object apart from the verb.
        ("Create and translate new listings for the German site.", "operations", {"skill:product_listing"}),
        # video_scripting
        ("Write hooks, voice-overs and scripts for product videos.", "marketing",
         {"skill:video_scripting", "skill:copywriting"}),
        ("Write Python scripts to clean order data.", "marketing", set()),
        ("Write scripts for cold calls.", "marketing", set()),
        # hashtag_trends: using trends (R3: knowing or using trending topics)
        ("Jump on viral memes and trending sounds quickly.", "marketing", {"skill:hashtag_trends"}),
        ("Follow industry trends closely.", "marketing", set()),
        ("Use data to spot trends in store traffic.", "marketing", {"skill:data_analysis"}),  # data analysis
        # content_marketing
        ("Plan, shoot and publish weekly content for Pinterest.", "marketing", {"skill:content_marketing"}),
        ("Create content for the internal newsletter.", "marketing", set()),
        # google_prospecting: prospecting through LinkedIn (R21)
        # finding importers is also development of overseas buyers (R4, R93; tests/test_skills_w21_sales.py)
        ("Find importers through Google, customs data and LinkedIn.", "sales",
         {"skill:google_prospecting", "skill:overseas_customer_development"}),
        ("Share company news via LinkedIn.", "marketing", set()),
        # no prospecting
        ("Keep in touch with clients via email and LinkedIn.", "sales", {"skill:customer_communication"}),
        # sampling
        ("Coordinate sampling and mass production with two factories.", "procurement", {"skill:sampling"}),
        ("Manage sampling for influencers.", "operations", set()),  # product seeding (R34)
        # copywriting (R10: copy for the employer's own channels)
        ("Write scroll-stopping hooks for paid social.", "marketing", {"skill:copywriting"}),
        ("Write SQL to pull campaign data.", "marketing", set()),
        # influencer_marketing: briefing creators is running the campaign, not finding them
        ("Brief micro-influencers on each launch.", "marketing", {"skill:influencer_marketing"}),
        # user_operations
        ("Drive repeat orders and 90-day retention with CRM flows.", "marketing", {"skill:user_operations"}),
        ("Improve employee retention.", "marketing", set()),
        # api_integration
        ("Integrate our order system with carriers such as UPS and DHL.", "engineering", {"skill:api_integration"}),
    ],
)
def test_english_phrasing_rules(text: str, family: str, expected: set[str]) -> None:
    assert _ids(text, family) == expected


def test_english_rules_cross_commas_but_not_sentences_or_lines() -> None:
    assert _ids("Answer emails, marketplace messages, reviews and chat.") >= {"skill:live_chat"}
    assert "skill:live_chat" not in _ids("We answer fast. Chat is our main channel.")
    assert "skill:live_chat" not in _ids("Answer the phone\nChat with colleagues at lunch")


def test_english_rule_terms_are_whole_words() -> None:
    assert "skill:live_chat" not in _ids("Answer questions using ChatGPT")  # chat inside chatgpt
    assert "skill:order_exceptions" not in _ids("Translate the latest parcel rules")  # late inside latest


def test_chinese_rules_still_end_at_a_comma() -> None:
    assert pattern_skill_ids("分析报告,市场部同事") == set()


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        ("Export Sales Manager", "Negotiate contracts with buyers under FOB terms.", "skill:trade_contract", None),
        ("Sales Manager", "Negotiate contracts with local retailers.", None, "skill:trade_contract"),
        ("Amazon Operations Specialist", "Fix listing policy violations on Amazon quickly.", "skill:marketplace_rules",
         None),
        ("Creator Partnerships Specialist", "Approve sample requests from TikTok creators every day.", None,
         "skill:sampling"),
        ("Sourcing Specialist", "Plan deliveries with the supply chain team and the logistics team.", None,
         "skill:supply_chain"),
        ("Sourcing Specialist", "Plan deliveries with the supply chain team and the logistics team.", None,
         "skill:logistics_general"),
        ("Marketing Manager", "Pitch our app to creators for app reviews on YouTube.", None,
         "skill:review_management"),
        ("Amazon Operations Specialist", "Reply to customer reviews and questions on Amazon.",
         "skill:review_management", None),
    ],
)
def test_english_context_aliases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
