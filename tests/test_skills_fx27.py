"""Skills rules of the twenty-seventh session's guide round (fx27): R168-R173, the open questions of the twenty-sixth
session settled on the read rows' counts, and their extractor side.

Each case is written for the rule, not copied from a labelled row: the phrasing the rule catches, and beside it the
near phrasing it must leave alone (guards). Rules the extractor already followed (R168, R169, R171, R173) are pinned
by guards only.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R172 (R6 for marketplaces): each marketplace named as an alternative of the operations experience asked
        # gives its id, also where the list's tail (或其他…平台, 供应商) stands between it and 运营经验.
        (
            "Temu全托管运营",
            "任职要求：1、有Temu、SHEIN或其他全托管平台一年以上运营经验，懂核价。",
            "skill:shein_operations",
            None,
        ),
        (
            "SHEIN供货运营",
            "任职要求：1. 两年以上SHEIN、Temu或者其他平台的女装供应商运营经验。",
            "skill:temu_operations",
            None,
        ),
        (
            "Allegro运营（波兰）",
            "任职要求：1. 一年以上欧洲平台运营经验（Allegro、eBay德国站、亚马逊欧洲站均可）。",
            "skill:ebay_operations",
            None,
        ),
        (
            "Ozon运营",
            "任职要求：有Ozon、速卖通俄罗斯站或者其他跨境平台的店铺运营经验优先。",
            "skill:aliexpress_operations",
            None,
        ),
        (
            "沃尔玛运营",
            "任职要求：有美客多、Walmart或者其他北美平台半年以上运营经验。",
            "skill:mercado_libre_operations",
            None,
        ),
        # Guards: creators' or live-selling operations on a marketplace are not its store (R71); a marketplace's
        # experience with no operations word stays unlabelled (the read majority); a selector's 选品或运营经验 is
        # tied on the read rows and is left to the plain rules.
        (
            "达人BD（泰国）",
            "任职要求：有TikTok Shop或Lazada泰国站的达人运营经验者优先。",
            None,
            "skill:lazada_operations",
        ),
        (
            "达人BD（泰国）",
            "任职要求：有TikTok Shop或Lazada泰国站达人与直播运营经验者优先。",
            None,
            "skill:tiktok_shop_operations",
        ),
        ("Temu半托管运营", "任职要求：有Temu或eBay经验优先，应届生可培养。", None, "skill:ebay_operations"),
        ("选品专员", "任职要求：一年以上SHEIN、Temu或者其他平台的女装选品或运营经验。", None, "skill:shein_operations"),
        # R170: answering buyers' inquiries is inquiry handling; talking with buyers on calls is a communication ask.
        (
            "Export Sales (Alibaba.com)",
            "Reply to RFQs, send samples, and handle WhatsApp messages and video calls with buyers in Europe.",
            "skill:customer_communication",
            None,
        ),
        (
            "International Sales Executive",
            "Fluent spoken English for daily phone calls with clients in the Gulf.",
            "skill:customer_communication",
            None,
        ),
        # Guards: inquiries answered alone stay inquiry handling only; calls with suppliers or the team are not.
        (
            "外贸业务员（阿里国际站）",
            "负责阿里国际站询盘回复和RFQ报价，跟进打样和大货。",
            "skill:inquiry_handling",
            None,
        ),
        (
            "外贸业务员（阿里国际站）",
            "负责阿里国际站询盘回复和RFQ报价，跟进打样和大货。",
            None,
            "skill:customer_communication",
        ),
        (
            "Export Sales Executive",
            "Reply to inquiries from Made-in-China.com and prepare quotations within a day.",
            None,
            "skill:customer_communication",
        ),
        (
            "Sourcing Specialist",
            "Weekly video calls with suppliers and factories to follow production.",
            None,
            "skill:customer_communication",
        ),
        # R168 (guards): 出海 naming the employer, its brand, its clients or experience asked is no market entry.
        ("海外社媒运营", "我们是一家宠物用品出海品牌，现招聘社媒运营，负责Instagram账号。", None, "skill:market_entry"),
        ("云服务销售", "负责华南区出海企业客户的云资源销售。", None, "skill:market_entry"),
        ("广告投放优化师", "任职要求：有三年以上游戏出海投放经验。", None, "skill:market_entry"),
        # R169 (guards): the shop's 好评率 kept or raised is customer satisfaction; in an operations job also
        # account health (R19 / R84).
        ("速卖通运营", "处理订单和纠纷，维护店铺DSR和好评率。", "skill:customer_satisfaction", None),
        ("速卖通运营", "处理订单和纠纷，维护店铺DSR和好评率。", "skill:account_health", None),
        ("葡萄牙语客服", "处理退货退款和物流查询，维护店铺好评率。", "skill:customer_satisfaction", None),
        # R171 (guards): typing speed is no chat channel; a chat duty is.
        ("日语客服", "负责亚马逊日本站买家邮件回复。任职要求：会使用办公软件，打字速度快。", None, "skill:live_chat"),
        ("天猫客服", "负责旺旺在线接待顾客咨询，促成下单。要求：打字每分钟60字以上。", "skill:live_chat", None),
        # R173 (guards): knowing the buyers' market's taste (欧美审美) is aesthetics.
        ("亚马逊美工", "任职要求：熟悉欧美审美风格，了解亚马逊主图规范。", "skill:aesthetics", None),
        ("跨境视频剪辑", "任职要求：了解欧美用户的审美偏好，会剪映和PR。", "skill:aesthetics", None),
    ],
)
def test_fx27_cases(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
