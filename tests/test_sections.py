"""Company introductions, benefits and application notes are cut from the job's own text."""

import pytest

from nlp.sections import blurb_spans, own_text, requirements_start
from nlp.skills import skill_ids


def test_own_text_drops_the_introduction_and_keeps_the_duties() -> None:
    text = "公司简介:我们是一家云计算公司\n岗位职责:\n负责亚马逊选品\n福利待遇:\n免费健身房"
    kept = own_text(text)
    assert "负责亚马逊选品" in kept and "岗位职责" in kept
    assert "云计算" not in kept and "健身房" not in kept


def test_a_company_line_before_the_duties_is_a_blurb() -> None:
    text = "深圳某科技成立于2015年,专注跨境电商\n任职要求:\n熟悉shopify"
    assert own_text(text).strip().startswith("任职要求")
    assert blurb_spans("任职要求:\n熟悉shopify") == []


def test_text_without_blurbs_is_unchanged() -> None:
    text = "岗位职责:\n1、负责listing优化\n2、站内广告投放"
    assert own_text(text) == text


def test_a_one_line_ad_loses_only_the_sentence_about_the_company() -> None:
    text = "职位描述:负责ebay刊登和海外仓补货。公司成立于2016年,氛围简单。任职要求:英语四级,熟练使用马帮erp"
    kept = own_text(text)
    assert "刊登" in kept and "马帮erp" in kept and "成立于" not in kept


def test_a_run_on_ad_about_the_employer_goes_on_to_the_job_at_a_hiring_clause() -> None:
    text = "我们是宁波的灯具工厂,自己有车间,现招一名运营,主要工作是亚马逊后台上新和广告,要求会用excel。"
    kept = own_text(text)
    assert "灯具工厂" not in kept and "现招一名运营" in kept and "亚马逊后台上新" in kept
    # "招商" is the employer's business, no hiring: the sentence stays the company's.
    assert "品牌代理" not in own_text("我们是一家品牌运营公司,招商加盟和品牌代理都做。\n职责:\n1. 上新")


def test_short_and_english_headings_end_a_blurb() -> None:
    assert "行政事务" in own_text("公司简介:本公司为香港贸易公司。\n职责:\n1. 负责行政事务")
    assert "front desk" in own_text("about us: a german machinery group.\nmain tasks:\n- front desk reception")


def test_second_person_duty_headings_end_a_blurb() -> None:
    text = "我们是谁:一家跨境品牌公司,在amazon销售。\n你将负责:\n- 搭建运营数据看板\n我们希望你:\n- sql熟练"
    kept = own_text(text)
    assert "搭建运营数据看板" in kept and "sql熟练" in kept and "跨境品牌公司" not in kept


def test_a_small_team_introducing_itself_loses_only_that_sentence() -> None:
    text = "小鹿工坊是一个做陶瓷杯的团队,目前在筹备自己的独立站。\n我们理想中的运营:熟悉etsy后台\n岗位职责:\n上新"
    kept = own_text(text)
    assert "独立站" not in kept and "熟悉etsy后台" in kept and "上新" in kept


def test_a_duty_item_naming_the_business_or_an_aim_is_kept() -> None:
    text = "岗位职责:\n1. 负责公司主营业务的竞品调研\n2. 致力于为买家提供极致的售后体验\n3.公司专注于户外用品"
    kept = own_text(text)
    assert "竞品调研" in kept and "售后体验" in kept and "户外用品" not in kept
    # Outside a list item the same words still introduce the employer.
    assert "宠物用品" not in own_text("岗位职责:\n上新\n星河科技专注于宠物用品,致力于品质生活。")


def test_a_work_place_field_in_a_list_cuts_only_its_line() -> None:
    text = "任职要求:\n1、工作地点:杭州或宁波;\n2、有erp系统实施经验\n\n工作时间:\n周一至周五\n双休"
    kept = own_text(text)
    assert "杭州" not in kept and "erp系统实施" in kept and "双休" not in kept


def test_what_the_employer_sells_or_where_it_is_is_its_own_sentence() -> None:
    text = "青禾电商主营户外帐篷,在wish、shopee开有店铺二十家。\n岗位职责:\n1、包装策划平台主营产品\n2、上新\n"
    text += "公司位于滨江区。"
    kept = own_text(text)
    assert "wish" not in kept and "滨江" not in kept
    assert "包装策划平台主营产品" in kept and "上新" in kept


def test_an_english_ad_introducing_the_employer_loses_that_sentence() -> None:
    text = "lumo is a skincare brand selling on amazon and our own shopify store.\nresponsibilities:\n"
    text += "- run tiktok ads\n"
    text += "- experience with helium 10 is a plus"
    kept = own_text(text)
    assert "shopify" not in kept and "tiktok ads" in kept and "helium 10 is a plus" in kept
    # Without a duty heading there is no lead: "is a" alone cuts nothing (English has no sentence end here); "we are"
    # opening a sentence speaks of the employer up to its full stop.
    headless = "lumo is a german machinery group. german is a plus."
    assert own_text(headless) == headless
    assert "german is a plus" in own_text("we are a german machinery group. german is a plus.")
    assert "machinery" not in own_text("we are a german machinery group. german is a plus.")


