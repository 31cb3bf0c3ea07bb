"""Skill concepts from real-looking sentences, with the ambiguous forms the conventions decide."""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

from nlp.ai_mention import ai_mention
from nlp.certificates import extract_certificates
from nlp.skills import extract_skills, skill_ids


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("负责listing优化和关键词优化", ["skill:listing_optimization", "skill:keyword_research"], []),
        ("熟悉站内广告PPC、CPC、SP广告投放", ["skill:onsite_ppc"], []),
        ("负责选品和产品开发，对接工厂打样", ["skill:product_selection", "skill:product_development"], []),
        ("熟悉海外仓、FBA头程流程", ["skill:overseas_warehouse", "skill:fba", "skill:first_leg"], []),
        ("熟练使用店小秘、领星、马帮、通途ERP", ["skill:dianxiaomi", "skill:lingxing", "skill:mabang"], []),
        ("会用Helium 10、卖家精灵、Jungle Scout、Keepa", ["skill:helium10", "skill:sellersprite"], []),
        ("熟练使用ChatGPT、DeepSeek、文心一言、Kimi", ["skill:chatgpt", "skill:deepseek", "skill:kimi"], []),
        ("会用Midjourney和Stable Diffusion出图", ["skill:midjourney", "skill:stable_diffusion"], []),
        ("熟练使用PS、AI、CDR等设计软件", ["skill:photoshop", "skill:illustrator", "skill:coreldraw"], []),
        ("了解AI发展趋势", [], ["skill:illustrator"]),
        ("会用Premiere、剪映剪辑视频", ["skill:premiere", "skill:capcut", "skill:video_editing"], []),
        ("熟练使用Excel数据透视表、VLOOKUP", ["skill:excel", "skill:pivot_table", "skill:vlookup"], []),
        ("会用SQL取数，熟悉Power BI、Tableau", ["skill:sql_analysis", "skill:power_bi", "skill:tableau"], []),
        ("用Python进行数据分析", ["skill:python_analysis"], ["skill:python_programming"]),
        ("精通Python开发，熟悉Django", ["skill:python_programming"], ["skill:python_analysis"]),
        ("精通JavaScript前端开发", ["skill:javascript"], ["skill:java"]),
        ("熟悉Java和Spring Boot", ["skill:java", "skill:spring"], []),
        ("负责Google Ads和Facebook广告投放", ["skill:google_ads", "skill:facebook_ads"], []),
        ("负责TikTok达人建联与网红营销", ["skill:creator_outreach", "skill:influencer_marketing"], []),
        ("熟悉SEO/SEM", ["skill:seo", "skill:sem"], []),
        ("邮件营销、社媒运营、短视频与直播", ["skill:email_marketing", "skill:livestreaming"], []),
        ("规避侵权，了解知识产权与商标注册", ["skill:ip_infringement", "skill:trademark"], []),
        ("熟悉欧洲VAT、EPR合规，产品CE/FCC认证", ["skill:vat", "skill:epr", "skill:fcc_certification"], []),
        ("负责报关、清关，熟悉信用证和FOB/CIF", ["skill:customs_declaration", "skill:letter_of_credit"], []),
        ("及时回复询盘，处理阿里国际站RFQ", ["skill:inquiry_handling", "skill:rfq"], []),
        ("处理客诉、退货和差评处理", ["skill:complaint_handling", "skill:returns_refunds"], []),
        ("整合供应链，1688找货，配合工厂验厂", ["skill:supply_chain", "skill:sourcing_1688"], []),
        ("熟悉AWS云服务", ["skill:cloud_platforms"], []),
        ("参与互联网产品开发流程", [], ["skill:product_development"]),
        ("处理买家纠纷与差评", ["skill:complaint_handling"], []),
        ("处理公司的各种法律纠纷、仲裁、诉讼", [], ["skill:complaint_handling"]),  # legal work, not complaints
        ("提供人事咨询和劳务纠纷处理", [], ["skill:complaint_handling"]),
        ("参与用户研究和可用性测试", ["skill:user_behavior_analysis"], []),
        ("负责客户端的 UI 设计，编写交互流程", ["skill:ui_design"], []),
        ("手绘功底好或平面排版功底好", ["skill:graphic_design"], []),
        ("会使用数据指导产品迭代", ["skill:data_analysis"], []),  # R47
        ("编写调研报告、MRD、PRD", ["skill:market_research"], []),
        ("通过多种渠道维护与宣传品牌形象", ["skill:brand_marketing"], []),
        ("负责设计宣传册和品牌画册", [], ["skill:brand_marketing"]),  # brochure design, not brand promotion
        ("负责公司新媒体服务的销售工作", [], ["skill:new_media_operations"]),  # selling the employer's media
        ("负责新媒体日常推文的撰写与发布", ["skill:new_media_operations"], []),
        ("负责各类增粉活动，提高粉丝活跃度", ["skill:community_operations"], []),  # R46
        ("具有娴熟的游戏市场推广策划技能", ["skill:marketing_planning"], []),  # R1
    ],
)
def test_skills(text: str, present: list[str], absent: list[str]) -> None:
    ids = skill_ids(None, text, None)
    assert set(present) <= set(ids)
    assert not set(absent) & set(ids)


def test_output_shape_sorted_by_id() -> None:
    out = extract_skills("亚马逊运营", "负责选品，熟练使用Excel做数据", None)
    assert [s["id"] for s in out] == sorted(s["id"] for s in out)
    assert {"id", "name_zh", "name_en", "category"} == set(out[0])
    assert {"skill:amazon_operations", "skill:product_selection"} <= {s["id"] for s in out}


def test_tags_stand_in_only_for_a_missing_description() -> None:
    # 51job rows carry keyword tags and no description; neitui tags are the board's category path.
    assert "skill:seo" in skill_ids("运营专员", None, ["SEO", "五险一金"])
    assert "skill:backend_dev" not in skill_ids("高级Windows C++", "负责客户端开发", ["技术", "后端开发", "C++"])


@pytest.mark.parametrize(
    ("title", "description", "present", "absent"),
    [
        # 算法 counts as the engineering skill only beside 数据结构; crypto or ML algorithms are other concepts.
        ("C++工程师", "熟悉主流的加密算法并能实现之", None, "skill:algorithms"),
        ("Java工程师", "熟悉常用数据结构和算法", "skill:algorithms", None),
        # 视觉设计 is e-commerce art only for shop visuals.
        ("视觉设计师", "负责产品web端和移动端的整体视觉设计", None, "skill:ecommerce_art_design"),
        ("美工", "负责天猫店铺详情页的视觉设计", "skill:ecommerce_art_design", None),
        # Facebook/Google next to ad buying are the ad platforms, not page operations.
        ("海外渠道优化师", "负责Facebook、Google等渠道投放和优化", "skill:facebook_ads", "skill:facebook_operations"),
        ("海外渠道优化师", "负责Facebook、Google等渠道投放和优化", "skill:google_ads", None),
        ("海外运营", "负责Facebook主页日常更新", "skill:facebook_operations", "skill:facebook_ads"),
        # Generic words outside their own function.
        ("行政专员", "负责日常办公用品采购，快递及物流管理", None, "skill:purchasing"),
        ("财务经理", "出具合并财务报表及财务分析报告", None, "skill:reporting"),
        ("销售", "有新媒体、互联网或广告公关行业经验者优先", None, "skill:public_relations"),
        ("会计", "熟练掌握ms office软件，如excel和word", None, "skill:excel"),
        ("客户成功经理", "保持与客户的沟通。ps：实习期表现优秀即可转正", None, "skill:photoshop"),
        ("数据分析师", "数学、统计学等相关专业", None, "skill:statistics"),
        ("新闻编辑", "热点新闻抓取", None, "skill:hashtag_trends"),
        ("社区运营（西班牙语）", "负责社区运营，策划活动或组织内容", "skill:community_operations", None),
        ("销售BD", "根据市场计划，完成个人销售指标", "skill:sales_target_management", None),
        # 云计算 as the employer's industry is background; a named cloud stack is the skill.
        ("政府事务经理", "在云计算行业内，与行业专家有效互动", None, "skill:cloud_platforms"),
        ("部署实施工程师", "负责OpenStack自动化安装和部署方案设计", "skill:cloud_platforms", None),
        ("部署实施工程师", "熟悉Puppet框架", "skill:devops", None),
        # A bare 品类 names the goods sold; planning or running a category is category management.
        ("亚马逊运营主管", "负责户外露营品类的整体业绩", None, "skill:category_management"),
        ("招商经理", "根据类目发展需求，规划所在类目线的招商计划", "skill:category_management", None),
        # A designer's eye for trends is a disposition (R12); industry-trend analysis is market research.
        ("空间设计", "对流行趋势敏锐的洞察力", None, "skill:trend_research"),
        ("销售副总监", "定期输出行业趋势分析及销售策略", "skill:market_research", "skill:trend_research"),
        # R16: budget and bidding work is ad campaign management.
        ("天猫运营", "管理店铺推广预算，优化投产比", "skill:ad_campaign_management", None),
        # A clause listing majors is the degree asked, also for verb-object rules.
        ("运营", "计算机、数据分析、教育、市场营销相关专业", None, "skill:market_research"),
        ("运营", "分析市场营销数据，输出结论", "skill:market_research", None),
        # Using trending topics is the skill; being sensitive to them is a disposition (R3).
        ("新媒体运营", "结合节日和热点事件策划推文选题", "skill:hashtag_trends", None),
        ("新媒体运营", "对热点事件、新闻动态敏感", None, "skill:hashtag_trends"),
        # Content work in its own words; a company's vision of easier content creation is background.
        ("文案策划", "三年以上互联网内容创作经验", "skill:content_marketing", None),
        ("后端工程师", "公司的愿景是让视频内容创作更简单", None, "skill:content_marketing"),
        # Phrasings mined from unlabelled postings for existing engineering concepts.
        ("QA工程师", "两年以上移动端测试经验", "skill:software_testing", None),
        ("运维工程师", "熟悉KVM虚拟化", "skill:cloud_platforms", None),
        ("iOS工程师", "熟悉SQLite编程", "skill:relational_db", None),
        ("产品经理", "研究行业的竞争格局", "skill:competitor_analysis", None),
        # Customer development is export work only where the posting speaks of foreign trade (gold rule R38).
        ("销售代表", "负责开发新客户，维护老客户关系", None, "skill:overseas_customer_development"),
        ("业务员", "负责开发新客户，及时回复询盘", "skill:overseas_customer_development", None),
        ("大客户经理", "负责华东区大客户开发", None, "skill:b2b_sales"),
        # An alias in another trade's sense: checking call-centre agents is not product QC nor phone support,
        # a comic's 分镜 is no video script, a department's name is no skill, 云计算 sold is the product.
        ("客服质检专员", "负责坐席通话录音的质检抽查", None, "skill:quality_control"),
        ("品控专员", "负责来货质检和验货", "skill:quality_control", None),
        ("质检主管", "监听呼叫中心坐席录音", None, "skill:phone_support"),
        ("漫画师", "根据剧本绘制漫画分镜", None, "skill:video_scripting"),
        ("短视频编导", "撰写拍摄脚本并绘制分镜", "skill:video_scripting", None),
        ("运营专员", "与市场营销策划部紧密配合", None, "skill:marketing_planning"),
        ("云销售", "负责云计算全线产品的线上销售", None, "skill:cloud_platforms"),
        ("客服主管", "定期开展员工满意度调查", None, "skill:customer_satisfaction"),
        ("用户增长运营", "负责非标流量采购与投放", None, "skill:purchasing"),
        # Vendors managed in a PR or HR job are not supplier development (as R18); a buyer's are.
        ("公关经理", "负责公关代理等供应商管理", None, "skill:supplier_development"),
        ("采购专员", "负责供应商管理与考核", "skill:supplier_development", None),
        # Common phrasings of existing concepts.
        ("增长运营", "负责新用户获取和渠道评估", "skill:traffic_acquisition", None),
        ("视频剪辑", "负责活动现场摄像和后期剪辑", "skill:video_shooting", None),
        ("市场专员", "爱好广泛：音乐、摄影、摄像均可", None, "skill:video_shooting"),
        ("UX设计师", "构建产品的视觉识别体系", "skill:brand_visual", None),
        ("广告产品经理", "熟悉搜索广告和信息流广告", "skill:sem", None),
        ("后端工程师", "熟悉REST API设计", "skill:api_integration", None),
    ],
)
def test_context_rules(title: str, description: str, present: str | None, absent: str | None) -> None:
    ids = skill_ids(title, description, None)
    if present:
        assert present in ids
    if absent:
        assert absent not in ids


