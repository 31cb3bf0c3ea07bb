"""Languages a posting asks for: ``[{code, level, required}]`` sorted by code, one entry per code.

Reading rules (DESIGN.md "Language level", nlp/data/languages.jsonl holds the words):
- a language is named (英语, 日文, Spanish...) or implied by a certificate (CET-6 → en, N2 → ja,
  TOPIK 4 → ko); a list of names going on to a market ("German and French marketplaces", "德语、法语市场") names
  markets, not languages;
- the level is the certificate when one is stated, else the level a name states for itself ("fluent English",
  "English (fluent)", "英语（流利）", "conversational Mandarin" → none), else the nearest plain qualifier in the
  same clause (母语 native, 流利/精通 fluent, 良好/熟练 proficient, 一般/基础 basic), else null;
- languages offered as a choice ("英语或日语", "German, French or Spanish", "one of: ...", "CET-6 or JLPT N2")
  are each required false;
- a clause that only prefers it (优先, 加分, a plus) makes it required false; a clause that waives it
  (英语不限, 无需英语, 英语不做硬性要求; 不要求外语 waives every foreign one) drops it, with what its sentence asks
  of it, a stated minimum included ("英语不限，能看懂英文即可": no entry), and makes its mentions elsewhere
  required false; a preference after the waiver stays preferred; a waiver of one skill, certificate or level
  (口语不作要求, 不要求英语流利) keeps the language; "小语种" or "外语" alone name no language;
- a language asked of those who lack another (没有小语种基础的需能用英语…, 不会西语但英语流利也可) is required
  false, and so is the lacking one, everywhere;
- stated twice: required true wins over false, a certificate level over a plain one.
Chinese (zh, yue) is reported like the others; callers decide it is never a foreign language.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Final, final

from nlp import taxonomy, word_pass
from nlp.matcher import Hit, Scan, as_text, scan
from nlp.sections import bisect_right_of, first_of, inside, last_of, own_scan, own_text, requirements_start, starts_of
from nlp.taxonomy import match_form

# Clause separators: a level belongs to the language named in its own clause only. Sentence separators are
# the same without the comma. A break is where r"[，,。；;！!？?\n\r|]|\s\d+[.、)]" matches: one of the marks, or a
# space before a list number (" 2、"). Both are found by str.find, one mark at a time (a regex scan of the text
# costs several times more). Neither hides a break of the other: a numbered break's characters after its space are
# no marks.
_COMMA_MARKS: Final = "，,"
_SENTENCE_MARKS: Final = "。；;！!？?\n\r|"
_NUMBER_MARKS: Final = ".、)"
_MARK_SPACES: Final = frozenset("\n\r")  # the marks that are spaces too: a numbered break there is one already
# A 优先 / 加分 marks the languages of its own clause as preferred, and reaches across clauses of its sentence
# only in three constructions: a "...者，...者优先" chain ("英文流利者，或有外媒经验者优先"), a heading
# ("加分项：熟练掌握英语、法语"), and a choice ("熟练掌握一门外语（英语/日语）"). A heading on a line of its own
# ("加分项：", "其他加分项是什么?", "【加分项】") marks every line of its section, up to a blank line or the next
# heading.
_HEADING_MAX: Final = 16  # characters: a longer line is a sentence, not a heading
# An English heading is longer in characters ("Preferred Qualifications:", "Bonus if you have:"), and may go
# without its colon when it names what it lists ("Preferred Qualifications").
_ENGLISH_HEADING_MAX: Final = 32
_HEADING_NOUNS: Final = ("qualifications", "qualification", "skills", "requirements", "experience")
_HEADING_ENDS: Final = (":", "：", "?", "？", "】", "]")
# One-character language names in enumerations: "英、日双语", "日、韩、法语等", "小语种（西意德法等）".
_ABBREV: Final = {"英": "en", "日": "ja", "韩": "ko", "法": "fr", "德": "de", "俄": "ru", "西": "es", "意": "it",
           "葡": "pt", "泰": "th", "越": "vi", "阿": "ar", "粤": "yue"}  # fmt: skip
_ABBREV_CLASS: Final = "[" + "".join(_ABBREV) + "]"
_CHINESE_HEADS: Final = ("中", "中、", "中/")
# Two patterns rather than one alternation: each then starts with a literal or a class, which the regex
# engine looks for with a fast scan instead of trying the whole alternation at every position.
# "日韩文化" is culture, not a list of languages.
_ENUMERATION: Final = re.compile(
    # "德、法等小语种者优先", "德/法/西任一小语种": the list may close on a kind of languages too, unless the kind
    # names sites or markets ("德法意西等小语种站点": L16, a market is no language asked)
    rf"({_ABBREV_CLASS}(?:[、/和及与]?{_ABBREV_CLASS})+)"
    # "德、法语站点运营": a site's language is its setting, no ask (L16), as for a single name (_names_a_market)
    r"(?=(?:等|任一)?(?:小语种(?!的?(?:站|市场|国家|地区|店|平台|客户|买家|用户))|双语|三语|多语|语(?!站(?!内|外))"
    r"|文(?!化)))"
)
_ENUMERATION_BRACKETED: Final = re.compile(
    # a space may stand around the separator: "小语种（日 / 德）"
    rf"(?:小语种|外语|语种|语言)[^，,。；;\n站]{{0,6}}?[(（]({_ABBREV_CLASS}(?: ?[、/]? ?{_ABBREV_CLASS})+)"
    r"(?:等|任一|任选一|其一|之一)?[)）]"
)
_CERT_PREFIXES: Final = ("cet", "tem", "jlpt", "topik")
# A Chinese language named in a clause about a degree is a major (中文、新闻等专业优先), not a language asked for.
_MAJOR_WORDS: Final = ("专业", "学历")
_DEGREE_WORDS: Final = (*_MAJOR_WORDS, "major", "degree")


# The kinds of the taxonomy matcher this module reads.
# A clause that only waives: one of these words first (after a linking 但, 也, 可, 并), and little else.
_WAIVERS: Final = (
    "不作硬性要求", "不做硬性要求", "非硬性要求", "无硬性要求", "不作要求", "不做要求", "不要求", "无要求", "没有要求",
    "不强求", "不会也可", "不会也行", "不会也没关系", "也没关系", "没关系", "非必须", "非必需", "不是必须",
    "not required", "not needed", "not necessary", "not essential", "not mandatory", "not a must", "not a requirement",
    "optional", "不做强制要求", "不作强制要求", "非强制", "非硬性", "isn't required", "isn't needed", "isn't necessary",
)  # fmt: skip
_WAIVER_LEADS: Final = "但也可并且"
# A waiver of another subject written right before it waives that subject, not a language: "英语四级专业不限",
# "经验不限英语四级", "experience not required".
_OTHER_SUBJECTS: Final = ("经验", "专业", "学历", "年龄", "性别", "地点", "行业", "户籍", "年限", "背景", "地域",
                          "籍贯", "experience", "degree", "background")  # fmt: skip
# A waiver of one skill or certificate of the language waives only that (gold rule L1): "英语能看懂邮件即可，不强求
# 口语" and "口语不作要求" still ask the language.
_ASPECTS: Final = ("口语", "口说", "听说", "书写", "写作", "证书", "四六级", "speaking", "spoken", "writing",
                   "certificate", "accent")  # fmt: skip
_LEVELS_WAIVED: Final = ("流利", "精通", "很好", "fluent", "fluency", "perfect")
_LEVEL_WAIVED_SPAN: Final = 8
_LEVEL_WAIVER_STOPS: Final = ("优先", "更好", "加分", "但", "prefer", "plus", "nice", "but")
_CERTIFICATE_WORDS: Final = ("证书", "certificate")
_ENGLISH_ASPECT_WORDS: Final = ("spoken", "oral", "written", "conversational", "business")
_WAIVER_STRIP: Final = " \t\n,.;:!?。，；：！？、)(（）"
_BARE_STRIP: Final = _WAIVER_STRIP + "-–—"
_WAIVER_MAX: Final = 10
_LIST_LEFTOVER: Final = " \t\n,;、/()（）-•*·.0123456789"  # what may stand beside the names of a listed clause
# A condition naming a language the hire may lack, then what is asked instead: "没有小语种基础的需能用英语…",
# "不会日语的，需英语四级", "不会西语但英语流利也可". The language after it is a fallback, not required; the one in
# the condition has a fallback, so it is required nowhere. "不会英语的请勿投递" refuses instead: no fallback.
# "不会西语需英语流利" says the same with 需 (not 需求: "无英语需求").
_FALLBACK: Final = re.compile(
    r"(?:没有|不会|不懂|不具备|无)([^，,；;。]{0,10}?[语文][^，,；;。]{0,4}?)(?:的|者|但|需(?!求)|必须|须)"
)
_FALLBACK_LEAD: Final = " \t\n0123456789.、)(（）-•*·"
# The condition in other words, each read only where a language is asked after it: opening on "if"
# ("如果不会西语，英语流利也可以", "若不懂西语，需英语六级", "实在不会西语的，英语好也行"), closing its clause or
# question ("不会德语？英语流利也欢迎"), or naming the language first ("日语不会的，英语六级也可以", "日语不行的话英语
# 流利也可以考虑").
_CONDITION_LEADS: Final = frozenset({"如果", "如果您", "如果你", "如果是", "假如", "要是", "倘若", "万一", "若", "若您",
                                     "如", "如您", "实在", "您", "你", "对于"})  # fmt: skip
_FALLBACK_CLAUSE: Final = re.compile(r"(?:没有|不会|不懂|不具备|无)([^，,；;。？?]{0,10}?[语文])(?:的话|基础|能力)?")
_FALLBACK_AFTER: Final = re.compile(
    r"([^，,；;。？?\s]{1,8}?[语文])(?:不会|不懂|不行|不好|不过关|达不到|没有)(?:的话|的|者)?"
)
_QUESTION_TUPLE: Final = ("？", "?")
_REFUSALS: Final = ("勿", "不考虑", "不予考虑", "免投", "不要投")
_KINDS: Final = frozenset({"lang_language", "lang_level", "lang_qualifier", "lang_preferred", "lang_negation"})


@final
class _Mention:
    """A language named in a text. A plain class, not a dataclass: compiled, building one is a native call, where the
    dataclass's generated __init__ is called generically with its arguments packed (callgrind)."""

    __slots__ = ("alternative", "as_major", "code", "in_duties", "in_title", "level", "order", "pos", "required",
                 "waived")  # fmt: skip

    def __init__(
        self,
        code: str,
        level: str | None,
        required: bool,
        order: int,
        alternative: bool = False,
        in_title: bool = False,
        waived: bool = False,
        in_duties: bool = False,
        pos: int = -1,
        as_major: bool = False,
    ) -> None:
        self.code = code
        self.level = level
        self.required = required
        self.order = order
        self.alternative = alternative  # offered as one of several languages ("英语或日语", "至少精通一门")
        self.in_title = in_title
        self.waived = waived  # named in a clause that waives it ("英语不限"): no entry of its own
        self.in_duties = in_duties  # before the requirements heading: a language the job uses, not one it asks
        self.pos = pos  # where a description's mention stands (for in_duties, set only when it may decide)
        self.as_major = as_major  # in a clause about a degree ("西班牙语或葡萄牙语专业优先", "english major")


@lru_cache(maxsize=1)
def _level_codes() -> dict[str, str]:
    return {c.id: str(c.extra.get("code")) for c in taxonomy.language_entries() if c.category == "level"}


def _code_of(h: Hit, codes: dict[str, str]) -> str:
    """The language a language hit or a level-word hit speaks of (日语N2 speaks of ja); ``codes``: _level_codes()."""
    return codes[h.id] if h.kind == "lang_level" else h.id


@lru_cache(maxsize=1)
def foreign_codes() -> frozenset[str]:
    """ISO codes that count as foreign languages (all but zh and yue)."""
    return frozenset(
        c.id for c in taxonomy.language_entries() if c.category == "language" and c.extra.get("foreign", True)
    )


# Plain levels from highest to lowest: of two required plain levels the higher is what the posting asks
# ("良好中英文书写能力，能操流利粤语及普通话" asks fluent Mandarin).
_PLAIN_ORDER: Final = ("native", "fluent", "proficient", "basic")


def _rank(level: str | None) -> int:
    if level is None:
        return 0
    return 2 if level.startswith(_CERT_PREFIXES) else 1


def _height(level: str | None) -> int:
    return _PLAIN_ORDER.index(level) if level in _PLAIN_ORDER else len(_PLAIN_ORDER)


_CHOICE: Final = ("一门", "其中一种", "任意一种", "任何一种", "会一种", "一种即可", "一种就", "之一", "一种或",
                   "任一", "其一", "择一")  # fmt: skip
# A bilingual title asks both of its slash-joined languages: "Bilingual Customer Service (English/Spanish)".
_ALL_IN: Final = "全纯"  # before 中文: the whole work is in Chinese ("全中文沟通", "纯中文环境")
_COMPARING: Final = ("比较接近", "很接近", "相近", "相似", "类似", "相通", "差不多", "is close to", "are similar")


def _comparisons(layout: _Layout, per_clause: dict[int, set[str]]) -> dict[int, int]:
    """The clauses naming two languages to compare them, each mapped to where the comparison opens: the bracket
    holding the comparing word ("马来语也可以（印尼语和马来语比较接近）"), or else the clause."""
    text = layout.text
    out: dict[int, int] = {}
    for c, ids in per_clause.items():
        if len(ids) < 2:
            continue
        start, end = layout.clause_start(c), layout.clause_end(c)
        for w in _COMPARING:
            at = text.find(w, start, end)
            if at >= 0:
                out[c] = max(start, last_of(text, _OPENING, at))
                break
    return out


# What closes a clause stating a language as a plus rather than a need, when a waiver follows it.
_PLUS_ENDS: Final = ("佳", "更好", "最好", "为宜", "加分", "a plus", "is a plus", "nice to have", "bonus")
_BILINGUAL_TITLE: Final = ("bilingual", "双语")
# Two languages offered as alternatives in one clause ("英语或日语读写良好", "法语、意大利语至少精通一门",
# "泰语或越南语专业毕业（二选一）"): no single one is required (tests/gold/README.md).
_ALTERNATIVE: Final = ("或", "二选一", "任选", "至少", *_CHOICE, "either", "at least one", "and/or")
# A clause closing on "either is fine" offers its languages as alternatives (gold rule L6): "英语、日语均可",
# "英语日语都行"; not one going on about them ("英语日语都可以流利沟通" asks both).
_EITHER_OK: Final = ("均可", "皆可", "都可以", "都可", "都行", "都ok", "都没问题")
# One language "or another" ("英语或其他小语种均可", "English or another European language"): none is asked alone.
_OR_OTHERS: Final = ("或其他", "或其它", "或者其他", "或者其它", "or other ", "or another ")
_OR_OTHERS_REACH: Final = 8
# A clause accepting the handling of a language with a tool as an extra (gold rule L15): "能借助翻译软件处理葡语邮件
# 亦可"; not one that only allows the tool for a language asked ("能借助翻译软件看懂邮件即可", L5).
_TOOL_WORDS: Final = ("翻译软件", "翻译工具", "机翻", "借助翻译", "谷歌翻译", "百度翻译", "有道翻译", "翻译插件",
                       "deepl", "google translate", "translation tool", "translation software", "translation app",
                       "machine translation")  # fmt: skip
_EXTRA_OK: Final = ("亦可", "也可", "也行", "也可以", "也ok", "also acceptable", "also fine", "fine too", "also ok",
                    "acceptable too", "is acceptable")  # fmt: skip


def _closes_on(clause_text: str, words: tuple[str, ...]) -> bool:
    """Whether ``clause_text`` closes on one of ``words`` (a trailing 考虑 or mark aside)."""
    body = clause_text.rstrip(_WAIVER_STRIP)
    return body.removesuffix("考虑").removesuffix("以").endswith(words)


def _offered_among_others(clause_text: str) -> bool:
    """Whether the clause offers its language among others ("英语或其他小语种均可") or accepts handling it with a
    tool as an extra ("能借助翻译软件处理葡语邮件亦可"): then it asks none of its languages on its own."""
    for w in _OR_OTHERS:
        at = clause_text.find(w)
        if at >= 0:
            after = clause_text[at + len(w) : at + len(w) + _OR_OTHERS_REACH]
            if "语" in after or "language" in after:
                return True
    return _closes_on(clause_text, _EXTRA_OK) and any(w in clause_text for w in _TOOL_WORDS)


# In English a choice is an "or" between two of the clause's languages ("cantonese or mandarin"), not one after
# them ("english and spanish (dele b2 or above)").
_ENGLISH_OR: Final = " or "
# "专业四级" names the English majors' test (TEM-4) unless another language stands right before it:
# "俄语专业四级", "西语专业八级" are those languages' own major tests, outside the level vocabulary.
_OR: Final = ("或", " or ")
_BARE_MAJOR_TEST: Final = ("专四", "专业四级", "专业4级", "专八", "专业八级", "专业8级")


# What a certificate can be offered against ("英语专业八级或雅思7分", "英语专业或英语六级以上", "六级或海外留学背景",
# "CET-6 or equal"): tests outside the level vocabulary, the degree itself, study abroad, or an equivalent level
# shown otherwise. "或以上" widens the one certificate; it offers no other.
_OTHER_TESTS: Final = ("雅思", "托福", "ielts", "toefl", "bec", "toeic", "多益", "专业", "catti", "同等", "相当",
                       "equal", "equivalent", "留学", "study abroad", "major", "degree", "native", "母语", "overseas",
                       "abroad", "海外")  # fmt: skip
_ALSO_ACCEPTED: Final = ("也可", "亦可", "也行", "也接受", "also accepted", "also fine", "also ok", "also considered",
                         "also be considered", "also consider", "acceptable", "accepted", "will be considered",
                         "can be considered")  # fmt: skip


def _owned_by_other(text: str, q: int, named: Sequence[Hit], code: str) -> bool:
    """Whether the level word at ``q`` stands right before a language other than ``code`` ("fluent English")."""
    return any(
        n.kind == "lang_language" and n.id != code and q < n.start <= q + 24 and _level_word_before(text[q : n.start])
        for n in named
    )


def _unwidened(text: str) -> str:
    """``text`` without the words that widen a certificate ("N2 or above"): they offer no other certificate."""
    for widening in _WIDENING:
        if widening in text:
            text = text.replace(widening, "")
    return text


def _cert_height(level: str) -> int:
    """How high a certificate level stands within its test: JLPT N1 above N2, CET-6 above CET-4."""
    digits = int("".join(ch for ch in level if ch.isdecimal()) or 0)
    return -digits if level.startswith("jlpt") else digits


def _has_score(text: str) -> bool:
    """Whether ``text`` states a score without its test ("6.5分以上", "6.5 分"): a test outside the level vocabulary."""
    at = text.find("分")
    while at >= 0:  # a clause may open on 分 ("分数要求：…") and still state a score later
        if text[:at].rstrip()[-1:].isdecimal():
            return True
        at = text.find("分", at + 1)
    return False


_WIDENING: Final = ("或以上", "或更高", "or above", "or higher")
_OR_LEADS: Final = ("或", "or ")
_CERT_OR: Final = (*_OR, "/")
_ABILITY_INSTEAD: Final = ("能", "会", "可以", "可作为", "可用作", "具备", "able to", "can ",
                           # an ability with its level: "英语CET-6或口语流利", "CET-6 or fluent spoken English"
                           "口语", "听说", "读写", "书面", "fluent", "spoken")  # fmt: skip
_APPROXIMATE: Final = ("左右", "上下", "水平左右")
_ABOUT: Final = ("roughly", "around", "approximately", "about", "大约", "大概", "相当于")  # "roughly cet6 level"
# A clause stating a minimum asked ("能看懂英文即可"): after a whole waiver on its line it asks nothing (gold rule L1).
_MINIMUM_WORDS: Final = ("即可", "就行", "就可以", "就好", "能", "会", "懂", "able to", "can ", "enough", "is fine",
                         "will do", "is sufficient", "sufficient")  # fmt: skip
_MINIMUM_LEVELS: Final = (None, "basic")  # a certificate or a higher level asked after a waiver is still asked
_FOREIGN: Final = "*"  # "不要求外语", "外语不限": a waiver of every foreign language


