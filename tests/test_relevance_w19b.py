"""Relevance near-misses from the nineteenth session's second round (tests/gold/README.md, Relevance R-S, R-D, R-E,
R-F, R-T): board-shaped ads (a title and a few 岗位职责 / 任职要求 lines, Chinese and English) that must be false, each
family beside the nearest phrasing that must stay true. Written by hand, not copied from gold rows."""

from __future__ import annotations

import pytest

from nlp.relevance import classify_relevance

F, T = False, True

_CASES: list[tuple[str, str, bool] | object] = [
    # --- Domestic e-commerce of a firm that also exports: the job's channel is domestic.
    (
        "电商运营",
        "岗位职责：1.负责公司天猫旗舰店日常运营；2.策划618、双11大促。公司简介：集研发、生产、出口于一体，产品远销欧美30多个国家。",
        F,
    ),
    (
        "天猫运营专员",
        "1.负责天猫店铺商品上下架、活动报名；2.分析生意参谋数据。我司是一家外贸工厂，近年开拓国内市场。",
        F,
    ),
    ("京东运营", "1、负责京东自营及POP店铺运营；2、对接京东采销。公司以外贸起家，出口业务占比70%。", F),
    ("电商客服", "1.负责天猫、京东店铺售前售后咨询；2.处理中差评。公司同时经营外贸业务。", F),
    ("淘宝美工", "负责淘宝店铺首页、详情页设计。公司是阿里巴巴国际站金牌供应商。", F),
    ("直播运营", "1.负责抖音直播间搭建和排品；2.对接主播。公司为出口型企业，现组建国内电商团队。", F),
    ("拼多多运营", "负责拼多多店铺推广、报活动。公司主营外贸出口，国内电商为新业务。", F),
    ("电商运营经理", "负责公司国内电商渠道（天猫、京东、抖音）的整体运营。公司产品出口全球50多个国家。", F),
    ("销售业务员", "1.负责国内市场开拓，维护华南区域经销商；2.完成销售指标。公司产品出口东南亚。", F),
    ("区域销售经理", "负责华东区域客户开发与维护，公司同时有外贸部负责出口订单。", F),
    (
        "Tmall Store Operator",
        "Run our Tmall flagship store and plan campaigns for Double 11. We also export to Europe.",
        F,
    ),
    ("E-commerce Executive", "Manage our JD.com and Tmall stores. The company exports LED lights worldwide.", F),
    # ... the same firms' cross-border jobs stay cross-border.
    ("电商运营", "岗位职责：1.负责公司亚马逊美国站日常运营；2.优化listing。公司产品远销欧美30多个国家。", T),
    ("外贸业务员", "负责阿里巴巴国际站询盘跟进，开发海外客户。公司以外贸起家。", T),
    ("直播运营", "1.负责TikTok美区直播间搭建和排品；2.对接主播。公司为出口型企业。", T),
    (
        "E-commerce Executive",
        "Manage our Amazon US and Walmart.com stores. The company exports LED lights worldwide.",
        T,
    ),
    # --- 外贸 / 跨境 / 海外 only in the company blurb or the benefits.
    (
        "新媒体运营",
        "岗位职责：1.负责公司微信公众号、抖音账号内容策划；2.粉丝互动。公司是深圳知名跨境电商企业，年销售额10亿。",
        F,
    ),
    ("内容运营", "1.负责小红书种草笔记撰写与投放；2.对接达人。福利：年度出国游、节日福利、五险一金。", F),
    ("活动运营", "负责公司App线上活动策划与执行。福利待遇：优秀员工有机会外派海外。", F),
    ("用户运营", "1.负责社群搭建和用户维护；2.提升复购。我们是一家跨境电商公司，旗下有多个品牌。", F),
    ("行政专员", "1.负责办公室日常行政事务；2.组织员工活动。公司主营跨境电商，在亚马逊有多家店铺。", F),
    ("前台接待", "负责来访客户接待、会议室预订。公司为外贸企业，经常接待外国客户。", F),
    ("市场专员", "负责国内线下渠道的市场活动策划。公司隶属于一家跨国集团，业务覆盖全球。", F),
    ("品牌策划", "1.负责品牌在国内社交媒体的传播；2.策划线下快闪。公司是一家进出口贸易企业。", F),
    ("SEM专员", "负责百度、360搜索推广账户的搭建与优化。公司是一家外贸综合服务企业。", F),
    (
        "Marketing Executive",
        "Plan our WeChat campaigns for shoppers in Shanghai. Perks: overseas team trips every year.",
        F,
    ),
    ("HR Assistant", "Support onboarding and payroll. We are a fast-growing cross-border e-commerce company.", F),
    # ... the same blurb with the job's own cross-border duty.
    ("新媒体运营", "1.负责公司Facebook、Instagram账号内容策划；2.粉丝互动。公司是深圳知名跨境电商企业。", T),
    ("用户运营", "1.负责独立站会员体系搭建和海外用户维护；2.提升复购。我们是一家跨境电商公司。", T),
    ("Marketing Executive", "Plan our Amazon and TikTok Shop campaigns for shoppers in the US.", T),
    # --- Seller services: software, payments, training sold to sellers (R-S).
    ("销售代表", "1.向亚马逊卖家销售我司选品软件；2.完成月度业绩指标。", F),
    ("大客户经理", "负责跨境电商ERP的大客户开发，向年销千万以上的亚马逊卖家推介产品。", F),
    ("客户成功经理", "1.负责跨境电商ERP客户的上线培训和续费；2.收集客户需求反馈产品。", F),
    ("渠道经理", "负责拓展跨境电商孵化园、协会等渠道，推广我司跨境收款产品。", F),
    ("招生顾问", "负责亚马逊运营培训课程的咨询、招生和学员转化。", F),
    ("商务BD", "负责对接跨境卖家，推广公司的亚马逊广告管理SaaS工具。", F),
    ("运营专员", "负责公司跨境电商培训课程的社群运营，维护学员关系，提升续费率。", F),
    ("电话销售", "负责向中小外贸企业推广谷歌推广服务和外贸建站产品。", F),
    ("客户经理", "1.负责跨境卖家的收款账户开户与激活；2.解答卖家关于提现的问题。", F),
    ("市场专员", "负责公司跨境电商ERP产品的市场活动和线上推广，组织卖家沙龙。", F),
    ("Sales Executive", "Sell our listing-optimisation software to Amazon sellers in Shenzhen.", F),
    ("Account Manager", "Manage a portfolio of cross-border sellers using our payment collection accounts.", F),
    ("Customer Success Specialist", "Onboard Shopify merchants onto our reviews app and answer their tickets.", F),
    # ... services that move, source or market the sellers' goods, and a cross-border marketplace's merchant-facing
    # sales, stay cross-border.
    ("销售顾问", "负责向外贸企业销售阿里巴巴国际站会员服务，完成签单任务。", T),
    ("销售代表", "1.向亚马逊卖家销售我司FBA头程物流服务；2.完成月度业绩指标。", T),
    ("客户经理", "负责开发跨境电商卖家客户，提供美国海外仓一件代发服务。", T),
    ("Sales Executive", "Sell our FBA freight and customs clearance service to Amazon sellers in Shenzhen.", T),
    ("代运营运营专员", "为客户代运营亚马逊店铺，负责listing优化和广告投放。", T),
    # --- Apps and games going abroad (出海): software marketed abroad.
    ("海外市场经理", "负责公司游戏在东南亚市场的发行与推广，管理Facebook、Google广告投放。", F),
    ("海外运营", "1.负责短视频产品在中东市场的本地化运营；2.策划用户增长活动。", F),
    ("出海营销", "负责公司SaaS产品的海外市场推广，策划海外线上营销活动。", F),
    ("海外用户增长", "负责海外版产品的买量投放和ROI优化，熟悉Facebook、Google Ads。", F),
    ("海外BD", "负责公司支付产品在东南亚的商户拓展。", F),
    ("海外商务经理", "负责公司直播平台在中东地区的主播招募和公会合作。", F),
    ("海外社区运营", "负责公司海外社交产品的Discord、Reddit社区运营。", F),
    ("本地化运营（日语）", "负责公司手游日服的本地化和玩家社区运营。", F),
    ("海外内容运营", "负责海外版短视频平台的内容审核和创作者招募。", F),
    ("数据分析师", "分析海外版App的用户留存、付费转化，输出周报。", F),
    ("Overseas Growth Manager", "Grow our short-video app's users in Brazil and Indonesia through paid channels.", F),
    ("Global Marketing Manager", "Lead the launch of our photo editing app in the US and Europe.", F),
    ("International Partnerships Manager", "Sign publishers in Japan and Korea for our mobile games.", F),
    ("国际业务经理", "负责公司游戏海外发行合作，对接海外渠道商。", F),
    ("海外业务经理", "负责公司App在东南亚的渠道合作和推广。", F),
    ("国际销售", "负责公司SaaS软件的海外客户开发，完成销售指标。", F),
    ("国际业务拓展经理", "负责公司云服务在东南亚的客户拓展。", F),
    ("跨境并购分析师", "负责跨境并购项目的尽职调查和估值。", F),
    ("Overseas Sales Manager", "Sell our mobile game advertising solutions to global brands.", F),
    # ... a goods seller's overseas marketing stays cross-border.
    ("国际销售", "负责开发海外客户，熟悉信用证、银行收汇流程。", T),
    ("海外销售", "负责公司智能手表及配套App的海外渠道销售。", T),
    ("海外业务员", "通过阿里国际站开发海外客户，跟进订单，公司使用ERP软件管理订单。", T),
    ("国际销售", "负责开发海外客户，回复询盘，公司用CRM软件管理客户。", T),
    ("海外市场经理", "负责公司家居产品在东南亚市场的推广，管理Facebook、Google广告投放。", T),
    ("海外社媒运营", "负责公司户外产品的Facebook、Instagram账号运营，对接海外红人。", T),
    ("Global Marketing Manager", "Lead the launch of our robot vacuums on Amazon in the US and Europe.", T),
    # --- Import: 海淘 and bonded import e-commerce are the trade; domestic resale of imported goods is not.
    ("销售代表", "1.负责进口红酒在国内餐饮渠道的销售；2.维护客户关系。", F),
    ("销售顾问", "负责平行进口车的展厅销售，接待到店客户。", F),
    ("门店店员", "负责进口零食店的收银、理货和顾客接待。", F),
    ("商超渠道经理", "负责进口食品在国内商超的铺货和促销。", F),
    ("导购", "负责日韩进口化妆品专柜的销售。", F),
    ("Sales Representative", "Sell imported wines to restaurants and hotels in Beijing.", F),
    # ... import e-commerce stays cross-border.
    ("保税仓操作员", "负责跨境进口保税仓的入库、拣货和出库。", T),
    ("海淘运营", "负责海淘商品的上新和活动策划。", T),
    ("跨境进口采购", "负责对接日韩品牌方，采购进口美妆商品，安排保税仓入库。", T),
    ("天猫国际运营", "负责天猫国际店铺的日常运营和大促活动。", T),
    # --- Factory and trade-company jobs that make goods, not sell or ship them.
    ("机械工程师", "负责公司出口设备的结构设计与改进。", F),
    ("生产主管", "负责车间生产安排，确保外贸订单按期交货。", F),
    ("品管员", "负责来料检验和成品检验，公司产品主要出口欧美。", F),
    ("仓库主管", "负责原材料仓库管理，公司为外贸工厂。", F),
    ("电工", "负责工厂设备维修，公司为出口型企业。", F),
    ("操作工", "负责出口订单产品的包装和装箱。", F),
    ("Production Supervisor", "Supervise the assembly line for our export orders to Europe.", F),
    # ... the trade side of the same factory stays cross-border.
    ("外贸跟单", "负责出口订单的生产跟进、验货和安排出货。", T),
    ("船务专员", "负责出口订舱、报关资料制作，对接货代。", T),
    ("单证员", "负责出口单证制作与审核，处理信用证。", T),
    # --- Unrelated functions at a cross-border firm (R-T: general finance is unrelated).
    ("财务专员", "负责亚马逊各站点回款核对、出口退税申报。", F),
    ("会计", "负责跨境电商公司日常账务处理，核对PayPal流水。", F),
    ("出纳", "负责公司外汇收款登记和银行对账。公司主营外贸。", F),
    ("人事专员", "1.负责亚马逊运营岗位的招聘；2.办理入离职。", F),
    ("招聘专员", "负责跨境电商运营、外贸业务员等岗位的招聘。", F),
    ("HRBP", "支持跨境事业部的组织发展和人员招聘。", F),
    ("Java开发工程师", "负责跨境电商ERP系统的后端开发。", F),
    ("前端开发", "负责公司独立站和海外商城的前端页面开发。", F),
    ("测试工程师", "负责跨境电商平台的功能测试。", F),
    ("运维工程师", "负责公司海外服务器和亚马逊店铺VPS的运维。", F),
    ("行政主管", "负责公司行政事务，协助组织海外展会的差旅安排。", F),
    ("法务专员", "负责公司海外商标注册和合同审核。", F),
    ("Finance Manager", "Own month-end close for our Amazon and Shopify businesses in the US and UK.", F),
    ("Software Engineer", "Build internal tools for our cross-border e-commerce operations team.", F),
    ("Talent Acquisition Specialist", "Hire Amazon account managers for our Shenzhen office.", F),
    # ... in-house tax for its own foreign sales stays cross-border (R-T).
    ("VAT专员", "负责公司亚马逊欧洲站的VAT注册与申报，对接税务代理。", T),
    # --- Product and design roles of a platform (software) vs the seller's own store.
    ("UI设计师", "负责公司跨境电商平台App的界面设计和交互优化。", F),
    ("产品经理", "负责海外电商平台的商家后台产品设计。", F),
    ("产品助理", "协助产品经理完成跨境电商SaaS系统的需求文档和原型。", F),
    ("美工", "负责亚马逊店铺主图、A+页面设计。", T),
    ("视觉设计", "负责独立站首页、活动页和Facebook广告素材设计。", T),
    # --- R-D: a marketplace of one country run locally, no foreign market, export or Chinese seller named.
    (
        "Shopee Executive",
        "Based in Kuala Lumpur. Manage our Shopee and Lazada Malaysia stores; stock ships from our Selangor warehouse.",
        F,
    ),
    pytest.param(
        "Lazada Store Assistant",
        "Handle orders of our Lazada Philippines store from our Manila warehouse to local customers.",
        F,
        marks=pytest.mark.xfail(strict=True, reason="R-D: a local seller; the marketplace alone weighs"),
    ),
    ("電商營運專員", "負責蝦皮購物台灣站、momo購物網賣場之日常營運，商品上架與庫存維護。", F),
    ("網路行銷專員", "負責PChome、Yahoo奇摩超級商城的檔期活動與廣告。", F),
    # ... the same marketplaces run from China stay cross-border.
    ("Shopee运营", "负责虾皮台湾站店铺运营，从深圳仓发货，有momo运营经验优先。", T),
    ("Operations Executive", "Manage our Shopee Malaysia and Lazada stores from Shenzhen.", T),
    ("Shopee运营", "负责Shopee马来站、菲律宾站店铺运营，上新和报活动。", T),
    # --- Domestic platform jobs that name a foreign word.
    ("跨境电商运营助理", "负责店铺上新。", T),
    ("运营专员", "负责公司淘宝店铺的运营，商品均为国外品牌正品。", F),
    ("买手", "负责国内买手店服装采购，熟悉国际品牌。", F),
    ("国际教育顾问", "为学生提供海外留学申请咨询。", F),
    ("旅游顾问", "负责出境游产品销售，接待客户咨询。", F),
    ("国际快递销售", "负责开发有出口小包需求的电商卖家客户，推广DHL、FedEx国际快递服务。", T),
    ("翻译", "负责公司技术文档的中英互译。", F),
    ("英语老师", "为学员讲授商务英语课程。", F),
    # --- Open cases of the first round.
    (
        "Logistics Coordinator",
        "Arrange ocean freight to Europe, book containers with forwarders and track shipments.",
        T,
    ),
    (
        "Sourcing Specialist",
        "Find and qualify factories in China for our US and EU clients; negotiate prices and samples.",
        T,
    ),
    ("海外公关经理", "负责公司消费电子产品在CES、IFA等海外展会的媒体公关。", T),
    ("海外社媒运营", "负责公司电动车品牌的海外社交媒体运营，面向欧洲用户。", T),
    ("海外市场专员", "负责公司智能家居产品在欧洲市场的推广，配合App上线活动。", T),
    ("出海营销专员", "负责公司扫地机器人在北美市场的推广和KOL合作。", T),
    (
        "公关经理",
        "1、维护科技媒体关系，策划新品发布会；2、配合海外业务，协调海外PR代理，参与国际展会传播。公司做智能门锁。",
        T,
    ),
    # ... not a domestic PR job at the same maker, nor an app maker's overseas PR.
    ("公关经理", "1、维护国内科技媒体关系，策划新品发布会。公司做智能门锁，产品出口海外。", F),
    ("公关经理", "1、维护科技媒体关系；2、配合海外业务，协调海外PR代理，参与国际展会传播。公司做社交App。", F),
]


