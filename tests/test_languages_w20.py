"""Languages on unseen ads, twentieth session: the three mechanisms the nineteenth left open (a note line closing an
ad after its company or benefits part, several openings in one ad, a level lent by an alternative clause, a bracket
or a slash) and the largest classes of the read mismatches (a choice stated by the next clause, Chinese asked or
not, a preference's reach, level words).

Each case is a short HR-style line or ad written for its rule, not copied from a labelled row, with the expected
output by the guide (tests/gold/README.md, Languages, L1-L15); lines that must give nothing are here too.
"""

from __future__ import annotations

import pytest
from language_case import L

from nlp.languages import extract_languages

CASES: list[tuple[str, str, list[dict[str, object]]]] = [
    # --- 1. A note line (备注 / PS / 注 / 附 / 另) after the company or benefits part speaks of the job ------------
    (
        "日本站运营",
        "岗位职责：\n1、负责亚马逊日本站店铺运营；\n任职要求：\n1、1年以上运营经验。\n福利待遇：\n五险一金，双休，年终奖。\n"
        "PS：本岗位需要日语，请在简历注明等级",
        [L("ja")],
    ),
    (
        "",
        "岗位职责：\n1、负责速卖通西班牙站运营；\n任职要求：\n1、有跨境电商经验。\n公司介绍：\n"
        "我们是一家成立于2015年的跨境电商公司，主营家居用品。\n备注：懂西语优先",
        [L("es", None, False)],
    ),
    (
        "",
        "岗位职责：\n1、负责速卖通运营；\n公司福利：\n1、五险一金；2、带薪年假。\n注：需要英语四级以上，能看懂英文邮件",
        [L("en", "cet4")],
    ),
    (
        "",
        "岗位职责：负责亚马逊欧洲站运营。\n任职要求：有经验。\n我们提供：五险一金，节日福利。\n备注：会德语者优先",
        [L("de", None, False)],
    ),
    ("", "岗位职责：负责日本站运营。\n福利：五险一金\n附：日语N2以上优先", [L("ja", "jlpt_n2", False)]),
    ("", "岗位职责：负责日本站运营。\n薪资待遇：面议\n另：英语六级以上", [L("en", "cet6")]),
    (
        "",
        "职位描述：\n负责eBay店铺日常运营。\n公司福利：\n周末双休，节日福利，年度旅游。\nPS:英语口语流利者优先",
        [L("en", "fluent", False)],
    ),
    (
        "",
        "岗位职责：\n1、处理客户邮件\n福利待遇：\n包住宿，五险一金\n备注：本岗位需熟练使用英语进行书面沟通",
        [L("en", "proficient")],
    ),
    (
        "",
        "工作内容：\n1、负责Shopee马来站运营\n我们提供：\n1、有竞争力的薪资\n2、带薪年假\n补充说明：会马来语或印尼语优先",
        [L("id", None, False), L("ms", None, False)],
    ),
    (
        "",
        "岗位职责：\n1、负责俄罗斯市场的客户开发\n公司简介：\n公司成立于2010年，专注工业阀门出口。\n特别说明：俄语专业优先",
        [L("ru", None, False)],
    ),
    (
        "",
        "岗位职责：\n1、负责Lazada泰国站运营\n薪酬福利：\n底薪+提成\n备注：\n泰语流利者优先考虑",
        [L("th", "fluent", False)],
    ),
    (
        "",
        "职位要求：\n1、两年以上外贸经验\n福利待遇：\n五险一金、年终奖\nPS：英语需要达到六级，口语流利",
        [L("en", "cet6")],
    ),
    (
        "",
        "岗位职责：\n1、负责Wish店铺运营\n公司福利：\n1、节日礼品\n温馨提示：本岗位需要用英文回复客户邮件",
        [L("en")],
    ),
    # A note that speaks of the company only, or names no language, gives nothing; the benefits themselves stay cut.
    ("", "岗位职责：\n1、负责亚马逊运营\n福利待遇：\n五险一金\n备注：公司地址在龙华地铁站附近", []),
    ("", "岗位职责：\n1、负责店铺运营\n我们提供：\n1、免费英语培训课程\n备注：试用期三个月", []),
    ("", "岗位职责：\n1、负责客服工作\n公司福利：\n1、提供日语培训\n2、五险一金\nPS：周末双休", []),
    # A note line before any blurb is read as before.
    ("", "岗位职责：负责速卖通俄罗斯站运营。\n备注：会俄语者优先", [L("ru", None, False)]),
    ("", "PS：要求英语四级\n岗位职责：负责eBay运营", [L("en", "cet4")]),
    # --- 2. Several openings in one ad, each with its own language: each required (L4) ----------------------------
    (
        "",
        "招聘岗位：\n1、日本站运营 2名：日语N2以上；\n2、德国站运营 1名：德语流利；\n3、美国站运营 2名：英语六级。",
        [L("de", "fluent"), L("en", "cet6"), L("ja", "jlpt_n2")],
    ),
    (
        "",
        "现招聘以下职位：\n一、日语客服（2人），要求日语N2以上\n二、韩语客服（1人），要求韩语TOPIK4级以上",
        [L("ja", "jlpt_n2"), L("ko", "topik_4")],
    ),
    # The second opening offers a choice of its own: that choice stays a choice.
    (
        "",
        "招聘：1. 日本站运营 2名（日语N2） 2. 欧洲站运营1名（德语或法语）",
        [L("de", None, False), L("fr", None, False), L("ja", "jlpt_n2")],
    ),
    (
        "",
        "岗位一：西班牙语客服，西语专八优先\n岗位二：葡萄牙语客服，葡语流利",
        [L("es"), L("pt", "fluent")],
    ),
    (
        "",
        "1.俄语业务员：俄语熟练，能独立与客户沟通\n2.阿拉伯语业务员：阿语专业，口语流利",
        [L("ar", "fluent"), L("ru", "proficient")],
    ),
    ("", "日本站要求日语N2，德国站要求德语B1以上", [L("de"), L("ja", "jlpt_n2")]),
    (
        "",
        "1、法语翻译1名：法语专业八级\n2、英语翻译1名：英语专八，口语流利",
        [L("en", "tem8"), L("fr")],
    ),
    (
        "",
        "诚聘：\n(1) 泰语客服 3名，泰语听说读写流利\n(2) 越南语客服 2名，越南语熟练",
        [L("th", "fluent"), L("vi", "proficient")],
    ),
    (
        "",
        "招聘小语种运营两名：一名负责意大利站（意大利语），一名负责西班牙站（西班牙语）",
        [L("es"), L("it")],
    ),
    (
        "",
        "岗位A：美国站运营，英语四级以上；岗位B：日本站运营，日语N1优先",
        [L("en", "cet4"), L("ja", "jlpt_n1", False)],
    ),
    (
        "",
        "1. 德语客服专员（1名）：德语B2以上，英语良好\n2. 法语客服专员（1名）：法语B2以上，英语良好",
        [L("de"), L("en", "proficient"), L("fr")],
    ),
    # --- 3. A level lent by an alternative clause, a bracket or a slash ----------------------------------------------
    ("", "日/韩语（N2/TOPIK4以上）", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),  # L17
    ("", "日语/韩语（N2/TOPIK4级以上）", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
    ("", "日韩语（N1/TOPIK5以上）", [L("ja", "jlpt_n1"), L("ko", "topik_5")]),
    ("", "英日双语（六级/N2）", [L("en", "cet6"), L("ja", "jlpt_n2")]),
    ("", "英/日语，六级/N2以上", [L("en", "cet6", False), L("ja", "jlpt_n2", False)]),
    ("", "英语、日语（CET6/N2以上）", [L("en", "cet6"), L("ja", "jlpt_n2")]),
    ("", "英语/日语（六级、N2以上）", [L("en", "cet6", False), L("ja", "jlpt_n2", False)]),
    ("", "中日双语，N1以上", [L("ja", "jlpt_n1"), L("zh")]),
    ("", "精通日语或韩语（N1/TOPIK6）", [L("ja", "jlpt_n1", False), L("ko", "topik_6", False)]),
    ("", "日语或韩语（N2或TOPIK4以上）", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
    ("", "英语或日语（六级/N2）", [L("en", "cet6", False), L("ja", "jlpt_n2", False)]),
    ("", "日语或英语（N2/六级以上）", [L("en", "cet6", False), L("ja", "jlpt_n2", False)]),
    ("", "英语六级或日语N2以上", [L("en", "cet6", False), L("ja", "jlpt_n2", False)]),
    ("", "日语N2或韩语TOPIK4级以上", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
    ("", "英语流利或日语N2", [L("en", "fluent", False), L("ja", "jlpt_n2", False)]),
    ("", "英语或日语流利", [L("en", "fluent", False), L("ja", "fluent", False)]),
    # The certificates in the clause after the choice are the choice's: each language still offered, not asked.
    ("", "英语或日语，六级或N2以上", [L("en", "cet6", False), L("ja", "jlpt_n2", False)]),
    ("", "会日语或韩语，N2或TOPIK4级以上", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
    ("", "日语或韩语，N2/TOPIK4以上", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
    ("", "日语或韩语，能力考N2/韩语能力考4级以上", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
    ("", "英语或日语均可，英语需六级以上", [L("en", "cet6", False), L("ja", None, False)]),
    ("", "熟练掌握日语或韩语（N2/TOPIK4）者优先", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
    # A language outside the choice, or a new sentence, is asked on its own.
    ("", "日语或韩语均可，需要英语四级", [L("en", "cet4"), L("ja", None, False), L("ko", None, False)]),
    ("", "英语或日语。英语六级", [L("en", "cet6"), L("ja", None, False)]),
    ("", "英语六级，日语N2", [L("en", "cet6"), L("ja", "jlpt_n2")]),
    ("", "英语：六级以上；日语：N2或以上", [L("en", "cet6"), L("ja", "jlpt_n2")]),
    # A certificate without an id lends no level (L10).
    ("", "德语或法语B2以上", [L("de", None, False), L("fr", None, False)]),
    ("", "德语/法语（B2以上）", [L("de", None, False), L("fr", None, False)]),  # L17
    ("", "德语或法语达到B2水平，口语流利", [L("de", "fluent", False), L("fr", "fluent", False)]),
    ("", "西语或葡语（DELE B2/葡语专四以上）", [L("es", None, False), L("pt", None, False)]),
    # A date with a slash is no Japanese context.
    ("", "入职时间：4月1日/N2栋办公", []),
    # --- 4. A choice stated by the next clause of the sentence ---------------------------------------------------
    (
        "",
        "招聘小语种客服若干：日语、韩语、泰语，任一语种流利即可",
        [L("ja", "fluent", False), L("ko", "fluent", False), L("th", "fluent", False)],
    ),
    ("", "英语、日语，至少掌握其中一种", [L("en", None, False), L("ja", None, False)]),
    ("", "会英语、西班牙语，其一即可", [L("en", None, False), L("es", None, False)]),
    (
        "",
        "英语、日语，能熟练使用其中一种作为工作语言",
        [L("en", "proficient", False), L("ja", "proficient", False)],
    ),
    ("", "英语、日语，一门流利即可", [L("en", "fluent", False), L("ja", "fluent", False)]),
    ("", "英语、日语，精通其中一门者优先", [L("en", None, False), L("ja", None, False)]),
    ("", "法语、德语、意大利语，会任意一种即可", [L("de", None, False), L("fr", None, False), L("it", None, False)]),
    ("", "西班牙语、葡萄牙语，掌握其中一种", [L("es", None, False), L("pt", None, False)]),
    # Listed and then asked as a whole, or with experience: each asked.
    ("", "英语、日语，一年以上经验", [L("en"), L("ja")]),
    ("", "英语、日语都能流利沟通", [L("en", "fluent"), L("ja", "fluent")]),
    ("", "英语、日语均需达到工作水平", [L("en"), L("ja")]),
    ("", "精通英语、日语", [L("en", "fluent"), L("ja", "fluent")]),
    # --- 5. Chinese asked as a language, or not ------------------------------------------------------------------
    ("", "中英文读写流利", [L("en", "fluent"), L("zh", "fluent")]),
    ("", "普通话标准，英语四级以上", [L("en", "cet4"), L("zh")]),
    ("", "Fluent Mandarin and English", [L("en", "fluent"), L("zh", "fluent")]),
    ("", "中文专业毕业，英语六级", [L("en", "cet6")]),
    ("", "汉语言文学专业优先，文笔好", []),
    ("", "负责中文网站内容编辑", []),
    ("", "将英文说明书翻译成中文", [L("en")]),
    ("", "Chinese-speaking team; English required", [L("en")]),
    # --- 6. A preference's reach -----------------------------------------------------------------------------------
    ("", "英语四级以上，口语好者优先", [L("en", "cet4", False)]),  # a 优先 closing governs the ask
    ("", "英语六级优先", [L("en", "cet6", False)]),
    ("", "英语良好，能处理英文邮件者优先", [L("en", "proficient", False)]),
    ("", "会简单英语，能接待外宾的优先", [L("en", None, False)]),
    ("", "英语四级，口语好的优先", [L("en", "cet4", False)]),
    ("", "英语四级，有亚马逊经验的优先", [L("en", "cet4")]),
    ("", "英语流利，能独立接待外国客户", [L("en", "fluent")]),
    ("", "英语四级，会日语者优先", [L("en", "cet4"), L("ja", None, False)]),
    ("", "有日语基础者优先", [L("ja", "basic", False)]),
    ("", "日常工作语言为中文和英语，懂德语者优先", [L("de", None, False), L("en")]),  # the office's Chinese
    ("", "English required; German is a plus", [L("de", None, False), L("en")]),
    ("", "加分项：会法语或西班牙语", [L("es", None, False), L("fr", None, False)]),
    ("", "加分项：\n1、有小语种基础\n2、会日语", [L("ja", None, False)]),
    # --- 7. Level words -----------------------------------------------------------------------------------------
    ("", "懂简单英语即可", [L("en")]),
    ("", "英语一般即可", [L("en", "basic")]),
    ("", "英语良好", [L("en", "proficient")]),
    ("", "英语熟练", [L("en", "proficient")]),
    ("", "英语口语流利", [L("en", "fluent")]),
    ("", "精通英语", [L("en", "fluent")]),
    ("", "英语母语", [L("en", "native")]),
    ("", "英语优秀", [L("en")]),
    ("", "较强的英语能力", [L("en")]),
    ("", "英语扎实", [L("en")]),
    ("", "英语读写无障碍", [L("en")]),
    ("", "英语能力强，能熟练听说读写", [L("en", "proficient")]),
    ("", "Good English", [L("en", "proficient")]),
    ("", "Basic English is OK", [L("en", "basic")]),
    ("", "English: basic", [L("en", "basic")]),
    ("", "Native or near-native Japanese", [L("ja")]),
    ("", "日语母语或接近母语水平", [L("ja")]),
    ("", "英语六级或同等水平", [L("en")]),
    ("", "英语四级左右", [L("en")]),
    ("", "日语N1或N2", [L("ja")]),
    ("", "日语N1（N2优秀者也可）", [L("ja", "jlpt_n2")]),
    ("", "英语六级优先，四级也可以", [L("en", "cet4")]),
    ("", "TOPIK 5级以上（4级且口语好亦可）", [L("ko", "topik_4")]),  # L11: the accepted floor
    ("", "TOPIK 6级以上（5级口语流利者也可）", [L("ko", "topik_5")]),
    ("", "韩语专业，TOPIK证书，计算机4级", [L("ko")]),
    ("", "韩语流利，英语4级以上", [L("en", "cet4"), L("ko", "fluent")]),
    ("", "能写基础英文邮件", [L("en")]),  # L13: 基础 describes the mail
    ("", "英语基础，能处理一般英文文件", [L("en", "basic")]),
    ("", "Able to write basic English emails", [L("en")]),
    ("", "会基础英语，能写英文邮件", [L("en", "basic")]),
    # --- 8. Languages that are no ask: markets, products, the task's material ------------------------------------
    ("", "有德语、日语等小语种市场的投放经验者优先", []),
    ("", "有日语等小语种市场经验", []),
    ("", "负责德语、法语等语种国家的推广", []),
    ("", "德语、日语等小语种优先", [L("de", None, False), L("ja", None, False)]),
    ("", "会日语等小语种优先", [L("ja", None, False)]),
    ("", "负责日本市场的推广", []),
    ("", "公司产品为英语学习APP", []),
    ("", "负责德国站、法国站的运营", []),
    ("", "经验不限，学历不限", []),
    ("", "第二外语优先", []),
    ("", "熟悉日本文化，对日本市场有了解", []),
    ("", "熟悉韩国电商平台Coupang", []),
    ("", "负责西班牙语国家市场的开拓", []),
    ("", "Korean is NOT required; the Seoul partner team handles listings", []),
    # --- 9. Waivers, fallbacks and translation tools (L1, L5, L12, L15) -------------------------------------------
    ("", "英语能看懂产品资料即可，不作硬性要求", []),
    ("", "会波兰语者优先，不会也可以", [L("pl", None, False)]),
    ("", "需懂英语，不会的可以用翻译软件", [L("en")]),
    ("", "不会日语但英语流利也可", [L("en", "fluent", False)]),  # Japanese asked nowhere else
    ("", "会泰语者优先，不会也可以，但需要英语良好", [L("en", "proficient", False), L("th", None, False)]),
    ("", "能借助翻译软件处理葡语邮件亦可", [L("pt", None, False)]),
    ("", "口语不作要求，能看懂英文评论即可", [L("en")]),
    ("", "英语不限，日语N2以上", [L("ja", "jlpt_n2")]),
    # --- 10. Dialects and scripts (L9, L14) -----------------------------------------------------------------------
    ("", "会粤语优先", [L("yue", None, False)]),
    ("", "能说潮汕话", []),
    ("", "会繁体中文优先", [L("zh", None, False)]),
    ("", "普通话流利，会粤语者优先", [L("yue", None, False), L("zh", "fluent")]),
]


@pytest.mark.parametrize(("title", "text", "expected"), CASES)
def test_w20_languages(title: str, text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, title, text) == expected
