"""Role family of a posting, by its duties rather than its seniority (DESIGN.md ``role_family``).

The title decides first. Chinese job titles put the head noun last (广告销售 is a sales job, 销售运营 an
operations job), so among the function words found in the title (nlp/data/role_families.jsonl) the one
ending last wins, the longer on a tie (产品经理 → other, not 经理). Words that only state rank (经理, 主管,
总监) or are generic (助理, 专员, 项目经理) decide only when nothing else does: then the description's
duty words break the tie, and failing that the rank word's own family applies.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Final

from nlp import taxonomy
from nlp.matcher import Hit, Scan, as_text, scan
from nlp.sections import inside, requirements_start

_ORDER: Final = (
    "operations", "procurement", "marketing", "sales", "customer_service", "logistics", "design_content",
    "data_analytics", "engineering", "management", "other",
)  # fmt: skip


_BRACKETS: Final = re.compile(r"[(\[【（][^)\]】）]*[)\]】）]")
# An English title names the job first and its setting after a comma or a spaced dash ("Sourcing Specialist,
# Cross-border E-commerce", "Buyer - Home & Garden"), or whom it serves after "to" ("Executive Assistant to CEO").
_ENGLISH_SETTING: Final = re.compile(r"(?:, | [-–—|] | to ).*")
_DIRECTION_DASHES: Final = "-–—－_|"


def _aside_spans(text: str) -> list[tuple[int, int]]:
    """The (...) asides of a title and an English title's setting."""
    spans = [m.span() for m in _BRACKETS.finditer(text)]
    # A direction after a dash (运营实习生-内容方向, 产品经理-增长方向) narrows the job the title names before it.
    if (at := text.find("方向")) > 0 and (sep := max(text.rfind(c, 0, at) for c in _DIRECTION_DASHES)) > 0:
        spans.append((sep, at + 2))
    # English up to the setting: the dash itself may be a typographic one ("Sales Executive – SaaS for Sellers").
    # (An English title opens on an ASCII character and holds a space: most titles skip the search.)
    if (
        " " in text
        and text[0].isascii()
        and (setting := _ENGLISH_SETTING.search(text)) is not None
        and text[: setting.start()].isascii()
    ):
        spans.append(setting.span())
    return spans


def _without_asides(text: str) -> str:
    """The title with its (...) asides and direction cut out."""
    for start, end in sorted(_aside_spans(text), reverse=True):
        text = text[:start] + text[end:]
    return text


