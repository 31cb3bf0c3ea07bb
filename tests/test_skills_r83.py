"""Skills rules from the fifteenth session's guide rules R83-R87 (listings, content, service, promotions): families
of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R83: listing copy (商品 / 页面 / 图片 / 详情页 / listing 文案, product descriptions) written in an operations
        # role is product listing, not copywriting; in a copywriter, content or marketing role it stays copywriting,
        # and copy without a listing as its object stays copywriting in any role.
        ("Shopee运营", "负责店铺上新，撰写英文商品文案和图片文案。", "skill:product_listing", "skill:copywriting"),
        ("Shopee运营", "负责店铺上新，撰写英文商品文案和图片文案。", None, "skill:copywriting"),
        ("沃尔玛运营", "维护A+页面文案，跟进库存。", None, "skill:copywriting"),
        ("eBay运营", "英语四级，能写地道的英文产品描述。", "skill:product_listing", "skill:copywriting"),
        ("电商文案", "负责商品详情页文案和商品文案的撰写。", "skill:copywriting", None),
        ("电商文案", "负责商品详情页文案和商品文案的撰写。", "skill:product_listing", None),
        ("采购专员", "加分项：会写产品描述。", "skill:copywriting", None),
        ("亚马逊运营", "能独立撰写英文营销文案。", "skill:copywriting", None),
        # Writing a store's product pages is listing work; a Q&A on them is not.
        ("乐天运营", "撰写日文商品页面，挖掘搜索关键词。", "skill:product_listing", None),
        ("日语客服", "回复买家邮件，撰写商品页面上的Q&A。", None, "skill:product_listing"),
        # R87: answering buyers' messages or questions is customer communication; by email or 站内信 only it is
        # email support only; both where email and messages are named.
        ("美客多运营", "处理买家问答和纠纷。", "skill:customer_communication", None),
        ("日语客服", "及时回复欧洲买家关于配送的咨询。", "skill:customer_communication", None),
        ("英文客服", "通过邮件回复独立站买家咨询，处理退款。", "skill:cs_email", "skill:customer_communication"),
        ("速卖通运营", "回复买家站内信，跟进纠纷。", "skill:cs_email", "skill:customer_communication"),
        ("Amazon CS", "Reply to customers by email within 24 hours.", None, "skill:customer_communication"),
        ("日语客服", "用日语回复买家邮件和站内消息。", "skill:customer_communication", None),
        ("俄语客服", "处理物流延误问题，安抚买家情绪。", "skill:customer_communication", None),
        # R85: a named mega sale the hire runs or registers for is a peak-season campaign (also 楽天スーパーSALE, Hot
        # Sale, Buen Fin); a 大促 named for overtime, forecasting, stock, review or materials is not.
        ("乐天运营", "制定促销计划（楽天スーパーSALE、ポイント还元）。", "skill:peak_season_campaigns", None),
        ("美客多运营", "报名平台活动（Hot Sale、Buen Fin）。", "skill:peak_season_campaigns", None),
        ("电商数据分析师", "负责大促前的销售预测，大促后的复盘分析。", None, "skill:peak_season_campaigns"),
        ("Ozon运营", "能接受偶尔加班处理大促。", None, "skill:peak_season_campaigns"),
        ("天猫运营", "策划618、双11等大促活动。", "skill:peak_season_campaigns", None),
        # R86: a marketplace's ads by a short form (ML Ads, RPP ads, 店铺推广预算, 直通车 on 天猫) are its on-site ads;
        # P4P直通车 on Alibaba.com is P4P only.
        ("Mercado Libre运营", "Analyse ML Ads results and optimise bids.", "skill:onsite_ppc", None),
        ("天猫运营", "管理店铺推广预算，优化投产比。", "skill:onsite_ppc", None),
        ("天猫运营", "负责直通车推广，优化投产比。", "skill:onsite_ppc", None),
        ("国际站运营", "负责产品发布、关键词优化和P4P直通车推广。", "skill:p4p", "skill:onsite_ppc"),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
