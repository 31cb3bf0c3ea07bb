"""English verb-object pairs of the en12 round (nlp/data/skill_patterns.jsonl, "english": true): skills stated in
free wording, the verb and its object apart ("negotiate better pricing and payment terms with our factories").

One general case per pattern family, written for the rule from knowledge of English job ads (not copied from a
labelled row), under a neutral title that does not name the skill; where a pair lies near a wrong reading, the
nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

_PROC = "Procurement Associate"
_OPS = "Operations Associate"
_MKT = "Marketing Associate"
_LOG = "Logistics Associate"
_CS = "Customer Support Associate"
_SALES = "Sales Associate"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Sourcing and suppliers: pushing vendors for better prices; scouting, vetting or building a base of
        # suppliers; a salary or a customer's price is not the hire's price negotiation.
        (_PROC, "Push our vendors for sharper prices on repeat orders.", "skill:price_negotiation", None),
        (_SALES, "Offer customers better prices than our competitors.", None, "skill:price_negotiation"),
        (
            _PROC,
            "Scout and qualify alternative manufacturers for our best-selling lines.",
            "skill:supplier_development",
            None,
        ),
        (_PROC, "Build a bench of reliable backup vendors for key components.", "skill:supplier_development", None),
        (_PROC, "Identify quality issues with suppliers and push for fixes.", None, "skill:supplier_development"),
        (
            _PROC,
            "Check finished goods at the factory before they are released for shipping.",
            "skill:quality_control",
            None,
        ),
        (_OPS, "We inspect every candidate's portfolio carefully.", None, "skill:quality_control"),
        (_PROC, "Chase suppliers so that every order leaves the factory on schedule.", "skill:order_follow_up", None),
        (_PROC, "Keep production on track and update the team when a delivery slips.", "skill:order_follow_up", None),
        (_SALES, "We will follow up on your application within five days.", None, "skill:order_follow_up"),
        (_PROC, "Raise POs and reconcile them against invoices.", "skill:purchasing", None),
        (_PROC, "Placing orders with suppliers for our core range.", "skill:purchasing", None),
        # Account health: good standing, suspensions, policy warnings; a person in good standing is not.
        (_OPS, "Keep the account in good standing.", "skill:account_health", None),
        (_OPS, "Protect our storefronts from suspensions and policy violations.", "skill:account_health", None),
        (_OPS, "Deal with policy warnings and performance notifications quickly.", "skill:account_health", None),
        (_OPS, "Keep your manager informed and stay in good standing with the team.", None, "skill:account_health"),
        (_OPS, "Open cases with Seller Support when needed.", None, "skill:account_health"),
        # Listings and marketplace work.
        (_OPS, "Rewrite product titles and bullets so they convert better.", "skill:listing_optimization", None),
        (_OPS, "Polish our Amazon detail pages: copy, images and keywords.", "skill:listing_optimization", None),
        (
            _OPS,
            "Get new SKUs live on the marketplace with complete attributes and images.",
            "skill:product_listing",
            None,
        ),
        (_MKT, "Get ready for our TikTok live sessions twice a week.", None, "skill:product_listing"),
        (_OPS, "Push key ASINs onto page one for their main keywords.", "skill:product_ranking", None),
        (_MKT, "Get our website onto page one of Google for key terms.", None, "skill:product_ranking"),
        (_OPS, "Manage day-to-day operations of our Amazon US store.", "skill:amazon_operations", None),
        (_OPS, "Grow our eBay store in the UK.", "skill:ebay_operations", None),
        (_OPS, "Manage our TikTok Shop and its daily orders.", "skill:tiktok_shop_operations", None),
        (_MKT, "Grow our TikTok Shop affiliate program with creators.", None, "skill:tiktok_shop_operations"),
        (_OPS, "Run Amazon US and Amazon UK day to day.", "skill:amazon_operations", None),
        (_OPS, "We are the leading Amazon store for pet products.", None, "skill:amazon_operations"),
        (_OPS, "We sell through our own Amazon store and a Shopify site.", None, "skill:amazon_operations"),
        (_OPS, "Join a fast-growing Amazon business.", None, "skill:amazon_operations"),
        (_MKT, "Manage the ad campaigns of our Amazon store.", None, "skill:amazon_operations"),
        (
            _OPS,
            "Make sure our products and listings comply with marketplace policies.",
            "skill:marketplace_rules",
            None,
        ),
        # Advertising.
        (
            _MKT,
            "Tweak bids, negative keywords and placements to hit our ACOS targets.",
            "skill:ad_metrics_optimization",
            None,
        ),
        (_OPS, "Keep the PPC campaigns profitable and scale the winners.", "skill:ad_campaign_management", None),
        # Content, social and influencers (R34: seeding product to creators is creator outreach).
        (
            _MKT,
            "Work with influencers and creators on TikTok to promote our new collection.",
            "skill:influencer_marketing",
            None,
        ),
        (_MKT, "Ship free product to creators in exchange for honest videos.", "skill:creator_outreach", None),
        (_MKT, "Run our brand's social media channels day to day.", "skill:social_media_operations", None),
        (_MKT, "Grow our Instagram following and keep the feed fresh.", "skill:community_operations", None),
        (_MKT, "Meet the following requirements and build a portfolio.", None, "skill:community_operations"),
        (_MKT, "Come up with fresh content ideas for our brand channels.", "skill:content_marketing", None),
        (
            _MKT,
            "Bring more visitors to our website through paid and organic channels.",
            "skill:traffic_acquisition",
            None,
        ),
        # Data and reporting.
        (_OPS, "Dig into the weekly numbers and tell us what moved.", "skill:data_analysis", None),
        (_OPS, "Review weekly sales by SKU and explain the swings.", "skill:sales_analysis", None),
        (_OPS, "Predict how much of each SKU we will sell in the next quarter.", "skill:sales_forecasting", None),
        (_OPS, "Forecast the department's budget for next year.", None, "skill:sales_forecasting"),
        (_OPS, "Work with the project manager for sales operations.", None, "skill:sales_forecasting"),
        (_OPS, "Work out landed costs and margins for every SKU.", "skill:profit_analysis", None),
        (_OPS, "Track your commission and bonus payouts in our portal.", None, "skill:profit_analysis"),
        (_OPS, "Keep an eye on competitors' pricing, reviews and new launches.", "skill:competitor_analysis", None),
        (
            _OPS,
            "Spot products with strong demand and low competition for us to launch.",
            "skill:product_selection",
            None,
        ),
        # Inventory and logistics.
        (_OPS, "Decide when and how much to reorder for each SKU.", "skill:inventory_planning", None),
        (_OPS, "Plan restocks to avoid stock-outs during peak season.", "skill:inventory_planning", None),
        (_OPS, "Restock office supplies and keep the pantry tidy.", None, "skill:inventory_planning"),
        (_LOG, "Arrange sea and air shipments with our forwarders.", "skill:shipping_booking", None),
        (_LOG, "Arrange travel and visits for the management team.", None, "skill:shipping_booking"),
        (_LOG, "Get our containers through customs in Rotterdam and Los Angeles.", "skill:customs_clearance", None),
        (_LOG, "Prepare customs paperwork and HS codes for each shipment.", "skill:customs_declaration", None),
        (
            _LOG,
            "Compare carrier rates and choose the best shipping options.",
            "skill:logistics_channel_selection",
            None,
        ),
        (
            _LOG,
            "Oversee our overseas warehouse partners and their daily operations.",
            "skill:warehouse_management",
            None,
        ),
        # Customer service.
        (_CS, "Keep customers happy and protect our ratings.", "skill:customer_satisfaction", None),
        (_CS, "Calm down angry customers and find a fair fix.", "skill:complaint_handling", None),
        # Compliance.
        (_OPS, "Obtain CE and FCC certificates for new products with labs.", "skill:product_certification", None),
        (_OPS, "Applicants should hold professional certificates or a degree.", None, "skill:product_certification"),
        (_OPS, "Make sure every product meets EU and US safety regulations.", "skill:product_safety", None),
        # Customer communication (R44: explicit communicate / liaise / keep-informed wording), not with the team.
        (
            _SALES,
            "Communicate clearly with our overseas clients by email and phone.",
            "skill:customer_communication",
            None,
        ),
        (_CS, "Keep buyers updated on the status of their orders.", "skill:customer_communication", None),
        (_OPS, "Communicate with the warehouse team about customer orders.", None, "skill:customer_communication"),
        (_CS, "Process return and refund requests within 24 hours.", "skill:returns_refunds", None),
        # Store work, back office, fulfilment, keywords, product development, data use.
        (_OPS, "Manage the day-to-day running of our online shops.", "skill:store_operations", None),
        (_OPS, "Manage the design of our store pages.", None, "skill:store_operations"),
        (_OPS, "Work in the Amazon back office every day.", "skill:seller_central", None),
        (_LOG, "Pack and ship customer orders from our warehouse.", "skill:fulfillment_ops", None),
        (_PROC, "Prepare purchase orders for our factories.", None, "skill:fulfillment_ops"),
        (_OPS, "Build keyword lists for new launches.", "skill:keyword_research", None),
        (_PROC, "Develop 20+ new SKUs per quarter with our factories.", "skill:product_development", None),
        ("Engineering Associate", "Develop new features for our app.", None, "skill:product_development"),
        (_OPS, "Use data to drive listing and pricing decisions.", "skill:data_analysis", None),
        # Suppliers and quality, launches, SEO, affiliates, design.
        (
            _PROC,
            "Manage the relationship with our key suppliers and review their performance.",
            "skill:supplier_development",
            None,
        ),
        (_PROC, "Handle defective goods and quality claims with suppliers.", "skill:quality_control", None),
        (_OPS, "Turn new launches into best sellers within 90 days.", "skill:bestseller_building", None),
        (_MKT, "Help our blog articles rank on Google for buying-intent terms.", "skill:seo", None),
        (_OPS, "Help our listings rank on Amazon for their main keywords.", None, "skill:seo"),
        (_MKT, "Find affiliates and coupon sites to promote our brand.", "skill:affiliate_marketing", None),
        ("Design Associate", "Design eye-catching thumbnails for YouTube videos.", "skill:graphic_design", None),
        ("Design Associate", "Design and refresh the brand store pages on Amazon.", "skill:store_decoration", None),
        ("Design Associate", "Render 3D product images for new launches.", "skill:three_d_modeling", None),
        (_OPS, "Check every new product for patent and trademark risks before launch.", "skill:ip_infringement", None),
        # Healthy accounts, listing upkeep, reporting on results, inspections, regulations, quotes and buying.
        (_OPS, "Keeping all of our seller accounts healthy and in good standing.", "skill:account_health", None),
        (
            _OPS,
            "Looking after our listings: titles, bullets, images and A+ content.",
            "skill:listing_optimization",
            None,
        ),
        (_MKT, "Reporting weekly on campaign performance to the marketing lead.", "skill:reporting", None),
        (_MKT, "You will report to the marketing lead.", None, "skill:reporting"),
        ("Buyer", "Working with factories to make sure orders ship on time.", "skill:order_follow_up", None),
        ("Buyer", "Arranging third-party inspections before shipment.", "skill:quality_control", None),
        (_OPS, "Ensuring all products comply with EU and US regulations.", "skill:compliance_general", None),
        (_OPS, "Make sure our hiring complies with local employment regulations.", None, "skill:compliance_general"),
        (_OPS, "Working with labs to get products tested and certified.", "skill:product_certification", None),
        ("Buyer", "Get quotes from three factories and compare them.", "skill:purchasing", None),
        (_LOG, "Get quotes from freight forwarders for each shipment.", None, "skill:purchasing"),
        ("Buyer", "Buy raw materials and packaging from approved vendors.", "skill:purchasing", None),
        (_OPS, "Employees can buy products from our store at a 30% discount.", None, "skill:purchasing"),
        # Meta campaigns, post scheduling, email lists, brand awareness, press, languages, production, costs.
        (_MKT, "Build, launch and optimise campaigns on Meta.", "skill:facebook_ads", None),
        (_MKT, "Our marketing team of five runs campaigns across Meta and Google.", None, "skill:facebook_ads"),
        (_MKT, "Schedule posts in advance for Instagram and Facebook.", "skill:social_media_operations", None),
        (_MKT, "Grow our newsletter subscriber base and send weekly emails.", "skill:email_marketing", None),
        (_MKT, "Build awareness of our brand in new markets.", "skill:brand_marketing", None),
        (_MKT, "Get our brand featured in magazines and blogs.", "skill:public_relations", None),
        (_CS, "Reply to customers in English and Spanish.", "skill:multilingual_customer_service", None),
        ("Buyer", "Plan production with factories to meet peak demand.", "skill:production_planning", None),
        (_MKT, "Plan production of product videos with our studio.", None, "skill:production_planning"),
        ("Buyer", "Look for new trending products at trade fairs and on 1688.", "skill:product_selection", None),
        ("Buyer", "Cut costs on packaging and materials without hurting quality.", "skill:cost_control", None),
        (_OPS, "Open and manage our Temu store.", "skill:temu_operations", None),
        (_OPS, "Our Temu and TikTok Shop stores are run by another team.", None, "skill:temu_operations"),
        # Booking space, shipment follow-up, FBA fees, wasted spend, creator rates, after-sales, ratings.
        (_LOG, "Work with our forwarders to book space during peak season.", "skill:shipping_booking", None),
        (_MKT, "Book meeting rooms and office space for the team.", None, "skill:shipping_booking"),
        (_LOG, "Follow up on delayed shipments with the carriers.", "skill:logistics_tracking", None),
        (_OPS, "Handle removal orders and long-term storage fees.", "skill:fba", None),
        (_MKT, "Add negative keywords to cut wasted ad spend.", "skill:ad_metrics_optimization", None),
        (_MKT, "Negotiate rates and deliverables with creators.", "skill:influencer_marketing", None),
        (_CS, "Resolve customer issues on the first contact whenever possible.", "skill:after_sales", None),
        (_CS, "Keep our seller feedback rating above 98%.", "skill:account_health", None),
        (_SALES, "Send samples to prospects and follow up on their feedback.", "skill:sampling", None),
        (_MKT, "Send samples to creators and follow up on their posts.", None, "skill:sampling"),
        (_SALES, "Grow sales with existing distributors in Latin America.", "skill:customer_maintenance", None),
        (_SALES, "Explore new markets in the Middle East and Africa.", "skill:overseas_customer_development", None),
        (
            _SALES,
            "Coordinate with the factory on production and shipping of customer orders.",
            "skill:order_follow_up",
            None,
        ),
        ("Buyer", "Visit factories regularly to check progress and quality.", "skill:quality_control", None),
        (_OPS, "Monitor the quality of our video content and photos.", None, "skill:quality_control"),
        # Unit prices, niches, complaints (not IP complaints, R52), compliance with the marketplace, order spans.
        ("Buyer", "Negotiate the best possible unit price with each vendor.", "skill:price_negotiation", None),
        (_OPS, "Identify new niches and products with growth potential.", "skill:product_selection", None),
        (_CS, "Deal with complaints professionally and find solutions.", "skill:complaint_handling", None),
        (_OPS, "Respond to IP complaints against our listings with our lawyers.", None, "skill:complaint_handling"),
        (_OPS, "Keep products compliant with marketplace and EU rules.", "skill:marketplace_rules", None),
        (_SALES, "Manage orders from confirmation to shipment.", "skill:order_follow_up", None),
        # Meta testing, community groups, brand visuals, packaging, why sales moved, sales forecasts, data to action.
        (_MKT, "Test audiences, creatives and bidding strategies on Meta.", "skill:facebook_ads", None),
        (_MKT, "Moderate our Facebook group and answer members' questions.", "skill:community_operations", None),
        (
            "Design Associate",
            "Put together mood boards and visual guidelines for the brand.",
            "skill:brand_visual",
            None,
        ),
        ("Design Associate", "Mock up new packaging concepts for the product team.", "skill:packaging_design", None),
        ("Buyer", "Design the process for choosing packaging suppliers.", None, "skill:packaging_design"),
        (_OPS, "Figure out why sales dropped and fix it fast.", "skill:sales_analysis", None),
        (_OPS, "Build simple models to forecast next quarter's sales.", "skill:sales_forecasting", None),
        (_OPS, "Read the data and turn it into clear actions.", "skill:data_analysis", None),
        # Freight rates and savings, HS codes, customs holds, carrier choice, compliance papers, claims, payments.
        (_LOG, "Get the best rates from forwarders for every lane.", "skill:logistics_cost", None),
        (_LOG, "Consolidate shipments to save on freight.", "skill:logistics_cost", None),
        (_LOG, "Reduce shipping times to the EU.", None, "skill:logistics_cost"),
        (_LOG, "Look up HS codes and duty rates for new products.", "skill:customs_declaration", None),
        (_LOG, "Handle customs holds and inspections at the destination.", "skill:customs_clearance", None),
        (
            _LOG,
            "Ship parcels with USPS and UPS and pick the cheapest option.",
            "skill:logistics_channel_selection",
            None,
        ),
        (_OPS, "Make sure our labels and manuals meet local requirements.", "skill:compliance_general", None),
        (_OPS, "Handle Amazon compliance requests and upload test reports.", "skill:product_certification", None),
        (_CS, "Help customers troubleshoot products and arrange replacements.", "skill:after_sales", None),
        (_CS, "Escalate damaged-in-transit cases to the carrier and file claims.", "skill:order_exceptions", None),
        (
            _SALES,
            "Build a pipeline of importers and distributors in the EU.",
            "skill:overseas_customer_development",
            None,
        ),
        (_SALES, "Follow up on leads from trade shows and our website.", "skill:inquiry_handling", None),
        (_SALES, "Keep in regular contact with our key buyers.", "skill:customer_maintenance", None),
        (_SALES, "Negotiate prices, payment terms and delivery with customers.", "skill:business_negotiation", None),
        (_SALES, "Chase overdue payments from customers.", "skill:trade_settlement", None),
        ("Buyer", "Follow up on overdue payments to suppliers.", None, "skill:trade_settlement"),
        # Launch plans, accurate listings, variations, click-through, campaign structure, retargeting, subject lines.
        (
            _OPS,
            "Own the launch plan for every new ASIN from listing to first reviews.",
            "skill:bestseller_building",
            None,
        ),
        (_OPS, "Keep listings accurate: prices, stock, images and variations.", "skill:product_listing", None),
        (_OPS, "Merge and split variations and fix broken parent-child links.", "skill:variation_management", None),
        (_OPS, "Raise our click-through rate with better main images.", "skill:listing_optimization", None),
        ("Design Associate", "Track which images lift click-through rate.", None, "skill:listing_optimization"),
        (_MKT, "Structure campaigns by match type and product group.", "skill:ad_campaign_management", None),
        (_MKT, "Scale influencer campaigns across Europe.", None, "skill:ad_campaign_management"),
        (_MKT, "Retarget site visitors and cart abandoners with dynamic ads.", "skill:retargeting", None),
        (_MKT, "Write and test subject lines for our email sends.", "skill:email_marketing", None),
        (_OPS, "Dig through Helium 10 data to find gaps in the market.", "skill:product_selection", None),
        (_OPS, "Keep an eye on BSR and review counts of top sellers.", "skill:competitor_analysis", None),
        # Daily order checks, price decisions, feedback study, weekly updates, FBA prep, sourcing parts.
        (_OPS, "Check orders every morning and sort out any problems.", "skill:order_processing", None),
        (_OPS, "Decide on prices and discounts for each season.", "skill:pricing_strategy", None),
        (_OPS, "Collect and study customer feedback to improve our products.", "skill:review_management", None),
        (_OPS, "Prepare for your annual performance review with your manager.", None, "skill:review_management"),
        (_OPS, "Share weekly updates on sales, stock and ads with the team.", "skill:reporting", None),
        (_LOG, "Label and prep goods to Amazon's standards.", "skill:fba", None),
        ("Buyer", "Source components from local suppliers at the best price.", "skill:sourcing", None),
        ("Engineering Associate", "Contribute to open source components and libraries.", None, "skill:sourcing"),
        # Quotes and catalogs for buyers, visuals, creator content, pitching to retailers.
        (_SALES, "Prepare samples, quotes and catalogs for new buyers.", "skill:quotation", None),
        ("Buyer", "Request quotes from three suppliers for each new item.", None, "skill:quotation"),
        ("Design Associate", "Create visuals for our social media and website.", "skill:graphic_design", None),
        (_OPS, "Create data visuals and dashboards for the weekly meeting.", None, "skill:graphic_design"),
        (_MKT, "Repurpose creator content into ads and product page videos.", "skill:ugc", None),
        (_SALES, "Present our catalog to buyers at meetings and fairs.", "skill:b2b_sales", None),
        # Foreign trade sales.
        (_SALES, "Sell our products to wholesalers and retailers in Europe.", "skill:b2b_sales", None),
        (_SALES, "Own the sales process from inquiry to shipment.", "skill:foreign_trade_process", None),
        (_SALES, "Agree prices and terms with buyers and close orders.", "skill:business_negotiation", None),
        (_PROC, "Agree on deals and payment schedules with vendors.", None, "skill:business_negotiation"),
        (
            _SALES,
            "Respond to customer inquiries and RFQs from overseas buyers within a day.",
            "skill:inquiry_handling",
            None,
        ),
        (
            _SALES,
            "Win new wholesale accounts in Europe and North America.",
            "skill:overseas_customer_development",
            None,
        ),
        (_SALES, "Look after our existing key accounts and grow repeat business.", "skill:customer_maintenance", None),
        (_SALES, "Host foreign buyers when they visit our showroom.", "skill:foreign_client_reception", None),
        (_SALES, "Reach out to potential buyers by email and LinkedIn.", "skill:google_prospecting", None),
        (_SALES, "Keep in touch with existing clients on LinkedIn.", None, "skill:google_prospecting"),
        (_PROC, "Turn product ideas into samples with our factories.", "skill:product_development", None),
    ],
)
def test_skill_patterns_en12_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
