"""Which parts of a job ad speak about the job: company introductions, benefits and application notes are cut.

Company blurbs and benefit lists say what the employer does, not what the job asks ("我们是一家云计算公司",
"福利：免费健身房"): skills and other requirements found inside them are not the posting's. A blurb runs from its
heading to the next duties/requirements heading; without headings, a line that introduces the employer is one.
Pure: works on text already in match form (nlp.taxonomy.match_form). The heading and cue words are found by
one Aho-Corasick pass, then searched as their regex alternations would be. :func:`own_scan` gives the own
text's hits without matching it again: they are the description's hits that lie inside the kept parts, moved to
their place in the own text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, final

from nlp import word_pass
from nlp.matcher import Scan, cut_extras

# Requirement headings of other boards and of Traditional ads, normalised ("【條件要求】", "應徵條件"): the bare 要求
# finds some only at a line's end, not inside brackets. Duty headings that head what the hire must bring.
_BOARD_REQUIREMENT_HEADS: Final = (
    "条件要求", "应聘条件", "应聘要求", "应聘资格", "应征条件", "应征要求", "应征资格", "招聘要求", "基本要求",
    "申请条件", "工作要求", "岗位条件", "职位条件", "职务要求", "职缺要求", "人员要求", "能力要求", "必备条件",
    "我们期待你", "你需要具备", "minimum qualifications", "preferred qualifications", "basic qualifications",
    "job requirements", "what we look for", "your profile", "skills and experience", "skills & experience",
)  # fmt: skip
# Heading and cue words. Each list is found as the regex alternation of its words would find it (leftmost, and
# at one start the first listed), but from one Aho-Corasick pass over the text for the three lists (_words):
# as regexes they cost about twice as much, the engine trying their many first characters at every position.
_BLURB_WORDS: Final = (
    "公司介绍", "公司简介", "关于我们", "企业介绍", "企业简介", "公司福利", "福利待遇", "薪资福利", "薪酬福利",
    "福利制度", "团队介绍", "团队简介", "部门介绍", "部门简介", "公司优势", "about us", "我们提供", "我们能提供",
    "你将获得", "你能获得", "岗位诱惑",
    "加入我们的理由", "关于公司", "为什么来", "为什么加入", "职位诱惑", "说说福利", "创始团队", "这是家什么公司",
    "公司福利", "福利:", "福利：", "团队为你提供", "你将拥有", "发展前景", "晋升空间", "简历投递", "投递方式",
    "工作地点", "上班地点", "工作时间", "上班时间", "福利", "benefits", "what we offer", "perks",
    "about the company", "company overview", "company profile", "who we are", "our story",
    "why join us", "why us", "what's in it for you",
    "what we provide", "other open roles", "other openings", "open positions", "we're also hiring",
    "we are also hiring", "how to apply",
    # What the employer sells or serves, headed as such: its products and services are not the hire's skills
    # ("公司产品:亚马逊广告托管服务、listing优化工具", "our products").
    "公司产品", "我们的产品", "公司业务", "业务介绍", "产品与服务", "主营产品", "主营业务:", "our products",
    "our product", "what we do",
    # The team, what the employer is proud of, what the job offers and leads to (2017-19 HR headings: "关于团队:品牌
    # 中心目前40余人…", "公司实力:通过bsci验厂…", "岗位亮点:…", "晋升:运营专员→店铺负责人"), its reporting line,
    # where it sits and the other openings listed at the end: none of it is the hire's work.
    "关于团队", "我们是谁", "公司实力", "我们的优势", "岗位亮点", "职位亮点", "薪资待遇", "薪酬待遇", "薪资结构",
    "团队氛围", "工作环境", "办公地点", "公司地址", "其他在招职位", "其他在招岗位", "其他职位", "同时招聘",
    "汇报对象", "汇报关系", "晋升通道", "晋升路径", "发展方向", "晋升", "待遇", "团队",
)  # fmt: skip
# Short words that also open a sentence or end a noun ("团队合作意识强", "待遇从优", "晋升快", "现有团队:亚马逊运营
# 3个小组…" names the team the hire leads): headings only where they open their line and stand alone or before a
# colon ("【团队】", "待遇:").
_SHORT_HEADS: Final = frozenset({"晋升", "待遇", "团队", "发展方向"})
# The product headings head a part only alone on their line or before a colon: "1、公司产品业务开拓" is a duty.
_PRODUCT_HEADS: Final = frozenset({
    "公司产品", "我们的产品", "公司业务", "业务介绍", "产品与服务", "主营产品", "our products", "our product",
    "what we do",
    *_SHORT_HEADS,
})  # fmt: skip
_BARE_HEAD_NEXT: Final = (":", "\n", "", "】", "]", ")")  # what follows a product or short heading
# The headings of what the job offers (benefits, training, prospects): their numbered lists are what is offered
# ("你将获得:\n1、参与核心项目…"), never the duties.
_OFFER_HEADS: Final = frozenset({
    "公司福利", "福利待遇", "薪资福利", "薪酬福利", "福利制度", "我们提供", "我们能提供", "你将获得", "你能获得",
    "加入我们的理由", "为什么来", "为什么加入", "职位诱惑", "岗位诱惑", "说说福利", "福利:", "福利：", "团队为你提供",
    "你将拥有",
    "发展前景", "晋升空间", "福利", "benefits", "what we offer", "perks", "why join us", "why us",
    "what's in it for you", "what we provide", "岗位亮点", "职位亮点", "薪资待遇", "薪酬待遇", "薪资结构", "待遇",
    "晋升通道", "晋升路径", "晋升", "发展方向",
})  # fmt: skip
# A numbered list's first or any later item that opens on what the hire does or brings, or a line that tells the
# hire what to do: the duties an introduction runs on over before any duties heading. Anchored on the line break (a
# leading class would be tried at every position).
_DUTY_ITEM: Final = re.compile(
    r"\n[ \t]*(?:\(?\d{1,2}\s*[、.):]|[一二三四五六七八九十][、.]|[-•*·])\s*"
    r"(?:负责|协助|参与|配合|完成|制定|统筹|策划|撰写|维护|跟进|对接|搭建|执行|熟悉|精通|掌握|具备|熟练|"
    r"\d+年以上|本科|大专|统招|学历|根据|独立|管理|监控|分析|收集|开展|组织|推动|主导|支持|处理)"
    # Or a line telling the hire what they must do ("你的选品要符合公司价值观~你要能卖货", "你需要负责…").
    r"|\n[ \t]*[你您](?:要|需要|将要|将负责|负责|的选品|的工作|的职责|的任务)"
)
# The note a poster adds at the end of an ad, on its own line ("PS:本岗位需要日语", "备注:懂西语优先"): it speaks of
# the job again, so a blurb or benefits part before it ends there. Each follows a line break; a bare "PS" needs its
# colon or a space ("PS熟练" is the software).
_NOTE_HEADS: Final = (
    "备注", "PS:", "PS：", "PS ", "P.S", "Ps:", "Ps：", "ps:", "ps：", "注:", "注：", "另:", "另：", "附:", "附：",
    "补充说明", "特别说明", "特别提示", "温馨提示", "说明:", "说明：",
)  # fmt: skip
# Their first characters, as code points: most lines start with none, told without the generic startswith call with a
# tuple (~2,000 instructions a line, callgrind).
_NOTE_FIRST: Final = frozenset(ord(head[0]) for head in _NOTE_HEADS)
# Headings that name one field of the job's terms: with a value on their line they are that line only.
_FIELD_HEADS: Final = frozenset({
    "工作地点", "上班地点", "工作时间", "上班时间", "办公地点", "公司地址", "汇报对象", "汇报关系", "晋升", "晋升通道",
    "晋升路径", "发展方向",
})  # fmt: skip
# What may stand before a heading on its line and what may follow it inside a sentence for it still to head a
# part (:func:`_a_heading`). Before it: list numbers (digits, Chinese numerals) and any character that is no
# letter (marks, brackets, bullets, emoji: "📌岗位职责", "一、岗位职责", "(二)任职要求").
# As regexes, r"(?:[\d一二三四五六七八九十]|\W)*" (fullmatch before the word) and
# r"\s*(?:是什么|有什么|有哪些|什么)?\s*[:?？]" (match after it); written out by hand, as the regex calls cost more
# than the few characters they read.
_NUMERALS: Final = "一二三四五六七八九十"
_TAIL_WORDS: Final = ("是什么", "有什么", "有哪些", "什么")
_TAIL_MARKS: Final = ":?？"
_TAIL_WORDS_FIRST: Final = "是有什"
_SET_OFF: Final = ".;!?,)]】。"  # besides spaces, what stands before a heading word in a one-line ad
_DASH_TAIL: Final = re.compile(r"\s*[-–—]\s")  # an English heading set off by a dash: "requirements - fluent english"
# The one blurb heading that is no word: "<name>简介", searched apart, only near a "简介" (_named_head), and
# after the words at one start, as the last alternative of the alternation.
_NAMED_HEAD: Final = re.compile(r"[\u4e00-\u9fff]{2,8}简介")
_NAMED_HEAD_REACH: Final = 8  # at most this many characters before its 简介 a named heading starts
_DUTY_WORDS: Final = (
    "岗位职责", "工作职责", "职位描述", "岗位描述", "职责描述", "任职要求", "任职资格", "岗位要求", "职位要求",
    "工作内容", "我们希望你", "职位职责", "任职条件", "资格要求", "技能要求", "职位说明", "具体职责", "岗位说明",
    "加分项", "你的工作", "来做什么", "要求是什么", "技术要求", "你将负责", "你要负责", "你需要负责", "你要做的",
    "你将要做", "你的职责", "实习内容", "实习职责", "工作描述", "岗位内容", "主要工作", "responsibilities",
    "你会做", "你将会做", "你需要做",
    "requirements",
    "qualifications",
    # Short and English headings too: as the end of a blurb a wrong one only cuts less ("职责:", "main tasks:").
    "职责", "要求", "main tasks", "tasks", "duties", "what you will do", "what you'll do", "your role", "the role",
    "job description", "about the job", "we are looking for", "what we're looking for", "you have", "you will",
    "what you'll bring", "what you will bring", "what you bring", "what we need", "what we are looking for",
    "who you are", "about you", "what you need", "must have",
    *_BOARD_REQUIREMENT_HEADS,
)  # fmt: skip
# The duty words that head what the hire must bring, not what they will do: an ad whose first heading is one of
# these may list its duties before it with no heading ("公司主营…,现有3个店:日常上新…;要求1年以上经验").
_REQUIREMENT_WORDS: Final = frozenset({
    "任职要求", "任职资格", "岗位要求", "职位要求", "任职条件", "资格要求", "技能要求", "技术要求", "要求是什么",
    "要求", "加分项", "我们希望你", "requirements", "qualifications", "we are looking for", "what we're looking for",
    "you have", "what you'll bring", "what you will bring", "what you bring", "what we need", "what we are looking for",
    "who you are", "about you", "what you need", "must have",
    *_BOARD_REQUIREMENT_HEADS,
})  # fmt: skip
# Without headings, a sentence that introduces the employer ("XX是一家...", "致力于...", "成立于...") is a blurb.
_COMPANY_CUES: Final = (
    "是一家", "致力于", "成立于", "创立于", "创建于", "初建于", "始建于", "专注于", "旗下拥有", "旗下有", "估值",
    "总部位于", "我们是", "我们的团队", "公司主营", "主营业务", "创办于", "是一款", "前身是", "前身为",
    # Weaker cues, listed last (_SENTENCE_CUES_FROM): a small employer calling itself a team
    # ("XX是一个做手工饰品的小团队"), counting what it has ("目前拥有3个店铺"), saying what it sells or where
    # it is ("XX电商主营运动鞋服", "XX位于澄海", "深耕俄语区市场") speaks of itself, and its shops and plans in
    # the same sentence ("在速卖通、wish等平台运营店铺数十家", "同时在筹备自己的独立站") are not the hire's
    # duties. Only that sentence is cut, even before the duties: an ad may go on "我们理想中的设计师:…" with
    # no heading; among the duties, only after a company subject ("包装策划平台主营产品" is a duty, and so is
    # "experience with helium 10 is a plus"). English: "founded in 2011, anker is…", "headquartered in…".
    "是一个", "目前拥有", "主营", "位于", "深耕", " is a ", " is an ", "founded in", "headquartered in", "founded by",
)  # fmt: skip
_SENTENCE_CUES_FROM: Final = _COMPANY_CUES.index("是一个")
# English has no sentence end here ("." also marks decimals and domains): " is a " marks the employer only in the
# lead before the duties, never in a headless ad ("we are a german group. german is a plus." asks German).
_LEAD_ONLY_CUES: Final = frozenset({" is a ", " is an "})
# Cues that also read as the hire's aim or object ("致力于提升用户体验", "负责公司主营业务的市场信息收集"): after the
# first duty heading they mark no company sentence where it is a list item or a duty (:func:`_a_duty`).
_DUTY_READABLE_CUES: Final = frozenset({"致力于", "专注于", "公司主营", "主营业务"})
_ITEM_START: Final = re.compile(r"\s*(?:\(?\d{1,2}\s*[、.):]|[-•*·]|负责|协助|参与)")
# A company subject: one of these words, or an English one as a whole word (r"\b(?:we|our|the company)\b"). The
# Chinese words are looked for by str.find: as one alternation with the English, the regex tries every position.
_SUBJECT_WORDS: Final = ("我们", "公司", "集团", "团队", "本司", "企业")
_DUTY_VERBS: Final = ("负责", "协助", "参与", "配合")  # before a subject word: the hire works for the company
_SUBJECT_ENGLISH: Final = re.compile(r"\b(?:we|our|the company)\b")
_SUBJECT_ENGLISH_WORDS: Final = ("we", "our", "the company")
# A weak cue's sentence ends early where the hire's part begins (:func:`_weak_sentence_end`); an English " is a "
# speaks of the employer only when a kind of business follows ("acme is a leading furniture exporter").
_DUTY_CLAUSE: Final = re.compile(r"[,;:]\s*(?:负责|协助|参与|主要负责|你将|you will|you'll|you’ll|responsible)")
# A run-on ad opening on the employer goes on to the job in the same sentence ("我们是番禺的女装工厂,…,想招一个有
# 经验的运营,主要工作是…"): a clause that opens by hiring or on the duties ends the company sentence.
_HIRING_CLAUSE: Final = re.compile(
    r"[,;\n]\s*(?:(?:现|想|诚|急|特|正在|现在|目前)(?:招|聘)|招聘|(?:招|聘|寻找|需要)(?:一名|一个|一位|几名|几位|\d+名|\d+位)"
    r"|主要工作|工作内容|岗位职责|你的工作|你要做的|你将负责)"
)
_ENGLISH_FULL_STOP: Final = re.compile(r"\.\s")
_ENGLISH_BUSINESS: Final = re.compile(
    r"[^.;\n]{0,40}?\b(?:company|brand|manufacturer|supplier|exporter|factory|group|retailer|seller|startup|"
    r"business|firm|agency|provider|marketplace|store|shop|team)"
)
# Before the duties, a sentence where a name is said to be a kind of business ("汇途支付是持牌跨境支付服务商",
# "铂川电器是顺德本地的小家电工厂") introduces the employer.
_SELF_INTRO: Final = re.compile(r"是[^,;。!?\n]{0,24}(?:企业|公司|工厂|品牌|服务商|供应商|厂家|制造商|贸易商|机构)")
_SENTENCE_END: Final = "\n。;!?"
# Anywhere, a name said to be a kind of business by 作为 ("ucloud作为国内顶尖的云计算服务商,为众多客户提供…",
# "作为一家跨境电商公司,我们…"): the sentence speaks of the employer. Not the hire in a role ("作为平台运营负责人,",
# "您将作为it领域的专家"): the kind word ends the clause, and no "you" or duty verb stands before 作为.
_AS_KIND: Final = re.compile(
    r"作为[^,;。!?\n]{2,16}?(?:企业|公司|工厂|品牌|服务商|供应商|厂家|制造商|贸易商|机构|平台)(?:之一)?(?=[,;。])"
)
_NOT_A_NAME: Final = ("你", "您", "负责", "岗位", "职位", "协助", "参与")
# Anywhere, a sentence opening on a name that serves its customers ("远帆国际货代为跨境电商卖家提供海运整柜、fba头程及
# 清关派送一站式服务", "宏迅供应链为跨境电商卖家提供集货仓及海外仓服务"): the employer's services. Not a duty: a list
# item ("1、为跨境电商客户提供listing翻译"), no name ("为客户提供…", "主要为海外客户提供售后服务"), the hire or the job.
_SERVES: Final = re.compile(r"为[^,;。!?\n]{1,18}?提供")  # a literal first: the engine skips from one 为 to the next
_NAME_MIN, _NAME_MAX = 2, 14
_NOT_NAME_OPENINGS: Final = ("主要", "负责", "协助", "积极", "及时", "能", "可", "需", "将", "并", "同时", "定期",
                             "专门", "努力", "帮助", "致力", "我们", "公司", "本岗位", "该岗位")  # fmt: skip
# What the hire will learn ("你会耳濡目染学习到…的营销策略", "您将学到完整的投放方法论"): from the verb to the clause's
# end it is what the job gives, not what it asks.
_LEARN_WORDS: Final = ("学习到", "学到")
# A line opening on the employer as the subject of a verb of its own (not of hiring: "我们希望你…", "我们需要一名…"
# head the job; nor an object-first duty: "公司新媒体账号运营"). What it sells or has achieved and what its own staff
# build ("公司专做FBA头程、海外仓…", "公司已通过ISO9001及CE认证", "公司技术团队自研ERP") speak of it too.
# English: "we" doing what a business does (not hiring: "we are looking for…"), or "our" and a part of the business
# ("our creative team produces all videos", "our platform uses machine learning"; not "our team", which may be
# the hire's: "our team is hiring").
# The employer in the first person too ("我司专做FBA头程、海外仓…", "本司在亚马逊、沃尔玛运营数十个品牌", "我们公司做…",
# "我们这边做TikTok直播带货"); 我们公司 and 我们这边 are found at their 我们.
_COMPANY_LINE_WORDS: Final = ("公司", "我们", "我司", "本司", "we", "our")  # 本公司 is found at its 公司
_COMPANY_LINE: Final = re.compile(
    r"((?:本公司|我们公司|我们这边|我们这里|我司|本司|公司|我们)(?:是|做|主要做|在|有|为|提供|提倡|重视|鼓励|相信|成立|目前|现有|拥有|已经|总部|"
    r"主营|主要为|主要从事|主要经营|旗下|坐落|地处|隶属|始终|一直|每年|都是|非常|自有|专注|服务|产品以|的产品|的客户|的款式|的工厂|的店铺|"
    r"专做|主做|主要做|已通过|已获|已取得|已入驻|已服务|自研|技术团队|研发团队)"
    r"|we(?:'re| are) (?!looking|hiring|seeking|searching|recruiting|expanding our)|we (?:were|have|build|make|sell|"
    r"design|develop|operate|serve|ship|help|provide|offer|own|run|partner|manufacture|speciali[sz]e|focus|"
    r"started|believe|value)\b"
    r"|our (?:platform|company|products?|brands?|mission|customers|clients|designers|engineers|analysts|data team|"
    r"creative team|design team|content team|founders|story|offices?|vision|values|culture|software|apps?|"
    r"factory|factories|warehouses?|business|group|headquarters|investors|partners)\b)"
)
# A clause ends at these (text in match form: full-width marks are already half-width); skills and their
# verb-object rules read the same clauses.
CLAUSE_END: Final = ",;。!?\n"


def last_of(text: str, chars: str, pos: int, start: int = 0) -> int:
    """The last position from ``start`` and before ``pos`` holding one of ``chars``, -1 if none (one narrowing rfind
    per character: cheaper than max() over a generator in the hot paths that ask)."""
    last = start - 1
    for c in chars:
        i = text.rfind(c, last + 1, pos)
        if i > last:
            last = i
    return last if last >= start else -1


def first_of(text: str, chars: str, pos: int) -> int:
    """The first position at or after ``pos`` holding one of ``chars``, -1 if none."""
    first = len(text)
    for c in chars:
        i = text.find(c, pos, first)
        if 0 <= i < first:
            first = i
    return first if first < len(text) else -1


def bisect_right_of(values: list[int], x: int) -> int:
    """``bisect.bisect_right(values, x)`` over a sorted list of ints: compiled, a native loop on native ints, where
    the bisect module's function is a module global looked up and called generically (~700 instructions a call,
    callgrind)."""
    lo = 0
    hi = len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def starts_of(text: str, word: str) -> list[int]:
    """The start of each occurrence of ``word`` in ``text``, not overlapping: the places a form anchored on that
    word is tried (a regex search would try its leading characters at every position)."""
    starts: list[int] = []
    at = text.find(word)
    while at >= 0:
        starts.append(at)
        at = text.find(word, at + len(word))
    return starts


# An occurrence of a word of a list: (start, the word's rank in its list, end); sorted, the first at or after a
# position is what the list's alternation finds searching from there.
_Found = list[word_pass.Occurrence]


@final
class _Words:
    """The occurrences of the words of each list in one text. A plain class, not a NamedTuple: compiled, making
    one is a native allocation, not a call of a Python class."""

    __slots__ = ("blurb", "cue", "duty")

    def __init__(self, blurb: _Found, duty: _Found, cue: _Found) -> None:
        self.blurb = blurb
        self.duty = duty
        self.cue = cue


def word_lists() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The blurb headings, the duty headings, the company cues and the company line's subject words
    (nlp/word_pass.py finds them)."""
    return _BLURB_WORDS, _DUTY_WORDS, _COMPANY_CUES, _COMPANY_LINE_WORDS


