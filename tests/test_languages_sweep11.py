"""Languages as ads write them: a probe sweep of ordinary Chinese and English phrasings (eleventh session).

General cases written from how postings state a language requirement (Boss直聘, 51job, 智联, 猎聘; LinkedIn, Indeed,
Greenhouse / Lever), each with the output tests/gold/README.md (Languages) asks for; the nearby phrasing a rule must
leave alone stands beside it. Both the forms this sweep fixed and the ordinary ones that already worked are here, so
they stay working.
"""

from __future__ import annotations

import pytest
from language_case import L

from nlp.languages import extract_languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CET / TEM as Chinese ads write them.
        ("大学英语四级及以上", [L("en", "cet4")]),
        ("英语过四级", [L("en", "cet4")]),
        ("英语水平四级以上", [L("en", "cet4")]),
        ("英语CET4级以上", [L("en", "cet4")]),
        ("英语六级425分以上", [L("en", "cet6")]),
        ("CET-6 480分以上", [L("en", "cet6")]),
        ("英语六级证书优先", [L("en", "cet6", False)]),
        ("专八优先", [L("en", "tem8", False)]),
        ("TEM8证书", [L("en", "tem8")]),
        ("英语专业，专四以上", [L("en", "tem4")]),
        ("英语专业优先", [L("en", None, False)]),
        ("商务英语专业优先", [L("en", None, False)]),
        # Plain levels: only the guide's words set one.
        ("英语听说读写流利", [L("en", "fluent")]),
        ("英文读写能力强", [L("en")]),
        ("能用英语作为工作语言", [L("en")]),
        ("熟练掌握商务英语", [L("en", "proficient")]),
        ("具备良好的英语沟通能力", [L("en", "proficient")]),
        ("英语水平较好", [L("en", "proficient")]),
        ("英语基础即可", [L("en", "basic")]),
        ("以英语为母语", [L("en", "native")]),
        ("英语口语好", [L("en")]),
        ("英语沟通无障碍", [L("en")]),
        ("能用英语与客户进行邮件沟通", [L("en")]),
        ("英语好的优先", [L("en", None, False)]),
        # Near-native is no native level; "母语水平" is.
        ("英语接近母语水平", [L("en")]),
        ("英语达到母语水平", [L("en", "native")]),
    ],
)
def test_chinese_english_requirements(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日语能力考试二级", [L("ja", "jlpt_n2")]),
        ("日本语能力测试N2以上", [L("ja", "jlpt_n2")]),
        ("日语能力测试一级", [L("ja", "jlpt_n1")]),
        ("JLPT二级以上", [L("ja", "jlpt_n2")]),
        ("日语能力N2以上", [L("ja", "jlpt_n2")]),
        ("日语达到N2水平", [L("ja", "jlpt_n2")]),
        ("日语专业，N1优先", [L("ja", "jlpt_n1")]),  # asked as a major, its certificate preferred: one entry, asked
        ("有日语N2证书者优先", [L("ja", "jlpt_n2", False)]),
        ("JLPT certificate preferred", [L("ja", None, False)]),  # the test alone names the language
        ("韩国语能力考试4级以上", [L("ko", "topik_4")]),
        ("韩国语能力考试五级", [L("ko", "topik_5")]),
        ("韩语TOPIK 5级", [L("ko", "topik_5")]),
        ("TOPIK II 5级", [L("ko", "topik_5")]),
        ("TOPIK高级", [L("ko")]),
        ("韩语中级以上", [L("ko")]),
    ],
)
def test_japanese_and_korean_tests(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English tests outside the level vocabulary name English, with no level.
        ("托业800分", [L("en")]),
        ("TOEIC 800+", [L("en")]),
        ("多益750分以上", [L("en")]),
        ("雅思6.5或托福90以上", [L("en")]),
        ("BEC中级以上", [L("en")]),
    ],
)
def test_english_tests_outside_the_levels(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Waivers, Chinese and English.
        ("英语零基础也可", []),
        ("英语零基础可培训", []),
        ("日语非必要", []),
        ("英语不是硬性条件", []),
        ("对英语没有要求", []),
        ("英语水平不限", []),
        ("No Japanese needed", []),
        ("No Mandarin required", []),
        ("You don't need to speak Chinese", []),
        ("You do not need Korean for this role", []),
        ("Japanese is optional", []),
        ("Chinese language skills are not required", []),
        # ...and what they must leave alone: the language of another clause stays asked.
        ("Fluent English required; no Japanese needed", [L("en", "fluent")]),
        ("英语四级，零基础可学运营", [L("en", "cet4")]),
    ],
)
def test_waivers(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A nationality adjective before a market, customer, company... names no language, and hides only itself:
        # the language asked elsewhere in the sentence stays asked.
        ("Fluent Japanese; Japanese market experience a plus", [L("ja", "fluent")]),
        ("Fluent Japanese, experience with Japanese customers", [L("ja", "fluent")]),
        ("Grow sales in the Turkish market", []),
        ("Experience selling to Polish customers", []),
        ("Indonesian market experience", []),
        ("Work with our Indonesian partners", []),
        ("Coordinate with our German office", []),
        ("Serve English-speaking customers", []),
        ("Spanish-speaking markets in Latin America", []),
        ("Fluent Spanish to serve Spanish-speaking customers", [L("es", "fluent")]),
        ("面向英语国家市场", []),
        ("有英语国家留学经历者优先", []),
        # Products and verbs that look like a language.
        ("Polish the product listings and images", []),
        ("Review and polish ad copy", []),
        ("Fluent Polish and English", [L("en", "fluent"), L("pl", "fluent")]),
        ("Dutch oven and cast iron cookware sales", []),
        ("Source Turkish towels from suppliers", []),
        ("Greek yogurt brand", []),
        # A course offered as a benefit is not asked.
        ("入职提供日语培训", []),
        ("提供韩语课程", []),
        ("提供英语角活动", []),
        ("Free Spanish lessons", []),
    ],
)
def test_traps(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # More nationality and lookalike forms: a -speaking market, a region, culture, a word that holds a name.
        ("Japanese-speaking Customer Service", [L("ja")]),  # the role serves in Japanese: asked
        ("负责德语区市场", []),
        ("每日文案更新", []),
        ("今日文章推送", []),
        ("熟悉精英文化", []),
        ("熟悉道德文化", []),
        ("了解越南文化", []),
        ("编写算法文档", []),
        ("熟悉日韩文化", []),  # one-character list before 文化
        ("了解欧美日韩文化", []),
        ("英日韩文翻译", [L("en"), L("ja"), L("ko")]),  # ...and one before 文 still lists
        ("写日文文案", [L("ja")]),
        ("能够在全英文环境下工作", [L("en")]),
    ],
)
def test_lookalikes(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English preference words and a preference leading its sentence.
        ("Knowledge of Spanish would be great", [L("es", None, False)]),
        ("Japanese is good to have", [L("ja", None, False)]),  # "good to have" is no level
        ("Mandarin speakers are welcome", [L("zh", None, False)]),
        ("Bonus points if you speak Korean", [L("ko", None, False)]),
        ("Ideally, you speak Italian", [L("it", None, False)]),
        ("Preferably, some German", [L("de", None, False)]),
        ("最好，会日语", [L("ja", None, False)]),
        ("英语四级，优先考虑有经验者", [L("en", "cet4")]),  # a lone preference after the language prefers nothing
        # Examples of what a clause prefers.
        ("有小语种能力者优先，如德语、法语", [L("de", None, False), L("fr", None, False)]),
        ("Other languages are a plus, such as Spanish or Portuguese", [L("es", None, False), L("pt", None, False)]),
        ("英语流利，如有日语能力更佳", [L("en", "fluent"), L("ja", None, False)]),
        # Mother tongue / first language is native.
        ("Mother tongue German", [L("de", "native")]),
        ("German as mother tongue", [L("de", "native")]),
        ("English as a first language", [L("en", "native")]),
        ("Native Japanese speaker", [L("ja", "native")]),
        ("Native or near-native English", [L("en")]),  # two levels offered (gold rule L3)
    ],
)
def test_english_preferences_and_levels(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An equivalent offered in the next clause: the certificate is no level (R36).
        ("英语六级及以上，或同等英语水平", [L("en")]),
        ("CET-6, or equivalent", [L("en")]),
        ("英语四级，或能用英语邮件沟通", [L("en")]),
        ("英语六级，或雅思6.5分", [L("en")]),
        ("分数要求：英语六级或6.5分以上", [L("en")]),  # a clause that opens on 分 still states the score
        # ...but a widening or another language's test is not one.
        ("英语六级，或以上", [L("en", "cet6")]),
        # (each keeps its level; the "或" opening the clause offers one of the two: neither required, L6)
        ("英语四级，或日语N2", [L("en", "cet4", False), L("ja", "jlpt_n2", False)]),
        ("英语六级以上（或雅思6.5）", [L("en")]),
    ],
)
def test_certificate_equivalents(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English lists that end in a choice offer one of them all, at the level of the list.
        (
            "Fluency in German, French or Spanish",
            [L("de", "fluent", False), L("es", "fluent", False), L("fr", "fluent", False)],
        ),
        (
            "Fluent in German, French, or Spanish",
            [L("de", "fluent", False), L("es", "fluent", False), L("fr", "fluent", False)],
        ),
        ("German, French, or Spanish", [L("de", None, False), L("es", None, False), L("fr", None, False)]),
        ("Spanish and/or Portuguese", [L("es", None, False), L("pt", None, False)]),
        ("Spanish or Portuguese required", [L("es", None, False), L("pt", None, False)]),
        # A list that prefers keeps a qualified first language asked; one without "or" offers no choice.
        (
            "Fluent English, Japanese or Korean is a plus",
            [L("en", "fluent"), L("ja", None, False), L("ko", None, False)],
        ),
        ("Spanish, French or Arabic is a plus", [L("ar", None, False), L("es", None, False), L("fr", None, False)]),
        ("Fluent English, German and French", [L("de"), L("en", "fluent"), L("fr")]),
        (
            "Fluent English. German, French or Italian",
            [L("de", None, False), L("en", "fluent"), L("fr", None, False), L("it", None, False)],
        ),
        # English names listed inside brackets are one clause: the preference after them covers them all.
        ("Additional languages (French, German) are a plus", [L("de", None, False), L("fr", None, False)]),
        (
            "Fluent English (Spanish, Portuguese a plus)",
            [L("en", "fluent"), L("es", None, False), L("pt", None, False)],
        ),
        ("外语（英语，日语优先）", [L("en"), L("ja", None, False)]),  # a Chinese comma list asks the first
        # A level outside a preferring bracket is not the level of what the bracket holds, nor the other way round.
        ("Fluent English (German a plus)", [L("de", None, False), L("en", "fluent")]),
        ("English (fluent German a plus)", [L("de", "fluent", False), L("en")]),
        ("英语流利（会日语优先）", [L("en", "fluent"), L("ja", None, False)]),
    ],
)
def test_english_lists(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # The structured language field of a board ("语言要求").
        ("英语 熟练", [L("en", "proficient")]),
        ("日语 精通 | 英语 良好", [L("en", "proficient"), L("ja", "fluent")]),
        ("英语熟练;日语良好", [L("en", "proficient"), L("ja", "proficient")]),
        ("英语 四级", [L("en", "cet4")]),
    ],
)
def test_language_field(raw: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(raw, "", "") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two certificates offered at once are one alternative: English, at neither level (as "英语四级或六级").
        ("英语四/六级", [L("en")]),
        ("通过英语四、六级考试", [L("en")]),
        ("英语四六级证书", [L("en")]),
        ("CET-4/6", [L("en")]),
        ("日语N1/N2", [L("ja")]),
        ("英语四级或六级", [L("en")]),
        # ...one certificate written two ways is still that one.
        ("英语四级/CET-4", [L("en", "cet4")]),
        ("英语六级证书", [L("en", "cet6")]),
        # More waivers and preferences.
        ("Spanish is not a requirement", []),
        ("German is not compulsory", []),
        ("英语流利者优先，其次日语", [L("en", "fluent", False), L("ja", None, False)]),
        # More lookalikes.
        ("Knowledge of the Japanese e-commerce landscape", []),
        ("Please include your English name", []),
        ("负责节日语录", []),
    ],
)
def test_certificate_pairs_waivers_lookalikes(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # Whole ads as boards show them: the ordinary forms stay read as the guide says.
        (
            "亚马逊运营专员",
            "岗位职责：\n1. 负责亚马逊美国站店铺运营；\n2. 撰写英文Listing，优化关键词；\n任职要求：\n"
            "1. 大专以上学历；\n2. 英语四级以上，读写能力良好；",
            [L("en", "cet4")],
        ),
        (
            "日本站运营",
            "职位描述：\n负责乐天、亚马逊日本站运营。\n要求：\n日语N2以上，能用日语与客户邮件沟通；英语基础即可。",
            [L("en", "basic"), L("ja", "jlpt_n2")],
        ),
        (
            "TikTok Shop运营（泰国）",
            "要求：\n1、会泰语优先，不会也可以；\n2、英语可作为工作语言；",
            [L("en"), L("th", None, False)],
        ),
        (
            "速卖通运营",
            "1、负责速卖通俄罗斯站运营\n2、俄语专业毕业，俄语专业八级优先\n3、能熟练使用俄语与客户沟通",
            [L("ru", "proficient")],
        ),
        (
            "Customer Support Specialist (German)",
            "What we need:\n- Native-level German\n- Good English (B2 or above)\n- French would be a bonus",
            [L("de", "native"), L("en", "proficient"), L("fr", None, False)],
        ),
        (
            "Amazon Account Manager",
            "About you\n• Excellent written and verbal English\n"
            "• Chinese (Mandarin) language skills strongly preferred",
            [L("en"), L("zh", None, False)],
        ),
        ("Sales", "Must-have: fluent English. Nice-to-have: Dutch.", [L("en", "fluent"), L("nl", None, False)]),
        ("Sales", "Languages: English (required), Japanese (preferred)", [L("en"), L("ja", None, False)]),
        ("Sales", "Korean language skills (TOPIK level 4 or higher) preferred", [L("ko", "topik_4", False)]),
        ("Sales", "Cantonese is a plus but not required", [L("yue", None, False)]),
        ("Sales", "English only; no Mandarin needed", [L("en")]),
        ("Sales", "Experience on Amazon US, UK, DE, FR, IT, ES", []),
        ("Sales", "Proficient in Java and Python", []),
        ("跨境电商运营", "英语不作要求，会用翻译软件即可", []),
        ("跨境电商运营", "英语能力：读写流利，口语一般即可", [L("en", "fluent")]),
        ("跨境电商运营", "英语等级：六级", [L("en", "cet6")]),
        ("韩语运营", "韩语TOPIK 4级及以上，或韩语专业毕业", [L("ko")]),
        ("跨境电商运营", "有海外工作经验者优先（英语国家）", []),
    ],
)
def test_whole_ads(title: str, text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English preference headings are longer than Chinese ones, and may go without a colon.
        (
            "Basic Qualifications:\n- Fluent English\n"
            "Preferred Qualifications:\n- Fluent Japanese\n- Rakuten experience",
            [L("en", "fluent"), L("ja", "fluent", False)],
        ),
        ("Preferred Qualifications\n- JLPT N2\n- Rakuten experience", [L("ja", "jlpt_n2", False)]),
        ("Preferred skills:\n- Korean\n- SQL", [L("ko", None, False)]),
        ("Bonus if you have:\n- Spanish", [L("es", None, False)]),
        # ...a sentence ending on a colon is no heading of its section.
        ("We are a small, fast-growing team preferred by many brands:\n- Fluent English", [L("en", "fluent")]),
        ("优先条件：\n1. 会日语\n2. 有亚马逊经验", [L("ja", None, False)]),
        ("任职要求：\n1.英语四级\n加分项：\n1.会德语\n2.有欧洲站经验", [L("de", None, False), L("en", "cet4")]),
        # More English preference words.
        ("Even better if you speak French", [L("fr", None, False)]),
        ("Spanish would make you stand out", [L("es", None, False)]),
        ("Italian is a huge plus", [L("it", None, False)]),
    ],
)
def test_english_preference_headings(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An English name states its own level: the word right before it, or a bracket right after it; a word
        # outside the level vocabulary there sets none, and takes no level from the other language.
        ("Fluent English and conversational Mandarin", [L("en", "fluent"), L("zh")]),
        ("English (fluent) and Mandarin (conversational)", [L("en", "fluent"), L("zh")]),
        ("Mandarin (native) / English (professional working proficiency)", [L("en", "proficient"), L("zh", "native")]),
        ("Languages: English (fluent), German (basic)", [L("de", "basic"), L("en", "fluent")]),
        ("Native Mandarin speaker with fluent English", [L("en", "fluent"), L("zh", "native")]),
        ("Fluent English and excellent Mandarin", [L("en", "fluent"), L("zh")]),
        # ...with no word of its own a name shares the clause's level, as before.
        ("Fluent English and Mandarin", [L("en", "fluent"), L("zh", "fluent")]),
        ("Good English and Japanese", [L("en", "proficient"), L("ja", "proficient")]),
        # Chinese names keep the clause's level ("熟练掌握商务英语").
        ("熟练掌握商务英语", [L("en", "proficient")]),
        # A language's market, users or customers name no language asked.
        ("面向拉美西语用户做内容", []),
        ("对接西语客户", []),
        ("负责西班牙语市场的社媒运营", []),
        ("西语客服，西班牙语流利", [L("es", "fluent")]),
    ],
)
def test_own_levels_and_markets(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tests of other languages name their language, at no level.
        ("HSK 5 or above", [L("zh")]),
        ("DELE C1 certificate", [L("es")]),
        ("DELF B2 or higher", [L("fr")]),
        ("Goethe-Zertifikat B2", [L("de")]),
        ("TestDaF 4", [L("de")]),
        # TEM and the English major written other ways.
        ("专业英语八级", [L("en", "tem8")]),
        ("英专毕业", [L("en")]),
        ("精英专业团队", []),
        # A one-character list takes its clause's level, and Chinese heading it is one of the list.
        ("英日语流利", [L("en", "fluent"), L("ja", "fluent")]),
        ("英、日双语流利", [L("en", "fluent"), L("ja", "fluent")]),
        ("中、英、日三语流利", [L("en", "fluent"), L("ja", "fluent"), L("zh", "fluent")]),
        ("中英日三语", [L("en"), L("ja"), L("zh")]),
        ("会英、日、韩语者优先", [L("en", None, False), L("ja", None, False), L("ko", None, False)]),
        # Ordinary forms that already worked.
        ("Speaks Japanese fluently", [L("ja", "fluent")]),
        ("Japanese at JLPT N1 level", [L("ja", "jlpt_n1")]),
        ("Japanese (N2)", [L("ja", "jlpt_n2")]),
        ("Korean TOPIK 5+", [L("ko", "topik_5")]),
        ("英语能力：熟练（四级以上）", [L("en", "cet4")]),
        ("基本的英语读写能力", [L("en")]),
        ("日语N1优先，N2以上必须", [L("ja", "jlpt_n2")]),
        ("英语及日语均需熟练", [L("en", "proficient"), L("ja", "proficient")]),
        ("能适应全英文工作环境", [L("en")]),
    ],
)
def test_other_tests_majors_and_lists(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # A bilingual title asks both slash-joined languages; a plain slash in a title still offers a choice.
        ("Bilingual Customer Service Rep (English/Spanish)", "", [L("en"), L("es")]),
        ("英日双语客服（英语/日语）", "", [L("en"), L("ja")]),
        ("泰语/越南语客服", "", [L("th", None, False), L("vi", None, False)]),
        ("German Speaking Sales", "", [L("de")]),
        ("Korean Market Specialist", "", []),
        ("日语客服", "日语N2优先", [L("ja", "jlpt_n2")]),  # the title asks what the text prefers
        # More English preference words.
        ("Sales", "Languages: English (must), Korean (plus)", [L("en"), L("ko", None, False)]),
        ("Sales", "French speakers encouraged to apply", [L("fr", None, False)]),
        ("Sales", "We especially welcome Vietnamese speakers", [L("vi", None, False)]),
        ("Sales", "Languages: English (required), Korean (optional)", [L("en")]),
        ("Sales", "Fluent English required. Mandarin optional.", [L("en", "fluent")]),
        ("Sales", "Chinese is not needed for this role, but fluent English is", [L("en", "fluent")]),
        ("Sales", "Required: English; Preferred: Korean", [L("en"), L("ko", None, False)]),
        ("跨境电商运营", "英语要求不高，能看懂邮件即可", [L("en")]),
        ("跨境电商运营", "不懂英语的勿扰", [L("en")]),
    ],
)
def test_titles_and_more_preferences(title: str, text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list of nationality words going on to a market names markets, not languages asked.
        ("Manage our German, French and Italian marketplaces", []),
        ("Experience in the Spanish and Italian markets", []),
        ("负责德语、法语市场", []),
        ("英语和日语用户", []),
        ("English or Spanish speaking customers", []),
        ("Work with Chinese-speaking suppliers", []),
        ("Join our Mandarin-speaking team", []),
        # ...a list that goes on to anything else stays asked.
        ("English or Spanish speaking candidates", [L("en", None, False), L("es", None, False)]),
        ("English and Spanish customer service", [L("en"), L("es")]),
        ("德语、法语流利", [L("de", "fluent"), L("fr", "fluent")]),
        ("Fluent English and German; German market experience", [L("de", "fluent"), L("en", "fluent")]),
        # 没关系 waives as 不会也没关系 does.
        ("英语不好也没关系", []),
        ("公司有翻译，英语不好也可以", []),
        ("会日语更好，不会也没关系", [L("ja", None, False)]),
        ("Japanese is a plus, not a requirement", [L("ja", None, False)]),
    ],
)
def test_market_lists_and_waivers(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one of" offers the languages after it, at the level of its clause; those before it stay asked.
        (
            "Fluent in English and one of German, French or Spanish",
            [L("de", "fluent", False), L("en", "fluent"), L("es", "fluent", False), L("fr", "fluent", False)],
        ),
        (
            "English plus one of: German, French, Italian",
            [L("de", None, False), L("en"), L("fr", None, False), L("it", None, False)],
        ),
        ("One of the following languages: Japanese, Korean", [L("ja", None, False), L("ko", None, False)]),
        # ...not "none of", nor a "one of" naming one language or none.
        ("Fluent English; one of our markets is Germany", [L("en", "fluent")]),
    ],
)
def test_one_of(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("raw", "text", "expected"),
    [
        # A space between two Chinese items separates them as a comma would (a list that lost its punctuation)...
        (None, "英语四级 日语优先", [L("en", "cet4"), L("ja", None, False)]),
        (None, "英语四级以上 有日语基础优先 有亚马逊经验", [L("en", "cet4"), L("ja", "basic", False)]),
        (None, "英语流利 优先考虑会西班牙语的", [L("en", "fluent"), L("es", None, False)]),
        # ...but not a short word of the same item.
        ("英语 熟练", "", [L("en", "proficient")]),
        (None, "英语 四级以上", [L("en", "cet4")]),
        ("日语 精通 | 英语 良好", "", [L("en", "proficient"), L("ja", "fluent")]),
        (None, "外语语种：英语 外语水平：良好", [L("en", "proficient")]),
        # Translation between Chinese and another language asks that language.
        (None, "中英互译能力强", [L("en")]),
        (None, "具备英汉互译能力", [L("en")]),
        (None, "能熟练进行中韩互译", [L("ko", "proficient")]),
        (None, "负责相关文档中英文翻译工作", [L("en")]),
        # Ordinary forms that already worked.
        (None, "TOEIC 800分以上，或CET-6", [L("en")]),
        (None, "Native Spanish speakers only", [L("es", "native")]),
        (None, "Japanese-English bilingual", [L("en"), L("ja")]),
        (None, "英语：CET-4；日语：N3以上优先", [L("en", "cet4"), L("ja", "jlpt_n3", False)]),
        (None, "公司简介：我们是一家日本公司。\n任职要求：\n英语四级", [L("en", "cet4")]),
        (None, "福利：免费英语课程\n任职要求：日语N2", [L("ja", "jlpt_n2")]),
    ],
)
def test_spaced_items_and_translation(raw: str | None, text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(raw, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A waiver of another subject right before it waives that subject, not the language beside it.
        ("经验不限英语四级", [L("en", "cet4")]),
        ("英语四级专业不限", [L("en", "cet4")]),
        ("性别不限英语好", [L("en")]),
        ("专业不限 英语四级", [L("en", "cet4")]),
        ("Experience not required, but fluent English is a must", [L("en", "fluent")]),
        ("英语水平不限", []),
        # A preferred language that is also said to be optional keeps its level.
        ("Fluent English preferred but not required", [L("en", "fluent", False)]),
        # Native content is no native level.
        ("Create TikTok-native content in English", [L("en")]),
        ("Native English speaker", [L("en", "native")]),
    ],
)
def test_other_subjects_and_native_content(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # Mandarin written as Taiwan and overseas ads write it.
        ("", "國語流利", [L("zh", "fluent")]),
        ("", "华语流利", [L("zh", "fluent")]),
        ("", "精通国语和英语", [L("en", "fluent"), L("zh", "fluent")]),
        ("", "外国语大学毕业", []),
        ("", "中国语言文学", []),
        ("", "负责华语地区市场", []),
        ("", "韩国语流利", [L("ko", "fluent")]),
        # A bracket opening on "or" offers the language it names.
        ("", "Japanese (or Korean)", [L("ja", None, False), L("ko", None, False)]),
        ("", "日语N2以上（或英语流利）", [L("en", "fluent", False), L("ja", "jlpt_n2", False)]),
        # Titles.
        ("海外客服（英语）", "", [L("en")]),
        ("亚马逊运营（欧洲站，会德语优先）", "", [L("de", None, False)]),
        ("小语种运营（法语/德语）", "", [L("de", None, False), L("fr", None, False)]),
        ("Amazon Marketing Manager (Japan market)", "", []),
        ("TikTok Shop Live Host (Thai)", "", [L("th")]),
        ("Cross-border E-commerce Specialist (French-speaking)", "", [L("fr")]),
        ("", "ＪＬＰＴ Ｎ２", [L("ja", "jlpt_n2")]),
        ("", "日語能力檢定N2", [L("ja", "jlpt_n2")]),
    ],
)
def test_mandarin_names_brackets_titles(title: str, text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A waiving clause followed by a bare preference keeps the language preferred...
        ("英语不是必须的，但会更好", [L("en", None, False)]),
        ("英语不做硬性要求，会的优先", [L("en", None, False)]),
        ("英语非必需，有则更佳", [L("en", None, False)]),
        # ...not when the preference is about something else.
        ("英语不限，有亚马逊经验者优先", []),
        ("英语不限，熟悉Excel者优先", []),
        # More English preference wording.
        ("Strong preference for Korean speakers", [L("ko", None, False)]),
        ("Priority given to candidates who speak Thai", [L("th", None, False)]),
        ("Hindi would be useful", [L("hi", None, False)]),
        ("Requirements:\n- It helps if you speak Malay", [L("ms", None, False)]),
        # Ordinary forms that already worked.
        ("Mandarin is a must; English is a plus", [L("en", None, False), L("zh")]),
        (
            "English required; Spanish, Portuguese or Italian nice to have",
            [L("en"), L("es", None, False), L("it", None, False), L("pt", None, False)],
        ),
        (
            "Fluent English and German required, French a plus",
            [L("de", "fluent"), L("en", "fluent"), L("fr", None, False)],
        ),
        ("Ideally fluent in Japanese", [L("ja", "fluent", False)]),
        ("日语（必须）；韩语（加分）", [L("ja"), L("ko", None, False)]),
        ("英语：加分项", [L("en", None, False)]),
    ],
)
def test_waived_then_preferred_and_english_priorities(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A spaced dash ends an English clause; a name, a dash or colon, then a level word is a key and its value.
        ("Fluent English — Spanish is a plus", [L("en", "fluent"), L("es", None, False)]),
        ("Fluent English - Spanish is a plus", [L("en", "fluent"), L("es", None, False)]),
        (
            "Excellent communication skills in English (both verbal and written) — Spanish is a plus",
            [L("en"), L("es", None, False)],
        ),
        ("Languages: English – fluent; Spanish – conversational", [L("en", "fluent"), L("es")]),
        ("English: fluent", [L("en", "fluent")]),
        ("2 - 3 years of Amazon experience; English - good", [L("en", "proficient")]),
        # A clause that is nothing but the preference, after the language, prefers it.
        (
            "• English (fluent) – required\n• Mandarin (conversational) – preferred",
            [L("en", "fluent"), L("zh", None, False)],
        ),
        ("Japanese, preferred", [L("ja", None, False)]),
        ("会日语，优先", [L("ja", None, False)]),
        ("英语四级，优先考虑有经验者", [L("en", "cet4")]),  # a preference with content of its own prefers that
        # Duties and requirements, as before.
        (
            "岗位职责：\n1、负责西班牙站运营，用西语回复客户邮件\n任职要求：\n1、西语专业优先，英语四级以上",
            [L("en", "cet4"), L("es")],
        ),
        (
            "Responsibilities:\n- Respond to customer inquiries in French\nRequirements:\n- French is a plus",
            [L("fr", None, False)],
        ),
        ("工作职责：运营日本亚马逊站点\n要求：日语可以作为工作语言者优先", [L("ja", None, False)]),
    ],
)
def test_dashes_and_trailing_preferences(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A language named on both sides of an "or" is asked whichever side is taken.
        ("Native English speaker or bilingual English/Spanish", [L("en", "native"), L("es", None, False)]),
        ("英语或日语读写良好", [L("en", "proficient", False), L("ja", "proficient", False)]),
        # "bilingual" is no level word, for both of a slash pair.
        ("Bilingual in Mandarin and English", [L("en"), L("zh")]),
        ("Fluent English/Spanish", [L("en", "fluent"), L("es", "fluent")]),
    ],
)
def test_repeated_alternatives_and_bilingual(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


def test_whole_english_ad() -> None:
    text = (
        "About us\nWe are a consumer electronics brand selling across Amazon EU (DE, FR, IT, ES).\n\n"
        "What you'll do\n- Own listing quality for the German and French marketplaces\n"
        "- Coordinate with our Shenzhen team (Mandarin helpful but not required)\n\n"
        "What you bring\n- 3+ years of Amazon Seller Central experience\n- Fluent German; good English\n"
        "- French is a strong plus\n\nPerks: remote-first, annual team trip to Japan"
    )
    assert extract_languages(None, "Amazon Brand Specialist (EU)", text) == [
        L("de", "fluent"), L("en", "proficient"), L("fr", None, False), L("zh", None, False)
    ]  # fmt: skip


def test_item_breaks_are_added_only_when_asked() -> None:
    from nlp.languages import _Layout

    text = "英语四级 日语优先 - fluent english — spanish"
    assert _Layout(text).breaks == []  # the separators' regex finds none
    items = _Layout(text, items=True)
    assert [text[p + 1] for p in items.breaks] == ["日", "-", "—"]
    assert items.sentence_breaks == []  # items are clauses of one sentence
    assert _Layout("英语 熟练", items=True).breaks == []  # a short word of the same item


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Certificates of two languages offered with an "or": each language is one choice.
        ("CET-6 or JLPT N2", [L("en", "cet6", False), L("ja", "jlpt_n2", False)]),
        ("英语六级或日语N2", [L("en", "cet6", False), L("ja", "jlpt_n2", False)]),
        ("JLPT N2 or TOPIK 4", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
        # ...not a widening "or above", nor a test of the same language.
        ("CET-6 or above and JLPT N2", [L("en", "cet6"), L("ja", "jlpt_n2")]),
        ("CET-6 or IELTS 6.5", [L("en")]),
        # ...nor an "or" inside a bracket of the first ("(DELE C1 or equivalent)").
        (
            "Fluent Spanish (DELE C1 or equivalent) and good written English (CET-6 or similar)",
            [L("en", "proficient"), L("es", "fluent")],
        ),
    ],
)
def test_certificate_choices(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "基础较好" is "基础良好" (proficient); a bare 基础 stays basic.
        ("英语基础较好", [L("en", "proficient")]),
        ("英语基础良好", [L("en", "proficient")]),
        ("英语基础一般", [L("en", "basic")]),
        ("英语基础扎实", [L("en", "basic")]),  # the demo board's own truth reads it so
        # A company's English short name is no English asked.
        ("公司英文缩写", []),
        ("英文简称", []),
    ],
)
def test_foundation_levels_and_names(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bracket right after a Chinese name states its level too...
        ("语言：英语（流利）、西班牙语（基础）", [L("en", "fluent"), L("es", "basic")]),
        ("日语（N1）、英语（良好）", [L("en", "proficient"), L("ja", "jlpt_n1")]),
        # ...unless it only prefers.
        ("英语（口语流利者优先）", [L("en")]),
        ("English (fluent preferred)", [L("en")]),
        ("英语流利（会日语优先）", [L("en", "fluent"), L("ja", None, False)]),
    ],
)
def test_chinese_brackets_state_levels(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


def test_a_spaced_level_word_stays_with_its_language() -> None:
    assert extract_languages(None, "", "英语听说读写 熟练掌握") == [L("en", "proficient")]
    assert extract_languages(None, "", "英语水平 六级以上") == [L("en", "cet6")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 任一 / 其一 offer a choice as 之一 does.
        ("韩语/日语/英语任一", [L("en", None, False), L("ja", None, False), L("ko", None, False)]),
        ("英语、日语任选其一", [L("en", None, False), L("ja", None, False)]),
        ("英语流利，任一小语种优先", [L("en", "fluent")]),
        # Ordinary forms that already worked.
        ("掌握两门外语", []),
        ("Multilingual candidates preferred", []),
        ("Must be English-speaking", [L("en")]),
        ("Other languages: Korean (nice to have)", [L("ko", None, False)]),
        ("英语能力达到母语水平者优先", [L("en", "native", False)]),
        ("Knowledge of Chinese culture is a plus", []),
        ("Speak Chinese with our suppliers", [L("zh")]),
        ("日本語能力試験N2以上", [L("ja", "jlpt_n2")]),
    ],
)
def test_any_one_and_more_ordinary_forms(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The certificate extractor reads the same test spellings as the language levels.
        ("韩国语能力考试4级以上", ["topik_4"]),
        ("日本语能力测试N2", ["jlpt_n2"]),
        ("JLPT二级", ["jlpt_n2"]),
        ("TOPIK II 5级", ["topik_5"]),
        ("专业英语八级", ["tem8"]),
        ("英语四级", ["cet4"]),
    ],
)
def test_certificate_spellings(text: str, expected: list[str]) -> None:
    from nlp.certificates import extract_certificates

    assert extract_certificates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A "but" parts a language from a waiver of another subject in its clause...
        ("You don't need a degree but need fluent English", [L("en", "fluent")]),
        ("Fluent English but no Japanese needed", [L("en", "fluent")]),
        ("英语流利但日语不要求", [L("en", "fluent")]),
        ("不要求学历但英语要好", [L("en")]),
        ("Japanese not required but English is", [L("en")]),
        # ...not from a waiver that goes on about it with no subject of its own.
        ("Cantonese is a plus but not required", [L("yue", None, False)]),
        ("Fluent English preferred but not required", [L("en", "fluent", False)]),
        ("英语不限，但会英语者优先", [L("en", None, False)]),
    ],
)
def test_but_parts_a_language_from_a_waiver(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Chinese asked of foreign hires: 会中文 / 说中文 ask it; a 中文 major does not.
        ("越南籍，会中文", [L("zh")]),
        ("能说中文者优先", [L("zh", None, False)]),
        ("中文专业", []),
        # Southeast Asian hosts and choices.
        ("会泰语/越南语/印尼语其中一种", [L("id", None, False), L("th", None, False), L("vi", None, False)]),
        ("印尼语母语者", [L("id", "native")]),
        ("Language requirements: English (C1) — German (B2) is a bonus", [L("de", None, False), L("en")]),
    ],
)
def test_chinese_asked_of_foreign_hires(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two plain levels in the clause of its one language: the higher (as "基础良好" is proficient).
        ("Native-level fluency in Japanese", [L("ja", "native")]),
        ("精通并熟练运用英语", [L("en", "fluent")]),
        ("有较好的英文基础", [L("en", "proficient")]),
        # ...a clause of two languages still gives each its nearest.
        ("日语流利，英语一般", [L("en", "basic"), L("ja", "fluent")]),
        ("Fluent Japanese and basic English", [L("en", "basic"), L("ja", "fluent")]),
    ],
)
def test_the_higher_of_two_levels_in_one_clause(text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, "", text) == expected
