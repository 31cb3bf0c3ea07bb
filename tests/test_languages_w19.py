"""Languages on unseen ads (nineteenth session): families of phrasing found in the written4-12 check halves.

Each case is a short HR-style line written for its rule, not copied from a labelled row, with the expected output
by the guide (tests/gold/README.md, Languages, L1-L15), and the nearby phrasing each rule must leave alone. Lines
that must give nothing are here too.
"""

from __future__ import annotations

import pytest
from language_case import L

from nlp.languages import extract_languages

CASES: list[tuple[str, str, list[dict[str, object]]]] = [
    # --- A native level offered with another way of having the language is no level (L3) -------------------
    ("", "- Native-level German, or C1 with experience living in Germany", [L("de")]),
    ("", "- Native-level Italian, or C2 certificate", [L("it")]),
    ("", "- Native Spanish speaker; non-native candidates need DELE C1 or equivalent", [L("es")]),
    ("", "英语母语者优先，非母语者需雅思7分以上", [L("en")]),
    ("", "- Excellent written English (IELTS 7.5 or native)", [L("en")]),
    ("", "- English: native or near-native; IELTS 7.0 if English is not your first language", [L("en")]),
    ("", "- 泰语流利（泰国籍、或泰语专业毕业能达到母语水平）", [L("th", "fluent")]),
    ("", "中文母语或HSK 5级以上", [L("zh")]),
    ("", "英语母语者，或英语专八", [L("en")]),
    # ... a plain native level, or one of two languages each with its own level, stays.
    ("", "Native English speaker", [L("en", "native")]),
    ("", "- Native German speaker, fluent English", [L("de", "native"), L("en", "fluent")]),
    ("", "- Native-level German, fluent English", [L("de", "native"), L("en", "fluent")]),
    ("", "英语母语者，发音标准", [L("en", "native")]),
    ("", "Native English or fluent Japanese", [L("en", "native", False), L("ja", "fluent", False)]),
    # Others' native speakers are no level of the hire.
    ("", "- Excellent written English - you will edit native speakers' work", [L("en")]),
    ("", "- Work with native speakers to localise copy; fluent English", [L("en", "fluent")]),
    # --- A certificate offered against an ability is no certificate level (R36) ----------------------------
    ("", "英语专八或可作为工作语言", [L("en")]),
    ("", "日语N1，或日语一级同等水平，能与日本方面流利沟通", [L("ja", "fluent")]),
    ("", "英语专八", [L("en", "tem8")]),
    # "or above" widens one certificate; a higher one preferred leaves the floor asked.
    ("", "- Japanese JLPT N2 or above (N1 preferred)", [L("ja", "jlpt_n2")]),
    ("", "日语N2或以上，N1优先", [L("ja", "jlpt_n2")]),
    ("", "英语四级或以上，六级优先", [L("en", "cet4")]),
    ("", "日语N1或N2", [L("ja")]),
    # A level word right before another language is that one's ("... and fluent English").
    ("", "- Business-level Japanese (JLPT N1 or N2) and fluent English", [L("en", "fluent"), L("ja")]),
    ("", "- Japanese (JLPT N2) and fluent English", [L("en", "fluent"), L("ja", "jlpt_n2")]),
    ("", "- Fluent English and Spanish", [L("en", "fluent"), L("es", "fluent")]),
    # --- Certificates written with spaces ------------------------------------------------------------------
    ("", "英语 4 级，能看懂英文单证", [L("en", "cet4")]),
    ("", "需英语 6 级证书", [L("en", "cet6")]),
    ("", "4 级以上员工可申请", []),
    # --- English level words -----------------------------------------------------------------------------
    ("", "• Good working English for reports", [L("en", "proficient")]),
    ("", "• Fluent working English", [L("en", "fluent")]),
    ("", "• Fluent, natural spoken English", [L("en", "fluent")]),
    ("", "• Working English", [L("en")]),
    # --- Waiving a skill of the language keeps the language (L1) -------------------------------------------
    ("", "- Reading English is required; spoken English not needed", [L("en")]),
    ("", "- Reading English is required - 英语 4 级 level is fine, spoken English not needed.", [L("en", "cet4")]),
    ("", "English is not required.", []),
    ("", "Japanese is not required.", []),
    # --- English preference words -------------------------------------------------------------------------
    ("", "- Excellent written English; German is a real plus", [L("de", None, False), L("en")]),
    ("", "- Spanish is useful on the warehouse floor", [L("es", None, False)]),
    ("", "- Fluent English; Korean would be an added advantage", [L("en", "fluent"), L("ko", None, False)]),
    ("", "- Fluent English; useful phrases in German for calls", [L("de"), L("en", "fluent")]),
    # An inline "Nice to have:" heading reaches the end of its line; a "Must have:" one prefers nothing.
    ("", "Nice to have: Shopify experience; Spanish for Hispanic creators.", [L("es", None, False)]),
    ("", "Must have: fluent English; Spanish for Hispanic creators.", [L("en", "fluent"), L("es")]),
    ("", "Nice to have: Shopify experience.\nFluent English.", [L("en", "fluent")]),
    # --- A preference explained by the occasion stays a preference ------------------------------------------
    ("", "会英语者更好，部分欧美客户验厂需要英语沟通", [L("en", None, False)]),
    ("", "- Conversational English is a plus, our ops team uses English with hosts", [L("en", None, False)]),
    ("", "会日语者优先，有时需要用日语回复邮件", [L("ja", None, False)]),
    # ... a demand of the hire's own after the preference asks it.
    ("", "会英语者优先，需要能用英语写邮件", [L("en")]),
    ("", "英语好者优先，需独立用英语回复客户邮件", [L("en")]),
    # --- A closing 者优先 after a clause that states its own use prefers only the higher skill -------------------
    ("", "英语能用于日常工作沟通（能看懂达人消息、平台邮件），口语流利者优先", [L("en")]),
    ("", "英语能读写邮件，口语流利者优先", [L("en")]),
    ("", "英语六级，口语流利者优先", [L("en", "cet6")]),  # L23 extended (twenty-sixth session)
    ("", "英语良好，能处理英文邮件者优先", [L("en", "proficient", False)]),
    # A preferred major leaves what follows an ask of its own; a preferred ability explained stays preferred.
    ("", "英语专业或海外留学背景优先，英文邮件写作地道，能进行电话沟通", [L("en")]),
    ("", "英语专业优先，英文写作好", [L("en")]),
    ("", "英语能进行日常对话者优先，方便覆盖英语观众", [L("en", None, False)]),
    # The minimum accepted after a preferred certificate ("或能…") is asked.
    ("", "通過法語專四者優先，或能以法語處理日常書面溝通", [L("fr")]),
    ("", "法语专四者优先，或能用法语处理日常邮件", [L("fr")]),
    ("", "法语专四者优先", [L("fr", None, False)]),
    # Duties naming a pair ("英阿双语") do not outweigh requirements that only prefer; a major alone does not.
    (
        "",
        "岗位职责：\n1. 负责店铺运营，包括英阿双语listing维护；\n任职要求：\n2. 阿拉伯语专业或能阅读阿拉伯语者优先；"
        "英语口语流利者优先",
        [L("ar", None, False), L("en", "fluent", False)],
    ),
    ("", "岗位职责：\n1. 负责西语listing撰写；\n任职要求：\n2. 西班牙语专业优先", [L("es")]),
    # --- Another language accepted instead ("Y也可以") after a preferred one: each an alternative (L6) ---------
    (
        "",
        "西班牙语或葡萄牙语能读写优先，英语OK也可以，能借助翻译工具完成工作",
        [L("en", None, False), L("es", None, False), L("pt", None, False)],
    ),
    ("", "西语专业优先，英语四级以上也可", [L("en", "cet4", False), L("es", None, False)]),
    ("", "英语良好，日语也可", [L("en", "proficient", False), L("ja", None, False)]),
    # ... not a lower level of the same language, a waiver, or something else accepted.
    ("", "英语四级，六级也可", [L("en", "cet4")]),
    ("", "英语四级，日语不会也可以", [L("en", "cet4")]),
    ("", "会日语者优先，应届生也可，英语流利", [L("en", "fluent"), L("ja", None, False)]),
    # Training the company offers is a benefit, not an ask.
    ("", "入职后公司安排西语基础培训", []),
    ("", "英语流利，公司提供日语培训", [L("en", "fluent")]),
    # --- English conditions naming a lacked language: required nowhere; what is asked instead is a fallback ---
    (
        "",
        "- Arabic speakers are preferred; if you don't speak Arabic, you must check Arabic copy with translators",
        [L("ar", None, False)],
    ),
    (
        "",
        "- Business-level Japanese (JLPT N2 or above)\n- Candidates without Japanese but with excellent English will "
        "also be considered",
        [L("en", None, False), L("ja", "jlpt_n2", False)],
    ),
    ("", "- Candidates without experience are welcome; fluent English", [L("en", "fluent")]),
    # --- A waiver does not reach past a dash to another matter --------------------------------------------------
    (
        "",
        "- English at C1 level or above\n- 普通话能沟通更佳，非必须——团队内部使用英语。",
        [L("en"), L("zh", None, False)],
    ),
    ("", "- 普通话能沟通更佳，非必须", [L("zh", None, False)]),
    # --- A choice of two languages each with its bracket: a bracket's name is no second offer ----------------
    ("", "英语口语流利（英语专业优先）或法语流利（DELF B2以上）", [L("en", "fluent", False), L("fr", "fluent", False)]),
    ("", "Native English speaker or bilingual English/Spanish", [L("en", "native"), L("es", None, False)]),
    # --- Material that others supply is no language of the hire --------------------------------------------
    ("", "图片上的英文文案由运营提供，不需要外语能力", []),
    ("", "英语不作要求，图片中的英文文案由运营提供", []),
    ("", "不需要写文案，英文文案由运营提供；英语不做要求。", []),
    ("", "日文说明书由翻译公司负责，本岗位不需要日语", []),
    ("", "英文邮件由你负责回复", [L("en")]),
    ("", "英语流利，英文合同由法务审核", [L("en", "fluent")]),
    ("", "负责英文文案撰写，由主管审核", [L("en")]),
    # --- Chinese in traditional script and as a word of origin ---------------------------------------------
    ("", "熟悉繁體中文與台灣用語習慣", [L("zh")]),
    ("", "台湾站需要会繁体中文打字", [L("zh")]),
    ("", "会繁体字者优先", [L("zh", None, False)]),
    ("", "商品页面提供繁体中文版", []),
    ("", "中英文功底扎实，熟练使用CAT工具", [L("en"), L("zh")]),
    ("", "Aurivolt is a Chinese electric vehicle maker now selling in Norway.", []),
    ("", "- Translate technical documents between Chinese and English", [L("en")]),
    ("", "- Fluent Mandarin Chinese", [L("zh", "fluent")]),
    ("", "- Fluent in English and Chinese", [L("en", "fluent"), L("zh", "fluent")]),
    # --- An English name as an adjective of origin -----------------------------------------------------------
    ("Tmall Store Operator (Japanese Skincare Brand)", "有日语基础者优先", [L("ja", "basic", False)]),
    ("", "We distribute a German kitchenware brand in China.", []),
    ("", "- Knowledge of German packaging law is a plus; fluent German", [L("de", "fluent")]),
    ("", "- Japanese customer service experience", [L("ja")]),
    ("", "- German for our brand partners", [L("de")]),
    ("", "- Write German product copy", [L("de")]),
    ("", "- Japanese language skills", [L("ja")]),
    # --- Lines that name no language asked -------------------------------------------------------------------
    ("", "熟练使用Excel、PPT，有良好的沟通能力", []),
    ("", "负责日本站、德国站的店铺运营", []),
    ("", "公司提供英语培训和海外游学机会", []),
    ("", "有外语能力者优先", []),
]


@pytest.mark.parametrize(("title", "text", "expected"), CASES)
def test_w19_languages(title: str, text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, title, text) == expected