def _words(text: str) -> _Words:
    # One pass over the text finds these lists' words and the employment terms (nlp/word_pass.py).
    found = word_pass.find(text)
    return _Words(found[word_pass.BLURB], found[word_pass.DUTY], found[word_pass.CUE])


def _first_from(found: _Found, pos: int) -> int:
    """The index of the first occurrence starting at or after ``pos`` (bisect_left by start, on native ints: cheaper
    compiled than bisect with a key)."""
    lo = 0
    hi = len(found)
    while lo < hi:
        mid = (lo + hi) // 2
        if found[mid][0] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _search(found: _Found, pos: int) -> tuple[int, int] | None:
    """The span ``re.search`` of the list's alternation finds from ``pos``: the leftmost word, the first listed."""
    i = _first_from(found, pos)
    if i == len(found):
        return None
    start, _, end = found[i]
    return start, end


def _search_ranked(found: _Found, pos: int) -> tuple[int, int, int] | None:
    """As :func:`_search`, with the found word's rank in its list: (start, rank, end)."""
    i = _first_from(found, pos)
    return found[i] if i < len(found) else None


def _named_head(text: str, pos: int) -> tuple[int, int] | None:
    """The first "<name>简介" or English "About <name>" heading at or after ``pos``: a 简介 heading cannot start
    before its 简介's reach."""
    english = _about_head(text, pos)
    chinese = _about_zh(text, pos)
    if chinese is not None and (english is None or chinese[0] < english[0]):
        english = chinese
    cue = text.find("简介", pos + 2)
    if cue < 0:
        return english
    m = _NAMED_HEAD.search(text, max(pos, cue - _NAMED_HEAD_REACH))
    if m is None or (english is not None and english[0] <= m.start()):
        return english
    return m.span()


