"""Skills a posting asks for, as concepts of the cross-border taxonomy (nlp/data/skills.jsonl).

One concept has one category (DESIGN.md "Skill categories"). Ambiguous surface forms carry their own context
rules in the data file: "AI" counts as Adobe Illustrator only next to design software, "Python" and "SQL"
count as data_analysis only next to analysis words (otherwise engineering),
Excel only where it is used on data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from nlp import taxonomy, word_pass
from nlp.english import english_skill_ids
from nlp.matcher import Hit, as_text, blank_extras, scan, tags_text
from nlp.role_family import classify_role, title_family
from nlp.sections import CLAUSE_END, bisect_right_of, blurb_bounds, first_of, last_of, own_text, starts_of
from nlp.skill_patterns import pattern_skill_ids
from nlp.taxonomy import match_form

# A term naming a colleague's job in a clause about working with them ("与后台开发工程师协作", "协助视觉设计师",
# "与产品经理/数据分析师配合", "与计划和供应链部门一起制定") is who the hire works with, not what they do. A field's
# bare word takes its job's 研发 / 开发 before the suffix ("协同设计师和前端研发工程师联调").
_COLLEAGUE_SUFFIX: Final = ("工程师", "设计师", "分析师", "师", "人员", "团队", "同事", "部门", "部",
                            "研发工程师", "开发工程师", "研发人员", "开发人员", "研发同事", "开发同事")  # fmt: skip
# 部 after a term that is no department ("数据分析部分", "docker部署").
_NOT_A_DEPARTMENT: Final = ("部分", "部署", "部件", "部位")
_COLLABORATE: Final = re.compile(r"(?<!参)与|和|协助|配合|协作|对接|合作|协同|支持")
# A department named as the party the hire works with ("配合采购做好备货计划", "与仓储及客服协调") is a colleague
# too; its bare name is the alias of the skill it stands for. Not after 协调, 协助 or 跟进, whose object is often
# the work itself ("协调质检和入仓", "协助采购下单"), nor for names that are as often an activity (物流, 质检).
# What the hire reports or hands over to a department, its object between ("反馈产品问题给运营和品控",
# "每周汇总给运营和品控"), names the department as a colleague too.
_DEPARTMENTS: Final = frozenset({"采购", "仓储", "仓库", "客服", "财务", "美工", "品控"})
_WITH_DEPARTMENTS: Final = re.compile(
    r"(?:配合|对接|协同|联动|(?<!参)与|(?:(?:反馈|汇总)[^,;\u3002!?\n]{0,6}?|交|转|转交|同步|提交)给)"
    r"(?:[\u4e00-\u9fff]{2,4}[、/和及与])*\Z"
)
_WITH_REACH: Final = 16  # how far before the department name its collaboration verb may stand
# A list of majors ("数学、统计学、计算机等相关专业", "供应链、物流、电商专业优先") is the degree asked, not a skill.
_CLAUSE_BREAK: Final = re.compile("[" + re.escape(CLAUSE_END) + "]")
_MAJOR: Final = re.compile(
    r"专业(?:优先|毕业|背景|出身|学历|者优先|以上|及以上|以及|本科|大专|硕士|或|$|的(?:优秀)?(?:应届)?(?:毕业生|学生|同学))"
)
# A list of majors may run over commas ("国际贸易与经济、英语，葡萄牙语、西班牙语专业优先", "接受英语，数据分析，
# 广告投放专业的应届毕业生"): the clauses before the one that ends in 专业 are items of it when each is short and says
# no duty or ability (no verb of the kind ads ask with); the last item may be longer (several majors before 专业).
_ITEM_MAX: Final = 12
_LAST_ITEM_MAX: Final = 24
_LIST_MAX: Final = 6
_NOT_AN_ITEM: Final = re.compile(
    "熟悉|掌握|负责|精通|了解|具备|擅长|使用|运用|操作|完成|参与|协助|进行|处理|撰写|制定|跟进|维护|经验|能力|[会能有懂做]"
)


# Work that is not the hire's, though its words are in the ad:
# - a colleague or party named as where the hire's input comes from ("根据亚马逊运营提供的选品方向",
#   "按照业务员给出的订单"), as a colleague worked with is not the hire's skill (guide: colleagues; R29);
# - work another team does ("发货由仓储团队负责");
# - work the ad says the hire need not do ("不需要自己开拓客户", "无需参与打包").
_C: Final = "[^" + re.escape(CLAUSE_END) + "]"
_SOURCE: Final = re.compile(rf"(?:根据|按照|依据|依照|配合|按)({_C}{{1,16}}?)(?:提供|给出|给到|下达)的")
# - the leads or resources the employer hands the hire ("通过公司提供的线上资源(抖音、小红书、公众号咨询)跟进意向学员",
#   "跟进公司提供的客户线索"): where the hire's leads come from, not channels the hire runs; matched at each 提供的.
_GIVEN_RESOURCES: Final = re.compile(
    rf"(?:公司|我们|平台|团队)提供的({_C}{{0,6}}?(?:资源|线索|流量|渠道)(?:\([^()]{{1,40}}\))?)"
)
_GIVEN_REACH: Final = 2  # the giver's name before 提供的
#   The other party may be a centre, studio or specialist ("素材拍摄和剪辑由内容中心负责", "产品实拍由外部摄影
#   工作室负责", "报表由数据组统一出", "素材由内容团队产出"), or one the employer has ("上架和推广有运营同事负责",
#   "报关有单独的物流专员对接", "正式图片有美工做"); the party's name is not the hire's work either ("摄影工作室"),
#   and a bracketed list before it is the work ("广告素材(脚本、拍摄、剪辑)由内容团队产出").
# A specialist named by trade is such a party too ("产品拍摄由公司专职摄影师负责"): the shoot is the photographer's.
_PARTIES = ("团队", "部门", "同事", "人员", "专人", "专员", "组", "部", "工程师", "中心", "工作室", "外包", "美工",
            "摄影师", "剪辑师")  # fmt: skip
_PARTY_VERBS: Final = ("负责", "处理", "产出", "制作", "出具", "对接", "来做", "做", "出")
_DELEGATED_TO: Final = rf"{_C}{{0,8}}?(?:{'|'.join(_PARTIES)})(?:统一)?(?:{'|'.join(_PARTY_VERBS)})(?!人)"
# What every match of both forms below holds, a party and its verb ("团队负责", "组统一出"): the shared word pass
# finds them, and most descriptions hold none, so neither form is tried there (trying one at each 有 is dear).
_PARTY_DOES = tuple(party + together + verb for party in _PARTIES for together in ("", "统一") for verb in _PARTY_VERBS)
_PARTY_DOES_SET: Final = frozenset(_PARTY_DOES)
# Searched from each 由 / 有 to the next (a literal first character: the engine skips to it); not 具有, 拥有, 没有,
# 所有.
_DELEGATED: Final = re.compile("由" + _DELEGATED_TO)
_HAS_DELEGATED: Final = re.compile("有(?:专门|专职|单独|专业)?的?" + _DELEGATED_TO)
_NOT_HAS: Final = "具拥没所"
# The gate of both: one of the verbs they end on (做 and 出 only after the names the forms allow) occurs in the text.
# Tested only once a form has matched (rarely): these common verbs would only add to the word pass's occurrences.
_DELEGATED_VERBS = ("负责", "处理", "产出", "制作", "出具", "对接", "来做", "工做", "组出", "组做", "部出", "员做",
                    "事做", "队做", "心出", "心做", "师做")  # fmt: skip
_DELEGATED_REACH: Final = 12  # at most this many characters of the clause before 由 name the work done by others
_BRACKET_REACH: Final = 40  # a bracketed list right before 由 this long at most is part of the work
_NEEDLESS: Final = re.compile(rf"(?:无需|无须|不需要|不用|不要求|不负责|不涉及|不必)(?:自己|亲自)?(?:会)?({_C}+)")
# In English ("you won't be handling customer emails", "photoshop skills are not required"); an English clause also
# ends at a full stop.
_CLAUSE_END_OR_STOP: Final = CLAUSE_END + "."
_E: Final = "[^" + re.escape(_CLAUSE_END_OR_STOP) + "]"
# A background or a kind of role waived ("you don't need a machine-learning background", "this is not a
# machine-learning engineering role") is not asked either.
# What the employer says it does not do ("we do not write marketing copy or product listings") is no ask either.
_NEEDLESS_EN_WORDS = ("won't", "will not", "no need to", "don't need to", "do not need to", "not responsible for",
                      "don't need a", "do not need a", "this is not a", "this isn't a", "we do not ",
                      "we don't ")  # fmt: skip
_NEEDLESS_EN: Final = re.compile(rf"(?:{'|'.join(_NEEDLESS_EN_WORDS)})({_E}+)")
_NOT_NEEDED_EN_WORDS: Final = (" not required", " not needed", " not necessary")
# The same waiver after the skill in Chinese ("后端语言不做要求", "PS不作硬性要求"): the clause before it.
_NOT_NEEDED_WORDS: Final = ("不做要求", "不作要求", "不做硬性要求", "不作硬性要求")
# - what the employer teaches the hire, a benefit ("full training in seller central, ppc basics and tools like
#   sellersprite in your first three months", "we'll train you on helium 10"): to the end of the sentence, as a list
#   of the subjects taught goes on past its commas. Training the hire gives others ("run training for new staff") is
#   the hire's.
_TRAINING_EN_WORDS: Final = ("training in ", "training on ", "train you", "teach you")
# What must stand right before the word for it to be a benefit.
_TRAINING_EN: Final = re.compile(
    r"(?:(?:full|free|paid|complete|on-the-job|hands-on|provide|provides|provided|offer|offers|get|receive) "
    r"training (?:in|on) |(?:we|we'll|we will|will) (?:train|teach) you)\Z"
)
_SENTENCE_END_EN: Final = ".;!?\n"
_TRAINING_EN_REACH: Final = 20  # how far before its word a training phrase may start
# - what a teacher's or trainer's students do (their trades are the school's customers, not the hire's work), to the
#   end of the sentence.
_STUDENTS_EN: Final = ("our students", "our learners", "our trainees")
# - work another team does, in English ("our ops team handles listing copy", "the ads team runs the campaigns"), as
#   _DELEGATED in Chinese: what follows the team's verb, to the end of its clause (a comma does not end it: "our
#   design team handles images, videos and a+ content").
_TEAM_DOES_EN: Final = ("team handles ", "team owns ", "team runs ", "team manages ", "team takes care of ",
                 "team is responsible for ", "team does ", "team writes ", "team produces ")  # fmt: skip
_CLAUSE_END_EN: Final = ".;!?\n("
# - work another party does, in the passive ("customs declarations and HS classification are handled by our customs
#   broker", "product photography is done by an outside studio", "copywriting is provided by the operations team"):
#   the sentence before the verb.
_DONE_BY_VERBS_EN = ("handled", "done", "run", "managed", "owned", "covered", "taken care of", "provided", "supplied",
                     "written", "produced")  # fmt: skip
_DONE_BY_EN: Final = tuple(f"{be} {verb} by " for be in ("is", "are") for verb in _DONE_BY_VERBS_EN)
# - a counterpart the hire works with, in English ("work with our in-house creative team and us influencer agency",
#   "liaise with the amazon ads team"): the name of each team or agency in the clause after the phrase, as a colleague
#   named in a Chinese collaboration clause is (:data:`_COLLEAGUE_SUFFIX`); "work with influencers" is the hire's.
_WORK_WITH_EN: Final = ("work with ", "working with ", "collaborate with ", "collaborating with ", "partner with ",
                 "liaise with ", "liaising with ", "coordinate with ", "coordinating with ", "together with ",
                 "alongside ")  # fmt: skip
_COUNTERPARTS_EN: Final = (" agency", " agencies", " team", " teams", " department", " partners", " colleagues")
_PARTY_STARTS_EN: Final = (" and ", ", ", "/", " & ", " or ")
# - work handed to the hire done ("文案由运营提供", "素材由设计给你"): another's product the hire uses.
_HANDED = re.compile(rf"由{_C}{{1,8}}?(?:提供|给你|给到)")  # matched at each 由: the work is the 8 characters before
_HANDED_REACH: Final = 8
# - jobs the hire recruits for ("负责亚马逊运营、小语种客服等岗位的招聘", "招聘运营、美工等人员"): an HR duty;
# - subjects the hire teaches ("讲授选品、listing优化"): a trainer's course, the employer's product (guide).
# Matched at each 招聘 / 招募: the jobs follow it ("招聘运营、美工等人员") or precede it ("…等岗位的招聘").
_RECRUITED_AFTER: Final = re.compile(rf"(?:招聘|招募)({_C}{{1,30}}?)等?(?:岗位|职位|人员|人才)")
# A hiring plan's list may follow in the same sentence, after a comma, once it is introduced ("负责公司招聘计划的实施,
# 主要包括大数据研发工程师、前端、java等技术岗位"); and a kind word may stand between the list's 等 and its 岗位, or
# a bracketed list after it, before a word or two ahead of 招聘 ("运营、广告、供应链等业务岗位的批量招聘", "技术类岗位
# (前端、后端、测试)的招聘"); not a conjunction: "负责店铺运营及运营人员的管理和招聘" keeps the store's operations.
_RECRUITED_LIST: Final = re.compile(
    rf"(?:招聘|招募)[^。;!?\n]{{0,20}}?(?:包括|如|:)({_C}{{1,40}}?)等{_C}{{0,4}}?(?:岗位|职位|人才)"
)
_RECRUITED_BEFORE: Final = re.compile(
    r"(?:等[^,;。!?\n和及与、]{0,4}?)?(?:岗位|职位|人员|人才)(?:\([^()]{0,40}\))?的?[^,;。!?\n和及与、]{0,4}\Z"
)
_RECRUITED_REACH: Final = 30
_TAUGHT: Final = re.compile(rf"(?:讲授|授课内容|教授学员)({_C}+)")
# - courses a training school offers or sells ("开设亚马逊运营、Temu开店等实战课程", "培训课程(亚马逊实战班、TikTok
#   Shop运营班)"): the employer's product, as a taught subject is.
_COURSES: Final = re.compile(rf"开设({_C}{{1,40}}?)等{_C}{{0,6}}课程|培训课程\(([^()]{{1,40}})\)")
# - what a new hire's induction training covers ("新人有一周的岗前培训(产品知识、邮件模板、平台规则)"): a benefit,
#   matched at each 培训( by the word before it.
_TRAINING_SUBJECTS: Final = re.compile(r"(?:岗前|入职|新人|新员工)培训\(([^()]{1,40})\)")
_TRAINING_REACH: Final = 3
# - training the employer gives the hire ("入职后安排系统的亚马逊广告培训", "提供TikTok直播培训", "每月有直播培训课程"):
#   a benefit, matched at each 培训 by an opener earlier in its clause; not the hire's own training of others
#   ("有亚马逊广告培训经验", "负责新人培训": no opener, or 经验 / 能力 after it).
_TRAINED_BY = re.compile("提供|安排|享受|免费|带薪|定期|入职后|入职即|岗前|公司有|每月有|每周有|不定期|系统化|系统的")
_TRAINED_REACH: Final = 20
# The words around a training that name no subject ("提供完善的培训", "入职后有为期两周的岗前培训").
_TRAINING_FILLER: Final = (
    "完善系统化的专业全面免费定期各类相关岗前入职带薪多种丰富优质完整及和与、 有为期一二两三四五六七八九十半周天个月年"
)
_TRAINER_AFTER: Final = ("经验", "能力", "师", "他人", "团队", "新人", "下属")
# - training the employer gives on a subject named after the word ("公司会培训平台规则", "入职后会有专人培训亚马逊后台
#   操作"): from the word to the clause's end; the employer or a trainer must be its subject (not "会培训新人": the
#   hire can train).
_TRAINS_YOU = ("公司会", "公司将", "我们会", "我们将", "会有专人", "有专人", "由专人", "老员工", "有师傅", "师傅会")
# - what the hire learns on the job ("入职有带薪培训,系统学习亚马逊运营", "有师傅带,手把手学习天猫店铺运营", "可以免费
#   旁听亚马逊运营课程"): to the clause's end; not what the hire has studied ("系统学习过数据分析者优先").
_LEARNS: Final = ("系统学习", "全面学习", "手把手学习", "免费学习", "跟着学习", "带你学习", "旁听")
_LEARNS_RE: Final = re.compile("|".join(_LEARNS))  # one search: the engine skips to the words' few first characters
# - what the hire likes to watch or scroll ("平时爱刷TikTok", "喜欢看直播、刷短视频"): a hobby, to the clause's end.
# - what the employer will teach the hire, a perk ("公司会教你亚马逊广告", "带你学会广告投放", "you'll learn amazon
#   ppc from our team"): from the word to the end of its clause (English: its sentence).
_TAUGHT_YOU: Final = ("教你", "带你学", "手把手教", "you will learn", "you'll learn", "we'll teach", "we will teach")
_HOBBY_WORDS: Final = ("喜欢刷", "爱刷", "平时刷", "经常刷", "天天刷", "每天刷", "喜欢看", "爱看", "热爱刷")
# - interest, curiosity or passion for a thing only ("对视频拍摄感兴趣", "对人工智能有强烈兴趣", "对新技术充满好奇",
#   "对AI产品充满热情"): no ask of the hire (R130); an ask elsewhere in the ad gives the id. The thing from 对 to the
#   word; not where its clause asks it too ("对短视频感兴趣并有剪辑经验"). 热爱X is left alone: on the read rows the
#   thing loved is asked elsewhere in words the taxonomy lacks (从数据中探索行为模式, E-Marketing), or a scraped line
#   runs on into the tools asked ("热爱设计工作photoshop、illustrator").
_INTEREST_WORDS: Final = ("兴趣", "好奇", "热情")  # after the thing, which 对 opens
_INTEREST_REACH: Final = 24  # at most this many characters from 对 to the word
_ASKED_TOO: Final = ("经验", "熟悉", "精通", "掌握", "擅长", "能力", "了解", "懂得", "能够", "具备", "具有", "负责")
# - the employer's other open positions ("其他在招岗位(欢迎推荐):亚马逊运营专员×3、平面设计×2", "公司其他在招:…",
#   "同时招聘:…"): jobs of others, to the end of the line.
_OTHER_OPENINGS = ("其他在招", "其它在招", "同时在招", "同时招聘", "另招", "还在招", "也在招", "还招聘", "热招职位",
                   "热招岗位", "在招职位", "在招岗位")  # fmt: skip
# - the roles the hire may grow or move into ("发展路径:运营专员—主管(负责独立站)", "表现好的可以往跟单、运营方向
#   转岗"): a career perk, not the job; a labelled path to the end of its line, a transfer back to its clause's start.
_CAREER_PATHS: Final = ("发展路径:", "晋升路径:", "晋升通道:")
_TRANSFER: Final = "转岗"
# - the languages an engineer switches from ("有C++/Java转Go经验亦可", "PHP转Java也可"): a background accepted, not
#   asked; the list of names right before the switch word.
_SWITCH_WORDS: Final = ("转go", "转golang", "转java", "转python", "转php", "转c++")
_SWITCHED_FROM: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789+#./、 ")
# - work the employer has others for ("公司有采购和打包的同事", "公司有专门的报关团队"), matched at each 公司有.
_HAS_OTHERS: Final = re.compile(rf"公司有(?:专门|专业|专职)?的?({_C}{{1,10}}?)的?(?:同事|团队|部门|人员)")


# - a team or department named with its fields before its word and a word of working together after it, after 与 /
#   跟 ("与产品、供应链、品牌、物流部门协同", "与google ads、meta投放团队配合"): the fields are the team's work, not the
#   hire's (guide: colleagues); and a team's make-up in brackets after its word ("海外市场团队(品牌、内容、社媒、投放、
#   pr)", "外贸部(3个业务组、1个单证组)", "内容中心(视频拍摄、设计)"): who the team holds ("团队涵盖前端、后端", guide).
#   What the hire does with the team stays: "与设计部门配合完成主图拍摄". The form after a verb of working with the
#   team ("对接抖音、小红书内容团队", "配合物流部安排头程发货") is not cut here: it cost +2.8% instructions per posting
#   (every cut text is scanned afresh by the verb-object and English passes); its term hits alone are dropped
#   (:data:`_TEAM_TAIL`).
_TEAM_WORDS: Final = ("团队", "部门", "同事", "中心", "部", "组", "代理", "主办方", "律所")
_WITH_PAIRED: Final = ("与", "跟")  # before the team, with a word of working together right after it
_TOGETHER = ("配合", "协作", "合作", "协同", "沟通", "对接", "协调", "一起", "共同", "紧密", "联动", "保持", "的沟通",
             "的协作", "的合作", "的对接", "的配合")  # fmt: skip
_TEAM_REACH: Final = 24  # at most this many characters from the verb to the team word
# The hire's own work between the verb and the team word: the verb's object is that work, not the team (not 管理:
# "政府管理部门").
_OWN_WORK = ("完成", "负责", "进行", "制定", "提出", "处理", "跟进", "优化", "搭建", "推动", "推进", "确保", "保证",
             "安排", "做")  # fmt: skip
# A list of fields is joined by 、 and /; a party named before 和 is not the team's ("与海外客户和物流团队的对接").
_LIST_JOINS: Final = ("和", "及", "与", "以及")
_MAKEUP_REACH: Final = 40
# A team named by a bare function word that names no skill ("配合运营团队", "与设计部门配合"): nothing to cut, and a cut
# text is a new text that the verb-object and English passes scan afresh (dear): no span.
_BARE_TEAMS: Final = frozenset({"运营", "设计", "产品", "技术", "研发", "开发", "销售", "市场", "业务", "商务", "财务",
                         "人事", "行政", "内容", "视觉", "品牌", "数据", "各", "相关", "其他", "各个", "公司",
                         "内部"})  # fmt: skip
_MAKEUP_WORDS: Final = ("团队(", "部门(", "中心(", "部(", "组(")
# The paired form's team word and its word of working together, as one word of the shared pass: by team word. Not
# 合作 ("团队合作精神" is in most ads; "紧密合作" is kept).
_PAIRED_WORDS: Final = {t + w: t for t in _TEAM_WORDS for w in _TOGETHER if w != "合作"}
_MAKEUP: Final = re.compile("|".join(map(re.escape, _MAKEUP_WORDS)))
# A team the hire leads: its make-up is the hire's remit ("管理物流部(海运订舱、报关清关、海外仓对接)").
_LEADS: Final = ("管理", "带领", "组建", "负责", "搭建", "领导")


# - the areas of a client's needs ("挖掘客户在海外部署、数据合规、cdn加速等方面的需求"): the client's work, which the
#   hire serves (a SaaS or cloud seller's customers), not the hire's. (A client's business in brackets, "了解客户的业务
#   流程(多店铺管理、fba发货…)", is labelled both ways on the read rows, and "与日本客户的邮件往来(报价单、样品确认)"
#   is the hire's.)
_CLIENT_AREAS_WORD: Final = "客户在"
_CLIENT_AREAS: Final = re.compile(rf"客户在({_C}{{1,30}}?)等?方面")


def _clients_work(text: str) -> list[tuple[int, int]]:
    """The spans of the areas of a client's needs (:data:`_CLIENT_AREAS`)."""
    spans: list[tuple[int, int]] = []
    for at in starts_of(text, _CLIENT_AREAS_WORD):
        m = _CLIENT_AREAS.match(text, at)
        if m is not None:
            spans.append(m.span(1))
    return spans


