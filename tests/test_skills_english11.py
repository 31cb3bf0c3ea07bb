"""English vocabulary of the skills taxonomy (eleventh session): the usual ways an English job ad asks for each
skill, written from knowledge of real ads rather than from labelled rows; one case per family of aliases, with the
nearby phrasing a narrow alias must leave alone."""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Running a marketplace store or seller account, by marketplace.
        ("Specialist", "Manage our Amazon seller account day to day", "skill:amazon_operations", None),
        ("Manager", "Own the Amazon channel end to end", "skill:amazon_operations", None),
        ("Specialist", "Run Shopee shops in Malaysia and Thailand", "skill:shopee_operations", None),
        ("Manager", "Run our TikTok Shop store", "skill:tiktok_shop_operations", None),
        ("Manager", "Manage our Temu store and listings", "skill:temu_operations", None),
        ("Specialist", "Manage our Walmart Marketplace account", "skill:walmart_operations", None),
        ("Manager", "Run our Etsy shop", "skill:etsy_operations", None),
        # R17: an affiliate program of the store is affiliate work, not the store's operations.
        ("Creator Manager", "Grow our TikTok Shop affiliate program", None, "skill:tiktok_shop_operations"),
        # E-commerce operations and the own website.
        ("Specialist", "2+ years of e-commerce operations experience", "skill:ecommerce_operations", None),
        ("Manager", "Manage our e-commerce channels", "skill:ecommerce_operations", None),
        ("Manager", "Grow our DTC channel and the Shopify site", "skill:independent_site_operations", None),
        ("E-commerce Assistant", "Set up Shopify stores and install Shopify apps", "skill:shopify_store", None),
        # Several marketplaces at once; a support agent answering buyers of several marketplaces is not it.
        ("Channel Manager", "Manage sales across multiple marketplaces", "skill:multi_platform_operations", None),
        (
            "Support Agent",
            "Answer customer messages from multiple marketplaces",
            None,
            "skill:multi_platform_operations",
        ),
        ("Assistant", "Handle daily store maintenance", "skill:store_operations", None),
        # Seller accounts opened, kept healthy.
        ("Specialist", "Open and register new seller accounts on new marketplaces", "skill:account_registration", None),
        ("Amazon Specialist", "Keep the cancellation rate low and watch seller metrics", "skill:account_health", None),
        # Catalogue and listing work.
        (
            "Catalog Specialist",
            "Manage the product catalog and bulk uploads with flat files",
            "skill:product_listing",
            None,
        ),
        ("Specialist", "Optimise product detail pages and bullet points", "skill:listing_optimization", None),
        ("Specialist", "Research keywords with Helium 10", "skill:keyword_research", None),
        ("Specialist", "Grow organic rank for core keywords", "skill:product_ranking", None),
        ("Specialist", "Plan Amazon deals and marketplace promotions", "skill:platform_promotions", None),
        ("Manager", "Launch products on Amazon and own the product launch strategy", "skill:bestseller_building", None),
        # Marketing tied to launches is not the launch itself.
        ("Affiliate Manager", "Run affiliate activations tied to product launches", None, "skill:bestseller_building"),
        ("Specialist", "Keep listings within marketplace guidelines", "skill:marketplace_rules", None),
        ("Sales Manager", "Hit sales targets and quarterly quotas", "skill:sales_target_management", None),
        # Advertising: marketplace ads, metrics, paid campaigns, channels.
        ("Specialist", "Manage Amazon advertising campaigns and bids", "skill:onsite_ppc", None),
        ("Specialist", "Manage Walmart Connect and Walmart Sponsored Products", "skill:onsite_ppc", None),
        ("PPC Specialist", "Reduce ACoS and hit ad metrics each week", "skill:ad_metrics_optimization", None),
        ("Marketer", "Own performance marketing and paid social", "skill:ad_campaign_management", None),
        ("Media Buyer", "Hands-on with Facebook Ads Manager", "skill:facebook_ads", None),
        ("Email Marketer", "Own email and SMS marketing and drip campaigns", "skill:email_marketing", None),
        ("Marketer", "Sign up for our newsletter to hear about new products", None, "skill:email_marketing"),
        ("Feed Specialist", "Keep the Google Shopping feed clean", "skill:google_shopping", None),
        ("Growth Marketer", "Drive website traffic through SEO and paid", "skill:traffic_acquisition", None),
        ("Alibaba Specialist", "Run Alibaba.com P4P", "skill:p4p", None),
        # Social channels and creators.
        ("Marketer", "Own our Instagram marketing", "skill:instagram_operations", None),
        ("Marketer", "Manage the YouTube channel and YouTube marketing", "skill:youtube_operations", None),
        ("Marketer", "Post on X/Twitter every day", "skill:twitter_operations", None),
        ("Marketer", "Run Pinterest marketing", "skill:pinterest_operations", None),
        ("Marketer", "Grow our LinkedIn company page", "skill:linkedin_operations", None),
        ("Specialist", "Source influencers and manage influencer relationships", "skill:creator_outreach", None),
        ("Community Manager", "Grow our community on Discord", "skill:community_operations", None),
        ("PR Manager", "Pitch journalists and write press kits", "skill:public_relations", None),
        ("Marketer", "Plan whatsapp marketing campaigns", "skill:whatsapp_marketing", None),
        # R18 stands: an ad's own 'video concepts' with the creative team are not scripts the hire writes.
        ("UA Manager", "Work with the creative team on video concepts", None, "skill:video_scripting"),
        # Data and reporting.
        ("Analyst", "Own weekly reporting and KPI reports", "skill:reporting", None),
        ("Analyst", "Track key metrics and analyse KPIs", "skill:kpi_analysis", None),
        # Design.
        ("Designer", "Create marketing graphics and visual assets", "skill:graphic_design", None),
        ("Designer", "Design product packaging and label artwork", "skill:packaging_design", None),
        ("Designer", "Shoot product photos and lifestyle shoots", "skill:product_photography", None),
        # Tools.
        ("Buyer", "Experience with ERP systems such as NetSuite", "skill:erp_general", None),
        ("Sales Rep", "Log every call in our CRM system", "skill:crm", None),
        # Logistics and fulfilment.
        ("Logistics Specialist", "Book first-leg freight to the US", "skill:first_leg", None),
        ("Warehouse Associate", "Pick, pack and ship orders and print packing slips", "skill:fulfillment_ops", None),
        # Sourcing and production.
        ("Buyer", "Build relationships with factories and vet suppliers", "skill:supplier_development", None),
        ("Buyer", "Resolve quality issues with factories", "skill:quality_control", None),
        ("Buyer", "High quality standards and attention to detail", None, "skill:quality_control"),
        ("Planner", "Plan production schedules with the factory", "skill:production_planning", None),
        # R: following an order's production schedule is order follow-up, not production planning.
        (
            "Export Sales",
            "Follow orders from contract to shipment: production schedule, inspection",
            None,
            "skill:production_planning",
        ),
        ("Sourcing Agent", "Source from 1688 and Taobao", "skill:sourcing_1688", None),
        # Customer service.
        ("CS Rep", "Respond to negative reviews within a day", "skill:negative_review_handling", None),
        ("CS Rep", "Reply to customer messages and buyer-seller messaging", "skill:customer_communication", None),
        ("CS Rep", "Handle shipping delays and undelivered parcels", "skill:order_exceptions", None),
        ("Support Agent", "Work tickets in our ticketing system", "skill:helpdesk_tools", None),
        # Compliance.
        ("Compliance Specialist", "Arrange FCC certification for new products", "skill:fcc_certification", None),
        ("Compliance Specialist", "Arrange product testing and certification", "skill:product_certification", None),
        # Foreign trade.
        ("Export Sales", "Find overseas buyers through trade shows", "skill:overseas_customer_development", None),
        ("Export Sales", "Attend exhibitions in Europe", "skill:trade_shows", None),
        # Second batch: verb phrases of duty lines.
        ("Amazon Specialist", "Audit and improve existing listings", "skill:listing_optimization", None),
        ("Amazon Specialist", "Identify keywords and keyword opportunities", "skill:keyword_research", None),
        ("Media Buyer", "Scale Meta campaigns profitably", "skill:facebook_ads", None),
        ("Content Marketer", "Optimize blog content for search engines", "skill:seo", None),
        ("CRM Manager", "Grow our email list and email subscribers", "skill:email_marketing", None),
        (
            "Partnerships Manager",
            "Recruit affiliates and manage the affiliate program",
            "skill:affiliate_marketing",
            None,
        ),
        ("Influencer Specialist", "Send products to creators and follow up on posts", "skill:creator_outreach", None),
        ("Product Manager", "Analyze market demand and research target markets", "skill:market_research", None),
        ("Product Researcher", "Identify profitable products to launch", "skill:product_selection", None),
        (
            "Product Manager",
            "Define product specifications with engineers and suppliers",
            "skill:product_development",
            None,
        ),
        ("QC Specialist", "Make sure goods meet our quality standards", "skill:quality_control", None),
        (
            "Logistics Specialist",
            "Coordinate international shipments from China",
            "skill:international_logistics",
            None,
        ),
        ("CS Lead", "De-escalate angry customers and own escalated tickets", "skill:complaint_handling", None),
        ("Amazon Specialist", "Resolve account suspensions and reinstate listings", "skill:account_appeal", None),
        ("Data Analyst", "Turn data into actionable insights", "skill:data_analysis", None),
        ("Pricing Analyst", "Calculate landed costs and margins per SKU", "skill:profit_analysis", None),
        ("Key Account Manager", "Maintain relationships with existing clients", "skill:customer_maintenance", None),
        ("Web Designer", "Design landing pages and website layouts", "skill:ui_design", None),
        ("Export Sales", "Participate in international trade fairs", "skill:trade_shows", None),
        ("Product Analyst", "Benchmark competitors and track competitors' prices", "skill:competitor_analysis", None),
        ("Marketer", "We sell in a competitive landscape", None, "skill:competitor_analysis"),
        ("Translator", "Translate marketing materials into Spanish", "skill:translation", None),
        ("Compliance Specialist", "Check product safety standards for toys", "skill:product_safety", None),
        ("Backend Engineer", "Natural language processing and computer vision", "skill:nlp_engineering", None),
        ("Backend Engineer", "Git and version control", "skill:git", None),
        # Third batch, from reading real English ads: catalogue setup, booking space, seeding, trends.
        ("E-commerce Coordinator", "Handle catalog uploads and SKU setup", "skill:product_listing", None),
        ("Logistics Coordinator", "Book space with carriers and confirm departures", "skill:shipping_booking", None),
        ("Affiliate Manager", "Coordinate affiliate gifting to creators", "skill:creator_outreach", None),
        ("Social Media Manager", "Monitor TikTok trends, sounds and formats", "skill:hashtag_trends", None),
        ("Buyer", "Track trends in home decor", None, "skill:hashtag_trends"),
        # The English verb 'review' is no review management; Amazon reviews still are.
        ("CS Specialist", "Review and assess potentially fraudulent orders", None, "skill:review_management"),
        ("Logistics Specialist", "Prepare, review and manage shipping documents", None, "skill:review_management"),
        ("Coordinator", "Content approval, compliance review and reporting", None, "skill:review_management"),
        ("亚马逊运营", "负责店铺review的获取和维护", "skill:review_management", None),
        # A branded or retail store is not the Amazon Brand Store.
        (
            "CS Specialist",
            "Manage customer enquiries across several marketplaces and our branded stores via email and platform "
            "tools, and keep customers informed about delivery",
            None,
            "skill:store_decoration",
        ),
        ("Store Assistant", "Serve customers in our brand store in the mall", None, "skill:store_decoration"),
        ("Amazon Designer", "Design our Amazon brand store", "skill:store_decoration", None),
        # Fourth batch: foreign-trade wording of Chinese exporters' English ads.
        (
            "Foreign Trade Salesman",
            "Handle the tax refund after shipment",
            "skill:export_tax_rebate",
            "skill:returns_refunds",
        ),
        ("Foreign Trade Salesman", "Make a full set of documents for each shipment", "skill:trade_documentation", None),
        ("Sales Specialist", "Urge the customer to pay on time", "skill:trade_settlement", None),
        ("Sales Specialist", "Complete the annual sales task", "skill:sales_target_management", None),
        # 'reviews' as the verb of a development job is not reviews of products.
        ("Product Developer", "Reviews all prototypes and attends sample reviews", None, "skill:review_management"),
        # A platform's algorithm is not the engineering skill; algorithms count in an engineer's job.
        (
            "Social Media Manager",
            "Adapt the content strategy to TikTok algorithm changes and keep engagement growing on all of our "
            "social media accounts every week",
            None,
            "skill:algorithms",
        ),
        ("Amazon Specialist", "Know how Amazon's ranking algorithms work", None, "skill:algorithms"),
        ("Backend Engineer", "Strong knowledge of algorithms", "skill:algorithms", None),
        # Fifth batch: English words that name a tool or a skill only in a tool's context.
        ("Amazon Specialist", "React quickly to changes in the market", None, "skill:frontend_frameworks"),
        ("Frontend Engineer", "Build pages in React and TypeScript", "skill:frontend_frameworks", None),
        ("Export Sales Manager", "Close deals with distributors in Europe", None, "skill:platform_promotions"),
        ("Amazon Specialist", "Plan deals and coupons for Prime Day", "skill:platform_promotions", None),
        ("Amazon Specialist", "For any inquiries about this role, please contact HR", None, "skill:inquiry_handling"),
        ("Export Sales", "Reply to inquiries from Alibaba.com within a day", "skill:inquiry_handling", None),
        ("Fashion Designer", "Create collections inspired by the latest runway shows", None, "skill:ai_video"),
        ("Video Creator", "Make AI clips with Runway and HeyGen", "skill:ai_video", None),
        ("Fashion Designer", "Sketch new ideas every season", None, "skill:figma_sketch"),
        ("UI Designer", "Design app screens in Sketch", "skill:figma_sketch", None),
        ("Sourcing Specialist", "Source phone shell and case suppliers", None, "skill:linux"),
        ("DevOps Engineer", "Write shell scripts on Linux servers", "skill:linux", None),
        ("Event Manager", "Plan the premiere of our new product line", None, "skill:premiere"),
        ("Video Editor", "Edit videos in Premiere and After Effects", "skill:premiere", None),
        ("Logistics Specialist", "Track every node of the shipment", None, "skill:nodejs"),
        ("Backend Engineer", "Build services in Node and TypeScript", "skill:nodejs", None),
        ("Buyer", "Plan the spring collection with designers", None, "skill:spring"),
        ("HR Assistant", "Arrange gifts for the Spring Festival", None, "skill:spring"),
        ("Java Engineer", "Build services with Java and Spring", "skill:spring", None),
        ("Content Creator", "Write hooks that spark conversations", None, "skill:big_data"),
        ("Data Engineer", "Build data pipelines with Spark and Kafka", "skill:big_data", None),
        # Sixth batch: how to apply, where to follow the employer, how the hire is paid are not skills.
        ("Amazon Specialist", "Apply via LinkedIn or send your CV to HR", None, "skill:linkedin_operations"),
        ("Buyer", "Follow us on LinkedIn for company news", None, "skill:linkedin_operations"),
        ("Export Sales", "Find buyers through LinkedIn and Google", "skill:linkedin_operations", None),
        ("Amazon Specialist", "Send your CV to us on WhatsApp", None, "skill:whatsapp_marketing"),
        ("Export Sales", "Follow up leads on WhatsApp and email", "skill:whatsapp_marketing", None),
        ("Virtual Assistant", "Salary is paid monthly via PayPal", None, "skill:cross_border_payments"),
        ("Finance Assistant", "Reconcile PayPal and Payoneer accounts", "skill:cross_border_payments", None),
        ("Buyer", "Follow us on Instagram to see our latest products", None, "skill:instagram_operations"),
        ("Amazon Specialist", "Watch our YouTube channel to learn about us", None, "skill:youtube_operations"),
        ("Sourcing Specialist", "Like our Facebook page for open roles", None, "skill:facebook_operations"),
        ("Shoe Buyer", "Source patent leather shoes", None, "skill:patent_search"),
        ("Amazon Specialist", "We review every application within a week", None, "skill:review_management"),
        # Complying with a marketplace's policies is its rules (R49), not compliance in general.
        (
            "Amazon Specialist",
            "Ensure compliance with Amazon policies",
            "skill:marketplace_rules",
            "skill:compliance_general",
        ),
        # Seventh batch: design, compliance, customs, logistics, support inbox and sourcing wording.
        ("Photo Editor", "Remove backgrounds and build clipping paths", "skill:image_retouching", None),
        ("Designer", "Create image stacks for Amazon listings", "skill:product_image_design", None),
        ("Web Designer", "Build high-fidelity mockups and clickable prototypes", "skill:ui_design", None),
        ("Designer", "Design ad creatives for Meta and TikTok", "skill:graphic_design", None),
        ("Media Buyer", "Test ad creatives and scale winners", None, "skill:graphic_design"),
        (
            "Compliance Specialist",
            "Coordinate product testing with third-party labs",
            "skill:product_certification",
            None,
        ),
        ("Trade Compliance Analyst", "Screen customers against sanctions lists", "skill:export_control", None),
        ("Customs Specialist", "Assign HTS codes and file customs entries", "skill:customs_declaration", None),
        (
            "Logistics Coordinator",
            "Work with third-party logistics providers in the US",
            "skill:overseas_warehouse",
            None,
        ),
        ("Logistics Manager", "Choose carriers for each lane", "skill:logistics_channel_selection", None),
        ("CS Agent", "Handle RMAs and replacement orders", "skill:returns_refunds", None),
        ("CS Agent", "Manage the support inbox", "skill:cs_email", None),
        ("Sourcing Manager", "Qualify new suppliers and build the supply base", "skill:supplier_development", None),
        ("Buyer", "Negotiate better pricing with vendors", "skill:price_negotiation", None),
        ("Sourcing Manager", "Drive cost reductions across categories", "skill:cost_control", None),
        ("Product Developer", "Create tech packs for new styles", "skill:product_development", None),
        ("Sourcing Specialist", "Read product specs and customer feedback", None, "skill:product_development"),
        ("Product Manager", "Validate new product ideas before launch", "skill:product_selection", None),
        ("Buyer", "Spot trends early and turn them into products", "skill:trend_research", None),
        # R17: running the store's affiliate program is affiliate work, not the store's operations.
        (
            "Influencer Specialist",
            "Run our TikTok Shop affiliate program and product seeding",
            None,
            "skill:tiktok_shop_operations",
        ),
        (
            "Export Sales Manager",
            "Maintain good relationships with existing customers",
            "skill:customer_maintenance",
            None,
        ),
        # British spellings of American aliases, and the other way round.
        ("Listing Specialist", "Own detail page optimisation", "skill:listing_optimization", None),
        ("Feed Specialist", "Manage Google Merchant Centre", "skill:google_shopping", None),
        ("Operations Specialist", "Prepare catalogue uploads", "skill:product_listing", None),
        # Ninth batch: lifecycle, peak season, Amazon modules, retention, EU tax, trade and procurement wording.
        ("Amazon Manager", "Clear slow-moving inventory and discontinue SKUs", "skill:product_lifecycle", None),
        ("Amazon Manager", "Own Q4 planning and Prime Day preparation", "skill:peak_season_campaigns", None),
        ("Designer", "Build the Amazon Brand Story modules", "skill:a_plus_content", None),
        ("Amazon Manager", "Grow sales on Amazon EU5 marketplaces", "skill:multi_site_operations", None),
        ("CRM Manager", "Increase customer lifetime value and repeat customers", "skill:user_operations", None),
        ("Tax Specialist", "Handle IOSS registration", "skill:vat", None),
        ("Compliance Specialist", "Handle LUCID registration in Germany", "skill:epr", None),
        ("Export Sales", "Host factory visits for foreign buyers", "skill:foreign_client_reception", None),
        ("Export Sales", "Sell to importers and distributors in Africa", "skill:b2b_sales", None),
        ("Sales Rep", "Run email outreach to prospects", "skill:prospecting_emails", None),
        ("Sales Rep", "Find buyers on Google and trade directories", "skill:google_prospecting", None),
        ("Content Creator", "Film product videos and unboxing videos", "skill:video_shooting", None),
        ("Warehouse Lead", "Keep inventory accuracy above 99%", "skill:warehouse_management", None),
        ("Import Specialist", "Handle customs formalities and import duties", "skill:customs_clearance", None),
        ("Buyer", "Raise POs and follow up with factories", "skill:purchasing", None),
        ("Merchandiser", "Expedite orders and chase suppliers", "skill:order_follow_up", None),
        ("QC Inspector", "Run defect analysis and corrective actions", "skill:quality_control", None),
        ("Product Developer", "Evaluate samples and approve samples", "skill:sampling", None),
        # A kitchen blender is a product, not the 3D tool; the tool counts in design and 3D jobs.
        ("Sourcing Specialist", "Source blenders and juicers from factories in Ningbo", None, "skill:blender"),
        ("Amazon Specialist", "Manage listings for our portable blender", None, "skill:blender"),
        ("3D Artist", "Create product renders in Blender and KeyShot", "skill:blender", None),
        ("Amazon Manager", "Prepare profitability reports per SKU", "skill:profit_analysis", None),
        ("Compliance Manager", "Make sure products meet regulatory requirements", "skill:compliance_general", None),
        # Products a cross-border seller sells that share a tool's name.
        ("Sourcing Specialist", "Source vacuum flasks and water bottles", None, "skill:python_programming"),
        ("Python Developer", "Build APIs with Flask and Django", "skill:python_programming", None),
        ("Amazon Specialist", "Grow sales of our plush pandas and toy animals", None, "skill:python_analysis"),
        ("Amazon Specialist", "Grow sales of our hand puppet range", None, "skill:devops"),
        ("Amazon Specialist", "List our selenium and zinc supplements", None, "skill:software_testing"),
        ("QA Engineer", "Write UI tests with Selenium", "skill:software_testing", None),
        ("Buyer", "Source pocket spring mattresses", None, "skill:spring"),
        # English written by Chinese employers: "responsible for the daily operation of ...".
        ("Amazon Operator", "Responsible for the daily operation of Amazon store", "skill:amazon_operations", None),
        ("eBay Operator", "Responsible for the daily operation of eBay stores", "skill:ebay_operations", None),
        (
            "E-commerce Operator",
            "Responsible for the daily operation of the online store",
            "skill:store_operations",
            None,
        ),
        ("Amazon Operator", "Familiar with the rules and policies of Amazon", "skill:marketplace_rules", None),
        ("Amazon Operator", "Optimize advertising to reduce cost", "skill:ad_campaign_management", None),
        ("Amazon Operator", "Maintain account safety and health", "skill:account_health", None),
        (
            "Foreign Trade Salesman",
            "Explore new overseas markets and customers",
            "skill:overseas_customer_development",
            None,
        ),
        ("Foreign Trade Salesman", "Maintain relationships with old customers", "skill:customer_maintenance", None),
        ("Purchaser", "Follow up purchase orders and delivery", "skill:order_follow_up", None),
        ("Designer", "Responsible for picture design and processing", "skill:graphic_design", None),
        ("Art Designer", "Make main pictures for products", "skill:product_image_design", None),
        ("Art Designer", "Make detail pictures for products", "skill:detail_page_design", None),
    ],
)
def test_english_vocabulary(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