# An English company heading: a line of its own that reads "about <name>" ("About Sellcraft", "About Orvia Home"),
# as Greenhouse and Lever pages open; not the headings of the job itself ("about the role", "about you").
_ABOUT: Final = "about "
_ABOUT_MAX: Final = 30  # characters of the name at most
_ABOUT_WORDS: Final = 4  # and at most this many words ("about 50 people work here" is a sentence)
_NOT_IN_NAMES: Final = ".,;!?0123456789"
_ABOUT_JOB: Final = frozenset({
    "the role", "the job", "you", "this role", "the position", "the opportunity", "the team", "your role",
    "the work", "this job", "this position", "the internship", "this opportunity",
})  # fmt: skip


# The same in Chinese: a line of its own that reads "关于<name>" ("【关于驰纳】", "关于星辰科技:"), not the job's own
# parts ("关于岗位", "关于你", "关于薪资"; 关于我们 and 关于团队 are words of their own).
_ABOUT_ZH: Final = "关于"
_ABOUT_ZH_MAX: Final = 10
_ABOUT_ZH_JOB: Final = ("岗位", "职位", "你", "您", "工作", "薪", "福利", "待遇", "本", "这", "该", "我们", "团队",
                        "公司", "面试", "简历", "投递", "实习", "要求", "职责", "晋升", "发展")  # fmt: skip
