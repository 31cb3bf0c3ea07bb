"""Skills of the sales, customer and order family where the guide and the extractor drew the siblings' boundaries
apart (twenty-first session, helper sa21).

R4 / R93 / R38: overseas customer development is development wording (开发 / 开拓 / develop / find) with a foreign
market or buyer; foreign customers only named (talked to, driven, emailed, served) are not, nor a pipeline of sellers
or an ad's prospecting audience. R27 / R87: customer-service email is buyers' email in a service or operations job,
not B2B inquiries nor a salesperson's client email; buyers' questions and a hotel's guests' enquiries (R67) are
customer_communication, not inquiry_handling; 保持客户沟通 beside keeping customers is maintenance only (R80 note).
R64: a store's orders followed or checked are order_processing, production and export orders order_follow_up; a
delivery date negotiated is no order follow-up (R94). R30 / R67: front desks and hotel guests are no foreign client
reception. R93: the company's 出口业务, a degree's field and the customs single window are no foreign trade process;
contracts signed in an export job are trade_contract; 国际站业务员 is B2B export sales, B2B SaaS or payments sales to
sellers is not. A customer-service hire answering the shop's chat gives live_chat (在线客服); a negative review's 回访
is no phone support. Each rule has beside it the phrasings that keep their ids.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

OCD = "skill:overseas_customer_development"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Foreign customers named without development wording: no customer development (R4, R93).
        ("外贸工厂会计", "能看懂海外客户的付款水单和简单英文邮件", None, OCD),
        ("司机", "负责接送外国客户去工厂和市场看货", None, OCD),
        ("亚马逊运营", "英语流利，能与海外买家顺畅沟通", None, OCD),
        ("产品经理", "英语读写良好，能和海外客户开技术会议", None, OCD),
        ("Front Office Supervisor", "During the fair most of our guests are overseas buyers.", None, OCD),
        ("Live Host", "Host live streams in English and sell our skincare to overseas customers.", None, OCD),
        ("Paid Social Buyer", "Launch prospecting and retargeting campaigns on Meta and TikTok.", None, OCD),
        ("BD Manager", "Build a pipeline of mid-size marketplace sellers for our payment products.", None, OCD),
        # ... development of foreign buyers or markets, the place between the verb and its customers.
        ("外贸业务员", "开发欧美及东南亚新客户，维护老客户", OCD, None),
        ("俄语业务员", "负责哈萨克斯坦、乌兹别克斯坦客户的开发和维护", OCD, None),
        ("外贸业务员", "重点开拓沙特、阿联酋等中东市场", OCD, None),
        ("外贸业务经理", "独立开发欧美大客户，通过展会和海关数据找到目标买家", OCD, None),
        ("Export Sales", "Develop new buyers in Europe by email and LinkedIn.", OCD, None),
        ("Export Sales", "Develop buyers in South America; attend the Canton Fair.", OCD, None),
        (
            "外贸业务员",
            "公司介绍：节日礼品工厂，主要出口欧美，合作客户包括海外进口商、连锁超市和亚马逊卖家。\n"
            "岗位职责：\n1、负责阿里巴巴国际站的询盘回复和报价；\n2、参加广交会等展会，开发新客户。",
            OCD,
            None,
        ),
        # Unchanged: development wording already found, domestic development and product development stay apart.
        ("外贸业务员", "开发和维护海外客户，完成报价、打样", OCD, None),
        ("外贸业务员", "通过展会和B2B平台开发海外买家", OCD, None),
        ("内销业务员", "负责华东区域经销商客户的开发和维护", None, OCD),
        ("产品开发", "开发适合欧美市场的新产品，跟进打样", None, OCD),
        ("SaaS销售", "通过卖家社群开发客户，完成季度销售目标", None, OCD),
        # Customer communication (R80 note, R87, R67).
        ("大客户经理", "维护既有客户资源，保持客户沟通，确保客户续费", None, "skill:customer_communication"),
        ("美客多运营", "处理买家提问、售后和差评，维护店铺声誉", "skill:customer_communication", None),
        ("Coupang运营", "处理韩国消费者的咨询和售后问题", "skill:customer_communication", None),
        ("课程顾问", "通过电话、微信与意向学员沟通，了解学习需求", "skill:customer_communication", None),
        ("酒店前台", "为中外宾客提供问询、预订和叫醒服务", "skill:customer_communication", None),
        ("酒店前台", "用中英文接待宾客，解答酒店设施与周边旅游咨询", "skill:customer_communication", None),
        ("Front Desk Officer", "Answer guest enquiries in person and by phone.", "skill:customer_communication", None),
        ("Front Desk Officer", "Answer guest enquiries in person and by phone.", None, "skill:inquiry_handling"),
        ("Front Desk Agent", "Answer phone, email and WeChat enquiries; handle room changes.", None,
         "skill:inquiry_handling"),
        # Unchanged: B2B inquiries stay inquiry handling; maintaining relationships stays maintenance.
        ("外贸业务员", "及时回复询盘，报价并跟进样品", "skill:inquiry_handling", None),
        ("Export Sales", "Reply to inquiries from Alibaba.com within 24 hours.", "skill:inquiry_handling", None),
        ("大客户经理", "维护既有客户资源，保持客户沟通", "skill:customer_maintenance", None),
        # cs_email is buyers' email in service and operations jobs (R27, R87).
        ("外贸业务员", "英语四级，能用英语与客户邮件、电话沟通", None, "skill:cs_email"),
        ("eBay运营", "处理买家message和return请求", None, "skill:cs_email"),
        ("外贸业务员", "及时回复询盘（TM、邮件、WhatsApp），促成订单", None, "skill:cs_email"),
        ("外贸业务员", "英文读写熟练，能独立处理询盘和邮件", None, "skill:cs_email"),
        ("采购跟单", "负责日本客户订单的交期回复和出货通知邮件", None, "skill:cs_email"),
        ("采购专员", "处理供应商邮件，跟进交期", None, "skill:cs_email"),
        # ... and buyers' emails answered in a service job, 电邮 as Hong Kong and Taiwan ads write it.
        ("網店客戶服務助理", "回覆客戶電郵及處理退貨個案", "skill:cs_email", None),
        ("網店客戶服務助理", "處理海外客戶的電郵及網上查詢，包括訂單狀態", "skill:cs_email", None),
        ("售后客服", "处理亚马逊/Temu买家售后邮件，跟进退款、补发", "skill:cs_email", None),
        # Unchanged: buyers' emails answered.
        ("亚马逊运营", "处理买家邮件和退货申请", "skill:cs_email", None),
        ("英语客服", "负责回复客户邮件，处理退换货", "skill:cs_email", None),
        ("eBay运营", "处理买家message和return请求", "skill:customer_communication", None),
        # live_chat: a customer-service hire answering the shop's chat.
        ("Shopee客服（越南语）", "负责越南站的买家聊天回复和售后处理", "skill:live_chat", None),
        ("电商客服", "负责淘宝店铺的售前咨询，用千牛回复顾客", "skill:live_chat", None),
        ("1688运营", "管理旺旺客服，制定话术，监控响应率", "skill:live_chat", None),
        ("蝦皮運營", "经营虾皮直播与聊聊客服，回复买家询问", "skill:live_chat", None),
        # Unchanged: an operations hire answering buyers' chat is customer communication only (R87).
        ("Shopee运营", "处理买家聊聊消息和退货退款", None, "skill:live_chat"),
        # phone_support: a review's 回访 is the review's handling.
        ("日语客服", "维护店铺评价，跟进低分评价的回访", None, "skill:phone_support"),
        ("电商客服", "处理退换货、物流查询、中差评回访", None, "skill:phone_support"),
        ("电话客服", "负责老客户的电话回访", "skill:phone_support", None),
        # R64: the store's orders followed or checked; production and export orders followed.
        ("Temu运营助理", "每天跟进订单，安排国内仓发货，上传物流单号", "skill:order_processing", None),
        ("Temu运营助理", "每天跟进订单，安排国内仓发货，上传物流单号", None, "skill:order_follow_up"),
        ("社区团购运营", "跟进区域订单、售后、缺货等问题，协调仓配", "skill:order_processing", None),
        ("亚马逊运营助理", "每天看一下订单，回复买家邮件", "skill:order_processing", None),
        ("Ozon运营", "每天看订单和库存，回复买家消息", "skill:order_processing", None),
        ("外贸业务员", "负责报价、合同签订及订单跟踪，跟单至出货", None, "skill:order_processing"),
        ("产品开发专员", "能独立和工厂谈价格和交期", None, "skill:order_follow_up"),
        ("外贸业务经理", "和客户谈判价格、付款条件、交期，签订合同", None, "skill:order_follow_up"),
        ("家具类目运营", "处理订单异常、退货和物流索赔", None, "skill:order_processing"),
        ("ERP系统专员", "负责店铺授权、订单同步异常处理", None, "skill:order_processing"),
        ("外贸业务员", "熟悉L/C付款方式，能看懂信用证，会审单", None, "skill:order_processing"),
        ("Export Sales", "Handle orders from PI to shipment: production follow-up and booking.", None,
         "skill:order_processing"),
        # R73: a platform's purchase orders to the employer (Vendor Central) are handled orders, not buying.
        ("Marketplace Coordinator", "Vendor Central: review and confirm purchase orders, track shortage claims.",
         "skill:order_processing", None),
        ("Amazon Brand Manager", "Manage purchase orders, chargebacks, shortage claims and Vendor Central performance.",
         "skill:order_processing", None),
        ("Amazon Brand Manager", "Manage purchase orders, chargebacks, shortage claims and Vendor Central performance.",
         None, "skill:purchasing"),
        # Unchanged: production and purchase orders followed; store orders' exceptions and inquiries.
        ("Buyer", "Raise purchase orders with suppliers and follow up deliveries.", "skill:purchasing", None),
        ("电商客服", "处理取消订单、退货退款和物流查询", "skill:order_processing", None),
        ("1688运营", "回复采购商旺旺咨询，跟进打样和批量订单", "skill:order_follow_up", None),
        ("1688运营", "协助销售人员跟进大客户订单", "skill:order_follow_up", None),
        ("采购跟单", "下采购订单并跟进交期", "skill:order_follow_up", None),
        ("外贸业务员", "跟进订单生产进度和出货", "skill:order_follow_up", None),
        ("印尼站客服", "负责买家聊天回复，处理订单查询、物流跟踪、退货退款", None, "skill:order_processing"),
        ("Etsy运营", "跟进订单打包与国际小包发货", None, "skill:order_processing"),
        ("运营专员", "分析各小区订单数据，淘汰低效团长", None, "skill:order_processing"),
        # R30 / R67: front desks and hotel guests are no foreign client reception.
        (
            "行政前台",
            "负责前台接待，接听电话，收发快递和信件；\n2. 接待来访客户（包括外籍客户），安排会议室",
            None,
            "skill:foreign_client_reception",
        ),
        ("酒店前台接待", "负责宾客入住登记。\n任职要求：英语口语流利，能熟练接待外宾", None,
         "skill:foreign_client_reception"),
        ("俄语业务员", "接待来义乌采购的俄罗斯客户，陪同看市场、看工厂", "skill:foreign_client_reception", None),
        ("日语业务员", "接待来华验厂验货的日本客户，做好翻译", "skill:foreign_client_reception", None),
        # Unchanged: a salesperson receiving foreign clients; the next duty's market is not this one's.
        ("外贸业务员", "参加广交会，接待来访外国客户", "skill:foreign_client_reception", None),
        ("海外市场经理", "展会现场接待和展后客户跟进；\n2. 负责欧美新客户开发", None, "skill:foreign_client_reception"),
        # R93: foreign trade process.
        ("外贸单证员", "负责出口业务的全套单证制作：商业发票、装箱单", None, "skill:foreign_trade_process"),
        ("关务专员", "熟练操作国际贸易单一窗口，核对申报要素", None, "skill:foreign_trade_process"),
        ("合规专员", "本科以上，法学、国际贸易或理工科背景均可", None, "skill:foreign_trade_process"),
        ("Trade Compliance", "A customs broker licence or certificate in international trade.", None,
         "skill:foreign_trade_process"),
        # Unchanged: the process named as know-how.
        ("外贸业务员", "熟悉外贸流程和国际贸易实务", "skill:foreign_trade_process", None),
        # R21: prospecting through a market's own search engine and social network.
        ("俄语外贸业务员", "通过Yandex、VK及展会寻找买家", "skill:google_prospecting", None),
        ("俄语外贸业务员", "通过展会、B2B平台、社媒等渠道获取询盘", "skill:google_prospecting", None),
        ("Export Sales", "Develop new buyers by email, LinkedIn and WhatsApp.", "skill:google_prospecting", None),
        # R93: contracts signed in an export job.
        (
            "俄语外贸业务员",
            "1、负责阿里国际站询盘回复和RFQ报价，维护老客户，定期发送新品目录和报价单；\n"
            "2、用俄语与客户进行商务谈判、报价、签订合同，跟进生产和发货，处理售后争议。",
            "skill:trade_contract",
            None,
        ),
        # Unchanged: contracts beside a trade word, and others' contracts.
        ("俄语外贸业务员", "回复询盘，报价、谈判、签订合同，跟进生产", "skill:trade_contract", None),
        ("外贸业务员", "熟悉FOB、CIF，负责与客户签订合同", "skill:trade_contract", None),
        ("行政专员", "负责员工劳动合同签订和档案管理", None, "skill:trade_contract"),
        ("采购专员", "回复供应商询价，签订采购合同", None, "skill:trade_contract"),
        # R93: export sales roles; B2B sales of software or payments to sellers and wanted background are not.
        ("阿里巴巴国际站业务员", "负责询盘回复和报价", "skill:b2b_sales", None),
        ("Account Executive", "3+ years of B2B sales, ideally in payments or fintech.", None, "skill:b2b_sales"),
        ("Sales Executive", "1+ year B2B SaaS sales experience.", None, "skill:b2b_sales"),
        ("Marketplace Manager", "3+ years in cross-border e-commerce or international sales.", None, "skill:b2b_sales"),
        ("国际站运营（阿里巴巴B2B）", "负责产品发布和关键词优化", None, "skill:b2b_sales"),
        # Unchanged: export sales named.
        ("外贸业务员", "负责B2B外贸销售，开发海外批发客户", "skill:b2b_sales", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
