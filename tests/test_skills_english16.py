"""English, mixed and Traditional Chinese wording of cross-border e-commerce ads (sixteenth session): lists of
transport modes ("sea/air freight"), exceptions of the warehouse and the shipment, live scripts, paid acquisition
and its metrics (MER, CAC), traffic dashboards, stock kept in sync or coordinated, context words a few English
words away from an ambiguous alias, and Taiwan / Hong Kong ads, which the normaliser turns into mainland wording.
Written from knowledge of real ads, not copied from labelled rows; each family has the nearby phrasing it must
leave alone."""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

# Long enough English to be read as English by nlp/english.py, without naming any skill of its own.
_PAD = "\nWe are a friendly team based in Shenzhen and Hong Kong with colleagues across several time zones."


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Two transport modes sharing one head noun: each mode counts ("sea/air freight" is sea and air freight).
        ("Logistics Specialist", "Coordinate sea/air freight and customs clearance", "skill:ocean_freight", None),
        ("Logistics Specialist", "Coordinate sea/air freight and customs clearance", "skill:air_freight", None),
        ("Logistics Coordinator", "Book air/sea freight for FBA inbound shipments", "skill:ocean_freight", None),
        ("Logistics Coordinator", "Book air/sea freight for FBA inbound shipments", "skill:air_freight", None),
        ("Shipping Coordinator", "Arrange sea and air shipments from Ningbo to the US", "skill:ocean_freight", None),
        ("Shipping Coordinator", "Arrange sea and air shipments from Ningbo to the US", "skill:air_freight", None),
        ("Forwarding Executive", "Quote ocean/air freight rates to sellers", "skill:ocean_freight", None),
        ("Forwarding Executive", "Experience with sea & air cargo to Europe", "skill:air_freight", None),
        ("Logistics Assistant", "Compare sea or air shipping costs for each PO", "skill:ocean_freight", None),
        ("Logistics Specialist", "Knowledge of air freight only; express couriers", None, "skill:ocean_freight"),
        ("Logistics Specialist", "Book air freight for urgent replenishment", None, "skill:ocean_freight"),
        ("Office Assistant", "Our office has sea and air views over the harbour", None, "skill:ocean_freight"),
        ("Travel Coordinator", "Book flights and hotels for the sales team", None, "skill:air_freight"),
        # Exceptions of the warehouse, the carrier or the shipment are exception handling; a program's are not.
        ("Logistics Specialist", "Handle warehouse exceptions and damaged goods", "skill:order_exceptions", None),
        ("Warehouse Coordinator", "Resolve inbound exceptions with the 3PL", "skill:order_exceptions", None),
        ("Logistics Executive", "Follow up on shipment exceptions with carriers", "skill:order_exceptions", None),
        ("Operations Assistant", "Track logistics exceptions and update buyers", "skill:order_exceptions", None),
        ("Fulfillment Lead", "Own fulfillment exceptions and escalations", "skill:order_exceptions", None),
        ("Fulfilment Lead", "Own fulfilment exceptions for the UK warehouse", "skill:order_exceptions", None),
        ("Customer Service", "Handle parcel exceptions flagged by the carrier", "skill:order_exceptions", None),
        ("Logistics Analyst", "Report carrier exceptions weekly", "skill:order_exceptions", None),
        ("Backend Engineer", "Write clean Java with proper exception handling", None, "skill:order_exceptions"),
        ("QA Engineer", "Log exceptions and stack traces in Sentry", None, "skill:order_exceptions"),
        ("HR Assistant", "Approve exceptions to the leave policy", None, "skill:order_exceptions"),
        # Live scripts are scripts written for a live show; test and sales-call scripts are not.
        ("Live Host", "Plan live scripts with the content team", "skill:video_scripting", None),
        ("Live Host", "Write live-stream scripts and product talking points", "skill:video_scripting", None),
        ("Live Producer", "Prepare live stream scripts for each session", "skill:video_scripting", None),
        ("Live Commerce Executive", "Draft live selling scripts for TikTok Shop", "skill:video_scripting", None),
        ("Streamer", "Follow the livestream script and engage viewers", "skill:video_scripting", None),
        ("Live Host", "Rehearse live show scripts before going live", "skill:video_scripting", None),
        ("QA Engineer", "Maintain automated test scripts", None, "skill:video_scripting"),
        ("Sales Rep", "Use our call scripts for outbound calls", None, "skill:video_scripting"),
        ("Live Host", "Host 3 live sessions a week on TikTok Shop", None, "skill:video_scripting"),
        # Paid acquisition run by the hire is traffic acquisition; acquisition of companies or talent is not.
        ("Performance Marketer", "Own paid acquisition across Meta and Google", "skill:traffic_acquisition", None),
        ("Growth Lead", "Lead paid acquisition for our DTC brand", "skill:traffic_acquisition", None),
        ("Growth Manager", "Scale paid acquisition profitably in the US", "skill:traffic_acquisition", None),
        ("Growth Marketer", "Drive customer acquisition through paid social", "skill:traffic_acquisition", None),
        ("Marketing Manager", "Manage new customer acquisition for the EU stores", "skill:traffic_acquisition", None),
        ("Corporate Development", "Own company acquisitions and integration", None, "skill:traffic_acquisition"),
        ("Recruiter", "Lead talent acquisition for the tech team", None, "skill:traffic_acquisition"),
        ("Finance Manager", "Support the acquisition of a logistics company", None, "skill:traffic_acquisition"),
        # Blended efficiency metrics (MER, CAC) reported or improved by a marketer are ad metrics work.
        ("Performance Marketing Manager", "Report on MER, CAC and LTV", "skill:ad_metrics_optimization", None),
        ("Growth Marketer", "Track blended ROAS and CAC weekly", "skill:ad_metrics_optimization", None),
        (
            "Performance Marketing Manager",
            "Work to lower CAC while scaling spend",
            "skill:ad_metrics_optimization",
            None,
        ),
        ("Media Buyer", "Improve MER across all paid channels", "skill:ad_metrics_optimization", None),
        ("Growth Manager", "Monitor nCAC by channel and cohort", "skill:ad_metrics_optimization", None),
        ("Growth Manager", "Work with the merchandising team on launches", None, "skill:ad_metrics_optimization"),
        ("Marketing Manager", "Merge customer lists before each send", None, "skill:ad_metrics_optimization"),
        # Traffic on a dashboard or a report is traffic analysis; driving traffic is acquisition, not analysis.
        ("Data Analyst", "Build dashboards on sales, traffic, conversion and returns", "skill:traffic_analysis", None),
        ("E-commerce Analyst", "Track traffic and conversion by channel", "skill:traffic_analysis", None),
        ("Marketplace Analyst", "Analyse traffic by keyword and ASIN", "skill:traffic_analysis", None),
        ("Shopify Specialist", "Monitor traffic, bounce and add-to-cart daily", "skill:traffic_analysis", None),
        ("Analyst", "Report on traffic and sessions every Monday", "skill:traffic_analysis", None),
        ("Growth Marketer", "Drive traffic to our Shopify site", None, "skill:traffic_analysis"),
        ("SEO Specialist", "Generate organic traffic with blog content", None, "skill:traffic_analysis"),
        ("Growth Marketer", "Track campaigns that bring paid traffic to the store", None, "skill:traffic_analysis"),
        ("Driver", "Monitor road traffic and plan delivery routes", None, "skill:traffic_analysis"),
        # Stock kept in step between warehouses and channels is inventory planning; stock photos are not.
        (
            "Marketplace Specialist",
            "Sync stock between our Venlo warehouse and bol.com",
            "skill:inventory_planning",
            None,
        ),
        ("Operations Assistant", "Coordinate stock with the Warsaw warehouse team", "skill:inventory_planning", None),
        ("Operations Manager", "Allocate inventory across FBA and our 3PL", "skill:inventory_planning", None),
        ("Ops Coordinator", "Investigate stock discrepancies and failed syncs", "skill:inventory_planning", None),
        (
            "Inventory Analyst",
            "Reconcile inventory between the ERP and Seller Central",
            "skill:inventory_planning",
            None,
        ),
        ("Marketplace Manager", "Synchronize stock levels across Amazon and eBay", "skill:inventory_planning", None),
        ("Designer", "Coordinate stock photos and brand assets", None, "skill:inventory_planning"),
        ("Finance Analyst", "Track stock prices of our listed peers", None, "skill:inventory_planning"),
        ("Assistant", "Coordinate office supplies and stationery stock", None, "skill:inventory_planning"),
        ("Developer", "Sync inventory module data via the ERP system API", None, "skill:inventory_planning"),
        # Context a few English words away from an ambiguous alias (Excel with reporting, SQL with pandas).
        ("Warehouse Supervisor", "Good with Excel and basic KPI reporting", "skill:excel", None),
        ("Operations Assistant", "Solid Excel for our weekly stock reports", "skill:excel", None),
        ("Analyst", "Excel (you will build a few charts)", "skill:excel", None),
        ("Receptionist", "Basic Word, Excel and PowerPoint", None, "skill:excel"),
        ("Assistant", "MS Office (Excel, Outlook); friendly on the phone", None, "skill:excel"),
        ("Data Analyst", "SQL and Python (pandas) for ad-hoc analysis", "skill:sql_analysis", None),
        ("Backend Engineer", "Write SQL migrations for MySQL and Postgres", None, "skill:sql_analysis"),
        # SQL beside spreadsheet skills or pulling data is analysis SQL, a little further away in English.
        (
            "Demand Planner",
            "Advanced Excel (forecast models, INDEX-MATCH, pivots); SQL is a plus",
            "skill:sql_analysis",
            None,
        ),
        ("Growth Marketer", "Comfort with spreadsheets and the odd SQL query", "skill:sql_analysis", None),
        ("Pricing Analyst", "Write SQL (Snowflake) to pull sales, traffic and ads data", "skill:sql_analysis", None),
        ("Planner", "Strong Excel (SUMIFS, Power Query); basic SQL is a plus", "skill:sql_analysis", None),
        ("Backend Engineer", "Optimise SQL and stored procedures for MySQL", None, "skill:sql_analysis"),
        ("Backend Engineer", "Optimise SQL and stored procedures for MySQL", "skill:sql_programming", None),
        # Short abbreviations keep their narrow window: "AI outputs ... Photoshop" is no Illustrator.
        ("AI Image Designer", "Retouch AI outputs in Photoshop so they pass image rules", None, "skill:illustrator"),
        ("Marketing Analyst", "Use internal BI data (AppsFlyer) to find growth", None, "skill:bi_tools"),
        ("Designer", "Skilled in PS and AI for packaging artwork", "skill:illustrator", None),
        # Live shows, creators and their metrics, in English.
        ("Live Host", "Review live performance: GMV, viewers and conversion", "skill:data_analysis", None),
        ("Live Host", "Host live sessions on TikTok Shop Malaysia", "skill:livestreaming", None),
        ("Creator Manager", "Recruit affiliate creators and negotiate commission", "skill:creator_outreach", None),
        ("Creator Manager", "Recruit affiliate creators and negotiate commission", "skill:affiliate_marketing", None),
        ("Content Creator", "Basic CapCut editing for short clips", "skill:capcut", None),
        # Paid media on named networks (a list after "across").
        ("Performance Marketer", "Run paid social campaigns on Meta and TikTok", "skill:facebook_ads", None),
        ("Performance Marketer", "Run paid social campaigns on Meta and TikTok", "skill:tiktok_ads", None),
        ("Performance Marketer", "Manage Google Ads search campaigns and PMax", "skill:google_ads", None),
        ("Growth Marketer", "Set up tracking with GA4 and server-side GTM", "skill:google_analytics", None),
        ("Email Marketer", "Build Klaviyo email and SMS flows", "skill:email_marketing", None),
        ("Brand Manager", "Work with our US influencer agency on briefs", None, "skill:tiktok_ads"),
        # Amazon account management in English.
        (
            "Amazon Account Manager",
            "Manage Sponsored Products and Sponsored Brands campaigns",
            "skill:onsite_ppc",
            None,
        ),
        (
            "Amazon Account Manager",
            "Keep ACoS within target and cut wasted spend",
            "skill:ad_metrics_optimization",
            None,
        ),
        ("Amazon Account Manager", "Plan FBA replenishment from the US warehouses", "skill:inventory_planning", None),
        ("Amazon Specialist", "Write and optimise listings and A+ content", "skill:a_plus_content", None),
        ("Amazon Specialist", "Handle A-to-z claims and account health issues", "skill:account_health", None),
        ("Amazon Specialist", "Research keywords with Helium 10", "skill:keyword_research", None),
        ("Amazon Specialist", "Pivot tables and VLOOKUP in Excel", "skill:pivot_table", None),
        ("Amazon Specialist", "Pivot tables and VLOOKUP in Excel", "skill:vlookup", None),
        # Logistics and sourcing in English.
        ("Logistics Specialist", "Knowledge of HS codes and Incoterms", "skill:incoterms", None),
        ("Logistics Specialist", "Coordinate last-mile carriers (UPS, FedEx)", "skill:last_mile", None),
        ("Logistics Specialist", "Handle customs clearance for US imports", "skill:customs_clearance", None),
        ("Logistics Specialist", "Maintain data in our WMS", "skill:wms_oms", None),
        (
            "Sourcing Specialist",
            "Find and vet new suppliers on 1688 and at trade fairs",
            "skill:supplier_development",
            None,
        ),
        ("Sourcing Specialist", "Negotiate better prices with factories", "skill:price_negotiation", None),
        ("Sourcing Specialist", "Inspect bulk production before shipment", "skill:quality_control", None),
        ("Buyer", "Place orders with suppliers and follow up production", "skill:purchasing", None),
        # Customer service in English.
        ("Customer Service", "Answer buyer emails and live chat in English", "skill:cs_email", None),
        ("Customer Service", "Handle returns, refunds and replacements", "skill:returns_refunds", None),
        ("Customer Service", "Resolve disputes and complaints from buyers", "skill:complaint_handling", None),
        ("Customer Service", "Write polite replies to reviews and Q&A", "skill:review_management", None),
        ("Customer Service", "Translate product pages from Chinese to Japanese", "skill:translation", None),
        ("Customer Service", "Track sales, returns and ratings weekly", None, "skill:returns_refunds"),
        # Data roles in English.
        ("Data Analyst", "Analyse A/B tests on pricing and product pages", "skill:ab_testing", None),
        ("Data Analyst", "Tableau or Power BI dashboards for the buying team", "skill:tableau", None),
        ("Data Analyst", "Build a dashboard on store traffic by country", "skill:traffic_analysis", None),
        ("Data Analyst", "Experience with pricing experiments and A/B tests", "skill:ab_testing", None),
        # Traditional Chinese (Taiwan, Hong Kong): the normaliser gives the mainland words.
        ("電商營運專員", "競品與市場分析，提出新品開發建議。", "skill:product_selection", None),
        ("電商營運專員", "競品與市場分析，提出新品開發建議。", "skill:competitor_analysis", None),
        ("電商營運專員", "熟悉Excel樞紐分析、函數運用。", "skill:pivot_table", None),
        ("電商營運專員", "熟悉Excel樞紐分析、函數運用。", "skill:excel", None),
        ("電商營運專員", "庫存管理與FBA補貨規劃，與倉儲及貨代窗口溝通出貨時程。", "skill:inventory_planning", None),
        ("電商營運專員", "規劃並執行站內廣告（Sponsored Products），追蹤ACoS並定期調整。", "skill:onsite_ppc", None),
        ("電商營運專員", "負責Amazon美國站帳號之日常營運，包含商品上架。", "skill:amazon_operations", None),
        ("電商營運專員", "負責Amazon美國站帳號之日常營運，包含商品上架。", "skill:product_listing", None),
        ("電商營運專員", "Listing文案撰寫與優化、圖片需求提出。", "skill:listing_optimization", None),
        ("電商營運專員", "處理客戶評論、A-to-Z申訴及帳號健康相關事務。", "skill:account_health", None),
        ("電商營運專員", "處理客戶評論、A-to-Z申訴及帳號健康相關事務。", "skill:review_management", None),
        ("蝦皮營運", "負責蝦皮賣場商品上架與活動提報。", "skill:shopee_operations", None),
        ("客服專員", "以英文回覆買家訊息與電子郵件，處理退換貨。", "skill:returns_refunds", None),
        ("採購專員", "開發新供應商並進行價格談判。", "skill:supplier_development", None),
        ("採購專員", "開發新供應商並進行價格談判。", "skill:price_negotiation", None),
        ("數據分析師", "以SQL撈取資料並製作報表。", "skill:reporting", None),
        ("行銷專員", "負責Facebook、Instagram廣告投放與成效分析。", "skill:facebook_ads", None),
        ("行銷專員", "負責Facebook、Instagram廣告投放與成效分析。", "skill:ad_campaign_management", None),
        ("物流專員", "安排海運、空運出貨並追蹤物流進度。", "skill:ocean_freight", None),
        ("物流專員", "安排海運、空運出貨並追蹤物流進度。", "skill:air_freight", None),
        ("電商營運專員", "公司福利：勞健保、年終獎金、員工旅遊。", None, "skill:product_selection"),
        ("電商營運專員", "具日本站或Shopee跨境經驗者加分。", None, "skill:product_development"),
        ("電商營運專員", "提出新品開發建議", None, "skill:product_development"),
        ("產品開發", "負責新品開發，從打樣到量產。", "skill:product_development", None),
        ("產品開發", "負責新品開發，從打樣到量產。", None, "skill:product_selection"),
        ("客服主任", "負責客訴處理及退款審核，維護賣場評價。", "skill:complaint_handling", None),
        ("物流專員", "處理倉庫異常與破損包裹，協調貨代。", "skill:order_exceptions", None),
        ("軟體工程師", "熟悉Java例外處理機制與單元測試。", None, "skill:order_exceptions"),
        ("直播主", "撰寫直播腳本並主持直播。", "skill:video_scripting", None),
        ("行銷企劃", "追蹤廣告成效（ROAS、CPA）並優化素材。", "skill:ad_metrics_optimization", None),
        (
            "Marketplace Manager",
            "Own Amazon, Walmart and eBay channels; coordinate stock with our 3PL",
            "skill:inventory_planning",
            None,
        ),
        ("Live Commerce Manager", "Run live streams on TikTok Shop and Shopee Live", "skill:livestreaming", None),
        (
            "Operations Lead",
            "Handle warehouse exceptions, damaged goods and reimbursement claims",
            "skill:order_exceptions",
            None,
        ),
        # Short Traditional lines whose only Traditional characters are frequent Taiwan / Hong Kong ones.
        ("行政助理", "熟悉樞紐分析表", "skill:pivot_table", None),
        ("物流專員", "物流追蹤", "skill:logistics_tracking", None),
        ("營運", "亞馬遜廣告", "skill:onsite_ppc", None),
        # A company sentence that runs on into the hire's part after a colon ("…at first: you'll plan…") ends there.
        (
            "Marketing Lead",
            "We are a small team and we like ownership, so the new hire will run things at first: you'll plan and"
            " optimise Google Shopping campaigns and report to the founder.",
            "skill:google_shopping",
            None,
        ),
        (
            "Customer Service",
            "We are a small team and we like ownership: our founders plan and optimise Google Shopping campaigns"
            " themselves. You will answer customer emails for our store.",
            None,
            "skill:google_shopping",
        ),
        # Mixed English and Chinese.
        (
            "Amazon运营",
            "Own paid acquisition across Meta, Google and TikTok;负责广告预算",
            "skill:traffic_acquisition",
            None,
        ),
        ("跨境物流专员", "Coordinate sea/air freight, 清关和尾程派送", "skill:ocean_freight", None),
        ("直播运营", "Plan live scripts，复盘直播数据", "skill:video_scripting", None),
        ("物流专员", "负责空运订舱，跟进航班", None, "skill:ocean_freight"),
        ("后端开发", "熟悉Java异常处理机制", None, "skill:order_exceptions"),
        ("客服专员", "负责订单异常处理，跟进丢件、破损", "skill:order_exceptions", None),
    ],
)
def test_english16(title: str, text: str, present: str | None, absent: str | None) -> None:
    if text.isascii():
        text += _PAD
    assert_skill_case(title, text, present, absent)