def test_an_engineers_business_words_name_the_product_not_skills() -> None:
    text = "负责跨境电商ERP的订单、listing、物流跟踪模块开发，对接亚马逊SP-API，熟悉Java和MySQL"
    engineer = set(skill_ids("Java开发工程师", text))
    assert {"skill:java", "skill:api_integration"} <= engineer
    assert not engineer & {"skill:product_listing", "skill:logistics_tracking"}
    # The same words in an operator's posting are the operator's skills.
    assert "skill:logistics_tracking" in skill_ids("亚马逊运营专员", "负责物流跟踪和listing上传")


def test_excel_counts_where_it_is_used_on_data() -> None:
    assert "skill:excel" in skill_ids(None, "熟练使用Excel做数据透视和销售报表")
    assert "skill:excel" not in skill_ids(None, "熟练使用Excel，能适应轮班")  # an office skill (gold rule R2)


def test_company_blurb_is_not_a_skill() -> None:
    text = "岗位职责：负责店铺运营。\n公司介绍：我们是一家云计算公司。"
    assert "skill:cloud_platforms" not in skill_ids(None, text, None)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (None, "熟练使用ChatGPT等AI工具写文案", {"present": True, "context": "use_tools"}),
        ("算法工程师", "负责大模型训练与微调，熟悉PyTorch", {"present": True, "context": "build_ai"}),
        (None, "公司处于人工智能行业", {"present": True, "context": "vague"}),
        (None, "熟练使用PS、AI等设计软件", {"present": False, "context": None}),
        (None, "负责亚马逊店铺运营", {"present": False, "context": None}),
        ("AIGC运营", "负责内容生产", {"present": True, "context": "use_tools"}),
    ],
)
def test_ai_mention(title: str | None, text: str, expected: dict[str, object]) -> None:
    assert ai_mention(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("英语四级、日语N2证书", ["cet4", "jlpt_n2"]),
        ("持有1+X跨境电商数据分析证书优先", ["1x_cross_border_ecommerce_data_analysis"]),
        ("负责跨境电商数据分析", []),
        ("持有报关员证", ["customs_declarer"]),
        ("专八，CATTI二级笔译", ["catti", "tem8"]),
    ],
)
def test_certificates(text: str, expected: list[str]) -> None:
    assert extract_certificates(text) == expected


def test_generic_store_operations_yield_to_the_marketplace_named() -> None:
    ids = skill_ids("亚马逊运营专员", "负责亚马逊美国站店铺的日常运营, 产品上架")
    assert "skill:amazon_operations" in ids
    assert "skill:store_operations" not in ids
    assert "skill:store_operations" in skill_ids("电商运营", "负责公司店铺的日常运营")


_IN_SOME_JOBS_CASES = [
    ("亚马逊运营", "策划Prime Day、黑五等大促活动", "skill:peak_season_campaigns", None),
    ("客服专员", "能接受大促期间加班", None, "skill:peak_season_campaigns"),  # a schedule, not a skill
    ("独立站运营", "负责公司独立站的日常运营", "skill:independent_site_operations", None),
    ("谷歌广告投放专员", "负责公司多个独立站的Google Ads投放", None, "skill:independent_site_operations"),
    ("天猫运营", "通过生意参谋分析店铺流量、转化和竞品", "skill:traffic_analysis", None),
    ("财务经理", "出具合并财务报表(包含现金流量表)、财务分析报告", None, "skill:traffic_analysis"),
    ("AIGC内容运营", "使用ChatGPT、DeepSeek批量撰写英文Listing", "skill:ai_writing", None),
    # tune6: iOS/Android, 产品规划, 运营活动 and 促销 name the product or another team's work outside business jobs
    ("iOS开发工程师", "负责iOS app的程序开发", "skill:mobile_dev", None),
    ("交互设计师", "熟悉iOS、Android设计规范", None, "skill:mobile_dev"),
    ("采购经理", "负责家居品类的产品规划", "skill:product_planning", None),
    ("产品经理", "负责交通路况产品线的产品规划和管理工作", None, "skill:product_planning"),
    ("产品经理", "负责智能硬件产品规划，制定产品需求文档", "skill:product_planning", None),
    ("活动运营", "负责策划并落地线上运营活动", "skill:event_operations", None),
    ("视觉设计师", "负责推广、运营活动页面的视觉设计", None, "skill:event_operations"),
    ("电商运营", "负责店铺日常促销", "skill:platform_promotions", None),
    ("产品经理", "负责交易/促销体系、积分体系等模块的规划和设计", None, "skill:platform_promotions"),
]