def _outside_asides(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits outside (...) asides and an English title's setting, when there are any: "Java开发工程师(跨境电商)" is an
    engineering title."""
    spans = _aside_spans(text)
    if not spans:
        return hits
    outside = [h for h in hits if not inside(h.start, spans)]
    return outside or hits


@lru_cache(maxsize=1)
def _on_a_marketplace() -> tuple[dict[str, str], frozenset[str]]:
    """Title terms that name another family's work when the title names a marketplace, and the platforms (B2B
    ones) that do not make it one: a marketplace's account manager runs the seller's store there (guide G2)."""
    terms = {t: f["family"] for f in taxonomy.role_families() for t in f["marketplace_title_terms"]}
    return terms, frozenset(p for f in taxonomy.role_families() for p in f["not_marketplaces"])


def _direction(t_scan: Scan) -> str | None:
    """The family a bracketed direction names (跨境电商专员（客服方向）: customer_service), or None."""
    text = t_scan.text
    if "方向" not in text:
        return None
    spans = [(a, b) for a, b in _aside_spans(text) if "方向" in text[a:b]]
    head = _head([h for h in t_scan.of("role_title") if inside(h.start, spans)])
    return head.id if head is not None else None


# Each family's place in _ORDER, looked up where _head breaks a tie (a dict: _ORDER.index walked the tuple).
_RANK: Final = {family: i for i, family in enumerate(_ORDER)}


def _head(hits: list[Hit]) -> Hit | None:
    """The hit ending last, the longest among those, the first family of _ORDER among those, the first among
    equals: ``max`` by that key, as a loop (compiled, a key lambda was a closure called per hit and a tuple built)."""
    if not hits:
        return None
    best = hits[0]
    best_end = best.end
    best_len = best_end - best.start
    best_rank = _RANK[best.id]
    for i in range(1, len(hits)):
        h = hits[i]
        end = h.end
        length = end - h.start
        rank = _RANK[h.id]
        if end > best_end or (end == best_end and (length > best_len or (length == best_len and rank < best_rank))):
            best, best_end, best_len, best_rank = h, end, length, rank
    return best


@lru_cache(maxsize=1)
def _close_calls() -> dict[str, frozenset[str]]:
    """The close-call lists of nlp/data/role_families.jsonl, each merged over the families that hold it."""
    return {
        key: frozenset(t for f in taxonomy.role_families() for t in f[key]) for key in taxonomy.ROLE_CLOSE_CALL_LISTS
    }


def _title_head(t_scan: Scan) -> tuple[str, str] | None:
    """The title's family and the term that gave it."""
    hits = _outside_asides(t_scan.text, t_scan.of("role_title"))
    head = _head(hits)
    if head is None:
        return None
    if head.term in _close_calls()["domain_yielding_terms"]:
        # A bare analyst or planner takes the family of the domain the title names just before it (guide G19:
        # 财务分析师 is other, Supply Chain Analyst procurement, 广告BI分析师 stays BI; 运营策划 operations, 产品策划
        # other); 数据分析师 is one longer term. Only English words may stand between (Operations Systems Analyst): in
        # 网易严选品牌策划 the 选品 read inside the company's name is no domain of the planner.
        text, start = t_scan.text, head.start
        head = _head([h for h in hits if h.end <= start and text[h.end : start].isascii()]) or head
    terms, not_marketplaces = _on_a_marketplace()
    if head.term in terms and any(p.id not in not_marketplaces for p in t_scan.of("platform")):
        return terms[head.term], head.term
    return head.id, head.term


@lru_cache(maxsize=256)  # asked by relevance and skills for each posting's title
def title_family(title: str | None) -> str | None:
    """The family the title's function words give, or None when the title names no function."""
    head = _title_head(scan(as_text(title), "title"))
    return head[0] if head is not None else None


def _distinct(form: str, terms: frozenset[str]) -> int:
    return sum(1 for t in terms if t in form)


def _promotes(t_scan: Scan, description: str | None) -> bool:
    """Whether a bare 运营 / 内容运营 title runs a promotional channel (guide G1, G24): its title names one
    (新媒体内容运营, 公众号运营专员, SEO运营, Instagram运营, 广告运营), or its duties (before the requirements)
    name promotional accounts (公众号, 微博, Instagram, 粉丝, 公关) at least three ways and over twice as many as a
    store's, a user base's or a content platform's own work (店铺, 订单, 社群, 作者, 内容审核). A social or video
    platform in the title (抖音运营, 小红书内容运营, B站运营, TikTok短视频运营) counts as one of the three: its account
    promotes when the duties say so (涨粉, 种草, 品牌曝光), its shop or live room (抖音小店, 直播间) is the store's own
    work. A title naming a marketplace and no channel (亚马逊运营, TikTok运营) is left to it; one naming what it
    runs (社群运营, 用户运营) stays operations, before any channel it names (Facebook社群运营)."""
    lists = _close_calls()
    if any(t in t_scan.text for t in lists["own_object_title_terms"]):
        return False  # 社群运营, 用户运营, 店铺运营: the title names what it runs (G24)
    on_platform = bool(t_scan.of("platform"))
    named = _without_asides(t_scan.text) if on_platform else t_scan.text
    if any(t in named for t in lists["channel_title_terms"]):
        # Also on a marketplace: 亚马逊广告运营 runs the store's ads, not the store; 亚马逊运营（广告方向） runs the
        # store, with ads as its direction.
        return True
    social = any(t in named for t in lists["social_channel_title_terms"])
    if on_platform and not social:
        return False  # TikTok短视频运营 runs the account's videos; TikTok运营 the shop
    if not description:
        return False
    form = scan(description).text
    end = requirements_start(form)
    form = form[:end] if end > 0 else form  # the duties, not what the hire should know (熟悉微博、知乎者优先)
    promo = _distinct(form, lists["promotion_duty_terms"]) + social
    return promo >= 3 and promo > 2 * _distinct(form, lists["own_platform_duty_terms"])


