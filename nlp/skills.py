"""Skills a posting asks for, as concepts of the cross-border taxonomy (nlp/data/skills.jsonl).

One concept has one category (DESIGN.md "Skill categories"). Ambiguous surface forms carry their own context
rules in the data file: "AI" counts as Adobe Illustrator only next to design software, "Python" and "SQL"
count as data_analysis only next to analysis words (otherwise engineering),
Excel only where it is used on data.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from nlp import taxonomy
from nlp.english import english_skill_ids
from nlp.matcher import Hit, as_text, scan, tags_text
from nlp.role_family import classify_role, title_family
from nlp.skill_patterns import pattern_skill_ids
from nlp.taxonomy import match_form

# Company blurbs and benefit lists say what the employer does, not what the job asks
# ("我们是一家云计算公司", "福利：免费健身房"): hits inside them are not the posting's skills.
# A blurb runs from its heading to the next duties/requirements heading.
_BLURB_HEAD = re.compile(
    r"公司介绍|公司简介|关于我们|企业介绍|企业简介|公司福利|福利待遇|薪资福利|薪酬福利|福利制度|团队介绍|公司优势"
    r"|about us|我们提供|我们能提供|你将获得|你能获得|加入我们的理由|关于公司|为什么来|为什么加入|职位诱惑|说说福利"
    r"|创始团队|这是家什么公司|公司福利|福利[:：]|团队为你提供|你将拥有|发展前景|晋升空间|简历投递|投递方式"
    r"|工作地点|上班地点|工作时间|上班时间|[\u4e00-\u9fff]{2,8}简介"
)
_DUTY_HEAD = re.compile(
    r"岗位职责|工作职责|职位描述|岗位描述|职责描述|任职要求|任职资格|岗位要求|职位要求|工作内容|我们希望你|职位职责"
    r"|任职条件|资格要求|技能要求|职位说明|具体职责|岗位说明|加分项|你的工作|来做什么|要求是什么|技术要求"
    r"|responsibilities|requirements|qualifications"
)
# Searching _BLURB_HEAD as one regex costs ~40 µs per description: its last alternative ("<name>简介") starts
# with a character class, so the engine tries every alternative at every position. It is searched apart, only
# near a "简介"; the rest, all literals, the engine skips to. _blurb_heads merges the two as the alternation would.
_NAMED_HEAD_PATTERN = r"[\u4e00-\u9fff]{2,8}简介"
_NAMED_HEAD = re.compile(_NAMED_HEAD_PATTERN)
_NAMED_HEAD_REACH = 8  # at most this many characters before its 简介 a named heading starts
_HEAD_WORDS = re.compile(_BLURB_HEAD.pattern.removesuffix("|" + _NAMED_HEAD_PATTERN))
# Without headings, a line that introduces the employer ("XX是一家...", "致力于...", "成立于...") is a blurb.
_COMPANY_CUE = re.compile(
    r"是一家|致力于|成立于|创立于|创建于|初建于|始建于|专注于|旗下拥有|旗下有|估值|总部位于|我们是|我们的团队"
    r"|公司主营|主营业务"
)


# A term naming a colleague's job in a clause about working with them ("与后台开发工程师协作", "协助视觉设计师",
# "与产品经理/数据分析师配合") is who the hire works with, not what they do.
_COLLEAGUE_SUFFIX = ("工程师", "设计师", "分析师", "师", "人员", "团队", "同事")
_COLLABORATE = re.compile(r"(?<!参)与|和|协助|配合|协作|对接|合作|协同")
# A list of majors ("数学、统计学、计算机等相关专业", "供应链、物流、电商专业优先") is the degree asked, not a skill.
_MAJOR = re.compile(r"专业(?:优先|毕业|背景|出身|学历|者优先|以上|及以上|本科|大专|硕士|或|$)")
_CLAUSE_END = ",;。!?\n"


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: between the nearest punctuation marks that end clauses."""
    lo = max(text.rfind(c, 0, start) for c in _CLAUSE_END) + 1
    ends = [i for i in (text.find(c, end) for c in _CLAUSE_END) if i >= 0]
    return lo, min(ends) if ends else len(text)


def _asked_of_the_hire(text: str, hit: Hit) -> bool:
    """False when the hit names a colleague's job or a field of study rather than the hire's own skill."""
    colleague = text.startswith(_COLLEAGUE_SUFFIX, hit.end) or hit.term.endswith(_COLLEAGUE_SUFFIX)
    major_at = text.find("专业", hit.end)
    if not colleague and major_at < 0:
        return True  # the common case, decided without finding the clause
    lo, hi = _clause(text, hit.start, hit.end)
    if colleague and _COLLABORATE.search(text, lo, hi):
        return False
    return not (0 <= major_at < hi and _MAJOR.search(text, major_at, hi))