_TUNE7_CASES = [
    # tune7: Go named among languages; a bare "go" is English.
    ("后端开发工程师", "熟练掌握C++/Java/Go(一种即可)", "skill:golang", None),
    ("销售代表", "Let's go! 与团队一起成长", None, "skill:golang"),
    # Common phrasings of existing concepts.
    ("在线教育运营", "负责课程的用户答疑", "skill:customer_communication", None),
    ("培训讲师", "指导学员完成店铺实操，答疑解惑", None, "skill:customer_communication"),
    ("内容编辑", "擅长利用消费者洞察策划内容", "skill:user_behavior_analysis", None),
    ("天猫客服主管", "对淘宝、天猫交易规则非常了解", "skill:marketplace_rules", None),
    ("类目运营", "熟悉平台规则，熟练操作后台", "skill:seller_central", None),
    ("客服", "负责用户维护和活动推广", "skill:customer_maintenance", None),
    ("渠道销售", "做好资料归档、销售统计等工作", "skill:sales_analysis", None),
    ("商务渠道", "负责品牌客户拓展、合作洽谈与合同签订", "skill:business_negotiation", None),
    ("用户运营", "提升老用户留存，促进交易转化", "skill:conversion_rate_optimization", None),
    ("销售助理", "负责市场信息收集与整理", "skill:market_research", None),
    # Recruiting figures are HR work, not the data concepts (R43).
    ("运营专员", "负责数据统计和效果跟进", "skill:data_analysis", None),
    ("招聘专员", "进行招聘数据统计、招聘渠道维护", None, "skill:data_analysis"),
    ("招聘专员", "招聘数据统计分析并提出改进方案", None, "skill:statistics"),
    # Training sessions an education employer runs are teaching, not event operations.
    ("市场专员", "有线下活动组织经验", "skill:event_operations", None),
    ("课程研发", "有线下医学培训活动组织经验者优先", None, "skill:event_operations"),
    # The employer's product, not the hire's skill.
    ("业务经理", "负责直播系统产品的招商销售", None, "skill:livestreaming"),
    (
        "销售代表",
        "1、开发新客户，维护客户关系，完成销售目标；\n2、为企业提供小程序开发、APP开发等技术服务",
        None,
        "skill:frontend_frameworks",
    ),
    ("前端工程师", "负责微信小程序开发", "skill:frontend_frameworks", None),
    # Receiving domestic clients is not foreign client reception.
    ("招商经理", "负责每日客户接待，招商政策讲解", None, "skill:foreign_client_reception"),
    ("外贸业务员", "负责客户接待，陪同外宾参观工厂", "skill:foreign_client_reception", None),
    # tune9: CTR and conversion rate watched on ads are ad metrics, not conversion optimisation.
    ("亚马逊运营", "追踪广告点击率与转化率", "skill:ad_metrics_optimization", None),
    ("亚马逊运营", "追踪广告点击率与转化率", None, "skill:conversion_rate_optimization"),
    ("网站运营", "优化落地页，提升转化率", "skill:conversion_rate_optimization", None),
    ("网站运营", "优化落地页，提升转化率", None, "skill:ad_metrics_optimization"),
    ("Sales Manager", "Set pricing and margin targets", "skill:pricing_strategy", None),
    ("Sales Manager", "Report competitor pricing to management", None, "skill:pricing_strategy"),
    # R20: the generic ERP id only when no named ERP says it better.
    ("运营助理", "熟悉ERP系统操作", "skill:erp_general", None),
    ("运营助理", "会使用领星、积加等ERP者优先", "skill:lingxing", "skill:erp_general"),
    # R20b: the same for AI tools; an example without an id of its own keeps the generic word (R24).
    ("运营助理", "会用AI工具提高效率", "skill:ai_tools_general", None),
    ("Listing文案", "熟练使用ChatGPT、DeepL等AI工具写文案", "skill:deepl", "skill:ai_tools_general"),
    ("Content Writer", "Use AI tools (ChatGPT, Midjourney) for ideas", "skill:midjourney", "skill:ai_tools_general"),
    ("运营助理", "会用ChatGPT、Monica等AI工具", "skill:ai_tools_general", None),
    # Bare 物流 is logistics management only in a logistics or purchasing job, not an operator's shipping step.
    ("物流专员", "负责公司日常物流工作，对接货代", "skill:logistics_general", None),
    ("运营助理", "每日处理订单，上传物流单号", None, "skill:logistics_general"),
    # Storage fees and a storage department are not the hire's warehouse work.
    ("仓库主管", "熟悉仓储作业流程", "skill:warehouse_management", None),
    ("亚马逊运营", "做好库存规划，避免长期仓储费", None, "skill:warehouse_management"),
    # Publishing goods on a marketplace is listing; a launch event is not.
    ("1688运营", "负责商品发布、标题和主图优化", "skill:product_listing", None),
    ("市场专员", "参与新商品发布会的筹备", None, "skill:product_listing"),
    # Store violations and reputation upkeep are account health (R19).
    ("拼多多运营助理", "处理店铺违规和申诉", "skill:account_health", None),
    # Marketplace chat with buyers (Shopee 聊聊) is customer communication.
    ("Shopee运营", "处理买家聊天和退货纠纷", "skill:customer_communication", None),
]


_TUNE10_CASES = [
    # tune10: ad metrics named as "core indicators" are ad work; product and operations indicators are KPIs.
    ("亚马逊运营", "监控ACOS、CTR等核心指标", None, "skill:kpi_analysis"),
    ("产品经理", "定义并跟踪产品指标", "skill:kpi_analysis", None),
    # A video's or a creator's conversion data is content data, not store traffic.
    ("网红营销专员", "统计合作视频的互动和转化数据", None, "skill:traffic_analysis"),
    ("店铺运营", "分析店铺的跳出率", "skill:traffic_analysis", None),
    # Finance, tax and HR figures are not the data concepts of the same name (R43).
    ("会计", "配合VAT税务代理提供销售数据", None, "skill:sales_analysis"),
    ("采销专员", "跟踪库存周转和动销率", "skill:sales_analysis", None),
    ("招聘专员", "定期输出招聘报表", None, "skill:reporting"),
    ("运营助理", "每周输出运营报表", "skill:reporting", None),
    ("运营专员", "每周复盘上周的数据", "skill:data_analysis", None),
    ("运营专员", "统计每日订单数据并提出改进建议", "skill:data_analysis", None),
    ("人事专员", "统计考勤数据", None, "skill:data_analysis"),
    # Shooting and editing videos is video shooting; photos are not.
    ("美工", "负责拍摄和剪辑产品短视频", "skill:video_shooting", None),
    ("美工", "负责产品主图拍照", None, "skill:video_shooting"),
    ("美工", "会C4D建模渲染者优先", "skill:three_d_modeling", None),
    ("平面设计", "负责VI及品牌形象设计", "skill:brand_visual", None),
    ("销售", "熟悉VIP客户维护", None, "skill:brand_visual"),
    ("软件工程师", "负责服务端接口的开发", "skill:backend_dev", None),
    ("销售经理", "了解服务端产品的卖点", None, "skill:backend_dev"),
    # A GitHub link as a portfolio is not version control; using GitHub is.
    ("前端开发", "附带个人博客、GitHub项目者优先", None, "skill:git"),
    ("前端开发", "熟练使用GitHub进行代码协作", "skill:git", None),
    # KOL as a team or a kind of employer (R45) is background; KOL work is influencer marketing.
    ("运营", "团队包括投放、内容、KOL小组", None, "skill:influencer_marketing"),
    ("运营", "负责KOL的筛选与合作", "skill:influencer_marketing", None),
    ("选品专员", "跟踪市场上的网红爆品", None, "skill:influencer_marketing"),
    # An AI image tool is AI image work even after "使用AI" (AI tools); 即梦 beside image words too.
    ("美工", "会使用AI作图工具者优先", "skill:ai_image", None),
    ("美工", "用Midjourney、即梦生成场景图", None, "skill:ai_video"),
    ("短视频编导", "会用即梦制作短片", "skill:ai_video", None),
    ("运营", "使用ChatGPT等AI工具批量生成和润色商品描述", "skill:ai_writing", None),
    # Two words of a list ("内容、运营") are not a duty; short-video content planning is video work.
    ("产品经理", "整合业务线及内容、运营的需求", None, "skill:content_marketing"),
    ("新媒体运营", "负责公众号内容的发布", "skill:content_marketing", None),
    ("短视频编导", "负责短视频内容策划", None, "skill:content_marketing"),
    ("市场专员", "负责专题内容的策划及撰写", "skill:content_marketing", None),
    ("公关主管", "负责精品专题的策划与撰写", "skill:content_marketing", None),
    # Editing to another's copy, or proofreading it, is not copywriting (R10).
    ("视频剪辑", "根据脚本或文案剪辑视频", None, "skill:copywriting"),
    ("文案专员", "负责产品文案的撰写", "skill:copywriting", None),
    # YouTube and Instagram as ad channels are ads, not channel operations.
    ("广告投手", "负责Facebook、Instagram的广告投放", None, "skill:instagram_operations"),
    ("社媒运营", "负责Instagram账号的日常更新", "skill:instagram_operations", None),
    ("产品经理", "负责用户需求分析", "skill:user_behavior_analysis", None),
    ("短视频编导", "研究海外热门音乐与热点", "skill:hashtag_trends", None),
    # Reporting to management on a schedule is reporting; Alibaba's 数据参谋 is the platform's analytics tool (R5).
    ("亚马逊运营", "监控ROI并按月汇报", "skill:reporting", None),
    ("国际站运营", "分析数据参谋中的曝光与点击", "skill:seller_data_tools", "skill:data_analysis"),
    # The product a manager designs, or another team's results used as input (R29), is not data analysis.
    ("产品经理", "负责大数据分析平台的产品设计", None, "skill:data_analysis"),
    ("运营专员", "负责店铺的数据分析", "skill:data_analysis", None),
    ("社群运营", "负责自媒体大V关系维护", "skill:influencer_marketing", None),
    ("用户运营", "负责会员管理", "skill:user_operations", None),
    # An operator optimising 标题和主图 does listing work; a designer making main images does image design.
    ("1688运营", "负责标题和主图优化", None, "skill:product_image_design"),
    ("美工", "负责产品主图的制作", "skill:product_image_design", None),
    ("运营", "会用Excel做价格测算", "skill:excel", None),
    ("直播运营", "拓展与维护带货达人", "skill:creator_outreach", None),
    ("美工", "负责品牌旗舰店页面的设计", "skill:store_decoration", None),
    ("后期专员", "负责宣传片的后期制作", "skill:video_editing", None),
    ("新媒体运营", "负责各类增粉的抽奖活动", "skill:event_operations", None),
    # TikTok named in a TikTok Shop job is the shop (R17); TikTok content work stays content.
    ("TikTok Shop运营", "负责TikTok Shop店铺运营，熟悉TikTok平台规则", None, "skill:tiktok_content"),
    ("TikTok运营", "负责TikTok账号的内容运营", "skill:tiktok_content", None),
]