def _paired_team_work(text: str, present: set[str]) -> list[tuple[int, int]]:
    """The spans of the paired form: a team word and a word of working together (:data:`_PAIRED_WORDS`, found by the
    shared word pass), with 与 or 跟 before the team's fields ("与产品、供应链、物流部门协同")."""
    spans: list[tuple[int, int]] = []
    for word in present:
        team = _PAIRED_WORDS.get(word)
        if team is None:
            continue
        for at in starts_of(text, word):
            end = at + len(team)
            lo = max(0, at - _TEAM_REACH)
            for verb in _WITH_PAIRED:
                v = text.rfind(verb, lo, at)
                if v < 0 or (verb == "与" and text[v - 1 : v] == "参"):
                    continue
                start = v + len(verb)
                if _CLAUSE_BREAK.search(text, start, at) is None and not any(
                    text.find(w, start, at) >= 0 for w in _OWN_WORK
                ):
                    for join in _LIST_JOINS:
                        j = text.rfind(join, start, at)
                        if j >= 0:
                            start = max(start, j + len(join))
                    if start < at and text[start:at] not in _BARE_TEAMS:
                        spans.append((start, end))
                    break
    return spans


def _team_makeup(text: str) -> list[tuple[int, int]]:
    """The spans of a team's make-up in brackets after its word (:data:`_MAKEUP_WORDS`), unless the hire leads it."""
    spans: list[tuple[int, int]] = []
    for made in _MAKEUP.finditer(text):
        at, end = made.start(), made.end()
        lo = max(last_of(text, CLAUSE_END, at) + 1, at - _TEAM_REACH)
        if not any(text.find(w, lo, at) >= 0 for w in _LEADS):
            close = text.find(")", end, end + _MAKEUP_REACH)
            if close > 0:
                spans.append((end, close))
    return spans