_ABOUT_ZH_OPEN: Final = "【[ \t"
_ABOUT_ZH_CLOSE: Final = "】]:"


def _about_zh(text: str, pos: int) -> tuple[int, int] | None:
    """The first "关于<name>" line at or after ``pos`` (see :data:`_ABOUT_ZH`)."""
    at = text.find(_ABOUT_ZH, pos)
    while at >= 0:
        i = at - 1
        while i >= 0 and text[i] in _ABOUT_ZH_OPEN:
            i -= 1
        if i < 0 or text[i] == "\n":
            eol = text.find("\n", at)
            eol = len(text) if eol < 0 else eol
            name = text[at + len(_ABOUT_ZH) : eol].strip().rstrip(_ABOUT_ZH_CLOSE).strip()
            if 2 <= len(name) <= _ABOUT_ZH_MAX and not name.startswith(_ABOUT_ZH_JOB) and name.isalnum():
                return at, eol
        at = text.find(_ABOUT_ZH, at + 1)
    return None


def _about_head(text: str, pos: int) -> tuple[int, int] | None:
    """The first "about <name>" line at or after ``pos`` (see :data:`_ABOUT`)."""
    at = text.find(_ABOUT, pos)
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            eol = text.find("\n", at)
            eol = len(text) if eol < 0 else eol
            name = text[at + len(_ABOUT) : eol].strip().rstrip(":")
            if (
                name
                and len(name) <= _ABOUT_MAX
                and name.count(" ") < _ABOUT_WORDS
                and name not in _ABOUT_JOB
                and not any(c in name for c in _NOT_IN_NAMES)
            ):
                return at, eol
        at = text.find(_ABOUT, at + 1)
    return None