def _offered_with_another(layout: _Layout, clause: int, sc: Scan) -> bool:
    """Whether the certificate of ``clause`` is one of two alternatives, the other outside the level vocabulary."""
    # The other may follow as a clause of its own: "英语六级及以上，或同等英语水平", "CET-6, or equivalent".
    if clause < len(layout.breaks):
        after = layout.clause_text(clause + 1)
        if (
            layout.sentence(layout.breaks[clause] + 1) == layout.sentence(layout.clause_start(clause))
            and after.startswith(_OR_LEADS)
            and (any(t in after for t in _OTHER_TESTS) or after.lstrip("或者or ").startswith(_ABILITY_INSTEAD))
        ):
            return True
        # An equal ability, or a stay in a country of the language, accepted without the certificate on its line:
        # "日语N2以上，无证书但能力相当者亦可", "TOPIK5级及以上；没有证书但在韩国生活工作过三年以上者也可".
        if (
            "\n" not in layout.text[layout.clause_end(clause) : layout.clause_start(clause + 1)]
            and any(w in after for w in _ALSO_ACCEPTED)
            and (any(w in after for w in _EQUAL_ABILITY) or _stays_abroad(after))
        ):
            return True
    text = _own_item(layout, clause, sc)
    for widening in _WIDENING:
        text = text.replace(widening, "")
    # Another test accepted too: "英语四级及以上（IELTS 6.5+ 也可）".
    accepted = any(w in text for w in _ALSO_ACCEPTED)
    # The clause may open on the "or" ("TOEFL 90+ / IELTS 6.5, or CET-6"); a slash offers the other test as "or"
    # does ("CET-6 / 雅思6.5以上", "英语六级/托福80+").
    if not accepted and not any(w in text for w in _CERT_OR) and not text.lstrip(_BARE_STRIP).startswith(_OR_LEADS):
        return False
    for h in sc.of("lang_level"):
        if layout.clause(h.start) == clause:
            text = text.replace(h.term, "")  # 专业八级 itself is no second test
    if any(t in text for t in _OTHER_TESTS) or (not accepted and _has_score(text)):
        return True
    if accepted and not any(w in text for w in _OR):
        return False
    # An ability offered instead of the certificate: "英语四级或者能借助翻译看懂后台就行"; or a degree or stay in a
    # country of the language, as 留学 is (R36): "韩语TOPIK 6级或韩国本科毕业", "日语N1或在日本工作三年以上".
    for word in _OR:
        at = text.find(word)
        if at < 0:
            continue
        after = text[at + len(word) :].lstrip("者 ")
        if after.startswith(_ABILITY_INSTEAD):
            return True
        place = after.removeprefix("在").removeprefix("有")
        if place.startswith(_ABROAD_PLACES) and _stays_abroad(place):
            return True
    # The other test may head the sentence: "雅思总分8分及以上，口语单项8分以上，或英语专业八级".
    sentence = layout.sentence(layout.clause_start(clause))
    before = clause - 1
    while before >= 0 and layout.sentence(layout.clause_start(before)) == sentence:
        if any(t in layout.clause_text(before) for t in _OTHER_TESTS):
            return True
        before -= 1
    return False


_EQUAL_ABILITY: Final = ("同等", "相当", "equivalent", "equal")
# A country of the language, and the words of a degree or a stay there, offered against a certificate (R36, L30).
_ABROAD_PLACES: Final = ("日本", "韩国", "俄罗斯", "德国", "法国", "西班牙", "意大利", "葡萄牙", "巴西", "英国", "美国",
                         "英语国家", "澳洲", "澳大利亚", "加拿大", "泰国", "越南", "印尼", "马来西亚", "阿拉伯国家",
                         "国外")  # fmt: skip
_STAYS: Final = ("本科", "大学", "硕士", "学历", "学位", "毕业", "留学", "工作", "生活", "居住", "长大")
_STAY_REACH: Final = 12  # characters after the place searched for the degree or the stay


def _stays_abroad(text: str) -> bool:
    """Whether ``text`` names a country of a language with a degree or a stay there after it ("韩国本科毕业", "在韩国
    生活工作过三年")."""
    for place in _ABROAD_PLACES:
        at = text.find(place)
        if at >= 0 and any(w in text[at + len(place) : at + len(place) + _STAY_REACH] for w in _STAYS):
            return True
    return False


def _own_item(layout: _Layout, clause: int, sc: Scan) -> str:
    """The clause's text from the list item that holds its first certificate: an "or" inside an earlier item joins
    that item's own words ("外语专业或本科、英语六级以上": the degree, not a second test), so the earlier items are
    cut off unless the "or" stands in the certificate's item or after it."""
    start, end = layout.clause_start(clause), layout.clause_end(clause)
    raw = layout.text[start:end]
    firsts = [h.start - start for h in sc.of("lang_level") if start <= h.start < end]
    if firsts:
        cut = raw.rfind("、", 0, min(firsts))
        rest = raw[cut + 1 :]
        for widening in _WIDENING:
            rest = rest.replace(widening, "")
        if cut >= 0 and any(w in raw[:cut] for w in _CERT_OR) and not any(w in rest for w in _CERT_OR):
            return raw[cut + 1 :].strip()
    return raw.strip()


class _Layout:
    """Clause and sentence numbers of positions in one text (a clause ends at a break, a sentence at a
    break that is not a comma)."""

    def __init__(
        self, text: str, list_commas: frozenset[int] = frozenset(), items: bool = False, extra: Iterable[int] = ()
    ) -> None:
        """``list_commas``: commas that end no clause; ``items``: also break at what separates the items of an
        unpunctuated list (a spaced dash, a space between two Chinese items), beyond the separators' regex;
        ``extra``: further clause breaks."""
        self.text = text
        sentence_breaks: list[int] = []
        _add_numbered(text, sentence_breaks)
        _add_positions(text, _SENTENCE_MARKS, sentence_breaks)
        _add_full_stops(text, sentence_breaks)
        breaks = sentence_breaks.copy()
        sentence_breaks.sort()
        if list_commas:
            commas: list[int] = []
            _add_positions(text, _COMMA_MARKS, commas)
            breaks += [c for c in commas if c not in list_commas]
        else:
            _add_positions(text, _COMMA_MARKS, breaks)
        if items and " " in text:
            if not text.isascii():
                _add_chinese_spaces(text, breaks)
            # A spaced dash ends an English clause: "Fluent English — Spanish is a plus".
            _add_positions(text, _DASHES, breaks)
        breaks += extra
        breaks.sort()
        self.breaks = breaks
        self.sentence_breaks = sentence_breaks

    def clause(self, pos: int) -> int:
        return bisect_right_of(self.breaks, pos)

    def sentence(self, pos: int) -> int:
        return bisect_right_of(self.sentence_breaks, pos)

    def clause_start(self, c: int) -> int:
        return self.breaks[c - 1] + 1 if c else 0

    def clause_end(self, c: int) -> int:
        return self.breaks[c] if c < len(self.breaks) else len(self.text)

    def clause_text(self, c: int) -> str:
        return self.text[self.clause_start(c) : self.clause_end(c)].strip()

    def goes_on(self, c: int) -> bool:
        """Whether clause ``c`` exists and is in the sentence of the clause before it."""
        return 0 < c <= len(self.breaks) and self.sentence(self.clause_start(c)) == self.sentence(
            self.clause_start(c - 1)
        )


def _bracketed_list_commas(text: str, named: list[Hit]) -> frozenset[int]:
    """The commas between two English language names inside brackets: "additional languages (French, German) are a
    plus" lists what the brackets hold, one clause. (Normalised text has ASCII commas only, so a Chinese list is told
    apart by its names: "外语（英语，日语优先）" still asks English in a clause of its own.)"""
    names = sorted((h.start, h.end) for h in named if h.kind == "lang_language" and h.term.isascii())
    out: set[int] = set()
    for (_, end), (start, _) in itertools.pairwise(names):
        if text[end:start].strip() != ",":
            continue
        comma = text.find(",", end, start)
        opening = last_of(text, _OPENING, comma)
        if opening < 0 or last_of(text, _CLOSING, comma) > opening:
            continue
        closing = first_of(text, _CLOSING, comma)
        line_end = text.find("\n", comma)
        if closing >= 0 and (line_end < 0 or closing < line_end):
            out.add(comma)
    return frozenset(out)


# A space between Chinese words separates items as a comma would ("英语四级 日语优先", a scraped list that lost its
# punctuation), unless one side is a short word of the same item ("英语 熟练", "英语 四级以上").
_SPACED_ITEM_MIN: Final = 3
_SPACED_LEVEL_WORDS: Final = (
    "熟练", "精通", "流利", "良好", "一般", "基础", "母语", "较好", "四级", "六级", "专八", "专四",
)  # fmt: skip
_ITEM_ENDS: Final = " ,;。；!?！？\n\r|"


_DASHES: Final = (" - ", " – ", " — ")


# A space between two Chinese characters; the pattern opens on the literal space, which the regex engine finds by a
# fast scan, and only then reads the characters around it.
_CHINESE_SPACE: Final = re.compile(" (?<=[\u4e00-\u9fff] )(?=[\u4e00-\u9fff])")


def _stated_items(sc: Scan, named: list[Hit]) -> list[int]:
    """The 、 that end an item stating its own level or preference right after its language, before an item that
    names another: "英语熟练、日语优先" are two clauses, "英语、日语优先" one list."""
    ends = {h.end for h in sc.of("lang_qualifier", "lang_preferred", "lang_level")}
    starts = {h.start for h in named if h.kind == "lang_language"}
    text = sc.text
    out: list[int] = []
    for h in named:
        if h.kind != "lang_language":
            continue
        p = text.find("、", h.end, h.end + 8)
        nxt = p + 2 if text[p + 1 : p + 2] in ("会", "懂") else p + 1  # "英语流利、会日语者优先"
        if p > h.end and p in ends and nxt in starts and "、" not in text[h.end : p]:
            out.append(p)
    return out


# What may stand between an item's level and the next item's language in a run-on list: "英语六级以上日语N2优先",
# "英语熟练会日语优先".
_RUN_ON_FILLERS: Final = ("及以上", "或以上", "以上", "水平")
_RUN_ON_VERBS: Final = "会懂"
# What may stand between a language and its own level word: "英语口语流利", "英语读写熟练", "英语水平良好".
_RUN_ON_GAPS: Final = frozenset(
    {"", "口语", "读写", "听说", "听说读写", "书写", "书面", "写作", "阅读", "水平", "能力"}
)


def _run_on_items(sc: Scan, named: list[Hit]) -> list[int]:
    """Where a list that lost its punctuation ends an item stating its own level (or waiver) right after its
    language, before an item naming another language: "英语流利日语优先", "英语四级日语优先", "英语熟练会日语优先",
    "英语不限日语N2" are two clauses (the break is the character right before the second language); "英语日语流利",
    "精通英语日语" one."""
    text = sc.text
    codes = _level_codes()
    # a waiver ends its item as a level does: "英语不限日语N2", "日语不要求英语流利"
    qualifiers = {h.end: h for h in sc.of("lang_qualifier", "lang_negation")}
    levels = {h.end: h for h in named if h.kind == "lang_level"}
    languages = [h for h in named if h.kind == "lang_language"]
    out: list[int] = []
    for b in named:
        s = b.start
        p = s - 1 if s and text[s - 1] in _RUN_ON_VERBS else s
        for filler in _RUN_ON_FILLERS:
            if text.endswith(filler, 0, p):
                p -= len(filler)
                break
        code = _code_of(b, codes)
        q = levels.get(p)
        if q is not None:
            if codes[q.id] != code and q.end - q.start >= 2:
                out.append(s - 1)
            continue
        q = qualifiers.get(p)
        if q is None or q.end - q.start < 2:
            continue
        if any(a.id != code and a.end <= q.start and text[a.end : q.start] in _RUN_ON_GAPS for a in languages):
            out.append(s - 1)
    return out


# A conjunction followed by a verb before the next language starts a part of the clause with its own ability:
# "英语流利并会简单日语", "精通英语并能用日语沟通", "fluent in English and able to read Japanese". A level word of one
# part is no level of the other part's language. A conjunction right before the language is a shared head ("英语及
# 日语流利", "精通英语和日语").
_CONJUNCTIONS: Final = ("并且", "而且", "以及", "同时", "并", "且", "及", "和", "与", "还", "也", " and ", " plus ")
_CONJUNCT_VERBS: Final = ("会", "懂", "能", "可", "熟悉", "具备", "掌握", "了解", "说", "有", "通晓", "使用", "用",
                          "able to", "can ", "speak", "read", "write", "understand", "communicate", "have ",
                          "know")  # fmt: skip
_CONJUNCT_GAP: Final = 24


def _level_splits(text: str, named: list[Hit]) -> list[int]:
    """Positions of the conjunctions that part two languages of a clause into parts of their own
    (:data:`_CONJUNCTIONS`)."""
    codes = _level_codes()
    hits = sorted(named, key=lambda h: h.start)
    out: list[int] = []
    for a, b in itertools.pairwise(hits):
        between = text[a.end : b.start]
        if not between or len(between) > _CONJUNCT_GAP:
            continue
        if _code_of(a, codes) == _code_of(b, codes):
            continue
        for conj in _CONJUNCTIONS:
            at = between.rfind(conj)
            # the verb may be the name's own ("会中文")
            if at >= 0 and (between[at + len(conj) :] + b.term).lstrip().startswith(_CONJUNCT_VERBS):
                out.append(a.end + at)
                break
    return out


def _add_chinese_spaces(text: str, out: list[int]) -> None:
    """Append to ``out`` the spaces that separate two Chinese items of at least :data:`_SPACED_ITEM_MIN` characters."""
    for m in _CHINESE_SPACE.finditer(text):
        i = m.start()
        start = last_of(text, _ITEM_ENDS, i) + 1
        end = first_of(text, _ITEM_ENDS, i + 1)
        end = len(text) if end < 0 else end
        if (
            i - start >= _SPACED_ITEM_MIN
            and end - i - 1 >= _SPACED_ITEM_MIN
            and not text.startswith(_SPACED_LEVEL_WORDS, i + 1)  # "英语听说读写 熟练掌握": its level
        ):
            out.append(i)


def _add_positions(text: str, marks: Iterable[str], out: list[int]) -> None:
    """Append to ``out`` every position of ``text`` where one of ``marks`` (characters, or words) starts."""
    for c in marks:
        i = text.find(c)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1)


# An English full stop: a period before a space, after a word ("excellent english. mandarin is not required") or a
# closing bracket, not an abbreviation's one letter ("u.s. market", "e.g. fluent"); after a number only when a letter,
# hyphen or colon comes before it ("cet-6. "), not a list number's (" 2. english"). Every branch opens on the
# literal ". ", which the regex engine finds by a fast scan; the lookbehinds then read the few characters before it.
_FULL_STOP: Final = re.compile(
    r"\. (?<=[A-Za-z)]\. )(?<!\.[A-Za-z]\. )|\. (?<=[A-Za-z:-][0-9]\. )|\. (?<=[A-Za-z:-][0-9][0-9]\. )"
)


def _add_full_stops(text: str, out: list[int]) -> None:
    """Append to ``out`` the position of every English full stop (:data:`_FULL_STOP`)."""
    if ". " in text:
        out += [m.start() for m in _FULL_STOP.finditer(text)]


def _is_decimal(c: int) -> bool:
    """``chr(c).isdecimal()``, without making the character for ASCII and Chinese ones (compiled, ord(text[i])
    reads a code point where text[i] makes a one-character string for each Chinese character before a mark)."""
    if c < 128:
        return 48 <= c <= 57
    if 0x4E00 <= c <= 0x9FFF:  # the unified ideographs: letters, no digit among them
        return False
    return chr(c).isdecimal()


def _add_numbered(text: str, out: list[int]) -> None:
    r"""Append to ``out`` where r"\s\d+[.、)]" matches (not a decimal, "\s\d+\.\d"), but not at a line break (a mark
    already): from each number mark back over its digits to the space before them (one find per mark rather than a
    regex trying every space)."""
    for mark in _NUMBER_MARKS:
        p = text.find(mark)
        while p >= 0:
            j = p - 1
            while j >= 0 and _is_decimal(ord(text[j])):  # what the regex's \d reads
                j -= 1
            if j < p - 1 and j >= 0:  # digits before the mark (most marks have none: nothing more to ask)
                # " 6.5" is a decimal (IELTS 6.5), not a list number.
                if (
                    text[j].isspace()
                    and text[j] not in _MARK_SPACES
                    and not (mark == "." and text[p + 1 : p + 2].isdecimal())
                ):
                    out.append(j)
                elif (
                    # A list whose line breaks were lost: "1.英语熟练2.日语优先", "1、英语四级2、熟悉亚马逊".
                    p - 3 <= j
                    and "\u4e00" <= text[j] <= "\u9fff"
                    and text[j + 1 : p] not in ("0", "1")
                    and "\u4e00" <= text[p + 1 : p + 2] <= "\u9fff"
                ):
                    out.append(j + 1)
            p = text.find(mark, p + 1)


_CUT_SUBJECTS: Final = ("者", "的")
# A clause going on with examples of what the clause before prefers, or with what it prefers next ("其次日语").
_EXAMPLE_LEADS: Final = ("如", "例如", "比如", "譬如", "such as", "e.g", "including", "其次")


def _preferred_clauses(sc: Scan, layout: _Layout, wanted: set[int]) -> set[int]:
    """Those of the clauses ``wanted`` whose languages are only preferred."""
    good = {c for c in wanted if _knowing_is_good(layout.clause_text(c))} if _GOOD in sc.text else set()
    markers = sc.of("lang_preferred")
    if not markers:
        return good
    text = sc.text
    marked = {layout.clause(h.start) for h in markers}
    # A heading ("加分项：…") or a clause that is nothing but the preference: it prefers the clauses after it in its
    # sentence ("Ideally, you speak Italian"), and a bare one the clause before it ("Mandarin (conversational) –
    # preferred").
    heading_sentences: set[int] = set()
    heading_lines: list[tuple[int, int]] = []
    bare: set[int] = set()
    for h in markers:
        c = layout.clause(h.start)
        alone = _bare_preference(layout.clause_text(c), h.term)
        if alone:
            bare.add(c)
            line_start = text.rfind("\n", 0, h.start) + 1
            line_end = text.find("\n", h.end)
            line_end = len(text) if line_end < 0 else line_end
            if "|" in text[line_start:line_end]:
                # "| 日语 | N3 | 加分 |": a table row's preference cell prefers the row
                heading_lines.append((line_start, line_end))
        # (the colon may close the term itself: "Plus: Japanese, Korean", "Nice: Japanese")
        if alone or h.term.endswith(":") or text[h.end : h.end + 2].lstrip().startswith((":", "：")):
            heading_sentences.add(layout.sentence(h.start))
            if not alone:
                # "Nice to have: Shopify experience; Spanish for Hispanic creators": an inline heading reaches
                # the end of its line, across its semicolons.
                end = text.find("\n", h.end)
                heading_lines.append((h.end, len(text) if end < 0 else end))
    out = (wanted & marked) | good
    for c in wanted - marked - good:
        if heading_lines and inside(layout.clause_start(c), heading_lines):
            out.add(c)
            continue
        sent = layout.sentence(layout.clause_start(c))
        if c + 1 in bare and (
            layout.sentence(layout.clause_start(c + 1)) == sent
            # a line cut before its preference ("会俄语者\n优先考虑"): the 者 / 的 wants the words after it
            or layout.clause_text(c).endswith(_CUT_SUBJECTS)
        ):
            out.add(c)
            continue
        if sent in heading_sentences and any(m < c for m in marked):
            out.add(c)
            continue
        # Examples of what the clause before prefers: "有小语种能力者优先，如德语、法语".
        if (
            c - 1 in marked
            and layout.clause_text(c).startswith(_EXAMPLE_LEADS)
            and layout.sentence(layout.clause_start(c - 1)) == sent
        ):
            out.add(c)
            continue
        later = any(m > c and layout.sentence(layout.breaks[m - 1] + 1) == sent for m in marked)
        if later:
            body = layout.clause_text(c)
            if body.endswith(_CUT_SUBJECTS) or any(w in body for w in _CHOICE):  # "会日语的，…，待遇更好"
                out.add(c)
    return out


# "会日语佳", "懂韩文佳": knowing the language is good, a preference; "英语佳" (the ability is good) sets no level and
# prefers nothing, so 佳 alone is no preference word in the data.
_KNOWING: Final = ("会", "懂", "通晓", "掌握", "能说", "能讲")
_GOOD: Final = "佳"


_DIGITS: Final = "0123456789"  # a certificate id less its grade is its test ("cet6", "cet4": "cet")


def _above_in_same_test(high: str, low: str) -> bool:
    """Whether certificate ``high`` is a higher grade of the same test as ``low`` (cet6 over cet4, jlpt_n1 over
    jlpt_n2): the pair gold rule L11 reads as a preference and its accepted floor."""
    return high.rstrip(_DIGITS) == low.rstrip(_DIGITS) and _cert_height(high) > _cert_height(low)


def _floor_certificates_accepted(
    sc: Scan, layout: _Layout, spots: list[tuple[int, Hit]], preferred: set[int]
) -> set[int]:
    """Clauses accepting, with 者也可 / 者亦可, a lower certificate of the test the clause before only prefers ("日语N1
    优先，N2者也可", "六级优先，四级者亦可"): the lower one is the floor asked (gold rule L11, as "N2也可以"), not a
    preference, though 者也可 elsewhere accepts a language as an extra."""
    codes = _level_codes()
    out: set[int] = set()
    for h in sc.of("lang_preferred"):
        if not h.term.startswith(_ACCEPTED_TOO):
            continue
        c = layout.clause(h.start)
        if c not in preferred or c - 1 not in preferred or not layout.goes_on(c):
            continue
        if any(m.start != h.start and layout.clause(m.start) == c for m in sc.of("lang_preferred")):
            continue  # another preference word in the clause ("N2优先者也可")
        before = [x for k, x in spots if k == c - 1 and x.kind == "lang_level"]
        mine = [x for k, x in spots if k == c and x.kind == "lang_level"]
        # the test's or the language's name may stand again ("TOPIK 5级者也可以", "日语N2者亦可")
        named_codes = {x.id for k, x in spots if k == c and x.kind == "lang_language"}
        if (
            mine
            and before
            and named_codes <= {codes[b.id] for b in before}
            and all(any(_above_in_same_test(b.id, x.id) for b in before) for x in mine)
        ):
            out.add(c)
    return out