_TUNE12_CASES = [
    # tune12: ads bought on short videos are ad work; editing them is making them (R71 of the fifteenth session).
    ("千川投手", "负责直播间和短视频的千川投放", None, "skill:short_video"),
    ("美工", "会剪辑产品短视频者优先", "skill:short_video", None),
    ("新媒体运营", "负责抖音短视频的策划与发布", "skill:short_video", None),
    # Reading copy is not writing it (R10).
    ("美工", "能看懂英文文案排版即可", None, "skill:copywriting"),
    ("运营", "负责撰写英文文案", "skill:copywriting", None),
    # Shooting product photos is product photography; a host who appears in the videos shoots none.
    ("Etsy运营", "拍摄和挑选产品图片", "skill:product_photography", None),
    ("主播", "配合拍摄抖音短视频", None, "skill:video_shooting"),
    ("新媒体运营", "负责拍摄产品视频", "skill:video_shooting", None),
    # A poster designed for social media is design, not social-media operations.
    ("美工", "设计站外推广素材、社媒海报和banner", None, "skill:social_media_operations"),
    ("运营", "负责海外社媒账号的日常维护", "skill:social_media_operations", None),
    # Sales data as the input of a plan is the plan's (R29); analysing it is sales analysis.
    ("eBay运营", "结合销售数据做补货计划", None, "skill:sales_analysis"),
    ("运营", "每周整理销售数据", "skill:sales_analysis", None),
    ("Temu运营", "每天盯店铺后台数据", "skill:traffic_analysis", None),
    # Excel used for weekly or monthly reports is reporting use (R2).
    ("京东运营", "熟练使用excel,能独立完成周报月报", "skill:excel", None),
    ("京东运营", "熟练使用excel", None, "skill:excel"),
    # A platform's own analytics tool (R24).
    ("京东运营", "熟悉京东商智", "skill:seller_data_tools", None),
    # B2: an owned P&L is profit work; writing product descriptions in an operations role is listing work (R83).
    ("Amazon Account Manager", "own the P&L of 2-3 Amazon EU stores", "skill:profit_analysis", None),
    ("Etsy运营", "写有温度的英文产品描述", "skill:product_listing", "skill:copywriting"),
    ("Etsy运营", "优化英文产品描述", None, "skill:copywriting"),
    # Data that drives iteration is data analysis (R47); HR figures and test results are not (R43).
    ("短视频编导", "根据完播率等数据迭代素材", "skill:data_analysis", None),
    ("高级人事专员", "进行人力资源数据整合和分析", None, "skill:data_analysis"),
    ("测试工程师", "根据测试结果,分析结果数据形成测试报告", None, "skill:data_analysis"),
    ("运营专员", "负责分析每日的数据", "skill:data_analysis", None),
    # Market trends read for product selection are trend research, not market research.
    ("亚马逊运营", "分析竞品动态和市场趋势,参与新品开发与定价", None, "skill:market_research"),
    ("产品经理", "研究企业服务和saas领域行业趋势和竞争格局", "skill:market_research", None),
    # Someone else's copy the hire works from is not copywriting (R10).
    ("视频后期", "能根据创意脚本或文案对视频进行制作", None, "skill:copywriting"),
    # B3: a community used to find sales leads is a prospecting channel, not community operations.
    ("SaaS销售", "通过电话、微信和卖家社群开发客户", None, "skill:community_operations"),
    ("社群运营", "负责卖家社群的日常维护", "skill:community_operations", None),
    # A KPI named only as a target to meet is not KPI analysis (tune4 README).
    ("商务经理", "完成公司下达的各项运营指标", None, "skill:kpi_analysis"),
    ("运营经理", "搭建并跟踪运营指标", "skill:kpi_analysis", None),
    # Designing a brand's image is brand identity design.
    ("视觉设计主管", "负责品牌整体形象的创意设计", "skill:brand_visual", None),
    ("UI设计师", "负责产品的界面设计", None, "skill:brand_visual"),
    # Trending sounds and topics studied for videos are trend work, a list between them.
    ("短视频编导", "研究美区、英区爆款视频结构与热门音乐、话题", "skill:hashtag_trends", None),
    # B4: translating a detail page is translation; retouching or checking white-background images shoots none.
    ("韩语客服", "协助运营上架新品,翻译韩语商品详情页", None, "skill:detail_page_design"),
    ("美工", "负责商品详情页的设计", "skill:detail_page_design", None),
    ("美工", "对产品白底图进行精修、合成", None, "skill:product_photography"),
    ("摄影师", "负责拍摄产品白底图", "skill:product_photography", None),
    # An operator coordinating the designers is not one (colleague, as 协助视觉设计师).
    ("天猫运营", "协调美工、客服、仓储等部门", None, "skill:ecommerce_art_design"),
    ("天猫美工", "有3年以上美工经验", "skill:ecommerce_art_design", None),
    # Fan groups and community activity are community operations; acquisition-and-retention is user operations.
    ("网站编辑", "运营和管理微信粉丝群", "skill:community_operations", None),
    ("内容运营", "制定内容和活动方案,促进社区活跃", "skill:community_operations", None),
    ("社区运营", "负责社区用户活跃、拉新、留存", "skill:user_operations", None),
    ("数据运营", "精通互联网用户的分级运营体系", "skill:user_operations", None),
    # B5: building or connecting to an API is API integration; designing packaging is packaging design.
    ("Java开发工程师", "负责对接各电商平台的开放api(订单、库存接口)", "skill:api_integration", None),
    ("产品经理", "熟悉亚马逊api的限制", None, "skill:api_integration"),
    ("美工", "设计包装、说明书、卡片等印刷品", "skill:packaging_design", None),
    ("采购专员", "确认产品的包装方式和设计要求", None, "skill:packaging_design"),
    ("新媒体运营", "策划基于社交网络及粉丝社群的营销活动", "skill:social_media_operations", None),
    # B6: capital-market research is finance; ads bought on short videos, 8 characters on.
    ("财务经理", "负责资本市场研究,提出资本运作策略建议", None, "skill:market_research"),
    ("千川投手", "负责公司抖音直播间和短视频的巨量千川投放", None, "skill:short_video"),
    # B7: producing a kind of content, a few words between; market size is market research.
    ("天猫运营", "与品牌部配合,输出葡萄酒知识类内容", "skill:content_marketing", None),
    ("天猫运营", "输出各类活动、促销和内容", None, "skill:content_marketing"),
    ("选品专员", "评估目标品类的市场容量", "skill:market_research", None),
]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # tune12: English postings name localisation and video editing in inflected forms.
        (
            "You will write listings and A+ content with the design team, localised for each country, and keep"
            " the catalogue accurate across all our European marketplaces every single week of the year.",
            "skill:localization",
        ),
        (
            "You will write short-video scripts, brief freelance creators and edit clips in CapCut or Premiere,"
            " then publish them on our brand accounts and report what worked to the team every week.",
            "skill:video_editing",
        ),
    ],
)
def test_tune12_english_forms(text: str, skill: str) -> None:
    assert skill in skill_ids("Content Specialist", text)
    # Editing an order or a local supplier list is neither.
    other = "Keep our local supplier list up to date and edit purchase orders when prices change, every week."
    assert skill not in skill_ids("Purchasing Assistant", other)


