"""Relevance at the boundaries the guide left open (twenty-seventh session, rel27: guide rules R-K to R-O and the
R-D, R-M, R-S and R-T cases settled with them), each mechanism with cases that failed before and guards that must
not move. Sentences written for these tests in the style of real ads."""

from __future__ import annotations

import pytest

from nlp.relevance import classify_relevance

# R-N: 代购 abroad and international direct mail (国际直邮, 免税店 buying) import goods for home buyers: 海淘.
IMPORT_BUYING = [
    ("日本代购", "负责在东京药妆店采购化妆品和保健品，整理国内客户订单，通过国际直邮寄回中国。"),
    ("海外代购助理", "负责韩国品牌护肤品的采购和拍照上新，维护老客户微信群。"),
    ("买手", "负责在澳洲药房和免税店为国内客户采购保健品，打包后走国际直邮。"),
]
# R-N: 外贸尾单 / 原单 / 尾货 names the goods a domestic shop sells, not export trade.
OVERRUN_LABEL = [
    ("外贸尾单女装店长", "负责门店外贸原单女装的陈列与销售，带领店员完成月度业绩，维护会员。"),
    ("尾货直播主播", "在抖音直播间销售外贸尾货童装，讲解款式卖点，完成场均GMV目标。"),
]
# R-M: an exhibition organiser's booth sales serve the exhibitors: false.
BOOTH_SALES = [
    ("展会销售代表", "负责向国内外贸工厂销售展位，完成招展指标，维护参展商关系。"),
    ("国际展会销售", "负责向海外和国内外贸企业销售展位，邀请海外买家参观，维护参展商。"),
]
# R-E / R-J: content work for the seller's overseas social account states the foreign market.
OVERSEAS_ACCOUNT = [
    ("视频剪辑", "负责公司TikTok海外账号的短视频剪辑，素材面向欧美用户，跟踪播放数据。"),
    ("短视频运营", "负责品牌TikTok美国账号的内容策划与发布，研究美区热门话题。"),
]
# R-T: in-house tax and compliance filing for the employer's own marketplace stores is cross-border work.
IN_HOUSE_TAX = [
    ("跨境电商税务主管", "负责公司亚马逊欧洲各站点的VAT申报和EPR年报，对接各国税务代理。"),
    ("EU VAT & Compliance Analyst", "File VAT and OSS returns for our Amazon EU stores and keep EPR numbers current."),
]
# R-K: an own site placed at home (mini-program mall, private-domain members, domestic couriers) is domestic.
DOMESTIC_SITE = [
    ("独立站运营", "负责品牌微信小程序商城的上新和会员活动，对接国内快递发货。"),
    ("独立站运营（自营商城）", "负责公司官网商城的日常运营，维护私域会员，策划节日促销。"),
]
# R-D: a seller placed in its marketplace's country (本地, a retailer in Jakarta, an Australian label, stock it
# imports sold across one country) resells at home.
HOME_SELLERS = [
    ("Shopee运营", "我们是一家泰国本地母婴用品零售商，在Shopee和Lazada泰国站销售。负责上新和活动报名。"),
    (
        "Marketplace Associate",
        "We are a homeware retailer in Jakarta.\n- Run our Shopee and Lazada Indonesia stores\n- Join campaigns",
    ),
    (
        "Ecommerce Coordinator",
        "Koala Threads is an Australian swimwear label. Manage our Shopify store and our Amazon.com.au listings.",
    ),
    (
        "Marketplace Executive",
        "Rumah Living sells home goods (imported from Foshan) across Indonesia through Shopee and Lazada.\n"
        "- Upload products and join campaigns\n"
        "- Mandarin is an advantage for talking with our suppliers in China.",
    ),
]
# R-S: selling or renewing the employer's own seller tool is a service to sellers.
TOOL_SALES = [
    ("销售代表", "工作内容：\n1. 电话开发亚马逊大卖；\n2. 演示公司的关键词分析工具并促成签约；\n3. 跟进老客户续费。"),
    ("客户成功", "负责我司选品数据平台付费用户的答疑和培训，提升续费率，收集亚马逊卖家的反馈。"),
    (
        "Account Manager",
        "Grow our Amazon advertising analytics subscription among brands and agencies; run free trial onboarding.",
    ),
]
# R-M: running media, communities or events for sellers serves them.
SELLER_AUDIENCE = [
    ("内容编辑", "负责跨境卖家资讯公众号的选题和撰稿，解读亚马逊新规，运营读者群。"),
    ("活动运营", "策划跨境电商卖家峰会，邀请平台和服务商嘉宾，负责报名转化和现场执行，跟进亚马逊招商合作。"),
]
# DESIGN.md: a cross-border marketplace's own merchant-facing role, the marketplace named as the employer.
MARKETPLACE_ROLES = [
    ("招商经理", "负责3C类目工厂的招商入驻，指导商家上新和核价。", "Temu全托管"),
    ("卖家成长专员", "负责重点商家的经营诊断，帮助卖家提升销量，组织大促报名。", "速卖通"),
]