def _blurb_heads(text: str, blurb: _Found) -> list[tuple[int, int]]:
    """Spans of the blurb headings, as the alternation of the words and then the named heading finds them:
    leftmost first, and at one start the words before the named one."""
    heads: list[tuple[int, int]] = []
    pos = 0
    word = _search(blurb, 0)
    named = _named_head(text, 0)
    while True:
        m = word if named is None or (word is not None and word[0] <= named[0]) else named
        if m is None:
            break
        heads.append(m)
        pos = m[1]
        # A pending match that starts before the new position overlapped the one taken: search again.
        if word is not None and word[0] < pos:
            word = _search(blurb, pos)
        if named is not None and named[0] < pos:
            named = _named_head(text, pos)
    return heads


def blurb_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that introduce the employer or list benefits (may overlap)."""
    words = _words(text)
    # A duty word inside a sentence ("对工作质量有较高要求") is no heading either: as the end of a blurb or as the
    # first duty it would make an aim in item 1 cut everything before it.
    duty = [d for d in words.duty if _a_heading(text, d[0], d[2])]
    spans: list[tuple[int, int]] = []
    for start, end in _blurb_heads(text, words.blurb):
        if not _a_heading(text, start, end) or _inside_longer_duty(words.duty, start, end):
            continue
        head = text[start:end]
        if head in _PRODUCT_HEADS and (
            _next_char(text, end) not in _BARE_HEAD_NEXT or (head in _SHORT_HEADS and not _opens_line(text, start))
        ):
            continue
        if head in _FIELD_HEADS:
            # "工作地点:广州或深圳均可" with its value on its line is a field, often one item of a requirement list
            # ("3、工作地点:…\n4、1-2年实施经验"): only that line is cut. Alone on its line it heads a section.
            eol = text.find("\n", end)
            eol = len(text) if eol < 0 else eol
            if text[end:eol].strip(" :"):
                spans.append((start, eol))
                continue
        nxt = _search(duty, end)
        stop = _note_line(text, end, nxt[0] if nxt else len(text))
        if head not in _OFFER_HEADS:
            # An introduction with no duties heading after it runs on over the duties HR lists straight after it
            # ("团队介绍:…\n1、负责…"): a numbered line opening on a duty verb is the job again.
            item = _DUTY_ITEM.search(text, end, stop)
            if item is not None:
                stop = item.start() + 1
        spans.append((start, stop))
    first_duty = duty[0][0] if duty else -1
    # Everything before the first heading is the introduction only when that heading opens the duties.
    duties_first = bool(duty) and text[duty[0][0] : duty[0][2]] not in _REQUIREMENT_WORDS
    # A company sentence that starts inside a headed blurb adds nothing to the union: it ends by the duty heading
    # that ends the blurb. Skipping it saves finding its end.
    headed = spans[:]
    for at, lead_end in _company_lines(text):
        # A line that opens on the employer doing something ("公司做家居用品…", "我们相信长期主义") speaks of it
        # up to the end of its sentence or where the hire's part begins in it.
        if not inside(at, headed):
            spans.append((at, _weak_sentence_end(text, lead_end, duty)))
    for intro in _SELF_INTRO.finditer(text, 0, max(first_duty, 0)):
        start = last_of(text, _SENTENCE_END, intro.start()) + 1
        if not inside(start, headed):
            spans.append((start, _sentence_end(text, intro.end(), duty)))
    for at in starts_of(text, "作为"):
        kind = _AS_KIND.match(text, at)
        if kind is None:
            continue
        start = last_of(text, _SENTENCE_END, at) + 1
        lead = text[start:at]
        named = lead.strip() or text.startswith("一家", at + 2)
        if named and not any(w in lead for w in _NOT_A_NAME) and not inside(start, headed):
            spans.append((start, _sentence_end(text, kind.end(), duty)))
    for served in _SERVES.finditer(text):
        serves = _serving_name(text, served.start())
        if serves >= 0 and not inside(serves, headed):
            spans.append((serves, _sentence_end(text, served.end(), duty)))
    for word in _LEARN_WORDS:
        for at in starts_of(text, word):
            clause = last_of(text, CLAUSE_END, at) + 1
            if "你" in text[clause:at] or "您" in text[clause:at]:
                end = first_of(text, CLAUSE_END, at)
                spans.append((at, end if end >= 0 else len(text)))
    pos = 0
    while (m := _search_ranked(words.cue, pos)) is not None:  # the cues as finditer finds them: no overlaps
        m_start, rank, pos = m
        if m_start < first_duty and rank < _SENTENCE_CUES_FROM and duties_first:
            # An introduction before the duties, up to a clause or line that starts hiring ("…出口中东,现招:\n1.
            # 俄语业务员2名…"): the openings listed there are the job's.
            hiring = _HIRING_CLAUSE.search(text, m_start, first_duty)
            spans.append((0, hiring.start() + 1 if hiring is not None else first_duty))
            continue
        # The sentence that introduces the employer: a one-line ad ("职位描述:…公司成立于2016年,…任职要求:…")
        # loses that sentence, not all its duties.
        start = last_of(text, _SENTENCE_END, m_start) + 1
        if text[m_start:pos] in _DUTY_READABLE_CUES and _a_duty(text, start, m_start):
            continue
        if (
            rank >= _SENTENCE_CUES_FROM
            and m_start > first_duty
            and (text[m_start:pos] in _LEAD_ONLY_CUES or not _company_subject(text, start, m_start))
        ):
            continue  # a weak cue among the duties speaks of the employer only after its subject ("公司位于…")
        if inside(start, headed):
            continue
        if rank >= _SENTENCE_CUES_FROM:
            if text[m_start:pos] in _LEAD_ONLY_CUES and not _ENGLISH_BUSINESS.match(text, pos):
                continue  # "this role is a chance to…", "the operator is a key role": not the employer
            spans.append((start, _weak_sentence_end(text, pos, duty)))
            continue
        spans.append((start, _sentence_end(text, pos, duty)))
    return spans


def _note_line(text: str, end: int, stop: int) -> int:
    """Where the first note line (:data:`_NOTE_HEADS`) between ``end`` and ``stop`` starts, else ``stop``."""
    at = text.find("\n", end, stop)
    n = len(text)
    while at >= 0:
        if at + 1 < n and ord(text[at + 1]) in _NOTE_FIRST and text.startswith(_NOTE_HEADS, at + 1):
            return at + 1
        at = text.find("\n", at + 1, stop)
    return stop


def _serving_name(text: str, by: int) -> int:
    """Where the sentence starts whose name serves customers by the 为 at ``by`` (:data:`_SERVES`), or -1."""
    lo = max(0, by - _NAME_MAX - 2)
    stop = last_of(text, _SENTENCE_END, by, lo)
    if stop < 0 and lo > 0:
        return -1  # no sentence start near enough: no name this short
    start = stop + 1
    name = text[start:by].strip()
    if not _NAME_MIN <= len(name) <= _NAME_MAX or name.startswith(_NOT_NAME_OPENINGS) or not name[0].isalpha():
        return -1
    if any(w in name for w in _NOT_A_NAME) or any(c in CLAUSE_END or c in "、:(" for c in name):
        return -1
    return start


def requirements_start(text: str) -> int:
    """Where the first heading of what the hire must bring starts (a :data:`_REQUIREMENT_WORDS` word that heads a
    part), or -1 when the text has none: what stands before it, once a blurb is cut, is the duties."""
    for start, _, end in _words(text).duty:
        if text[start:end] in _REQUIREMENT_WORDS and _a_heading(text, start, end):
            return start
    return -1


def _inside_longer_duty(duty: _Found, start: int, end: int) -> bool:
    """Whether a duty word starting inside the blurb word at ``start:end`` runs past it: "who we are looking for"
    heads the requirements, not a "who we are" introduction."""
    for d_start, _, d_end in duty:  # sorted by start: stop past the blurb word
        if d_start >= end:
            break
        if d_start >= start and d_end > end:
            return True
    return False


# The characters :func:`_company_lines` reads before a subject word, as code points.
_BEN: Final = ord("本")
_SPACE_CODE: Final = ord(" ")
_TAB_CODE: Final = ord("\t")
_NEWLINE_CODE: Final = ord("\n")
_STOP: Final = ord(".")
_SEMICOLON: Final = ord(";")
_BANG: Final = ord("!")
_QUESTION: Final = ord("?")
_CHINESE_STOP: Final = ord("。")  # a Chinese subject opens a sentence after 。;!? (match form: half-width ;!?)


def _company_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line opening on the employer as a subject (:data:`_COMPANY_LINE`), or each English
    sentence, in order: each subject word's occurrence (nlp/word_pass.py's pass, which blurb_spans has made for the
    text already) kept at a line's or an English sentence's start (a multiline regex would try every position).

    The pass reports every occurrence, overlapping; a str.find loop per word (what this read before) found each
    word's occurrences that do not overlap an earlier one of the same word: the same ones, since no subject word
    overlaps itself (a proper prefix of none is its suffix; tests/test_speed23.py)."""
    found: list[tuple[int, int]] = []
    for at, rank, _ in word_pass.find(text)[word_pass.COMPANY_LINE]:
        word = _COMPANY_LINE_WORDS[rank]
        english = word in _SUBJECT_ENGLISH_WORDS
        own_prefix = word == "公司"  # 本公司 starts at its 本
        start = at - 1 if own_prefix and at > 0 and ord(text[at - 1]) == _BEN else at
        before = start - 1
        # Code points read, not one-character strings (compiled, a string per Chinese character read).
        c = ord(text[before]) if before >= 0 else -1
        while c in (_SPACE_CODE, _TAB_CODE):
            before -= 1
            c = ord(text[before]) if before >= 0 else -1
        # An English subject may also open a sentence inside the line ("we are a dtc brand. our designers…",
        # "our clients include top sellers; we provide fba prep"), and a Chinese one in a run-on paragraph
        # ("…五险,包吃住。公司在浦江有自己的水晶加工厂,打样快", "…熟悉excel。公司有广告和设计团队").
        if (
            c < 0
            or c == _NEWLINE_CODE
            or (english and before < start - 1 and c in (_STOP, _BANG, _QUESTION, _SEMICOLON))
            or (not english and c in (_CHINESE_STOP, _SEMICOLON, _BANG, _QUESTION))
        ):
            m = _COMPANY_LINE.match(text, start)
            if m is not None:
                found.append((start, m.end()))
    lead = _NAME_LEAD.match(text)
    if lead is not None:
        found.append((0, lead.end()))
    found.sort()
    return found


