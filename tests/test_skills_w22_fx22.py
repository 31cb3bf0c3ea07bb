"""The extractor made to follow the guide rules R113-R128 adopted in the twenty-second session (helper fx22).

R113: duties naming the hire's sites without listing them (负责所辖站点店铺) run the sites the posting names; a title of
one opening per site (多站点，多岗位) gives each hire one site. R114: a marketplace's cross-border shipping programme
(SLS, LGS, 菜鸟无忧) is international_logistics; in-country fulfilment (FBL, Full) is not. R116: retention an ads hire
optimises, owns or must hit is user_operations; retention only analysed is not. R118 / R119: e-mail with a store's
customers is cs_email (customer_communication only where messages or questions are named too; a salesperson's client
mail stays customer_communication); buyers' chats answered by an operations role give no live_chat. R120: SEO keywords
planned (关键词布局) and Etsy / eBay tags are keyword_research. R121: 上架 as a developer's milestone is no
product_listing; 参与 a platform's sale is platform_promotions as 参加. R122: claims filed with carriers or the
platform are no complaint_handling. R123: creators reached out to in a store role are creator_outreach only; the
creator programme (达人BD) and creators' 种草 placed are influencer_marketing. R125: a named set of key figures tracked
is kpi_analysis, not a store's service figures nor ads metrics watched in an ads clause. R127: detail pages written or
edited by operators are listing work, not detail_page_design.

Table-driven: each case a line, its title, a skill id that must be found and one that must not (None: no check).
"""

from __future__ import annotations

import pytest
from skill_case import assert_skill_case