def _knowing_is_good(clause_text: str) -> bool:
    """Whether the clause says that knowing its language, or a use the hire can make of it, is good: it closes on
    佳 and opens on a verb of knowing ("会日语佳"), or says what the hire can do with it ("英文可基本沟通佳", "日文
    能读写佳": gold rule L25). 佳 describing the ability itself ("英语能力佳", "英文功底佳") prefers nothing."""
    body = clause_text.strip(_FALLBACK_LEAD).rstrip(_WAIVER_STRIP)
    if not body.endswith(_GOOD):
        return False
    # past a heading on the clause's line ("要求：会日文佳")
    body = body[max(body.rfind(":"), body.rfind("：")) + 1 :].lstrip(_FALLBACK_LEAD)
    if body.startswith(_KNOWING):
        return True
    return any(
        (at := body.find(modal)) >= 0 and not body.startswith(_NOT_MODAL, at) for modal in _CAN
    )


# "英文可基本沟通佳", "日文能读写佳": 可 / 能 saying what the hire can do (not 能力, the ability, nor 可以 after 也)
_CAN: Final = ("可", "能")
_NOT_MODAL: Final = ("能力", "可能")


# What may open a clause that is nothing but a preference: "If you speak Thai, that's a huge plus", "会泰语的话，
# 这是加分项", "…, which would be a real plus".
_PREFERENCE_LEADS: Final = ("that's", "that is", "that would be", "this is", "which is", "which would be", "it's",
                            "it is", "it would be", "这将是", "这是", "会是", "将是", "算是", "也是", "是",
                            # "如果你还会日语，那就更好了": the answer to a condition naming the language
                            "那就", "那会", "那将", "那")  # fmt: skip
_CLOSING_PARTICLES: Final = "了啦哦呀"
_ARTICLES: Final = ("a ", "an ", "also ")


def _bare_preference(clause_text: str, term: str) -> bool:
    """Whether ``clause_text`` is nothing but the preference ``term``, maybe after a lead ("that's a huge plus")."""
    # a closing particle says nothing more ("那就更好了", "那就更好啦")
    body = clause_text.strip(_BARE_STRIP).rstrip(_CLOSING_PARTICLES)
    if body == term:
        return True
    for lead in _PREFERENCE_LEADS:
        if body.startswith(lead):
            body = body[len(lead) :].lstrip()
            if body == term:
                return True
            for article in _ARTICLES:
                body = body.removeprefix(article)
            return body == term
    return False


# "英语良好，能阅读英文资料者优先", "中英文发音标准，口语流利者优先考虑": the 者-clause elaborates the language
# ability of the clause before it, and its preference covers both. One that asks something else ("英语读写精通，
# 有英文合同评审经验者优先", "英语四级，能熟练使用Excel者优先") leaves the language required.
_OTHER_REQUIREMENTS: Final = ("经验", "经历", "专业", "experience", "major", "degree")
_ABILITY_WORDS: Final = ("口语", "听说", "读写", "发音", "书写", "阅读", "交流", "外语水平", "语言水平", "外语能力",
                         "书面", "听力", "流利沟通", "沟通流利", "熟练沟通", "笔译", "口译")  # fmt: skip
# The spoken skill a closing preference may raise above a certificate asked (L23).
_SPOKEN_SKILLS: Final = ("口语", "听说", "口头", "会话", "spoken", "speaking", "oral")
# Words that describe an ability without being a level word ("发音标准者优先", "口语地道者优先").
_ABILITY_QUALITIES: Final = ("标准", "地道", "纯正", "清晰", "好")


# A clause stating what the hire does with the language: "英语能用于日常工作沟通", "能以法语处理邮件".
_USE_STATED: Final = ("能用", "能以", "能看懂", "能读", "能阅读", "能说", "能听", "能写", "能处理", "能进行",
                      "可用于", "能够")  # fmt: skip


# Whom the hire would speak the language named before with: a closing preference naming them prefers that ability.
_FOREIGN_GUESTS: Final = ("外宾", "外国客人", "外国客户", "外籍客户", "老外")


def _elaborated_by_next_clause(
    sc: Scan, layout: _Layout, per_clause: dict[int, set[str]], decided: set[int]
) -> set[int]:
    """Clauses naming a language whose next clause, in the same sentence, prefers that same ability."""
    marked = {
        layout.clause(h.start)
        for h in sc.of("lang_preferred")
        if h.term.startswith(("者", "的")) or sc.text[h.start - 1 : h.start] in ("者", "的")
    }
    # The highest plain level word of each clause (a smaller height is higher).
    heights: dict[int, int] = {}
    for h in sc.of("lang_qualifier"):
        qc = layout.clause(h.start)
        heights[qc] = min(heights.get(qc, len(_PLAIN_ORDER)), _height(h.id))
    qualified = set(heights)
    # A certificate asked is no floor of its own: the closing preference covers it too ("英语六级以上，能处理英文合同
    # 者优先", "英语专业或英语六级以上，发音标准者优先": the read rows' reading, 2 of 2). A next clause that names a
    # level or test of its own prefers more than the floor ("英语四级，六级者优先"; "有专八者优先" asks another thing).
    tested = {layout.clause(h.start) for h in sc.of("lang_level")}
    out: set[int] = set()
    for c, codes in per_clause.items():
        nxt = c + 1
        if c in decided or nxt not in marked or nxt in tested:
            continue
        if layout.sentence(layout.clause_start(nxt)) != layout.sentence(layout.clause_start(c)):
            continue
        body = layout.clause_text(nxt)
        if body.startswith("有") or any(w in body for w in _OTHER_REQUIREMENTS):
            continue  # another requirement, not the same ability ("俄语专业或有俄语国家生活经历者优先")
        if any(w in layout.clause_text(c) for w in _USE_STATED) and not any(w in body for w in _USE_STATED):
            # "英语能用于日常工作沟通，口语流利者优先": the clause asks its own use of the language; the closing
            # preference adds a higher level of one skill only.
            continue
        if heights.get(nxt, len(_PLAIN_ORDER)) < heights.get(c, -1):
            # L23: "英语读写良好，口语流利者优先": the clause asks a plain level of its own; the closing preference
            # adds a higher one (the read rows' reading, 4 of 4), not the ask itself.
            continue
        if c in tested and nxt in qualified and any(w in body for w in _SPOKEN_SKILLS):
            # L23 extended: "英语四级以上，口语流利者优先": a certificate asked, then a spoken level word preferred;
            # the preference adds a higher level of speaking, the certificate stays the ask.
            continue
        named_next = per_clause.get(nxt, set())
        same_language = bool(codes & named_next)
        if named_next and not same_language:
            continue  # another language's ability ("日语N2，英语口语流利者优先")
        described = nxt in qualified or any(w in body for w in _ABILITY_QUALITIES)
        if same_language or (described and any(w in body for w in _ABILITY_WORDS)):
            out.add(c)
        elif any(w in body for w in _FOREIGN_GUESTS):
            out.add(c)  # "会简单英语，能接待外宾的优先": using the language with foreigners is that ability
    return out


def _floors_of_a_preference(
    sc: Scan, layout: _Layout, per_clause: dict[int, set[str]], preferred: set[int]
) -> set[int]:
    """Clauses accepting a lower grasp of a language the clause before, in the same sentence, only prefers ("懂俄语
    优先，俄语基础也可以", "会泰语优先，泰语基础也行"): the floor is as preferred as the language (written8 tune 24,
    "会俄语者优先，有俄语基础者亦可"). A preference of a level or test leaves its floor asked (L11: "日语N1优先，N2
    也可以" asks N2)."""
    leveled = {layout.clause(h.start) for h in sc.of("lang_level", "lang_qualifier")}
    out: set[int] = set()
    for c, codes in per_clause.items():
        before = c - 1
        if (
            c in preferred
            or before not in preferred
            or before in leveled
            or not codes <= per_clause.get(before, set())
            or not layout.goes_on(c)
            or not _closes_on(layout.clause_text(c), _EXTRA_OK)
        ):
            continue
        out.add(c)
    return out


def _heading_sections(sc: Scan) -> list[tuple[int, int]]:
    """Spans of the sections under a preference heading that stands on a line of its own."""
    text = sc.text
    spans: list[tuple[int, int]] = []
    for h in sc.of("lang_preferred"):
        line_start = text.rfind("\n", 0, h.start) + 1
        line_end = text.find("\n", h.end)
        if line_end < 0:
            continue  # the last line: nothing under it
        line = text[line_start:line_end].strip()
        heading = _is_heading(line) or (len(line) <= _HEADING_MAX and len(line) <= len(h.term) + 2)
        if not heading and not (line.isascii() and line.replace(h.term, "").strip(" -:&") in _HEADING_NOUNS):
            continue
        end = pos = line_end + 1
        while pos < len(text):
            nxt = text.find("\n", pos)
            nxt = len(text) if nxt < 0 else nxt
            row = text[pos:nxt].strip()
            if not row or _is_heading(row):
                break
            end = nxt
            pos = nxt + 1
        if end > line_end:
            spans.append((line_end, end))
    return spans


def _is_heading(line: str) -> bool:
    """Whether a stripped line reads as a heading: short, ending on a colon or a closing bracket."""
    limit = _ENGLISH_HEADING_MAX if line.isascii() else _HEADING_MAX
    return len(line) <= limit and line.endswith(_HEADING_ENDS)


def _enumerations(text: str) -> list[re.Match[str]]:
    plain = list(_ENUMERATION.finditer(text)) if _may_list_plainly(text) else []
    bracketed = list(_ENUMERATION_BRACKETED.finditer(text)) if _may_list_in_brackets(text) else []
    if not bracketed:
        return plain
    # As one alternation would have found them: a bracketed list hides a plain one that starts inside it.
    plain = [m for m in plain if not any(b.start() <= m.start() < b.end() for b in bracketed)]
    return sorted(plain + bracketed, key=lambda m: m.start())


# What may stand between the last listed language and its 语/文 (_ENUMERATION's lookahead): at most 等 and one of
# 双三多 ("", 等, 双, 三, 多, 等双, 等三, 等多), so the list's last character is one to three characters before the
# 语/文.
_COUNTS: Final = "双三多"
# The characters right before a 语/文 that ends a plain list: a listed name, 等 or a count.
_LIST_ENDS: Final = "".join(_ABBREV) + "等" + _COUNTS
_ABBREV_SEPARATORS: Final = "、/和及与"
_SMALL: Final = "小"  # 小语种
_ANY_ONE: Final = "任一"


def _may_list_plainly(text: str) -> bool:
    """False when ``_ENUMERATION`` cannot match: no 语/文 follows two listed one-character names (the regex,
    trying every such character of the text, costs several times this check)."""
    for word in "语文":
        at = text.find(word)
        while at >= 0:
            q = at
            # "德、法等小语种", "德/法/西任一小语种": the list ends before the kind's 小 and a 任一 before it
            if text[q - 1 : q] == _SMALL:
                q -= 1
                if text[q - 2 : q] == _ANY_ONE:
                    q -= 2
            # Most 语/文 follow none of the characters a list may end with: one test rules them out.
            c = text[q - 1] if q >= 2 else ""
            if c and c in _LIST_ENDS:
                if _list_ends_at(text, q):
                    return True
                if c == "等" or c in _COUNTS:
                    if _list_ends_at(text, q - 1):
                        return True
                    if c != "等" and q >= 2 and text[q - 2] == "等" and _list_ends_at(text, q - 2):
                        return True
            at = text.find(word, at + 1)
    return False


def _list_ends_at(text: str, e: int) -> bool:
    """Whether two listed one-character names, maybe with a separator between them, end right before ``e``."""
    if e < 2 or text[e - 1] not in _ABBREV:
        return False
    before = text[e - 2]
    return before in _ABBREV or (before in _ABBREV_SEPARATORS and e >= 3 and text[e - 3] in _ABBREV)


def _may_list_in_brackets(text: str) -> bool:
    """False when ``_ENUMERATION_BRACKETED`` cannot match: it needs a language word and an opening bracket with a
    listed one-character name right after it (most brackets hold none: the regex, trying every 语 of the text,
    costs many times these finds)."""
    last = len(text) - 1
    for bracket in "(（":  # first: a bracket is found by a fast scan, and most hold no listed name
        at = text.find(bracket)
        while 0 <= at < last:
            if text[at + 1] in _ABBREV:
                return "外语" in text or "语种" in text or "语言" in text
            at = text.find(bracket, at + 1)
    return False


# What a list of nationality words may go on to: "German, French and Italian marketplaces" and "德语、法语市场"
# name markets, as "Italian marketplaces" alone does (a blocker in nlp/data/languages.jsonl); the names before it
# are no language asked either.
_CHAIN_SEPARATORS: Final = (", ", ",", " and ", " or ", " & ", "/", "、", "和", "及", "与")
_MARKET_NOUNS: Final = (
    " markets", " market", " marketplaces", " marketplace", " customers", " buyers", " consumers", " clients",
    " sellers", " brands", " suppliers", " factories", " companies", " partners", " stores", " sites", " shoppers",
    " users", " audiences", "市场", "国家", "地区", "用户", "客户", "买家", "消费者", "站点",
    *(s + n for s in ("-speaking", " speaking") for n in (" markets", " customers", " countries", " buyers", " users",
                                                         " consumers", " regions", " audiences", " world")),
)  # fmt: skip


# "等" for "日语等小语种市场"; 界, 语 for a product's language ("英语界面")
_CHAIN_STARTS: Final = frozenset([*(s[0] for s in _CHAIN_SEPARATORS), "等", "界", "语", "站"])
# An English name used as an adjective of origin before a maker or a product, a few words on: "a Japanese skincare
# brand", "a Chinese electric vehicle maker", "German packaging law" (one word on is a blocker of the data file).
_ORIGIN_NOUNS: Final = frozenset(
    {"brand", "brands", "company", "companies", "group", "maker", "makers", "manufacturer", "manufacturers", "firm",
     "firms", "retailer", "retailers", "distributor", "distributors", "supplier", "suppliers", "factory", "factories",
     "law", "laws", "regulations", "products", "goods", "cars", "vehicles", "market", "markets", "marketplace"}
)  # fmt: skip
_ORIGIN_WORDS_MAX: Final = 3
_NOT_ORIGIN: Final = frozenset({"for", "to", "in", "with", "and", "or", "is", "are", "as", "at", "on", "of", "a", "an",
                                "the", "our", "your", "their", "speaking", "speaker", "speakers", "native", "skills",
                                "language", "level", "fluency", "proficiency", "be"})  # fmt: skip


def _of_origin(text: str, end: int) -> bool:
    """Whether the English language name ending at ``end`` is an adjective of origin ("a Japanese skincare brand")."""
    words = text[end : end + 48].split(maxsplit=_ORIGIN_WORDS_MAX)[:_ORIGIN_WORDS_MAX]
    for word in words:
        bare = word.rstrip(").,;:!?")
        if bare in _ORIGIN_NOUNS:
            return True
        if bare != word or bare in _NOT_ORIGIN or not bare.replace("-", "").isalpha():
            return False
    return False


@lru_cache(maxsize=1)
def _language_names() -> dict[str, tuple[str, ...]]:
    """Every language name of the vocabulary (english, 德语...) by its first character, longest first."""
    names = {
        match_form(a.term)
        for c in taxonomy.language_entries()
        if c.category == "language"
        for a in c.aliases
        if a.term.replace(" ", "").isalpha()
    }
    out: dict[str, list[str]] = {}
    for n in sorted(names, key=len, reverse=True):
        out.setdefault(n[0], []).append(n)
    return {k: tuple(v) for k, v in out.items()}


def _names_a_market(text: str, end: int) -> bool:
    """Whether the language name ending at ``end`` is the first of a list of names that goes on to a market noun."""
    pos = end
    chained = False
    names = _language_names()
    for _ in range(6):
        sep = next((s for s in _CHAIN_SEPARATORS if text.startswith(s, pos)), None)
        if sep is None:
            break
        at = pos + len(sep)
        name = next((n for n in names.get(text[at : at + 1], ()) if text.startswith(n, at)), None)
        if name is None:
            break
        pos = at + len(name)
        chained = True
    if text.startswith("等", pos):  # "德语、日语等小语种市场": the list's last name too
        pos += 1
        pos += next((len(w) for w in _LIST_KINDS if text.startswith(w, pos)), 0)
        return text.startswith(_MARKET_NOUNS, pos)
    # "支持英语、日语、德语界面": a product's interface or version, also after one name ("英语界面")
    if text.startswith(_PRODUCT_NOUNS, pos) or (chained and text.startswith(_MARKET_NOUNS, pos)):
        return True
    # "负责法语站点运营", "德语、法语站": a site named by its language is a market's setting (L16), also after one
    # name; not the site's own messages ("英语站内信").
    return text.startswith(_SITE, pos) and not text.startswith(_NOT_SITE, pos) and text[end - 1] == "语"


_SITE: Final = "站"
_NOT_SITE: Final = ("站内", "站外")


# What a language name may go on to as the language of a product, not of the hire: "支持英语、日语界面", "English
# and Japanese interfaces".
# (Not a version: "负责英文版本的维护", "write the English version" are the hire's writing, L16.)
_PRODUCT_NOUNS: Final = ("界面", "语言包", " interface", " interfaces", " ui")


_LIST_KINDS: Final = ("小语种", "语种", "语言", "语系")