def test_a_name_said_to_be_a_kind_of_business_before_the_duties_is_the_employer() -> None:
    text = "远帆电器是宁波本地的小家电工厂,客户遍布欧洲。\n岗位职责:\n负责阿里国际站询盘\n"
    text += "任职要求:\n是有三年外贸经验的业务员,熟悉信用证"
    kept = own_text(text)
    assert "小家电工厂" not in kept and "阿里国际站询盘" in kept and "信用证" in kept


def test_a_blurb_word_inside_a_sentence_heads_nothing() -> None:
    text = "岗位职责:\n1、负责公司的薪酬福利体系建设\n你需具备:\n熟练使用excel\n员工福利:\n五险一金"
    kept = own_text(text)
    assert "薪酬福利体系" in kept and "excel" in kept and "五险一金" not in kept


def test_a_duty_word_inside_a_sentence_ends_no_blurb() -> None:
    # "要求" inside the last requirement is no heading: the aim in item 1 must not cut everything before it.
    text = "任职能力:\n1.负责用户研究,并致力于提升研究的价值\n2.熟悉市场研究方法\n3.对工作质量有较高要求"
    assert "市场研究方法" in own_text(text)


@pytest.mark.parametrize(
    ("title", "description", "skill"),
    [
        # A weak cue's sentence stops where the hire's part begins: a clause opening with a duty verb, a duty
        # heading, an English full stop; " is a " speaks of the employer only before a kind of business.
        ("亚马逊运营", "我们位于深圳,负责亚马逊店铺运营,熟练使用领星ERP。", "skill:lingxing"),
        ("Amazon operator", "ABC Co. is a leading exporter. Responsibilities: manage Amazon PPC.", "skill:onsite_ppc"),
        ("Amazon operator", "This role is a chance to run Amazon PPC campaigns for our EU stores.", "skill:onsite_ppc"),
        # 公司 after a duty verb is what the hire works on, not the subject of the cue after it.
        ("eBay运营", "工作内容:\n1. 负责公司eBay美国站、英国站店铺的运营,主营汽配;", "skill:multi_site_operations"),
    ],
)
def test_weak_company_cue_cuts_no_duty(title: str, description: str, skill: str) -> None:
    assert skill in skill_ids(title, description)


def test_weak_company_cue_still_cuts_the_employers_sentence() -> None:
    text = "acme is a leading furniture exporter with shopify stores. responsibilities: manage amazon ppc."
    spans = blurb_spans(text)
    assert any(text[a:b].startswith("acme is a leading") and "responsibilities" not in text[a:b] for a, b in spans)


@pytest.mark.parametrize(
    ("description", "skill"),
    [
        # One-line ads set their headings off by spaces or a dash alone: the duty heading still ends the blurb.
        ("公司介绍 我们是一家跨境电商公司。岗位职责 1、负责亚马逊店铺运营 任职要求 英语四级", "skill:amazon_operations"),  # noqa: E501
        ("About us: we are a fast-growing seller. Job description - manage Amazon PPC campaigns.", "skill:onsite_ppc"),
        ("关于我们 某某外贸公司成立于2010年 岗位职责 负责阿里巴巴国际站运营", "skill:alibaba_com_operations"),
    ],
)
def test_heading_set_off_by_spaces_ends_the_blurb(description: str, skill: str) -> None:
    assert skill in skill_ids("跨境电商运营", description)


@pytest.mark.parametrize(
    "heading",
    ["📌岗位职责", "🔸 岗位职责", "一、岗位职责", "(二)岗位职责", "▶岗位职责", "【岗位职责】"],
)
def test_a_heading_after_a_bullet_emoji_or_chinese_numeral_ends_the_blurb(heading: str) -> None:
    # Boards' editors put emoji and Chinese numerals before headings; a heading with no colon after them must still
    # end the company introduction above it, or every duty is cut with it.
    description = f"关于我们:我们是一家跨境电商公司,主营家居用品。\n{heading}\n1. 负责亚马逊店铺运营\n2. 处理订单"
    assert "skill:amazon_operations" in skill_ids("运营专员", description)


def test_an_internship_duties_heading_ends_the_blurb() -> None:
    description = (
        "【公司简介】某某成立于2018年,专注东南亚跨境电商。\n实习内容:\n- 协助运营完成Lazada站点的产品上架\n"
        "我们希望你:\n- 英语良好"
    )
    assert "skill:product_listing" in skill_ids("Lazada运营实习生", description)


@pytest.mark.parametrize(
    ("description", "skill"),
    [
        # The first heading asks for requirements: the duties before it, with no heading of their own, are kept.
        ("急招运营,公司主营家居摆件,现有3个店:日常上新;报名平台活动;每周做数据周报;要求1年以上经验", "skill:reporting"),
        # A company sentence running on into the duties ends at their heading.
        (
            "我们是做电动工具的生产厂家,有自营出口权 主要工作:负责阿里巴巴国际站的询盘回复 要求:英语四级",
            "skill:inquiry_handling",
        ),
    ],
)
def test_a_run_on_ad_keeps_the_duties_after_its_company_sentence(description: str, skill: str) -> None:
    assert skill in skill_ids("外贸业务员", description)