_TUNE11_CASES = [
    # R34: samples sent to creators are creator outreach, not the procurement sample work.
    ("采购专员", "跟进供应商打样和寄样进度", "skill:sampling", None),
    ("TikTok直播运营", "对接带货达人，寄样、谈佣金", None, "skill:sampling"),
    # R33: buyers' returns are returns_refunds; defective goods sent back to suppliers are not.
    ("电商客服", "处理买家退货退款申请", "skill:returns_refunds", None),
    ("采购专员", "处理来料不良、退换货等问题，推动供应商整改", None, "skill:returns_refunds"),
    # R42: goods inspection is quality control; listening in on call-centre agents is not. R109: an inspection the
    # quality department does while the hire coordinates it is the colleagues' (written9 check 37).
    ("采购专员", "安排验货，处理品质问题", "skill:quality_control", None),
    ("采购专员", "协调质检部门验货", None, "skill:quality_control"),
    ("客服主管", "两年以上呼叫中心品质监控经验，熟悉质检流程和质检知识", None, "skill:quality_control"),
    ("质量专员", "3年以上IDC建设项目质量管理经验", None, "skill:quality_control"),
    # Writing listings is listing work; translating or proofreading them is translation.
    ("亚马逊运营", "负责编写listing并上传", "skill:product_listing", None),
    ("日语客服", "校对运营提交的日文listing", None, "skill:product_listing"),
    ("FBA专员", "处理货件异常(丢件、超时未上架)", None, "skill:product_listing"),
    # Choosing carriers is channel selection; coordinating with one is not.
    ("物流专员", "负责物流商的筛选与评估", "skill:logistics_channel_selection", None),
    ("德语客服", "处理退货、换货，与仓库和物流商协调", None, "skill:logistics_channel_selection"),
    # An export order's contract, said beside trade words, is a trade contract; a domestic one is not.
    ("外贸业务员", "负责订单合同签订、报关及收汇", "skill:trade_contract", None),
    ("销售专员", "参与项目投标、合同签订", None, "skill:trade_contract"),
    # Documents beside L/C or shipping words are export documents.
    ("外贸业务员", "审核信用证条款，准备单据", "skill:trade_documentation", None),
    ("财务助理", "整理报销单据", None, "skill:trade_documentation"),
    # 产品发布 on a marketplace store is listing; a software product release is not.
    ("国际站运营", "负责国际站店铺的产品发布、关键词优化", "skill:product_listing", None),
    ("产品经理", "负责产品发布上线和版本迭代", None, "skill:product_listing"),
    # R16: bidding and ad-plan upkeep are ad campaign management.
    ("1688运营", "操作数字营销推广，优化关键词出价", "skill:ad_campaign_management", None),
    ("采购专员", "优化采购流程，管理供应商报价", None, "skill:ad_campaign_management"),
    ("投放优化师", "渠道包括Facebook、TikTok for Business", "skill:tiktok_ads", None),
    # Raising the brand's awareness or standing is brand marketing; an employer-brand drive is not.
    ("市场专员", "通过多种渠道提高品牌知名度", "skill:brand_marketing", None),
    ("招聘专员", "提高雇主品牌影响", None, "skill:brand_marketing"),
    # Sales targets met, split or assigned, even with a long qualifier between verb and object.
    ("天猫运营", "完成公司制定的月度、季度、年度销售计划", "skill:sales_target_management", None),
    ("渠道销售经理", "规划和分配业绩目标", "skill:sales_target_management", None),
    ("HR专员", "分解部门绩效考核方案", None, "skill:sales_target_management"),
    ("天猫客服主管", "对问题订单做出追踪处理", "skill:order_exceptions", None),
    # Keeping up distributor relations is account maintenance.
    ("渠道分销", "维护分销商的关系", "skill:customer_maintenance", None),
    ("运维工程师", "维护分布式存储系统", None, "skill:customer_maintenance"),
    # R13: operating e-commerce platforms is e-commerce operations; a bare platform background is not.
    ("运营", "1年以上电商平台或线下门店运营经验", "skill:ecommerce_operations", None),
    ("前端工程师", "有电商平台开发经验优先", None, "skill:ecommerce_operations"),
    # R11: a cost-control disposition is not the skill.
    ("采购专员", "负责采购成本控制与供应商议价", "skill:cost_control", None),
    ("商务拓展", "具有较强的成本控制意识", None, "skill:cost_control"),
    # A hardware product's lifecycle is product_lifecycle; a software product's (需求→交互→上线) is not.
    ("智能硬件产品经理", "对产品概念、生产、发布到产品生命周期结束的过程进行管理", "skill:product_lifecycle", None),
    ("交互设计专家", "从需求产生到交互设计输出、再到上线全产品生命周期", None, "skill:product_lifecycle"),
    # Working a store's back office is seller central for operators, not for engineers.
    ("天猫超市运营", "熟练操作商超后台系统", "skill:seller_central", None),
    ("Java工程师", "熟悉后台开发与接口设计", None, "skill:seller_central"),
    # Alibaba's 采购节 is a sales event on the marketplace, not the hire's buying.
    ("采购专员", "负责原材料采购与供应商对接", "skill:purchasing", None),
    ("国际站运营", "策划参加国际站九月采购节", None, "skill:purchasing"),
    # Selection tools the employer sells, or a course teaching selection, are its product.
    ("亚马逊运营", "负责选品和市场调研", "skill:product_selection", None),
    ("SaaS销售", "向卖家销售公司的选品与广告管理SaaS软件", None, "skill:product_selection"),
    # A domestic accountant's VAT and income-tax filing is not European VAT.
    ("跨境财务", "负责欧洲增值税申报", "skill:vat", None),
    ("总账会计", "负责增值税、企业所得税等税种的申报", None, "skill:vat"),
    # Reading English email is a language level; writing it to clients is business English.
    ("外贸业务员", "用英文邮件与客户沟通", "skill:business_english", None),
    ("外贸跟单员", "能看懂英文邮件和技术资料", None, "skill:business_english"),
    # A viral video is content, not a best-selling product.
    ("亚马逊运营", "负责打造爆款，提升销量", "skill:bestseller_building", None),
    ("短视频编导", "研究爆款视频结构与热门音乐", None, "skill:bestseller_building"),
    # R15: several country sites run by an operator are multi-site operations; customer service is not.
    ("亚马逊运营", "负责美国站、英国站的日常运营", "skill:multi_site_operations", None),
    ("法语客服", "负责亚马逊法国站、意大利站的买家邮件回复", None, "skill:multi_site_operations"),
    # Online and phone named together as service channels are live chat and phone support.
    ("客服专员", "通过来电接听及在线等方式处理用户咨询", "skill:phone_support", None),
    ("商家管理专员", "通过在线、电话等方式提供咨询服务", "skill:live_chat", None),
    ("销售专员", "在线教育行业销售经验优先", None, "skill:live_chat"),
    # Servicing a client's servers or devices is IT support, not account maintenance.
    ("客户经理", "维护客户关系，提升复购", "skill:customer_maintenance", None),
    ("运维工程师", "负责公司客户服务器日常维护", None, "skill:customer_maintenance"),
    # Logistics run for an e-commerce platform is logistics work, not e-commerce operations.
    ("天猫运营", "负责天猫店铺的日常运营", "skill:ecommerce_operations", None),
    ("仓配主管", "负责公司跨境电商平台的物流运营工作", None, "skill:ecommerce_operations"),
    # R49: checking merchants or goods for violations is marketplace rules work.
    ("平台专员", "对违规商家进行处罚", "skill:marketplace_rules", None),
    ("法务专员", "处理员工违规行为", None, "skill:marketplace_rules"),
    # Marketplaces' own ad products are on-platform PPC.
    ("拼多多运营", "操作多多搜索、多多场景推广，控制推广费用", "skill:onsite_ppc", None),
    ("Etsy店铺运营", "管理Etsy Ads，看每个listing的数据", "skill:onsite_ppc", None),
    ("TikTok Shop直播运营", "推动佣金结算，扩大联盟带货规模", "skill:affiliate_marketing", None),
    # Buyers' reviews handled among other service duties are review management; staff appraisals are not.
    ("日本亚马逊运营", "以日文处理顾客询问、退换货及评价", "skill:review_management", None),
    ("采购经理", "处理供应商提交的季度考核评价", None, "skill:review_management"),
    # A product manager's system or module of domain X is the product, not the hire's X work.
    ("广告运营", "负责广告投放与优化", "skill:ad_campaign_management", None),
    ("广告产品经理", "负责广告投放系统的产品设计", None, "skill:ad_campaign_management"),
    ("产品经理", "负责营销平台、CRM等产品的规划", None, "skill:crm"),
    # 跟单 in e-commerce customer service is tracking a buyer's order, not production follow-up.
    ("外贸跟单员", "负责生产跟单和出货", "skill:order_follow_up", None),
    ("天猫客服主管", "带领客服团队，及时跟单", None, "skill:order_follow_up"),
    # Named customers' satisfaction is the service concept in any job.
    ("商户服务专员", "总结商家在咨询中遇到的问题，提升商家满意度", "skill:customer_satisfaction", None),
    ("HR专员", "定期开展员工满意度调查", None, "skill:customer_satisfaction"),
    # Setting the sales targets is sales target management; setting a training plan is not.
    ("美妆运营总监", "制订销售部年度、季度营销目标，带领团队实现目标", "skill:sales_target_management", None),
    ("培训专员", "制定年度培训计划", None, "skill:sales_target_management"),
    # Client resources kept up across the sale are account maintenance.
    ("线上销售专员", "对客户资源进行售前、售中、售后的维护与需求深挖", "skill:customer_maintenance", None),
    ("运维工程师", "整理客户资源使用情况报表", None, "skill:customer_maintenance"),
    # The QC department a service hire reports to is a colleague.
    ("日语客服", "定期输出问题汇总给产品和质检部门", None, "skill:quality_control"),
    # The platform's buyers are the seller's counterpart, not the hire's buying role.
    ("选品买手", "负责服装买手工作，挑选当季款式", "skill:buyer_merchandising", None),
    ("Temu全托管运营", "跟进核价流程，与买手沟通报价", None, "skill:buyer_merchandising"),
    # A designer's 直通车 image is an ad image, not PPC work.
    ("淘宝运营", "负责直通车推广和关键词出价", "skill:onsite_ppc", None),
    ("淘宝美工", "设计活动海报、banner和直通车推广图", None, "skill:onsite_ppc"),
    # R34: 寄样测评 is creator seeding, not review management.
    ("亚马逊运营", "负责产品测评和留评", "skill:review_management", None),
    ("海外网红营销", "谈判合作形式与费用(寄样测评、付费视频)", None, "skill:review_management"),
    ("Coupang运营", "负责商品注册、价格和库存管理", "skill:pricing_strategy", None),
    ("行政专员", "负责办公用品库存管理", None, "skill:pricing_strategy"),
    ("国际站运营", "同时维护中国制造网店铺", "skill:made_in_china_operations", None),
    ("广告投手", "负责Google(搜索、购物、YouTube)广告账户的搭建", "skill:youtube_ads", None),
    ("视频运营", "负责YouTube频道内容更新", None, "skill:youtube_ads"),
    # A named store, then its day-to-day operations, is store operations.
    ("天猫运营专员", "负责公司天猫旗舰店和淘宝C店的日常运营", "skill:store_operations", None),
    ("门店店长", "负责专卖店员工排班", None, "skill:store_operations"),
    ("外贸跟单员", "维护订单台账，使用金蝶系统录入订单", "skill:order_processing", None),
    # IP complaints are IP work; consumer complaints in a PR crisis are PR.
    ("电商客服", "处理顾客投诉和售后问题", "skill:complaint_handling", None),
    ("知识产权运营专员", "完成知识产权投诉方身份验证、投诉受理等审核工作", None, "skill:complaint_handling"),
    # Growing overseas users is user growth, not export customer development.
    ("海外销售", "开拓海外市场，发展经销商", "skill:overseas_customer_development", None),
    ("海外运营经理", "拓展海外用户，建立海外运营渠道", None, "skill:overseas_customer_development"),
    # R7: a marketplace's search ranking is product ranking; a search engine's is SEO.
    ("1688店铺运营", "熟悉1688平台规则、搜索排名逻辑", "skill:product_ranking", None),
    ("SEO专员", "提升网站在百度的搜索排名", None, "skill:product_ranking"),
    # Google's shopping campaigns named in a list of its ad types; Google searched for buyers is prospecting.
    ("独立站运营经理", "主导Google Ads(search、pmax、shopping)投放", "skill:google_shopping", None),
    ("外贸业务员", "通过Google搜索、开发客户购物中心渠道", None, "skill:google_shopping"),
    # R44: talking with business users, merchants or shoppers is customer communication.
    ("产品运营", "负责与B端、C端用户的沟通和对接", "skill:customer_communication", None),
    ("产品经理", "保持和企业用户的密切沟通", "skill:customer_communication", None),
    ("后端工程师", "与前端同事沟通接口设计", None, "skill:customer_communication"),
    # A platform's staff handling merchants' appeals is not the seller's own account appeal.
    ("亚马逊运营", "负责账户被封后的申诉", "skill:account_appeal", None),
    ("商家管理专员", "负责对接平台违规商家的申诉", None, "skill:account_appeal"),
    # An education seller keeping up students' relations is account maintenance.
    ("课程顾问", "维护学员关系，跟进学员学习进度", "skill:customer_maintenance", None),
    ("教务专员", "维护学员档案系统", None, "skill:customer_maintenance"),
]