# - the cost items of a cost or price calculation ("成本核算(含头程、FBA费用、广告预算)", "定价测算(含汇率、
#   关税、尾程)", "价格测算表(含佣金、物流费、汇率)", "核算每个SKU的利润(采购价、头程、尾程、平台扣点)", "卖家的成本
#   结构(头程、佣金、广告)"): inputs the hire adds up, not logistics or ad work of the hire's (R29; R65, R95);
#   so are the columns of competitor data kept ("整理竞品数据(价格、BSR排名、关键词、评论)"): competitor analysis.
# 利润 only before a list of items ("利润(售价-采购-运费-佣金)"), not before its own name ("净利润(P&L)").
_COST_ITEMS: Final = re.compile(
    r"(?:核算|测算表?|核价底线|成本构成|成本结构|利润(?=\([^()]*[、+-])|竞品数据|竞品信息)\((?:含|包括)?([^()]{1,40})\)"
)
_COST_ITEM_WORDS: Final = (
    "核算(", "测算(", "测算表(", "核价底线(", "成本构成(", "成本结构(", "利润(", "竞品数据(", "竞品信息("
)  # fmt: skip

# - work sent outside ("产品拍摄外包给摄影棚", "包装设计委托给第三方"): the clause holding it, the outside party's name
#   too ("摄影棚" is no photography of the hire's).
_OUTSOURCED_WORDS = ("外包给", "外包出去", "外包到", "外包至", "委托给", "委托第三方", "交给第三方", "交由第三方",
                     "交给外部", "交由外部")  # fmt: skip
_OUTSOURCED_REACH: Final = 16  # at most this many characters of the clause before the word name the work sent out
# - what a trainer's course or teaching material covers ("编写外贸函电、询盘回复、listing写作等教学案例", "开设运营、
#   选品等课程", "课程内容:选品、广告、物流", "培训课程,包括:云计算技术、数据分析"): the employer's product (guide: a
#   trainer's course), the clause before the word, or the line after it when it heads a list.
_COURSE_CONTENT_WORDS = ("教学案例", "教学内容", "课程内容", "教案", "等课程", "等培训课程", "等实战课", "课程,包括",
                         "课程包括")  # fmt: skip
# - a counterpart's account manager ("与亚马逊客户经理沟通", "平台客户经理"): a person the hire deals with, not the
#   hire's customers.
_ACCOUNT_MANAGER: Final = "客户经理"
_COUNTERPART_BEFORE: Final = ("与", "和", "跟", "同", "平台", "亚马逊", "amazon", "官方", "招商", "对接")
_COUNTERPART_REACH: Final = 8
# - what the hire sells or demonstrates when it is the employer's software or tool ("向卖家销售我司的ERP软件和选品工具",
#   "sell our listing tool"): the employer's product (R53, R74: selling ERP software is no erp_general), from the
#   selling words to the product word in its clause.
_SELL_WORDS: Final = ("销售我司", "销售公司", "销售我们", "推销我司", "推销公司", "推广我司", "推广公司的", "推荐我司",
               "推荐公司的", "向卖家销售", "向卖家推荐", "向卖家推广", "向客户销售", "向客户推荐", "向客户推广",
               "向商家销售", "向商家推荐", "sell our ", "selling our ", "demo our ", "pitch our ",
               "sell the company's ")  # fmt: skip
# Not 服务: a forwarder's sales staff selling its first-leg lanes does that logistics work (R63).
_PRODUCT_NOUNS: Final = ("软件", "工具", "系统", "saas", "插件", " software", " tool", " platform", " app")
_PRODUCT_REACH: Final = 30
# - a competitor's items ("分析竞品的listing、价格和广告位", "研究竞争对手的广告策略和定价"): researching them is
#   `competitor_analysis` (guide: R79's research ids), not the hire's listing, pricing or ads; from the possessive to
#   where the hire's part of the clause begins (并优化自家…) or the market is named beside the competitor (R6).
#   Rival products named as examples ("跟进海外同类产品(如Quora、Medium)的动态", "竞品(如Shein、Temu)") are such items
#   too: following them is research, not the hire's forum or store work.
_COMPETITOR_OF: Final = ("竞品的", "竞争对手的", "对手的", "competitors' ", "competitor's ", "同类产品(", "竞品(")
_COMPETITOR_STOPS = ("并", "以", "来", "从而", "进而", "提出", "制定", "优化", "调整", "用于", "为", "市场", "行业",
                     "趋势", " and use", " to ", " market", " trend")  # fmt: skip
# The market named just before the competitor's possessive ("行业和竞品的研究分析").
_MARKET_AND: Final = frozenset({"行业和", "行业及", "行业与", "市场和", "市场及", "市场与"})

# - the employer's product named in corner brackets beside 产品 ("负责公司SaaS产品「云栈CRM」的销售", "负责「云表CRM」
#   后台产品规划"): a product's name (R53, R74), not a tool the hire uses; the bracket's content.
_NAME_OPEN, _NAME_CLOSE = "「", "」"
_NAME_REACH: Final = 20  # the longest name
_NAME_PRODUCT_REACH: Final = 8  # how far before the name or after it 产品 may stand

# The list forms above, by word (:func:`_one_form`).
# - a list of the employer's products in a clause about selling them ("售卖又拍云的cdn、云存储、ssl证书等相关云服务
#   产品", "负责公司云计算业务(云主机、云存储及cdn)等产品销售", "微信公众号广告资源的销售"): what the hire sells
#   (R53, R74: selling ERP software is no erp_general), from the clause's start to the list's end; not a platform's
#   goods ("亚马逊、ebay等平台的产品销售": no 等产品 there).
_PRODUCT_LIST_WORDS: Final = ("等产品", "服务产品", "广告资源")
_PRODUCT_LIST: Final = re.compile(r"等(?:相关)?[^,;。!?\n、]{0,4}?(?:产品|服务)")
_PRODUCT_LIST_REACH: Final = 6  # how far before 服务产品 the list's 等 may stand
_SELLING: Final = ("销售", "售卖", "推销", "代理")

# - a client's business named in brackets as what the hire learns, surveys or configures the product for ("深入了解
#   客户的业务流程(多店铺管理、fba发货、海外仓对接)", "帮助客户梳理跨境业务流程(采购—入库—发货—fba/海外仓)"): the
#   clients' work (R108), the bracket's items; matched at each 流程( / 业务( with 客户 and a verb of learning or
#   helping before it in its clause. Not the hire's own process ("熟悉跨境电商业务流程(选品、上架、发货)": no 客户;
#   "负责客户订单全流程(报价、订舱、报关)": the hire's, no such verb).
_CLIENT_PROCESS_WORDS: Final = ("流程(", "业务(", "场景(")
_CLIENT_VERBS = ("了解", "调研", "梳理", "诊断", "理解", "熟悉", "挖掘", "帮助", "协助", "帮", "根据", "结合", "针对",
                 "分析")  # fmt: skip
_CLIENT_REACH: Final = 24  # how far before the bracket 客户 may stand
# - work a department of the employer does while the hire coordinates it ("协调操作部处理订舱、清关", "协调品质部验货",
#   "协调内部版房打样、寄样"): colleagues' work (R109), from the department's name to the clause's end. Not outside
#   parties ("协调工厂排产", R64), a warehouse's dispatch arranged ("协调仓库发货", "协调仓储部发货": R75), the hire's
#   own or every department ("协调本部门", "协调各部门完成大促筹备").
_COORDINATED: Final = re.compile(
    r"协调好?(?:公司|内部|国内|总部)?的?((?:[\u4e00-\u9fff、/和及]{1,12}?(?:部门|部|团队|同事|小组)|版房|样衣间)(?![长门]))"
)
_NOT_DEPARTMENTS: Final = frozenset({"内部", "外部", "全部", "局部", "干部"})
_NOT_COLLEAGUES = ("能力", "沟通", "各", "相关", "其他", "其它", "跨", "多", "本", "自己", "所在", "仓", "上下游",
                   "内外", "与", "和", "所有", "全")  # fmt: skip

(
    _OUTSOURCED, _COURSE_CONTENT, _COUNTERPART, _SOLD, _TAUGHT_TO_YOU, _COMPETITOR, _PRODUCTS, _CLIENTS, _COLLEAGUES,
    _INTEREST,
) = range(10)  # fmt: skip
_FORM_OF: Final[dict[str, int]] = {
    **dict.fromkeys(_CLIENT_PROCESS_WORDS, _CLIENTS),
    "协调": _COLLEAGUES,
    **dict.fromkeys(_PRODUCT_LIST_WORDS, _PRODUCTS),
    **dict.fromkeys(_OUTSOURCED_WORDS, _OUTSOURCED),
    **dict.fromkeys(_COURSE_CONTENT_WORDS, _COURSE_CONTENT),
    _ACCOUNT_MANAGER: _COUNTERPART,
    **dict.fromkeys(_SELL_WORDS, _SOLD),
    **dict.fromkeys(_TAUGHT_YOU, _TAUGHT_TO_YOU),
    **dict.fromkeys(_COMPETITOR_OF, _COMPETITOR),
    **dict.fromkeys(_INTEREST_WORDS, _INTEREST),
}

# The words that gate each form of :func:`_not_the_hires`, found by nlp/word_pass.py's shared pass over the text:
# for a description that pass has already run (sections read it), and one pass costs less than testing each word
# with ``in``.
_SOURCE_WORDS: Final = ("提供的", "给出的", "给到的", "下达的")
_NEEDLESS_WORDS: Final = ("无需", "无须", "不需要", "不用", "不要求", "不负责", "不涉及", "不必")
_NEEDLESS_EN_GATES: Final = (" not ", "won't", "no need", "n't need", "isn't a", "we don't ")
_OTHERS_EN_GATES: Final = ("team ", "our ", "train", "teach you", *_WORK_WITH_EN, *_DONE_BY_EN)
_HANDED_WORDS: Final = ("提供", "给你", "给到")
_RECRUITING_WORDS: Final = ("招聘", "招募")
_TAUGHT_WORDS: Final = ("讲授", "授课内容", "教授学员")
_GATES: Final[tuple[str, ...]] = tuple(dict.fromkeys((
    *_SOURCE_WORDS, "由", *_NEEDLESS_WORDS, *_NOT_NEEDED_WORDS, *_NEEDLESS_EN_GATES, *_OTHERS_EN_GATES, *_HANDED_WORDS,
    *_RECRUITING_WORDS, *_TAUGHT_WORDS, *_COST_ITEM_WORDS, "课程", "培训(", *_HOBBY_WORDS, *_OTHER_OPENINGS, "公司有",
    *_CAREER_PATHS, _TRANSFER, *_PARTY_DOES, *_OUTSOURCED_WORDS, *_COURSE_CONTENT_WORDS, _ACCOUNT_MANAGER,
    *_SELL_WORDS, *_COMPETITOR_OF, *_TAUGHT_YOU, *_SWITCH_WORDS, *_PRODUCT_LIST_WORDS, _CLIENT_AREAS_WORD, *_LEARNS,
    *_MAKEUP_WORDS, *_PAIRED_WORDS, *_CLIENT_PROCESS_WORDS, "协调", *_INTEREST_WORDS,
)))  # fmt: skip


def gate_words() -> tuple[str, ...]:
    """The words nlp/word_pass.py looks for on behalf of :func:`_not_the_hires` (their ranks index this tuple)."""
    return _GATES


