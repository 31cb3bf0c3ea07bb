"""Skills rules from the sixteenth session's written15 round (logistics, procurement, service, compliance, trade, ERP
and engineering ids): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # An HS code is customs classification, not prospecting buyers from customs data; customs data still is.
        ("报关员", "负责商品归类，维护HS编码和申报要素。", None, "skill:customs_data_prospecting"),
        (
            "Customs Coordinator",
            "Assign HS codes to new products and check duty rates.",
            None,
            "skill:customs_data_prospecting",
        ),
        ("外贸业务员", "利用海关数据开发海外客户。", "skill:customs_data_prospecting", None),
        # 卡派 is trucking to the marketplace's warehouse (a delivery mode of the first leg): no air freight; 空派 is.
        ("FBA物流专员", "跟进美森快船和卡派的派送进度。", None, "skill:air_freight"),
        ("FBA物流专员", "安排空派和海派货物的交接。", "skill:air_freight", None),
        # JS among seller tools is Jungle Scout; beside front-end words it is JavaScript.
        ("亚马逊选品", "熟练使用卖家精灵、JS、Keepa等工具。", "skill:jungle_scout", "skill:javascript"),
        ("前端开发工程师", "熟悉JS、HTML和CSS，会用Vue。", "skill:javascript", "skill:jungle_scout"),
        # Being sensitive to consumer trends is a disposition (R11); studying them is trend research.
        ("选品专员", "对消费趋势敏感，有审美。", None, "skill:trend_research"),
        ("选品专员", "研究欧美消费趋势，输出选品报告。", "skill:trend_research", None),
        # Goods coming from the employer's own factory are its fact, not sourcing; a hire's own supply channels and
        # finding goods are sourcing.
        ("直播主播", "货源自己工厂的，款式多。", None, "skill:sourcing"),
        ("采购专员", "有稳定货源渠道者优先。", "skill:sourcing", None),
        ("采购专员", "负责寻找货源，比价下单。", "skill:sourcing", None),
        # Playwright in a scraper's stack is browser automation for crawling; in a tester's stack it is testing.
        ("爬虫工程师", "熟悉Scrapy、Playwright，能处理反爬。", None, "skill:software_testing"),
        ("测试开发工程师", "使用Playwright编写端到端用例。", "skill:software_testing", None),
        # A marketplace's buyer the hire deals with is a counterpart, not the hire's buying work.
        ("Temu运营", "对接买手，处理核价和备货单。", None, "skill:buyer_merchandising"),
        ("服装买手", "担任女装买手，制定采买计划。", "skill:buyer_merchandising", None),
        # Long-term partnerships with creators or suppliers are no customer maintenance; with clients they are.
        ("TikTok达人BD", "维护达人资源库，建立长期合作关系。", None, "skill:customer_maintenance"),
        ("采购专员", "开发供应商并建立长期合作关系。", None, "skill:customer_maintenance"),
        ("外贸业务员", "跟进老客户，与客户建立长期合作关系。", "skill:customer_maintenance", None),
        # Shopee's buyer chat (聊聊) answered is customer communication.
        ("Shopee运营", "处理退货退款和买家聊聊。", "skill:customer_communication", None),
        # Team spreadsheets and docs in a work suite are the suite.
        ("运营助理", "熟练使用Excel、飞书表格。", "skill:office_automation", None),
        # Liaising with a forwarder to move the employer's goods is channel work (R95); booking through it is booking
        # only (R63), and parcel exceptions are not channel work.
        ("采购跟单", "对接货代，跟进FBA头程发货。", "skill:logistics_channel_selection", None),
        ("物流专员", "与货代沟通出货时程和舱位。", "skill:logistics_channel_selection", None),
        ("物流专员", "对接货代订舱，跟进船期。", "skill:shipping_booking", "skill:logistics_channel_selection"),
        ("物流专员", "联系货代处理异常件。", None, "skill:logistics_channel_selection"),
        # A department the hire works with is a colleague: its name is not the hire's skill; the hire's own remit is.
        ("亚马逊运营主管", "与计划和供应链部门一起制定备货策略。", None, "skill:supply_chain"),
        ("供应链经理", "负责供应链管理，优化交付周期。", "skill:supply_chain", None),
        # A line that opens on the employer doing or having done something (专做, 已通过…认证, 技术团队自研) is a
        # company blurb; the duties after it are the hire's.
        (
            "货代销售",
            "公司专做FBA头程、美国海外仓、海运快船/空派。\n岗位职责：开发卖家客户，给客户报价。",
            "skill:quotation",
            "skill:overseas_warehouse",
        ),
        ("外贸业务员", "公司已通过ISO9001及CE认证。\n岗位职责：开发海外客户。", None, "skill:ce_certification"),
        ("认证专员", "岗位职责：负责产品CE认证的申请和资料准备。", "skill:ce_certification", None),
        ("亚马逊运营", "公司技术团队自研ERP和爬虫系统。\n岗位职责：负责亚马逊上架。", None, "skill:web_scraping"),
        # Working in a named marketplace's seller back office is seller_central (R96); reading its reports is not.
        ("外贸业务员", "会操作阿里巴巴国际站后台，发产品。", "skill:seller_central", None),
        ("Temu运营", "熟悉TEMU后台上新流程。", "skill:seller_central", None),
        ("运营助理", "能看懂Shopee后台数据即可。", None, "skill:seller_central"),
        # Talking creators' commission is business negotiation (R93's creators' rates).
        ("TikTok达人BD", "私信建联达人，寄样、谈佣金。", "skill:business_negotiation", None),
        # A forwarder's sales title names the carriage it sells: FBA or 头程 in it are the forwarding job's name, not
        # FBA work of the hire's; the body's own FBA work still counts.
        ("货代销售（FBA头程）", "开发跨境电商卖家客户，给客户报价。", "skill:freight_forwarding", "skill:fba"),
        ("货代销售（FBA头程）", "开发卖家客户，为客户安排FBA头程发货。", "skill:fba", None),
        # Packing goods into cartons beside packing or labelling is pick-pack work; checking a carton list is not.
        ("仓库普工", "负责产品包装、贴标签、装箱。", "skill:fulfillment_ops", None),
        ("物流专员", "核对箱规和装箱信息。", None, "skill:fulfillment_ops"),
        ("物流专员", "创建货件，安排装箱、贴标和出货。", None, "skill:fulfillment_ops"),
        # AWS's SAP (Solutions Architect Professional) certificate is no SAP ERP; SAP modules are.
        ("云运维工程师", "持有AWS SAA/SAP认证者优先。", None, "skill:sap"),
        ("ERP实施顾问", "熟悉SAP MM、SD模块。", "skill:sap", None),
        # Tracking orders' dispatch is order processing (R64), not the hire's packing and shipping.
        ("Shopee运营", "跟踪订单发货，处理退款。", None, "skill:fulfillment_ops"),
        ("仓库打包员", "负责订单拣货、发货。", "skill:fulfillment_ops", None),
        # UPS and FedEx listed as last-mile carriers are last-mile delivery, not international express.
        (
            "Logistics Specialist",
            "Coordinate last-mile carriers (UPS, FedEx) for US orders.",
            "skill:last_mile",
            "skill:international_express",
        ),
        ("物流专员", "熟悉DHL、UPS、FedEx国际快递的价格。", "skill:international_express", None),
        # Reconciling stock counts (库存核对) is no inventory planning; keeping the stock sheet still is.
        ("物流专员", "负责海外仓一件代发的订单对接与库存核对。", None, "skill:inventory_planning"),
        ("运营助理", "整理商品SKU、库存表，与仓库核对数据。", "skill:inventory_planning", None),
        # Answering a platform's price review of the employer's goods (Temu / SHEIN 核价回复) is price negotiation
        # (R93); 核价 alone (a cost check, a price rule) is not.
        ("TEMU运营", "对接买手，处理核价被打回和备货单。", "skill:price_negotiation", None),
        ("SHEIN运营", "负责上新和核价回复。", "skill:price_negotiation", None),
        ("TEMU运营", "负责店铺上新、核价、报活动。", None, "skill:price_negotiation"),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