GUARDS_TRUE = [
    ("外贸业务员", "负责把工厂积压的尾货面料销售给南美客户，回复询盘，安排出运。", None),
    ("外贸业务员（展会）", "参加广交会，在展位接待海外客户并跟进询盘报价。", None),
    ("独立站运营", "负责Shopify独立站的日常运营和Facebook广告投放。", None),
    ("独立站运营", "负责公司独立站的商品上架、SEO优化和邮件营销。", None),
    (
        "Sourcing & Amazon Manager",
        "We are a Florida-based pet brand. Find factories in China and manage our Amazon US store.",
        None,
    ),
    ("Shopee运营", "我们是一家马来西亚本地分销商，负责开拓新加坡和泰国站点。", None),
    ("亚马逊运营", "负责亚马逊店铺运营，熟练使用卖家精灵等选品工具；试用期三个月。", None),
    ("外贸业务员", "负责公司电动工具的海外销售，开发新客户，完成新签订单。", None),
    ("货代销售", "参加卖家峰会和展会，开发亚马逊卖家客户，销售美国海运专线。", None),
    ("报关员", "为进出口企业办理出口报关和跨境电商9610申报，审核单证。", None),
]
GUARDS_FALSE = [
    ("代购跑腿", "负责帮小区居民代购生鲜和日用品并送货上门。", None),
    ("水果运营", "负责天猫店铺水果的产地直邮发货和售后。", None),
    ("短视频剪辑", "负责公司抖音账号的短视频剪辑与发布。", None),
    ("税务会计", "公司为跨境电商企业。负责日常账务、增值税申报和出口退税。", None),
    ("跨境税务顾问", "为跨境卖家提供VAT注册与申报服务，开发新客户。", None),
    ("招商专员", "负责食品类目商家入驻和活动提报。", "拼多多"),
    ("园区招商经理", "负责园区办公室租赁，接待来访企业，签订租赁合同。", "跨境电商产业园"),
]


@pytest.mark.parametrize(("title", "description"), IMPORT_BUYING + OVERSEAS_ACCOUNT + IN_HOUSE_TAX)
def test_cross_border_by_the_settled_rules(title: str, description: str) -> None:
    assert classify_relevance(title, description)[0] is True


@pytest.mark.parametrize(
    ("title", "description"), OVERRUN_LABEL + BOOTH_SALES + DOMESTIC_SITE + HOME_SELLERS + TOOL_SALES + SELLER_AUDIENCE
)
def test_not_cross_border_by_the_settled_rules(title: str, description: str) -> None:
    assert classify_relevance(title, description)[0] is False


@pytest.mark.parametrize(("title", "description", "company"), MARKETPLACE_ROLES)
def test_a_marketplace_employer_makes_its_merchant_roles_cross_border(
    title: str, description: str, company: str
) -> None:
    assert classify_relevance(title, description, company=company)[0] is True


@pytest.mark.parametrize(("title", "description", "company"), GUARDS_TRUE)
def test_guards_stay_cross_border(title: str, description: str, company: str | None) -> None:
    assert classify_relevance(title, description, company=company)[0] is True


@pytest.mark.parametrize(("title", "description", "company"), GUARDS_FALSE)
def test_guards_stay_not_cross_border(title: str, description: str, company: str | None) -> None:
    assert classify_relevance(title, description, company=company)[0] is False