# The gate lists above as sets: whether a text holds one of a list's words is one isdisjoint on the words present.
_SOURCE_WORDS_SET: Final = frozenset(_SOURCE_WORDS)
_NEEDLESS_WORDS_SET: Final = frozenset(_NEEDLESS_WORDS)
_NOT_NEEDED_WORDS_SET: Final = frozenset(_NOT_NEEDED_WORDS)
_NEEDLESS_EN_GATES_SET: Final = frozenset(_NEEDLESS_EN_GATES)
_OTHERS_EN_GATES_SET: Final = frozenset(_OTHERS_EN_GATES)
_HANDED_WORDS_SET: Final = frozenset(_HANDED_WORDS)
_TAUGHT_WORDS_SET: Final = frozenset(_TAUGHT_WORDS)
_COST_ITEM_WORDS_SET: Final = frozenset(_COST_ITEM_WORDS)
_HOBBY_WORDS_SET: Final = frozenset(_HOBBY_WORDS)
_LINE_OPENERS: Final = (*_OTHER_OPENINGS, *_CAREER_PATHS)  # each to its line's end
_LINE_OPENERS_SET: Final = frozenset(_LINE_OPENERS)
_SWITCH_WORDS_SET: Final = frozenset(_SWITCH_WORDS)
_LEARNS_SET: Final = frozenset(_LEARNS)
_MAKEUP_WORDS_SET: Final = frozenset(_MAKEUP_WORDS)
_PAIRED_WORDS_SET: Final = frozenset(_PAIRED_WORDS)


def _not_the_hires(text: str) -> list[tuple[int, int]]:
    """Spans naming work that is not the hire's (above); each form is searched only where its words occur."""
    # Training given (:data:`_TRAINED_BY`): 培训 is in most descriptions, so it is no gate word, which would send
    # every one of them through all the forms below.
    spans = _trained(text) if "培训" in text else []
    if _NAME_OPEN in text:
        spans += _product_names(text)
    present = {_GATES[rank] for _, rank, _ in word_pass.find(text)[word_pass.NOT_THE_HIRES]}
    if not present:
        return spans
    if not present.isdisjoint(_PAIRED_WORDS_SET):  # a team's fields before a word of working together, after 与 / 跟
        spans += _paired_team_work(text, present)
    if not present.isdisjoint(_MAKEUP_WORDS_SET):
        spans += _team_makeup(text)
    if _CLIENT_AREAS_WORD in present:
        spans += _clients_work(text)
    if not present.isdisjoint(_LEARNS_SET):
        spans += _learned(text)
    if not present.isdisjoint(_SOURCE_WORDS_SET):
        spans += [m.span(1) for m in _SOURCE.finditer(text)]
        if "提供的" in present:
            for at in starts_of(text, "提供的"):
                given = _GIVEN_RESOURCES.match(text, max(0, at - _GIVEN_REACH))
                if given is not None:
                    spans.append(given.span(1))
    if not present.isdisjoint(_PARTY_DOES_SET):
        spans += _delegated(text, "由" in present)
    if not present.isdisjoint(_NEEDLESS_WORDS_SET):
        spans += [m.span(1) for m in _NEEDLESS.finditer(text)]
    if not present.isdisjoint(_NOT_NEEDED_WORDS_SET):
        for word in _NOT_NEEDED_WORDS:
            spans += [(last_of(text, CLAUSE_END, at) + 1, at) for at in starts_of(text, word) if word in present]
    if not present.isdisjoint(_NEEDLESS_EN_GATES_SET):
        for word in _NEEDLESS_EN_WORDS:
            for at in starts_of(text, word):
                needless = _NEEDLESS_EN.match(text, at)
                if needless is not None:
                    spans.append(needless.span(1))
        for word in _NOT_NEEDED_EN_WORDS:  # "photoshop skills are not required": the clause before it
            spans += [(last_of(text, _CLAUSE_END_OR_STOP, at) + 1, at) for at in starts_of(text, word)]
    if not present.isdisjoint(_OTHERS_EN_GATES_SET):
        spans += _not_the_hires_en(text)
    if "由" in present and not present.isdisjoint(_HANDED_WORDS_SET):
        for at in starts_of(text, "由"):
            if _HANDED.match(text, at):
                spans.append((max(last_of(text, CLAUSE_END, at) + 1, at - _HANDED_REACH), at))
    for word in _RECRUITING_WORDS:
        for at in starts_of(text, word) if word in present else []:
            jobs = _RECRUITED_AFTER.match(text, at) or _RECRUITED_LIST.match(text, at)
            if jobs is not None:
                spans.append(jobs.span(1))
            else:
                lo = max(last_of(text, CLAUSE_END, at) + 1, at - _RECRUITED_REACH - 3)
                before = _RECRUITED_BEFORE.search(text, lo, at)
                if before is not None and before.start() > lo:
                    spans.append((lo, at))  # the jobs, and a bracketed list after their 岗位
    if not present.isdisjoint(_TAUGHT_WORDS_SET):
        spans += [m.span(1) for m in _TAUGHT.finditer(text)]
    if not present.isdisjoint(_COST_ITEM_WORDS_SET):
        spans += [m.span(1) for m in _COST_ITEMS.finditer(text)]
    if "课程" in present:
        spans += [m.span(1) if m.start(1) >= 0 else m.span(2) for m in _COURSES.finditer(text)]
    if "培训(" in present:
        for at in starts_of(text, "培训("):
            taught = _TRAINING_SUBJECTS.search(text, max(0, at - _TRAINING_REACH), at + 45)
            if taught is not None and taught.start() < at:
                spans.append(taught.span(1))
    if not present.isdisjoint(_HOBBY_WORDS_SET):
        for word in _HOBBY_WORDS:
            for at in starts_of(text, word) if word in present else []:
                spans.append((at, _clause_end(text, at)))
    if "公司有" in present:
        for at in starts_of(text, "公司有"):
            has = _HAS_OTHERS.match(text, at)
            if has is not None:
                spans.append(has.span(1))
    if not present.isdisjoint(_LINE_OPENERS_SET):
        for word in _LINE_OPENERS:
            for at in starts_of(text, word) if word in present else []:
                eol = text.find("\n", at)
                spans.append((at, eol if eol >= 0 else len(text)))
    if _TRANSFER in present:
        spans += [(last_of(text, CLAUSE_END, at) + 1, at) for at in starts_of(text, _TRANSFER)]
    if not present.isdisjoint(_SWITCH_WORDS_SET):
        for word in _SWITCH_WORDS:
            for at in starts_of(text, word) if word in present else []:
                lo = at
                while lo > 0 and text[lo - 1] in _SWITCHED_FROM:
                    lo -= 1
                spans.append((lo, at))
    # The forms below each hold a list of words; most texts hold none of them: their words are looked up from the
    # few words present, not each word of each list in turn.
    for word in present:
        form = _FORM_OF.get(word)
        if form is not None:
            spans += _one_form(text, word, form)
    return spans


def _product_names(text: str) -> list[tuple[int, int]]:
    """The spans of the employer's products named in corner brackets beside 产品 (:data:`_NAME_OPEN`)."""
    spans: list[tuple[int, int]] = []
    for at in starts_of(text, _NAME_OPEN):
        end = text.find(_NAME_CLOSE, at + 1, at + 1 + _NAME_REACH)
        if end < 0:
            continue
        before = text.find("产品", max(0, at - _NAME_PRODUCT_REACH), at)
        if before >= 0 or text.find("产品", end + 1, end + 1 + _NAME_PRODUCT_REACH) >= 0:
            spans.append((at + 1, end))
    return spans


def _one_form(text: str, word: str, form: int) -> list[tuple[int, int]]:
    """The spans of one of the list forms of :func:`_not_the_hires` (:data:`_FORM_OF`) at each ``word``."""
    spans: list[tuple[int, int]] = []
    for at in starts_of(text, word):
        end = at + len(word)
        if form == _OUTSOURCED:
            spans.append((max(last_of(text, CLAUSE_END, at) + 1, at - _OUTSOURCED_REACH), _clause_end(text, at)))
        elif form == _COURSE_CONTENT:
            if text.startswith(":", end):  # a heading: the list after it
                eol = text.find("\n", end)
                spans.append((end, eol if eol >= 0 else len(text)))
            else:
                spans.append((last_of(text, CLAUSE_END, at) + 1, at))
        elif form == _COUNTERPART:
            lo = max(last_of(text, CLAUSE_END, at) + 1, at - _COUNTERPART_REACH)
            if any(text.find(w, lo, at) >= 0 for w in _COUNTERPART_BEFORE):
                spans.append((at, end))
        elif form == _SOLD:
            spans += _sold(text, end)
        elif form == _CLIENTS:
            close = text.find(")", end, end + _BRACKET_REACH)
            lo = max(last_of(text, CLAUSE_END, at) + 1, at - _CLIENT_REACH)
            client = text.find("客户", lo, at)
            if close > 0 and client >= 0 and any(text.find(w, lo, client) >= 0 for w in _CLIENT_VERBS):
                spans.append((end, close))
        elif form == _COLLEAGUES:
            m = _COORDINATED.match(text, at)
            name = m.group(1) if m is not None else ""
            if name and name not in _NOT_DEPARTMENTS and not name.startswith(_NOT_COLLEAGUES) and "仓" not in name:
                spans.append((at + len(word), _clause_end(text, end)))
        elif form == _INTEREST:
            lo = max(last_of(text, CLAUSE_END, at) + 1, at - _INTEREST_REACH)
            opens = text.rfind("对", lo, at)
            stop = _clause_end(text, end)
            if opens >= 0 and not any(text.find(w, opens, stop) >= 0 for w in _ASKED_TOO):
                spans.append((opens + 1, at))
        elif form == _TAUGHT_TO_YOU:
            stop = first_of(text, _SENTENCE_END_EN if word.isascii() else CLAUSE_END, at)
            spans.append((at, stop if stop >= 0 else len(text)))
        elif form == _PRODUCTS:
            if word == "服务产品":
                at = text.rfind("等", max(0, at - _PRODUCT_LIST_REACH), at)
                if at < 0:
                    continue
            if word != "广告资源" and _PRODUCT_LIST.match(text, at) is None:
                continue
            lo = last_of(text, CLAUSE_END, at) + 1
            hi = _clause_end(text, end)
            if any(text.find(w, lo, hi) >= 0 for w in _SELLING):
                spans.append((lo, at))
        else:  # a competitor's items
            if text[max(0, at - 3) : at] in _MARKET_AND:
                # "行业和竞品的研究分析": the market is researched beside the competitor (R6, R79), the words after
                # the possessive are the hire's research of both, not a competitor's items.
                continue
            stop = _clause_end(text, end)
            for w in _COMPETITOR_STOPS:
                i = text.find(w, end, stop)
                if i >= 0:
                    stop = i
            spans.append((end, stop))
    return spans


def _sold(text: str, start: int) -> list[tuple[int, int]]:
    """The span of a tool or service sold from a selling verb ending at ``start`` (:data:`_SELL_WORDS`): from there to
    the last product word in its clause within reach, if any ("销售我司的ERP软件和选品工具")."""
    stop = min(_clause_end(text, start), start + _PRODUCT_REACH)
    last = -1
    for noun in _PRODUCT_NOUNS:
        at = text.rfind(noun, start, stop)
        if at >= 0:
            last = max(last, at + len(noun))
    return [(start, last)] if last > start else []


def _trained(text: str) -> list[tuple[int, int]]:
    """Spans of training the employer gives the hire: from an opener (:data:`_TRAINED_BY`) in 培训's clause to it."""
    spans: list[tuple[int, int]] = []
    at = text.find("培训")
    while at >= 0:
        if text.endswith(_TRAINS_YOU, max(0, at - 4), at) and not text.startswith(_TRAINER_AFTER, at + 2):
            spans.append((at + 2, _clause_end(text, at + 2)))
        elif not text.startswith(_TRAINER_AFTER, at + 2):
            opener = _TRAINED_BY.search(text, max(0, at - _TRAINED_REACH), at)
            # Only a subject is worth the span ("提供完善的培训" names none): a blanked text is a new text, which the
            # verb-object and English passes scan afresh.
            if (
                opener is not None
                and text[opener.end() : at].strip(_TRAINING_FILLER)
                and _CLAUSE_BREAK.search(text, opener.end(), at) is None
            ):
                spans.append((opener.end(), at))
        at = text.find("培训", at + 2)
    return spans


