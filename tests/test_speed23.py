"""Fast paths of the twenty-third session's speed work agree with the slow paths they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import sections


def _company_lines_by_find(text: str) -> list[tuple[int, int]]:
    """nlp/sections.py's _company_lines as it read before the shared pass gave it the subject words: a str.find
    loop per word, each occurrence after the end of the one before."""
    found: list[tuple[int, int]] = []
    for word in sections._COMPANY_LINE_WORDS:
        english = word in sections._SUBJECT_ENGLISH_WORDS
        at = text.find(word)
        while at >= 0:
            start = at - 1 if word == "公司" and at > 0 and text[at - 1] == "本" else at
            before = start - 1
            while before >= 0 and text[before] in " \t":
                before -= 1
            c = text[before] if before >= 0 else ""
            if (
                c in ("", "\n")
                or (english and before < start - 1 and c in ".!?;")
                or (not english and c in "。;!?")
            ):
                m = sections._COMPANY_LINE.match(text, start)
                if m is not None:
                    found.append((start, m.end()))
            at = text.find(word, at + len(word))
    lead = sections._NAME_LEAD.match(text)
    if lead is not None:
        found.append((0, lead.end()))
    found.sort()
    return found


def test_no_subject_word_overlaps_itself() -> None:
    """Why every occurrence the pass reports is one the find loop met: no proper prefix of a word is its suffix."""
    for word in sections._COMPANY_LINE_WORDS:
        assert not any(word.startswith(word[k:]) for k in range(1, len(word)))


_FRAGMENTS = st.sampled_from(
    [*sections._COMPANY_LINE_WORDS, "本", "是", "做", "成立于", "有", "主营", " are ", "'re ", "build", " have",
     " products", " ", "  ", "\t", "\n", ",", "。", ";", ".", "!", "?", "负责", "x", "a", "ou", "w", "e", "\U0001f600"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=30).map("".join))
def test_company_lines_from_the_shared_pass(text: str) -> None:
    assert sections._company_lines(text) == _company_lines_by_find(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=30).map("".join))
def test_company_lines_of_a_long_text(text: str) -> None:
    """A text of 48 characters or more is walked as UTF-16 code units (nlp/text_automaton.py)."""
    long = "岗位职责:负责亚马逊店铺的日常运营工作,完成销售目标。\n" * 2 + text
    assert sections._company_lines(long) == _company_lines_by_find(long)


def test_company_lines_in_an_ad() -> None:
    ad = (
        "公司简介\n本公司成立于2015年,主营家居用品出口。我们是一家跨境电商企业\n"
        "岗位职责:负责速卖通店铺运营\nwe are a dtc brand. our products ship worldwide; we build tools"
    )
    assert sections._company_lines(ad) == _company_lines_by_find(ad)
    assert len(sections._company_lines(ad)) >= 4


def _pattern_ids_by_lists(text: str, known: frozenset[str] = frozenset()) -> set[str]:
    """nlp/skill_patterns.py's pattern_skill_ids over a text's own pass as it read before its per-term tables held a
    term's first occurrence apart: a list of occurrences per term, a rule's verbs and objects gathered from them."""
    from nlp import skill_patterns as sp

    auto = sp._automaton()
    rules = sp.patterns()
    matches, shift = auto.automaton.matches(text)
    found: dict[int, list[tuple[int, ...]]] = {}
    for m in matches:
        if not m[1] & shift:
            found.setdefault(m[0], []).append(m)
    ids: set[str] = set()
    whole: dict[tuple[int, ...], bool] = {}
    with_verb = list(dict.fromkeys(r for i in found for r in auto.verb_of[i]))
    for rule in with_verb:
        p = rules[rule]
        if not any(i in found for i in auto.objects[rule]):
            continue
        if p.id in ids or p.id in known or (p.needs_ids is not None and p.needs_ids.isdisjoint(known)):
            continue
        verbs = [m for i in auto.verbs[rule] for m in found.get(i, [])]
        objects = [m for i in auto.objects[rule] for m in found.get(i, [])]
        if sp._any_near(text, verbs, objects, p, whole, shift, None):
            ids.add(p.id)
    return ids


# Verbs and objects of the verb-object rules, repeated (a term's later occurrences), clause marks, and a character
# beyond the BMP (the pass over characters instead of UTF-16 code units).
_PATTERN_FRAGMENTS = st.sampled_from(
    ["负责", "策划", "活动", "分析", "市场", "需求", "开发", "客户", "海外", "优化", "listing", "广告", "预算", "管理",
     "数据", "报表", "制作", "回复", "邮件", "跟进", "订单", "，", "。", "\n", " ", "和", "的", "a", "\U0001f600"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PATTERN_FRAGMENTS, max_size=40).map("".join))
def test_pattern_ids_from_first_occurrences_and_the_rest(text: str) -> None:
    from nlp.skill_patterns import pattern_skill_ids

    assert pattern_skill_ids(text) == _pattern_ids_by_lists(text)


def test_pattern_ids_with_repeated_terms() -> None:
    from nlp.skill_patterns import pattern_skill_ids

    ad = "负责海外市场的开发,分析市场需求;负责活动策划,策划线上活动和线下活动;制作数据报表,分析数据。回复客户邮件"
    assert pattern_skill_ids(ad) == _pattern_ids_by_lists(ad)
    assert pattern_skill_ids(ad)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-5, 40), max_size=12).map(sorted), st.integers(-10, 50))
def test_bisect_right_of_is_bisect_right(values: list[int], x: int) -> None:
    import bisect

    assert sections.bisect_right_of(values, x) == bisect.bisect_right(values, x)


def _names_system_by_calls(form: str, end: int) -> int:
    """nlp/skills.py's _names_system as it read before its first-character gates."""
    from nlp import skills as sk

    for j in range(end, min(len(form), end + sk._DESIGN_GAP + 1)):
        if form.startswith(sk._DESIGNED_NOUNS, j) and not form.startswith(sk._METRICS_FRAMEWORK, j - 2):
            gap = form[end:j]
            if not form.startswith(sk._LOOSE_NOUNS, j) or gap.isascii() or gap.endswith(("等", "相关")):
                return j
            return -1
        if form[j] == "的" and form.startswith(sk._DESIGN_TAILS, j + 1):
            return j
        if form[j] in sk._DESIGN_STOPS or form.startswith(sk._DESIGN_VERBS, j):
            return -1
    return -1


