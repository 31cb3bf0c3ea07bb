"""Skills precision on ordinary ads (eighteenth session, helper sk18p): the false ids of the read rows' largest
classes, as general lines: words of other trades read in another sense (a risk engineer's 营销活动, a community's KOL,
warehouse 上架, a teacher's 测评), a disposition or ability read as the skill (R3, R11, R79), ads analysed or advised on
rather than run (R59, R86), departments named as colleagues, a language clause's email ability (L1), B2B inquiries
and colleagues' questions answered (R87), costs and forecasts that name returns or a mega sale (R85), beside the
nearby phrasing that must still give the id.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # 营销活动 whose fraud controls are designed (风控, 反作弊) or whose pages are built or tested is not
        # the campaign run; campaigns planned, organised or run are.
        ("风控策略分析师", "负责电商业务和营销活动的风控策略和规则的设计", None, "skill:event_operations"),
        ("风控策略分析师", "负责营销活动反作弊策略的设计与优化", None, "skill:event_operations"),
        ("前端开发工程师", "负责公司营销活动页面及H5的开发", None, "skill:event_operations"),
        ("活动运营", "负责平台日常营销活动的策划与执行", "skill:event_operations", None),
        ("市场专员", "组织线上线下营销活动，提升品牌知名度", "skill:event_operations", None),
        ("品牌商家BD", "根据商家情况制定合作方案或营销活动，复盘效果", "skill:event_operations", None),
        ("测试工程师", "负责营销活动、优惠券等功能模块的测试", None, "skill:event_operations"),
        # A community's KOL (社区KOL, the platform's own KOL beside its core users) are power users kept by community or
        # user operations, not influencers hired; KOLs contacted for seeding or placements are.
        ("社区运营", "发掘、培养社区KOL和核心用户，提升社区活跃度", None, "skill:influencer_marketing"),
        ("用户运营", "维护平台现有的KOL，培养和扩大核心用户群", None, "skill:influencer_marketing"),
        ("市场专员", "对接小红书KOL，进行产品种草合作", "skill:influencer_marketing", None),
        ("品牌经理", "统筹社交媒体、KOL、线下门店的品牌传播活动", "skill:influencer_marketing", None),
        ("新媒体运营", "负责微博KOL资源的拓展和投放合作", "skill:influencer_marketing", None),
        ("市场专员", "维护现有KOL资源，拓展新的合作博主", "skill:influencer_marketing", None),
        # Ads analysed (广告投放效率), advised on by an analyst (提供投放建议) or placed for a client by an ad
        # sale are not the ads run (R59, R86); an ads job's placements and optimisation are.
        ("广告销售", "与客户保持沟通，确保广告的及时投放与问题反馈", None, "skill:ad_campaign_management"),
        (
            "跨境电商数据分析师",
            "对广告ACoS、TACoS做专题分析，为运营团队提供投放与定价建议",
            None,
            "skill:ad_campaign_management",
        ),
        ("数据分析师", "做专项分析：广告投放效率、新品表现、退货原因", None, "skill:ad_campaign_management"),
        ("信息流优化师", "负责今日头条、广点通等渠道的广告投放与优化", "skill:ad_campaign_management", None),
        ("SEM专员", "负责百度推广账户的搭建、投放和日常优化，控制推广成本", "skill:ad_campaign_management", None),
        ("网络推广", "负责公司产品在各大应用商店的投放", "skill:ad_campaign_management", None),
        ("数据分析师", "分析广告投放效率和新品表现，给出建议", None, "skill:ad_campaign_management"),
        # R3 / R78: data sense is a trait, a kind's figures give the kind's id, a system's data watched in ops work
        # (备份, 故障) is no analysis; analysis asked as an ability or of figures with no id is.
        ("运营专员", "对数据敏感，有较强的逻辑思维能力", None, "skill:data_analysis"),
        ("运营专员", "数据敏感度高，逻辑清晰", None, "skill:data_analysis"),
        ("运营助理", "具备一定的数据分析能力，熟练使用Excel", "skill:data_analysis", None),
        ("电商运营", "分析店铺流量数据，找出转化问题", "skill:traffic_analysis", "skill:data_analysis"),
        ("电商运营", "每日分析销售数据，调整运营策略", "skill:sales_analysis", "skill:data_analysis"),
        ("市场专员", "收集并分析市场数据，撰写调研报告", "skill:market_research", "skill:data_analysis"),
        ("直播运营", "复盘每场直播数据（在线人数、停留、转化）", "skill:data_analysis", None),
        ("运维工程师", "负责数据库的备份、数据监控、故障排除", None, "skill:data_analysis"),
        ("运营专员", "监控运营数据变化并分析原因", "skill:data_analysis", None),
        # R79 / R12: a disposition (洞察力, 敏感), a designer's trends, target clients studied in a sale are not market
        # research; an industry or market researched or followed is.
        ("市场专员", "对市场有敏锐的洞察力，善于捕捉热点", None, "skill:market_research"),
        ("市场经理", "对市场变化敏感，学习能力强", None, "skill:market_research"),
        ("UI设计师", "研究把握设计趋势与行业趋势，推动团队规范建设", None, "skill:market_research"),
        ("商务经理", "对目标行业客户进行研究，挖掘客户需求", None, "skill:market_research"),
        ("行业研究员", "研究行业发展趋势，撰写行业研究报告", "skill:market_research", None),
        ("市场专员", "跟踪行业动态和竞争对手情况，定期输出报告", "skill:market_research", None),
        ("视觉设计师", "关注设计趋势与行业趋势，提升团队设计水平", None, "skill:market_research"),
        ("大客户销售", "对目标行业客户进行研究和拜访，完成销售指标", None, "skill:market_research"),
        ("行业分析师", "对所在行业进行研究，输出研究报告", "skill:market_research", None),
        # R11: a disposition is not the skill.
        ("采购专员", "有良好的成本意识和谈判能力", None, "skill:cost_control"),
        # R44 / R87: a service attitude, needs dug out, customer problems spotted, colleagues' or a legal
        # department's questions and B2B 询盘 / 询价 (inquiry handling) are not customer communication; answering
        # customers' 咨询 and 与客户沟通 wording are.
        ("客服专员", "有良好的服务意识，耐心细致", None, "skill:customer_communication"),
        ("销售代表", "善于与客户沟通，抗压能力强", "skill:customer_communication", None),
        ("销售经理", "了解客户需求，为客户提供解决方案", None, "skill:customer_communication"),
        ("平台服务质培主管", "善于发现客户问题和总结客户需求", None, "skill:customer_communication"),
        ("法务实习生", "解答各部门的法律咨询，起草合同", None, "skill:customer_communication"),
        ("外贸业务员", "及时回复客户询盘，跟进样品和订单", None, "skill:customer_communication"),
        ("外贸业务员", "回复客户询价，制作报价单", None, "skill:customer_communication"),
        ("客服专员", "及时回复客户咨询，处理售后问题", "skill:customer_communication", None),
        ("售前顾问", "解答客户咨询，提供产品解决方案", "skill:customer_communication", None),
        ("人事专员", "解答员工咨询，办理入离职手续", None, "skill:customer_communication"),
        # R10: copy checked for infringement is IP work; copy written is copywriting.
        ("新媒体运营", "文字功底好，能独立撰写公众号文章", "skill:copywriting", None),
        ("知识产权经理", "审核listing图片和文案的侵权风险", None, "skill:copywriting"),
        ("文案策划", "负责品牌广告文案、海报文案的撰写", "skill:copywriting", None),
        # A logistics buyer's price management (freight, suppliers) is not pricing; a store's prices are.
        ("仓配主管", "负责物流供应商选择、合同管理、价格管理等", None, "skill:pricing_strategy"),
        ("电商运营", "负责店铺商品定价和促销价格的制定", "skill:pricing_strategy", None),
        ("Coupang运营", "负责店铺产品上架、价格管理和库存维护", "skill:pricing_strategy", None),
        # Returns as a cost item (退货损失) are profit analysis; returns handled are returns work.
        ("财务经理", "核算SKU利润：采购成本、头程运费、广告费、退货损失等分摊", None, "skill:returns_refunds"),
        ("客服专员", "处理买家的退换货和退款申请", "skill:returns_refunds", None),
        # R85: 大促 among a forecast's inputs and 旺季 named for pay or overtime are no campaign; a campaign run is.
        ("供应链计划经理", "结合历史销量、季节性、大促节点和新品上市做销售预测", None, "skill:peak_season_campaigns"),
        ("SHEIN运营", "旺季（8-11月）业绩好的时候月收入能到2万以上", None, "skill:peak_season_campaigns"),
        ("天猫运营", "负责618、双11等大促活动的策划与执行", "skill:peak_season_campaigns", None),
        ("客服", "旺季会比较忙，需要配合加班", None, "skill:peak_season_campaigns"),
        ("亚马逊运营", "负责旺季备战和大促活动策划", "skill:peak_season_campaigns", None),
        # Warehouse receiving (到仓上架), a live room's links, competitors' new arrivals and listing videos are no
        # listing work; products listed or put up in the hire's store are.
        ("美工", "我们的店铺每月上新二十款左右", None, "skill:product_listing"),
        ("电商运营", "负责商品的上新、上架及库存维护", "skill:product_listing", None),
        ("物流专员", "负责FBA头程发货，跟踪货物到仓上架", None, "skill:product_listing"),
        ("直播运营", "负责直播间中控，管理上架链接和优惠券发放", None, "skill:product_listing"),
        ("选品专员", "跟踪竞品上新、价格和评论，输出选品报告", None, "skill:product_listing"),
        ("服装运营", "负责店铺每周上新和商品维护", "skill:product_listing", None),
        ("Video Editor", "Cut Amazon listing videos and TikTok ads from raw footage", None, "skill:product_listing"),
        ("亚马逊运营", "负责产品上架和listing优化", "skill:product_listing", None),
        # 测评 of students in teaching jobs is no product review.
        ("雅思讲师", "对学员进行模考、测评并给出学习建议", None, "skill:review_management"),
        ("商务英语讲师", "跟进学员学习效果，做好课后答疑和测评", None, "skill:review_management"),
        ("亚马逊运营", "负责产品测评和review的管理", "skill:review_management", None),
        ("淘宝运营", "处理中差评，维护店铺评分", "skill:negative_review_handling", None),
        # A supply-chain department named among the teams the hire works with is a colleague, not the skill; supply
        # chains known or managed are.
        ("亚马逊运营", "与供应链、设计部门协作，推进新品开发与上架节奏", None, "skill:supply_chain"),
        ("亚马逊运营主管", "与供应链、物流、财务部门协同，处理大件物流问题", None, "skill:supply_chain"),
        ("产品经理", "协调研发、测试、硬件、供应链多团队推进项目", None, "skill:supply_chain"),
        ("产品开发", "懂小家电结构与供应链，能看懂基本的产品图纸", "skill:supply_chain", None),
        ("采购经理", "负责供应链管理，开发和维护供应商", "skill:supply_chain", None),
        # L1 / R27: a language clause's ability (能处理英文邮件) and a boss's mail are no customer-service email;
        # buyers' and customers' emails answered are.
        ("国际物流清关专员", "英语四级以上，能处理英文邮件和单证", None, "skill:cs_email"),
        ("总经理助理", "处理总经理的英文邮件、合同和资料翻译", None, "skill:cs_email"),
        ("文员兼运营", "整理订单、打单发货，帮老板回复邮件", None, "skill:cs_email"),
        ("英文客服", "负责回复买家邮件，处理退换货和差评", "skill:cs_email", None),
        ("客服专员", "处理客户邮件和站内信，跟进售后问题", "skill:cs_email", None),
        # A media account's backend (公众号后台) is no marketplace's seller backend; a marketplace's is.
        ("新媒体运营", "熟悉微信公众号后台操作，会用秀米排版", None, "skill:seller_central"),
        ("Shopee运营", "熟悉虾皮后台操作，会上架产品", "skill:seller_central", None),
        # R18: staff, company or classroom events organised are not event operations; marketing events are.
        ("行政专员", "负责公司活动组织、会议安排和办公环境维护", None, "skill:event_operations"),
        ("HR专员", "负责员工活动组织和企业文化建设", None, "skill:event_operations"),
        ("少儿英语老师", "参与寒暑假班、英语演讲比赛等活动组织", None, "skill:event_operations"),
        ("市场专员", "负责线上线下活动组织与执行", "skill:event_operations", None),
        ("策划编辑", "拥有活动策划、活动组织经验", "skill:event_operations", None),
        # R84 / R33: a platform returning a supplier's goods (次品退货, beside 核价 or 质检不合格) is no buyers' returns
        # work; buyers' returns handled are, also beside platform fines.
        ("SHEIN供货运营", "处理平台的质检不合格、次品退货、罚款申诉", None, "skill:returns_refunds"),
        ("Temu运营", "对接买手端后台，处理核价、上新、缺货和退货", None, "skill:returns_refunds"),
        ("SHEIN供应商运营", "处理平台的质检不合格、退货和罚款申诉", None, "skill:returns_refunds"),
        ("Ozon店铺运营", "处理买家退货、差评和平台罚款申诉", "skill:returns_refunds", None),
        ("亚马逊运营", "处理退货和差评，维护账号健康", "skill:returns_refunds", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