def _learned(text: str) -> list[tuple[int, int]]:
    """Spans of what the hire learns on the job (:data:`_LEARNS`): from the word to its clause's end."""
    spans: list[tuple[int, int]] = []
    for m in _LEARNS_RE.finditer(text):
        end = m.end()
        if not text.startswith("过", end):
            spans.append((end, _clause_end(text, end)))
    return spans


def _delegated(text: str, by_named: bool) -> list[tuple[int, int]]:
    """The spans of work handed to others (:data:`_DELEGATED`, :data:`_HAS_DELEGATED`), when the text holds one of
    :data:`_DELEGATED_VERBS`; ``by_named``: whether it holds 由."""
    spans: list[tuple[int, int]] = []
    # Both forms open on one literal character: the regex engine's search skips from one 由 / 有 to the next by
    # itself and tries the form only there, about half the cost of a find-loop that calls match at each.
    m = _DELEGATED.search(text) if by_named else None
    while m is not None:
        spans.append(_delegated_span(text, m.start(), m.end()))
        m = _DELEGATED.search(text, m.start() + 1)
    m = _HAS_DELEGATED.search(text)
    while m is not None:
        at = m.start()
        if text[at - 1 : at] not in _NOT_HAS:  # at 0 too: "" is in every string
            spans.append(_delegated_span(text, at, m.end()))
        m = _HAS_DELEGATED.search(text, at + 1)
    if spans and not any(verb in text for verb in _DELEGATED_VERBS):
        return []
    return spans


def _delegated_span(text: str, at: int, end: int) -> tuple[int, int]:
    """The span of work handed to others by the phrase ``text[at:end]`` ("由内容团队负责"): the clause before it, from
    a bracketed list right before it ("广告素材(脚本、拍摄、剪辑)由…"), and the phrase."""
    if text.endswith(")", 0, at) and (opened := text.rfind("(", max(0, at - _BRACKET_REACH), at)) >= 0:
        at = opened
    return max(last_of(text, CLAUSE_END, at) + 1, at - _DELEGATED_REACH), end


def _not_the_hires_en(text: str) -> list[tuple[int, int]]:
    """The English spans of :func:`_not_the_hires`: another team's work, students' trades, training given."""
    spans: list[tuple[int, int]] = []
    for word in _TEAM_DOES_EN:
        for at in starts_of(text, word):  # "our ops team handles listing copy; you focus on images": to clause end
            end = at + len(word)
            stop = first_of(text, _CLAUSE_END_EN, end)
            spans.append((end, stop if stop >= 0 else len(text)))
    for word in _WORK_WITH_EN:
        for at in starts_of(text, word):
            spans += _counterparts_en(text, at + len(word))
    for word in _DONE_BY_EN:
        for at in starts_of(text, word):  # "store settlements are handled by the finance assistant": the sentence
            spans.append((last_of(text, _SENTENCE_END_EN, at) + 1, at))
    for word in _STUDENTS_EN:
        for at in starts_of(text, word):  # "many of our students work in cross-border e-commerce, so you'll help…"
            stop = first_of(text, _SENTENCE_END_EN, at)
            spans.append((at, stop if stop >= 0 else len(text)))
    for word in _TRAINING_EN_WORDS:
        for at in starts_of(text, word):
            end = at + len(word)
            if _TRAINING_EN.search(text, max(0, at - _TRAINING_EN_REACH), end) is not None:
                stop = first_of(text, _SENTENCE_END_EN, end)
                spans.append((end, stop if stop >= 0 else len(text)))
    return spans


def _counterparts_en(text: str, start: int) -> list[tuple[int, int]]:
    """The names of the teams and agencies in the clause from ``start`` (:data:`_WORK_WITH_EN`): each from the start
    of its list item to its team word."""
    stop = first_of(text, _CLAUSE_END_EN, start)
    stop = len(text) if stop < 0 else stop
    spans: list[tuple[int, int]] = []
    for noun in _COUNTERPARTS_EN:
        for at in starts_of(text[start:stop], noun):
            end = start + at + len(noun)
            lo = start
            for sep in _PARTY_STARTS_EN:
                i = text.rfind(sep, lo, start + at)
                if i >= 0:
                    lo = i + len(sep)
            spans.append((lo, end))
    return spans


def _without_others_work(text: str) -> str:
    """``text`` with the spans of :func:`_not_the_hires` blanked, lengths kept (for the verb-object rules)."""
    return _blanked(text, _not_the_hires(text))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    for lo, hi in spans:
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def _clause_end(text: str, end: int) -> int:
    """Where the clause holding ``text[end - 1]`` ends: the first punctuation mark that ends clauses from ``end``
    (:data:`CLAUSE_END`), else the text's end."""
    # The mark is a few characters on: a loop over their code points (compiled, ord(text[i]) makes no string)
    # costs a fraction of a regex search's call (~1,000 instructions, callgrind), run for thousands of hits a batch.
    n = len(text)
    i = end
    while i < n:
        c = ord(text[i])
        if c == 44 or c == 59 or c == 0x3002 or c == 33 or c == 63 or c == 10:
            return i
        i += 1
    return n


assert CLAUSE_END == ",;\u3002!?\n"  # the code points _clause_end tests


# Engineer titles that are no software job ("认证工程师", "采购工程师", "供应商开发工程师", "选品开发"): their
# certification, buying, sourcing or QC ids are the hire's work, not the domain of a product the hire builds, unless
# the title names software too ("采购系统开发工程师", "ERP品质模块测试").
_NOT_SOFTWARE_TITLES: Final = ("认证", "合规", "采购", "供应商", "选品", "品质", "质量", "包装", "跟单", "qc", "qe")
_SOFTWARE_TITLES = ("系统", "软件", "erp", "平台", "模块", "java", "python", "php", "前端", "后端", "测试", "app",
                    "数据")  # fmt: skip


def _software_title(title: str) -> bool:
    """Whether an engineering ``title`` is a software job (see :data:`_NOT_SOFTWARE_TITLES`)."""
    low = title.lower()
    return not any(w in low for w in _NOT_SOFTWARE_TITLES) or any(w in low for w in _SOFTWARE_TITLES)


# The first and last characters of the colleague suffixes: one character tells most hits apart before the
# tuple-of-suffixes test (a generic method call).
_COLLEAGUE_FIRST: Final = "".join(s[0] for s in _COLLEAGUE_SUFFIX)
_COLLEAGUE_LAST: Final = "".join(s[-1] for s in _COLLEAGUE_SUFFIX)

# A team or colleagues the hire works with, its fields named before its word as a list or with a qualifier between
# ("对接抖音、小红书内容团队", "反馈给选品和内容团队", "对接海关、商检、外汇、税务等部门", "对接巨量千川投放同事",
# "with the paid social team"): each field is the team's work, not the hire's (guide: colleagues, R109). The
# term's hit alone is dropped: the text is not cut, which would send it through the verb-object and English passes
# afresh. The hire's own part elsewhere, or a team the hire leads ("带领采购、跟单、品管团队"), keeps its ids.
_TEAM_TAIL: Final = re.compile(
    r"(?:(?:、|/|和|及|以及|与)[^,;:!?\n。()、/]{1,10}?)*?等?(?:[\u4e00-\u9fff]{1,2})?(?:团队|部门|同事|小组)"
    r"|(?: and [a-z][a-z -]{0,20}?)? teams?(?![a-z])"
)
# The verb of working with the team before its fields, after the clause's start: not 和 / 与 (they also join the
# fields), not 跟进 / 跟踪.
_WORKS_WITH_TEAM: Final = re.compile(
    r"对接|配合|协同|协作|支持|(?:反馈|提交|交|同步|转交)给|跟(?![进踪单])"
    r"|\bwith (?:the |our )?|\bsupport (?:the |our )?"
)
_TEAM_LIST_REACH: Final = 24  # at most this many characters from the verb to the field's term
# The words one of which :data:`_TEAM_TAIL` must reach, and the characters it never crosses: a hit with no such word
# before the next such character needs no regex call (compiled, ~3,000 instructions each, on every hit).
_TEAM_TAIL_WORDS: Final = ("团队", "部门", "同事", "小组", " team")
_TEAM_TAIL_STOPS: Final = frozenset(map(ord, ",;:!?\n()"))  # and 。 (_IDEOGRAPHIC_FULL_STOP)
_IDEOGRAPHIC_FULL_STOP: Final = ord("。")


def _team_words(text: str) -> list[int]:
    """Where each word of :data:`_TEAM_TAIL_WORDS` starts in ``text``, sorted."""
    return sorted(at for word in _TEAM_TAIL_WORDS for at in starts_of(text, word))


def _may_have_team_tail(text: str, team: list[int], end: int) -> bool:
    """Whether :data:`_TEAM_TAIL` may match at ``end``: a team word (``team``, from :func:`_team_words`) starts at or
    after it before the next character the tail never crosses."""
    i = bisect_right_of(team, end - 1)
    if i == len(team):
        return False
    # Code points read up to the team word, not a search per stop character: a stop comes within a few characters
    # in most texts, and a team word far after the hit is common in real ads (团队氛围, 部门).
    for at in range(end, team[i]):
        c = ord(text[at])
        if c == _IDEOGRAPHIC_FULL_STOP or (c < 128 and c in _TEAM_TAIL_STOPS):
            return False
    return True


def _asked_of_the_hire(text: str, hit: Hit, last_major: int, team: list[int]) -> bool:
    """False when the hit names a colleague's job or a field of study rather than the hire's own skill.

    ``last_major``: where the text's last "专业" starts (-1: none), so a hit after it needs no search; ``team``: where
    the text's team words start (:func:`_team_words`)."""
    if (
        hit.term in _DEPARTMENTS
        and not text.startswith("工作", hit.end)
        and _WITH_DEPARTMENTS.search(text[max(0, hit.start - _WITH_REACH) : hit.start])
    ):
        return False
    after = text[hit.end : hit.end + 1]
    colleague = (
        after != ""
        and after in _COLLEAGUE_FIRST
        and text.startswith(_COLLEAGUE_SUFFIX, hit.end)
        and not text.startswith(_NOT_A_DEPARTMENT, hit.end)
    ) or (hit.term[-1] in _COLLEAGUE_LAST and hit.term.endswith(_COLLEAGUE_SUFFIX))
    major_at = text.find("专业", hit.end) if hit.end <= last_major else -1
    if (
        not colleague
        and _may_have_team_tail(text, team, hit.end)
        and _TEAM_TAIL.match(text, hit.end) is not None
        and _works_with_team(text, hit)
    ):
        return False
    if not colleague and major_at < 0:
        return True  # the common case, decided without finding the clause
    hi = _clause_end(text, hit.end)
    if colleague:  # the clause's start matters only here: a colleague named where working together is said
        lo = last_of(text, CLAUSE_END, hit.start) + 1
        if _COLLABORATE.search(text, lo, hi):
            return False
    if 0 <= major_at < hi:
        return not _MAJOR.search(text, major_at, hi)
    return not (major_at >= 0 and _in_major_list(text, last_of(text, CLAUSE_END, hit.start) + 1, hi))


def _works_with_team(text: str, hit: Hit) -> bool:
    """Whether the clause before ``hit`` says the hire works with the team that :data:`_TEAM_TAIL` names after it:
    the last verb of working with it (:data:`_WORKS_WITH_TEAM`) stands before the hit with no lead or own work
    (:data:`_LEADS`, :data:`_OWN_WORK`) between."""
    lo = max(last_of(text, CLAUSE_END, hit.start) + 1, hit.start - _TEAM_LIST_REACH)
    ends = [m.end() for m in _WORKS_WITH_TEAM.finditer(text, lo, hit.start)]
    if not ends:
        return False
    between = text[ends[-1] : hit.start]
    return not any(w in between for w in _LEADS) and not any(w in between for w in _OWN_WORK)


def _is_list_item(text: str, lo: int, hi: int) -> bool:
    """Whether the clause ``text[lo:hi]`` may be an item of a list of majors: not empty, short, no duty or ability
    said."""
    return lo < hi <= lo + _ITEM_MAX and not _NOT_AN_ITEM.search(text, lo, hi)


