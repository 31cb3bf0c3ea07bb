"""Languages on written19's read half, second round of the twentieth session: the mechanisms behind its tune
mismatches (gold rules L6, L3, L4, L14, L17 of tests/gold/README.md, Languages), each in short HR-style lines of
other languages, wordings, Traditional and full-width forms and English, with nearby lines that must stay as they are.
No line is copied from a labelled row.
"""

from __future__ import annotations

import pytest
from language_case import L

from nlp.languages import extract_languages

CASES: list[tuple[str, str, list[dict[str, object]]]] = [
    # --- 1. One-character names in a bracket after 小语种 / 外语, with separators, and the 优先 after the bracket ----
    (
        "",
        "英语熟练，可作为工作语言，小语种（德法西意）优先",
        [L("de", None, False), L("en", "proficient"), L("es", None, False), L("fr", None, False), L("it", None, False)],
    ),
    (
        "",
        "另会一门小语种（德/法/西/意）者优先",
        [L("de", None, False), L("es", None, False), L("fr", None, False), L("it", None, False)],
    ),
    ("", "小语种（德、法）优先", [L("de", None, False), L("fr", None, False)]),
    ("", "小語種（日/韓）優先", [L("ja", None, False), L("ko", None, False)]),
    ("", "会一门外语（日/韩）者优先", [L("ja", None, False), L("ko", None, False)]),
    (
        "",
        "英语流利，能作为工作语言，小语种（西/葡）加分",
        [L("en", "fluent"), L("es", None, False), L("pt", None, False)],
    ),
    ("", "懂小语种（泰/越）更好", [L("th", None, False), L("vi", None, False)]),
    ("", "小语种（德/法）", [L("de", None, False), L("fr", None, False)]),
    ("", "英语四级，第二外语（法/德）优先", [L("de", None, False), L("en", "cet4"), L("fr", None, False)]),
    ("", "需掌握一门小语种（西、葡、意）", [L("es", None, False), L("it", None, False), L("pt", None, False)]),
    # A language word elsewhere in the line before is no list's lead ("工作语言，").
    ("", "英语可作为工作语言，德语优先", [L("de", None, False), L("en")]),
    ("", "负责德法西意四个站点的运营", []),
    ("", "小语种站点（德/法）运营经验", []),  # a site is a market
    ("", "有小语种站（西意）运营经验者优先", []),
    # --- 2. A slash in a requirement offers either language (L17), each with the level lent in order ----------------
    ("", "2、日/韩语（N2/TOPIK4以上），读写熟练，会打字；", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
    ("", "日/韩语（N2/TOPIK4以上），两门都会的优先", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
    ("", "日語/韓語（N2/TOPIK4以上）", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
    ("", "泰语/越南语听说读写流利", [L("th", "fluent", False), L("vi", "fluent", False)]),
    ("", "英/日语，六级/N2以上", [L("en", "cet6", False), L("ja", "jlpt_n2", False)]),
    ("", "德语/法语B2以上，能独立处理邮件", [L("de", None, False), L("fr", None, False)]),
    ("", "西/葡语流利", [L("es", "fluent", False), L("pt", "fluent", False)]),
    ("", "俄语/乌克兰语母语水平", [L("ru", "native", False), L("uk", "native", False)]),
    ("", "任职要求：\n1. 西班牙语/葡萄牙语熟练", [L("es", "proficient", False), L("pt", "proficient", False)]),
    (
        "",
        "日/韩语熟练\nPS：日本站和韩国站分开排班，请注明会哪一门",
        [L("ja", "proficient", False), L("ko", "proficient", False)],
    ),
    # A slash in a duty lists what is used; Chinese with another, 双语, separate openings, English ads: both asked.
    ("", "用泰语/越南语回复买家", [L("th"), L("vi")]),
    ("", "负责西语/葡语listing撰写", [L("es"), L("pt")]),
    ("", "岗位职责：\n1. 处理德国站客户邮件（德语/英语）\n任职要求：\n1. 德语B1以上", [L("de"), L("en")]),
    ("", "中文/英文流利", [L("en", "fluent"), L("zh", "fluent")]),
    ("", "英/日双语", [L("en"), L("ja")]),
    ("", "越南语/印尼语熟练（两个岗位分别招聘）", [L("id", "proficient"), L("vi", "proficient")]),
    ("", "Fluent English/Spanish", [L("en", "fluent"), L("es", "fluent")]),
    ("", "日/韩站运营经验", []),
    # --- 3. A language accepted on the line after a choice, a bracket comparing two languages ---------------------
    (
        "",
        "2. 越南语或印尼语至少一门能日常沟通；\n3. 马来语也可以（印尼语和马来语比较接近，能看懂就行）；",
        [L("id", None, False), L("ms", None, False), L("vi", None, False)],
    ),
    (
        "",
        "1. 泰语或越南语能日常沟通\n2. 老挝语也可以",
        [L("lo", None, False), L("th", None, False), L("vi", None, False)],
    ),
    (
        "",
        "1、英语或日语，能书面沟通；\n2、韩语也可",
        [L("en", None, False), L("ja", None, False), L("ko", None, False)],
    ),
    (
        "",
        "西班牙语或葡萄牙语至少一门\n意大利语也可以（和西语相近）",
        [L("es", None, False), L("it", None, False), L("pt", None, False)],
    ),
    ("", "越南语或泰语流利；\n老挝语也可", [L("lo", None, False), L("th", "fluent", False), L("vi", "fluent", False)]),
    ("", "会葡萄牙语优先（葡语和西语比较接近）", [L("pt", None, False)]),
    ("", "西班牙语和葡萄牙语相近，会西语者优先", [L("es", None, False)]),
    # A line that accepts after a line that is no choice leaves that line's ask alone.
    ("", "1. 英语四级\n2. 应届生也可以", [L("en", "cet4")]),
    ("", "越南语流利，会泰语者也可", [L("th", None, False), L("vi", "fluent", False)]),
    ("", "英语或日语均可", [L("en", None, False), L("ja", None, False)]),
    # --- 4. A plus, then a waiver: preferred (L14 for a dialect) ------------------------------------------------------
    ("", "3. 粵語佳，非必須；", [L("yue", None, False)]),
    ("", "粤语佳，非必须", [L("yue", None, False)]),
    ("", "会德语更好，不强求", [L("de", None, False)]),
    ("", "懂日语最好，非硬性要求", [L("ja", None, False)]),
    ("", "会韩语加分，不作硬性要求", [L("ko", None, False)]),
    ("", "Cantonese is a plus, not required", [L("yue", None, False)]),
    ("", "英语口语佳，不作硬性要求", [L("en", None, False)]),
    # A waiver of a plain ask still removes it (L1).
    ("", "英语能看懂产品资料即可，不作硬性要求", []),
    ("", "英语不作要求", []),
    ("", "粤语佳", [L("yue")]),
    # --- 5. A native level offered against a major or a stay there: no level (L3) ----------------------------------
    (
        "",
        "1. 意大利語或荷蘭語母語水平，或相關專業畢業並在當地生活過2年以上；",
        [L("it", None, False), L("nl", None, False)],
    ),
    ("", "德语母语水平，或相关专业毕业", [L("de")]),
    ("", "西班牙语母语，或在国外生活3年以上", [L("es")]),
    ("", "泰语母语水平或在当地工作过", [L("th")]),
    ("", "法语母语或在海外留学", [L("fr")]),
    ("", "葡萄牙语母语水平，或相关专业并有巴西生活经历", [L("pt")]),
    ("", "母语为日语，或日语专业毕业在当地工作过", [L("ja")]),
    ("", "法语母语水平", [L("fr", "native")]),
    ("", "英语母语水平，口语流利", [L("en", "native")]),
    ("", "韩语母语，英语六级", [L("en", "cet6"), L("ko", "native")]),
    # --- 6. The work done all in Chinese is a setting, no ask of Chinese ---------------------------------------------
    ("", "2、跟进平台买手（对接人都在国内，全中文沟通）；", []),
    ("", "纯中文环境，无需外语", []),
    ("", "客户都是国内卖家，全中文对接", []),
    ("", "团队全中文办公", []),
    ("", "對接人都在國內，全中文溝通", []),
    ("", "供应商都在国内，纯中文沟通", []),
    ("", "完全中文沟通无障碍", [L("zh")]),
    ("", "中文流利", [L("zh", "fluent")]),
    ("", "外籍员工需中文流利", [L("zh", "fluent")]),
    ("", "中英文流利", [L("en", "fluent"), L("zh", "fluent")]),
    ("", "全中英文沟通", [L("en"), L("zh")]),
    # --- 7. A language named only in a duty as what the hire reads, writes or speaks (L16); markets give none -----
    ("", "岗位职责：\n1. 用英语回复客户邮件\n任职要求：\n1. 大专以上学历", [L("en")]),
    ("", "1. 浏览英文网站，收集竞品信息", [L("en")]),
    ("", "1. 阅读英文资料，整理产品参数", [L("en")]),
    ("", "1. 用日语与供应商电话沟通", [L("ja")]),
    ("", "1. 撰写西班牙语商品描述", [L("es")]),
    ("", "1. 負責用韓語回覆買家訊息", [L("ko")]),
    ("", "- Reply to buyers' emails in German", [L("de")]),
    ("", "1. 负责日本站运营", []),
    ("", "1. 面向欧美客户开发市场", []),
    ("", "1. 负责德国、法国站点的广告投放", []),
    # --- 8. A preferred certificate levels a required language with a plain level word (L18) -----------------------
    ("", "英语口语流利，专八优先", [L("en", "tem8")]),
    ("", "英语良好，六级优先", [L("en", "cet6")]),
    ("", "日语流利，N1优先", [L("ja", "jlpt_n1")]),
    ("", "英语读写熟练，CET-6者优先", [L("en", "cet6")]),
    ("", "韩语熟练，有TOPIK6级证书者优先", [L("ko", "topik_6")]),
    ("", "英語流利，專八優先", [L("en", "tem8")]),
    ("", "英语流利，雅思7分优先", [L("en", "fluent")]),
    ("", "英语熟练，托福100以上优先", [L("en", "proficient")]),
    # --- 9. A choice closing on a colon, its languages on the line after (requirements split over two lines) --------
    (
        "",
        "任职要求：\n1. 会以下任一语言：\n德语、法语、西班牙语",
        [L("de", None, False), L("es", None, False), L("fr", None, False)],
    ),
    ("", "语言要求（任选其一）：\n日语、韩语", [L("ja", None, False), L("ko", None, False)]),
    ("", "語言要求（任選其一）：\n日語、韓語", [L("ja", None, False), L("ko", None, False)]),
    ("", "至少会一门小语种：西班牙语、葡萄牙语", [L("es", None, False), L("pt", None, False)]),
    (
        "",
        "以下语言会其中一种即可：\n泰语、越南语、印尼语",
        [L("id", None, False), L("th", None, False), L("vi", None, False)],
    ),
    ("", "会以下语言之一：\n俄语、乌克兰语", [L("ru", None, False), L("uk", None, False)]),
    ("", "语言（任选其一）：日语N2 / 韩语TOPIK4", [L("ja", "jlpt_n2", False), L("ko", "topik_4", False)]),
    ("", "需会一门外语：\n英语六级", [L("en", "cet6")]),
    ("", "语言要求：\n英语、日语", [L("en"), L("ja")]),
    ("", "任职要求：\n1. 一门外语：英语", [L("en")]),
    ("", "加分项：\n日语、韩语", [L("ja", None, False), L("ko", None, False)]),
]


@pytest.mark.parametrize(("title", "text", "expected"), CASES)
def test_w20b_languages(title: str, text: str, expected: list[dict[str, object]]) -> None:
    assert extract_languages(None, title, text) == expected


def test_w20b_title_slash_list_offers() -> None:
    """A slash list in a title offers a choice too ("多语种翻译（德/法/西）"), unless the title says 双语."""
    assert extract_languages(None, "多语种电商翻译（德/法/西）", "") == [
        L("de", None, False),
        L("es", None, False),
        L("fr", None, False),
    ]
    assert extract_languages(None, "英/日双语客服", "") == [L("en"), L("ja")]
