"""Which text is the hire's, on ordinary ads of 2017-19 (拉勾 / 内推 / BOSS直聘): company and team introductions,
benefits, prospects, the reporting line and other openings are cut; the duties after them are kept.

Each case: title, description, skill ids that must be found, skill ids that must not be (the guide,
tests/gold/README.md: what the employer, its team or other departments do is not the hire's skill)."""

from __future__ import annotations

import pytest

from nlp.sections import own_text
from nlp.skills import skill_ids
from nlp.taxonomy import match_form

CASES: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    # --- A team heading set off as such ("【团队】", "团队:") heads a blurb: the team's functions are not the hire's.
    (
        "品牌公关经理",
        "【团队】品牌部共18人,包括品牌策略、社媒、红人营销和设计\n岗位职责:\n1、负责品牌公关传播和媒体关系维护",
        ("skill:public_relations",),
        ("skill:influencer_marketing", "skill:social_media_operations"),
    ),
    (
        "用户运营",
        "团队:\n增长团队现有8人,负责拉新投放、数据分析和app推送\n岗位职责:\n1、负责社群运营,策划线上活动",
        ("skill:community_operations",),
        ("skill:data_analysis",),
    ),
    (
        "独立站运营",
        "关于团队:品牌中心目前40余人,包括投放、内容、设计、kol、crm小组,本岗位向品牌vp汇报。\n"
        "岗位职责:\n1、负责shopify独立站的日常运营和转化率优化",
        ("skill:independent_site_operations",),
        ("skill:crm", "skill:influencer_marketing"),
    ),
    (
        "新媒体运营",
        "我们是谁:\n一家做母婴用品的电商公司,在天猫、京东、小红书都有官方店铺\n你的工作:\n1、负责微信公众号的内容编辑和发布",
        ("skill:new_media_operations",),
        (),
    ),
    # --- "团队" inside a sentence or naming the team the hire leads heads nothing.
    (
        "运营总监",
        "岗位职责:\n1、管理运营团队\n现有团队:淘宝运营3人、美工2人、客服4人\n2、负责天猫店铺整体运营",
        ("skill:store_operations",),
        (),
    ),
    ("新媒体运营", "团队合作意识强,熟悉微博、微信公众号运营", ("skill:new_media_operations",), ()),
    # --- An introduction with no duties heading after it ends where a numbered duty list begins.
    (
        "内容运营",
        "团队介绍:我们是内容中心,做知识付费产品。\n1、负责公众号推文的选题策划和撰写\n2、熟练使用excel做数据统计",
        ("skill:excel", "skill:new_media_operations"),
        (),
    ),
    (
        "电商运营",
        "公司介绍:\n某某电商成立于2012年,主营女装,天猫年销售额过亿。\n"
        "1. 负责淘宝店铺的日常运营和活动报名\n2. 熟悉直通车推广",
        ("skill:store_operations",),
        (),
    ),
    (
        "SEM专员",
        "部门介绍:市场部负责品牌推广和渠道投放\n1、负责百度竞价账户的搭建和日常优化\n2、熟悉百度推广后台",
        ("skill:sem",),
        (),
    ),
    (
        "销售助理",
        "公司简介:\n1、公司成立于2008年,主营seo服务和网站建设\n2、已服务5000多家企业客户\n岗位职责:\n1、负责整理客户资料",
        (),
        ("skill:seo",),
    ),
    (
        "电商运营总监",
        "公司介绍:某某是科技新媒体,公众号百万粉丝\n电商年营业额已有数千万\n你的选品要符合公司价值观,你要能卖货\n"
        "职位描述:\n1、运营团队管理",
        ("skill:product_selection",),
        (),
    ),
    (
        "社群运营",
        "关于我们:\n我们是一家在线教育公司,做少儿编程课程\n你需要负责家长社群的日常维护和转化",
        ("skill:community_operations",),
        (),
    ),
    # --- A run-on paragraph: a sentence opening on the employer as subject speaks of it, up to its end.
    (
        "淘宝运营",
        "负责淘宝店铺运营,熟悉直通车。待遇:底薪加提成,包吃住。公司在义乌有自己的直播基地和摄影棚,上新很快",
        ("skill:onsite_ppc",),
        ("skill:livestreaming",),
    ),
    (
        "跨境电商运营",
        "1年以上亚马逊运营经验;熟悉excel。公司有广告和设计团队,运营不需要做图和投广告",
        ("skill:amazon_operations",),
        (),
    ),
    (
        "客服专员",
        "回复买家咨询,处理退换货;公司提供完善的培训,负责跟进物流异常",
        ("skill:returns_refunds",),
        (),
    ),
    # --- A benefits list is what is offered, even when an item opens on a duty-like verb.
    (
        "活动运营",
        "岗位职责:\n负责线上活动策划\n你将获得:\n1、参与千万级用户产品的数据分析体系建设\n2、五险一金",
        ("skill:event_operations",),
        ("skill:data_analysis",),
    ),
    (
        "运营助理",
        "岗位职责:\n1、协助店铺上新\n公司福利:\n1、完善的新人培训,系统学习亚马逊运营和广告\n2、年度旅游",
        (),
        ("skill:onsite_ppc",),
    ),
    # --- Benefit, prospect and reporting headings of 2017-19 ads.
    (
        "高级文案",
        "岗位诱惑\n从0到1参与整个品牌营销环节,获得能力提升\n岗位职责\n撰写产品文案,对转化负责",
        ("skill:copywriting",),
        ("skill:brand_marketing",),
    ),
    (
        "电商运营",
        "岗位职责:\n1、负责亚马逊店铺运营\n岗位亮点:公司有专业的广告团队和直播基地,运营不用自己做直播",
        ("skill:amazon_operations",),
        ("skill:livestreaming",),
    ),
    (
        "运营专员",
        "岗位职责:负责速卖通店铺运营\n晋升:运营专员→店铺负责人,公司计划新开东南亚站点,内部优先竞聘\n任职要求:英语四级",
        ("skill:aliexpress_operations",),
        ("skill:multi_site_operations",),
    ),
    (
        "客服专员",
        "工作内容:回复买家邮件\n薪资待遇:底薪+提成,每月有直播带货奖金\n任职要求:大专以上学历",
        ("skill:cs_email",),
        ("skill:livestreaming",),
    ),
    (
        "外贸业务员",
        "岗位职责:\n1、开发海外客户\n公司实力:\n工厂通过bsci验厂和iso9001认证,年出口额3000万美元",
        ("skill:overseas_customer_development",),
        ("skill:factory_audit",),
    ),
    (
        "运营主管",
        "岗位职责:\n负责淘宝店铺运营\n我们的优势:\n工厂直营,每年开发新品30余款,有自己的样品间",
        ("skill:store_operations",),
        ("skill:product_development", "skill:sampling"),
    ),
    (
        "运营总监",
        "岗位职责:\n1、制定店铺年度销售计划\n【同时招聘】\n亚马逊广告经理、美工、ERP实施工程师",
        (),
        ("skill:erp_general",),
    ),
    (
        "市场专员",
        "岗位职责:\n负责线下活动执行\n汇报对象:市场总监(负责品牌营销和公关)\n任职要求:本科",
        ("skill:event_operations",),
        ("skill:public_relations",),
    ),
    ("推广专员", "工作内容:负责百度推广\n办公地点:北京望京soho,近地铁", ("skill:sem",), ()),
    # --- Short words that open a sentence are no headings.
    ("电商运营", "待遇从优,熟悉京东店铺运营者优先", ("skill:store_operations",), ()),
    ("运营专员", "晋升快,需熟悉淘宝直通车推广", ("skill:onsite_ppc",), ()),
    # --- A name said to be a kind of business by 作为, anywhere: that sentence speaks of the employer.
    (
        "视觉设计",
        "岗位职责:\n1、负责视觉设计\n任职资格:\n"
        "ucloud作为国内顶尖的云计算服务商,为客户提供数十项云计算产品。\n1. 有设计经验",
        (),
        ("skill:cloud_platforms",),
    ),
    (
        "市场专员",
        "作为一家跨境电商公司,我们在亚马逊、ebay都有店铺。岗位职责:负责品牌推广",
        (),
        ("skill:ebay_operations",),
    ),
    ("店铺运营", "岗位职责:作为平台运营负责人,负责天猫店铺运营", ("skill:store_operations",), ()),
    ("客服", "您将作为客服团队的一员,负责处理客户投诉", ("skill:complaint_handling",), ()),
    # --- A company that once was something else: 前身是 speaks of the employer.
    (
        "直播运营",
        "校园红人平台,前身是高校时尚杂志,旗下签约网红数千名。\n岗位职责:\n1、负责直播间日常运营",
        ("skill:livestreaming",),
        ("skill:influencer_marketing",),
    ),
    # --- What the hire will learn is what the job gives.
    (
        "市场实习生",
        "工作描述:\n1、你将参与游戏营销工作\n2、你会耳濡目染学习到被同行点赞的营销策略",
        (),
        ("skill:marketing_planning",),
    ),
    (
        "投放实习生",
        "岗位职责:协助投放优化师搭建账户;你能学到完整的信息流投放方法",
        (),
        ("skill:feed_ads",),
    ),
    ("数据分析", "要求能快速学习,熟练使用sql做数据分析", ("skill:sql_analysis",), ()),
    # --- Ordinary ads with headings, run together or none, kept as they are.
    (
        "新媒体运营",
        "职位描述:负责公司微博、微信公众号的日常运营 任职要求:1年以上新媒体运营经验 公司福利:五险一金 带薪年假",
        ("skill:new_media_operations",),
        (),
    ),
    (
        "用户运营",
        "1、负责用户增长和留存,搭建用户分层体系\n2、熟练使用excel做数据统计\n3、有社群运营经验优先",
        ("skill:excel", "skill:community_operations"),
        (),
    ),
    (
        "SEO专员",
        "关于我们:我们是一家做在线教育的公司。\n岗位职责:\n1、负责网站seo优化,提升关键词排名\n公司福利:\n年度体检,节日礼品",
        ("skill:seo",),
        (),
    ),
    (
        "活动运营",
        "【公司介绍】某某科技是一家社交电商平台,用户超过2000万\n【岗位职责】\n1、策划平台营销活动\n【任职要求】\n会用excel做数据分析",
        ("skill:excel",),
        (),
    ),
    (
        "Operations Specialist",
        "About us: we are a Shenzhen seller on Amazon and eBay.\nResponsibilities: manage Amazon PPC campaigns.",
        ("skill:onsite_ppc",),
        ("skill:ebay_operations",),
    ),
    (
        "HR专员",
        "工作职责:\n1、负责公司薪资福利体系建设\n2、负责员工培训体系搭建",
        (),
        (),
    ),
    (
        "招商经理",
        "岗位职责:\n1、负责天猫商家招商\n工作地点:杭州\n任职要求:\n1、有电商平台招商经验",
        (),
        (),
    ),
]


@pytest.mark.parametrize(("title", "description", "present", "absent"), CASES)
def test_only_the_hires_text_gives_skills(
    title: str, description: str, present: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    found = set(skill_ids(title, description))
    assert set(present) <= found, (set(present) - found, found)
    assert not set(absent) & found, (set(absent) & found, found)


def test_a_numbered_duty_after_a_team_introduction_is_kept_and_the_introduction_cut() -> None:
    kept = own_text(match_form("团队介绍:我们是增长团队,负责拉新和投放。\n1、负责新媒体账号运营\n2、熟悉excel"))
    assert "负责新媒体账号运营" in kept and "熟悉excel" in kept
    assert "拉新" not in kept


def test_a_benefits_list_stays_cut_however_its_items_open() -> None:
    kept = own_text(match_form("岗位职责:负责运营\n公司福利:\n1、参与核心项目\n2、具有竞争力的薪资"))
    assert "核心项目" not in kept and "竞争力" not in kept


def test_a_short_heading_inside_a_line_heads_nothing() -> None:
    text = match_form("岗位职责:\n1、管理运营团队\n现有团队:运营3人、美工2人\n2、负责店铺运营")
    assert own_text(text) == text
