"""Logistics skills by the guide's boundaries (twenty-first session, helper lg21).

- R95: wanted experience of a logistics field is background, not `international_logistics` or `logistics_general`
  ("1年以上跨境物流经验", "有物流或货代客服经验优先", "2+ years in freight forwarding or cross-border logistics");
  a job title whose duties name the specific logistics work gives no `logistics_general` (the title repeated as the
  description's heading is the title); routes (中欧班列, China–Europe rail) and a foreign market's logistics known
  (熟悉拉美物流) are `international_logistics`.
- R76: DHL, UPS or FedEx as the destination's last-mile carriers (尾程, 本地, beside DPD / GLS / Hermes) is no
  `international_express`.
- R43 / R18: an accountant's 报关单 (tax rebate papers) is no `customs_declaration`.
- R65 / R95: the first leg as a cost item (头程运费, 核算头程, 利润(采购价、头程…)) is no `first_leg`.
- Shipment tracking: 查件, 货件状态, deliveries and arrival followed (跟踪派送, 跟踪到仓) are `logistics_tracking`; a
  logistics company followed up with (物流公司跟进: R95's channel work) or 物流问题 (exceptions) are not.
- R95: liaising with local or last-mile carriers (对接当地物流, 对接UPS、FedEx、USPS等尾程渠道) or a
  consolidation warehouse (对接国内集运仓), channels chosen by price (比价选渠道) are
  `logistics_channel_selection`, so is a cross-border logistics provider worked with (对接外部服务商：跨境物流…),
  which is not also `international_logistics` (R5); a carrier contacted over a parcel's exception is not.
- R108 / R95: a seller ERP's implementer or administrator (ERP实施, ERP系统管理员) knows the sellers' business: FBA,
  海外仓 and 物流渠道设置 asked in a clause of its own keep their ids; the clients' process in brackets does not.
- R63: `shipping_booking` is booking space; coordinating shipments ("coordinate shipments with our forwarder") is not.
- Work another party does, in the English passive ("customs declarations are handled by our customs broker",
  "photography is done by an outside studio"), is not the hire's.
- R75: a buyer's 采购单、入库 records in the ERP, a platform warehouse's 入库异常 and 仓储成本 are no
  `warehouse_management`; a marketplace's Full warehouses are no `overseas_warehouse`.

Each rule has beside it the nearby phrasings that keep their ids: know-how asked, cross-border logistics handled, a
generic logistics remit in the duties, the warehouse's own work. Table-driven: each case a line, its title, a skill
id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

_COORDINATOR_EN = (
    "Customs & Logistics Coordinator – EU lanes\n\nWe move rail freight for online sellers.\n"
    "- Check commercial invoices and HS codes before departure\n- Book FBA appointments"
)


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R95: a logistics field named as wanted experience is background.
        ("物流专员", "任职要求：2年以上跨境电商物流经验，熟悉FBA入仓规则", None, "skill:international_logistics"),
        ("海外仓专员", "要求：有海外仓、货代或跨境物流客服经验者优先", None, "skill:international_logistics"),
        ("海外仓运营", "1年以上海外仓或国际物流工作经验，英语四级", None, "skill:international_logistics"),
        ("物流客服", "要求：有物流或货代客服经验优先，会用Excel", None, "skill:logistics_general"),
        ("仓库主管", "3年以上物流仓储管理经验，有头程仓经验者优先", None, "skill:logistics_general"),
        ("集货仓操作员", "会使用电脑，有仓库或物流工作经验者优先", None, "skill:logistics_general"),
        (
            "FBA Coordinator",
            "Requirements\n- 2+ years in international logistics or freight forwarding\n- Know FBA inbound",
            None,
            "skill:international_logistics",
        ),
        (
            "Logistics Specialist",
            "What you'll bring\n- Three years in freight forwarding, 3PL or cross-border logistics",
            None,
            "skill:international_logistics",
        ),
        # ... know-how asked and cross-border logistics handled keep the id.
        ("物流专员", "熟悉国际物流及清关流程，了解海运拼箱", "skill:international_logistics", None),
        ("物流经理", "负责公司跨境物流的整体规划和管理", "skill:international_logistics", None),
        ("物流专员", "了解跨境物流知识和经验", "skill:international_logistics", None),
        (
            "Logistics Coordinator",
            "What you'll do\n- Coordinate international logistics for our Amazon stores",
            "skill:international_logistics",
            None,
        ),
        ("物流主管", "负责公司物流管理，统筹仓储和运输", "skill:logistics_general", None),
        # R95: routes and a foreign market's logistics known or handled are cross-border logistics.
        ("俄语业务员", "跟进订单发货（铁路、汽运、中欧班列），协助清关", "skill:international_logistics", None),
        ("外贸业务员", "熟悉中欧班列和汽运清关流程", "skill:international_logistics", None),
        (
            "Logistics Specialist",
            "You will book rail freight and should know how China–Europe rail works.",
            "skill:international_logistics",
            None,
        ),
        ("美客多运营", "熟悉拉美物流及清关流程，会西班牙语优先", "skill:international_logistics", None),
        ("Ozon运营", "了解俄罗斯市场物流和清关特点", "skill:international_logistics", None),
        # ... the destination's own delivery or a provider there is not.
        ("Temu运营", "了解美国本土物流（USPS、UPS）和海外仓运作", None, "skill:international_logistics"),
        ("俄语客服", "与俄罗斯当地物流商沟通异常件", None, "skill:international_logistics"),
        # R76: DHL, UPS or FedEx named as the destination's last-mile carriers is no international express.
        ("海外仓仓库主管", "对接DHL、DPD、GLS等尾程派送商，处理异常及索赔", None, "skill:international_express"),
        ("德语客服", "跟进DHL、Hermes、DPD等欧洲物流的派送异常，协调海外仓补发", None, "skill:international_express"),
        ("海外仓客服", "与美国本地卡车公司、UPS/FedEx客服沟通，追踪异常件", None, "skill:international_express"),
        (
            "CS Team Lead",
            "Handle escalations: carrier claims with DHL / GLS / DPD",
            None,
            "skill:international_express",
        ),
        # ... express services booked or compared for cross-border shipments and samples keep it.
        ("外贸跟单", "安排寄样，与快递公司（DHL、FedEx）对接", "skill:international_express", None),
        ("物流经理", "选择和管理货代、船公司、快递（DHL/UPS/FedEx），谈判运价", "skill:international_express", None),
        # R43 / R18: a finance job's 报关单 (export tax rebate papers matched with invoices) is no customs declaration.
        ("外贸会计", "负责出口退税申报，核对报关单、增值税发票与收汇数据", None, "skill:customs_declaration"),
        ("出口企业会计", "审核外销合同、商业发票与报关单是否一致", None, "skill:customs_declaration"),
        ("财务会计（报关行）", "每月与客户核对报关费、代垫费用，开具发票", None, "skill:customs_declaration"),
        (
            "Accountant",
            "Export tax rebate filing; match customs declarations with VAT invoices",
            None,
            "skill:customs_declaration",
        ),
        # ... the declaration work itself, or the single window known, keeps it.
        ("外贸会计（出口退税）", "熟悉出口退税流程和单一窗口操作", "skill:customs_declaration", None),
        ("单证员", "负责报关单草稿、箱单、发票的制作，跟进报关放行", "skill:customs_declaration", None),
        ("外贸业务员", "协助订舱、准备报关单据，跟进货物出运", "skill:customs_declaration", None),
        # R65 / R95: the first leg as a cost item of a price, profit or finance sum is no first-leg work.
        ("跨境电商财务", "核算SKU利润：采购成本、头程运费、FBA费用、广告费分摊", None, "skill:first_leg"),
        ("选品专员", "获取报价和样品，核算头程、FBA费用和利润", None, "skill:first_leg"),
        ("选品专员", "清楚FBA费用、头程成本的核算方法，能独立算利润", None, "skill:first_leg"),
        ("Temu运营", "核算每个SKU的利润（采购价、头程、尾程、平台扣点），做成本表", None, "skill:first_leg"),
        ("客户成功经理", "能看懂利润表，理解卖家的成本结构（头程、佣金、广告、退货）", None, "skill:first_leg"),
        ("Shopee选品助理", "找能做的款，算好利润（售价-采购-运费-佣金）报给老板", None, "skill:logistics_cost"),
        ("Ozon运营", "会用Excel做价格测算表（含佣金、物流费、汇率），算出每个SKU的利润", None, "skill:logistics_cost"),
        # ... first-leg shipments handled keep it; a profit named by its own name is no list of cost items.
        ("跨境物流专员", "安排FBA头程（海运、空运），跟进入仓", "skill:first_leg", None),
        ("物流专员", "负责头程发货和海外仓补货", "skill:first_leg", None),
        ("亚马逊运营经理", "带领运营小组，对销售额、毛利和净利润（P&L）负责", "skill:profit_analysis", None),
        # R75: a buyer's purchase records in the ERP, inbound exceptions at a platform's warehouse and 仓储 as a cost
        # are no warehouse work.
        ("采购专员", "在领星ERP中维护采购单、到货、入库和付款数据", None, "skill:warehouse_management"),
        ("采购专员", "和财务对账，在ERP系统中录入采购单、入库信息", None, "skill:warehouse_management"),
        ("Temu全托管运营", "安排仓库打包，按时送货到平台仓，处理入库异常、退货", None, "skill:warehouse_management"),
        ("运营经理", "建立库存和利润管理机制，控制退货率和仓储成本", None, "skill:warehouse_management"),
        # ... the warehouse's own receiving, counts and storage keep it.
        ("仓库主管", "负责收货入库、上架、盘点，管理仓库团队", "skill:warehouse_management", None),
        ("仓管员", "负责出入库登记和库存盘点，维护库位", "skill:warehouse_management", None),
        ("海外仓运营", "监控入库、上架、出库各环节时效", "skill:warehouse_management", None),
        # R75 / R65: a marketplace's own fulfilment warehouses (Mercado Libre Full) are no overseas warehouse, nor is a
        # destination a carrier ships to for the hire.
        (
            "Mercado Libre Account Manager",
            "- Plan inbound shipments to Full warehouses in Mexico and Brazil with our logistics partner",
            None,
            "skill:overseas_warehouse",
        ),
        (
            "Mercado Libre Account Manager",
            "- Plan stock for Mercado Envíos Full (FULL) warehouses in Mexico; coordinate inbound with our forwarder",
            None,
            "skill:overseas_warehouse",
        ),
        ("美客多运营", "管理Full仓的备货和补货，对接物流商发墨西哥仓", None, "skill:overseas_warehouse"),
        # ... an overseas warehouse worked with keeps it.
        ("海外仓专员", "负责与美国仓沟通入库和库存核对", "skill:overseas_warehouse", None),
        (
            "Marketplace Manager",
            "- Coordinate replenishment with our partner warehouses in California and New Jersey",
            "skill:overseas_warehouse",
            None,
        ),
        # Shipment tracking: parcels looked up (查件), shipment status, deliveries and arrival followed.
        ("物流客服", "接听客户咨询，报价，查件", "skill:logistics_tracking", None),
        ("Walmart运营", "负责WFS入仓计划，跟进货件状态，和物流部门对接头程", "skill:logistics_tracking", None),
        ("物流专员", "对接专线和货代，跟踪清关、派送，处理扣货和退件", "skill:logistics_tracking", None),
        ("物流专员", "安排头程发货，跟踪到仓上架", "skill:logistics_tracking", None),
        (
            "FBA Coordinator",
            "- Track containers from port to FBA and our 3PL; chase delays",
            "skill:logistics_tracking",
            None,
        ),
        # ... a carrier followed up with (channel work, R95) or a parcel's problems (exceptions) are not.
        ("跨境电商营运专员", "与仓库及物流公司跟进FBA补货及海外发货", None, "skill:logistics_tracking"),
        ("速卖通运营", "回复买家站内信，跟进纠纷和物流问题", None, "skill:logistics_tracking"),
        # R95: liaising with the providers that carry the employer's goods is channel work: local and last-mile
        # carriers, a consolidation warehouse, channels chosen by price.
        ("Lazada运营", "对接当地物流和本地仓，处理买家聊天", "skill:logistics_channel_selection", None),
        ("速卖通运营", "对接海外仓和菜鸟物流，优化物流时效和成本", "skill:logistics_channel_selection", None),
        ("Ozon运营", "管理FBO备货与FBS自发货订单，对接国内集运仓", "skill:logistics_channel_selection", None),
        ("海外仓主管", "对接UPS、FedEx、USPS等尾程渠道，谈运费和揽收", "skill:logistics_channel_selection", None),
        ("跨境物流专员", "对接中俄物流专线和货代，比价选渠道", "skill:logistics_channel_selection", None),
        (
            "总经理助理",
            "对接外部服务商：跨境物流、商标注册代理、VAT代理，收集报价、比较方案",
            "skill:logistics_channel_selection",
            None,
        ),
        ("总经理助理", "对接外部服务商：跨境物流、商标注册代理、VAT代理", None, "skill:international_logistics"),
        ("运营主管", "对接跨境物流服务商，比较各家时效", None, "skill:international_logistics"),
        # ... not a carrier contacted over a parcel's exception.
        ("Allegro运营", "跟进海外仓库存，对接物流商处理派送异常", None, "skill:logistics_channel_selection"),
        (
            "网店客服助理",
            "跟进退款、补寄及物流异常个案，与深圳仓库同事及物流公司联络",
            None,
            "skill:logistics_channel_selection",
        ),
        # R108 / R95: a seller ERP's implementer or administrator is asked to know the sellers' business: its own
        # clause's FBA, 海外仓 and 物流渠道设置 keep their ids.
        ("跨境ERP实施顾问", "熟悉亚马逊卖家后台、FBA流程，了解Temu平台", "skill:fba", None),
        ("跨境电商ERP实施顾问", "了解亚马逊FBA、海外仓、头程物流，用过一款跨境ERP", "skill:overseas_warehouse", None),
        ("ERP实施顾问", "完成店铺授权、SKU配对、仓库和物流渠道设置", "skill:logistics_channel_selection", None),
        ("ERP系统管理员", "负责跨境ERP的权限管理、仓库和物流渠道配置", "skill:logistics_channel_selection", None),
        # ... the clients' business in brackets stays theirs; the other software roles keep the product domain.
        ("ERP实施顾问", "调研客户的业务流程（多平台订单、FBA发货、海外仓），输出实施方案", None, "skill:fba"),
        ("运维工程师", "负责海外节点专线网络的运维和监控", None, "skill:dedicated_line"),
        ("Java开发工程师", "负责跨境ERP物流模块开发，对接物流渠道和海外仓接口", None, "skill:overseas_warehouse"),
        # Work another party does, in the English passive ("are handled by our customs broker"): not the hire's.
        (
            "FBA Logistics Coordinator",
            "- Book sea freight with forwarders\nCustoms declarations and HS classification are handled by our customs "
            "broker, so no licence is needed.",
            None,
            "skill:customs_declaration",
        ),
        (
            "Listing Designer",
            "- Design A+ modules\nNote: product photography is done by an outside studio, you don't need to shoot.",
            None,
            "skill:product_photography",
        ),
        # ... the hire's own part of the ad keeps its ids.
        (
            "Customs Coordinator",
            "- Prepare customs declarations for each shipment\nTrucking is handled by our partner.",
            "skill:customs_declaration",
            None,
        ),
        # R63: shipping_booking is booking space (订舱, "book sea freight"); coordinating shipments is not booking.
        (
            "Marketplace Manager",
            "- Plan stock for Noon FBN warehouses and coordinate shipments with our Jebel Ali forwarder",
            None,
            "skill:shipping_booking",
        ),
        ("Logistics Specialist", "- Coordinate sea/air freight and last-mile carriers", None, "skill:shipping_booking"),
        # ... booking keeps it.
        (
            "Logistics Coordinator",
            "- Book sea freight (FCL/LCL) and air with freight forwarders",
            "skill:shipping_booking",
            None,
        ),
        ("Export Sales", "- Arrange containers and loading with the forwarder", "skill:shipping_booking", None),
        # R95: a title whose duties name the specific logistics work gives no logistics_general.
        ("物流单证专员", "负责报关单、箱单、发票的制作；跟进海运提单确认", None, "skill:logistics_general"),
        ("物流客服（专线）", "接听客户咨询，跟进清关状态，处理扣货、补税等异常", None, "skill:logistics_general"),
        ("Customs & Logistics Coordinator", _COORDINATOR_EN, None, "skill:logistics_general"),
        ("Customs & Logistics Coordinator (EU Lanes)", _COORDINATOR_EN, None, "skill:logistics_general"),
        # ... a generic remit in the duties keeps it.
        ("物流专员", "负责公司物流协调，跟进海运订舱", "skill:logistics_general", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
