"""Is a posting a cross-border e-commerce / export-trade job? (DESIGN.md "Relevance", binding.)

A job is cross-border when its own duties sell, operate, market, source, ship, design for or serve customers
of cross-border e-commerce or export trade. So: a title in an unrelated function (software, finance, HR,
admin) never is, whoever the employer (save an in-house trainer whose courses teach the employer's own operations
work: guide rule R-I); otherwise weighted signals add up (nlp/data/relevance.json):
title terms and
marketplaces named in the title weigh most, duty terms and marketplaces in the description next, the company
and industry fields a little and never enough alone. Domestic-only e-commerce words (淘宝, 天猫, 京东,
拼多多) and selling SaaS, payments or courses to sellers weigh against.

Two refinements keep "overseas" from meaning "cross-border": where the only evidence is overseas wording (海外,
国际, 海外市场) the industry field decides which way it goes (goods sellers yes, games/apps/software no: the
convention excludes overseas marketing of software), and a marketplace named only as preferred experience
("有亚马逊经验者尤佳") weighs half and is not a duty.

An ad that says its job is not the trade decides it (不涉及跨境业务, 本岗位负责国内天猫旗舰店, 海外店铺由跨境部门另设
团队) unless the title itself is cross-border, and a list of the employer's other openings ("其他在招：亚马逊运营、外贸
业务员") says nothing of this job.

The boundaries settled in the twenty-seventh session (guide R-K to R-O): an own site placed at home
(小程序商城, 国内快递) is domestic; a seller placed in its marketplace's country resells at home even when it
says it imports its stock; a job that sells the employer's own seller tool (续费, 开通试用) or runs the sellers'
media and events serves sellers; a cross-border marketplace named as the employer makes its 招商 /
seller-success roles cross-border; a tax title qualified as cross-border (跨境电商税务专员) files the employer's
own foreign taxes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final

from nlp import word_pass
from nlp.matcher import Scan, as_text, scan, tags_text
from nlp.platforms import extract_platforms, other_openings
from nlp.role_family import title_family
from nlp.sections import first_of, in_own_part, last_of, starts_of
from nlp.taxonomy import match_form, relevance_config

# A clause: the stretch between sentence or list punctuation, where a "优先"/"尤佳" cue governs its terms.
_CLAUSE_END_CHARS: Final = "。；;！!？?\n"
# A phrase: the stretch between commas or clause punctuation.
_PHRASE_END_CHARS: Final = _CLAUSE_END_CHARS + "，,"
# A sentence: what a seller-service firm's one-line self-description runs to.
_SENTENCE_END_CHARS: Final = "。；;！!？?\n."


def _weighted(
    text: str | None,
    kind: str,
    weights: dict[str, float],
    where: str,
    repeat: float = 0.0,
    strong: float = 0.0,
    part: str = "body",
) -> tuple[float, list[str]]:
    """Sum of the weights of the distinct terms found; a strong term said again adds ``repeat`` once."""
    return _weighted_scan(scan(text, part), kind, weights, where, repeat, strong)


def _weighted_scan(
    sc: Scan, kind: str, weights: dict[str, float], where: str, repeat: float = 0.0, strong: float = 0.0
) -> tuple[float, list[str]]:
    """:func:`_weighted` of a text already scanned."""
    counts = sc.id_counts(kind)
    score = 0.0
    evidence: list[str] = []
    for term in sorted(counts):
        w = weights.get(term, 0.0)
        score += w + (repeat if w >= strong > 0 and counts[term] > 1 else 0.0)
        evidence.append(f"{where}:{term}" if w > 0 else f"{where}:-{term}")
    return score, evidence


def _preferred_only(text: str, slug: str, cues: tuple[str, ...]) -> bool:
    """Whether every mention of platform ``slug`` in ``text`` sits in a clause with a preference cue."""
    sc = scan(text)
    hits = [h for h in sc.of("platform") if h.id == slug]
    if not hits:
        return False
    form = sc.text
    for h in hits:
        start, end = _clause_around(form, h.start, h.end)
        if not any(c in form[start:end] for c in cues):
            return False
    return True


def _clause_around(form: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding ``form[start:end]``: after the last break before it, up to the first at or after
    its end (a few searches from the mention: cheaper than listing every break of the description)."""
    hi = first_of(form, _CLAUSE_END_CHARS, end)
    return last_of(form, _CLAUSE_END_CHARS, start) + 1, hi if hi >= 0 else len(form)


def _industry_weight(industry: str | None, cfg: dict[str, Any]) -> tuple[float, list[str]]:
    """The weight of the industry field (short: substring match), with its evidence."""
    if not industry:
        return 0.0, []
    form = match_form(industry)
    found = sorted(t for t in cfg.get("industry_weights", {}) if t in form)
    weights = [cfg["industry_weights"][t] for t in found]
    # One industry, one verdict: the strongest-magnitude term speaks (电子商务 also contains 电商).
    if not weights:
        return 0.0, []
    w = max(weights, key=abs)
    return w, [f"industry:{t}" if cfg["industry_weights"][t] > 0 else f"industry:-{t}" for t in found]