def _mentions(sc: Scan, order_base: int, part: str = "body", whole: str = "") -> list[_Mention]:
    """The language mentions of ``sc``; ``whole``: a text whose stripped form is ``sc``'s (:func:`_gates_present`)."""
    text = sc.text
    named = sc.of("lang_language", "lang_level")
    for h in named:
        if h.kind == "lang_language" and text[h.end : h.end + 1] in _CHAIN_STARTS:
            named = [h for h in named if not (h.kind == "lang_language" and _names_a_market(text, h.end))]
            break
    latin = [h for h in named if h.kind == "lang_language" and h.term.isascii()]  # English names
    if latin:
        origin = {h.start for h in latin if _of_origin(text, h.end)}
        if origin:
            named = [h for h in named if h.start not in origin or h.kind != "lang_language"]
    enumerations = _enumerations(text) if text else []
    if not named and not enumerations:
        return []
    if len(named) > 2:
        named = _bare_grades_resolved(named)
    _language_names()  # built with the first posting naming a language (nlp.extract.prepare's warm-up), not later
    list_commas = _bracketed_list_commas(text, named) if "," in text and _has_bracket(text) else frozenset()
    extra = _stated_items(sc, named) if "、" in text else []
    if len(named) > 1:
        extra += _run_on_items(sc, named)
    layout = _Layout(text, list_commas, items=True, extra=extra)
    clause = layout.clause
    present = _gates_present(text, whole)
    negations: list[int] = []
    aspect_waived: set[int] = set()  # "…即可，不需要口语流利": a clause waiving one skill waives no language
    level_waivers: list[tuple[int, int]] = []  # "不要求英语流利": the waived level is no level asked
    for h in sc.of("lang_negation"):
        if text.startswith("于", h.end):  # 不限于
            continue
        if text[max(0, h.start - 12) : h.start].rstrip().endswith(_OTHER_SUBJECTS):  # 经验不限, 专业不限
            continue
        waived_level = _waives_a_level(text, h, named)
        if waived_level is not None:
            aspect_waived.add(clause(h.start))
            level_waivers.append(waived_level)
        elif _waives_an_aspect(text, h):
            aspect_waived.add(clause(h.start))
        elif _preferring_bracket(sc, h):
            continue  # "(German would be a big plus but is not required)": the bracket's preference speaks
        else:
            negations.append(h.start)
    negated = {clause(p) for p in negations}
    # A clause that is only a waiver waives the language of the clause before it in its sentence ("英语能看懂产品
    # 资料即可，不作硬性要求", "会波兰语者优先，不会也可以"); "英语四级，经验不限" names its own subject.
    named_clauses = {clause(h.start) for h in named}
    waived_before = {
        c - 1
        for c in negated
        if c - 1 in named_clauses
        and c not in named_clauses
        and layout.sentence(layout.clause_start(c)) == layout.sentence(layout.clause_start(c - 1))
        and _bare_waiver(layout.clause_text(c))
    }
    # "DELE B2及以上证书可作为参考，非必须": a waiver after a clause about a certificate, preferring nothing, waives
    # the certificate only (gold rule L1).
    certificate_only = {
        c
        for c in waived_before
        if any(w in layout.clause_text(c) for w in _CERTIFICATE_WORDS)
        and not any(clause(p.start) == c for p in sc.of("lang_preferred"))
    }
    # "粤语佳，非必须", "会德语更好，不强求": a language stated as a plus, then waived, is preferred (L14, L6).
    plus_before = {c for c in waived_before if _closes_on(layout.clause_text(c), _PLUS_ENDS)}
    negated |= waived_before - certificate_only - plus_before
    aspect_waived |= certificate_only
    # A different opening's sentence asks nothing of this job (L4): no condition nor fallback there either.
    other_openings = _other_opening_spans(layout, present)
    conditions, fallbacks = _fallbacks(layout, named_clauses, [h.start for h in named])
    # "会泰语者优先，不会也可以，但需要英语良好": a language asked after the waiver of a preferred one, in its
    # sentence, is what those lacking it need instead: a fallback (L12), with or without "but" ("会日语者优先，不会也
    # 可以，英语要六级").
    if waived_before:
        marked_first = {clause(h.start) for h in sc.of("lang_preferred")}
        for c in waived_before:
            if c in marked_first:
                _add_next_named(layout, c + 2, named_clauses, fallbacks)
            elif c + 2 in named_clauses and layout.goes_on(c + 2) and layout.clause_text(c + 2).startswith(_BUT_LEADS):
                fallbacks.append((layout.clause_start(c + 2), layout.clause_end(c + 2)))
    lacked_before = (
        _lacking_before(layout, named_clauses, fallbacks) if any(w in text for w in _LACK_OF_BEFORE_GATES) else set()
    )
    if _holds(text, present, "基础"):
        conditions += _lacking_accepted(layout)
    if _holds(text, present, "不会") or _holds(text, present, "不懂"):
        lacked_plainly = _lacking_plainly(text)
        conditions += lacked_plainly
        # "会日语者优先；不会日语也行，但英语必须流利": what the sentence asks next is the fallback (L12).
        for start, _ in lacked_plainly:
            _add_next_named(layout, clause(start) + 1, named_clauses, fallbacks)
    if latin and (
        _holds(text, present, "without ")
        or _holds(text, present, " speak ")
        or _holds(text, present, "no ")
        or _holds(text, present, "not a")
    ):
        lacked, instead = _lacking_english(text)
        conditions += lacked
        fallbacks += instead
    if other_openings:
        conditions = [span for span in conditions if not inside(span[0], other_openings)]
        fallbacks = [span for span in fallbacks if not inside(span[0], other_openings)]
        lacked_before = {c for c in lacked_before if not inside(layout.clause_start(c + 1), other_openings)}
    spots = [(clause(h.start), h) for h in named]
    enum_spots = [(clause(m.start()), m) for m in enumerations]
    wanted = {c for c, _ in spots} | {c for c, _ in enum_spots}
    preferred = _preferred_clauses(sc, layout, wanted - negated)
    if preferred and "者" in text:
        preferred -= _floor_certificates_accepted(sc, layout, spots, preferred)
    preferred |= _listed_before(layout, spots, preferred) | plus_before
    carried_majors = _majors_listed_before(layout, spots, preferred)  # majors too, where no 专业 stands
    preferred |= carried_majors
    if _holds(text, present, "如果") or "若" in text or _holds(text, present, "假如"):
        preferred |= _eligible_if(layout, wanted - negated)
    sections = _heading_sections(sc)
    bracketed = _bracketed_preferences(sc, layout, preferred) if preferred and _has_bracket(text) else {}

    def required(c: int, pos: int) -> bool:
        if c in bracketed and not inside(pos, bracketed[c]):
            return not inside(pos, sections)  # the bracket prefers only what it holds
        return c not in preferred and not inside(pos, sections)

    # A qualifier of the condition ("没有小语种基础的…") is no level of the fallback, nor one offered against
    # another level ("native or near-native", "母语或接近母语水平", "TOPIK 5 or native").
    qualifiers = sc.of("lang_qualifier")
    named_starts_at = {h.start: h.end for h in named if h.kind == "lang_language"}
    quals = [
        (clause(h.start), h.start, h.id)
        for h in qualifiers
        if not inside(h.start, conditions)
        and not _level_choice(text, h, qualifiers, named)
        and not (level_waivers and inside(h.start, level_waivers))
        and not (h.id == "basic" and _describes_material(text, h, named_starts_at))
        and not (h.id == "basic" and "、" in text and _heads_other_item(text, h, named_starts_at))
    ]
    codes = _level_codes()
    foreign = foreign_codes()
    named_ends = {h.end: h.id for h in named if h.kind == "lang_language"}
    per_clause: dict[int, set[str]] = {}
    repeated: set[tuple[int, str]] = set()  # named twice in its clause: in every alternative it offers
    test_starts = {h.start for h in named if h.kind == "lang_level"}
    tests = sc.of("lang_level")
    test_clauses = {clause(h.start) for h in tests}
    for c, h in spots:
        if h.kind == "lang_language":
            ids = per_clause.setdefault(c, set())
            # "西班牙语或葡萄牙语（DELE B1以上）", "葡萄牙语或西班牙语（葡语专业八级优先）" name each once: the
            # second name is its test's
            if (
                h.id in ids
                and h.term not in _TEST_NAMES
                and h.end not in test_starts
                # "英语口语流利（英语专业优先）或法语流利": a bracket's name is no second offer
                and text.rfind("(", layout.clause_start(c), h.start) <= text.rfind(")", layout.clause_start(c), h.start)
            ):
                repeated.add((c, h.id))
            ids.add(h.id)
    # In a title a slash offers a choice too ("泰语/越南语客服"); in duties it lists what is used ("西语/葡语撰写").
    choice_words = (*_ALTERNATIVE, "/") if part == "title" else _ALTERNATIVE
    alternatives = {
        c
        for c, ids in per_clause.items()
        if (
            len(ids) > 1
            and (any(w in layout.clause_text(c) for w in choice_words) or _closes_on(layout.clause_text(c), _EITHER_OK))
            and not (part == "title" and any(w in layout.clause_text(c) for w in _BILINGUAL_TITLE))
        )
        or _offered_among_others(layout.clause_text(c))
    }
    slash_listed: dict[int, set[str]] = {}  # "英/日语": the languages a slash list offers, by clause
    if "/" in text:
        if part == "body":
            alternatives |= _slash_choices(text, layout, spots, per_clause)
        for c, m in enum_spots:
            if "/" not in m.group(1):
                continue
            if (
                not any(w in layout.clause_text(c) for w in _BILINGUAL_TITLE)
                if part == "title"
                else _slash_offers(text, layout, c, m.end())
            ):
                alternatives.add(c)
                slash_listed.setdefault(c, set()).update(_ABBREV[ch] for ch in m.group(1) if ch in _ABBREV)
    alternatives |= lacked_before
    # "英语或日语，六级或N2以上", "N2或TOPIK4级以上": certificates of two languages offered in one clause are a
    # choice of languages, as their names would be.
    level_codes: dict[int, set[str]] = {}
    for c, h in spots:
        if h.kind == "lang_level":
            level_codes.setdefault(c, set()).add(codes[h.id])
    alternatives |= {
        c for c, ids in level_codes.items() if len(ids) > 1 and any(w in layout.clause_text(c) for w in _ALTERNATIVE)
    }
    choice_clauses: set[int] = set()  # "任一语种流利即可" after the names: it states their level too
    if "一" in text:
        alternatives |= _examples_of_a_choice(layout, per_clause)
        chosen = _chosen_by_next_clause(layout, per_clause)
        alternatives |= chosen
        choice_clauses = {c + 1 for c in chosen}
    if "或" in text:
        alternatives |= _or_next_clause(layout, per_clause, _OR_NEXT_LEADS)
        if _holds(text, present, "语种") or _holds(text, present, "外语"):
            alternatives |= _or_any_other(text, layout, per_clause)
    if _holds(text, present, "(or "):  # "Japanese (or Korean)": the bracket offers the other
        alternatives |= {c for c, ids in per_clause.items() if len(ids) > 1 and "(or " in layout.clause_text(c)}
    if _holds(text, present, _ENGLISH_OR):
        alternatives |= _certificate_choices(layout, spots, alternatives)
    choices_from = _one_of_choices(text, layout, spots, quals) if _holds(text, present, " of") else []
    list_leads: dict[int, int] = {}
    # "Fluent in German, French and English": the lead-in's level is the list's
    if _holds(text, present, " and ") and "," in text:
        list_leads = {
            c: first
            for c, first in _english_choice_lists(layout, spots, alternatives, joined=True).items()
            if c != first
        }
    if _holds(text, present, _ENGLISH_OR):
        alternatives |= _english_choices(text, spots, per_clause, alternatives)
        choice_leads = _english_choice_lists(layout, spots, alternatives)
        alternatives |= set(choice_leads)
        list_leads.update(choice_leads)
        # after the lists' reading, which an "or" opening a list's last clause is part of
        alternatives |= _or_next_clause(layout, per_clause, ("or ",))
    preferred |= _elaborated_by_next_clause(sc, layout, per_clause, preferred | negated)
    if preferred:
        preferred |= _floors_of_a_preference(sc, layout, per_clause, preferred)
    replaced = _accepted_instead(sc, layout, spots, alternatives)
    alternatives |= replaced
    # "西语或葡语专业优先，DELE B2者优先；英语四级以上也可": a major offered on the line of a fallback, before it, is
    # no mere major (as_major below): the fallback makes the languages it replaces preferred everywhere (guide).
    fallback_lines: dict[int, int] = {}
    for c in replaced:
        line = text.rfind("\n", 0, layout.clause_start(c)) + 1
        fallback_lines[line] = max(c, fallback_lines.get(line, c))
    # "日语或韩语，N2/TOPIK4以上": the next clause of the sentence giving the certificates of the languages offered
    # offers them as the choice did.
    alternatives |= {
        c + 1
        for c in alternatives
        if c + 1 in level_codes
        and layout.sentence(layout.clause_start(c + 1)) == layout.sentence(layout.clause_start(c))
        and level_codes[c + 1] | per_clause.get(c + 1, set()) <= per_clause.get(c, set()) | slash_listed.get(c, set())
    }
    # A next clause that only prefers ("口语流利者优先") sets no level of the required one before it.
    preference_marked = {clause(h.start) for h in sc.of("lang_preferred")}
    # Clauses that set no level of the one before: a preference, a waiver, or one waiving only a skill (it sets none).
    sets_no_level = preference_marked | negated | aspect_waived
    certs: dict[tuple[int, str], set[str]] = {}
    for c, h in spots:
        if h.kind == "lang_level":
            certs.setdefault((c, codes[h.id]), set()).add(h.id)
    # Two certificates offered ("英语专业四级或英语六级", "日语N1/N2"): neither is the level asked.
    # "英语专四、专八均可": either accepted is a choice too (L3, as "A或B").
    certificate_choice = {
        c
        for (c, _), levels in certs.items()
        if len(levels) > 1
        and (
            any(w in _unwidened(layout.clause_text(c)) for w in _CERT_OR)
            or _closes_on(layout.clause_text(c), _EITHER_OK)
        )
    }
    certificate_choice |= {c for c, _ in certs if c not in certificate_choice and _offered_with_another(layout, c, sc)}
    # The next clause opening on "or" after a certificate offered against another alternative: that alternative.
    or_alternatives = {
        c + 1 for c in certificate_choice if layout.goes_on(c + 1) and layout.clause_text(c + 1).startswith(_OR_LEADS)
    }
    # "JLPT N1 (N2 with strong writing also considered)": a lower certificate of the same test accepted in the
    # clause is the floor asked (gold rule L11, as "cet6 优先，cet4 也可以").
    cert_floors = {
        key: min(levels, key=_cert_height)
        for key, levels in certs.items()
        if len(levels) > 1
        and key[0] not in certificate_choice
        and any(w in layout.clause_text(key[0]) for w in _ALSO_ACCEPTED)
    }
    # "JLPT N1, or N2 with strong business writing also considered": the lower certificate accepted in the next
    # clause of the line is the floor of both (L11), when neither clause offers a choice of its own.
    for (c, code), levels in certs.items():
        lower = certs.get((c + 1, code))
        if (
            lower
            and (c, code) not in cert_floors
            and c not in certificate_choice
            and c + 1 not in certificate_choice
            # on the same line, past a comma or a semicolon ("JLPT N1; N2 with strong writing also considered")
            and c + 1 <= len(layout.breaks)
            and "\n" not in text[layout.clause_end(c) : layout.clause_start(c + 1)]
            and any(w in layout.clause_text(c + 1) for w in _ALSO_ACCEPTED)
        ):
            floor = min(lower, key=_cert_height)
            if all(_above_in_same_test(lv, floor) for lv in levels):
                cert_floors[(c, code)] = cert_floors[(c + 1, code)] = floor
    # "英语四级左右", "roughly CET-6 level": a certificate given as an approximate level is no certificate level,
    # like "或同等水平".
    certificate_choice |= {
        c
        for c, h in spots
        if h.kind == "lang_level"
        and (text.startswith(_APPROXIMATE, h.end) or text[max(0, h.start - 16) : h.start].rstrip().endswith(_ABOUT))
    }
    # A whole waiver of a language ("英语不限", "不要求外语": every foreign one) removes what its sentence asks of it,
    # a stated minimum included ("英语不限，能看懂英文即可", gold rule L1), and a minimum stated right after it on its
    # line ("English not required; reading simple English is enough"); a preference there stays preferred.
    waived_in: set[tuple[int, str]] = set()
    if negated:
        starts = [n.start for n in named]
        waived_in = {
            (layout.sentence(h.start), _code_of(h, codes))
            for c, h in spots
            if c in negated and not _but_apart(text, negations, h.start, layout, c, starts)
        }
    if negated and _holds(text, present, "外语"):
        waived_in |= {
            (layout.sentence(layout.clause_start(c)), _FOREIGN) for c in negated if _waives_foreign(layout, c)
        }
    # "英语流利者优先，良好也可": a preferred level with a lower one accepted asks the lower (as L11 reads "cet6 优先，
    # cet4 也可以").
    floors = {
        c
        for c in preference_marked
        if c in per_clause
        and _only_a_level(layout, c + 1, qualifiers)
        and any(w in layout.clause_text(c + 1) for w in _ALSO_ACCEPTED)
    }
    explaining = (
        _explaining_clauses(layout, spots, per_clause, preferred, fallbacks, preference_marked | negated, quals)
        if preferred or fallbacks
        else set()
    )
    named_starts = [h.start for h in named]
    owned = _own_brackets(text, named) if quals and _has_bracket(text) else []
    splits = _level_splits(text, named) if quals and len(named) > 1 else []
    out: list[_Mention] = []
    foreign_major_ends: set[int] = set()  # where a major test of a language other than English ends
    # "印尼语和马来语比较接近": a clause comparing two languages asks neither.
    compared = _comparisons(layout, per_clause) if any(_holds(text, present, w) for w in _COMPARING) else {}
    for i, (cl, h) in enumerate(spots):
        if other_openings and inside(h.start, other_openings):
            continue  # asked for another opening (gold rule L4): no ask of this job, no fallback
        if cl in compared and h.start >= compared[cl]:
            continue
        if (
            h.id == "zh"
            and h.start > 0
            and text[h.start - 1] in _ALL_IN
            and text[h.start - 2 : h.start - 1] != "完"  # "能完全中文沟通": an ask
            and h.term.startswith("中文")
        ):
            continue  # "对接人都在国内，全中文沟通": the setting needs no foreign language, no ask of Chinese
        if inside(h.start, conditions):
            # Named only as what the hire may lack: it has a fallback, so nowhere is it required.
            lacking = _code_of(h, codes)
            out.append(_Mention(lacking, None, False, order_base + i, waived=True))
            continue
        if cl in negated and not _but_apart(text, negations, h.start, layout, cl, named_starts):
            waived_code = _code_of(h, codes)
            out.append(_Mention(waived_code, None, False, order_base + i, waived=True))
            # "会英语更好，但不是必须", "英语不是必须的，但会更好": still preferred, only not required.
            if cl in preference_marked or _preferred_next(
                layout, cl, preference_marked, per_clause, [p.start for p in sc.of("lang_preferred")]
            ):
                kept = h.id if h.kind == "lang_level" else _nearest_qualifier(quals, cl, h.start)
                out.append(_Mention(waived_code, kept, False, order_base + i))
            continue
        if h.kind == "lang_language" and _supplied_by_others(text, h, layout.clause_end(cl)):
            continue  # "英文文案由运营提供": the material of others, not the hire's ability
        if text.find(_TRAINING, h.end, layout.clause_end(cl)) >= 0 and _training_offered(layout.clause_text(cl)):
            continue  # "入职后公司安排西语基础培训": a benefit, not an ask
        if h.kind == "lang_level":
            if h.term in _BARE_MAJOR_TEST and _another_languages_test(
                h, codes[h.id], named_ends, per_clause.get(cl) or _named_before(layout, spots, cl)
            ):
                foreign_major_ends.add(h.end)
                continue  # 俄语专业四级, "西语DELE B2或专四以上": that language's own test, not TEM-4
            if h.term.startswith("tem") and len(text[: h.start].rstrip(" (（")) in foreign_major_ends:
                continue  # "俄语专业四级（TEM-4）": the bracket names the same test of that language
            code = codes[h.id]
            level: str | None = cert_floors.get((cl, code), h.id)
            if cl in certificate_choice:
                # "英语专业四级或英语六级": two certificates offered, neither is the level asked; a plain qualifier
                # of the clause still is (gold rule R36).
                # "JLPT N1 or N2 and fluent English": a level word right before another language is that one's.
                level = _nearest_qualifier(
                    [q for q in quals if not _owned_by_other(text, q[1], named, code)], cl, h.start
                )
        else:
            code = h.id
            if code not in foreign and any(w in layout.clause_text(cl) for w in _MAJOR_WORDS):
                continue
            own = (
                _own_level(text, h, quals, named_ends, bracketed.get(cl, []))
                if h.term.isascii() or _has_bracket(text)
                else _UNSTATED
            )
            if own == _UNSTATED and not h.term.isascii() and text[h.start - 1 : h.start] == "的":
                # "流利的英语和基础的西班牙语": a level word and 的 right before a Chinese name is that name's own.
                levels_kept = {p for _, p, _ in quals}  # not a level waived or offered as a choice
                own = next((q.id for q in qualifiers if q.end == h.start - 1 and q.start in levels_kept), _UNSTATED)
            near = quals
            if own == _UNSTATED and len(named_ends) > 1 and h.term.isascii():
                near = [q for q in quals if q[1] < h.end or not _owned_by_other(text, q[1], named, code)]
            if splits and own == _UNSTATED:
                near = [q for q in near if not any(min(q[1], h.start) < p < max(q[1], h.start) for p in splits)]
            if owned and own == _UNSTATED:
                # "Dutch (even basic) or German": the bracket's level is Dutch's own, not German's.
                mine = [(o, e) for s, o, e in owned if s == h.start]  # a slash pair's bracket is both names' own
                near = [
                    q
                    for q in near
                    if not any(o < q[1] < e and s != h.start for s, o, e in owned) or any(o < q[1] < e for o, e in mine)
                ]
            level = _nearest_qualifier(near, cl, h.start, bracketed.get(cl)) if own == _UNSTATED else own
            if own == _UNSTATED and level is not None and per_clause.get(cl) == {code} and cl not in bracketed:
                # Two plain levels for the clause's one language: the higher ("native-level fluency in Japanese").
                level = min((lv for c, _, lv in quals if c == cl), key=_height)
            if cl in floors:
                level = _nearest_qualifier(quals, cl + 1, h.start) or level
            if level is None and cl in list_leads:  # "Fluency in German, French or Spanish": the list's level
                level = _nearest_qualifier(quals, list_leads[cl], h.start)
            nxt = cl + 1
            # "英语专八或雅思7分以上，发音标准，口语流利": the clauses that go on about the ability set its level;
            # one that waives it ("不需要口语流利") sets none.
            # Two plain levels asked of the one language, the second in a clause going on about it ("英语口语一般，
            # 读写熟练"): the higher.
            while (
                (level is None or (own == _UNSTATED and level in _PLAIN_ORDER))
                and nxt not in sets_no_level
                and (
                    _describes_ability(layout, nxt, per_clause)
                    or _only_a_level(layout, nxt, qualifiers)
                    or nxt in choice_clauses
                    or (level is None and nxt == cl + 1 and _level_line(layout, h, nxt, qualifiers, per_clause))
                    # "俄语专业，专四以上，能熟练听说读写": a clause of nothing but a test goes on about the ability
                    or (level is None and nxt in test_clauses and _only_a_level(layout, nxt, tests))
                    # "日语N1，或在日本留学三年以上，口语流利": the clause offering the other alternative to the
                    # certificate is part of the ask; the clauses after it still go on about the ability (R36)
                    or (level is None and nxt == cl + 1 and nxt in or_alternatives)
                )
            ):
                going_on = _nearest_qualifier(quals, nxt, h.start)
                if level is None or (going_on is not None and _height(going_on) < _height(level)):
                    level = going_on
                nxt += 1
        # "Native English speaker or bilingual English/Spanish": English is asked whichever is taken.
        alternative = cl in alternatives and (cl, h.id) not in repeated
        if enum_spots and not alternative:
            # The last name of a listed choice ("日韩语任一": 韩语) is offered with the list.
            alternative = any(
                c == cl and m.start() <= h.start <= m.end() and any(w in layout.clause_text(cl) for w in _ALTERNATIVE)
                for c, m in enum_spots
            )
        if choices_from and h.kind == "lang_language":
            for start, end, choice_level in choices_from:
                if start < h.start < end:
                    alternative = True
                    level = level or choice_level
                elif alternative and layout.clause(start) == cl and h.start < start:
                    # "fluent English and at least one of: German, French": the choice starts after English,
                    # which the clause asks outright unless it offers it with an "or" of its own.
                    alternative = any(w in text[layout.clause_start(cl) : start] for w in _OR)
        asked = (
            # "JLPT N1 preferred (N2 will be considered)": the floor accepted is asked, whatever prefers the higher
            (required(cl, h.start) or (cl in floors and h.kind == "lang_language") or (cl, code) in cert_floors)
            and not alternative
            and not inside(h.start, fallbacks)
            and not (cl in explaining and code in per_clause.get(cl - 1, ()))
        )
        if (
            asked
            and waived_in
            and level in _MINIMUM_LEVELS
            and _after_a_waiver(layout, waived_in, cl, h.start, code, foreign)
        ):
            continue  # asked nothing after a whole waiver of it (L1); the waiver's own mention waives it
        out.append(
            _Mention(
                code,
                level,
                asked,
                order_base + i,
                alternative,
                part == "title",
                # only a mention not asked may be a major that leaves the duties' mentions asked (_merge)
                # ("阿拉伯语专业或能阅读阿拉伯语者优先" offers the ability too: no mere major)
                as_major=not asked
                and not (
                    fallback_lines and cl <= fallback_lines.get(text.rfind("\n", 0, layout.clause_start(cl)) + 1, -1)
                )
                and (
                    cl in carried_majors
                    or (
                        any(w in layout.clause_text(cl) for w in _DEGREE_WORDS)
                        and not any(w in layout.clause_text(cl) for w in _USE_STATED)
                    )
                ),
                pos=h.start if part == "body" else -1,
            )
        )
    for cl, m in enum_spots:
        if cl in negated or (other_openings and inside(m.start(), other_openings)):
            continue
        # The clause's level is the list's: "英日语流利", "英、日双语流利".
        listed_level = _nearest_qualifier(quals, cl, m.start())
        listed = m.group(1)
        if listed[0] == "西" and text[m.start() - 1 : m.start()] == "巴":
            listed = listed[1:]  # "巴西葡语": 巴西 is the market (Brazil), not Spanish
            if len(listed) < 2:
                continue
        # "德/法/西语任一种", "小语种（德法西意任一）": the list offers a choice, none of its languages is asked.
        offered = any(w in layout.clause_text(cl) for w in _ALTERNATIVE) or (cl in alternatives and "/" in listed)
        # Chinese heads a list it is one of ("中英日三语", "中、英、日三语流利"); the list alone never names it.
        if text[max(0, m.start() - 2) : m.start()].endswith(_CHINESE_HEADS):
            listed = "中" + listed
        for ch in listed:
            listed_code = _ABBREV.get(ch) or ("zh" if ch == "中" else "")
            if listed_code:
                asked = required(cl, m.start()) and not offered
                out.append(
                    _Mention(
                        listed_code,
                        listed_level,
                        asked,
                        order_base + m.start(),
                        offered,
                        pos=m.start() if part == "body" else -1,  # "英阿双语listing维护" in the duties
                    )
                )
    return out