def _in_major_list(text: str, lo: int, hi: int) -> bool:
    """Whether the clause ``text[lo:hi]`` is an item of a comma-separated list of majors ending in a later clause
    (``_MAJOR``): it and every clause between are items, joined by commas."""
    if not _is_list_item(text, lo, hi):
        return False
    for _ in range(_LIST_MAX):
        if not text.startswith(",", hi):
            return False
        lo, hi = hi + 1, _clause_end(text, hi + 1)
        at = text.find("专业", lo, hi)
        if at >= 0:
            return at - lo <= _LAST_ITEM_MAX and _MAJOR.search(text, at, hi) is not None
        if not _is_list_item(text, lo, hi):
            return False
    return False


def _without_majors(text: str) -> str:
    """``text`` with every clause that lists majors ("计算机、数据分析、市场营销相关专业") blanked out, lengths kept:
    a verb-object rule must not read a degree as a duty, as an alias does not (:func:`_asked_of_the_hire`)."""
    return _blanked_clauses(text, _major_clauses(text))


def _major_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses :func:`_without_majors` blanks, in order."""
    spans: list[tuple[int, int]] = []
    at = text.find("专业")
    while at >= 0:
        hi = _clause_end(text, at)
        if _MAJOR.search(text, at, hi):  # the clause ends where the text would: "专业$" matches at its end
            lo = last_of(text, CLAUSE_END, at) + 1
            if at - lo <= _LAST_ITEM_MAX:  # the list may start in earlier clauses, items joined by commas
                done = spans[-1][1] if spans else 0  # an earlier blanked clause is no item of this list
                for _ in range(_LIST_MAX):
                    if lo == 0 or text[lo - 1] != ",":
                        break
                    prev = last_of(text, CLAUSE_END, lo - 1) + 1
                    if prev < done or not _is_list_item(text, prev, lo - 1):
                        break
                    lo = prev
            spans.append((lo, hi))
        at = text.find("专业", hi)
    return spans


def _blanked_clauses(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` (disjoint, in order) blanked."""
    if not spans:
        return text
    pieces: list[str] = []
    done = 0  # text before this is in pieces
    for lo, hi in spans:
        pieces += (text[done:lo], " " * (hi - lo))
        done = hi
    return "".join(pieces) + text[done:]


# A list of examples before a generic word ("店小秘、妙手等erp", "领星或马帮等erp系统") or in an aside after it
# ("erp系统(如店小秘、芒果店长)"): its items are split at these.
_LIST_SEP: Final = re.compile(r"[、/]|或|和|及")
_ASIDE: Final = re.compile(r"\(\s*(?:例如|比如|如)?([^()]*)\)")
_WORDLIKE: Final = re.compile(r"[^\W\d_]")  # an item with no letter is a list number ("1、"), not a tool