# An English ad that opens on the employer's name doing what a business does ("lumio sells led face masks to us
# customers through tiktok shop…", "brightharbor goods operates 9 brands on amazon…"): its first sentence speaks of
# the employer. Only at the very start, a name of one to four words and a verb in the third person.
_NAME_LEAD: Final = re.compile(
    r"\s*(?:[a-z0-9][a-z0-9&'.-]*\s){1,4}(?:sells|makes|designs|operates|owns|builds|manufactures|produces|exports|"
    r"develops|creates|imports|distributes|teaches|trains|offers|provides|serves|helps|supplies|ships)\s"
)


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of the half-open ``spans``."""
    for start, end in spans:  # noqa: SIM110 (a generator per call costs more compiled)
        if start <= pos < end:
            return True
    return False


def _sentence_end(text: str, pos: int, duty: _Found) -> int:
    """Where the company sentence going on at ``pos`` ends: at the sentence's end, or at a duty heading or a hiring
    clause before it (a run-on ad's sentence goes on into its duties: "…的生产厂家,有自营出口权 主要工作:负责…",
    "…的女装工厂,想招一个运营,…")."""
    end = first_of(text, _SENTENCE_END, pos)
    if end < 0:
        end = len(text)
    heading = _search(duty, pos)
    if heading is not None and heading[0] < end:
        end = heading[0]
    hiring = _HIRING_CLAUSE.search(text, pos, end)
    return hiring.start() + 1 if hiring is not None else end


def _weak_sentence_end(text: str, pos: int, duty: _Found) -> int:
    """Where the company sentence of a weak cue ending at ``pos`` ends: at the sentence's end (in English also at a
    full stop), or earlier where the hire's part begins in it: a duty heading, or a clause that opens with a duty
    verb ("我们位于深圳,负责亚马逊店铺运营": the clause from 负责 is the job)."""
    end = _sentence_end(text, pos, duty)
    for m in (_ENGLISH_FULL_STOP.search(text, pos, end), _DUTY_CLAUSE.search(text, pos, end)):
        if m is not None and m.start() < end:
            end = m.start()
    return end


# _a_heading's characters as code points (compiled, ord(text[i]) reads one without making a one-character string,
# which a Chinese character costs each time it is read; callgrind: ~1,600 instructions a call before).
_COLON: Final = ord(":")
_WIDE_COLON: Final = ord("：")
_UNDERSCORE: Final = ord("_")
_CJK_FIRST: Final = 0x4E00  # the unified ideographs "\u4e00"-"\u9fff": letters, none a space or a decimal digit
_CJK_LAST: Final = 0x9FFF
# The sets of characters below are tested as tuple displays of int constants (compiled, a chain of native
# comparisons; a set or a tuple built at import would box each code point to look it up).
_QUESTION_WIDE: Final = ord("？")
_SHI: Final = ord("是")  # the first characters of _TAIL_WORDS: 是 有 什
_YOU: Final = ord("有")
_SHEN: Final = ord("什")
_COMMA: Final = ord(",")
_CLOSE_PAREN: Final = ord(")")
_CLOSE_BRACKET: Final = ord("]")
_CLOSE_LENTICULAR: Final = ord("】")


def _is_space(c: int) -> bool:
    """``chr(c).isspace()``, without making the character for ASCII and Chinese ones."""
    if c < 128:
        return c == _SPACE_CODE or 9 <= c <= 13 or 28 <= c <= 31
    if _CJK_FIRST <= c <= _CJK_LAST:
        return False
    return chr(c).isspace()


def _ends_line_opening(c: int) -> bool:
    """Whether the character ``c`` is a letter (as the regex \\w reads it, bar digits and Chinese numerals): before a
    heading word it ends what may open its line (``(c.isalnum() or c == "_") and not (c.isdecimal() or c in
    _NUMERALS)``)."""
    if c < 128:
        return 97 <= c <= 122 or 65 <= c <= 90 or c == _UNDERSCORE
    if _CJK_FIRST <= c <= _CJK_LAST:
        # Not one of _NUMERALS: 一 二 三 四 五 六 七 八 九 十.
        return c not in (0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341)
    ch = chr(c)
    return ch.isalnum() and not ch.isdecimal()


def _a_heading(text: str, start: int, end: int) -> bool:
    """Whether the blurb or duty word at ``start:end`` heads a part: it opens its line (after list marks) or a colon or
    question mark follows it ("员工福利:", "加入我们,你能获得什么?"). Inside a sentence it is a word of that
    sentence: "负责公司的薪资福利体系建设" is an HR duty, "工作时间完全自由" a remark; set off on both sides by spaces
    or punctuation, as in a one-line ad, it heads a part."""
    c = ord(text[end - 1])
    if c in (_COLON, _WIDE_COLON):
        return True
    # _LINE_OPENING.fullmatch from the line's start to ``start``, scanned back from ``start`` to the line break
    # (inside a sentence the character before the word ends it at once, with no search for the line's start):
    # letters and digits as the regex's \w and \d read them.
    i = start - 1
    while i >= 0:
        c = ord(text[i])
        if c == _NEWLINE_CODE:
            return True
        if _ends_line_opening(c):
            break
        i -= 1
    else:
        return True
    # _HEADING_TAIL.match at ``end``: spaces, at most one of its words, spaces, then the mark (no backtracking can
    # help: the words and the marks start with no space, and no mark starts a word).
    n = len(text)
    i = end
    while i < n and _is_space(ord(text[i])):
        i += 1
    if i < n and ord(text[i]) in (_SHI, _YOU, _SHEN):  # a call of startswith with an offset costs more than this test
        for word in _TAIL_WORDS:
            if text.startswith(word, i):
                i += len(word)
                while i < n and _is_space(ord(text[i])):
                    i += 1
                break
    if i < n and ord(text[i]) in (_COLON, _QUESTION, _QUESTION_WIDE):  # _TAIL_MARKS
        return True
    # A one-line ad sets its parts off by spaces or punctuation alone ("公司介绍 我们是一家… 岗位职责 1、负责…",
    # "about us: … job description - manage …"): a word standing apart from the words beside it heads a part.
    before = ord(text[start - 1]) if start else _SPACE_CODE
    if _CJK_FIRST <= ord(text[start]) <= _CJK_LAST:
        after = ord(text[end]) if end < n else _SPACE_CODE
        set_off = _is_space(before) or before in (  # _SET_OFF
            _STOP, _SEMICOLON, _BANG, _QUESTION, _COMMA, _CLOSE_PAREN, _CLOSE_BRACKET, _CLOSE_LENTICULAR,
            _CHINESE_STOP,
        )  # fmt: skip
        return set_off and not _CJK_FIRST <= after <= _CJK_LAST
    english_set_off = before in (  # " .;!?,)]】"
        _SPACE_CODE, _STOP, _SEMICOLON, _BANG, _QUESTION, _COMMA, _CLOSE_PAREN, _CLOSE_BRACKET, _CLOSE_LENTICULAR,
    )  # fmt: skip
    return english_set_off and _DASH_TAIL.match(text, end) is not None


def _next_char(text: str, end: int) -> str:
    """The first character from ``end`` that is no space, "" at the text's end (``text[end:].lstrip(" ")[:1]``
    without copying the rest of the text)."""
    n = len(text)
    while end < n and text[end] == " ":
        end += 1
    return text[end] if end < n else ""


def _opens_line(text: str, start: int) -> bool:
    """Whether only list marks, brackets and spaces stand before ``start`` on its line ("【团队】", "三、待遇:")."""
    i = start - 1
    while i >= 0 and text[i] != "\n":
        c = text[i]
        if (c.isalnum() or c == "_") and not (c.isdecimal() or c in _NUMERALS):
            return False
        i -= 1
    return True


def _company_subject(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names the company as a subject ("公司位于", "we are"). After a duty verb it is
    the object of the hire's duty ("负责公司eBay美国站的运营,主营汽摩配件"), not the subject."""
    for word in _SUBJECT_WORDS:
        at = text.find(word, start, end)
        while at >= 0:
            if not text.endswith(_DUTY_VERBS, 0, at):
                return True
            at = text.find(word, at + len(word), end)
    for word in _SUBJECT_ENGLISH_WORDS:
        if text.find(word, start, end) >= 0:  # the regex only where it may match
            return _SUBJECT_ENGLISH.search(text, start, end) is not None
    return False