# A slash between two languages in a requirement offers either (gold rule L17: "日/韩语（N2/TOPIK4以上）", "德语/法语
# B2以上": each required false, each its own level); in a duty it lists what is used ("用西语/葡语撰写标题", "处理
# 德国站邮件（德语/英语）" under the duties heading), and Chinese with another is a bilingual ask ("中/英文").
_SLASH_USES: Final = ("用", "撰写", "回复", "处理", "翻译", "负责", "双语", "三语", "bilingual")

# An ad listing one opening per language (L4; separate shifts or desks are no openings: "分开排班").
_SEPARATE_OPENINGS: Final = ("分别招聘", "分开招聘", "各招", "各1名", "各一名", "各2名", "各两名", "两个岗位", "个岗位")


def _bare_grades_resolved(named: list[Hit]) -> list[Hit]:
    """``named`` without the readings of a bare grade ("4级") that another language's test shares: the grade is the
    test of the language named last before it ("韩语TOPIK 5级以上（4级且口语好亦可）；英文能基本沟通": TOPIK 4, not
    CET-4, though 英文 stands within the CET alias's context window)."""
    by_span: dict[tuple[int, int], list[Hit]] = {}
    for h in named:
        if h.kind == "lang_level":
            by_span.setdefault((h.start, h.end), []).append(h)
    shared = [hs for hs in by_span.values() if len({h.id for h in hs}) > 1]
    if not shared:
        return named
    codes = _level_codes()
    dropped: set[int] = set()
    for hs in shared:
        start = hs[0].start
        before = [n for n in named if n.end <= start and not (n.kind == "lang_level" and n.start == start)]
        if not before:
            continue
        last = max(before, key=lambda n: n.end)
        last_code = _code_of(last, codes)
        if any(codes[h.id] == last_code for h in hs):
            dropped |= {id(h) for h in hs if codes[h.id] != last_code}
    return [h for h in named if id(h) not in dropped] if dropped else named


def _slash_offers(text: str, layout: _Layout, c: int, end: int) -> bool:
    """Whether the slash list of clause ``c`` (ending at ``end``) offers a choice: a requirement's, not a duty's."""
    clause_text = layout.clause_text(c)
    if any(w in clause_text for w in _SLASH_USES) or text[end - 1 : end + 1].endswith("中"):
        return False
    if any(w in text for w in _SEPARATE_OPENINGS):
        return False  # "两个岗位分别招聘": one opening per language, each asking its own (L4)
    start = requirements_start(text)
    return start < 0 or layout.clause_start(c) >= start


def _slash_choices(
    text: str, layout: _Layout, spots: list[tuple[int, Hit]], per_clause: dict[int, set[str]]
) -> set[int]:
    """The clauses whose two languages stand on either side of a slash ("日语/韩语", "英语/日语（六级/N2以上）")
    and that offer a choice (:func:`_slash_offers`)."""
    out: set[int] = set()
    last: dict[int, Hit] = {}
    for c, h in spots:
        if h.kind != "lang_language":
            continue
        before = last.get(c)
        last[c] = h
        if (
            before is None
            or c in out
            or before.id == h.id
            or h.term.isascii()  # "Fluent English/Spanish": both, as English ads write it
            or "zh" in per_clause.get(c, ())
            or text[before.end : h.start].strip(" 语文") != "/"
        ):
            continue
        if _slash_offers(text, layout, c, h.end):
            out.add(c)
    return out


# "图片上的英文文案由运营提供", "日文翻译由外部译员负责": a language naming material others supply or handle.
_SUPPLIERS_REACH: Final = 8
_SUPPLY_VERBS: Final = ("提供", "负责", "完成", "撰写", "翻译", "处理", "校对", "准备", "回复")
_KEPT_FOR_IT: Final = "有专人"
_OWN_SUBJECTS: Final = "你您本此该自"
_OWN_OR_END: Final = ("", *_OWN_SUBJECTS)  # a tuple built once (mypyc cannot compile a starred `in` tuple)


_TRAINING: Final = "培训"
_PROVIDERS: Final = ("公司", "提供", "安排", "补贴", "津贴", "入职后", "免费")


def _training_offered(clause_text: str) -> bool:
    """Whether a clause offers training in a language ("入职后公司安排西语基础培训", "提供免费日语培训")."""
    return _TRAINING in clause_text and any(w in clause_text for w in _PROVIDERS)


def _supplied_by_others(text: str, h: Hit, end: int) -> bool:
    """Whether the language named by ``h`` names material that someone else supplies ("英文文案由运营提供")."""
    at = text.find("由", h.end, min(end, h.end + _SUPPLIERS_REACH))
    if at < 0:
        # "日文资料有专人翻译": a person kept for it
        at = text.find(_KEPT_FOR_IT, h.end, min(end, h.end + _SUPPLIERS_REACH))
        if at >= 0:
            at += len(_KEPT_FOR_IT) - 1
    if at < 0 or text[at + 1 : at + 2] in _OWN_OR_END:
        return False
    rest = text[at + 1 : min(end, at + 1 + _SUPPLIERS_REACH)]
    return any(v in rest for v in _SUPPLY_VERBS)


# Language aliases that are the names of its tests: naming one beside the language names it no second time.
_TEST_NAMES: Final = frozenset({"dele", "delf", "dalf", "testdaf", "goethe-zertifikat", "歌德证书"})
_OPENING: Final = "(（"
_CLOSING: Final = ")）"


# What may follow a level word before the "or" of a choice of levels ("native-level or", "母语水平或").
_LEVEL_TAILS: Final = ("-level", " level", "水平", "级", " speaker")
_NEAR_NATIVE: Final = ("near-native", "near native", "接近母语", "近母语", "准母语")
_EQUIVALENT: Final = ("equivalent", "equal", "同等水平", "同等", "相当水平")
_LEVEL_TESTS: Final = ("hsk", "汉语水平考试", "ielts", "toefl", "雅思", "托福", "cet", "tem", "jlpt", "topik", "dele",
                       "delf", "dalf", "testdaf", "goethe", "c1", "c2")  # fmt: skip


# A later offer to those without the level: "Native Spanish speaker …; non-native candidates need DELE C1".
_NOT_NATIVE: Final = ("non-native", "非母语")
# Another way of having the language offered right after the level's "or" ("native or bilingual", "母语或长期在海外
# 生活"); not after the language and its speaker ("Native English speaker or bilingual English/Spanish").
# "意大利语母语水平，或相关专业毕业并在当地生活过2年以上": a major with a stay there is another way (L3).
_OTHER_OFFERS: Final = ("bilingual", "双语", "长期", "海外", "留学", "国外", "在国外", "在海外", "相关专业", "当地",
                        "在当地", "对象国")  # fmt: skip
_NOT_NATIVE_REACH: Final = 120
_SPEAKER_TAILS: Final = (*_LEVEL_TAILS, "者", " speakers")
_TAIL_STARTS: Final = frozenset(t[0] for t in _SPEAKER_TAILS)


def _after_tail(text: str, at: int) -> int:
    """Where a level word or a language name ending at ``at`` ends with its tail ("-level", "水平", "者")."""
    if text[at : at + 1] not in _TAIL_STARTS:
        return at
    for tail in _SPEAKER_TAILS:
        if text.startswith(tail, at):
            return at + len(tail)
    return at


def _bracketed_alternative(text: str, at: int, named: Sequence[Hit]) -> bool:
    """Whether ``at`` stands in a bracket after an "or" of the bracket, offering another way to the language before
    it: "泰语流利（泰国籍、或泰语专业毕业能达到母语水平）"; not another language: "日语N2以上（或英语流利）"."""
    opening = text.rfind("(", max(0, at - _BRACKET_REACH), at)  # the scan's text has ASCII brackets
    if opening < 0:
        return False
    inner = text[opening + 1 : at]
    if not ("或" in inner or " or " in inner) or ")" in inner or "）" in inner:
        return False
    before = [n.id for n in named if n.kind == "lang_language" and n.end <= opening]
    inside_ids = {n.id for n in named if n.kind == "lang_language" and opening < n.start < at}
    return bool(before) and inside_ids <= {before[-1]}


_BRACKET_REACH: Final = 24


# What a basic level word describes when it stands before a language and one of these (gold rule L13): "能处理一般的
# 英文资料", "基础的日文邮件" (the material is basic, not the ability).
_MATERIALS: Final = ("邮件", "资料", "文件", "文档", "单据", "函电", "信函", "表格", "报表", "句子", "模板", "订单",
                     "合同", "说明", "描述", "标题", "评论", "回复")  # fmt: skip


def _describes_material(text: str, h: Hit, language_ends: dict[int, int]) -> bool:
    """Whether the level word ``h`` describes the material in a language right after it ("一般的英文资料"), by the
    starts and ends of the language names (``language_ends``)."""
    at = h.end + 1 if text.startswith("的", h.end) else h.end
    # The level word may describe the task or the material itself, wherever the language stands: "基础信息英文编辑",
    # "英语能支撑基础商务沟通" (L13).
    if text.startswith(_MATERIALS + _TASKS, at):
        return True
    # A Latin word right after it that is no language name is the thing described: "基础Listing", "基础PS".
    if text[at : at + 1].isascii() and text[at : at + 1].isalpha() and at not in language_ends:
        return True
    end = language_ends.get(at)
    return end is not None and text.startswith(_MATERIALS, end)


def _heads_other_item(text: str, h: Hit, language_starts: dict[int, int]) -> bool:
    """Whether the basic level word ``h`` opens an item of a 、 list that names no language: "基础剪辑、小语种（日 /
    德）" (the editing is basic, not the languages: L13)."""
    if h.start and text[h.start - 1] not in "、:：":
        return False
    end = h.end
    while end < len(text) and text[end] not in _LIST_ITEM_ENDS:
        end += 1
    if end == h.end or not (text.startswith("、", end) or text[h.start - 1 : h.start] == "、"):
        return False  # the word alone, or no list
    return not any(h.end <= s < end for s in language_starts)


_LIST_ITEM_ENDS: Final = "、，,。；;\n:：()（）"


# A task or a material a basic level word may describe besides ``_MATERIALS`` (gold rule L13): "基础商务沟通",
# "基础信息", "基础沟通", "简单交流" (no level of the language).
_TASKS: Final = ("信息", "商务", "沟通", "交流")


def _level_choice(text: str, h: Hit, qualifiers: list[Hit], named: Sequence[Hit] = ()) -> bool:
    """Whether the level word ``h`` is one of two levels offered ("native or near-native", "or native Korean
    speaker"), or one of two ways of having the language ("以英文为母语或者长期使用英文": the language named again
    after the "or"): then it is no level asked (gold rule L3)."""
    before = text[max(0, h.start - 24) : h.start].rstrip()
    for word in _EQUIVALENT:  # "(or equivalent proficiency)": the level of the other offer
        if before.endswith(word):
            before = before[: -len(word)].rstrip()
            break
    if before.endswith((" a", " an")):
        before = before[: before.rfind(" ")].rstrip()
    if before.endswith(("或", "或者", " or", "(or", "（or", "(或", "（或")) or before == "or":
        # Not when a language ends right before the "or": "Native English or fluent Japanese" offers two
        # languages, each with its own level.
        return not any(n.kind == "lang_language" and text[n.end : h.start].strip(" ,，") in _OR_WORDS for n in named)
    # "泰语流利（泰国籍、或泰语专业毕业能达到母语水平）": the bracket offers a way to reach the level, not the level
    # asked; "Native Spanish speaker; non-native candidates need DELE C1": the level is one of two offers.
    reach = h.end + _NOT_NATIVE_REACH
    if (
        text.find(_NOT_NATIVE[0], h.end, reach) >= 0
        or text.find(_NOT_NATIVE[1], h.end, reach) >= 0
        or _bracketed_alternative(text, h.start, named)
    ):
        return True
    at = _after_tail(text, h.end)
    # The language and its speaker may stand between the level and the "or": "Native-level German, or C1 …",
    # "泰语母语者，或泰语专业…".
    skipped: Hit | None = None
    for n in named:
        if (
            n.kind == "lang_language"
            and at <= n.start <= at + 1
            and text[at : n.start].strip() not in _OR_WORDS  # not past an "or": "英语母语者或英语专八"
            and not n.term.startswith(_LEVEL_TESTS)
        ):
            at, skipped = _after_tail(text, n.end), n
            break
    if text.startswith((",或", ", or ", "，或"), at):
        at += 1
    if text.startswith((" (", "(", "（"), at):  # "native speaker (or equivalent proficiency)"
        at = text.find("(" if text[at] != "（" else "（", at) + 1
    for word in ("或者", "或", " or ", "or ", "/"):
        if text.startswith(word, at):
            at += len(word)
            after = text[at : at + 16].lstrip()
            # Near-native, another level word, or a test or an equivalent offered instead ("中文母语或HSK 5级以上",
            # "native or bilingual proficiency", "英语为母语或长期在英语国家学习").
            if after.startswith(_NEAR_NATIVE + _EQUIVALENT + _LEVEL_TESTS) or (
                skipped is None and after.startswith(_OTHER_OFFERS)
            ):
                return True
            if word == "/":
                return False
            # A certificate of the same language offered instead: "日语母语或N1", "英语母语或专八".
            own = skipped.id if skipped else _language_before(h, named)
            if own is not None and any(
                n.kind == "lang_level" and at <= n.start <= at + 2 and _code_of(n, _level_codes()) == own for n in named
            ):
                return True
            if skipped:
                # The language named again after the "or": "母语为英语，或在英语国家生活5年以上"; another
                # language with its own level is no second offer: "Native English or fluent Japanese".
                end = first_of(text, _COMMA_MARKS + _SENTENCE_MARKS, at)
                end = at + _NAMED_AGAIN_MAX if end < 0 else min(end, at + _NAMED_AGAIN_MAX)
                # (its name read even where a blocker took it: "在英语国家").
                return text.find(skipped.term, at, end) >= 0
            if any(at <= q.start <= at + 2 for q in qualifiers):
                # Not when another language follows the "or" with its own level: "英语流利或日语母语".
                return not _other_language_next(h, named, at)
            return _named_again(text, h, named, at)
    return False


_OR_WORDS: Final = frozenset({"或", "或者", "or"})


def _language_before(h: Hit, named: Sequence[Hit]) -> str | None:
    """The last language named right before the level word ``h`` (None when none is)."""
    before = [n.id for n in named if n.kind == "lang_language" and 0 <= h.start - n.end <= _NAMED_BEFORE_MAX]
    return before[-1] if before else None


def _other_language_next(h: Hit, named: Sequence[Hit], at: int) -> bool:
    """Whether a language other than the one named right before the level word ``h`` starts right at ``at``."""
    before = _language_before(h, named)
    return before is not None and any(
        n.kind == "lang_language" and at <= n.start <= at + 1 and n.id != before for n in named
    )


_NAMED_BEFORE_MAX: Final = 3  # characters between a language and its level word ("以英文为母语": 为)
_NAMED_AGAIN_MAX: Final = 12


def _named_again(text: str, h: Hit, named: Sequence[Hit], at: int) -> bool:
    """Whether the language named right before the level word ``h`` is named again within a few characters after
    ``at`` (the end of the "or" that follows ``h``), in the same clause: another way of having it is offered."""
    before = _language_before(h, named)
    if before is None:
        return False
    end = first_of(text, _COMMA_MARKS + _SENTENCE_MARKS, at)
    end = at + _NAMED_AGAIN_MAX if end < 0 else min(end, at + _NAMED_AGAIN_MAX)
    return any(n.id == before and at <= n.start < end for n in named if n.kind == "lang_language")


def _own_brackets(text: str, named: list[Hit]) -> list[tuple[int, int, int]]:
    """The brackets right after a language name ("Dutch (even basic)", "英语（流利）"), each as the name's start and
    the bracket's opening and closing: a level they hold is that name's own."""
    out: list[tuple[int, int, int]] = []
    before: Hit | None = None
    for h in named:
        if h.kind != "lang_language":
            continue
        last, before = before, h
        opening = h.end + 1 if text.startswith(" (", h.end) else h.end if text.startswith(_OWN_OPENINGS, h.end) else -1
        if opening < 0:
            continue
        closing = first_of(text, _CLOSING, opening)
        if 0 < closing - opening <= _OWN_BRACKET_MAX:
            out.append((h.start, opening, closing))
            if last is not None and (
                text[last.end : h.start].strip(" 语文") in ("/", "／")
                # "Mandarin & English (both fluent)", "中文和英语（均需流利）": the bracket says it is both names'
                or (
                    text[last.end : h.start].strip(" 语文") in _PAIR_JOINS
                    and text[opening + 1 : closing].lstrip().startswith(_BOTH)
                )
            ):
                out.append((last.start, opening, closing))  # "越南语/泰语（听说流利）": the pair's bracket (L17)
    return out


_PAIR_JOINS: Final = ("&", "and", "和", "与", "及", "、")
_BOTH: Final = ("both", "均", "都", "两者", "皆")


_OWN_OPENINGS: Final = ("(", "（")


def _has_bracket(text: str) -> bool:
    return "(" in text or "（" in text


def _preferring_bracket(sc: Scan, h: Hit) -> bool:
    """Whether the waiver ``h`` stands in a bracket that also prefers ("fluent English (German would be a big plus
    but is not required)"): the bracket only prefers what it holds, and waives nothing outside it."""
    text = sc.text
    opening = last_of(text, _OPENING, h.start, max(0, h.start - 80))
    if opening < 0 or last_of(text, _CLOSING, h.start, opening) >= 0:
        return False
    closing = first_of(text, _CLOSING, h.end)
    if closing < 0:
        return False
    return any(opening < p.start < closing for p in sc.of("lang_preferred"))


def _bracketed_preferences(sc: Scan, layout: _Layout, preferred: set[int]) -> dict[int, list[tuple[int, int]]]:
    """Spans of the brackets holding every preference of a preferred clause: "strong written english (tem-8 or
    a law degree in english preferred)" prefers what the bracket holds, and asks the english before it."""
    text = sc.text
    spans: dict[int, list[tuple[int, int]]] = {}
    loose: set[int] = set()
    for h in sc.of("lang_preferred"):
        c = layout.clause(h.start)
        if c not in preferred or c in loose:
            continue
        start = layout.clause_start(c)
        opening = last_of(text, _OPENING, h.start, start)
        closing = last_of(text, _CLOSING, h.start, start)
        if opening < 0 or closing > opening:
            loose.add(c)
            spans.pop(c, None)
            continue
        end = len(text)
        for b in _CLOSING:
            e = text.find(b, h.end)
            if 0 <= e < end:
                end = e
        if not (text[opening + 1 : h.start] + text[h.end : end]).strip(_LIST_LEFTOVER):
            loose.add(c)  # "italian (a plus)": a bracket holding only the preference prefers what it follows
            spans.pop(c, None)
            continue
        spans.setdefault(c, []).append((opening, end))
    return spans