def _app_word(form: str, cfg: dict[str, Any]) -> str | None:
    """The first app or game word in ``form`` (matching form), a Latin one standing as a word ("App", not "WhatsApp",
    "apple" or "application")."""
    for word in cfg["app_words"]:
        at = form.find(word)
        while at >= 0:
            end = at + len(word)
            if not word.isascii() or (
                (at == 0 or not form[at - 1].isascii() or not form[at - 1].isalpha())
                and (end == len(form) or not form[end].isascii() or not form[end].isalpha())
            ):
                return word
            at = form.find(word, at + 1)
    return None


def _unrelated_family(title: str | None, t_scan: Scan, cfg: dict[str, Any]) -> str | None:
    """The unrelated family (engineering, other) the title's function words give, when the title names no
    marketplace, no related function (related_title_overrides) and no compliance work; else None."""
    family = title_family(title)
    if family not in cfg["unrelated_families"]:
        return None
    form = t_scan.text
    if any(t in form for t in cfg["unrelated_family_exempt"]) or t_scan.of("platform"):
        return None
    if any(t in form for t in cfg["related_title_overrides"]):
        return None
    return family


def _generic_title_software(
    t_scan: Scan, desc_scan: Scan, title_platforms: list[str], cfg: dict[str, Any]
) -> str | None:
    """The software word (App, 游戏, SaaS, 云服务) that makes a generic overseas-business title (国际业务, 海外销售)
    the marketing of software abroad: every positive title term generic, no marketplace in the title or the
    description, no goods word in the ad, no strong trade term in the description, and a software word in the
    title or description. None otherwise."""
    if title_platforms:
        return None
    generic: tuple[str, ...] = cfg["generic_overseas_title_terms"]
    weights = cfg["title_signals"]
    hits = [h.id for h in t_scan.of("rel_title_signals") if weights.get(h.id, 0.0) > 0]
    if not hits or any(h not in generic for h in hits):
        return None
    title_form, desc_form = t_scan.text, desc_scan.text
    # Cheapest first: most such ads name no software at all.
    software = None
    for form in (title_form, desc_form):
        software = _app_word(form, cfg) or _first_word(form, cfg["software_product_words"])
        if software is not None:
            break
    if software is None or desc_scan.of("platform"):
        return None
    # The trade named outright in the duties (信用证, 询盘, 国际站) outweighs a tool the seller uses (ERP软件); foreign
    # customers alone (海外客户) are the software's customers as much as the goods'.
    d_weights = cfg["description_signals"]
    strong = cfg["strong_description_weight"]
    customers: tuple[str, ...] = cfg["generic_overseas_customer_terms"]
    if any(
        d_weights.get(h.id, 0.0) >= strong and h.id not in customers for h in desc_scan.of("rel_description_signals")
    ):
        return None
    if _first_word(title_form, cfg["goods_words"]) or _first_word(desc_form, cfg["goods_words"]):
        return None
    return software