def _without_designed_systems_by_calls(text: str | None, part: str, domain: frozenset[str]) -> str | None:
    """nlp/skills.py's _without_designed_systems as it read before its last-character gate (and with the reference
    _names_system above)."""
    from nlp import skills as sk
    from nlp.matcher import scan

    if not text:
        return text
    sc = scan(text, part)
    form = sc.text
    out = form
    for h in sc.of("skill"):
        if h.id in domain and not h.term.endswith(sk._GOVERNING_ENDS):
            at = h.end if part == "title" or h.id in sk._DESIGNED_TOOLS else _names_system_by_calls(form, h.end)
            if at >= 0:
                out = out[: h.start] + " " * (at - h.start) + out[at:]
    term_ends = {h.end for h in sc.of("skill")}
    for noun in sk._STRONG_NOUNS:
        at = form.find(noun)
        while at >= 0:
            lo = at
            floor = max(0, at - sk._DESIGN_GAP)
            while lo > floor and form[lo - 1] not in sk._DESIGN_STOPS and not form.endswith(sk._LEADING_VERBS, 0, lo):
                lo -= 1
            if (
                lo < at
                and not form.startswith(sk._METRICS_FRAMEWORK, at - 2)
                and at + len(noun) not in term_ends
                and form[at - 1] not in sk._LIST_JOINERS
                and not form.endswith(sk._USE_VERBS, 0, lo)
            ):
                out = out[:lo] + " " * (at - lo) + out[at:]
            at = form.find(noun, at + len(noun))
    return out if out != form else text


def test_gated_words_are_never_empty() -> None:
    """A first- or last-character gate is exact only when no word is empty (every text starts with "")."""
    from nlp import skills as sk

    for words in (sk._DESIGNED_NOUNS, sk._DESIGN_VERBS, sk._LEADING_VERBS):
        assert all(words)


_DESIGN_FRAGMENTS = st.sampled_from(
    ["系统", "平台", "模块", "后台", "体系", "产品", "功能", "中心", "指标体系", "的", "负责", "设计", "搭建", "分析",
     "挖掘", "使用", "erp", "crm", "wms", "订单", "处理", "供应链", "财务", "数据", "等", "相关", "、", ",", "。", "(",
     "3", "x", " ", "产品设计", "规划", "和"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_DESIGN_FRAGMENTS, max_size=30).map("".join), st.integers(0, 60))
def test_names_system_with_gates(form: str, end: int) -> None:
    from nlp import skills as sk

    end = min(end, len(form))
    assert sk._names_system(form, end) == _names_system_by_calls(form, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(_DESIGN_FRAGMENTS, max_size=30).map("".join), st.sampled_from(["body", "title"]))
def test_without_designed_systems_with_gates(text: str, part: str) -> None:
    from nlp import skills as sk

    domain = frozenset({"skill:erp_general", "skill:crm", "skill:wms_oms", "skill:supply_chain", "skill:data_analysis"})
    assert sk._without_designed_systems(text, part, domain) == _without_designed_systems_by_calls(text, part, domain)


def _crossing_word_by_lookups(window: str, start: int, end: int) -> bool:
    """nlp/word_boundary.py's _crossing_word as it read before it stopped at a fragment no word starts with."""
    from nlp import word_boundary

    freq = word_boundary._dictionary()[0]
    for b in range(start + 1, end):
        for a in range(start):
            if freq.get(window[a:b]):
                return True
    for a in range(start + 1, end):
        for b in range(end + 1, len(window) + 1):
            if freq.get(window[a:b]):
                return True
    return False


def test_jieba_table_holds_every_prefix_of_its_words() -> None:
    """What lets _crossing_word stop early: a fragment absent from the table starts no word."""
    from nlp import word_boundary

    freq = word_boundary._dictionary()[0]
    assert all(w[:k] in freq for w, f in freq.items() if f for k in range(1, len(w)))


_WINDOW_CHARS = st.sampled_from(list("代工作迭合规则符选品严牌商标招准可灵活数据分析销售运营亚马逊店铺广告投放客户"))


@settings(max_examples=500, deadline=None)
@given(st.lists(_WINDOW_CHARS, min_size=3, max_size=11).map("".join), st.data())
def test_crossing_word_stops_early(window: str, data: st.DataObject) -> None:
    from nlp import word_boundary

    start = data.draw(st.integers(0, len(window) - 2))
    end = data.draw(st.integers(start + 2, min(len(window), start + 3)))
    assert word_boundary._crossing_word(window, start, end) == _crossing_word_by_lookups(window, start, end)