def _english_choices(
    text: str, spots: list[tuple[int, Hit]], per_clause: dict[int, set[str]], found: set[int]
) -> set[int]:
    """Clauses offering a choice of two of their languages with an English "or" between them."""
    ends: dict[int, tuple[int, int]] = {}
    for c, h in spots:
        if h.kind != "lang_language" or c in found or len(per_clause.get(c, ())) < 2:
            continue
        first, last = ends.get(c, (h.end, h.start))
        ends[c] = (min(first, h.end), max(last, h.start))
    out: set[int] = set()
    for c, (first, last) in ends.items():
        at = text.find(_ENGLISH_OR, first, last)
        while at >= 0:
            # Not one inside a bracket: "fluent spanish (dele c1 or equivalent) and good english".
            if last_of(text, _OPENING, at, first) <= last_of(text, _CLOSING, at, first):
                out.add(c)
                break
            at = text.find(_ENGLISH_OR, at + 1, last)
    return out


def _certificate_choices(layout: _Layout, spots: list[tuple[int, Hit]], found: set[int]) -> set[int]:
    """Clauses offering certificates of two languages with an English "or" ("CET-6 or JLPT N2"): a certificate names
    its language without the name, which the other choices count."""
    codes = _level_codes()
    certified = {c for c, h in spots if h.kind == "lang_level" and c not in found}
    named: dict[int, list[tuple[int, int, str]]] = {}
    for c, h in spots:
        if c in certified:
            named.setdefault(c, []).append((h.start, h.end, _code_of(h, codes)))
    text = layout.text
    out: set[int] = set()
    for c, hits in named.items():
        hits.sort()
        for (_, end, first), (start, _, second) in itertools.pairwise(hits):
            if first == second:
                continue
            between = text[end:start]
            at = between.find(_ENGLISH_OR)
            # An "or" of its own between them, not a widening one ("or above") nor one in brackets ("(CET-6 or
            # similar)").
            pos = end + at
            if (
                at >= 0
                and not between.startswith(_WIDENING, at + 1)
                and last_of(text, _OPENING, pos) <= last_of(text, _CLOSING, pos)
            ):
                out.add(c)
                break
    return out


_ONE_OF: Final = ("one of", "any of", "two of")  # "at least two of: English, Spanish, Portuguese"


def _one_of_choices(
    text: str, layout: _Layout, spots: list[tuple[int, Hit]], quals: list[tuple[int, int, str]]
) -> list[tuple[int, int, str | None]]:
    """Spans offering a choice of the languages they name, from an English "one of" to the end of its sentence
    ("English plus one of: German, French, Italian"), each with the level of the clause that offers it ("fluent in
    English and one of German, French or Spanish")."""
    out: list[tuple[int, int, str | None]] = []
    for word in _ONE_OF:
        p = text.find(word)
        while p >= 0:
            if not (p and text[p - 1].isalpha()):  # not "none of", "many of", "company of"
                sentence = layout.sentence(p)
                breaks = layout.sentence_breaks
                end = breaks[sentence] if sentence < len(breaks) else len(text)
                if sum(1 for _, h in spots if h.kind == "lang_language" and p < h.start < end) > 1:
                    out.append((p, end, _nearest_qualifier(quals, layout.clause(p), p)))
            p = text.find(word, p + 1)
    return out


# What may stand beside the names of the last clause of an English choice list ("French or Spanish", "or Spanish").
_CHOICE_END_WORDS: Final = frozenset({"or", "and/or", "is", "are", "required", "needed"})


def _english_choice_lists(
    layout: _Layout, spots: list[tuple[int, Hit]], alternatives: set[int], joined: bool = False
) -> dict[int, int]:
    """The clauses of English comma lists that end in a choice, each mapped to the list's first clause: "Fluency in
    German, French or Spanish", "German, French, or Spanish" offer one of three, as "French or Spanish" offers one
    of two. The first clause may lead in with words ("Fluency in German") when it names that one language last;
    the last must hold nothing but the names and the "or" (one that prefers, "French or Spanish is a plus", is
    read by :func:`_listed_before`). ``joined``: the lists that end in "and" instead ("Fluent in German, French and
    English"), whose lead-in's level is every name's."""
    names: dict[int, list[Hit]] = {}
    for c, h in spots:
        if h.kind == "lang_language" and h.term.isascii():
            names.setdefault(c, []).append(h)
    out: dict[int, int] = {}
    for c in sorted(names):
        rest = layout.clause_text(c)
        for h in names[c]:
            rest = rest.replace(h.term, " ")
        words = rest.strip(_LIST_LEFTOVER).split()
        if joined:
            if words != ["and"]:
                continue
        else:
            oxford = bool(words) and words[0] in ("or", "and/or")  # "German, French, or Spanish"
            if not _CHOICE_END_WORDS.issuperset(words) or not (oxford or c in alternatives):
                continue
        sentence = layout.sentence(layout.clause_start(c))
        members = [c]
        k = c - 1
        while k in names and layout.sentence(layout.clause_start(k)) == sentence and k not in out:
            body = layout.clause_text(k)
            for h in names[k]:
                body = body.replace(h.term, " ")
            if body.strip(_LIST_LEFTOVER):
                # The list's first clause: a lead-in, then its one language ("Fluency in German").
                if len(names[k]) == 1 and layout.clause_text(k).rstrip(_LIST_LEFTOVER).endswith(names[k][0].term):
                    members.append(k)
                break
            members.append(k)
            k -= 1
        if joined:
            # only a lead-in that governs the list ("Fluent in German, French and English"), not a level word of its
            # first name ("Fluent English, German and French": German and French have none)
            first = layout.clause_text(members[-1]).rstrip(_LIST_LEFTOVER)
            lead = first[: -len(names[members[-1]][0].term)].rstrip()
            if sum(len(names[m]) for m in members) < 3 or not lead.endswith((" in", " of")):
                continue
        if len(members) > 1:
            for m in members:
                out[m] = members[-1]
    return out


_BARE_PREFERENCE_MAX: Final = 6


_BUT: Final = (" but ", "但", "however")


_WAIVER_DASHES: Final = ("——", "--", " – ", " — ")


def _but_apart(text: str, negations: list[int], pos: int, layout: _Layout, clause: int, starts: list[int]) -> bool:
    """Whether a "but" parts the language at ``pos`` from every waiver of its clause: "you don't need a degree but
    need fluent English", "英语流利但日语不要求" waive no English. A waiver after the "but" with no subject of its
    own is still the language's ("Cantonese is a plus but not required"). A clause waived by the next one has no
    waiver of its own to be parted from."""
    start, end = layout.clause_start(clause), layout.clause_end(clause)
    own = [p for p in negations if start <= p < end]
    if not own:
        return False
    for p in own:
        lo, hi = min(p, pos), max(p, pos)
        if p < pos and any(text.find(d, lo, hi) >= 0 for d in _WAIVER_DASHES):
            continue  # "非必须——团队内部使用英语": the dash goes on to another matter
        but = max((text.rfind(b, lo, hi) for b in _BUT), default=-1)
        if but < 0:
            return False
        if p > pos and not any(but < s < p + _WAIVER_MAX and s != pos for s in starts):
            return False  # the waiver after the "but" names no language of its own
    return True


# "应届生如果懂西班牙语、会PS，也可以投递": a condition that makes more candidates eligible, closed by a clause of
# acceptance, offers the language as an extra (like L15's accepted alternative), not as an ask.
_ELIGIBLE_LEADS: Final = ("如果懂", "如果会", "若懂", "若会", "假如懂", "假如会", "如果您懂", "如果你懂", "如果你会")
_ELIGIBLE_ACCEPTS: Final = ("也可", "也欢迎", "也能", "也行")


def _eligible_if(layout: _Layout, wanted: set[int]) -> set[int]:
    """Clauses of ``wanted`` that name their language in a condition ("如果懂西班牙语") answered, in the next clause
    of the sentence, by an acceptance ("也可以投递", "也欢迎"): the language widens who may apply."""
    out: set[int] = set()
    for c in wanted:
        if not any(w in layout.clause_text(c) for w in _ELIGIBLE_LEADS):
            continue
        nxt = c + 1
        if not layout.goes_on(nxt):
            continue
        if layout.clause_text(nxt).strip(_WAIVER_STRIP).startswith(_ELIGIBLE_ACCEPTS):
            out.add(c)
    return out


def _preferred_next(
    layout: _Layout, clause: int, marked: set[int], per_clause: dict[int, set[str]], preferences: list[int]
) -> bool:
    """Whether the next clause of ``clause``'s sentence only prefers, in a few words naming nothing else ("但会更好",
    "会的优先", not "有亚马逊经验者优先"), or opens on "but" and the preference ("but helpful for working with our
    HQ", not "but Shopee experience is a plus")."""
    nxt = clause + 1
    if (
        nxt not in marked
        or nxt in per_clause
        or layout.sentence(layout.clause_start(nxt)) != layout.sentence(layout.clause_start(clause))
    ):
        return False
    body = layout.clause_text(nxt).strip(_WAIVER_STRIP)
    if len(body) <= _BARE_PREFERENCE_MAX:
        return True
    start = layout.clause_start(nxt)
    if not body.lower().startswith(_BUT_LEADS):
        # "Mandarin: not a must, nice to have": an English clause opening on the preference, as after "but".
        opening = layout.text.find(body[:1], start)
        return body.isascii() and any(
            opening <= p <= opening + _ARTICLE_MAX and not any(w in body for w in _OTHER_REQUIREMENTS)
            for p in preferences
        )
    most = _BUT_PREFERENCE_MAX if body.isascii() else _BUT_PREFERENCE_MAX_ZH
    return any(
        0 <= p - start <= most and not any(w in layout.text[start:p] for w in _OTHER_REQUIREMENTS) for p in preferences
    )


# "…is not required, but a plus", "不要求，但会更好": the "but" and a few words before the preference.
_BUT_LEADS: Final = ("but ", "但", "however", "though")
_BUT_PREFERENCE_MAX: Final = 16
_BUT_PREFERENCE_MAX_ZH: Final = 6
_ARTICLE_MAX: Final = 3  # "an advantage", "a real asset": an article before the preference opening a clause


# A clause accepting another language instead of the one asked just before it: "印尼语流利；会马来语者也可",
# "西语读写，不会的英语好也可以考虑".
_ACCEPTED_TOO: Final = ("者也可", "者亦可")
# The same said of the other language itself, which is then no more asked than the first ("不会的英语好也可以考虑");
# said of a lower level of the same language ("N1优先，N2也可以考虑") it offers no other language.
_ALSO_OK: Final = ("也可", "也行")  # "英语好也可以考虑", "英语流利也行"
_ALSO_OK_TAIL: Final = 3  # what may close the clause after 也可: "以", "以考虑", "考虑"


def _accepted_instead(
    sc: Scan, layout: _Layout, spots: list[tuple[int, Hit]], alternatives: set[int] | frozenset[int] = frozenset()
) -> set[int]:
    """Clauses asking a language for which a later clause of the same line accepts another one instead ("印尼语流利，
    能够书面交流无障碍；会马来语者也可"): the two are alternatives, neither one required (as a fallback is)."""
    text = layout.text
    accepting = [h.start for h in sc.of("lang_preferred") if h.term.startswith(_ACCEPTED_TOO)]
    # "英语OK也可以", "英语四级以上也可", "不会的英语好也可以考虑": every clause closing on 也可 (the first one found
    # may be "应届生也可").
    considered = []
    for also_ok in _ALSO_OK:
        at = text.find(also_ok)
        while at >= 0:
            c = layout.clause(at)
            if (
                # a bracket after it explains ("马来语也可以（和印尼语接近）")
                len(
                    re.split("[(（]", text[at + len(also_ok) : layout.clause_end(c)], maxsplit=1)[0].strip(
                        _WAIVER_STRIP
                    )
                )
                <= _ALSO_OK_TAIL
                and "不" not in text[max(layout.clause_start(c), at - 3) : at]  # "日语不会也可以" waives
            ):
                considered.append(at)
            at = text.find(also_ok, at + 1)
    if not accepting and not considered:
        return set()
    codes = _level_codes()
    by_clause: dict[int, set[str]] = {}
    for c, h in spots:
        by_clause.setdefault(c, set()).add(_code_of(h, codes))
    out: set[int] = set()
    for pos in accepting + considered:
        c = layout.clause(pos)
        # what the clause names before its 也可 ("马来语也可以（印尼语和马来语比较接近）": Malay)
        offered = {_code_of(h, codes) for k, h in spots if k == c and h.start < pos}
        if not offered:
            continue
        line_start = text.rfind("\n", 0, pos) + 1
        before = [k for k in by_clause if k < c and layout.clause_start(k) >= line_start]
        if not before and pos in considered and _opens_line(text, line_start, layout.clause_start(c)):
            # "2. 越南语或印尼语至少一门\n3. 马来语也可以": a line opening on the language it accepts speaks of the
            # line before, when that one offers a choice.
            prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            before = [k for k in alternatives if k < c and layout.clause_start(k) >= prev_start and k in by_clause]
        if before and not by_clause[max(before)] & offered:
            out.add(max(before))
            if pos in considered:
                out.add(c)
    return out


def _opens_line(text: str, line_start: int, clause_start: int) -> bool:
    """Whether the clause at ``clause_start`` opens its line (a list number aside)."""
    return clause_start <= line_start or not text[line_start:clause_start].strip(_LIST_LEFTOVER)


# A sentence about a different opening of the employer (gold rule L4): "If you don't speak Japanese but your English
# is strong, please still apply: we are also hiring for our US team and will consider you there". Its languages are
# asked for that opening, not this one.
_OTHER_OPENINGS: Final = ("also hiring", "also hire for", "also recruiting", "consider you for", "consider you there",
                          "consider you in our",
                          "考虑其他岗位", "推荐其他岗位", "推荐到其他", "推荐至其他", "调剂到其他",
                          "安排其他岗位")  # fmt: skip


# A sentence naming the languages the team already covers ("The team covers English, German and Japanese, with native
# agents for each language", "团队覆盖英、德、法三语"): no ask of the hire, as a different opening's is not.
# The employer's own team only: a partner's team that "speaks little English" is why the hire needs Polish.
_TEAM_LANGUAGES: Final = ("team covers", "team already covers", "our team speaks", "our team already speaks",
                          "our team members speak", "团队覆盖", "团队已覆盖")  # fmt: skip
# Whether a text holds any of the words above.
_OTHER_OPENING_WORDS: Final = re.compile("|".join(re.escape(w) for w in _OTHER_OPENINGS + _TEAM_LANGUAGES))


# A pointer to another opening of the employer (gold rule L4): "不会日语的可投递我司美国站运营岗", "英语好的同学可以关注
# 我们的欧美站岗位", "Not a Korean speaker? See our English customer service openings". A verb of applying or looking,
# then within a few words an opening that is not this one (本岗位, 该职位, this role are this one).
_REDIRECT_ZH: Final = re.compile(
    r"(?:投递|关注|应聘|申请|看看|留意|报名)([^，,。；;！!？?\n]{0,16}?)(?:岗位|职位|岗|团队)"
)
_REDIRECT_EN: Final = re.compile(
    r"\b(?:apply (?:for|to)|see|check out|look at|have a look at)( (?:our|one of our|the|other)\b[^.;!?\n]{0,40}?)"
    r"\b(?:roles?|openings?|positions?|vacancies|vacancy|teams?|jobs?)\b"
)
_REDIRECT_VERBS_ZH: Final = ("投递", "关注", "应聘", "申请", "看看", "留意", "报名")  # the regex runs only where one is
# Another opening offered to those who lack the language ("不会西语但英语流利的，可以先做美区英文主播", "不会俄语但英语
# 好的可以做中东市场业务员岗位"): a verb of doing, then within a few words a job noun. Read only after a lack word.
_REDIRECT_DO_ZH: Final = re.compile(
    r"(?:可以先做|可以做|可先做|可做|先做|转做|安排做|可以考虑|可考虑)([^，,。；;！!？?\n]{0,16}?)"
    r"(?:岗位|职位|岗|团队|主播|业务员|客服|运营|专员|助理)"
)
_REDIRECT_DO_GATES: Final = ("做", "考虑")  # "不会日语的同学可以考虑美国站岗位" points to another opening too
_REDIRECT_VERBS_EN: Final = ("apply ", "see ", "check out", "look at")
_THIS_OPENING: Final = ("本", "该", "此", "这个", "this ", "the same")
# A lack of a language that leads to the pointer ("不会日语的", "No Japanese?", "Not a Korean speaker?"): the pointer's
# sentence, and a question before it, speak of the other opening from there on.
_LACK_WORDS: Final = ("不会", "不懂", "没有", "不具备", "don't", "do not", "not a ", "no ", "without", "can't",
                      "cannot")  # fmt: skip


def _other_opening_spans(layout: _Layout, present: set[str] | None = None) -> list[tuple[int, int]]:
    """The spans of ``layout`` that speak of a different opening (:data:`_OTHER_OPENINGS`, a pointer to one) or of
    the languages the team covers (:data:`_TEAM_LANGUAGES`): whole sentences for the phrases; for a pointer its
    clause, or from the sentence's start (or a question right before it) when a lack of a language leads to it.
    ``present``: the gate words the text holds (:func:`_gates_present`), None when unknown."""
    text = layout.text
    out: list[tuple[int, int]] = []
    if (
        _OTHER_OPENING_WORDS.search(text) is not None
        if present is None
        else not present.isdisjoint(_OTHER_OPENING_SET)
    ):
        # the shared pass's words when the text had one; else one search in the regex engine, a quarter of the
        # cost of a find-loop per word
        for word in _OTHER_OPENINGS + _TEAM_LANGUAGES:
            for at in starts_of(text, word):
                out.append(_sentence_span(layout, layout.sentence(at)))
    pointers: list[re.Match[str]] = []
    if any(w in text for w in _REDIRECT_VERBS_ZH) if present is None else not present.isdisjoint(_REDIRECT_ZH_SET):
        pointers += _REDIRECT_ZH.finditer(text)
    if any(w in text for w in _REDIRECT_VERBS_EN) if present is None else not present.isdisjoint(_REDIRECT_EN_SET):
        pointers += _REDIRECT_EN.finditer(text)
    done: list[re.Match[str]] = []
    # the lack first: a set lookup when the shared pass's words are known ("做" is in most texts)
    if (any(w in text for w in _LACK_WORDS) if present is None else not present.isdisjoint(_LACK_SET)) and any(
        g in text for g in _REDIRECT_DO_GATES
    ):
        for m in _REDIRECT_DO_ZH.finditer(text):
            start, _ = _sentence_span(layout, layout.sentence(m.start()))
            if any(w in text[start : m.start()] for w in _LACK_WORDS):
                done.append(m)
    pointers += done
    for m in pointers:
        if any(w in m.group(1) for w in _THIS_OPENING) or "简历" in m.group(1):
            continue  # this opening, or where to send the résumé ("投递简历至运营岗位邮箱")
        sentence = layout.sentence(m.start())
        start, end = _sentence_span(layout, sentence)
        lead = text[start : m.start()]
        if not any(w in lead for w in _LACK_WORDS):
            before = _sentence_span(layout, sentence - 1) if sentence else (0, 0)
            question = text[before[0] : before[1] + 1].strip()
            if sentence and question.endswith(("?", "？")) and any(w in question for w in _LACK_WORDS):
                start = before[0]
            else:
                start = layout.clause_start(layout.clause(m.start()))
        out.append((start, end))
    return out


# The words whose presence in a description gates a rule of :func:`_mentions` (a substring test each, ~850
# instructions over an 800-character text where the word is not) or of :func:`_other_opening_spans` (a regex
# search over the whole text, ~13,000; the lack words, eleven substring tests): nlp/word_pass.py finds them in the
# description's shared pass, so each test is a set lookup. Distinct; no single characters (一, 或, 若, 的 are in
# most texts, and a substring test finds them at once), none holding a line break.
_GATE_WORDS: Final = tuple(
    dict.fromkeys((
        "基础", "不会", "不懂", "without ", " speak ", "no ", "not a", "如果", "假如", "语种", "外语", "(or ",
        _ENGLISH_OR, " of", " and ", *_COMPARING, *_OTHER_OPENINGS, *_TEAM_LANGUAGES, *_REDIRECT_VERBS_ZH,
        *_REDIRECT_VERBS_EN, *_LACK_WORDS,
    ))
)  # fmt: skip
_LACK_SET: Final = frozenset(_LACK_WORDS)
_OTHER_OPENING_SET: Final = frozenset(_OTHER_OPENINGS + _TEAM_LANGUAGES)
_REDIRECT_ZH_SET: Final = frozenset(_REDIRECT_VERBS_ZH)
_REDIRECT_EN_SET: Final = frozenset(_REDIRECT_VERBS_EN)


def gate_words() -> tuple[str, ...]:
    """The words nlp/word_pass.py looks for on behalf of :func:`_mentions` (their ranks index this tuple)."""
    return _GATE_WORDS