_TUNE13_CASES = [
    # tune13 B1: sales figures analysed are sales analysis, one phrase one concept (R5), not also data analysis.
    ("SHEIN运营", "分析爆款和滞销款数据,给设计部门提供开款方向", "skill:sales_analysis", "skill:data_analysis"),
    ("销售支持", "负责销售运营数据的整理、统计、分析", "skill:sales_analysis", "skill:data_analysis"),
    ("运营专员", "每周复盘运营数据,提出优化方案", "skill:data_analysis", "skill:sales_analysis"),
    # Douyin's 罗盘 is the platform's analytics tool (R24), as 生意参谋 is Tmall's.
    ("抖音直播运营", "分析罗盘数据(进入率、停留、转化),复盘每场直播", "skill:seller_data_tools", None),
    ("户外领队", "会使用指南针和罗盘辨认方向", None, "skill:seller_data_tools"),
    ("市场渠道经理", "以数据为罗盘,基于整合分析结果,改进投放策略", None, "skill:seller_data_tools"),
    # B2: designing print collateral is graphic design; planning its content is not.
    ("美工", "设计包装、说明书、卡片等印刷品", "skill:graphic_design", None),
    ("文案", "负责策划公司宣传资料的内容", None, "skill:graphic_design"),
    # Instagram or TikTok named as where creators are found is influencer work, not running an account there.
    ("网红营销专员", "在youtube、instagram、tiktok上寻找与品牌调性匹配的达人", None, "skill:instagram_operations"),
    ("网红营销专员", "在instagram、tiktok上寻找与品牌调性匹配的达人", None, "skill:tiktok_content"),
    ("社媒运营", "负责公司instagram账号的日常内容发布", "skill:instagram_operations", None),
    ("社媒运营", "负责公司tiktok账号的日常内容发布", "skill:tiktok_content", None),
    # Training sessions a teacher organises are classroom events (R18), not campaign operations.
    ("课程研发", "有线下医学考试培训活动组织经验者优先", None, "skill:event_operations"),
    ("活动运营", "负责组织线下品牌活动", "skill:event_operations", None),
    # B3: pulling data out of a warehouse is an analyst's query, not building it; product certification test
    # reports and hardware tests are not software testing.
    ("数据分析师", "使用sql从数据仓库中提取数据,搭建数据看板", None, "skill:big_data"),
    ("数据开发工程师", "负责数据仓库的建设和维护", "skill:big_data", None),
    ("合规专员", "对接第三方检测机构,审核测试报告和doc", None, "skill:software_testing"),
    ("硬件开发工程师", "参与pcb设计、板卡调试、产品测试、生产等环节", None, "skill:software_testing"),
    ("测试工程师", "编写测试用例,输出测试报告", "skill:software_testing", None),
    # B4: a sense for user behaviour is a disposition (R3); studying it is the skill.
    ("品牌广告策划", "对互联网热点和用户行为有较强的洞察力和敏锐度", None, "skill:user_behavior_analysis"),
    ("产品经理", "分析用户行为,优化产品转化路径", "skill:user_behavior_analysis", None),
    # Drawing from someone else's storyboard is not scripting (R10); writing a live-stream script is.
    ("漫画助理", "根据分镜头脚本协助完成漫画创作", None, "skill:video_scripting"),
    ("TikTok直播运营", "和主播配合,准备直播脚本、话术和福利款", "skill:video_scripting", None),
    # B5: a big-data firm named as wanted experience is background (R45); a platform's image specs for a
    # designer are not TikTok operations (R31); conferences held for clients are events.
    ("C++工程师", "有大型互联网公司或知名大数据公司研发经验者优先", None, "skill:big_data"),
    ("大数据工程师", "熟悉大数据平台的开发", "skill:big_data", None),
    ("亚马逊美工", "制作主图视频和广告视频,适配亚马逊、tiktok等平台规格", None, "skill:tiktok_content"),
    ("销售顾问", "协助举办圆桌会议、各种学术会议以及网络视频交流会", "skill:event_operations", None),
    ("行政助理", "负责组织部门会议并做好会议记录", None, "skill:event_operations"),
    ("产品经理", "b2c电商前端产品经理,负责商品详情的需求", None, "skill:frontend_dev"),
    # B6: collecting and analysing industry figures is market research (R5: not also data analysis there).
    ("产品经理", "持续对产品核心数据、行业数据、用户数据等信息的收集和分析", "skill:market_research", None),
    ("数据工程师", "负责行业数据产品的接口开发", None, "skill:market_research"),
]


_TUNE14_CASES = [
    # 跟进订单发货 is an e-commerce order shipped, not production follow-up (跟单).
    ("外贸业务员", "跟进订单全流程：合同签订、生产进度、验货", "skill:order_follow_up", None),
    ("Shopee店铺运营", "跟进订单发货，处理取消、退货退款", None, "skill:order_follow_up"),
    # Trade-show reception of clients is foreign-client reception; an office front desk is not (R30).
    ("外贸业务员", "参加国内外展会，现场接待客户，展后跟进", "skill:foreign_client_reception", None),
    ("行政专员", "负责公司前台接待客户、快递收发", None, "skill:foreign_client_reception"),
    # R21: prospecting through LinkedIn or Google in a sales job; a developer's Google work is not.
    ("外贸业务员", "通过邮件、WhatsApp、领英等渠道主动开发新客户", "skill:google_prospecting", None),
    ("安卓开发工程师", "负责谷歌商店版本的开发与上架", None, "skill:google_prospecting"),
    # A buyer negotiating purchase prices; a seller negotiating prices with clients is business negotiation.
    ("跨境采购专员", "开发和维护供应商，谈判采购价格和账期", "skill:price_negotiation", None),
    ("外贸业务经理", "谈判价格、交期和付款方式", None, "skill:price_negotiation"),
    # The employer as a marketplace's supplier is background; the platform's buyer is a counterpart.
    ("跨境采购专员", "寻找合适的供应商，比价、议价并签订采购合同", "skill:supplier_development", None),
    ("SHEIN运营", "我司是SHEIN战略合作供应商，负责上新和核价", None, "skill:supplier_development"),
    ("服装买手", "负责女装买手工作，把握流行趋势选款", "skill:buyer_merchandising", None),
    ("Temu运营", "与平台买手（buyer）对接核价", None, "skill:buyer_merchandising"),
    # 提升销量 as the aim of a promotion is no sales target.
    ("运营主管", "制定月度销售目标并分解到个人", "skill:sales_target_management", None),
    ("Temu运营", "报名平台秒杀、限时折扣等活动，提升销量", None, "skill:sales_target_management"),
    # Reading buyers' emails is language ability, not email support.
    ("亚马逊客服", "及时回复买家邮件，处理退换货", "skill:cs_email", None),
    ("亚马逊运营助理", "英语四级，能看懂英文产品资料和买家邮件", None, "skill:cs_email"),
    # R15: 各站点 counts in operations roles only.
    ("亚马逊运营", "负责各站点店铺的日常运营", "skill:multi_site_operations", None),
    ("数据分析师", "建立各站点、各品类的核心指标体系", None, "skill:multi_site_operations"),
    # An ad platform's back office is not Seller Central.
    ("TikTok Shop运营", "熟悉TikTok Shop后台操作", "skill:seller_central", None),
    ("千川投手", "熟悉抖音电商和巨量千川后台操作", None, "skill:seller_central"),
    # An FBA shipping plan is not pick-pack-ship work.
    ("仓库专员", "负责打包发货和库存盘点", "skill:fulfillment_ops", None),
    ("亚马逊运营助理", "协助制定 FBA 发货计划，核对货件信息，跟进入仓进度", None, "skill:fulfillment_ops"),
    # A bare TikTok is content work only beside content words; named as an ad channel or a plan it is not.
    ("短视频运营", "负责公司tiktok美区账号的短视频内容", "skill:tiktok_content", None),
    ("海外市场总监", "熟悉amazon dsp、google、meta、tiktok等数字营销生态", None, "skill:tiktok_content"),
    ("速卖通运营", "公司也在准备做temu和tiktok,表现好的运营后面可以去负责", None, "skill:tiktok_content"),
    # SQL beside analysis words in an English ad is analysis, as in a Chinese one; beside services it is engineering.
    ("Growth Analyst", "Strong analytical skills: SQL, cohort analysis and dashboards in Tableau", "skill:sql_analysis",
     "skill:sql_programming"),
    ("Backend Engineer", "Design SQL schemas and write Python services", "skill:sql_programming", "skill:sql_analysis"),
    # A social network named as where creators are searched or ads run is not running its account.
    ("海外红人营销", "寻找并筛选youtube、instagram上的科技类博主", None, "skill:youtube_operations"),
    ("社媒运营", "负责品牌在instagram、facebook上的日常内容发布", "skill:instagram_operations", None),
    # Taking part in a marketplace's sales events is on-platform promotion; an internet platform's event team is not.
    ("速卖通运营", "报名平台328、618等大促,设置折扣活动", "skill:platform_promotions", None),
    ("活动运营", "3年以上互联网平台活动运营经验", None, "skill:platform_promotions"),
    # A department the hire works with is a colleague, not the hire's skill; the same name as the hire's work is.
    ("亚马逊运营", "配合采购做好备货计划,避免断货", None, "skill:purchasing"),
    ("天猫运营", "与仓储及客服协调出货与售后问题", None, "skill:warehouse_management"),
    ("采购助理", "参与采购,跟进供应商交期", "skill:purchasing", None),
    # Shipping as a metric or as the client's volume is not the hire shipping goods.
    ("Temu运营", "监控店铺绩效(准时发货率、取消率),确保发货时效", None, "skill:fulfillment_ops"),
    ("跨境物流销售", "维护老客户,提升客户发货量", None, "skill:fulfillment_ops"),
    # R75: stock shipped into a platform's warehouse on its 备货单 is no dispatch by the hire (the case was
    # kept as dispatch before R75).
    ("Temu运营", "根据备货单安排工厂生产和发货", None, "skill:fulfillment_ops"),
    # A bare 物流 yields to the international-logistics id of the same duty.
    ("物流专员", "负责公司物流协调与对账", "skill:logistics_general", None),
    ("跨境物流专员", "负责跨境物流全流程和物流对账", None, "skill:logistics_general"),
    # A marketplace's named policy and violation checks are marketplace rules; an ad platform's policy is not.
    ("eBay运营", "熟悉eBay政策和账号表现考核指标", "skill:marketplace_rules", None),
    ("亚马逊铺货运营", "检查listing是否违规、侵权", "skill:marketplace_rules", None),
    ("千川投手", "关注巨量引擎平台政策和行业投放打法变化", None, "skill:marketplace_rules"),
    # 回复买家邮件 is email support only (R5); buyers' messages are customer communication.
    ("eBay运营", "回复买家消息，处理退货", "skill:customer_communication", None),
    ("亚马逊铺货运营", "简单回复买家邮件，每周汇总上架数量", None, "skill:customer_communication"),
    # R45/R39: payments or logistics named as the kind of seller or product wanted is background.
    ("跨境电商财务", "负责PingPong、跨境收款账户的对账与提现", "skill:cross_border_payments", None),
    ("大客户销售", "有SaaS、跨境物流、跨境收款或服务商销售经验优先", None, "skill:cross_border_payments"),
    # Handling quality defects or lowering the defect rate is quality control; a software bug rate is not.
    ("外贸业务专员", "维护既有客户关系，处理客诉及品质问题", "skill:quality_control", None),
    ("测试工程师", "跟踪软件缺陷，降低线上故障率", None, "skill:quality_control"),
    # Optimising listings named a few words later; optimising an ad campaign is not listing work.
    ("AIGC内容运营", "使用大模型批量撰写和优化亚马逊、独立站的英文Listing", "skill:listing_optimization", None),
    ("广告专员", "优化亚马逊站内广告的投放结构和预算", None, "skill:listing_optimization"),
    # Holiday marketing is peak-season work; holiday perks are not.
    ("Etsy店铺运营", "跟踪母亲节、情人节、圣诞节等节日营销节点", "skill:peak_season_campaigns", None),
    ("Etsy店铺运营", "五险一金、节日福利、年度旅游", None, "skill:peak_season_campaigns"),
    # 外贸业务员 is B2B export sales; an office clerk of a trade firm is not.
    ("外贸业务员（阿里国际站）", "负责国际站询盘回复和报价", "skill:b2b_sales", None),
    ("行政助理（贸易公司）", "负责办公用品采购和接听电话", None, "skill:b2b_sales"),
]