def _serves_guests(t_scan: Scan, description: str | None) -> bool:
    """Whether a front desk (前台, receptionist) serves a business's paying guests in person (guide G29: a hotel's
    front desk is customer_service; an office's, receiving visitors, stays other): the title or its aside names a hotel
    (酒店前台, 前台接待（五星酒店）, Front Desk Agent (Hotel)), or the duties, before the requirements, name guests'
    stays (办理入住, 退房, 住客, 宾客). An office front desk that books hotels for staff trips (机票、酒店预订) or
    wants hotel experience (有酒店前台经验优先) does not."""
    lists = _close_calls()
    if any(t in t_scan.text for t in lists["guest_service_terms"]):
        return True
    if not description:
        return False
    form = scan(description).text
    end = requirements_start(form)
    form = form[:end] if end > 0 else form
    return any(t in form for t in lists["guest_stay_duty_terms"])


def _signs_merchants(description: str | None) -> bool:
    """Whether a 地推 title's duties weigh selling over promoting: visiting and signing merchants (商户开发,
    上门拜访, 办理签约) is sales; street and campus promotion that wins an app's users (扫码拉新) stays marketing."""
    counts = _duty_counts(description)
    return counts.get("sales", 0) > counts.get("marketing", 0)


def _delivers(description: str | None) -> bool:
    """Whether a solution architect's or manager's duties are mostly implementation and delivery (guide G22, G17:
    测试, 部署, 上线, 代维 at least two ways and more than presales work: 投标, 方案编写, 拜访, 演示), before the
    requirements (熟悉运维 is what the hire should know)."""
    if not description:
        return False
    form = scan(description).text
    end = requirements_start(form)
    form = form[:end] if end > 0 else form
    lists = _close_calls()
    delivery = _distinct(form, lists["delivery_duty_terms"])
    return delivery >= 2 and delivery > _distinct(form, lists["presales_duty_terms"])


def _duty_counts(description: str | None) -> Counter[str]:
    counts = Counter(h.id for h in scan(description, "duties").of("role_desc"))
    counts.pop("management", None)  # managing a team is seniority, not a function
    return counts


def _product_duties(description: str | None) -> tuple[int, int]:
    """How many ways a product title's duties name goods development (打样, 工厂, 供应商, OEM, 量产) and software
    product work (原型, PRD, 需求分析, 迭代)."""
    if not description:
        return 0, 0
    form = scan(description).text
    lists = _close_calls()
    return _distinct(form, lists["goods_development_duty_terms"]), _distinct(form, lists["software_product_duty_terms"])


def _develops_goods(description: str | None) -> bool:
    """Whether a product manager's duties define and develop physical goods (guide G3, G12): goods-development
    words at least two ways and more of them than software-product words: a supply-chain software product's
    manager stays other."""
    goods, software = _product_duties(description)
    return goods >= 2 and goods > software


def _builds_software(description: str | None) -> bool:
    """Whether a 产品专员's duties are a software product's (G3: 需求分析, 原型设计 at an internet company), not
    finding and developing goods: software-product words at least two ways and more of them than goods words."""
    goods, software = _product_duties(description)
    return software >= 2 and software > goods