def _a_duty(text: str, start: int, cue: int) -> bool:
    """Whether the sentence from ``start`` is a duty or requirement item with no company subject before its cue at
    ``cue`` ("4、致力于提高风险识别率", "- 负责公司主营业务的…"; not "1.创业公司,业务专注于…")."""
    return _ITEM_START.match(text, start) is not None and not _company_subject(text, start, cue)


@lru_cache(maxsize=256)
def blurb_bounds(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the merged blurb spans of ``text`` (skills and the own-text cut both ask; cached)."""
    return merged(blurb_spans(text))


def merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts and ends of the union of half-open ``spans``, as disjoint spans in order (empty ones dropped)."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if s >= e:
            continue
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


@lru_cache(maxsize=256)
def own_text(form: str) -> str:
    """``form`` (a description in match form) without its company introduction, benefits and application notes."""
    starts, ends = blurb_bounds(form)
    if not starts:
        return form
    bounds = [0, *(x for pair in zip(starts, ends, strict=True) for x in pair), len(form)]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    own = "\n".join([form[lo:hi] for lo, hi in parts])
    # skills passes over the own text's words again (nlp/word_pass.py, nlp/skill_patterns.py): made from the
    # description's passes.
    word_pass.cut(own, form, parts)
    cut_extras(own, form, parts)
    return own


def in_own_part(form: str, start: int, end: int) -> bool:
    """Whether the span ``start``-``end`` of ``form`` lies wholly inside one kept part of it (not cut by
    :func:`own_text`): the hits :func:`own_scan` keeps, asked of one hit without building the cut scan."""
    starts, ends = blurb_bounds(form)
    if not starts:
        return True
    k = bisect_right_of(ends, start)  # kept part k runs from ends[k - 1] (0 for the first) to starts[k] (or the end)
    lo = ends[k - 1] if k else 0
    hi = starts[k] if k < len(starts) else len(form)
    return lo <= start and end <= hi


def own_scan(sc: Scan, kinds: frozenset[str]) -> Scan:
    """The scan of ``own_text(sc.text)``, stripped as match form strips, made from ``sc``'s hits of ``kinds``
    (no new pass; a caller asks only for the kinds it reads).

    A hit counts when it lies wholly inside a kept part; it moves by that part's shift in the own text. Hits that
    reach into a cut part are dropped, as they could not be found in the own text."""
    form = sc.text
    starts, ends = blurb_bounds(form)
    if not starts:
        return sc
    own = own_text(form)
    text = own.strip()
    lead = len(own) - len(own.lstrip())
    # Kept part k runs from ends[k - 1] (0 for the first) to starts[k] (the end for the last); in the own text
    # it starts after the k earlier parts and their k joining line breaks.
    spans: list[tuple[int, int, int]] = []
    at = 0
    for k, hi in enumerate([*starts, len(form)]):
        lo = ends[k - 1] if k else 0
        spans.append((lo, hi, at - lo - lead))
        at += hi - lo + 1
    return sc.moved(text, spans, kinds)