def test_an_introduction_before_the_duty_heading_is_still_cut_whole() -> None:
    description = (
        "我们是一家跨境电商公司,主营家居用品。团队氛围好,负责人有十年亚马逊经验。\n岗位职责:\n负责速卖通店铺运营"
    )
    assert "skill:amazon_operations" not in skill_ids("运营", description)


def test_a_founding_year_introduces_the_employer_like_its_synonyms() -> None:
    description = (
        "某某玩具创办于2003年,拥有注塑生产线40余条。公司早年以OEM出口为主,客户遍布欧美。\n岗位职责:\n负责Temu全托管运营"
    )
    assert blurb_spans(description)[0] == (0, description.index("岗位职责"))


def test_a_bare_benefits_heading_opens_a_benefits_part() -> None:
    text = "任职要求:\n1. 会泰语优先\n【Why join us 福利】五险、双休,公司提供泰语入门课程。"
    assert "泰语入门课程" not in own_text(text) and "会泰语优先" in own_text(text)
    assert "english classes" not in own_text("requirements:\n- fluent english\nbenefits: free english classes")
    # Inside a sentence 福利 is a word of it, not a heading.
    assert "福利体系" in own_text("岗位职责:\n负责公司薪酬福利体系建设")


def test_a_line_opening_on_the_employer_doing_something_speaks_of_it() -> None:
    text = "岗位职责:\n1. 回复买家消息\n公司在美国有两个海外仓,给卖家做一件代发,现在招运营专员,主要工作是跟进入库单。"
    kept = own_text(text)
    assert "一件代发" not in kept and "跟进入库单" in kept
    # Hiring words and object-first duties are the job's: "我们希望你…", "公司新媒体账号的运营".
    assert "熟悉亚马逊" in own_text("岗位职责:\n上新\n我们希望你熟悉亚马逊")
    assert "新媒体账号" in own_text("岗位职责:\n公司新媒体账号的日常运营")


def test_a_product_introducing_itself_is_the_employers_blurb() -> None:
    text = "卖通云是一款服务于跨境卖家的saas erp,支持订单、采购和库存管理,现招大客户销售,工作内容是开发中大型卖家客户。"
    kept = own_text(text)
    assert "采购和库存管理" not in kept and "开发中大型卖家客户" in kept


def test_an_english_sentence_opening_on_the_employer_is_cut() -> None:
    text = "brightloop builds listing tools for amazon sellers.\nour platform uses machine learning and sql.\n"
    text += "we are a dtc brand. our designers work in photoshop.\n"
    text += "we are looking for a customer success manager. our ideal candidate knows sql.\n"
    text += "our team is hiring: you will onboard sellers and run webinars."
    kept = own_text(text)
    assert "machine learning" not in kept and "photoshop" not in kept and "dtc brand" not in kept
    # Hiring and the hire's part are no company sentences.
    assert "customer success manager" in kept and "ideal candidate knows sql" in kept
    assert "onboard sellers" in kept


def test_an_english_lead_saying_when_or_where_the_employer_was_founded_is_cut() -> None:
    text = "founded in 2011, anker makes ai-powered chargers. headquartered in shenzhen.\n"
    text += "what you'll do:\n- manage amazon us listings\n- write prompts for ai copywriting"
    kept = own_text(text)
    assert "chargers" not in kept and "shenzhen" not in kept
    assert "amazon us listings" in kept and "ai copywriting" in kept


def test_english_benefit_application_and_other_roles_headings_are_cut() -> None:
    text = "responsibilities\n- run google ads for our shopify store\n\nwhy join us\n- free japanese classes\n"
    text += "\nother open roles\n- data analyst (sql, power bi)\n\nhow to apply\nsend an excel sample"
    kept = own_text(text)
    assert "google ads" in kept
    assert "japanese" not in kept and "power bi" not in kept and "excel" not in kept


def test_a_duty_heading_that_begins_with_a_blurb_heading_is_the_duty_heading() -> None:
    text = "who we are\nacme sells lamps on amazon.\nwho we are looking for\n- 3 years of sql and power bi"
    kept = own_text(text)
    assert "lamps" not in kept and "sql and power bi" in kept


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("岗位职责:\n负责亚马逊运营\n任职要求:\n英语六级", "任职要求"),
        ("what you'll do\n- run our amazon ads\nabout you\n- fluent german", "about you"),
        ("responsibilities: run ads. must have: fluent japanese", "must have"),
    ],
)
def test_the_requirements_start_at_their_first_heading(text: str, heading: str) -> None:
    assert requirements_start(text) == text.index(heading)


def test_a_requirement_word_inside_a_sentence_heads_nothing() -> None:
    # Only a word that heads a part counts: here 要求 and "about you" are words of their sentences.
    assert requirements_start("负责亚马逊运营,按要求完成目标\nwe care about you") == -1
