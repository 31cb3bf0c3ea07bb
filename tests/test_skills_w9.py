"""Skills rules from the fourteenth tuning round (written9 tune half): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # The employer's other open positions ("其他在招岗位:…", "公司同时招聘:…") are other people's jobs, to the
        # end of their line; the same work among the hire's duties stays.
        ("亚马逊运营", "负责店铺运营。\n其他在招岗位(欢迎推荐):平面设计×2、采购×1。", None, "skill:graphic_design"),
        ("物流主管", "负责海外仓管理。\n公司同时招聘:海外仓客服、单证专员。", None, "skill:trade_documentation"),
        ("美工", "负责平面设计和主图制作。\n其他在招:运营助理。", "skill:graphic_design", None),
        # Work the ad says the hire does not do ("本岗位不负责…", "不涉及…") is not the hire's, as 无需 / 不需要.
        ("亚马逊广告专员", "负责站内广告投放。本岗位不负责发货和listing撰写。", None, "skill:fulfillment_ops"),
        ("仓库专员", "负责每日发货和打包。", "skill:fulfillment_ops", None),
        # Work another group or engineer handles ("退货退款由售后组处理", "数仓由数据工程师负责") is not the hire's.
        ("亚马逊客服", "回复买家邮件。退货退款由售后组处理。", None, "skill:returns_refunds"),
        ("数据分析专员", "负责业务分析报表;数仓建设由数据工程师负责。", None, "skill:big_data"),
        ("售后专员", "负责处理退货退款。", "skill:returns_refunds", None),
        # The subjects of a new hire's induction training ("岗前培训(产品知识、平台规则)") are a benefit.
        ("速卖通客服", "回复买家消息。新人有岗前培训(产品知识、平台规则)。", None, "skill:marketplace_rules"),
        ("速卖通运营", "熟悉平台规则,负责店铺运营。", "skill:marketplace_rules", None),
        # 淘宝客服 (a Taobao customer-service job) is no 淘宝客 affiliate marketing.
        ("拼多多客服", "有淘宝客服经验优先,打字快。", None, "skill:affiliate_marketing"),
        ("淘宝运营", "负责淘宝客推广和站内活动报名。", "skill:affiliate_marketing", None),
        # TikTok's video shopping ads (VSA, 视频购物广告) are not Google Shopping; 购物广告 alone still is.
        ("TikTok投放专员", "投放TikTok视频购物广告,优化ROI。", None, "skill:google_shopping"),
        ("谷歌广告专员", "负责购物广告和搜索广告投放。", "skill:google_shopping", None),
        # A sales forecast a restock plan is based on (结合…制定, R29) is an input.
        ("亚马逊运营", "结合销售预测制定备货计划。", None, "skill:sales_forecasting"),
        ("计划专员", "负责销售预测,输出预测报告。", "skill:sales_forecasting", None),
        # Accompanying foreign clients (陪同外国客户看厂) is reception, not customer development.
        ("外贸跟单", "陪同外国客户到工厂看货、验货。", "skill:foreign_client_reception", None),
        ("业务助理", "陪同外国客户参观工厂。", None, "skill:overseas_customer_development"),
        ("外贸业务员", "通过展会开发外国客户。", "skill:overseas_customer_development", None),
        # Following trending topics (关注平台热点) in a content or operations job is trend operations; a product
        # developer's seasonal 节日热点 is not.
        ("小红书运营", "关注平台热点,策划笔记选题。", "skill:hashtag_trends", None),
        ("选品开发专员", "关注欧美流行趋势和节日热点,规划季节性产品。", None, "skill:hashtag_trends"),
        # Work the employer has other staff for ("公司有采购和打包的同事", "公司有专门的报关团队") is not the hire's.
        ("产品开发", "负责找款和谈价。公司有采购和打包的同事。", None, "skill:purchasing"),
        ("物流专员", "负责头程发货。公司有专门的报关团队。", None, "skill:customs_declaration"),
        ("采购专员", "负责供应商开发和采购下单。", "skill:purchasing", None),
        # Samples a photographer keeps with the props and gear (管理道具和样品) are no sampling; a buyer's are.
        ("产品摄影师", "负责拍摄器材、灯光和样品的管理。", None, "skill:sampling"),
        ("短视频剪辑", "协助布置场景,管理道具和样品。", None, "skill:sampling"),
        ("采购跟单", "联系工厂寄送样品,跟进大货。", "skill:sampling", None),
        # 上货 is listing products in a store; putting goods on warehouse shelves (上货架) is not.
        ("Ozon运营", "负责店铺上货,修改标题和描述。", "skill:product_listing", None),
        ("仓库理货员", "负责商品上货架和盘点。", None, "skill:product_listing"),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