def test_an_engineer_builds_the_business_domain_but_may_still_analyse_competitors() -> None:
    text = "负责订单、物流跟踪模块的开发；参与竞品分析，提出改进方案"
    ids = skill_ids("Java开发工程师", text)
    assert "skill:competitor_analysis" in ids
    assert not {"skill:order_processing", "skill:logistics_tracking"} & set(ids)


def test_tune13_english_reporting() -> None:
    # English ads say "report weekly" and "provide reports" for the reporting duty; reporting to a manager is not it.
    text = (
        "Track GMV, video views and conversion for every creator in a shared Google Sheet and report weekly"
        " to the team, then brief new creators on the products we launch this season in the US market."
    )
    assert "skill:reporting" in skill_ids("Creator Partnerships Specialist", text)
    other = (
        "You will report to the Head of Sales and visit our distributors across Europe every quarter to"
        " present new products and negotiate yearly contracts with the largest of them in person."
    )
    assert "skill:reporting" not in skill_ids("Export Sales Manager", other)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        (
            "We need 3+ years of Amazon operations on EU marketplaces and strong Excel skills for reporting.",
            "skill:amazon_operations",
        ),
        (
            "You will write and optimize listings and A+ content in English for our camping gear brand on Amazon.",
            "skill:listing_optimization",
        ),
    ],
)
def test_tune14_english_forms(text: str, skill: str) -> None:
    assert skill in skill_ids("Amazon Account Manager", text)


_TUNE16_CASES = [
    # Web and internet promotion are digital marketing.
    ("SEO编辑", "协助网站专题制作和网站推广等相关工作", "skill:digital_marketing", None),
    ("市场经理", "负责互联网推广及自媒体运营", "skill:digital_marketing", None),
    ("行政助理", "负责公司网站内容更新和资料归档", None, "skill:digital_marketing"),
    # Designing the visuals of an online promotion is a designer's brief (R: a colleague's job).
    ("视觉设计师", "负责过线上推广活动相关的视觉设计和前端实现", None, "skill:digital_marketing"),
    ("电商运营", "负责店铺的线上推广和引流", "skill:digital_marketing", None),
    # Raising the brand's image is brand marketing; designing to it is a designer's brief.
    ("活动策划", "通过营销有效提高公司整体品牌形象", "skill:brand_marketing", None),
    ("平面设计师", "负责品牌形象设计及VI规范的执行", None, "skill:brand_marketing"),
    # Upholding the company's image is conduct, not brand work.
    ("新媒体广告销售", "管理维护客户关系，维护公司的品牌形象", None, "skill:brand_marketing"),
    # Drawing up a communication plan for a client is marketing planning.
    ("高级商务经理", "了解客户需求，能够针对客户需求制定传播方案", "skill:marketing_planning", None),
    ("商务经理", "负责传播方案的归档整理", None, "skill:marketing_planning"),
    # Analysing how ads performed and optimising them is ad-metrics work; an ad's creative is not.
    ("网络推广", "监控客户的投放数据，分析投放效果并优化", "skill:ad_metrics_optimization", None),
    ("平面设计师", "负责广告素材的设计，保证投放按时上线", None, "skill:ad_metrics_optimization"),
    # Tracking and analysing the industry's similar products is competitor analysis; selling them is not.
    ("产品经理", "负责对国内外行业相关的产品进行持续的跟踪和分析", "skill:competitor_analysis", None),
    ("销售代表", "负责公司同类产品的销售和客户拜访", None, "skill:competitor_analysis"),
]


_TUNE16_CONTEXT_CASES = [
    # Learning about, or designing for, brand promotion is not doing it.
    ("品牌经理", "负责品牌推广和传播", "skill:brand_marketing", None),
    ("销售顾问", "不断学习品牌推广等相关知识", None, "skill:brand_marketing"),
    ("视觉设计师", "参与部分线下品牌推广设计，品牌树立", None, "skill:brand_marketing"),
    # Following the company's marketing strategy (a designer) is not planning it.
    ("市场经理", "负责制定公司营销策略", "skill:marketing_planning", None),
    ("视觉设计主管", "配合公司整体的营销策略以达到预期的市场效果", None, "skill:marketing_planning"),
]


_TUNE15_CASES = [
    # A front-end framework named by its kind (js框架); a language alone is not a framework.
    ("高级软件开发工程师", "熟悉HTML5、CSS3，熟悉jquery、backbone等js框架", "skill:frontend_frameworks", None),
    ("高级软件开发工程师", "熟悉JavaScript语言，了解HTML5", None, "skill:frontend_frameworks"),
    # Running social platforms listed by name before the word 社交平台, in one clause.
    (
        "运营专员",
        "负责运营微信、微博、官网平台、Twitter、Telegram等国内外社交平台，制定推广计划",
        "skill:social_media_operations",
        None,
    ),
    ("运营专员", "负责店铺日常运营；有社交平台账号者优先", None, "skill:social_media_operations"),
    # Key opinion leaders spelled out are KOLs; an opinion alone is not influencer work.
    ("高级市场经理", "建立Key Opinion Leader数据库，撰写市场文章", "skill:influencer_marketing", None),
    ("高级市场经理", "对市场有独立的opinion和判断", None, "skill:influencer_marketing"),
    # 市场 inside 市场推广 is promotion: "市场推广和运营分析" is no market research; the market analysed is.
    ("市场专员", "收集和分析目标市场的竞争情况，撰写调研结论", "skill:market_research", None),
    ("商务经理", "有一定市场推广和运营分析能力，能引导客户市场推广方向", None, "skill:market_research"),
]