MSO = "skill:multi_site_operations"
INTL = "skill:international_logistics"
UOPS = "skill:user_operations"
EMAIL = "skill:cs_email"
COMM = "skill:customer_communication"
CHAT = "skill:live_chat"
KW = "skill:keyword_research"
LIST = "skill:product_listing"
PROMO = "skill:platform_promotions"
COMPLAINT = "skill:complaint_handling"
INFL = "skill:influencer_marketing"
CREATOR = "skill:creator_outreach"
KPI = "skill:kpi_analysis"
DETAIL = "skill:detail_page_design"


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # R113: the hire's sites named without a list, the blurb listing several.
        (
            "东南亚电商运营",
            "我们在Shopee新加坡、马来西亚、泰国站都开了店。岗位职责：负责所辖站点店铺的商品上新和优化，每天看店铺数据。",
            MSO,
            None,
        ),
        ("亚马逊运营（多站点，多岗位）", "日本站运营：负责所在站点的listing优化和广告。", None, MSO),
        # ... guard: a list of several sites in the duties keeps it.
        ("亚马逊运营", "负责欧洲各站点（英、德、法、意、西）的日常运营", MSO, None),
        # R114: a cross-border shipping programme handled or known.
        ("Shopee运营助理", "每天打印面单，把包裹送到平台转运仓（SLS）", INTL, None),
        ("Lazada运营", "跟进LGS仓库发货，管理店铺库存", INTL, None),
        ("速卖通运营", "熟悉平台规则和物流方式（菜鸟无忧、线上发货等）", INTL, None),
        # ... in-country fulfilment is the platform's programme, not it.
        ("美客多运营", "管理Full仓（平台官方仓）的补货计划，跟踪库存", None, INTL),
        ("Lazada运营", "负责FBL物流模式下的备货和库存管理", None, INTL),
        # R116: retention an ads hire optimises, owns or must hit.
        ("游戏买量优化师", "搭建广告账户，持续优化CPI、ROAS、留存等核心指标", UOPS, None),
        ("海外投放优化师", "负责Facebook和Google渠道买量，达成CPI和留存目标", UOPS, None),
        ("UA Manager (Games)", "Optimise toward CPI, D7 ROAS and retention across Meta and Google.", UOPS, None),
        # R118: e-mail with a store's customers.
        ("Walmart运营专员", "英语读写良好，能与买家英文邮件沟通", EMAIL, COMM),
        ("乐天运营", "与日本客户用日语邮件沟通，维护店铺评价", EMAIL, COMM),
        ("日本乐天运营", "撰写日文商品文案、处理日本顾客询问信件", EMAIL, None),
        # ... the platform's support desk e-mailed is no customers' e-mail.
        ("Walmart运营专员", "英语读写良好，能够和平台客服邮件沟通", None, EMAIL),
        # ... a salesperson's client e-mail stays customer_communication (R27).
        ("外贸业务员", "能用英语与客户邮件、电话、视频沟通，及时回复询盘", COMM, None),
        ("外贸业务员", "英语四级，与海外客户邮件往来，做报价单", COMM, None),
        # R119: buyers' chats answered by an operations role: no live_chat.
        ("Shopee Operations Executive", "Reply to buyer chats and keep the shop rating high.", None, CHAT),
        ("Customer Service Specialist", "Reply to buyer chats and emails within 12 hours.", CHAT, None),
        # R120: SEO keywords planned, Etsy / eBay tags written.
        ("独立站运营", "负责站内SEO（关键词布局、内链、博客），提升自然流量", KW, None),
        ("Etsy店铺运营", "负责Etsy店铺日常运营，产品上新，优化标签（tags）和标题", KW, None),
        ("eBay/Etsy运营", "撰写英文产品标题、描述和SEO标签", KW, None),
        ("Etsy Assistant", "List new items on Etsy with English titles, tags and descriptions.", KW, None),
        # ... guard: tags elsewhere are not.
        ("Web Developer", "Write semantic HTML tags and maintain our GTM tags.", None, KW),
        # R121: 上架 as a product developer's milestone.
        ("选品开发专员", "跟进打样、确认样品，推动新品按时上架", None, LIST),
        ("亚马逊选品专员", "跟进新品从立项、打样到上架的全过程", None, LIST),
        # ... guard: listings put up by the hire keep it.
        ("亚马逊运营", "负责产品上架和listing优化", LIST, None),
        # ... 参与 a platform's sale as 参加.
        ("美客多运营专员", "研究当地季节性需求，参与选品和大促活动（Hot Sale、Buen Fin）", PROMO, None),
        ("Shopee运营", "参与双十一大促，跟进销量", PROMO, None),
        # R122: claims with carriers, warehouses or the platform.
        ("海外仓运营主管", "对接UPS、FedEx等尾程派送商，处理派送异常与索赔", None, COMPLAINT),
        ("FBA物流专员", "处理FBA入库异常、丢件索赔", None, COMPLAINT),
        ("海外仓客服", "跟踪丢件、破损、延误件并向派送商发起索赔", None, COMPLAINT),
        # ... a 3PL's own customers' claims are complaint handling.
        ("海外仓客服专员", "处理客户的索赔、丢件、破损等售后问题", COMPLAINT, None),
        # R123: creators reached out to in store roles: creator_outreach only.
        ("TikTok Shop运营", "与本地达人（KOL/KOC）建联、寄样并跟进带货数据", CREATOR, INFL),
        ("亚马逊运营主管", "有站外引流、红人建联、deal站实操经验", None, INFL),
        ("运营助理", "参与本地网红对接和社媒内容翻译", None, INFL),
        # ... the creator programme and creators' 种草 placed.
        ("TikTok达人BD", "给美区店铺找达人带货：筛选达人、私信建联、寄样、谈佣金", INFL, None),
        ("新媒体运营", "对接小红书博主做种草投放，跟进笔记数据", INFL, None),
        ("Creator Partnerships Specialist", "Find and onboard creators for our affiliate program.", INFL, None),
        # ... guard: a 达人BD team managed is no creator programme job of the hire's.
        ("TikTok Shop运营经理", "搭建达人联盟体系，管理达人BD团队，提升出单达人数", None, INFL),
        # R125: a named set of key figures tracked.
        ("活动运营", "负责活动预算和效果复盘，关注订单量、GMV、ROI等指标", KPI, None),
        ("亚马逊运营", "制定销售目标，跟踪销量、利润、ACOS、退货率等关键指标", KPI, None),
        ("生产计划员", "统计生产达成率、准时交付率、库存周转率等指标，制作周报", KPI, None),
        # ... a store's service figures or ads metrics watched in an ads clause are not.
        ("京东店铺运营", "监控店铺评分、客服响应、售后时效等指标", None, KPI),
        ("亚马逊运营", "制定站内广告策略，监控ACOS、CTR、CVR等核心指标，按周调整竞价", None, KPI),
        # R127: detail pages written or edited by operators are listing work.
        ("Coupang运营", "负责商品注册、韩文详情页策划、价格和库存管理", None, DETAIL),
        ("速卖通运营专员", "负责店铺日常运营，产品上新、详情页编辑、标题优化", None, DETAIL),
        ("Coupang运营", "撰写韩语商品详情页，配合设计制作符合当地审美的详情图", None, DETAIL),
        ("Amazon Brand Manager", "Keep product detail pages accurate in English and Japanese.", None, DETAIL),
        # ... guard: a designer making them keeps it.
        ("电商美工", "负责天猫店铺主图和详情页设计", DETAIL, None),
    ],
)
def test_skill_case(title: str, text: str, present: str | None, absent: str | None) -> None:
    assert_skill_case(title, text, present, absent)
