"""Skills rules following guide rules R93–R97 (trade, logistics, back office): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R93: the foreign-trade process named as such, also an export order run through its 全流程; not the title
        # 外贸业务员 / 外贸业务经理 nor 外贸业务经验, nor a customs 全流程.
        ("外贸专员", "负责询盘回复，完成报价、打样、签约、跟单全流程。", "skill:foreign_trade_process", None),
        ("外贸业务员", "负责产品报价、样品寄送与订单跟进，处理出口单证。", None, "skill:foreign_trade_process"),
        ("销售", "有2年以上外贸业务经验者优先。", None, "skill:foreign_trade_process"),
        ("关务主管", "负责进出口清关业务全流程管理。", None, "skill:foreign_trade_process"),
        ("Export Sales", "2+ years of foreign trade experience preferred.", None, "skill:foreign_trade_process"),
        # R93: B2B in a customs mode or in a domestic job's service background is not export sales.
        ("关务专员", "负责B2B直接出口（9710）模式下的申报工作。", None, "skill:b2b_sales"),
        ("客服运营", "具有B2B网络产品客服经验者优先。", None, "skill:b2b_sales"),
        # R94: what the employer pays (suppliers' prices, MOQ, 账期, a platform's declared price) is price talk;
        # deals, projects and creators' terms are business negotiation, but not good communication during 洽谈.
        ("运营主管", "参与定价和供应商谈判。", "skill:price_negotiation", "skill:business_negotiation"),
        ("采购", "与工厂谈判价格、账期和起订量。", "skill:price_negotiation", "skill:business_negotiation"),
        ("Temu运营", "对接买手完成申报价格谈判。", "skill:price_negotiation", "skill:business_negotiation"),
        ("达人BD", "私信建联达人，谈合作方式、样品和佣金。", "skill:business_negotiation", None),
        ("渠道经理", "负责BD洽谈，推进项目落地。", "skill:business_negotiation", None),
        ("风控经理", "项目洽谈和合作时要有良好的沟通表达能力。", None, "skill:business_negotiation"),
        (
            "Creator Manager",
            "Reach out to creators and negotiate rates and usage rights.",
            "skill:business_negotiation",
            None,
        ),
        # R95: liaising with logistics providers to arrange the employer's shipments is channel work; contacting a
        # carrier about a parcel's exception or a customs hold is not.
        ("Ozon运营", "跟进订单履约，联系国内物流商发往莫斯科仓库。", "skill:logistics_channel_selection", None),
        ("運營專員", "與倉庫及物流公司跟進補貨及海外發貨。", "skill:logistics_channel_selection", None),
        ("客服", "处理包裹退回等问题，与物流商沟通解决方案。", None, "skill:logistics_channel_selection"),
        ("客服", "与物流商沟通，追踪本地派送异常。", None, "skill:logistics_channel_selection"),
        # R95: wanted experience or a major in logistics is background, not a logistics remit.
        ("仓库主管", "要求5年以上仓储物流经验，物流相关专业优先。", None, "skill:logistics_general"),
        # R96: a named marketplace's back office worked in is seller_central; one a language clause reads is not.
        ("速卖通运营", "在速卖通后台发布和优化产品。", "skill:seller_central", None),
        ("Coupang运营", "负责Coupang韩国站（Wing后台）店铺的日常运营。", "skill:seller_central", None),
        ("数据分析师", "英语四级，能看懂亚马逊后台英文报表。", None, "skill:seller_central"),
        ("供货运营", "英语只需能看懂平台英文邮件和后台字段即可。", None, "skill:seller_central"),
        # R96: a marketplace's rules known or studied are marketplace_rules; rules a language clause reads and
        # social networks' rules are not.
        ("Allegro运营", "研究Allegro Smart!等活动规则，制定促销方案。", "skill:marketplace_rules", None),
        ("亚马逊运营", "能熟练阅读英文邮件和平台政策。", None, "skill:marketplace_rules"),
        ("产品经理", "对国内外社交平台的规则非常熟悉。", None, "skill:marketplace_rules"),
        # R97: suggesting new products and finding hits is product selection; data supplied for others' selection
        # and a colleague's selection needs acted on are not.
        ("Ozon运营", "Track competitor prices and suggest new products.", "skill:product_selection", None),
        ("亚马逊运营", "收集竞品信息，每月向开发部门提出新品建议。", "skill:product_selection", None),
        ("产品开发", "根据平台热销榜找款，每月上新40款。", "skill:product_selection", None),
        ("广告优化师", "输出投放分析报告，为选品和定价提供数据支持。", None, "skill:product_selection"),
        ("采购专员", "根据运营团队的选品需求寻找合适的供应商。", None, "skill:product_selection"),
    ],
)
def test_r93_r97_skill_rules(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