def _gates_present(text: str, whole: str = "") -> set[str] | None:
    """The gate words ``text`` holds, from the shared pass when one passed over it (the description, its own
    text), else None: a title or a tag is not passed over for this, its few substring tests cost less.

    ``whole``: a text that ``text`` is the stripped form of (the own text before :func:`nlp.sections.own_scan`
    strips it, which nlp/word_pass.py holds as cut from the description): its occurrences wholly inside the
    stripped part are ``text``'s, so a cut description too gets set lookups, not substring tests."""
    found = word_pass.cached(text)
    if found is not None:
        return {_GATE_WORDS[rank] for _, rank, _ in found[word_pass.LANGUAGE_GATES]}
    if not whole:
        return None
    found = word_pass.cached(whole)
    if found is None:
        return None
    lead = len(whole) - len(whole.lstrip())
    end = lead + len(text)
    if not whole.startswith(text, lead):
        return None  # not its stripped form: nothing known
    # A gate word may hold a space ("no ", " of"): one reaching into the stripped whitespace is not in ``text``.
    return {_GATE_WORDS[rank] for start, rank, stop in found[word_pass.LANGUAGE_GATES] if start >= lead and stop <= end}


def _holds(text: str, present: set[str] | None, word: str) -> bool:
    """``word in text``, a set lookup when the gate words present are known (``word`` one of :data:`_GATE_WORDS`)."""
    return word in text if present is None else word in present


def _sentence_span(layout: _Layout, sentence: int) -> tuple[int, int]:
    """The start and end of sentence number ``sentence`` of ``layout``."""
    breaks = layout.sentence_breaks
    start = breaks[sentence - 1] + 1 if sentence else 0
    end = breaks[sentence] if sentence < len(breaks) else len(layout.text)
    return start, end


# What makes a clause ask something of its own: "会日语者优先，需用日语回复邮件" still asks Japanese.
_DEMANDS: Final = ("需", "须", "必", "要求", "must", "required", "need", "have to")
_REASON_LEADS: Final = ("部分", "有时", "偶尔", "少量", "个别", "因为", "由于", "客户", "sometimes", "occasionally",
                        "because", "our ", "some of")  # fmt: skip


def _explaining_clauses(
    layout: _Layout,
    spots: list[tuple[int, Hit]],
    per_clause: dict[int, set[str]],
    preferred: set[int],
    fallbacks: list[tuple[int, int]],
    marked: set[int],
    quals: list[tuple[int, int, str]],
) -> set[int]:
    """Clauses that go on about what the clause before them only prefers or accepts instead, naming the same
    language again and asking nothing of their own: "英语能进行日常对话者优先，方便覆盖英语观众", "有德语B1水平者
    优先，能审核德语Listing", "不会日语但英语好的也可以考虑，客户方有英文窗口". The language is as unasked there."""
    fallback_clauses = {layout.clause(start) for start, _ in fallbacks}
    unasked = preferred | fallback_clauses
    levelled = {c for c, h in spots if h.kind == "lang_level"} | {c for c, _, _ in quals}
    out: set[int] = set()
    for c in sorted(per_clause):
        before = c - 1
        if (
            c in unasked
            or c in marked
            or c in levelled
            or (before not in unasked and before not in out)
            or not per_clause[c] & per_clause.get(before, set())
            or not layout.goes_on(c)
        ):
            continue
        if before in preferred and any(w in layout.clause_text(before) for w in _DEGREE_WORDS):
            continue  # "英语专业优先，英文邮件写作地道": a preferred major; what follows is an ask of its own
        body = layout.clause_text(c)
        if (body.startswith(_OR_LEADS) and any(w in body for w in _USE_STATED)) or _closes_on(body, _ENOUGH):
            # "法语专四者优先，或能用法语处理日常邮件", "英文流利者优先，能阅读英文资料即可": the minimum, asked
            continue
        demand = min((at for at in (body.find(w) for w in _DEMANDS) if at >= 0), default=-1)
        # A demand of the customers or the occasion explains the preference ("会英语者更好，部分欧美客户验厂需要
        # 英语沟通", "a plus — our ops team uses English"); one of the hire's own asks it.
        if demand >= 0 and not any(0 <= body.find(w) < demand for w in _REASON_LEADS):
            continue
        out.add(c)
    return out