# Code causes of errors found in the tuning sets (sixth session): one general case each, written for this test.
_CODE_CAUSES_S6_CASES = [
    # 1. The employer introducing itself as "X是一个…团队" states its own plans, not the hire's duties.
    ("Etsy运营", "阿木工坊是一个做木雕摆件的小团队,目前有两家Etsy店铺,也在筹备自己的Shopify网站。"
     "你要做的:上新和回复买家", "skill:product_listing", "skill:shopify_store"),
    # 2. A generic ERP yields to the named one only when it means that one: 妙手 has no id of its own.
    ("Shopee运营", "熟悉芒果店长、妙手等erp", "skill:erp_general", None),
    ("Shopee运营", "熟悉erp系统(如妙手、芒果店长)", "skill:erp_general", None),
    ("Shopee运营", "熟悉芒果店长或店小秘erp", "skill:mango_shop", "skill:erp_general"),
    ("Shopee运营", "会用erp(如店小秘、芒果店长)下单", "skill:dianxiaomi", "skill:erp_general"),
    ("Shopee运营", "对接财务和erp团队;熟悉店小秘", "skill:dianxiaomi", "skill:erp_general"),
    # 3. A colleague named as the source of the hire's input is not the hire's duty.
    ("采购专员", "根据速卖通运营同事提供的选品方向,在1688寻找货源", "skill:sourcing_1688",
     "skill:aliexpress_operations"),
    ("采购专员", "按照亚马逊运营给出的需求,跟进供应商交期", "skill:order_follow_up", "skill:amazon_operations"),
    ("跨境电商运营", "根据公司提供的产品资料,负责速卖通运营", "skill:aliexpress_operations", None),
    # ... and so is work another team does, or work the ad says the hire need not do.
    ("天猫运营", "负责店铺日常运营;发货由仓库同事负责", "skill:store_operations", "skill:fulfillment_ops"),
    ("天猫运营", "负责店铺日常运营,安排打包发货", "skill:fulfillment_ops", None),
    ("外贸跟单", "跟进订单生产,不需要自己开发海外客户", "skill:order_follow_up",
     "skill:overseas_customer_development"),
    ("Temu运营主管", "负责全托管渠道运营;本岗位无需外语,也不需要剪辑视频", "skill:temu_operations",
     "skill:video_editing"),
    # 4. A course developer is no engineer: the content duties count (an engineer's would name the product).
    ("医学课程研发", "负责在线课程的研发,运营科普公众号", "skill:new_media_operations", None),
    # 5, 6. The employer's business or an aim named inside a duty item does not make the item a company blurb.
    ("销售助理", "岗位职责:\n- 负责公司主营业务的市场信息收集和整理", "skill:market_research", None),
    ("客服专员", "岗位职责:\n1.处理买家售后问题\n2.致力于提升客户满意度", "skill:customer_satisfaction", None),
    ("客服专员", "岗位职责:\n处理买家咨询\n我们致力于提升客户满意度", None, "skill:customer_satisfaction"),
]


# Eighth session: phrasings found missing or misread in the tuning sets, one general case each.
_EIGHTH_SESSION_CASES = [
    ("产品经理", "通过用户调研和数据分析,持续改善产品", "skill:user_behavior_analysis", None),
    ("市场专员", "负责进行行业调研,形成竞品分析报告", "skill:market_research", None),
    ("内容运营", "有扎实的写作功底", "skill:copywriting", None),
    ("公关专员", "大型活动执行,以及新闻稿的采编", "skill:copywriting", None),
    ("翻译", "翻译和审校公司对外发布的新闻稿", None, "skill:copywriting"),
    # Following the employer's WeChat account to apply is no new-media work.
    ("产品经理", "欢迎关注公众号pmboxs,了解我们", None, "skill:new_media_operations"),
    ("新媒体运营", "负责微信公众号的日常运营", "skill:new_media_operations", None),
    # A report issued (出具, 输出) is reporting; a test, audit or research report is the work it reports.
    ("媒介助理", "整理项目数据并进行分析,出具报告", "skill:reporting", None),
    ("SEO专员", "每月输出SEO报告", "skill:reporting", None),
    ("采购专员", "实地验厂,出具验厂报告", None, "skill:reporting"),
    ("测试工程师", "执行测试用例,输出测试报告", None, "skill:reporting"),
    # Talking with customers a few words apart is customer communication; the ability to talk is a disposition.
    ("产品运营", "与客户(内部/外部)沟通,了解客户需求", "skill:customer_communication", None),
    ("销售专员", "较好的沟通能力、协调能力、客户服务意识", None, "skill:customer_communication"),
    ("社区运营", "负责用户关系运营", "skill:user_operations", None),
    # Country names listed before one 站 / 站点 name several marketplace sites.
    ("eBay运营", "负责eBay英国、德国、澳洲站店铺的运营", "skill:multi_site_operations", None),
    ("Shopee运营", "负责泰国、越南、马来西亚站点日常维护", "skill:multi_site_operations", None),
    ("eBay运营", "负责eBay美国站店铺的运营", None, "skill:multi_site_operations"),
    # A marketplace's image specs are its rules; FBA's inbound rules are logistics.
    ("亚马逊美工", "了解亚马逊图片规范", "skill:marketplace_rules", None),
    ("抖音直播运营", "熟悉抖音电商规则和流量机制", "skill:marketplace_rules", None),
    ("跨境物流专员", "熟悉FBA入仓规则和海外仓操作", None, "skill:marketplace_rules"),
    # Putting goods on and off a store's shelves is listing them; a warehouse's shelves are not a store's.
    ("拼多多运营助理", "负责商品上下架、价格调整", "skill:product_listing", None),
    ("仓库管理员", "负责仓库货物的上下架和盘点", None, "skill:product_listing"),
    ("外贸业务员", "运营阿里国际站店铺:发布产品、优化关键词", "skill:product_listing", None),
    # A designer's posters for off-site promotion, and off-site trend data, are not the promotion work.
    ("亚马逊美工", "设计站外推广素材、社媒海报和banner", None, "skill:offsite_promotion"),
    ("亚马逊选品", "用google trends等站外数据挖掘趋势品类", None, "skill:offsite_promotion"),
    ("亚马逊运营", "负责站外推广,对接deal站", "skill:offsite_promotion", None),
    # Amazon's report files are data, and a site builder's back office is no seller back office.
    ("数据分析师", "了解亚马逊后台报表结构者优先", None, "skill:seller_central"),
    ("独立站运营", "熟悉wordpress后台操作", None, "skill:seller_central"),
    # Following a store's orders through shipping is order processing; following production is trade follow-up.
    ("Shopee运营", "跟进订单发货,处理取消、退货退款", "skill:order_processing", None),
    ("采购专员", "跟进订单生产进度和交期", None, "skill:order_processing"),
    # Revenue and profit targets are sales targets; a profit-and-loss analysis is profit analysis.
    ("运营经理", "制定年度营收与利润目标", "skill:sales_target_management", None),
    ("運營經理", "具備成本概念與損益分析能力", "skill:profit_analysis", None),
    # Developing and keeping clients is account maintenance; maintaining a client app (客户端) is engineering.
    ("销售经理", "负责华东地区广告客户以及广告渠道开发和维护", "skill:customer_maintenance", None),
    ("销售工程师", "完成整体销售流程,包括前期开拓、跟踪、后期维护等工作", "skill:customer_maintenance", None),
    ("客服专员", "回访老客户,收集使用体验", "skill:customer_maintenance", None),
    ("iOS开发", "负责移动客户端软件的开发和维护", None, "skill:customer_maintenance"),
    ("安卓开发", "负责维护公司客户端", None, "skill:customer_maintenance"),
    # The ads team named as the hire's colleague is not the hire's ad work.
    ("TikTok达人建联", "好的视频申请spark ads授权给投放同学加热", None, "skill:ad_campaign_management"),
    ("亚马逊运营", "负责站内广告投放,控制ACOS", "skill:onsite_ppc", None),
]


# Ninth session: work that is not the hire's (tune9b's code needs), one general case each.
_NINTH_SESSION_CASES = [
    # Jobs the hire recruits for, and subjects the hire teaches, are not the hire's skills.
    ("HR专员", "负责亚马逊运营、小语种客服等岗位的招聘", None, "skill:amazon_operations"),
    ("招聘专员", "招聘亚马逊运营、美工等人员,维护招聘渠道", None, "skill:ecommerce_art_design"),
    ("运营经理", "负责亚马逊运营,完成团队招聘计划", "skill:amazon_operations", None),
    ("培训讲师", "讲授亚马逊选品、listing优化和站内广告等课程", None, "skill:onsite_ppc"),
    # A department the hire hands work to is a colleague, as one the hire works with is.
    ("运营助理", "整理买家问题,反馈给客服和采购", None, "skill:purchasing"),
    ("采购助理", "负责采购下单", "skill:purchasing", None),
    # Translation a colleague does, or the hire only leans on, is not the hire's translation work.
    ("Coupang运营", "负责韩文标题和详情页的整理(有韩语翻译同事协助)", None, "skill:translation"),
    ("SHEIN运营", "英语四级或者能借助翻译看懂后台就行", None, "skill:translation"),
    ("日语客服", "协助运营翻译日文商品说明", "skill:translation", None),
    # Work the ad does not ask (不要求会…), and work handed to the hire done (…由运营给你), are not the hire's.
    ("TikTok运营", "不要求会剪辑,会拍摄即可", None, "skill:video_editing"),
    ("带货主播", "直播脚本和文案由运营给你,负责直播", None, "skill:copywriting"),
    ("新媒体运营", "负责文案撰写,素材由设计提供", "skill:copywriting", None),
    # Traditional 帳號 reads as the taxonomies' 账号.
    ("eBay運營", "監控帳號表現", "skill:account_health", None),
]

# The rule rounds' cases (one way and the other for each new kind of rule; the commits that added them say why).
@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        *_IN_SOME_JOBS_CASES,
        *_TUNE7_CASES,
        *_TUNE10_CASES,
        *_TUNE12_CASES,
        *_TUNE11_CASES,
        *_TUNE13_CASES,
        *_TUNE14_CASES,
        *_TUNE16_CASES,
        *_TUNE16_CONTEXT_CASES,
        *_TUNE15_CASES,
        *_CODE_CAUSES_S6_CASES,
        *_EIGHTH_SESSION_CASES,
        *_NINTH_SESSION_CASES,
    ],
)
def test_rule_round_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