# The employer's blurb names its marketplaces: an office, building, pay or engineering job there is still no trade,
# while a support role at the seller (photographer, designer: R-E) that the blurb's channel concerns stays true.
_BLURB_EN = (
    "About us: We are a cross-border e-commerce brand selling home goods on Amazon US, Walmart and our Shopify store. "
)
_BLURB_ZH = "公司简介：我们是一家跨境电商企业，在亚马逊、速卖通、Temu开设多家店铺，产品销往欧美。"
_BLURBED = [
    ("Office Administrator", "Run the office, supplies, visitors and facilities.", F),
    ("Administrative Assistant", "Handle office admin and expense claims.", F),
    ("Receptionist", "Greet visitors and answer phones.", F),
    ("Paralegal", "Support contract review for the legal team.", F),
    ("DevOps", "Maintain servers and CI pipelines.", F),
    ("IT Manager", "Manage laptops, network and accounts.", F),
    ("Network Administrator", "Maintain the office network.", F),
    ("People Operations Specialist", "Onboarding, benefits and employee relations.", F),
    ("Recruiting Coordinator", "Schedule interviews and post job ads.", F),
    ("Training Coordinator", "Organise onboarding training for new hires.", F),
    ("Facilities Coordinator", "Maintain the office and warehouse buildings.", F),
    ("Internal Auditor", "Audit expense claims and inventory counts.", F),
    ("Driver", "Drive company vehicles for staff.", F),
    ("Chef", "Cook lunch for 80 staff in the canteen.", F),
    ("Security Guard", "Patrol the warehouse at night.", F),
    ("Cleaner", "Keep the office clean.", F),
    ("Product Photographer", "Shoot white-background and lifestyle images for our listings.", T),
    ("Graphic Designer", "Design main images and A+ content.", T),
]
_BLURBED_ZH = [
    ("办公室主任", "负责办公室日常管理、后勤保障。", F),
    ("后勤专员", "负责宿舍、食堂管理。", F),
    ("企业文化专员", "负责员工活动和内刊。", F),
    ("内审专员", "负责内部审计。", F),
    ("食堂厨师", "负责员工餐。", F),
    ("宿管", "负责员工宿舍管理。", F),
    ("档案管理员", "负责公司档案整理。", F),
    ("数据库管理员", "负责数据库维护。", F),
    ("资料员", "负责工程资料整理。", F),
    ("绩效专员", "负责绩效考核。", F),
    ("薪酬专员", "负责工资核算。", F),
    ("总务", "负责办公用品和车辆管理。", F),
    ("电工", "负责厂房电路维修。", F),
    ("维修工", "负责设备维修。", F),
    ("安全主任", "负责工厂安全生产。", F),
    ("环保专员", "负责工厂环评。", F),
    ("员工关系专员", "负责劳动合同和员工关系。", F),
    ("产品摄影师", "负责产品白底图和场景图拍摄。", T),
    ("视觉设计师", "负责店铺主图、详情页设计。", T),
]
# --- R-I (tests/gold/README.md): an in-house trainer whose courses teach the employer's own cross-border operations
# work is true; courses sold to sellers or students (R-S), the audience alone, general HR training, or a domestic
# channel taught are false.
_TRAINERS = [
    (
        "亚马逊运营培训讲师",
        "岗位职责：1.负责公司亚马逊运营新人的内训，讲授listing优化、站内广告、FBA补货课程；2.编写课件和案例库。",
        T,
    ),
    (
        "培训主管（TikTok Shop）",
        "1、搭建公司TikTok Shop运营团队的培训体系；2、开发TikTok Shop美区店铺运营课程：平台规则、短视频带货、达人建联；"
        "3、组织新人考核。",
        T,
    ),
    (
        "培训专员（Shopee方向）",
        "负责公司Shopee运营部新员工培训，讲授Shopee后台操作、选品和店铺运营课程，跟踪新人上岗表现。",
        T,
    ),
    (
        "跨境电商培训讲师",
        "本岗位为企业内训，不对外招生：负责对公司200人运营团队讲授亚马逊平台政策、广告投放和账户健康课程。",
        T,
    ),
    (
        "Training Manager, Amazon operations",
        "Build and run training for our Amazon operations team: listings, PPC, FBA inventory and account health. "
        "We sell our own brands in the US and EU.",
        T,
    ),
    (
        "Amazon Trainer",
        "Onboard new hires to our seller business; teach Seller Central, product research and PPC to our staff.",
        T,
    ),
    (
        "培训经理",
        "1.负责公司亚马逊、Temu运营团队的内部培训；2.开发亚马逊运营课程（listing撰写、关键词、站内广告）；3.评估培训效果。",
        T,
    ),
    ("讲师（内训）", "负责公司跨境电商运营新人培训，讲授亚马逊选品与广告投放实操，学员为公司新入职运营。", T),
    ("运营培训师", "负责公司Shopee运营团队的带教：讲授虾皮后台操作、选品、店铺运营，新人三个月独立上手。", T),
    ("亚马逊运营讲师", "负责为学员讲授亚马逊开店、listing和广告课程，配合课程顾问完成招生转化。", F),
    ("跨境电商培训讲师", "面向跨境卖家授课，讲授TikTok Shop运营课程，提升学员续费率。", F),
    ("培训讲师（跨境电商）", "负责高校跨境电商专业学生的实训授课，讲授亚马逊平台操作和选品。", F),
    ("讲师", "负责亚马逊运营课程的研发和直播授课，面向付费学员，公司内部提供教研支持。", F),
    ("Amazon Trainer", "Teach Amazon PPC and listing courses to sellers who buy our training programs.", F),
    (
        "TikTok Shop Trainer",
        "Train merchants on TikTok Shop UK: product listing, LIVE selling and ads, for our agency's clients.",
        F,
    ),
    ("培训经理", "负责新员工入职培训、企业文化培训和通用技能培训，公司主营亚马逊跨境电商。", F),
    ("培训专员", "组织亚马逊运营部门的新人入职培训，安排培训场地，统计考勤。", F),
    (
        "Training Manager",
        "Run onboarding, compliance and leadership training for new hires at our Amazon seller business.",
        F,
    ),
    ("培训主管", "负责公司销售团队的产品知识培训和话术培训，公司产品出口欧美。", F),
    ("电商讲师", "负责公司内部员工培训，课程包括办公软件、沟通技巧、时间管理。", F),
    ("培训经理（天猫方向）", "负责公司天猫运营团队内训，开发天猫店铺运营课程：直通车、选品、活动报名。", F),
    ("培训经理（HR）", "负责公司亚马逊运营团队的内部培训，开发listing、站内广告课程。", F),
]
_CASES += _TRAINERS
_CASES += [(t, _BLURB_EN + d, e) for t, d, e in _BLURBED]
_CASES += [(t, d + _BLURB_ZH, e) for t, d, e in _BLURBED_ZH]


@pytest.mark.parametrize(("title", "description", "expected"), _CASES)
def test_relevance_w19b(title: str, description: str, expected: bool) -> None:
    assert classify_relevance(title, description, None, None, None)[0] is expected
