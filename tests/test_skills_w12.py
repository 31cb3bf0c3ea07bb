"""Skills rules from the fourteenth tuning round (the written12 tune half): families of phrasings, not single rows.

One general case per rule, written for the rule rather than copied from a labelled row: the phrasing the rule
catches, and where the rule is narrow, the nearby phrasing it must leave alone.
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # Work another centre, studio or specialist does ("由内容中心负责", "由外部摄影工作室负责"), one the
        # employer has for it ("有运营同事负责", "有单独的物流专员对接", "有美工做"), or a team outputs
        # ("由数据组统一出"), is not the hire's; nor is the party's own name; a bracketed list of the work before 由
        # goes with it.
        ("亚马逊广告专员", "负责站内广告投放;视频剪辑由品牌内容中心负责。", None, "skill:video_editing"),
        ("天猫运营", "负责店铺运营,商品拍摄由外部摄影工作室负责。", None, "skill:product_photography"),
        ("Temu运营", "负责核价和上新,报关和物流有专门的物流专员对接。", None, "skill:customs_declaration"),
        ("选品专员", "每天找品、询价;上架和推广有运营同事负责。", None, "skill:product_listing"),
        ("选品专员", "找品、询价,会做表格就行(正式图片有美工做)。", None, "skill:ecommerce_art_design"),
        ("客服主管", "管理客服团队;客服数据报表由数据组统一出,本岗位负责解读。", None, "skill:reporting"),
        ("法务专员", "审核合同;公司知识产权(商标、专利)由品牌部法务组负责。", None, "skill:trademark"),
        ("投放专员", "负责Meta投放;广告素材(脚本、拍摄、剪辑)由内容团队产出。", None, "skill:video_editing"),
        # ... while the hire's own work named beside a team stays, and 具有 / 拥有 a team is no hand-over.
        ("短视频运营", "由你负责视频剪辑和发布,内容团队提供脚本。", "skill:video_editing", None),
        ("运营主管", "负责视频剪辑,具有团队负责人经验。", "skill:video_editing", None),
        # The roles the hire may grow into (a labelled career path, a transfer) are a perk, not the job.
        (
            "日本站运营",
            "负责乐天店铺运营。\n发展路径:运营专员—日本事业部经理(负责日本独立站)",
            None,
            "skill:independent_site_operations",
        ),
        ("仓库管理员", "负责样品入库和盘点;表现好的可以往跟单方向转岗。", None, "skill:order_follow_up"),
        ("外贸跟单", "负责跟单,跟进大货生产。", "skill:order_follow_up", None),
        # A busy season named in the work schedule (旺季单休, 旺季调休) is no campaign skill.
        ("Temu运营", "负责上新和核价。福利:周末双休(旺季单休),餐补。", None, "skill:peak_season_campaigns"),
        # Taking a photo to send someone (拍照给老板, 拍照发群) is no product photography; product shots are.
        ("仓管", "到货入库、清点数量,有破损及时拍照给主管;会用手机拍照发微信。", None, "skill:product_photography"),
        ("淘宝美工", "负责产品拍照和精修主图。", "skill:product_photography", None),
        # A shipping template (运费模板) or shipping insurance set on a store is listing setup, not logistics costing.
        ("Shopee运营", "负责上新,设置库存和运费模板。", None, "skill:logistics_cost"),
        ("物流专员", "负责核算头程运费,对比各渠道报价。", "skill:logistics_cost", None),
        # Landing-page, creative or A/B tests are marketing tests, not software testing.
        ("独立站投放", "有落地页测试经验者优先,熟悉素材测试。", None, "skill:software_testing"),
        ("测试工程师", "3年以上软件测试经验,有APP测试经验优先。", "skill:software_testing", None),
        # A B2B independent site (the company's lead site) is the site the hire runs, not B2B export sales.
        ("独立站运营", "负责公司英文B2B独立站的SEO和内容更新。", None, "skill:b2b_sales"),
        ("外贸业务员", "负责B2B客户开发和询盘跟进,欧美市场。", "skill:b2b_sales", None),
        # Off-site SEO (link building) is SEO, not off-platform promotion.
        ("SEO专员", "负责站内SEO和站外SEO:外链建设、内链优化。", "skill:seo", "skill:offsite_promotion"),
        # Review collaborations with YouTubers are creator work, not managing a store's reviews.
        ("海外营销", "有YouTube测评合作经验者优先。", None, "skill:review_management"),
        # A supplier on SHEIN or Temu ("供应商运营", "供应商后台") is the employer's role there, not supplier work.
        ("SHEIN运营", "1年以上服装类平台供应商运营经验,熟悉供应商后台操作。", None, "skill:supplier_development"),
        ("采购专员", "负责开发和管理供应商,评估交期和品质。", "skill:supplier_development", None),
        # Finding buyers through LinkedIn, Google search or social media is search-engine prospecting (R21), also
        # in a market-development job; keeping in touch with known clients there is not.
        ("外贸业务员", "用海关数据、领英、谷歌搜索找潜在客户,写开发信。", "skill:google_prospecting", None),
        ("海外市场经理", "通过展会、LinkedIn等渠道找到目标买家。", "skill:google_prospecting", None),
        ("外贸业务员", "用WhatsApp和老客户保持联系,及时回复询盘。", None, "skill:google_prospecting"),
        # A second-person duty heading ("你会做:") ends the company introduction before it.
        (
            "亚马逊运营",
            "关于我们:\n我们是一家AI创业公司。\n你会做:\n1. 负责亚马逊店铺的选品和上架。",
            "skill:product_selection",
            None,
        ),
        # A store's fulfilment metrics (履约指标) kept up are account health.
        ("Temu运营", "处理超时发货和物流异常,保证店铺履约指标达标。", "skill:account_health", None),
        # Alibaba.com's store rating (星等级) kept up is account health (R19).
        ("国际站运营", "分析数据参谋的曝光和反馈数据,提升星等级。", "skill:account_health", None),
        # Reports read in English (a language ask) or a tool's report module are not reporting work; making reports is.
        ("财务经理", "英语良好,能看懂海外子公司的英文报表和审计函证。", None, "skill:reporting"),
        ("电商会计", "会用领星ERP的利润报表模块。", None, "skill:reporting"),
        ("运营助理", "每周制作销售报表,跟踪库存。", "skill:reporting", None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