def _items(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the list items in ``text[lo:hi]`` that hold a letter or a character."""
    items: list[tuple[int, int]] = []
    at = lo
    for m in _LIST_SEP.finditer(text, lo, hi):
        items.append((at, m.start()))
        at = m.end()
    items.append((at, hi))
    return [(a, b) for a, b in items if _WORDLIKE.search(text, a, b)]


def _unnamed_generics(text: str, hits: list[Hit], yields: dict[str, frozenset[str]]) -> set[str]:
    """Generic ids (erp_general) whose list of examples holds a tool that no specific id names ("用过店小秘、妙手等
    erp": 妙手 has no id of its own, so the erp asked is not only 店小秘, R24). They do not yield: R20 yields where
    the named tool is the one the generic word means."""
    out: set[str] = set()
    firm = _firm_terms()
    for h in hits:
        specific = yields.get(h.id)
        if specific is None or h.id in out:
            continue
        if h.term in firm.get(h.id, ()):
            out.add(h.id)  # a tool without an id of its own, or work no named tool's use is
            continue
        named = [(s.start, s.end) for s in hits if s.id in specific]
        if not named:
            continue  # nothing to yield to
        items: list[tuple[int, int]] = []
        lo = last_of(text, CLAUSE_END, h.start) + 1
        before = _items(text, lo, h.start)
        # Only a list of examples ends in 等 right before the generic word: "海外仓、fba仓的全程物流" is no list of
        # logistics tools.
        if len(before) >= 2 and "等" in text[before[-1][0] : h.start]:
            items += before
        aside = _ASIDE.match(text, h.end)
        if aside is not None:
            items += _items(text, aside.start(1), aside.end(1))
        if any(not any(a <= s and e <= b for s, e in named) for a, b in items):
            out.add(h.id)
    return out


# A title naming the tool or service the hire sells or supports ("Sales Executive – AI Listing Tool for Amazon
# Sellers", "广告优化工具销售"): the skill word before the product word names the product (R53), not the job's work;
# the tool categories' own words are tools already ("ERP系统管理员" uses one).
_TITLE_PRODUCTS: Final = (" tool", " software", " saas", " platform", "工具", "软件", "系统", "saas")
_TOOL_CATEGORIES: Final = frozenset({"erp_tools", "ai_tools", "engineering"})


def _titled_product(title: str, hit: Hit) -> bool:
    """Whether a title's ``hit`` names a product (:data:`_TITLE_PRODUCTS`) right after it."""
    return title.startswith(_TITLE_PRODUCTS, hit.end) and _by_id()[hit.id]["category"] not in _TOOL_CATEGORIES


# Wanted experience of a field is background, not a skill asked (R95: "跨境电商物流经验", "国际物流工作经验", "仓储物流
# 经验"; as R45's kinds of employer and R63's 货代经验): a term of a concept marked "experience_is_background" in the
# taxonomy is dropped where it names the field of an experience wanted, in Chinese the field before its 经验 / 背景 in
# one clause ("1年以上海外仓或国际物流工作经验", "有物流或货代客服经验优先"), in English after "years in" / "experience
# in" ("2+ years in freight forwarding, 3PL or Amazon logistics") or before "experience" ("logistics background").
# Know-how asked stays the hire's ("熟悉国际物流", "了解跨境物流知识").
_EXPERIENCE_AFTER: Final = ("经验", "背景")
_EXPERIENCE_REACH: Final = 12  # the rest of the field's list after the term, up to its 经验 ("或货代客服经验")
_KNOW_HOW: Final = ("知识", "流程", "能力")  # "跨境物流知识和经验" asks the know-how
_EXPERIENCE_BEFORE_EN: Final = re.compile(
    r"(?:\byears?\b[^.;:\n()]{0,12}?\b(?:in|of)|\b(?:experience|background) (?:in|with))\s"
)
_EXPERIENCE_REACH_EN = 45  # from the end of "years in" to the term: a list of fields ("freight forwarding, 3pl or ")
_EXPERIENCE_AFTER_EN: Final = re.compile(r"[a-z0-9 /&-]{0,15}?\b(?:experience|background)\b")
_EN_STOPS: Final = frozenset(".;:\n()")


def _background_ids() -> frozenset[str]:
    """The skill ids whose terms are background where they name the field of an experience wanted (built once,
    into :data:`_BACKGROUND`)."""
    return frozenset(c.id for c in taxonomy.skills() if c.extra.get("experience_is_background"))


def _wanted_experience(text: str, start: int, end: int) -> bool:
    """Whether the term at ``text[start:end]`` (match form) names the field of an experience wanted."""
    window = text[end : end + _EXPERIENCE_REACH + 2]
    for word in _EXPERIENCE_AFTER:
        at = window.find(word)
        if at >= 0:
            gap = window[:at]
            if not any(c in CLAUSE_END for c in gap) and not any(w in gap for w in _KNOW_HOW):
                return True
    if not text[start:end].isascii():
        return False
    if _EXPERIENCE_AFTER_EN.match(text, end):
        return True
    lo = max(0, start - _EXPERIENCE_REACH_EN - 20)
    last = None
    for m in _EXPERIENCE_BEFORE_EN.finditer(text, lo, start):
        last = m
    return (
        last is not None
        and start - last.end() <= _EXPERIENCE_REACH_EN
        and not any(c in _EN_STOPS for c in text[last.end() : start])
    )


# _background_ids() once built, read here: asked for every hit, an lru_cache wrapper's call cost more than the
# test (compiled, reading a Final list is native).
_BACKGROUND: Final[list[frozenset[str]]] = []


def _background_span(text: str, skill_id: str, start: int, end: int) -> bool:
    """Whether a hit or a span the English pass found is a background concept's term naming the field of an
    experience wanted (its text is the job's own, in match form)."""
    if not _BACKGROUND:
        _BACKGROUND.append(_background_ids())
    return skill_id in _BACKGROUND[0] and _wanted_experience(text, start, end)


# A generic data head right after a list of figures of kinds that have ids of their own ("每日uv,销量,跳出率,转化率
# 等作出专业的数据统计及分析", "点击量、销量、转化率等做出专业的数据分析", "销量、流量、转化率等数据分析"): the
# kinds' analysis, R78 (a list of figures of several kinds gives each kind's id, not also data_analysis). The head's
# data_analysis term does not count (:func:`_posting_hits`), nor does a verb-object rule that reads a generic analysis
# into it (:func:`_skill_ids`); the head still pairs with the list's figures for their kinds' ids (数据分析 + 销量),
# and a generic phrase elsewhere ("通过数据分析调整运营思路") keeps data_analysis. The list's last item, with 等,
# stands a few characters before the head, in its clause.
_DATA_ANALYSIS: Final = "skill:data_analysis"
_KIND_FIGURES = ("转化率", "跳出率", "点击率", "点击量", "浏览量", "曝光量", "访客数", "访客", "流量", "uv", "pv",
                 "销量", "销售额", "gmv", "acos", "roas", "毛利率", "毛利", "利润", "订单量", "出单量")  # fmt: skip
_KIND_LIST_END: Final = rf"(?:{'|'.join(_KIND_FIGURES)})等{_C}{{0,8}}?"
_KIND_LIST_BEFORE: Final = re.compile(_KIND_LIST_END + r"\Z")  # searched in the few characters before a term hit
_KIND_HEAD_REACH: Final = 14  # the longest list end: a figure, 等, eight characters
_KIND_HEADS: Final = re.compile(_KIND_LIST_END + "(数据)(?=(?:的|进行|做)?(?:统计|分析|整理))")


# The same list in brackets right after the head ("参与日常数据整理(销量、流量、广告报表)", R78's own example): two or
# more items, each naming a figure of a kind (ads and competitors' figures too).
_KIND_ITEM: Final = rf"[^()、,/]{{0,6}}?(?:{'|'.join((*_KIND_FIGURES, '广告', '竞品'))})[^()、,/]{{0,6}}"
_KIND_LIST_AFTER: Final = re.compile(rf"\({_KIND_ITEM}(?:[、,/]{_KIND_ITEM})+\)")


def _kind_head(text: str, hit: Hit) -> bool:
    """Whether a data_analysis term hit is a generic head right after a list of figures of kinds, or right before
    one in brackets (above)."""
    if not hit.term.startswith("数据"):
        return False
    if text.startswith("(", hit.end) and _KIND_LIST_AFTER.match(text, hit.end) is not None:
        return True
    return _KIND_LIST_BEFORE.search(text, max(0, hit.start - _KIND_HEAD_REACH), hit.start) is not None


def _without_kind_heads(text: str) -> str:
    """``text`` with the 数据 of each generic head after a list of figures of kinds blanked, lengths kept (above)."""
    for m in _KIND_HEADS.finditer(text):
        text = text[: m.start(1)] + "  " + text[m.end(1) :]
    return text


def _posting_hits(text: str | None, part: str = "body") -> list[Hit]:
    sc = scan(text, part)
    hits = sc.of("skill")
    starts, ends = blurb_bounds(sc.text) if hits else ([], [])
    if starts:
        # The hit is outside every span when the last merged span starting at or before it ends before it.
        hits = [h for h in hits if (i := bisect_right_of(starts, h.start)) == 0 or h.start >= ends[i - 1]]
    if part == "title":
        return [h for h in hits if not _titled_product(sc.text, h)]
    others = _not_the_hires(sc.text)
    last_major = sc.text.rfind("专业")
    team = _team_words(sc.text)
    return [
        h
        for h in hits
        if _asked_of_the_hire(sc.text, h, last_major, team)
        and not any(lo <= h.start < hi for lo, hi in others)
        and not _background_span(sc.text, h.id, h.start, h.end)
        and not (h.id == _DATA_ANALYSIS and _kind_head(sc.text, h))
    ]


@lru_cache(maxsize=1)
def _generic() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per skill id: its generic terms (运维, 大数据, 售后) and the role families whose own duty they are."""
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for c in taxonomy.skills():
        terms = c.extra.get("generic_terms")
        if terms:
            families = frozenset(c.extra.get("own_duty_families", ()))
            out[c.id] = (frozenset(match_form(t) for t in terms), families)
    return out


class _TitleGate(NamedTuple):
    """A concept's "title_gates" rule: its ``terms`` count only where the title names one of ``titles`` (when
    given) and none of ``not_titles`` (match forms). Writing ability asked in general (写作能力, 文字功底) is
    copywriting only in roles whose own work is text for an audience, as their titles name them (R167)."""

    terms: frozenset[str]
    titles: tuple[str, ...]
    not_titles: tuple[str, ...]


@lru_cache(maxsize=1)
def _title_gates() -> dict[str, tuple[_TitleGate, ...]]:
    """Per skill id with "title_gates", its gates (taxonomy.skills() has checked their terms are its aliases)."""
    out: dict[str, tuple[_TitleGate, ...]] = {}
    for c in taxonomy.skills():
        rules = c.extra.get("title_gates")
        if rules:
            out[c.id] = tuple(
                _TitleGate(
                    frozenset(match_form(t) for t in r["terms"]),
                    tuple(match_form(t) for t in r.get("titles", ())),
                    tuple(match_form(t) for t in r.get("not_titles", ())),
                )
                for r in rules
            )
    return out


def _title_admits(gates: tuple[_TitleGate, ...], term: str, title: str) -> bool:
    """Whether a hit of ``term`` passes every gate of its concept that names the term, given the title (match
    form)."""
    for g in gates:
        if term not in g.terms:
            continue
        if g.titles and not any(t in title for t in g.titles):
            return False
        if any(t in title for t in g.not_titles):
            return False
    return True


class _Domain(NamedTuple):
    """A role family's product domain: the ids that name the product the hire builds, those of them that do so only
    for a builder (ERP and seller tools, R74: an implementer uses them), the titles of those who only use it, and
    the titles of those who run it in its users' business terms (a seller ERP's implementer: none is the product)."""

    ids: frozenset[str]
    builder_ids: frozenset[str]
    user_titles: tuple[str, ...]
    business_titles: tuple[str, ...]


@lru_cache(maxsize=1)
def _product_domain() -> dict[str, _Domain]:
    """Per role family: the skill ids that, in its postings, name the product the hire builds (an engineer's
    "订单、listing、物流跟踪同步" or "multi-currency payments", an ERP engineer's 领星/马帮-style modules), not what
    the hire does."""
    out: dict[str, _Domain] = {}
    for f in taxonomy.role_families():
        if not f["product_domain_categories"]:
            continue
        ids = [
            c
            for c in taxonomy.skills()
            if c.category in f["product_domain_categories"] and c.id not in f["product_domain_exempt"]
        ]
        builder = frozenset(c.id for c in ids if c.category in f["product_domain_builder_categories"])
        out[f["family"]] = _Domain(
            frozenset(c.id for c in ids),
            builder,
            f["product_domain_user_titles"],
            f["product_domain_business_titles"],
        )
    return out


# A product manager's title (G3: family other, 产品 in it) designs a system: an id written as the name of that
# system or of its modules ("WMS仓储管理系统、OMS订单管理系统的产品规划", "营销平台、crm等产品", "指标体系、数据报表、
# BI可视化平台、用户画像系统", "直播产品经理") names the product's domain (R53), not the hire's work; what a PM is asked
# to do (竞品分析, 用户调研, 数据分析 of their own product, A/B tests, Axure) stays. A term names a system when a
# system noun follows it within a few characters of its list ("订单、库存等模块"), before a clause break, a number or
# a verb ("通过数据分析优化推荐系统" is the hire's analysis).
_DESIGNED_NOUNS: Final = ("系统", "平台", "模块", "后台", "体系", "产品", "功能", "中心")
_DESIGN_STOPS: Final = frozenset(CLAUSE_END + "()（）0123456789")
_DESIGN_VERBS = ("负责", "设计", "规划", "搭建", "建设", "建立", "对接", "优化", "通过", "基于", "利用", "包括", "参与",
                 "了解", "主导", "推动", "完成", "支持", "提升", "提高", "结合", "进行", "协调", "打造", "迭代", "完善",
                 "熟悉", "梳理", "分析", "挖掘", "跟踪", "驱动", "指导", "的", "有", "为", "和", "与")  # fmt: skip
_DESIGN_GAP: Final = 16
_LOOSE_NOUNS: Final = ("产品", "功能")
# A metrics framework is the hire's analysis ("搭建产品数据指标体系", kpi_analysis), not a module.
_METRICS_FRAMEWORK: Final = "指标体系"
_DESIGN_TAILS = ("产品设计", "产品规划", "功能设计", "系统设计", "原型设计", "规划与设计", "规划和设计", "规划、设计")
_LIST_JOINERS: Final = "、,，及和与"
_STRONG_NOUNS: Final = ("系统", "平台", "模块", "后台", "体系", "中心")
# Verbs that open a phrase: a term before one is the hire's work; 分析 and 挖掘 also end a module's name (财务分析系统).
_LEADING_VERBS: Final = tuple(v for v in _DESIGN_VERBS if v not in ("分析", "挖掘"))
# A term ending in a verb governs the noun after it: "用数据指导产品迭代" is the hire's analysis.
_GOVERNING_ENDS: Final = ("指导", "驱动", "支撑", "赋能")
_USE_VERBS: Final = ("使用", "运用", "会用", "操作", "应用", "借助")
# The first characters of the system nouns and design verbs and the last of the leading verbs: one character tells
# most positions apart before str.startswith / str.endswith with a position (compiled, a generic method call of
# ~2,500 instructions; the scans below try them at every character of a reach).
_DESIGNED_NOUN_FIRST: Final = frozenset(w[0] for w in _DESIGNED_NOUNS)
_DESIGN_VERB_FIRST: Final = frozenset(w[0] for w in _DESIGN_VERBS)
_LEADING_VERB_LAST: Final = frozenset(w[-1] for w in _LEADING_VERBS)
# The categories whose ids may name a designed system's domain; the exempt ids are a PM's own work or tools the gold
# keeps as the hire's (an A/B test system designed; 金蝶/用友 a finance-system PM knows, R74).
_DESIGNED_CATEGORIES: Final = frozenset(
    {"platform_operations", "logistics", "procurement", "customer_service", "compliance", "foreign_trade",
     "content_social", "advertising", "data_analysis"}
)  # fmt: skip
_DESIGNED_EXEMPT: Final = frozenset(
    {"skill:competitor_analysis", "skill:market_research", "skill:ab_testing", "skill:product_planning",
     "skill:product_lifecycle", "skill:product_development", "skill:conversion_rate_optimization",
     "skill:user_operations", "skill:traffic_acquisition", "skill:bi_tools"}
)  # fmt: skip
_DESIGNED_TOOLS: Final = frozenset({"skill:erp_general", "skill:wms_oms", "skill:crm", "skill:domestic_erp"})


# An engineer's data system or platform ("通用可视化分析系统开发", "数据可视化平台的系统架构") is what the hire builds,
# not the hire's analysis, visualisation or reporting (R53): those ids are judged as a product manager's designed
# systems are.
_BUILT_DATA_IDS: Final = frozenset({"skill:data_analysis", "skill:data_visualization", "skill:reporting"})
_FRONTEND, _DATA_VIZ = "skill:frontend_dev", "skill:data_visualization"


@lru_cache(maxsize=1)
def _designed_domain() -> frozenset[str]:
    """The skill ids that, in a product manager's posting, may name the system the hire designs (R53)."""
    return _DESIGNED_TOOLS | frozenset(
        c.id for c in taxonomy.skills() if c.category in _DESIGNED_CATEGORIES and c.id not in _DESIGNED_EXEMPT
    )


def _pm_title(title: str) -> bool:
    """Whether ``title`` is a product manager's (G3): 产品 in a title whose family is other (产品经理, 数据产品经理)."""
    return "产品" in title and title_family(title) == "other"


def _names_system(form: str, end: int) -> int:
    """Where the system noun that the term ending at ``end`` names starts (see :data:`_DESIGNED_NOUNS`), or -1.
    产品 and 功能 name the system only right after the term, its list's 等 or a Latin tail ("采购供应链产品", "crm等
    产品", "供应链/erp产品"), not as the next item of a list or a verb's object ("数据分析、产品反馈", "用户研究及产品
    需求", "通过数据分析发现产品问题")."""
    for j in range(end, min(len(form), end + _DESIGN_GAP + 1)):
        c = form[j]
        if (
            c in _DESIGNED_NOUN_FIRST
            and form.startswith(_DESIGNED_NOUNS, j)
            and not form.startswith(_METRICS_FRAMEWORK, j - 2)
        ):
            gap = form[end:j]
            if not form.startswith(_LOOSE_NOUNS, j) or gap.isascii() or gap.endswith(("等", "相关")):
                return j
            return -1
        if c == "的" and form.startswith(_DESIGN_TAILS, j + 1):
            return j  # "在线客服IM的产品设计": the module designed
        if c in _DESIGN_STOPS or (c in _DESIGN_VERB_FIRST and form.startswith(_DESIGN_VERBS, j)):
            return -1
    return -1


def _without_designed_systems(text: str | None, part: str, domain: frozenset[str]) -> str | None:
    """``text`` in match form with every ``domain`` term that names a designed system blanked with the rest of its
    list up to the system noun, lengths kept; ``text`` itself when none does."""
    if not text:
        return text
    sc = scan(text, part)
    form = sc.text
    out = form
    for h in sc.of("skill"):
        if h.id in domain and not h.term.endswith(_GOVERNING_ENDS):
            # A title names the product's domain ("CRM产品经理", "电商产品经理（供应链）").
            # So does a system's own name (ERP, CRM, WMS): a PM's ERP is the product (R53, R74's builder).
            at = h.end if part == "title" or h.id in _DESIGNED_TOOLS else _names_system(form, h.end)
            if at >= 0:
                out = out[: h.start] + " " * (at - h.start) + out[at:]
    # A system's module list written without a term's hit of its own (订单处理中心: the verb-object rules read it); a
    # term ending in the noun (指标体系: "搭建产品数据指标体系" is the hire's metrics) was asked about above.
    term_ends = {h.end for h in sc.of("skill")}
    for noun in _STRONG_NOUNS:
        at = form.find(noun)
        while at >= 0:
            lo = at
            floor = max(0, at - _DESIGN_GAP)
            while lo > floor:
                c = form[lo - 1]
                if c in _DESIGN_STOPS or (c in _LEADING_VERB_LAST and form.endswith(_LEADING_VERBS, 0, lo)):
                    break
                lo -= 1
            # A noun that is itself an item of a list ("分析业务数据、系统情况") heads nothing.
            if (
                lo < at
                and not form.startswith(_METRICS_FRAMEWORK, at - 2)
                and at + len(noun) not in term_ends
                and form[at - 1] not in _LIST_JOINERS
                and not form.endswith(_USE_VERBS, 0, lo)
            ):
                out = out[:lo] + " " * (at - lo) + out[at:]
            at = form.find(noun, at + len(noun))
    return out if out != form else text


# Python in an engineering job that builds models (machine or deep learning) is programming, whatever analysis words
# (pandas) stand beside it: the read rows of such jobs label python_programming, never python_analysis.
_PYTHON_ANALYSIS, _PYTHON_PROGRAMMING = "skill:python_analysis", "skill:python_programming"
_MODEL_IDS: Final = frozenset({"skill:machine_learning", "skill:deep_learning"})


@lru_cache(maxsize=1)
def _yields() -> dict[str, frozenset[str]]:
    """Per generic skill id: the specific ids that, found in the same posting, say the same thing better (店铺运营
    beside 亚马逊运营 is the Amazon store's operations: one phrase, one concept)."""
    return {c.id: frozenset(c.extra["yields_to"]) for c in taxonomy.skills() if c.extra.get("yields_to")}


@lru_cache(maxsize=1)
def _firm_terms() -> dict[str, frozenset[str]]:
    """Per generic skill id: its terms that are no generic word ("firm_terms"), so a hit of one never yields. They
    name one tool that has no id of its own (妙手, NetSuite: R24, R74), or work that no named tool's use is (ERP实施:
    the employer's ERP that an implementer rolls out, R74, beside the ERPs asked as experience)."""
    return {
        c.id: frozenset(match_form(t) for t in c.extra["firm_terms"])
        for c in taxonomy.skills()
        if c.extra.get("firm_terms")
    }


class _Gate(NamedTuple):
    """A concept's "weak_beside" rule: beside one of ``beside`` (a marketplace's on-site ads), the concept's ``weak``
    terms and "weak" pattern rules alone do not give it, unless the title has one of ``titles`` (the job is that
    work: 广告专员, PPC specialist)."""

    beside: frozenset[str]
    weak: frozenset[str]
    titles: tuple[str, ...]


@lru_cache(maxsize=1)
def _gates() -> dict[str, _Gate]:
    """Per skill id with a "weak_beside" rule, the rule (R61: running or optimising on-site ads is the ads id only;
    `ad_campaign_management` beside it needs budget, bid, plan, structure or target wording); taxonomy.skills()
    has checked its ids and terms."""
    out: dict[str, _Gate] = {}
    for c in taxonomy.skills():
        rule = c.extra.get("weak_beside")
        if rule:
            weak = frozenset(match_form(t) for t in rule["terms"])
            out[c.id] = _Gate(frozenset(rule["ids"]), weak, tuple(match_form(t) for t in rule["titles"]))
    return out


@lru_cache(maxsize=1)
def _title_yields() -> dict[str, frozenset[str]]:
    """Per skill id: the specific ids that, found in the posting, make a title's mention of it the job's name only
    ("跨境电商运营(亚马逊)" over a body that runs the Amazon store: the marketplace's id, R72); the body's own
    mention still counts."""
    return {c.id: frozenset(c.extra["title_yields_to"]) for c in taxonomy.skills() if c.extra.get("title_yields_to")}


@lru_cache(maxsize=1)
def _by_id() -> dict[str, dict[str, str]]:
    return {
        c.id: {"id": c.id, "name_zh": c.name_zh, "name_en": c.name_en, "category": c.category}
        for c in taxonomy.skills()
    }


def skill_ids(title: object, description: object, tags: object = None) -> list[str]:
    """Sorted ids of the skill concepts found in the title and description (the tags when it has none). A product
    manager's designed systems and an engineer's data systems are not the hire's skills (R53, R100)."""
    title_s, desc_s = as_text(title), as_text(description)
    if not title_s:
        return _skill_ids(title_s, desc_s, tags)
    pm = _pm_title(title_s)
    if pm:
        domain = _designed_domain()
    elif title_family(title_s) == "engineering":
        domain = _BUILT_DATA_IDS  # the data systems an engineer builds; the title is the job, not a system
    else:
        return _skill_ids(title_s, desc_s, tags)
    evidence = _Evidence()
    found = _skill_ids(title_s, desc_s, tags, evidence)
    if not pm and _FRONTEND in found and _DATA_VIZ in found:
        # A front-end engineer's charts (d3 / echarts, 数据可视化项目) are the pages the hire builds, not the hire's
        # visualisation of data (R53).
        found = [i for i in found if i != _DATA_VIZ]
    if not domain.isdisjoint(found):
        # Found again without the designed systems' phrases: a domain id no longer found named only them.
        title_b = _without_designed_systems(title_s, "title", domain) if pm else title_s
        desc_b = _without_designed_systems(desc_s, "body", domain)
        if title_b is title_s and desc_b is desc_s:
            return found
        if _named_outside(found, domain, evidence, title_s, title_b, desc_s, desc_b):
            return found
        again = set(_skill_ids(title_b, desc_b, tags))
        return [i for i in found if i in again or i not in domain]
    return found


# The title's core before its qualifier ("Customs & Logistics Coordinator (UK/EU Lanes)", "… – UK/EU lanes"): a
# heading repeats the core and may word the qualifier otherwise.
_TITLE_QUALIFIER: Final = re.compile(r"\s*(?:[(\[|]| [-–—] )")
_MIN_TITLE_CORE: Final = 6


def _heading_end(title_s: str | None, desc_s: str | None) -> int:
    """Where the description's first line ends when it repeats the title's core (match form), else 0."""
    if not title_s or not desc_s:
        return 0
    title = scan(title_s, "title").text.strip()
    cut = _TITLE_QUALIFIER.search(title)
    core = title[: cut.start()] if cut is not None else title
    body = scan(desc_s, "body").text
    lead = len(body) - len(body.lstrip())
    if len(core) < _MIN_TITLE_CORE or not body.startswith(core, lead):
        return 0
    eol = body.find("\n", lead)
    return eol if eol >= 0 else len(body)


class _Evidence:
    """The term hits that gave :func:`_skill_ids` its ids (a generic word outside its families' jobs gives none), by
    where they stand: the title's, the description's, the tags'."""

    def __init__(self) -> None:
        self.title: list[Hit] = []
        self.desc: list[Hit] = []
        self.tags: list[Hit] = []


def _named_outside(
    found: list[str],
    domain: frozenset[str],
    evidence: _Evidence,
    title_s: str,
    title_b: str | None,
    desc_s: str | None,
    desc_b: str | None,
) -> bool:
    """Whether every ``domain`` id found is also named by a term hit that blanking the designed systems left whole:
    found again, as the hits that gave it stand unchanged (the second pass is then not run). Not decided so for an
    id a "weak_beside" gate or a yield judges: the evidence those weigh may lie in the blanked phrases."""
    gates = _gates()
    yields = _yields()
    title_form = scan(title_s, "title").text if title_b is not title_s else ""
    desc_form = scan(desc_s, "body").text if desc_b is not desc_s and desc_s else ""
    title_blank = title_b or ""
    for i in found:
        if i not in domain:
            continue
        if i in gates or i in yields:
            return False
        if any(h.id == i for h in evidence.tags):
            continue
        if any(
            h.id == i and (title_b is title_s or title_blank[h.start : h.end] == title_form[h.start : h.end])
            for h in evidence.title
        ):
            continue
        if desc_b is not None and any(
            h.id == i and (desc_b is desc_s or desc_b[h.start : h.end] == desc_form[h.start : h.end])
            for h in evidence.desc
        ):
            continue
        return False
    return True


def _skill_ids(title_s: str | None, desc_s: str | None, tags: object, evidence: _Evidence | None = None) -> list[str]:
    """:func:`skill_ids` before a product manager's designed systems are set apart; ``evidence``, when given,
    collects the hits that gave ids."""
    desc_hits = _posting_hits(desc_s)
    title_hits = _posting_hits(title_s, "title")
    hits = title_hits + desc_hits
    if not (desc_s and desc_s.strip()):
        # Tags stand in for a missing description (51job's keyword lists). Beside a description they are the
        # board's category path ("技术#后端开发#Java") or perks, not what this job asks: the duties decide.
        hits += _posting_hits(tags_text(tags), "title")
    generic = _generic()
    known: list[str] = []  # the role family, computed once and only when a rule asks

    def family() -> str:
        if not known:
            known.append(title_family(title_s) or classify_role(title_s, desc_s))
        return known[0]

    title_gates = _title_gates()
    title_form: list[str] = []  # the title's match form, computed once and only when a gate asks

    ids: set[str] = set()
    n_title, n_title_desc = len(title_hits), len(title_hits) + len(desc_hits)
    for k, h in enumerate(hits):
        rule = generic.get(h.id)
        # A generic word (运维, 大数据, 售后) is a skill only where it is the job's own function.
        if rule is not None and h.term in rule[0] and family() not in rule[1]:
            continue
        title_gate = title_gates.get(h.id)
        if title_gate is not None:
            # A general ability (写作能力) is the skill only in the roles whose titles name that work (R167).
            if not title_form:
                title_form.append(match_form(title_s or ""))
            if not _title_admits(title_gate, h.term, title_form[0]):
                continue
        ids.add(h.id)
        if evidence is not None:  # hits runs title, description, tags
            part = evidence.title if k < n_title else evidence.desc if k < n_title_desc else evidence.tags
            part.append(h)
    own = own_text(scan(desc_s, "body").text)
    # Verb and object apart: "分析行业用户和市场需求", a title's "法语/意大利语客服".
    others = _not_the_hires(own)
    others_cut = _blanked(own, others)
    majors = _major_clauses(others_cut)
    own_pairs = _blanked_clauses(others_cut, majors)
    # The rules' verbs and objects in it: those the description's scan found (nlp/matcher.py), not a pass of its own.
    blank_extras(own_pairs, own, others + majors)
    firm: set[str] = set()  # ids that do not yield: a store on a marketplace without an id of its own (R68)
    # Ids that the title alone may have found and that yield there (R72): the body's rules look for them again.
    title_yields = _title_yields()
    title_only = {h.id for h in title_hits if h.id in title_yields}
    if title_only:
        # A description that opens by repeating the title as its heading ("Customs & Logistics Coordinator – UK/EU
        # lanes") names the job there, as the title does: that line's hits do not keep a title's id.
        heading = _heading_end(title_s, desc_s)
        title_only -= {h.id for h in desc_hits if h.start >= heading}
    body_ids = pattern_skill_ids(own_pairs, family, ids - title_only if title_only else ids, firm=firm)
    if _DATA_ANALYSIS in body_ids and "等" in own_pairs:
        # Found by a verb-object rule: not where the rule read it in a head after a list of figures of kinds (R78).
        without_heads = _without_kind_heads(own_pairs)
        if without_heads != own_pairs and not pattern_skill_ids(without_heads, family, ids, _DATA_ANALYSIS):
            body_ids.discard(_DATA_ANALYSIS)
    ids |= body_ids
    ids |= pattern_skill_ids(scan(title_s, "title").text, family, ids, firm=firm)
    # English postings: the same taxonomy in inflected forms ("prepared quotations", "trade shows"), but not in
    # work that is not the hire's ("you won't be handling customer emails").
    english = english_skill_ids(others_cut, _background_span)
    ids |= english
    for i in title_only - body_ids - english:
        if ids & title_yields[i]:
            ids.discard(i)
    domain = _product_domain().get(title_family(title_s) or "")
    if domain is not None and _software_title(title_s or ""):
        title_low = match_form(title_s or "")
        if any(t in title_low for t in domain.business_titles):
            pass  # a seller ERP's implementer or administrator: the sellers' business is its know-how (R108)
        elif any(t in title_low for t in domain.user_titles):
            ids -= domain.ids - domain.builder_ids
        else:
            ids -= domain.ids
    gates = _gates()
    for gid in [g for g in gates if g in ids]:
        gate = gates[gid]
        if ids.isdisjoint(gate.beside):
            continue
        title_m = match_form(title_s or "")
        if any(t in title_m for t in gate.titles):
            continue
        # Beside the gate's ids only strong evidence keeps the concept: a term of its own that is not weak, or a
        # pattern rule that is not weak ("管理站内广告预算", "调整竞价").
        if not any(h.id == gid and h.term not in gate.weak for h in hits) and not pattern_skill_ids(
            own_pairs, family, ids, gid
        ):
            ids.discard(gid)
    if _PYTHON_ANALYSIS in ids and not ids.isdisjoint(_MODEL_IDS) and family() == "engineering":
        # An engineer who builds models writes Python (pandas, sklearn) as a programmer: python_programming.
        ids.discard(_PYTHON_ANALYSIS)
        ids.add(_PYTHON_PROGRAMMING)
    yields = _yields()
    yielding = {i for i in ids if i in yields and ids & yields[i] and i not in firm}
    if yielding:
        # A generic word yields only where it means the named tool, not one of an unnamed list beside it.
        yielding -= _unnamed_generics(scan(desc_s, "body").text, desc_hits, yields)
    return sorted(ids - yielding)


def extract_skills(title: object, description: object, tags: object = None) -> list[dict[str, str]]:
    """Skill concepts as ``{id, name_zh, name_en, category}``, sorted by id (fresh dicts, safe to mutate)."""
    table = _by_id()
    return [dict(table[i]) for i in skill_ids(title, description, tags)]