def _runs_a_store(t_scan: Scan, description: str | None) -> bool:
    """Whether an e-commerce sales title (跨境电商业务员, 电商销售专员) runs a store: the title names e-commerce before
    its sales word and the duties weigh store work over selling to buyers (guide G2)."""
    if not any(h.id == "operations" for h in t_scan.of("role_title")):
        return False
    counts = _duty_counts(description)
    return counts.get("operations", 0) > counts.get("sales", 0)


def _joined_first(t_scan: Scan, description: str | None) -> str | None:
    """In a title joining two jobs with 兼, /, 、 or & (客服兼运营, 运营兼美工, 运营/推广, 市场&运营, Live Host &
    Creator Partnerships; not 兼职, part-time), the family the duties weigh most, the first named on a tie (guide
    G4); None when the title joins none."""
    form = t_scan.text
    at = form.find("兼")
    while at >= 0 and form.startswith("兼职", at):
        at = form.find("兼", at + 2)
    if at < 0:
        at = form.find("&")
        chinese_join = 0 < at < len(form) - 1 and not form[at - 1].isascii() and not form[at + 1].isascii()
        if at >= 0 and not chinese_join and (not form[:at].isascii() or inside(at, _aside_spans(form))):
            # A bilingual title's English half (内容运营 Content & Social Media Specialist) restates the Chinese;
            # in "Graphic Designer - Amazon Listings & A+ Content" the & joins the setting's words. Between two
            # Chinese words it joins two jobs (市场&运营经理).
            return None
    for joiner in "/、":  # 运营/推广, 运营、推广专员
        if at < 0:
            at = form.find(joiner)
            if at >= 0 and inside(at, _aside_spans(form)):
                return None  # TikTok达人BD（东南亚/美区）: the / joins the aside's words
    if at < 0:
        return None
    hits = _outside_asides(form, t_scan.of("role_title"))  # 产品经理/专家（广告方向）: the aside joins nothing
    first = _head([h for h in hits if h.end <= at])
    second = _head([h for h in hits if h.start > at])
    if first is None or second is None or first.id == second.id:
        return None
    counts = _duty_counts(description)
    return second.id if counts.get(second.id, 0) > counts.get(first.id, 0) else first.id


def classify_role(title: object, description: object) -> str:
    """One of operations, procurement, marketing, sales, customer_service, logistics, design_content,
    data_analytics, engineering, management, other."""
    t_scan = scan(as_text(title), "title")
    desc = as_text(description)
    strong = _title_head(t_scan)
    if strong is not None:
        family, term = strong
        joined = _joined_first(t_scan, desc)
        if joined is not None and joined != family:
            return joined
        lists = _close_calls()
        if term in lists["setting_clerk_heads"] and (direction := _direction(t_scan)) is not None:
            # An e-commerce clerk names the setting, not the work: its direction does (电商专员（物流方向） is
            # logistics, 跨境电商专员（采购方向） procurement).
            return direction
        if family == "operations" and term in lists["promotable_heads"] and _promotes(t_scan, desc):
            return "marketing"
        if term in lists["goods_product_heads"]:
            if family == "other" and _develops_goods(desc):
                return "procurement"
            if family == "procurement" and _builds_software(desc):
                return "other"
        if family == "other" and term in lists["front_desk_heads"] and _serves_guests(t_scan, desc):
            return "customer_service"
        if family == "marketing" and term in lists["field_sales_heads"] and _signs_merchants(desc):
            return "sales"
        if family == "sales" and term in lists["solution_heads"] and _delivers(desc):
            return "engineering"
        if family == "sales" and term in lists["store_sales_heads"] and _runs_a_store(t_scan, desc):
            return "operations"
        return family
    _, not_marketplaces = _on_a_marketplace()
    if any(p.id not in not_marketplaces for p in t_scan.of("platform")):
        return "operations"  # Walmart Specialist, Shein专员: a marketplace's generic post runs the store there
    counts = _duty_counts(desc)
    if counts:
        top = max(counts.values())
        return next(f for f in _ORDER if counts.get(f) == top)
    weak = _head(t_scan.of("role_weak"))
    return weak.id if weak is not None else "other"