def _fallbacks(
    layout: _Layout, named_clauses: set[int], starts: Sequence[int]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of conditions naming a language the hire may lack, and spans of what is asked instead (:data:`_FALLBACK`,
    and the other wordings after it, which count only where a language of ``starts`` is asked instead). The fallback
    is the rest of the condition's clause, or the next clause of its sentence (or after its question) when nothing
    follows."""
    conditions: list[tuple[int, int]] = []
    fallbacks: list[tuple[int, int]] = []
    text = layout.text
    for c in sorted(named_clauses | {c - 1 for c in named_clauses if c}):
        start, end = layout.clause_start(c), layout.clause_end(c)
        m = _FALLBACK.search(text, start, end)
        if m is not None and "语" not in m.group(1) and not any(m.start(1) <= p < m.end(1) for p in starts):
            m = None  # "不具备文案能力的…": 文 of no language (日文, 英文 name one)
        lead = text[start : m.start()].strip(_FALLBACK_LEAD) if m is not None else ""
        other_words = bool(lead)
        if m is None or (lead and lead not in _CONDITION_LEADS):
            if c not in named_clauses:
                continue
            m = _other_fallback_condition(text, start, end, starts)
            if m is None:
                continue
            other_words = True
        rest = (m.end(), end)
        if not text[m.end() : end].strip(_FALLBACK_LEAD + "的者"):
            question = text.startswith(_QUESTION_TUPLE, end)
            if c + 1 > len(layout.breaks) or (layout.sentence(end) != layout.sentence(end + 1) and not question):
                continue
            rest = (end + 1, layout.clause_end(c + 1))
        if any(w in text[rest[0] : rest[1]] for w in _REFUSALS):
            continue
        if other_words and not any(rest[0] <= p < rest[1] for p in starts):
            continue  # "如果不会日语，可以先做助理": no language asked instead, no fallback
        conditions.append((m.start(), m.end()))
        fallbacks.append(rest)
    return conditions, fallbacks


def _other_fallback_condition(text: str, start: int, end: int, starts: Sequence[int]) -> re.Match[str] | None:
    """The condition of the clause ``start``-``end`` in the other wordings (:data:`_FALLBACK_CLAUSE`, closing the
    clause after an "if" or none; :data:`_FALLBACK_AFTER`, naming the language first, one of ``starts``), or None."""
    body = text[start:end]
    lead_len = len(body) - len(body.lstrip(_FALLBACK_LEAD))
    m = _FALLBACK_AFTER.match(text, start + lead_len, end)
    if m is not None and any(m.start(1) <= p < m.end(1) for p in starts):
        return m
    m = _FALLBACK_CLAUSE.search(text, start, end)
    if m is None or text[m.end() : end].strip(_FALLBACK_LEAD):
        return None
    if "语" not in m.group(1) and not any(m.start(1) <= p < m.end(1) for p in starts):
        return None
    lead = text[start : m.start()].strip(_FALLBACK_LEAD)
    return m if not lead or lead in _CONDITION_LEADS else None


# A clause opening on the lack of the language of the clause before ("会日语最好，不会的话英语要好", "需懂日语，没有的
# 话需英语流利"): what it asks is a fallback, and the language lacked has one (the fallback rule, L12).
_LACK_OF_BEFORE: Final = ("不会的话", "不懂的话", "没有的话", "不会的", "不懂的", "没有的", "否则", "不然", "if not",
                          "otherwise", "failing that")  # fmt: skip
# Whether a text may hold one of them (the words of the gate below: each lead holds one).
_LACK_OF_BEFORE_GATES: Final = ("的", "否则", "不然", "不会", "if not", "otherwise", "failing that")


def _add_next_named(layout: _Layout, c: int, named_clauses: set[int], fallbacks: list[tuple[int, int]]) -> None:
    """Add to ``fallbacks`` the span of the first clause from ``c`` on that names a language, in the sentence of the
    clause before ``c``."""
    while layout.goes_on(c):
        if c in named_clauses:
            fallbacks.append((layout.clause_start(c), layout.clause_end(c)))
            return
        c += 1


def _lacking_before(layout: _Layout, named_clauses: set[int], fallbacks: list[tuple[int, int]]) -> set[int]:
    """The clauses whose language a next clause opening on :data:`_LACK_OF_BEFORE` gives a fallback (asked, but not
    required); the span of that next clause, or of the one after it when it names no language ("Japanese is a plus;
    if not, fluent English is required"), is added to ``fallbacks``. The lacked one may end the sentence before, on
    the same line."""
    out: set[int] = set()
    text = layout.text
    for c in {c + 1 for c in named_clauses if c < len(layout.breaks)}:
        body = layout.clause_text(c).lstrip(_FALLBACK_LEAD)
        if not body.lower().startswith(_LACK_OF_BEFORE) or any(w in body for w in _REFUSALS):
            continue
        if not layout.goes_on(c) and "\n" in text[layout.clause_end(c - 1) : layout.clause_start(c)]:
            continue
        given = c if c in named_clauses else c + 1
        if given not in named_clauses or (given != c and not layout.goes_on(given)):
            continue
        out.add(c - 1)
        fallbacks.append((layout.clause_start(given), layout.clause_end(given)))
    return out


def _examples_of_a_choice(layout: _Layout, per_clause: dict[int, set[str]]) -> set[int]:
    """The clauses giving examples (:data:`_EXAMPLE_LEADS`) of a choice (:data:`_CHOICE`) the clause before states
    without names ("至少精通一门外语，如英语、德语"): the examples are alternatives, none asked on its own (as in
    "精通一门外语（如英语、日语）")."""
    # "熟练掌握以下任一语言：\n德语、法语、西班牙语": a choice closing on a colon lists its languages after it, on
    # its line or the next.
    return {
        c
        for c in per_clause
        if c - 1 not in per_clause
        and c > 0
        and any(w in layout.clause_text(c - 1) for w in _CHOICE)
        and (
            (layout.goes_on(c) and layout.clause_text(c).startswith(_EXAMPLE_LEADS))
            or (len(per_clause[c]) > 1 and layout.clause_text(c - 1).rstrip().endswith((":", "：")))
        )
    }


def _chosen_by_next_clause(layout: _Layout, per_clause: dict[int, set[str]]) -> set[int]:
    """The clauses naming several languages that the next clause of their sentence, naming none, offers as a choice
    (:data:`_CHOICE`): "日语、韩语、泰语，任一语种流利即可" asks none of them alone (each required false)."""
    return {
        c
        for c, ids in per_clause.items()
        if len(ids) > 1
        and c + 1 not in per_clause
        and layout.goes_on(c + 1)
        and any(w in layout.clause_text(c + 1) for w in _CHOICE)
    }


_OR_NEXT_LEADS: Final = ("或者", "或")
_ENOUGH: Final = ("即可", "就行", "就可以", "就好")


def _or_next_clause(layout: _Layout, per_clause: dict[int, set[str]], leads: tuple[str, ...]) -> set[int]:
    """Clauses offering two languages across a comma ("日语N2以上，或英语六级以上"): a clause opening on "or" that
    names a language the clause before it does not, and that clause (alternatives, L6); the same language again
    ("日语N1，或日语一级同等水平") offers another way of having it, which the certificate rules read."""
    out: set[int] = set()
    for c, ids in per_clause.items():
        before = per_clause.get(c - 1)
        if (
            before
            and ids - before
            and layout.goes_on(c)
            and layout.clause_text(c).lstrip(_FALLBACK_LEAD).startswith(leads)
        ):
            out |= {c - 1, c}
    return out


# Unnamed languages an "or" may offer against the named ones: "英语或小语种流利", "英语六级以上，或小语种B2以上".
_ANY_OTHER: Final = ("小语种", "其他小语种", "其它小语种", "其他语种", "其它语种", "其他外语", "其它外语")
_ANY_OTHER_LEADS: Final = ("或", "或者", "或任一", "或任意", "或者任一", "或一门")


def _or_any_other(text: str, layout: _Layout, per_clause: dict[int, set[str]]) -> set[int]:
    """Clauses whose languages an "or" offers against unnamed ones (:data:`_ANY_OTHER`), in the clause or in a later
    clause of the sentence opening on it: "英语或小语种流利", "英语六级以上，或小语种B2、N1及以上" ask no named
    language on its own (each required false, like "A或B", L6)."""
    out: set[int] = set()
    for word in _ANY_OTHER:
        at = text.find(word)
        while at >= 0:
            if text[max(0, at - 4) : at].endswith(_ANY_OTHER_LEADS):
                c = layout.clause(at)
                if c in per_clause:
                    out.add(c)
                elif text[layout.clause_start(c) : at].strip() in _ANY_OTHER_LEADS:  # the "or" opens the clause
                    out.add(c)  # a test it names ("或小语种B2、N1及以上": JLPT N1) is one of the offers too
                    b = c - 1
                    while b >= 0 and layout.goes_on(b + 1):
                        if b in per_clause:
                            out.add(b)
                        b -= 1
            at = text.find(word, at + len(word))
    return out


# "无阿语基础也可", "没有日语基础也可以", "日语零基础也行": lacking the language is accepted, so it is asked nowhere,
# as a language with a fallback is not.
_LACKING_ACCEPTED: Final = ("基础也可", "基础亦可", "基础也行", "基础也没关系", "基础也欢迎", "基础均可")
_LACKING: Final = ("没有", "无", "零", "不需要", "不用")
_LACKING_SPAN: Final = 10
_LANGUAGE_NAME_MAX: Final = 5


def _lacking_accepted(layout: _Layout) -> list[tuple[int, int]]:
    """Spans saying that a hire lacking the language is accepted (:data:`_LACKING_ACCEPTED`), from the clause's
    start when the language stands right before the lack ("日语零基础也可"), else from the lack word."""
    text = layout.text
    out: list[tuple[int, int]] = []
    for word in _LACKING_ACCEPTED:
        for at in starts_of(text, word):  # none of the words can overlap itself
            start = layout.clause_start(layout.clause(at))
            lead_start = max(start, at - _LACKING_SPAN)
            lack = max(text.rfind(w, lead_start, at) for w in _LACKING)
            if lack >= 0:
                # A language name alone before the lack word is the lacking one ("日语零基础也可").
                short = len(text[start:lack].strip(_FALLBACK_LEAD)) <= _LANGUAGE_NAME_MAX
                out.append((start if short else lack, at + len(word)))
    return out


# "不懂英语也可以", "不会日语的也行": the language of a lack accepted outright, named right after the lack.
_LACKING_PLAIN: Final = ("不会", "不懂")
_ACCEPTED_PLAIN: Final = ("也可", "也行", "也没关系", "亦可")
_LACKED_MAX: Final = 6  # the language name and maybe 的 or 者 ("不会西班牙语的也可以")


# The English condition naming a language the hire may lack: "if you don't speak Arabic, you must …", "Candidates
# without Japanese but with excellent English … will also be considered". The lacked language is required nowhere;
# what the rest of the sentence asks is a fallback (required false), as with 不会X但Y也可.
_LACKING_ENGLISH: Final = re.compile(
    r"(?:if you (?:don't|do not|can't|cannot) speak|(?:candidates|applicants|those|people) (?:without|who lack"
    r"|who don't speak|who do not speak)) ([a-z]+)"
    # "Spanish or Portuguese preferred; if you speak neither, CET-6 English also works": the languages just named.
    r"|if you (?:speak|know|have) (neither|none of (?:them|these|those))\b"
)
# The same asked as a question or opening a sentence: "No Japanese? Fluent English is fine too", "Not a Korean
# speaker? …", "Without Japanese, native-level English will also be considered". Read only where the word is a
# language's name ("No experience? …" lacks no language).
_LACKING_SHORT: Final = re.compile(
    r"(?:^|(?<=[\n.;:!?] )|(?<=[\n.;:!?]))(?:no ([a-z]+)\?|not an? ([a-z]+) speaker\?|without ([a-z]+),)"
)


def _lacking_english(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of English conditions naming a lacked language, and spans of what their sentence (the next one, after
    a question) asks instead."""
    conditions: list[tuple[int, int]] = []
    fallbacks: list[tuple[int, int]] = []
    for m in _LACKING_ENGLISH.finditer(text):
        conditions.append((m.start(), m.end()))
        end = first_of(text, _SENTENCE_MARKS, m.end())
        fallbacks.append((m.end(), len(text) if end < 0 else end))
    if "no " in text or "not a" in text or "without " in text:
        names = _language_names()
        for m in _LACKING_SHORT.finditer(text):
            word = m.group(1) or m.group(2) or m.group(3)
            if word not in names.get(word[0], ()):
                continue
            conditions.append((m.start(), m.end()))
            start = m.end()
            end = first_of(text, _SENTENCE_MARKS, start)
            if text[m.end() - 1] == "?":  # the question's answer is the next sentence
                start = m.end()
                end = first_of(text, _SENTENCE_MARKS, start)
            fallbacks.append((start, len(text) if end < 0 else end))
    return conditions, fallbacks


def _lacking_plainly(text: str) -> list[tuple[int, int]]:
    """Spans saying outright that a hire lacking the language named right after 不会/不懂 is accepted."""
    out: list[tuple[int, int]] = []
    for lack in _LACKING_PLAIN:
        for at in starts_of(text, lack):
            lacked = at + len(lack)
            window = text[lacked : lacked + _LACKED_MAX + 4]
            if window.startswith(("的", "者", "也")):
                continue  # "德语流利，不会的英语好也可以": those lacking the language before; the next is a fallback
            for word in _ACCEPTED_PLAIN:
                e = window.find(word)
                if 0 < e <= _LACKED_MAX and not any(m in window[:e] for m in "，,；;。但"):
                    out.append((at, lacked + e + len(word)))
                    break
    return out


def _listed_before(layout: _Layout, spots: list[tuple[int, Hit]], preferred: set[int]) -> set[int]:
    """Clauses holding nothing but language names that a comma list carries into a preferred clause: in "Spanish,
    French or Arabic is a plus" the comma ends the clause of "Spanish", which is preferred with the rest."""
    names: dict[int, list[Hit]] = {}
    for c, h in spots:
        # English lists only: a Chinese comma list ("英语，日语优先") may as well ask the first and prefer the next.
        if h.kind == "lang_language" and h.term.isascii():
            names.setdefault(c, []).append(h)
    out: set[int] = set()
    for c in sorted(names, reverse=True):  # a longer list carries each name back in turn
        if c in preferred or (c + 1 not in preferred and c + 1 not in out):
            continue
        start = layout.clause_start(c)
        if layout.sentence(start) != layout.sentence(layout.clause_start(c + 1)):
            continue
        rest = layout.clause_text(c)
        for h in names[c]:
            rest = rest.replace(h.term, " ")
        if not rest.strip(_LIST_LEFTOVER) or _leads_a_choice_list(layout, c, names, out):
            out.add(c)
    return out


def _majors_listed_before(layout: _Layout, spots: list[tuple[int, Hit]], preferred: set[int]) -> set[int]:
    """Clauses closing a 、 list of majors on a language name that a comma carries into a preferred clause of
    majors: in "国际贸易、英语，日语、法语专业优先" the comma ends the clause of 英语, a major preferred with the rest
    (a preferred 英语专业 is a preferred en), not an ask of English."""
    last: dict[int, Hit] = {}
    for c, h in spots:
        if h.kind == "lang_language":
            last[c] = h
    out: set[int] = set()
    for c in sorted(last, reverse=True):
        if c in preferred or (c + 1 not in preferred and c + 1 not in out):
            continue
        if layout.sentence(layout.clause_start(c)) != layout.sentence(layout.clause_start(c + 1)):
            continue
        body, after = layout.clause_text(c), layout.clause_text(c + 1)
        if not body.endswith("、" + last[c].term):
            continue
        # The next clause goes on with the list ("、" or a language first) and closes on a preferred major.
        if (c + 1 in out or c + 1 in last) and _closes_on(after, _MAJOR_PREFERRED):
            out.add(c)
    return out


_MAJOR_PREFERRED: Final = ("专业优先", "专业者优先", "专业毕业优先", "相关专业优先", "等专业优先")


# Words that may lead into an English list of languages that a preference closes: "Knowledge of Japanese, Korean or
# Thai is a bonus" prefers all three, as the list without its lead-in does.
_LIST_LEAD_INS: Final = ("knowledge of", "command of", "skills in", "ability to speak", "ability in", "speaking",
                         "speak", "fluency in", "proficiency in", "familiarity with", "understanding of",
                         "experience in", "speakers of")  # fmt: skip


def _leads_a_choice_list(layout: _Layout, c: int, names: dict[int, list[Hit]], listed: set[int]) -> bool:
    """Whether clause ``c`` leads into an English list (:data:`_LIST_LEAD_INS`, then its one language) whose last
    clause, right after the clauses ``listed`` so far, joins two languages with "or" or "and"."""
    body = layout.clause_text(c).rstrip(_LIST_LEFTOVER)
    if len(names[c]) != 1 or not body.endswith(names[c][0].term):
        return False
    lead = body[: -len(names[c][0].term)].strip().lower()
    if not lead.endswith(_LIST_LEAD_INS):
        return False
    last = c + 1
    while last in listed:
        last += 1
    return len(names.get(last, ())) >= 2 and any(w in layout.clause_text(last) for w in (" or ", " and "))


def _waives_foreign(layout: _Layout, c: int) -> bool:
    """Whether the waiving clause ``c`` waives every foreign language: "不要求外语", "外语不限", "对外语没有要求"."""
    clause = layout.clause_text(c)
    at = clause.find("外语")
    return (
        at >= 0
        and not clause.startswith(("水平", "能力", "证书", "口语"), at + 2)
        and not clause[:at].endswith(("第二", "二", "第三", "其他", "其它", "另一门", "别的"))  # 第二外语不限
    )


def _after_a_waiver(
    layout: _Layout, waived_in: set[tuple[int, str]], cl: int, pos: int, code: str, foreign: frozenset[str]
) -> bool:
    """Whether the ask of ``code`` at ``pos`` (clause ``cl``) follows a whole waiver of it: in the waiving sentence,
    or stating a minimum in the next sentence of the waiver's line (gold rule L1)."""
    sentence = layout.sentence(pos)
    if (sentence, code) in waived_in or (code in foreign and (sentence, _FOREIGN) in waived_in):
        return True
    if sentence == 0 or not any(w in layout.clause_text(cl) for w in _MINIMUM_WORDS):
        return False
    before = sentence - 1
    if (before, code) not in waived_in and (code not in foreign or (before, _FOREIGN) not in waived_in):
        return False
    return "\n" not in layout.text[layout.sentence_breaks[before - 1] + 1 if before else 0 : pos].strip()


def _waives_an_aspect(text: str, h: Hit) -> bool:
    """Whether the negation ``h`` waives one skill or certificate named right beside it ("口语不作要求",
    "不强求口语", "speaking is not required")."""
    after = text[h.end : h.end + 8].lstrip(" 的也")
    before = text[max(0, h.start - 10) : h.start].rstrip()
    for word in (" is", " are", "方面", "上"):
        if before.endswith(word):
            before = before[: -len(word)].rstrip()
    if after.startswith(_ASPECTS) or before.endswith(_ASPECTS):
        return True
    # "不需要英语口语", "不要求英文书写": the language's name, then the skill waived.
    if after[2:].startswith(_ASPECTS) and after[1:2] in "语文" and after[:1] in _ABBREV:
        return True
    # An English skill word before the language's name: "spoken English not needed", "written Japanese is optional".
    words = text[max(0, h.start - 28) : h.start].split()[-3:]
    if words[-1:] in (["is"], ["are"]):
        words = words[:-1]
    return len(words) >= 2 and words[-2] in _ENGLISH_ASPECT_WORDS and words[-1].isalpha()


def _waives_a_level(text: str, h: Hit, names: list[Hit]) -> tuple[int, int] | None:
    """Where the negation ``h`` waives only a level named beside it in its clause ("不要求英语流利", "英语不需要很
    流利", "英语流利不作要求", "fluent English is not required"): the language stays asked (gold rule L1), and a level
    word in that span is no level asked."""
    after = _clause_part(text[h.end : h.end + _LEVEL_WAIVED_SPAN])
    before = _clause_part(text[max(0, h.start - 3 * _LEVEL_WAIVED_SPAN) : h.start], last=True)
    if any(w in before for w in _LEVEL_WAIVER_STOPS):
        before = ""  # "精通英语者优先但不强求", "fluent English preferred but not required": the preference is waived
    elif not before.isascii():
        before = before[-_LEVEL_WAIVED_SPAN:]
    if not any(w in after or w in before for w in _LEVELS_WAIVED):
        return None
    start, end = h.start - len(before), h.end + len(after)
    if any(start <= n.start < h.start for n in names) and any(h.end <= n.start < end for n in names):
        return None  # "日语不要求英语流利": the waiver is of the language before it
    return start, end


# What ends a clause for :func:`_clause_part`: the Chinese and English marks, an English full stop among them.
_CLAUSE_PART_MARKS: Final = ("，", ",", "；", ";", "。", "：", ":", "\n", "?", "？", "!", "！", ". ")


def _clause_part(words: str, last: bool = False) -> str:
    """The first (or ``last``) clause of ``words``."""
    for mark in _CLAUSE_PART_MARKS:
        words = words.rpartition(mark)[2] if last else words.partition(mark)[0]
    return words


def _bare_waiver(clause_text: str) -> bool:
    """Whether a clause says nothing but that something is not required ("不作硬性要求", "但不强求", "不会也可以")."""
    words = clause_text.strip(_WAIVER_STRIP)
    if words[:1] in _WAIVER_LEADS:
        words = words[1:]
    return len(words) <= _WAIVER_MAX and words.startswith(_WAIVERS)


def _another_languages_test(h: Hit, code: str, named_ends: dict[int, str], clause_codes: set[str] | None) -> bool:
    """Whether a bare major test (专四, 专八) belongs to another language: one named right before it, or the only
    languages its clause names."""
    if named_ends.get(h.start, code) != code:
        return True
    return clause_codes is not None and bool(clause_codes) and code not in clause_codes


def _named_before(layout: _Layout, spots: list[tuple[int, Hit]], clause: int) -> set[str]:
    """The languages named in the clauses before ``clause`` in its sentence: a bare 专四 of a clause naming none
    belongs to them ("俄语专业八级者优先，至少通过专四")."""
    sentence = layout.sentence(layout.clause_start(clause))
    return {
        h.id
        for c, h in spots
        if c < clause and h.kind == "lang_language" and layout.sentence(layout.clause_start(c)) == sentence
    }


def _describes_ability(layout: _Layout, clause: int, per_clause: dict[int, set[str]]) -> bool:
    """Whether ``clause`` goes on about the ability of the language named just before it, in the same sentence
    and naming none itself ("英语能力强，能熟练听说读写")."""
    if clause in per_clause or not layout.goes_on(clause):
        return False
    return any(w in layout.clause_text(clause) for w in _ABILITY_WORDS)


# What a clause of nothing but a level may hold beside the level word: "Czech or Slovak, even basic".
_LEVEL_FILLERS: Final = ("even", "at least", "level", "is fine", "is ok", "is enough", "水平", "即可", "就行", "以上",
                         "程度", "也可以", "也行", "也可", "required", "a must", "必须", "必备")  # fmt: skip


def _only_a_level(layout: _Layout, clause: int, qualifiers: list[Hit]) -> bool:
    """Whether ``clause`` says nothing but a level ("even basic", "basic level", "一般即可"), in the sentence of the
    clause before it: the level of the language that clause names."""
    if not layout.goes_on(clause):
        return False
    start, end = layout.clause_start(clause), layout.clause_end(clause)
    inside_clause = [q for q in qualifiers if start <= q.start < end]
    if not inside_clause:
        return False
    rest = layout.text[start:end]
    for q in inside_clause:
        rest = rest.replace(q.term, " ")
    for filler in _LEVEL_FILLERS:
        rest = rest.replace(filler, " ")
    if "(" in rest or "（" in rest:
        # "德语、法语二选一，熟练（B2以上）": a short bracket after the level word only qualifies it.
        rest = _SHORT_BRACKET.sub(" ", rest)
    return not rest.strip(_BARE_STRIP)


_SHORT_BRACKET: Final = re.compile(r"[(（][^()（）]{0,12}[)）]")


# What may stand on a line beside a language name that the next line gives its level ("1. 西班牙语\n听说读写流利").
_NAME_LINE_WORDS: Final = ("语言要求", "外语要求", "语言", "外语", "要求")


def _level_line(layout: _Layout, h: Hit, nxt: int, qualifiers: list[Hit], per_clause: dict[int, set[str]]) -> bool:
    """Whether clause ``nxt`` is a line of nothing but a level and the skills it describes, right after a line of
    nothing but the language ``h`` names: the requirement split over two lines ("西班牙语\n听说读写流利")."""
    text = layout.text
    if nxt > len(layout.breaks) or nxt in per_clause:
        return False
    start = layout.clause_start(nxt)
    if text[start - 1] != "\n":
        return False
    name_line = layout.clause_text(nxt - 1).replace(h.term, " ")
    for word in _NAME_LINE_WORDS:
        name_line = name_line.replace(word, " ")
    if name_line.strip(_LIST_LEFTOVER + ":：*【】"):
        return False
    end = layout.clause_end(nxt)
    inside_line = [q for q in qualifiers if start <= q.start < end]
    if not inside_line:
        return False
    rest = text[start:end]
    for q in inside_line:
        rest = rest.replace(q.term, " ")
    for word in (*_RUN_ON_GAPS, *_LEVEL_FILLERS):
        if word:
            rest = rest.replace(word, " ")
    return not rest.strip(_BARE_STRIP + "*")


# Words that state an English language's own level outside the level vocabulary: "fluent English and
# conversational Mandarin" asks no fluent Mandarin.
_OWN_LEVEL_WORDS: Final = frozenset(
    {"conversational", "intermediate", "advanced", "elementary", "limited", "beginner", "business", "professional",
     "strong", "solid", "excellent", "decent", "some", "upper-intermediate", "business-level", "working", "bilingual"}
)  # fmt: skip
_UNSTATED: Final = "unstated"
_KEY_VALUE: Final = " -–—:"
_OWN_BRACKETS: Final = ("(", " (")
_OWN_BRACKET_MAX: Final = 48


def _own_level(
    text: str, h: Hit, quals: list[tuple[int, int, str]], named_ends: dict[int, str], preferring: list[tuple[int, int]]
) -> str | None:
    """The level a language name states for itself, ``_UNSTATED`` when it states none: a level word right before an
    English name ("fluent English"), else a bracket right after a name ("English (fluent)", "英语（流利）、西班牙语
    （基础）", "Mandarin (conversational)") or a word outside the vocabulary right before an English name
    ("conversational Mandarin"), which sets no level. (Chinese runs on without spaces: a word before a Chinese name
    cannot be told from the rest of the clause.)"""
    latin = h.term.isascii()
    if not latin and not text.startswith(_OWN_BRACKETS, h.end):
        return _UNSTATED
    for _, q, level in quals:
        # Not across a line break: "English: fluent\n- German: a plus" ends one item's line on its level.
        if (
            latin
            and h.start - 24 <= q < h.start
            and "\n" not in text[q : h.start]
            and _level_word_before(text[q : h.start])
        ):
            return level  # "fluent English", "native-level Korean", "fluent business English"
        if latin and h.end < q <= h.end + 4 and not text[h.end : q].strip(_KEY_VALUE):
            return level  # "English – fluent", "English: fluent"
    before = text[max(0, h.start - 24) : h.start].rstrip()
    opening = h.end + 1 if text.startswith(" (", h.end) else h.end if text.startswith("(", h.end) else -1
    if opening >= 0:
        closing = text.find(")", opening)
        # Not a bracket naming another language ("English (fluent German a plus)"), nor one that only prefers
        # ("英语（口语流利者优先）").
        if (
            0 < closing - opening <= _OWN_BRACKET_MAX
            and not any(opening < e <= closing for e in named_ends)
            and not inside(opening, preferring)
        ):
            for _, q, level in quals:
                if opening < q < closing:
                    return level
            if _OWN_LEVEL_WORDS.intersection(text[opening + 1 : closing].replace(",", " ").split()):
                return None
    if not latin:
        return _UNSTATED
    words = before.split()
    if words and words[-1].endswith("/") and len(words) > 1:
        words.pop()  # "bilingual English/Spanish": the word before the pair is Spanish's too
    if words and words[-1] in _OWN_LEVEL_WORDS:
        return None
    return _UNSTATED


def _level_word_before(between: str) -> bool:
    """Whether ``between`` (from a level word up to a language name) is the level word, alone or before a word of
    register: "fluent English", "native-level Korean", "fluent business English", "fluent written English"."""
    if "\n" in between:
        return False  # "English: professional working proficiency\n- Spanish nice to have": the next list item
    words = between.replace("-", "").split()
    # "Fluent, natural spoken English": a comma list of qualities before the register
    if len(words) == 3 and words[0].endswith(",") and words[1] in _QUALITIES and words[2] in _REGISTER_WORDS:
        return words[0][:-1].isalpha()
    if len(words) == 2 and words[1].lower() in _REGISTER_WORDS:
        return words[0].isalpha()
    return len(words) == 1 and words[0].isalpha()


_REGISTER_WORDS: Final = frozenset(
    {"business", "written", "spoken", "verbal", "oral", "professional", "technical", "working"}
)
_QUALITIES: Final = frozenset({"natural", "clear", "confident", "accurate", "idiomatic"})


def _nearest_qualifier(
    quals: list[tuple[int, int, str]], clause: int, pos: int, brackets: list[tuple[int, int]] | None = None
) -> str | None:
    """The plain level (fluent, proficient...) nearest to ``pos`` in its clause, if the clause states one. A
    language in a bracket that prefers ("fluent English (German a plus)") takes only a level the bracket states, and
    one outside it none that the bracket states ("English (fluent German a plus)")."""
    near = [(abs(q_pos - pos), level) for c, q_pos, level in quals if c == clause]
    if brackets and near:
        own = [(start, end) for start, end in brackets if start <= pos < end]
        spans = own or brackets
        near = [(abs(q - pos), level) for c, q, level in quals if c == clause and inside(q, spans) == bool(own)]
    return min(near)[1] if near else None


def _merge(mentions: list[_Mention]) -> list[dict[str, object]]:
    by_code: dict[str, list[_Mention]] = {}
    for m in mentions:
        by_code.setdefault(m.code, []).append(m)
    out: list[dict[str, object]] = []
    for code in sorted(by_code):
        # A posting that waives a language (英语不限) does not ask it in its duties or elsewhere: those mentions only
        # prefer it. A clause of the waiving sentence may still state the minimum ("英语不限，能看懂英文即可").
        waived = any(m.waived for m in by_code[code])
        ms = [m for m in by_code[code] if not m.waived]
        if not ms:
            continue
        # "有日语基础者优先" beside "Business-level Japanese is required": a preferred basic grasp is no level of
        # the language asked.
        leveled = [m for m in ms if not (m.level == "basic" and not m.required)] if any(m.required for m in ms) else ms
        best = min(leveled or ms, key=lambda m: (-_rank(m.level), not m.required, _height(m.level), m.order))
        # A title naming the language ("TikTok直播运营（印尼语）") does not outweigh requirements that offer it as one
        # alternative ("印尼语或马来语可作为工作语言"): the requirements say what is asked. An alternative that states
        # the ability asked ("法语、意大利语至少精通一门") also outweighs plain mentions in the duties ("翻译法语、
        # 意大利语Listing"); one that names only a major ("西班牙语或葡萄牙语专业优先") does not.
        offered = any(m.alternative and not m.in_title for m in ms)
        ability_offered = any(m.alternative and not m.in_title and m.level is not None for m in ms)
        deciding = [
            m
            for m in ms
            if not (offered and m.in_title) and not (ability_offered and not m.alternative and m.level is None)
        ]
        # A language the duties use and the requirements only prefer ("manage listings in english and arabic" …
        # "arabic reading ability is a big plus", "泰文标题…会泰语优先") is preferred: the duties say how the job
        # is done, the requirements what is asked.
        # A preferred major does not outweigh the duties (tests/gold/README.md).
        if any(not m.required and not m.in_duties and not m.as_major for m in ms):
            deciding = [m for m in deciding if not m.in_duties]
        required = any(m.required and not waived for m in deciding)
        out.append({"code": code, "level": best.level, "required": required})
    return out


def extract_languages(
    language_raw: object, title: object, description: object, tags: Iterable[str] = ()
) -> list[dict[str, object]]:
    """Languages from the language field, the title and the description, merged per ISO code. The tags (the board's
    keywords, "英语流利", "CET-6") are read only when those name no language at all: then a tag's language is the
    posting's ask; otherwise the text says better what is asked (a tag "英语六级" beside a text asking fluent
    English)."""
    mentions: list[_Mention] = []
    desc = as_text(description)
    desc_scan = scan(desc)
    # A language named only in the company introduction ("a German machinery group") is not asked of the hire.
    # The own text is cut only when the description may name one: its hits and lists are the description's.
    own = own_scan(desc_scan, _KINDS) if _may_name_languages(desc_scan) else _NOTHING
    scans = (
        (scan(as_text(language_raw)), "body"),
        (scan(as_text(title), "title"), "title"),
        (own, "body"),
    )
    # The own text before own_scan stripped it: the shared pass's words were cut for it (nlp/sections.own_text).
    whole = own_text(desc_scan.text) if own is not desc_scan and own is not _NOTHING else ""
    own_mentions: list[_Mention] = []
    for n, (sc, part) in enumerate(scans):
        found = _mentions(sc, n * 1_000_000, part, whole if n == len(scans) - 1 else "")
        if n == len(scans) - 1:
            own_mentions = found
        mentions += found
    if own_mentions:
        _mark_duties(own.text, own_mentions, mentions)
    if not mentions and tags:
        mentions = _mentions(scan("\n".join(tags)), len(scans) * 1_000_000)
    out = _merge(mentions)
    if out and "口语" in own.text:
        # The one language asked (others only preferred: "会西班牙语的优先") takes a spoken level naming none.
        asked = [d for d in out if d["required"]]
        if len(asked) == 1 and asked[0]["level"] is None:
            asked[0]["level"] = _bare_spoken_level(own)
    return out


# A requirement of spoken ability naming no language ("口语流利，发音自然") in a posting asking one language with no
# level: the level of that language ("TikTok美区英语主播 … 口语流利"), unless the line only prefers it.
_SPOKEN: Final = "口语"


def _bare_spoken_level(sc: Scan) -> str | None:
    """The plain level of a line of ``sc`` that asks spoken ability right before the level word ("口语流利") and
    names no language nor a preference."""
    text = sc.text
    lines_naming = {text.rfind("\n", 0, h.start) for h in sc.of("lang_language", "lang_level")}
    preferences = [h.start for h in sc.of("lang_preferred")]
    for h in sc.of("lang_qualifier"):
        if text.startswith(_SPOKEN, h.start - len(_SPOKEN)) and text.rfind("\n", 0, h.start) not in lines_naming:
            # Only a preference of the ability's own comma clause ("口语流利者优先") makes it no ask; one of another
            # clause ("口语流利，有教学经验优先") prefers something else.
            start = max(text.rfind(m, 0, h.start) for m in _CLAUSE_ENDS)
            ends = [e for e in (text.find(m, h.end) for m in _CLAUSE_ENDS) if e >= 0]
            end = min(ends, default=len(text))
            if not any(start < p < end for p in preferences):
                return h.id
    return None


_CLAUSE_ENDS: Final = (*_COMMA_MARKS, *_SENTENCE_MARKS)


def _mark_duties(text: str, own_mentions: list[_Mention], mentions: list[_Mention]) -> None:
    """Mark the description's asked mentions that stand in the duties, for the languages that some mention only
    prefers (the one case _merge reads them): the requirements heading is looked for only then."""
    preferred = {m.code for m in mentions if not m.required and not m.waived and not m.as_major}
    if not preferred:
        return
    # A mention with a level of its own ("英语读写熟练", "CET-4") states the ability asked, not how the job uses the
    # language: an unheaded list of asks before a "加分项：" heading (the first requirement word found) is no duties.
    candidates = [m for m in own_mentions if m.required and m.code in preferred and m.pos >= 0 and m.level is None]
    if not candidates:
        return
    duties_end = requirements_start(text)
    for m in candidates:
        m.in_duties = m.pos < duties_end if duties_end >= 0 else _in_a_duty(text, m.pos)
        if m.in_duties and _on_an_opening_line(text, m.pos):
            m.in_duties = False  # "1. 俄语业务员 2名：俄语专业，…": an opening's own ask, listed before the duties (L4)


# A line listing an opening: past its list number, a job's name and its headcount ("1. 日本站运营 2名（日语N2）",
# "俄语业务员 若干名：俄语专业"); not a team the hire leads ("带领5名客服").
_OPENING_LINE: Final = re.compile(
    r"[ \t]*(?:[(（]?[\d一二三四五六七八九十]{1,2}[、.):）]\s*)?[\w/／]{2,14}?\s*[(（]?"
    r"(?:\d{1,2}|[一二两三四五六七八九十]|若干)\s*名"
)
_LED: Final = ("带领", "管理", "带", "领导", "lead")


def _on_an_opening_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` lists an opening with its headcount."""
    start = text.rfind("\n", 0, pos) + 1
    m = _OPENING_LINE.match(text, start)
    return m is not None and m.end() <= pos and not any(w in m.group() for w in _LED)


# Verbs that open a duty ("负责日文listing撰写", "用英语回复客户邮件", "manage listings in english and arabic"): in
# an ad with no requirements heading, a language named in a clause opening on one is what the job uses (L22).
_DUTY_VERBS: Final = ("负责", "用", "使用", "撰写", "翻译", "回复", "处理", "manage", "write", "handle", "reply",
                      "respond", "translate", "answer", "prepare", "create", "maintain")  # fmt: skip
_DUTY_CLAUSE_STARTS: Final = ("\n", "；", ";", "。")


def _in_a_duty(text: str, pos: int) -> bool:
    """Whether the clause (a line, or its part after a semicolon or full stop) holding ``pos`` opens on a duty verb,
    past its list number."""
    start = max(text.rfind(mark, 0, pos) for mark in _DUTY_CLAUSE_STARTS) + 1
    return text[start:pos].lstrip(_FALLBACK_LEAD).startswith(_DUTY_VERBS)


_NOTHING: Final = Scan("", ())


def _may_name_languages(sc: Scan) -> bool:
    """False when :func:`_mentions` finds nothing in ``sc`` nor in any text cut out of it: no language or
    certificate hit, and no one-character list (a list never spans a cut: the joining line break ends it)."""
    return bool(sc.of("lang_language", "lang_level")) or _may_list_plainly(sc.text) or _may_list_in_brackets(sc.text)