def _named_head(text: str, pos: int) -> re.Match[str] | None:
    """The first "<name>简介" heading at or after ``pos``: it cannot start before its 简介's reach."""
    cue = text.find("简介", pos + 2)
    if cue < 0:
        return None
    return _NAMED_HEAD.search(text, max(pos, cue - _NAMED_HEAD_REACH))


def _blurb_heads(text: str) -> list[tuple[int, int]]:
    """Spans of the blurb headings, as ``_BLURB_HEAD.finditer`` finds them: leftmost first, and at one start
    the word alternatives before the named one."""
    heads: list[tuple[int, int]] = []
    pos = 0
    word = _HEAD_WORDS.search(text)
    named = _named_head(text, 0)
    while True:
        m = word if named is None or (word is not None and word.start() <= named.start()) else named
        if m is None:
            break
        heads.append((m.start(), m.end()))
        pos = m.end()
        # A pending match that starts before the new position overlapped the one taken: search again.
        if word is not None and word.start() < pos:
            word = _HEAD_WORDS.search(text, pos)
        if named is not None and named.start() < pos:
            named = _named_head(text, pos)
    return heads


def _blurb_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in _blurb_heads(text):
        nxt = _DUTY_HEAD.search(text, end)
        spans.append((start, nxt.start() if nxt else len(text)))
    first_duty = _DUTY_HEAD.search(text)
    for m in _COMPANY_CUE.finditer(text):
        if first_duty and m.start() < first_duty.start():
            spans.append((0, first_duty.start()))  # an introduction before the duties
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        spans.append((line_start, line_end if line_end >= 0 else len(text)))
    return spans


def _posting_hits(text: str | None, part: str = "body") -> list[Hit]:
    sc = scan(text, part)
    hits = sc.of("skill")
    starts, ends = _blurb_bounds(sc.text) if hits else ([], [])
    if starts:
        # The hit is outside every span when the last merged span starting at or before it ends before it.
        hits = [h for h in hits if (i := bisect_right(starts, h.start)) == 0 or h.start >= ends[i - 1]]
    return hits if part == "title" else [h for h in hits if _asked_of_the_hire(sc.text, h)]


@lru_cache(maxsize=256)
def _blurb_bounds(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the merged blurb spans of ``text`` (skills and the own-text cut both ask; cached)."""
    return _merged(_blurb_spans(text))


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
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


def _own_text(text: str | None) -> str:
    """The description in match form without its company introduction and benefits."""
    form = scan(text, "body").text
    starts, ends = _blurb_bounds(form)
    if not starts:
        return form
    bounds = [0, *(x for pair in zip(starts, ends, strict=True) for x in pair), len(form)]
    return "\n".join(form[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2))


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


@lru_cache(maxsize=1)
def _by_id() -> dict[str, dict[str, str]]:
    return {
        c.id: {"id": c.id, "name_zh": c.name_zh, "name_en": c.name_en, "category": c.category}
        for c in taxonomy.skills()
    }


def skill_ids(title: str | None, description: str | None, tags: list[str] | None = None) -> list[str]:
    """Sorted ids of the skill concepts found in the title and description (the tags when it has none)."""
    title_s, desc_s = as_text(title), as_text(description)
    hits = _posting_hits(title_s, "title") + _posting_hits(desc_s)
    if not (desc_s and desc_s.strip()):
        # Tags stand in for a missing description (51job's keyword lists). Beside a description they are the
        # board's category path ("技术#后端开发#Java") or perks, not what this job asks: the duties decide.
        hits += _posting_hits(tags_text(tags), "title")
    generic = _generic()
    family: str | None = None
    ids: set[str] = set()
    for h in hits:
        rule = generic.get(h.id)
        if rule is not None and h.term in rule[0]:
            # A generic word (运维, 大数据, 售后) is a skill only where it is the job's own function.
            if family is None:
                family = title_family(title_s) or classify_role(title_s, desc_s)
            if family not in rule[1]:
                continue
        ids.add(h.id)
    own = _own_text(desc_s)
    # Verb and object apart: "分析行业用户和市场需求", a title's "法语/意大利语客服".
    ids |= pattern_skill_ids(own) | pattern_skill_ids(scan(title_s, "title").text)
    # English postings: the same taxonomy in inflected forms ("prepared quotations", "trade shows").
    ids |= english_skill_ids(own)
    return sorted(ids)


def extract_skills(
    title: str | None, description: str | None, tags: list[str] | None = None
) -> list[dict[str, str]]:
    """Skill concepts as ``{id, name_zh, name_en, category}``, sorted by id (fresh dicts, safe to mutate)."""
    table = _by_id()
    return [dict(table[i]) for i in skill_ids(title, description, tags)]