def _first_word(form: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` that ``form`` (matching form) holds (goods words: the employer's product is a thing,
    not software; software product words), or None."""
    for word in words:
        if word in form:
            return word
    return None


def _trade_role_title(title_form: str, cfg: dict[str, Any]) -> bool:
    """Whether the title (in matching form) names an order-handling role that, at a trading company, serves its
    export customers."""
    return any(term in title_form for term in cfg["trade_company_roles"])


def _cross_border_compliance_title(t_scan: Scan, unrelated: list[Any], cfg: dict[str, Any]) -> bool:
    """R-T: whether every unrelated term of the title is tax or compliance work (税务, 合规, VAT: the
    unrelated_family_exempt words) and the title also holds a full-weight cross-border term (跨境电商税务专员,
    跨境电商合规税务主管): the employer's own foreign filings, not a general tax job (税务会计 keeps its 会计)."""
    exempt: tuple[str, ...] = cfg["unrelated_family_exempt"]
    if any(not any(w in h.id for w in exempt) for h in unrelated):
        return False
    weights = cfg["title_signals"]
    strong = cfg["strong_title_weight"]
    return any(weights.get(h.id, 0.0) >= strong for h in t_scan.of("rel_title_signals"))


def _marketplace_employer(title_form: str, company: str, desc_form: str, cfg: dict[str, Any]) -> str | None:
    """The cross-border marketplace the company field names (Temu全托管业务部, SHEIN平台事业部) when the title is a
    merchant-facing role of it (招商, 商家运营, seller success) and the duties speak of its merchants (入驻, 商家)."""
    if not company or not any(t in title_form for t in cfg["merchant_facing_title_terms"]):
        return None
    if not any(w in desc_form for w in cfg["merchant_onboarding_words"]):
        return None
    slugs = extract_platforms(company, None, None)
    return slugs[0] if slugs else None


def _sells_seller_software(title_form: str, cfg: dict[str, Any]) -> bool:
    """Whether the title (in matching form) sells software to sellers: a seller-software product and a sales role."""
    return any(t in title_form for t in cfg["seller_software_products"]) and any(
        t in title_form for t in cfg["seller_software_sales_roles"]
    )


# A word most seller-service phrases hold ("服务跨境卖家", "for amazon sellers"): absent, they all are.
_SELLER_WORDS: Final = ("卖家", "seller", "merchant")
# Words that name the sellers served in a sentence (exporters are sellers too: 向中小外贸企业推广建站产品).
_SELLER_NAMES: Final = (*_SELLER_WORDS, "外贸企业")


@lru_cache(maxsize=1)
def seller_gates() -> tuple[str, ...]:
    """Literals one of which each seller-service phrase holds (a seller word, or the phrase itself), distinct.
    nlp/word_pass.py looks for them in the description's pass, which sections and skills read too."""
    gates: list[str] = []
    cfg = relevance_config()
    for phrase in (*cfg["seller_service_customers"], *cfg["tool_sale_cues"]):
        gate = phrase
        for word in _SELLER_WORDS:
            if word in phrase:
                gate = word
                break
        if gate not in gates:
            gates.append(gate)
    return tuple(gates)


@lru_cache(maxsize=1)
def _seller_audience_pattern() -> re.Pattern[str]:
    """The sellers as the audience of the hire's media or events (组织卖家线下峰会, 卖家资讯): seller_audience_patterns,
    one alternation."""
    return re.compile("|".join(relevance_config()["seller_audience_patterns"]))


@lru_cache(maxsize=1)
def _own_tool_pattern() -> re.Pattern[str]:
    """The employer's own tool said in a phrase (公司的亚马逊竞品监控插件, our listing analytics subscription):
    own_tool_patterns, one alternation."""
    return re.compile("|".join(relevance_config()["own_tool_patterns"]))


def _sells_own_tool(desc_form: str, cfg: dict[str, Any]) -> bool:
    """R-S: whether the description sells or renews the employer's own tool: a subscription sale cue (续费, 开通试用,
    renewal) and the tool said as the employer's (我们提供亚马逊选品数据工具, our analytics subscription)."""
    cues: tuple[str, ...] = cfg["tool_sale_cues"]
    return any(c in desc_form for c in cues) and _own_tool_pattern().search(desc_form) is not None


@lru_cache(maxsize=1)
def _seller_customer_pattern() -> re.Pattern[str]:
    """The sellers as a firm's customers said with a word of direction or use (向…卖家, 给…卖家, 为…卖家办理,
    卖家使用公司…, to Amazon and Walmart sellers): seller_service_customer_patterns, one alternation."""
    return re.compile("|".join(relevance_config()["seller_service_customer_patterns"]))


def _sentence_serves(desc_form: str, at: int, end: int, customers: str, cfg: dict[str, Any]) -> bool:
    """Whether the sentence holding ``desc_form[at:end]`` (a phrase naming the sellers as customers: ``customers``)
    names the sellers and a kind of seller service."""
    start = last_of(desc_form, _SENTENCE_END_CHARS, at) + 1
    stop = first_of(desc_form, _SENTENCE_END_CHARS, end)
    sentence = desc_form[start : stop if stop >= 0 else len(desc_form)]
    # The sentence names the sellers (a phrase such as "used by" or "helps" does not itself; one ending on
    # 客户 names the service's customers: "ERP客户") and the kind.
    names = customers.endswith("客户") or any(w in sentence for w in _SELLER_NAMES)
    return names and any(kind in sentence for kind in cfg["seller_service_kinds"])


def _serves_sellers(desc_form: str, cfg: dict[str, Any]) -> bool:
    """Whether the description (in matching form) says, in one sentence, that the employer sells sellers a service
    of a kind that is no cross-border trade (software, data, tax and compliance filing, payment collection)."""
    phrases: tuple[str, ...] = cfg["seller_service_customers"]
    if not word_pass.find(desc_form)[word_pass.SELLER_GATES]:
        return False  # no phrase can occur: the shared pass found no gate, no find per phrase
    for phrase in phrases:
        at = desc_form.find(phrase)
        while at >= 0:
            if _sentence_serves(desc_form, at, at + len(phrase), phrase, cfg):
                return True
            at = desc_form.find(phrase, at + 1)
    # The same customers said with a word of direction before them or of use after (rare: a seller gate stood in
    # the description, so only such descriptions pay for the search).
    # A marketplace's own sellers ("tools to the platform's sellers", 向平台卖家) are its merchants: a merchant-facing
    # role, which the guide counts as cross-border, not a vendor's customers.
    own: tuple[str, ...] = cfg["seller_service_own_platform_words"]
    if _sells_own_tool(desc_form, cfg):
        return True
    # R-M: the hire runs the sellers' media or events (组织卖家线下峰会, 卖家资讯公众号), a marketplace's own excepted.
    if any(not any(word in m.group(0) for word in own) for m in _seller_audience_pattern().finditer(desc_form)):
        return True
    return any(
        _sentence_serves(desc_form, m.start(), m.end(), m.group(0), cfg)
        for m in _seller_customer_pattern().finditer(desc_form)
        if not any(word in m.group(0) for word in own)
    )


def _sale_said(form: str, cues: tuple[str, ...]) -> bool:
    """Whether one of ``cues`` stands in ``form`` outside a phrase denying it before it (不对外招生, 不涉及课程销售,
    we do not sell courses)."""
    for cue in cues:
        at = form.find(cue)
        while at >= 0:
            before = form[last_of(form, _PHRASE_END_CHARS, at) + 1 : at]
            if not any(w in before for w in ("不", "无", "非", "not ", "no ", "never ")):
                return True
            at = form.find(cue, at + 1)
    return False


def _in_house_trainer(title_form: str, unrelated: list[Any], desc_form: str, cfg: dict[str, Any]) -> bool:
    """R-I: whether a trainer title (every unrelated term of it a trainer term) trains the employer's own staff
    (内训, 新人, our operations team) in operations work a course clause names (亚马逊运营课程, listing, 站内广告,
    PPC), selling no course (招生, 课程销售, for sellers; 学员 / students unless the ad says 内训 / in-house)."""
    trainers: tuple[str, ...] = cfg["trainer_title_terms"]
    if not unrelated or any(h.id not in trainers for h in unrelated) or not desc_form:
        return False
    both = title_form + "\n" + desc_form
    if not any(c in both for c in cfg["in_house_trainer_cues"]):
        return False
    if _sale_said(desc_form, cfg["course_sale_cues"]):
        return False
    if not any(c in both for c in cfg["in_house_trainer_strong_cues"]) and _sale_said(
        desc_form, cfg["course_student_cues"]
    ):
        return False
    topics: tuple[str, ...] = cfg["in_house_trainer_topics"]
    for word in cfg["in_house_trainer_course_words"]:
        at = desc_form.find(word)
        while at >= 0:
            start, end = _clause_around(desc_form, at, at + len(word))
            if any(t in desc_form[start:end] for t in topics):
                return True
            at = desc_form.find(word, end)
    return False


@lru_cache(maxsize=1)
def _denial_patterns() -> tuple[tuple[str, ...], re.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    """The job-placed-in-the-domestic-business and the cross-border-side-given-to-another-team patterns, each with
    the leads it opens on."""
    cfg = relevance_config()
    return (
        cfg["job_domestic_leads"],
        re.compile("|".join(cfg["job_domestic_patterns"])),
        cfg["other_team_leads"],
        re.compile("|".join(cfg["other_team_patterns"])),
    )


def _match_at_leads(form: str, leads: tuple[str, ...], pattern: re.Pattern[str]) -> str | None:
    """The first match of ``pattern`` that opens where one of ``leads`` stands in ``form``."""
    for lead in leads:
        if lead[0] not in form:
            continue  # one character's find is several times cheaper than a longer lead's (另设, 本岗位)
        at = form.find(lead)
        while at >= 0:
            m = pattern.match(form, at)
            if m is not None:
                return m.group(0)
            at = form.find(lead, at + 1)
    return None


def _denial(desc_scan: Scan, cfg: dict[str, Any]) -> str | None:
    """What in the description says the job is not the trade: a denial term, the job placed in the domestic
    business, or the cross-border side given to another team (None when nothing does)."""
    weights = cfg["description_signals"]
    floor = cfg["denial_weight"]
    for h in desc_scan.of("rel_description_signals"):
        if weights.get(h.id, 0.0) <= floor:
            return h.id
    form = desc_scan.text
    domestic_leads, domestic, team_leads, other_team = _denial_patterns()
    if "国内" in form:
        found = _match_at_leads(form, domestic_leads, domestic)
        if found is not None:
            return found
    return _match_at_leads(form, team_leads, other_team)


def _set_aside(desc_scan: Scan, weights: dict[str, float], cfg: dict[str, Any]) -> list[str]:
    """The domestic terms against (天猫, 国内电商) every mention of which the ad denies or gives to another team in
    its phrase ("本岗位不涉及国内电商", "国内天猫店由国内电商部负责"; not "负责天猫店铺，物流由仓储部负责"): they say
    what this job is not."""
    form = desc_scan.text
    if not any(w in form for w in cfg["set_aside_gates"]):
        return []
    verdict: dict[str, bool] = {}
    for h in desc_scan.of("rel_description_signals"):
        if weights.get(h.id, 0.0) >= 0 or verdict.get(h.id) is False:
            continue
        start = last_of(form, _PHRASE_END_CHARS, h.start) + 1
        end = first_of(form, _PHRASE_END_CHARS, h.end)
        before, after = form[start : h.start], form[h.end : end if end >= 0 else len(form)]
        denied = any(w in before for w in cfg["set_aside_denials"])
        by = after.find("由")
        teams = cfg["set_aside_teams"]
        # Given away ("国内天猫店由…部负责"), or the name of the team it is given to ("由国内电商部负责").
        elsewhere = (by >= 0 and any(w in after[by:] for w in teams)) or ("由" in before and after.startswith(teams))
        verdict[h.id] = denied or elsewhere
    return sorted(t for t, aside in verdict.items() if aside)


def _not_this_job(desc_scan: Scan, weights: dict[str, float], cfg: dict[str, Any]) -> list[str]:
    """Terms against that say nothing against this job, every mention of them: a domestic marketplace named
    only as wished-for experience ("有拼多多、淘宝运营经验优先", "做过拼多多的上手更快"; not "负责拼多多店铺运营")
    or beside a cross-border marketplace in one phrase, the job running both ("负责亚马逊和天猫店铺的运营"), and a
    course word of the team's own training ("带领团队…沉淀广告SOP和培训课程"; not "负责课程销售和学员招生")."""
    form = desc_scan.text
    wished_terms: tuple[str, ...] = cfg["experience_domestic_terms"]
    course_terms: tuple[str, ...] = cfg["internal_course_terms"]
    cues: tuple[str, ...] = cfg["preferred_cues"]
    verdict: dict[str, bool] = {}
    for h in desc_scan.of("rel_description_signals"):
        if verdict.get(h.id) is False or weights.get(h.id, 0.0) >= 0:
            continue
        if h.id in wished_terms:
            # The phrase holding it wishes, or the next phrase opens on the wish ("有天猫经验者，优先考虑").
            start = last_of(form, _PHRASE_END_CHARS, h.start) + 1
            end = first_of(form, _PHRASE_END_CHARS, h.end)
            phrase = form[start : end if end >= 0 else len(form)]
            stop = end if end >= 0 else len(form)
            aside = (
                any(c in phrase for c in cues)
                or (end >= 0 and form.startswith(cues, end + 1))
                or (
                    h.id not in cfg["local_marketplace_terms"]  # momo beside 蝦皮台灣站: a local seller's two shops
                    and any(start <= p.start and p.end <= stop for p in desc_scan.of("platform"))
                )
            )
        elif h.id in course_terms:
            start, end = _clause_around(form, h.start, h.end)
            aside = any(c in form[start:end] for c in cfg["internal_course_cues"])
        else:
            aside = False
        verdict[h.id] = aside
    return sorted(t for t, aside in verdict.items() if aside)


def build_tables() -> None:
    """Build now the patterns only some descriptions reach (an overseas duty's clause, a denial): a batch's first
    such posting would pay for them (nlp/extract.py's prepare)."""
    _company_clause_pattern()
    _denial_patterns()
    _seller_customer_pattern()
    _own_tool_pattern()
    _seller_audience_pattern()


@lru_cache(maxsize=1)
def _company_clause_pattern() -> re.Pattern[str]:
    """A phrase that describes the employer ("公司为外贸工厂", "我司产品远销欧美", "the company exports"): its
    subject and a describing verb, after an optional list number."""
    cfg = relevance_config()
    subjects = "|".join(map(re.escape, cfg["company_clause_subjects"]))
    verbs = "|".join(map(re.escape, cfg["company_clause_verbs"]))
    return re.compile(r"\s*(?:\d{1,2}\s*[.、．)）]\s*)?(?:" + subjects + ")(?:" + verbs + ")")


def _in_company_clause(form: str, start: int) -> bool:
    """Whether the phrase holding position ``start`` of ``form`` describes the employer, not the job's duty."""
    lo = last_of(form, _PHRASE_END_CHARS, start) + 1
    return _company_clause_pattern().match(form, lo, start) is not None


def _overseas_duty(desc_scan: Scan, weights: dict[str, float]) -> bool:
    """Whether a term for (海外, 国际展会) stands in the duties: the own text, outside a phrase describing the
    employer ("配合公司海外业务，协调海外PR代理公司"; not "公司是一家外贸工厂")."""
    form = desc_scan.text
    return any(
        weights.get(h.id, 0.0) > 0 and in_own_part(form, h.start, h.end) and not _in_company_clause(form, h.start)
        for h in desc_scan.of("rel_description_signals")
    )


def _overseas_marketing_duty(desc_scan: Scan, cfg: dict[str, Any]) -> bool:
    """R-J: whether an overseas influencer or social-marketing term (海外红人, 国外社交平台) stands in the duties: the
    own text, outside a phrase describing the employer."""
    terms: tuple[str, ...] = cfg["overseas_marketing_terms"]
    form = desc_scan.text
    return any(
        h.id in terms and in_own_part(form, h.start, h.end) and not _in_company_clause(form, h.start)
        for h in desc_scan.of("rel_description_signals")
    )


def _strong_in_own(desc_scan: Scan, weights: dict[str, float], strong: float) -> tuple[bool, bool]:
    """Whether a strong description signal lies in the description's own text (:func:`nlp.sections.own_part`),
    and whether one does outside a phrase that describes the employer ("负责原材料仓库管理，公司为外贸工厂"): the
    duty's own."""
    form = desc_scan.text
    own = False
    for h in desc_scan.of("rel_description_signals"):
        if weights.get(h.id, 0.0) >= strong and in_own_part(form, h.start, h.end):
            if not _in_company_clause(form, h.start):
                return True, True
            own = True
    return own, False


def _alone_at(form: str, word: str, at: int) -> bool:
    """Whether ``word`` found at ``at`` stands alone: a Latin word's neighbours are no letters, digits or a dotted
    continuation (us in use, amazon.com in amazon.com.au); a Chinese word always does."""
    if not word.isascii():
        return True
    end = at + len(word)
    if at > 0 and (form[at - 1].isalnum() or form[at - 1] == "."):
        return False
    if end < len(form):
        nxt = form[end]
        if nxt.isalnum() or (nxt == "." and end + 1 < len(form) and form[end + 1].isalnum()):
            return False
    return True


def _finds(form: str, word: str) -> list[int]:
    """Where ``word`` stands alone in ``form``."""
    found = []
    at = form.find(word)
    while at >= 0:
        if _alone_at(form, word, at):
            found.append(at)
        at = form.find(word, at + 1)
    return found


def _opens_description(form: str, at: int, adjectives: tuple[str, ...]) -> bool:
    """Whether the word at ``at`` opens a line or follows an article, adjectives of the seller between ("a US
    family business", "a small American business", "our family-owned Ohio brand", "Australian auto parts seller
    on eBay"; not "our US store")."""
    head = form[:at]
    described = False
    while True:  # drop the adjectives before the place: small, family-owned, local
        word = head.rstrip(" ").rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
        if not word or word not in adjectives:
            break
        head = head.rstrip(" ")[: -len(word)]
        described = True
    if not head.strip(" ") or head.rstrip(" ").endswith("\n"):
        return True
    head = " " + head.rstrip(" ").rsplit("\n", 1)[-1]
    return head.endswith((" a", " an")) or (described and head.endswith(" our"))


def _seller_noun_follows(after: str, nouns: tuple[str, ...]) -> bool:
    """Whether a seller noun (brand, retailer, business) stands within the next four words."""
    return any(w.strip(",.;:()") in nouns for w in after.split()[:4])


def _home_seller(form: str, cfg: dict[str, Any]) -> bool:
    """R-D: the ad places the seller in its marketplace's own country (a Texas-based brand, a US family business,
    美国本土家居品牌, 马来西亚本地分销商, a local retailer in Manila), names no second country and nothing beyond its
    home (跨境, export, sourcing, factories) save the bulk imports of the sentence that places it and the suppliers
    of a wished-for skill (Mandarin is an advantage to talk to our suppliers in China)."""
    # Most ads that get here are a Chinese seller's (跨境, 海外, 深圳): the words beyond the home are asked first,
    # and decide at once unless the ad speaks of imports (a home seller's stock, said where it places itself).
    imports: tuple[str, ...] = cfg["home_seller_import_words"]
    terms: tuple[str, ...] = cfg["beyond_home_terms"]
    if not any(w in form for w in imports):
        if any(w in form and (not w.isascii() or _finds(form, w)) for w in terms):
            return False
        beyond: list[str] = []
    else:
        beyond = [w for w in terms if w in form and (not w.isascii() or _finds(form, w))]
    where = _home_placement(form, cfg)
    if where < 0:
        return False
    if beyond and not _beyond_only_background(form, where, beyond, imports, cfg):
        return False
    cues: tuple[str, ...] = cfg["remote_worker_cues"]
    countries = sum(
        1
        for entry in cfg["market_countries"]
        if any(not _after_remote_cue(form, at, cues) for w in entry.split("|") for at in _finds(form, w))
    )
    return countries <= 1


def _home_placement(form: str, cfg: dict[str, Any]) -> int:
    """Where the ad places the seller in a country of home_seller_places (the place's position), or -1."""
    nouns = cfg["home_seller_nouns"]
    adjectives = cfg["home_seller_adjectives"]
    places: tuple[str, ...] = cfg["home_seller_places"]
    at = form.find("-based ")  # "Our Chicago-based company", not "a Dubai-based brand" (no home of a marketplace)
    while at > 0:
        head = form[max(0, at - 13) : at]
        for p in places:
            placed = p.isascii() and head.endswith(p) and _alone_at(form, p, at - len(p))
            if placed and _seller_noun_follows(form[at + 7 : at + 50], nouns):
                return at - len(p)
        at = form.find("-based ", at + 1)
    for place in places:
        for at in _finds(form, place):
            after = form[at + len(place) : at + len(place) + 40]
            if form[max(0, at - 9) : at] == "based in ":  # "Based in Kuala Lumpur."
                return at
            if after.startswith(("本土", "本地")):  # the employer stated: 是一家美国本土家居品牌, 一家马来西亚本地
                head = form[max(0, at - 4) : at]  # 分销商; not 打造美国本土品牌形象
                if (not head or head.endswith(("\n", "是", "为", "一家", "一个"))) and any(
                    n in after[2:10] for n in nouns if not n.isascii()
                ):
                    return at
            elif place.isascii():
                if _opens_description(form, at, adjectives):
                    if _seller_noun_follows(after, nouns):
                        return at
                elif form[max(0, at - 3) : at] == "in " and _seller_noun_follows(
                    " ".join(form[max(0, at - 40) : at - 3].split()[-3:]), nouns
                ):  # "a local homeware retailer in Manila"
                    return at
                elif form[max(0, at - 7) : at] == "across " and after.startswith((" through ", " via ", " on ")):
                    return at  # the seller's one market and its channel: "distributes … across Malaysia through Shopee"
    return -1


def _beyond_only_background(
    form: str, where: int, beyond: list[str], imports: tuple[str, ...], cfg: dict[str, Any]
) -> bool:
    """R-D: whether every word beyond the home stands in the sentence placing the seller (at ``where``) that says
    it imports its stock (从国内进口, imported from Guangzhou and Yiwu), or in a clause that only wishes (a language
    "is an advantage to communicate with our suppliers in China")."""
    lo = last_of(form, _SENTENCE_END_CHARS, where) + 1
    hi = first_of(form, _SENTENCE_END_CHARS, where)
    hi = hi if hi >= 0 else len(form)
    if not any(w in form[lo:hi] for w in imports):
        return False
    wishes: tuple[str, ...] = cfg["home_seller_wish_cues"]
    for word in beyond:
        for at in _finds(form, word) if word.isascii() else starts_of(form, word):
            if lo <= at < hi:
                continue
            start, end = _clause_around(form, at, at + len(word))
            if not any(c in form[start:end] for c in wishes):
                return False
    return True


# The evidence an own site alone brings: the site named in the title or description, and the commerce bonus it earns.
_SITE_ONLY_EVIDENCE: Final = frozenset(
    {"title:independent_site", "description:independent_site", "title:commerce_role"}
)


def _domestic_site(
    title_platforms: list[str], desc_platforms: list[str], evidence: list[str], desc_form: str, cfg: dict[str, Any]
) -> bool:
    """R-K: whether an own site (独立站) is the only evidence for and the description places it at home (a
    mini-program mall, private-domain members, domestic couriers: domestic_site_cues)."""
    if set(title_platforms) | set(desc_platforms) != {"independent_site"}:
        return False
    if any(e not in _SITE_ONLY_EVIDENCE for e in evidence if ":-" not in e):
        return False
    return any(c in desc_form for c in cfg["domestic_site_cues"])


def _after_remote_cue(form: str, at: int, cues: tuple[str, ...]) -> bool:
    """Whether a remote-work cue stands just before position ``at`` ("(remote, philippines)", "remote from the
    philippines"): the country named there is where the hire sits, no market of the seller (R-D)."""
    head = form[max(0, at - 24) : at]
    return any(c in head for c in cues)


def classify_relevance(
    title: object,
    description: object,
    tags: object = None,
    company: object = None,
    industry: object = None,
) -> tuple[bool, list[str]]:
    """``(is_cross_border, evidence)``; evidence lists the deciding terms as "where:term" ("-" marks a term
    that weighed against), sorted."""
    cfg = relevance_config()
    title_s = as_text(title)
    t_scan = scan(title_s, "title")
    unrelated = t_scan.of("rel_unrelated_title_terms")
    # An override inside a longer unrelated term (产品开发 in 产品开发工程师) rescues nothing.
    overrides = (
        [
            o
            for o in t_scan.of("rel_related_title_overrides")
            if not any(u.start <= o.start and o.end <= u.end and u.end - u.start > o.end - o.start for u in unrelated)
        ]
        if unrelated  # only asked of an unrelated title
        else []
    )
    trainer = False
    if unrelated and not overrides and _cross_border_compliance_title(t_scan, unrelated, cfg):
        overrides = unrelated  # R-T: 跨境电商税务专员 files the employer's own foreign taxes; the scores decide
    if unrelated and not overrides:
        # R-I: an in-house trainer of the employer's own operations work is no unrelated function; the scores decide.
        trainer = _in_house_trainer(t_scan.text, unrelated, scan(as_text(description)).text, cfg)
        if not trainer:
            return False, sorted({f"unrelated_title:{h.id}" for h in unrelated})
    if _sells_seller_software(t_scan.text, cfg):
        return False, ["unrelated_title:seller_software_sales"]

    desc = as_text(description)
    desc_scan = scan(desc)
    others = other_openings(desc_scan.text)
    if others:  # the employer's other openings say nothing of this job: cut them out
        form = desc_scan.text
        kept: list[str] = []
        at = 0
        for start, end in others:
            kept.append(form[at:start])
            at = end
        kept.append(form[at:])
        desc = "\n".join(kept)
        desc_scan = scan(desc)
    if _serves_sellers(desc_scan.text, cfg):
        return False, ["description:seller_service"]

    score, evidence = _weighted(title_s, "rel_title_signals", cfg["title_signals"], "title", part="title")
    if trainer:
        score += cfg["in_house_trainer_weight"]
        evidence.append("title:in_house_trainer")
    title_for = score > 0
    if not title_for:
        family = _unrelated_family(title_s, t_scan, cfg)
        if family is not None:
            return False, [f"unrelated_title:{family}"]
    tag_text = tags_text(tags)
    tag_score, tag_ev = _weighted(tag_text, "rel_title_signals", cfg["title_signals"], "tags", part="title")
    score += min(tag_score, cfg["title_signals"].get("跨境", 3.0) / 2)  # tags are terse but often boilerplate
    evidence += tag_ev

    strong_title = any(
        cfg["title_signals"].get(h.id, 0.0) >= cfg["strong_title_weight"] for h in t_scan.of("rel_title_signals")
    )
    title_platforms = extract_platforms(title_s, None, None)
    software = _generic_title_software(t_scan, desc_scan, title_platforms, cfg)
    if software is not None:
        return False, [f"description:-{software}"]
    if not strong_title and not title_platforms:
        denied = _denial(desc_scan, cfg)
        if denied is not None:
            return False, [f"description:-{denied}"]
    score += cfg["platform_weight_title"] * len(title_platforms)
    evidence += [f"title:{p}" for p in title_platforms]
    if not title_platforms:
        # A marketplace's own merchant-facing role (DESIGN.md): the employer named as the marketplace weighs
        # as a marketplace in the title would.
        employer = _marketplace_employer(t_scan.text, as_text(company) or "", desc_scan.text, cfg)
        if employer is not None:
            score += cfg["platform_weight_title"]
            evidence.append(f"company:{employer}")

    strong = cfg["strong_description_weight"]
    weights = cfg["description_signals"]
    d_score, d_ev = _weighted_scan(
        desc_scan, "rel_description_signals", weights, "description", cfg["repeat_bonus"], strong
    )
    if any(":-" in e for e in d_ev):
        aside = set(_set_aside(desc_scan, weights, cfg)) | set(_not_this_job(desc_scan, weights, cfg))
        if trainer:  # the in-house trainer's own courses, sold to nobody
            aside |= {t for t in cfg["internal_course_terms"] if f"description:-{t}" in d_ev}
        for term in sorted(aside):
            d_score -= weights[term]
            d_ev.remove(f"description:-{term}")
    # A marketplace in the tag list (51job: the employer's keywords for the job) is asked-for experience,
    # weighed like one named in the duties.
    desc_platforms = [p for p in extract_platforms(None, desc, tags) if p not in title_platforms]
    cues = cfg["preferred_cues"]
    wished = [p for p in desc_platforms if desc and _preferred_only(desc, p, cues)]
    d_score += cfg["platform_weight_description"] * (
        len(desc_platforms) - len(wished) + cfg["preferred_platform_factor"] * len(wished)
    )
    # A commerce function (operations, sales, marketing...) whose duties name cross-border work outright: the
    # convention counts it even when the description says so only once. Outright means in the duties: the
    # company introduction and benefits ("公司是一家跨境电商企业", "福利：出国旅游") say what the employer does.
    named = len(wished) < len(desc_platforms)
    # A marketplace named as a channel is enough for both; the blurb bounds are asked only without one.
    strong_own, strong_duty = (True, True) if named else _strong_in_own(desc_scan, weights, strong)
    has_strong = named or strong_own
    if (named or strong_duty) and title_family(title_s) in cfg["commerce_families"]:
        d_score += cfg["commerce_bonus"]
        d_ev.append("title:commerce_role")
    elif named and any(w in t_scan.text for w in cfg["unrelated_family_exempt"]):
        # R-T: tax or compliance work (EU Tax & Compliance Specialist) for a marketplace store the duties name is
        # the employer's own foreign sales' filing, a duty of the trade as much as a commerce role's.
        d_score += cfg["commerce_bonus"]
        d_ev.append("title:compliance_role")
    score += min(d_score, cfg["description_cap"])
    evidence += d_ev + [f"description:{p}" for p in desc_platforms]

    c_score = 0.0
    for where, text in (("company", as_text(company)), ("industry", as_text(industry))):
        s, ev = _weighted(text, "rel_company_signals", cfg["company_signals"], where, part="company")
        c_score += s
        evidence += ev
    score += min(c_score, cfg["company_cap"])
    if c_score > 0 and _trade_role_title(t_scan.text, cfg):
        score += cfg["trade_company_role_weight"]
        evidence.append("title:trade_company_role")

    # Only overseas wording so far (no full-weight title term, no strong duty term, no marketplace in the
    # title): the industry says whether "overseas" means goods sold abroad or software marketed abroad.
    # A marketplace wished for as experience is no overseas wording of the job: it opens no industry verdict.
    wish = cfg["platform_weight_description"] * cfg["preferred_platform_factor"] * len(wished)
    if score > wish and not strong_title and not has_strong and not title_platforms:
        i_score, i_ev = _industry_weight(as_text(industry), cfg)
        if not i_ev:  # no industry to ask: an app or game the ad names is the software marketed abroad,
            # goods it names (家居产品, 消费电子, 电动车) are goods sold abroad when the title or a duty is
            # overseas work (海外市场经理, 协调海外PR代理; not a blurb's 外贸工厂 beside a domestic job); goods
            # beside a companion app are goods, unless the title names the app.
            title_app = _app_word(t_scan.text, cfg)
            goods = (
                _first_word(t_scan.text, cfg["goods_words"]) or _first_word(desc_scan.text, cfg["goods_words"])
                if title_app is None and (title_for or _overseas_duty(desc_scan, weights))
                else None
            )
            app = title_app or _app_word(desc_scan.text, cfg)
            if goods is not None:
                i_score, i_ev = cfg["goods_word_weight"], [f"description:{goods}"]
            elif app is not None:
                i_score, i_ev = cfg["app_word_weight"], [f"description:-{app}"]
            elif _overseas_marketing_duty(desc_scan, cfg):
                # R-J: a seller's overseas influencer or social marketing states the foreign market unaided.
                i_score, i_ev = cfg["overseas_marketing_weight"], ["description:overseas_marketing"]
        score += i_score
        evidence += i_ev

    decided = score >= cfg["threshold"]
    if decided and _domestic_site(title_platforms, desc_platforms, evidence, desc_scan.text, cfg):
        return False, ["description:-domestic_site"]
    if decided and (title_platforms or desc_platforms) and _home_seller(f"{t_scan.text}\n{desc_scan.text}", cfg):
        return False, ["description:-home_seller"]
    # A yes shows what spoke for it; a no shows what spoke against (or everything, when nothing did).
    against = [e for e in evidence if ":-" in e]
    kept = [e for e in evidence if ":-" not in e] if decided else against or evidence
    return decided, sorted(set(kept))
