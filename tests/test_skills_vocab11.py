"""Chinese vocabulary of the eleventh round: the ordinary ways Chinese job ads (Boss直聘, 51job, 智联, 拉勾, 猎聘, 内推)
ask for a skill of the taxonomy, written from knowledge of real boards rather than from labelled rows.

One general case per family of aliases or verb-object pairs, and where a family is close to a wrong reading, the
nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Data analysis: finding problems in the data, letting data speak, cleaning it.
        ("运营专员", "善于从数据中发现问题，提出改进方案。", "skill:data_analysis", None),
        ("运营专员", "能通过数据发现问题并推动解决。", "skill:data_analysis", None),
        ("增长运营", "用数据说话，结果导向。", "skill:data_analysis", None),
        ("数据专员", "负责业务数据的清洗和整理。", "skill:data_analysis", None),
        # Market insight as work or a field of research is market research; 市场洞察力 is a disposition (R3).
        ("市场专员", "负责行业调查和竞品信息收集。", "skill:market_research", None),
        ("市场经理", "输出市场洞察报告，支持产品决策。", "skill:market_research", None),
        ("商务经理", "具备敏锐的市场洞察力。", None, "skill:market_research"),
        # A/B experiments (R25: A/B or 对照 wording).
        ("增长运营", "通过AB实验验证策略效果。", "skill:ab_testing", None),
        ("产品经理", "设计对照实验评估新功能。", "skill:ab_testing", None),
        # Answering the phone for customers is phone support; a receptionist answering the office phone is admin
        # work (R18, R30).
        ("客服专员", "负责接听客户来电，解答产品问题。", "skill:phone_support", None),
        ("客服专员", "负责400热线电话的接听与记录。", "skill:phone_support", None),
        ("客服专员", "负责接听电话，处理用户咨询。", "skill:phone_support", None),
        ("行政前台", "负责来电接听、转接及访客接待。", None, "skill:phone_support"),
        # Receiving customers online is live chat.
        ("电商客服", "负责在线接待顾客，促成订单。", "skill:live_chat", None),
        # Promotion over the whole web or its channels is digital marketing.
        ("推广专员", "负责公司产品的全网推广。", "skill:digital_marketing", None),
        ("推广专员", "负责产品在各网络渠道的推广。", "skill:digital_marketing", None),
        # Writing promotional material is copywriting.
        ("市场专员", "负责公司宣传资料的撰写与更新。", "skill:copywriting", None),
        ("新媒体运营", "负责公众号文章的编写和排版。", "skill:copywriting", None),
        # Answering customers' questions is customer communication; an inquiry answered beside customer
        # development, or user feedback answered, is not worded so.
        ("客服专员", "负责解答顾客的各类问题。", "skill:customer_communication", None),
        ("外贸业务员", "负责阿里国际站店铺的询盘回复与客户开发。", None, "skill:customer_communication"),
        # Getting new users or traffic is traffic acquisition (R50); a system facing traffic peaks is not.
        ("增长运营", "负责新用户的获取和激活。", "skill:traffic_acquisition", None),
        ("推广专员", "通过各种渠道获取精准流量。", "skill:traffic_acquisition", None),
        ("Java开发工程师", "支撑业务高速发展带来的洪峰流量。", None, "skill:traffic_acquisition"),
        # Keeping product quality under control, inspections and their abbreviations: quality control; a
        # product manager's software quality is not.
        ("品质专员", "负责来料检验及出货检验。", "skill:quality_control", None),
        ("采购专员", "把控大货质量，处理品质异常。", "skill:quality_control", None),
        ("品质专员", "熟悉IQC、IPQC、OQC流程。", "skill:quality_control", None),
        ("产品经理", "推动产品开发上线，并对产品质量进行把控。", None, "skill:quality_control"),
        # Warehouse receiving, issuing and stock (收发存).
        ("仓管员", "负责货物的收发存管理。", "skill:warehouse_management", None),
        # Competing shops.
        ("电商运营", "分析竞店数据，调整运营策略。", "skill:competitor_analysis", None),
        # Negotiating business.
        ("商务专员", "负责与合作伙伴洽谈业务。", "skill:business_negotiation", None),
        # Customer relationships (客情) and good relations built with customers; a recruiter smoothing relations
        # between a client and a hire is not customer maintenance.
        ("销售代表", "负责客情关系的维护。", "skill:customer_maintenance", None),
        ("销售代表", "与重点客户建立良好关系。", "skill:customer_maintenance", None),
        ("猎头顾问", "协调客户和被录用者之间良好的关系。", None, "skill:customer_maintenance"),
        # Software testing: kinds of tests and defect tracking; testing done as a duty of an engineering job, not a
        # developer testing their own code nor a presales engineer trying out a solution.
        ("测试工程师", "负责产品的功能测试和回归测试。", "skill:software_testing", None),
        ("测试工程师", "负责缺陷跟踪与管理。", "skill:software_testing", None),
        ("测试工程师", "负责公司业务系统的测试。", "skill:software_testing", None),
        ("前端工程师", "负责开发实现以及测试、维护等迭代周期。", None, "skill:software_testing"),
        ("售前工程师", "负责用户方案测试及需求反馈。", None, "skill:software_testing"),
        # NLP and computer-vision tasks by name; image processing counts as computer vision only in engineering or
        # data jobs (a designer's image processing is retouching).
        ("算法工程师", "负责语义理解、文本分类等算法研发。", "skill:nlp_engineering", None),
        ("算法工程师", "负责目标检测、人脸识别等算法研发。", "skill:computer_vision", None),
        ("图像算法工程师", "负责图像处理和模式识别算法研发。", "skill:computer_vision", None),
        ("美工", "熟练掌握图像处理软件。", None, "skill:computer_vision"),
        # Crawling data.
        ("爬虫工程师", "负责网页抓取和数据清洗。", "skill:web_scraping", None),
        # H5 next to development is HTML5; an H5 page a designer designs is not.
        ("前端开发工程师", "负责H5页面开发。", "skill:html_css", None),
        ("平面设计", "负责H5活动页的视觉设计。", None, "skill:html_css"),
        # Databases in an engineering job are relational databases unless a NoSQL store is named.
        ("Java开发工程师", "熟悉常用数据库的使用与优化。", "skill:relational_db", None),
        ("Java开发工程师", "熟悉Redis等非关系型数据库。", None, "skill:relational_db"),
        ("运营专员", "熟悉公司客户数据库的使用。", None, "skill:relational_db"),
        # Back-end systems an engineer builds; an admin panel built by a front-end developer is not back-end work.
        ("PHP开发工程师", "负责网站后台的开发和维护。", "skill:backend_dev", None),
        ("Java开发工程师", "负责后台系统的设计与开发。", "skill:backend_dev", None),
        ("前端开发工程师", "负责管理后台页面的前端开发。", None, "skill:backend_dev"),
        # Apps an engineer develops are mobile development; an app's back end is not.
        ("移动开发工程师", "负责公司APP的开发与维护。", "skill:mobile_dev", None),
        ("Java开发工程师", "负责APP后台接口的开发。", None, "skill:mobile_dev"),
        # Mini programs developed.
        ("前端开发工程师", "负责微信小程序的开发。", "skill:frontend_frameworks", None),
        # Decorating the shop's pages; fitting out a physical shop is not.
        ("美工", "负责店铺首页的装修设计。", "skill:store_decoration", None),
        ("室内设计师", "负责门店的装修施工图设计。", None, "skill:store_decoration"),
        # Processing or beautifying pictures is retouching.
        ("美工", "负责产品图片的处理与美化。", "skill:image_retouching", None),
        # Promotional print material designed.
        ("平面设计", "负责各类线上线下宣传品的设计。", "skill:graphic_design", None),
        # Reading and interpreting data, and optimising on its feedback (R47), is data analysis.
        ("运营专员", "能看懂数据，善于总结。", "skill:data_analysis", None),
        ("运营专员", "负责数据解读，输出优化建议。", "skill:data_analysis", None),
        ("运营专员", "根据数据反馈优化运营策略。", "skill:data_analysis", None),
        # Reviewing an event after it ran is event operations.
        ("活动运营", "负责活动的策划执行及活动复盘。", "skill:event_operations", None),
        # Industry reports and visiting the market are market research.
        ("市场专员", "定期输出行业分析报告。", "skill:market_research", None),
        ("市场专员", "负责市场走访，收集终端信息。", "skill:market_research", None),
        # Customers' inquiries and questions answered; a consulting firm's advice to clients is not.
        ("客服专员", "负责客户的咨询与答疑。", "skill:customer_communication", None),
        ("咨询顾问", "为客户提供咨询服务方案。", None, "skill:customer_communication"),
        # Writing articles, posts and content is copywriting (R10); a marketplace title written is listing work.
        ("新媒体运营", "负责图文推送的撰写。", "skill:copywriting", None),
        ("内容运营", "负责专题内容的撰写工作。", "skill:copywriting", None),
        ("eBay运营", "用英语编写商品标题和描述。", None, "skill:copywriting"),
        # Producing original or quality content is content marketing.
        ("新媒体运营", "负责原创内容的创作和发布。", "skill:content_marketing", None),
        # Products with potential found, picked or dug out are product selection; a customer's needs dug out, or a
        # product's pain points, are not.
        ("运营专员", "负责寻找潜力产品，分析市场容量。", "skill:product_selection", None),
        ("商品运营", "发掘优质商品，优化货品结构。", "skill:product_selection", None),
        ("商务经理", "挖掘客户对产品的深层需求。", None, "skill:product_selection"),
        ("金融运营", "分析客户需求，挖掘产品痛点。", None, "skill:product_selection"),
        # Products uploaded or posted to the shop are product listing; product pictures uploaded are not.
        ("运营助理", "负责产品的编辑上传。", "skill:product_listing", None),
        # Promotional design is graphic design.
        ("设计师", "负责公司日常宣传设计工作。", "skill:graphic_design", None),
        # Engineering vocabulary: server development is back-end work; container orchestration is Kubernetes;
        # Android (安卓) and HarmonyOS apps in an engineering job are mobile development; front-end frameworks.
        ("游戏服务器开发", "负责游戏服务器开发。", "skill:backend_dev", None),
        ("运维工程师", "熟悉容器编排技术。", "skill:kubernetes", None),
        ("开发工程师", "有安卓应用开发经验。", "skill:mobile_dev", None),
        ("前端开发工程师", "熟悉主流前端框架。", "skill:frontend_frameworks", None),
        # Natural-language understanding; text clustering is NLP, not the clustering of machine learning.
        ("算法工程师", "负责自然语言理解相关算法研发。", "skill:nlp_engineering", None),
        ("算法工程师", "熟悉常用的分类、聚类、回归算法。", "skill:machine_learning", None),
        ("NLP研究员", "熟悉文本聚类、关键词提取等文本分析算法。", None, "skill:machine_learning"),
        # A grounding in algorithms; building on existing algorithms (算法基础上) is not that.
        ("Java开发工程师", "有一定的算法基础。", "skill:algorithms", None),
        ("算法专家", "在现有的算法基础上进行新模型的开发。", None, "skill:algorithms"),
        # Third-party interfaces integrated, cloud platforms used by engineers; an interface person (接口人) is a
        # contact.
        ("开发工程师", "负责第三方接口的对接。", "skill:api_integration", None),
        ("运营专员", "作为渠道接口人对接第三方接口人。", None, "skill:api_integration"),
        ("运维工程师", "熟悉云平台的使用。", "skill:cloud_platforms", None),
        # Freight bills checked and settled are logistics cost work.
        ("物流专员", "核对物流账单，负责运费结算。", "skill:logistics_cost", None),
        # Running or planning the warehouse; stock in an overseas warehouse (海外仓库存) is inventory, not the
        # warehouse's management.
        ("仓库主管", "负责仓库的规划与管理。", "skill:warehouse_management", None),
        ("物流专员", "管理海外仓库存，安排调拨。", None, "skill:warehouse_management"),
        # Delivery progress followed up is order follow-up.
        ("采购专员", "跟进供应商交货进度。", "skill:order_follow_up", None),
        # Visiting factories or suppliers on site is a factory audit; an accountant checking suppliers' data is not.
        ("采购专员", "负责供应商的实地考察。", "skill:factory_audit", None),
        ("结算会计", "负责审核供应商结算数据。", None, "skill:factory_audit"),
        # Taiwan and Hong Kong wording, after the normaliser's Traditional-to-Simplified conversion: 美編 (also
        # mainland shops' word), 品管 (not the 品管部 as a department), 粉絲專頁, 企劃, 電子報, 網頁設計 (not as a
        # hobby), a Shopee shop run (經營).
        ("電商美編", "這個職務負責賣場美編設計。", "skill:ecommerce_art_design", None),
        ("品管專員", "這個職務負責品管檢驗工作。", "skill:quality_control", None),
        ("行銷專員", "負責臉書粉絲專頁經營。", "skill:facebook_operations", None),
        ("行銷專員", "負責行銷企劃案撰寫與執行。", "skill:marketing_planning", None),
        ("行銷專員", "負責電子報行銷。", "skill:email_marketing", None),
        ("網頁設計師", "負責網頁設計與維護。", "skill:ui_design", None),
        ("視覺設計實習生", "熱衷於平面設計、網頁設計。", None, "skill:ui_design"),
        ("電商專員", "負責蝦皮賣場經營。", "skill:shopee_operations", None),
        # Chinese tools and platforms by name, each under the id of what it is used for (R24: a tool without an id
        # of its own gets the generic id): ad platforms, KOL platforms, Douyin data tools, WeChat editors, Chinese
        # SEO and web-analytics tools, CRMs, help desks, anti-detect browsers, domestic ERPs, BI, AI tools.
        ("信息流优化师", "熟悉广点通、磁力金牛等投放后台。", "skill:ad_campaign_management", None),
        ("投放专员", "负责巨量千川和小红书聚光的日常搭建。", "skill:ad_campaign_management", None),
        ("达人营销", "熟悉巨量星图、蒲公英平台的下单流程。", "skill:influencer_marketing", None),
        ("直播运营", "熟练使用蝉妈妈、飞瓜数据分析对标账号。", "skill:seller_data_tools", None),
        ("新媒体运营", "熟练使用秀米、135编辑器进行排版。", "skill:new_media_operations", None),
        ("SEO专员", "熟练使用站长工具、5118等SEO工具。", "skill:seo_tools", None),
        ("网站运营", "会用百度统计查看网站来源。", "skill:traffic_analysis", None),
        ("销售助理", "熟练使用销售易或纷享销客。", "skill:crm", None),
        ("外贸业务员", "会用询盘云管理客户。", "skill:foreign_trade_crm", None),
        ("电商客服", "熟悉智齿客服、网易七鱼等客服工具。", "skill:helpdesk_tools", None),
        ("运营专员", "会使用候鸟浏览器管理多个店铺。", "skill:antidetect_browser", None),
        ("采购专员", "熟悉义乌购等拿货渠道。", "skill:sourcing", None),
        ("电商运营", "熟悉网店管家、e店宝等系统。", "skill:domestic_erp", None),
        ("数据分析师", "熟悉永洪BI或网易有数。", "skill:bi_tools", None),
        ("设计师", "会用通义万相、文心一格出图。", "skill:ai_image", None),
        ("视频剪辑", "会用海螺AI生成视频片段。", "skill:ai_video", None),
        ("运营专员", "会用智谱清言、腾讯元宝等工具。", "skill:ai_tools_general", None),
        # CVR as a conversion figure to raise; beside ad metrics it is ad work.
        ("电商运营", "提升店铺CVR。", "skill:conversion_rate_optimization", None),
        ("广告专员", "监控ACOS、CTR、CVR等核心指标。", None, "skill:conversion_rate_optimization"),
        # Domestic marketplace vocabulary: affiliate programmes (淘宝客, 多多进宝, 精选联盟, 团长), display ads
        # (钻展), deal channels (百亿补贴, 聚划算), seasonal nodes (年货节), items (宝贝) listed, shop livestreams
        # (自播, 店播, 排品), orders checked or chased for payment.
        ("电商运营", "负责淘宝客推广及多多进宝设置。", "skill:affiliate_marketing", None),
        ("抖音电商运营", "对接精选联盟团长资源，提升带货销量。", "skill:affiliate_marketing", None),
        ("天猫推广", "精通钻展推广原理。", "skill:ad_campaign_management", None),
        ("电商运营", "负责百亿补贴、聚划算等活动的报名。", "skill:platform_promotions", None),
        ("电商运营", "负责年货节等节点营销。", "skill:peak_season_campaigns", None),
        ("电商运营", "负责宝贝的发布与维护。", "skill:product_listing", None),
        ("抖音电商运营", "负责店铺自播和直播排品。", "skill:livestreaming", None),
        ("电商客服", "负责订单的审核与催付。", "skill:order_processing", None),
        ("财务专员", "核对订单金额并与财务对账。", None, "skill:order_processing"),
        # Foreign-trade wording: export clients and potential foreign clients developed, clients prospected by
        # email, the Alibaba.com store's listings kept; a customer's price inquiry (客户询价) is the customer's,
        # not the hire's price negotiation.
        ("外贸业务员", "独立开发外贸客户。", "skill:overseas_customer_development", None),
        ("外贸业务员", "主动开发国外潜在客户。", "skill:overseas_customer_development", None),
        ("外贸业务员", "通过邮件开发客户。", "skill:prospecting_emails", None),
        ("外贸业务员", "负责国际站产品的发布和优化。", "skill:alibaba_com_operations", None),
        ("外销业务", "接洽客户询价，计算成本并报价。", None, "skill:price_negotiation"),
        ("采购专员", "负责询价、比价。", "skill:price_negotiation", None),
        # The shop's home page designed; traffic or media bought (采买) is ad campaign work; compliance vocabulary
        # for marketplaces: test standards and certificates by name, EPR registrations, infringement checks.
        ("美工", "负责店铺首页的设计。", "skill:store_decoration", None),
        ("增长经理", "从账号注册做到流量采买和数据分析。", "skill:ad_campaign_management", None),
        ("合规专员", "负责玩具类产品EN71、ASTM检测的办理。", "skill:product_certification", None),
        ("合规专员", "负责德国包装法注册和EPR注册。", "skill:epr", None),
        ("运营专员", "上架前做好侵权检测。", "skill:ip_infringement", None),
        # Amazon store vocabulary: five bullet points, back-end search terms, blue-ocean products, a Best Seller
        # built, the Buy Box contested, the five European sites.
        # writing the bullet points is listing work, not its optimisation (R83; twenty-first session)
        ("亚马逊运营", "负责标题、五点描述的撰写。", "skill:product_listing", "skill:listing_optimization"),
        ("亚马逊运营", "负责Search Term和后台关键词的填写。", "skill:keyword_research", None),
        ("亚马逊运营", "善于寻找蓝海产品。", "skill:product_selection", None),
        ("亚马逊运营", "有打造Best Seller的经验。", "skill:bestseller_building", None),
        ("亚马逊运营", "跟卖监控，抢购物车。", "skill:buy_box", None),
        ("亚马逊运营", "负责欧洲五国站点的运营。", "skill:multi_site_operations", None),
        ("税务专员", "负责欧洲五国的VAT申报。", None, "skill:multi_site_operations"),
        # Whole-campaign planning (全案, 营销规划, 营销玩法) is marketing planning; 数字化营销 is digital marketing.
        ("市场经理", "负责品牌全案策划及年度营销规划。", "skill:marketing_planning", None),
        ("市场经理", "策划创新的营销玩法。", "skill:marketing_planning", None),
        ("市场专员", "负责数字化营销。", "skill:digital_marketing", None),
        # Click-through or conversion prediction is machine learning; a dialogue bot built is NLP work.
        ("算法工程师", "负责CTR预估模型的研发。", "skill:machine_learning", None),
        ("算法工程师", "负责对话机器人的研发。", "skill:nlp_engineering", None),
        # Distributed systems named alone are not labelled back-end work by the read sets (left alone).
        ("Go开发", "负责分布式系统的设计与开发。", None, "skill:backend_dev"),
        # Cloud building blocks in an engineering job (not a salesperson selling cloud hosts, R39), stream and
        # offline computing, continuous delivery and alerting, version-management tools.
        ("Java开发工程师", "负责PaaS平台和对象存储服务的建设。", "skill:cloud_platforms", None),
        ("云计算销售经理", "负责云主机、云存储产品的销售。", None, "skill:cloud_platforms"),
        ("大数据开发", "负责实时计算和离线计算平台的开发。", "skill:big_data", None),
        ("测试开发工程师", "设计和优化持续交付流程，搭建监控告警。", "skill:devops", None),
        ("开发工程师", "熟悉代码版本管理工具。", "skill:git", None),
        # Public-opinion monitoring and media relations are PR work; a public-opinion system a product manager
        # designs is not.
        ("公关专员", "负责舆情监测与处理，维护媒介关系。", "skill:public_relations", None),
        ("数据产品经理", "负责埋点平台和舆情管理系统设计。", None, "skill:public_relations"),
        # High-fidelity mock-ups and GUI design are UI design; winning lapsed users back is user operations, and a
        # big sale's 大促活动 holds no 促活.
        ("UI设计师", "负责GUI设计，输出高保真视觉稿。", "skill:ui_design", None),
        ("用户运营", "负责流失用户召回和用户生命周期管理。", "skill:user_operations", None),
        ("淘宝美工", "制作618等大促活动页面。", None, "skill:user_operations"),
        # Factory procurement wording: suppliers called 供方, the quality system kept (not a certificate the company
        # holds nor its documents translated), material requirements planning, slow-moving stock (呆滞料), import
        # and export logistics.
        ("采购专员", "负责供方开发与供方管理。", "skill:supplier_development", None),
        ("品质专员", "负责质量体系的建立与维护。", "skill:quality_control", None),
        ("英语翻译", "负责质量体系文件的中英互译。", None, "skill:quality_control"),
        ("计划专员", "负责物料需求计划。", "skill:production_planning", None),
        ("仓管", "负责呆滞物料的处理。", "skill:inventory_planning", None),
        ("物流专员", "负责进出口物流的操作。", "skill:international_logistics", None),
        # VBA is Excel macro work; Hong Kong's 網上營銷 and Taiwan's 部落客 (bloggers hired as influencers).
        ("数据专员", "具有良好的Excel使用技能，会VBA编写。", "skill:excel", None),
        ("市場推廣主任", "負責網上營銷及推廣活動。", "skill:digital_marketing", None),
        ("行銷專員", "負責部落客邀約與合作。", "skill:influencer_marketing", None),
        # Using large models at work is AI-tool use (building them is engineering); AI named beside the video,
        # copy or picture it makes is that AI use, but not where AI is Illustrator beside PS or CDR.
        ("运营专员", "会使用大模型辅助日常工作。", "skill:ai_tools_general", None),
        ("剪辑", "会用AI做视频。", "skill:ai_video", None),
        ("运营专员", "会用AI写文案和润色邮件。", "skill:ai_writing", None),
        ("设计师", "会用AI生成产品场景图。", "skill:ai_image", None),
        ("平面设计", "熟练使用PS、AI、CDR绘图。", None, "skill:ai_image"),
        # A shop or seller account registered or opened is account registration; a shop's promotions applied for
        # are not.
        ("运营", "负责店铺的注册与审核。", "skill:account_registration", None),
        ("运营", "负责新店铺的开通和资料准备。", "skill:account_registration", None),
        ("运营", "负责申请店铺活动资源位。", None, "skill:account_registration"),
        # Running the campaigns (活动的运营) is event operations; goods put on or taken off the shelves are listing
        # work, but a new product's time before or after listing (新品上架前) is not.
        ("运营专员", "负责活动的运营与推广。", "skill:event_operations", None),
        ("运营专员", "负责商品的上架和下架。", "skill:product_listing", None),
        ("选品开发", "跟踪新品上架后3个月的表现。", None, "skill:product_listing"),
        # An algorithm engineer's data preparation and cleaning is engineering work, not data analysis (the guide:
        # tools in an engineering job are the engineering concepts).
        ("算法工程师", "设计并实现所需的数据准备、清洗和特征提取。", None, "skill:data_analysis"),
        # Courier companies dealt with are logistics-channel work; goods checked into Amazon's warehouses are FBA.
        ("物流专员", "负责对接快递公司，比较渠道时效。", "skill:logistics_channel_selection", None),
        ("物流专员", "负责亚马逊入仓预约。", "skill:fba", None),
        # Key-account and client management, channel relations kept, repeat business from clients (二次开发,
        # 续约, 转介绍); a client software's secondary development (客户端二次开发) or a CRM system is not.
        ("销售经理", "负责大客户管理。", "skill:customer_maintenance", None),
        ("销售代表", "负责客户管理与服务。", "skill:customer_maintenance", None),
        ("销售代表", "做好老客户的二次开发和转介绍。", "skill:customer_maintenance", None),
        ("客户成功", "负责客户的续约。", "skill:customer_maintenance", None),
        ("开发工程师", "负责客户端二次开发。", None, "skill:customer_maintenance"),
        ("销售助理", "熟练使用客户管理系统。", None, "skill:customer_maintenance"),
        # Layout and key-visual design are graphic design.
        ("平面设计", "负责活动KV设计和画册的版式设计。", "skill:graphic_design", None),
        # Sentiment analysis and machine translation are NLP work in engineering or data jobs; a marketer reading
        # review sentiment or an operator using machine translation does not build them.
        ("算法工程师", "负责情感分析模型的研发。", "skill:nlp_engineering", None),
        ("市场专员", "对用户评论做情感分析，总结产品卖点。", None, "skill:nlp_engineering"),
        # Cost, profit and break-even estimates of the hire's products are profit analysis; an accountant's cost
        # analysis beside the budget is a finance figure (R43), left alone.
        ("运营专员", "负责新品的成本测算和利润测算。", "skill:profit_analysis", None),
        ("总账会计", "协助财务经理完成预算编制和成本分析。", None, "skill:profit_analysis"),
        # Accounts on Douyin, Kuaishou, WeChat Channels, Zhihu, Bilibili and the news apps run by the hire are
        # new-media operations; a Douyin shop or live room is e-commerce or livestreaming work, and the employer's
        # own product run (知乎搜索产品的运营) is product operations.
        ("运营专员", "负责抖音账号的日常运营。", "skill:new_media_operations", None),
        ("运营专员", "负责快手、视频号的运营。", "skill:new_media_operations", None),
        ("运营专员", "负责知乎、B站等平台的内容运营。", "skill:new_media_operations", None),
        ("运营专员", "负责百家号、头条号的运营。", "skill:new_media_operations", None),
        ("电商运营", "负责抖音小店的日常运营。", None, "skill:new_media_operations"),
        ("产品运营", "负责知乎搜索产品的各类运营工作。", None, "skill:new_media_operations"),
        # Search-engine work: rankings, backlinks and indexing are SEO (R7), not a search engine's ranking
        # algorithm built by an engineer; paid search on Baidu, 360 or Sogou is SEM.
        ("运营专员", "熟悉百度、谷歌搜索引擎排名规则，负责外链建设和网站收录。", "skill:seo", None),
        ("算法专家", "有互联网搜索引擎排名算法经验者优先。", None, "skill:seo"),
        ("运营专员", "负责百度、360、搜狗等搜索引擎推广。", "skill:sem", None),
        # A website promoted is digital marketing; a campaign planned is marketing planning.
        ("运营专员", "负责公司网站的推广工作。", "skill:digital_marketing", None),
        ("运营专员", "负责campaign的策划与执行。", "skill:marketing_planning", None),
        # New-media account matrices, fans kept and engaged, members recruited, content matrices.
        ("运营专员", "负责新媒体矩阵的搭建。", "skill:new_media_operations", None),
        ("运营专员", "负责粉丝维护和粉丝互动。", "skill:community_operations", None),
        ("运营专员", "负责会员招募和权益设计。", "skill:user_operations", None),
        ("运营专员", "负责内容矩阵的搭建。", "skill:content_marketing", None),
        # Selling videos and talking-head videos; rough and fine cuts.
        ("运营专员", "负责带货视频和口播视频的策划。", "skill:short_video", None),
        ("设计师", "负责视频的粗剪和精剪。", "skill:video_editing", None),
        # Found with neutral job titles (the title no longer names the skill): pages built in an engineering job
        # are front-end work (an app's pages too, not mobile development); deployment is devops; anti-crawling is
        # scraping; bugs tracked are testing (not a bug reported to an open-source project); 互译 is translation;
        # SQL used to extract data is SQL analysis; products photographed (not their videos).
        ("开发工程师", "负责H5页面开发，能够还原设计稿。", "skill:frontend_dev", None),
        ("开发工程师", "负责PC端和移动端页面开发。", None, "skill:mobile_dev"),
        ("开发工程师", "负责服务器部署和系统部署。", "skill:devops", None),
        ("开发工程师", "负责反爬策略的研究。", "skill:web_scraping", None),
        ("开发工程师", "负责跟踪和管理bug。", "skill:software_testing", None),
        ("前端开发工程师", "参与或向开源项目提交过bug。", None, "skill:software_testing"),
        ("专员", "负责中英文资料的互译。", "skill:translation", None),
        ("专员", "熟练使用SQL进行数据提取。", "skill:sql_analysis", None),
        ("设计师", "负责产品的拍摄和修图。", "skill:product_photography", None),
        ("设计师", "负责产品视频的拍摄。", None, "skill:product_photography"),
        ("设计师", "负责产品动效设计。", "skill:ui_design", None),
        # Simultaneous and consecutive interpreting are translation; icons designed are UI design.
        ("专员", "负责会议的同声传译和交替传译。", "skill:translation", None),
        ("专员", "负责APP图标设计。", "skill:ui_design", None),
    ],
)
def test_vocab11(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
