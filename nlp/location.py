"""Location extractor: location_raw (then address_raw) to country, province, city, district and flags.

How it reads a string: every known place name in it (official full names, short names, former names, curated
development-zone and area aliases) is found with one Aho-Corasick pass; then the best *consistent chain* of
names is chosen, a chain being names that lie on one line of the administrative tree (山东省 → 青岛 →
市南区). Chains score by the names they cover and by their links, so "山东省青岛市南区" reads 青岛 + 市南区
rather than 青岛市 + "南区", and a district name shared by several cities (朝阳区: 北京 and 长春) stays
unresolved unless something else in the string (a province, a city, a unique area) picks one reading.
Results are cached by distinct string: location strings repeat.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Final, final

from ahocorasick_rs import AhoCorasick, Implementation

from nlp.geography import Division, Geography, load_geography
from nlp.textnorm import normalize

FIELDS: Final = ("country", "province", "city", "district", "adcode", "region", "is_pilot_zone", "industrial_belt")

# Scores: a full official name is the strongest evidence; a short name of a county-level unit (two characters,
# often a common word) the weakest, and weaker still when it does not open the string and has no parent
# beside it.
_W_FULL: Final = 3.0
_W_SHORT: Final = 2.5
_W_AREA: Final = 2.0
_W_COUNTY_SHORT: Final = 1.5
_W_COUNTY_SHORT_INNER: Final = 0.8
_LINK_DOWN: Final = 1.0  # a name followed by one of its descendants (广东省 → 深圳)
_LINK_UP: Final = 0.5  # a name followed by one of its ancestors (西湖区 … 浙江省)
_AREA_CONFIRMS: Final = 0.5  # an area alias inside the unit just named (朝阳区望京) picks that reading
_MIN_SCORE: Final = 1.4  # below this, a lone inner county short name (永新 in "永新汇大厦") is not believed
_POSITION_TIE = 0.001  # per character: between two otherwise equal readings the earlier name wins (宁波杭州湾新区)
_PRIOR_PENALTY: Final = 0.25  # the rarer reading of a district name listed in district_priors.csv
# A short place name directly followed by a road word names a road (中山东二路, 北京路, 长安街), not a place.
_ROAD_AFTER: Final = re.compile(r"[东西南北中]?[一二三四五六七八九十\d]?(?:路|街|大道|大街|巷|弄)")

# Strings that say "no single place"; 全国 still says China.
_NOWHERE: Final = ("异地招聘", "远程", "不限", "若干", "待定", "海外", "国外", "境外")
_CHINA_WIDE: Final = ("全国", "中国")
# Words that may follow a short county name opening an address (余杭经济开发区, 张家港保税区, 吴江盛泽镇).
# Markets too: 义乌国际商贸城, 诸暨国际商贸城, 义乌小商品城.
_ZONE_AFTER: Final = re.compile(
    r"经济|经开|高新|开发|工业|科技|保税|综合保税|综合实验|综合试验|综合改革|综保|综试|新区|新城|园区|产业|国际商贸|商贸城|小商品|[^\W\d_]{1,3}镇|[^\W\d_]{1,3}街道"
)
# Separators of a list of places; "，" and "；" are already ASCII after nlp.textnorm.normalize. 或, 及 and "+"
# join places too ("深圳或广州", "深圳+东莞"); no place name holds them.
_SEPARATOR_CHARS: Final = frozenset("/、,;|，；｜或及+")
_LIST_SEPARATOR: Final = re.compile(r"[/、,;|，；｜或及+]")
# Spaces and dashes mostly go down the tree ("深圳 宝安 西乡", "浙江-金华-义乌市") but may list cities too
# ("深圳 上海", "深圳-广州"): read as a list only where a part is exactly a prefecture or province name.
_LEVEL_SEPARATOR: Final = re.compile(r"[\s\-]+")
_PARENTHESES: Final = re.compile(r"[(（][^()（）]*[)）]")
_LATIN_WORD: Final = re.compile(r"[a-z]+(?:'[a-z]+)?")
_WEB_ADDRESS: Final = re.compile(r"(?:https?://|www\.)\S*|\S+@\S+|\S+\.(?:com|net|org)(?:\.[a-z]{2})?\b")
# Traditional characters common in place names that nlp.textnorm's cheap marker set does not include (臺北,
# 縣; 金門, 連江, 宜蘭, 花蓮 and 大連, 蘭州, 溫州, 鄭州, 無錫, which hold no other).
_TRADITIONAL_PLACE_MARKERS: Final = frozenset("臺灣縣鄉鎮區蘇遼寧龍慶寶陝貴雲濟齊歸烏魯瀋陽嶺東義興漢灣門連蘭蓮溫鄭無")


@final
class _Node:
    """A place name found in a location string. A plain class, not a frozen dataclass: compiled, building one is a
    native allocation, where the dataclass's __init__ is called generically and sets each field through
    object.__setattr__ (~6,000 instructions a node, callgrind)."""

    __slots__ = ("adcode", "area", "end", "start", "weight")

    def __init__(self, start: int, end: int, adcode: str, weight: float, area: bool) -> None:
        self.start = start
        self.end = end
        self.adcode = adcode
        self.weight = weight
        self.area = area  # a curated area alias (望京, 光谷): confirms a unit already named, so a repeat still counts


@dataclass(frozen=True, slots=True)
class _Matcher:
    automaton: AhoCorasick
    codes: tuple[tuple[tuple[str, str], ...], ...]  # per automaton pattern: (adcode, weight kind) pairs
    latin: dict[str, str]
    disfavoured: frozenset[str]  # adcodes of the readings that district_priors.csv ranks second


def _weight_kind(division: Division, full: bool) -> str:
    name = division.name
    if full:
        # Two-character district names (西区, 城区) are ordinary words in addresses: as weak as a short name.
        return "county_short" if division.level == "county" and len(name) <= 2 and name.endswith("区") else "full"
    # 省直辖 units' short names (东方, 琼海) are common words too.
    return "county_short" if division.level == "county" or division.kind == "province_direct" else "short"


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    geo = load_geography()
    entries: dict[str, dict[str, str]] = {}  # key -> adcode -> weight kind (strongest kept)
    rank = {"full": 3, "short": 2, "area": 1, "county_short": 0}

    def add(key: str, adcode: str, kind: str) -> None:
        slot = entries.setdefault(key, {})
        if adcode not in slot or rank[kind] > rank[slot[adcode]]:
            slot[adcode] = kind

    for div in geo.divisions.values():
        add(div.name, div.adcode, _weight_kind(div, full=True))
        for alias in div.aliases:
            # A former full name (江干区, 海安县, 番禺市) is as strong as a current one.
            former_full = len(alias) >= 3 and alias.endswith(("区", "县", "市", "旗"))
            add(alias, div.adcode, "full" if former_full else _weight_kind(div, full=False))
    # A county-level city or district that was a county keeps being written "X县" (普宁县, 江宁县, 萧山县, 宜兴县):
    # its short name + 县, where no unit has that name, is a former full name. Without it "江宁县" would read the
    # 宁县 inside it (甘肃), "宜兴县" 兴县 (山西).
    for div in geo.divisions.values():
        if div.level != "county" or not div.name.endswith(("市", "区")):
            continue
        for alias in div.aliases:
            former = alias + "县"
            if len(alias) >= 2 and not alias.endswith(("区", "县", "市", "旗")) and former not in entries:
                add(former, div.adcode, "full")
    latin: dict[str, str] = {}
    for alias, adcode in geo.area_aliases.items():
        if alias.isascii():
            latin[alias] = adcode
        else:
            add(alias, adcode, "area")
    automaton = AhoCorasick(list(entries), implementation=Implementation.ContiguousNFA)
    codes = tuple(tuple(kinds.items()) for kinds in entries.values())
    disfavoured = frozenset(rival for _, rivals in geo.district_priors.values() for rival in rivals)
    return _Matcher(automaton, codes, latin, disfavoured)


@lru_cache(maxsize=1)
def _county_towns() -> dict[str, tuple[str, ...]]:
    """County adcode -> the towns written right after its short name with no 镇 (nlp/data/county_towns.csv)."""
    text = resources.files("nlp").joinpath("data/county_towns.csv").read_text(encoding="utf-8")
    return {row["county_adcode"]: tuple(row["towns"].split()) for row in csv.DictReader(io.StringIO(text))}


@lru_cache(maxsize=1)
def _sibling_names() -> dict[str, tuple[str, ...]]:
    """County adcode -> the names and short names of the other county-level units of its prefecture."""
    geo = load_geography()
    children: dict[str, list[str]] = {}
    for div in geo.divisions.values():
        if div.level == "county":
            children.setdefault(div.parent_adcode, []).append(div.adcode)
    out: dict[str, tuple[str, ...]] = {}
    for codes in children.values():
        for code in codes:
            out[code] = tuple(
                name
                for other in codes
                if other != code
                for name in (geo.divisions[other].name, *geo.divisions[other].aliases)
                if len(name) >= 2
            )
    return out


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _nodes(text: str) -> list[_Node]:
    matcher = _matcher()
    nodes: list[_Node] = []
    matches = matcher.automaton.find_matches_as_indexes(text, overlapping=True)
    for index, start, stop in matches:
        end = stop - 1  # the last character of the name
        codes = matcher.codes[index]
        road = _ROAD_AFTER.match(text, end + 1) is not None
        for adcode, kind in codes:
            if road and kind != "full":
                continue
            if kind == "county_short" and _nested(start, stop, adcode, matches, matcher):
                continue
            if kind == "full":
                weight = _W_FULL
            elif kind == "short":
                weight = _W_SHORT
            elif kind == "area":
                weight = _W_AREA
            else:
                # Alone, a short county name is believed only as the whole first word ("昆山", "义乌 …"),
                # not as the head of a longer word (白沙洲 is in 武汉, not 白沙县).
                # A town of that county written right after it, with no 镇 ("昆山花桥", "义乌佛堂", "江北洪塘":
                # county_towns.csv), is as good as a full name: the pair names one place, and it outweighs a
                # short name the pair's characters happen to spell (海西 in "宁海西店", 江西 in "晋江西园").
                if start == 0 and text.startswith(_county_towns().get(adcode, ()), end + 1):
                    weight = _W_FULL
                else:
                    # Followed by a sibling county of its prefecture, it is a whole word too: a district written with
                    # the part that was split off it ("余杭临平", "苍南龙港", "宝安龙华": both are that city's).
                    whole = (
                        end + 1 == len(text)
                        or not _is_cjk(text[end + 1])
                        or bool(_ZONE_AFTER.match(text, end + 1))
                        or (start == 0 and text.startswith(_sibling_names().get(adcode, ()), end + 1))
                    )
                    weight = _W_COUNTY_SHORT if start == 0 and whole else _W_COUNTY_SHORT_INNER
            weight -= _POSITION_TIE * start
            # The rarer reading loses a tie on a name it shares, not on a full name that is its own alone (嘉义县
            # against the 义县 inside it: only 嘉义, shared with 嘉义市, is ranked second).
            if adcode in matcher.disfavoured and not (kind == "full" and len(codes) == 1):
                weight -= _PRIOR_PENALTY
            nodes.append(_Node(start, end + 1, adcode, weight, kind == "area"))
    nodes.sort(key=lambda n: (n.start, n.end))
    return nodes


def _nested(start: int, stop: int, adcode: str, matches: list[tuple[int, int, int]], matcher: _Matcher) -> bool:
    """Whether a weak county name lies inside a longer name found in the same string that is another place: 城区
    (汕尾's district) inside 新城区 is no name of its own. A longer name that holds its own unit (an area alias of
    that district) does not hide it."""
    geo = load_geography()
    for index, other_start, other_stop in matches:
        inside = other_start <= start and stop <= other_stop and other_stop - other_start > stop - start
        if inside and not any(adcode in geo.chain(code) for code, _ in matcher.codes[index]):
            return True
    return False


def _best_chains(nodes: list[_Node], geo: Geography, upper_only: bool = False) -> tuple[float, set[str]]:
    """Best chain score and the set of deepest adcodes of the chains that reach it.

    Dynamic programming over the matches in text order; the state is (match, deepest unit so far), so every
    unit in a chain lies on the deepest unit's line to the root. With ``upper_only`` only chains that end at a
    province or a prefecture-level city compete (the fallback of ``_parse_uncached``).
    """
    states: list[dict[str, float]] = []
    best_score = 0.0
    best_ends: set[str] = set()
    for i, node in enumerate(nodes):
        line = geo.chain(node.adcode)
        here: dict[str, float] = {node.adcode: node.weight}
        for j in range(i):
            prev = nodes[j]
            if prev.end > node.start:
                continue
            for deepest, score in states[j].items():
                deep_line = geo.chain(deepest)
                if node.adcode == deepest:  # a repeat (深圳深圳) is consistent but is no new evidence
                    total = score + (_AREA_CONFIRMS if node.area else 0.0)
                    if total > here.get(deepest, 0.0):
                        here[deepest] = total
                    continue
                if node.adcode in deep_line:  # an ancestor: consistent, deepest unchanged
                    bonus, new_deep = _LINK_UP, deepest
                elif deepest in line:  # a descendant: the chain goes one step deeper
                    bonus, new_deep = _LINK_DOWN, node.adcode
                else:
                    continue
                total = score + node.weight + bonus
                if total > here.get(new_deep, 0.0):
                    here[new_deep] = total
        states.append(here)
        for deepest, score in here.items():
            if upper_only and geo.divisions[deepest].level == "county":
                continue
            if score > best_score + 1e-9:
                best_score, best_ends = score, {deepest}
            elif abs(score - best_score) <= 1e-9:
                best_ends.add(deepest)
    return best_score, best_ends


def _fields_of(adcode: str, geo: Geography) -> tuple[str, str | None, str | None, str | None, str | None]:
    """(province adcode, province name, city name, city adcode, district name) of a unit."""
    div = geo.divisions[adcode]
    line = [geo.divisions[c] for c in geo.chain(adcode)]
    province = line[-1]
    city: Division | None = None
    district: str | None = None
    if div.level == "county":
        district = div.name
        city = line[1]  # its prefecture, or the municipality itself
    elif div.level == "city":
        city = div
    elif div.kind in ("municipality", "sar"):
        city = div  # a municipality (or HK, Macao) is its own city
    return (
        province.adcode,
        province.name,
        city.name if city else None,
        city.adcode if city else None,
        district,
    )


def _empty(country: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = dict.fromkeys(FIELDS)
    out["country"] = country
    out["is_pilot_zone"] = False
    return out


def _belt(text: str, city_code: str | None, district_code: str | None, geo: Geography) -> str | None:
    found: tuple[int, str] | None = None
    for belt in geo.belts:
        if belt.level == "town":
            hit = belt.town is not None and belt.town in text and belt.adcode in (city_code, district_code)
            rank = 3
        elif belt.level == "county":
            hit, rank = belt.adcode == district_code, 2
        else:
            hit, rank = belt.adcode == city_code, 1
        if hit and (found is None or rank > found[0]):
            found = (rank, belt.place)
    return found[1] if found else None


def _resolve(adcodes: set[str], text: str, geo: Geography) -> dict[str, Any]:
    """Fields the chains agree on: a field that differs between equally good readings stays null."""
    readings = [_fields_of(code, geo) for code in adcodes]
    out = _empty("CN")
    first = readings[0]
    if any(r[0] != first[0] for r in readings):
        return out
    out["province"] = first[1]
    adcode = first[0]
    city_code = district_code = None
    if first[3] is not None and all(r[3] == first[3] for r in readings):
        out["city"], city_code, adcode = first[2], first[3], first[3]
        if len(adcodes) == 1 and first[4] is not None:
            district_code = next(iter(adcodes))
            out["district"], adcode = first[4], district_code
    out["adcode"] = adcode
    out["region"] = geo.region_by_province.get(first[0])
    out["is_pilot_zone"] = bool(
        (city_code and city_code in geo.pilot_adcodes) or (district_code and district_code in geo.pilot_adcodes)
    )
    if geo.divisions[first[0]].kind != "sar" and first[0] != "710000":
        out["industrial_belt"] = _belt(text, city_code, district_code, geo)
    return out


def _foreign(text: str, geo: Geography) -> str | None:
    """ISO code when the string opens with a foreign country or city name (美国洛杉矶, 日本东京, 新加坡)."""
    for size in range(2, 10):
        head = text[:size]
        code = geo.countries.get(head) or geo.foreign_cities.get(head)
        if code:
            return code
    return None


def _latin(text: str, geo: Geography) -> dict[str, Any] | None:
    # A web or mail address names no place: "www.example.com.hk" is not Hong Kong's "HK".
    words = _LATIN_WORD.findall(_WEB_ADDRESS.sub(" ", text.lower()))
    if not words:
        return None
    candidates = [" ".join(words[i : i + 3]) for i in range(len(words))]
    candidates += [" ".join(words[i : i + 2]) for i in range(len(words))] + words
    candidates += ["".join(words[i : i + 2]) for i in range(len(words) - 1)]
    latin = _matcher().latin
    # Longest name first at each word, its words then used up: "New Taipei" is not also "Taipei".
    found: set[str] = set()
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            if i + size > len(words):
                continue
            code = latin.get(" ".join(words[i : i + size]))
            if code is None and size == 2:
                code = latin.get(words[i] + words[i + 1])  # "Hong Kong" written "HongKong" and back
            if code is not None:
                found.add(code)
                i += size
                break
        else:
            i += 1
    if found:
        # "Shenzhen, Guangdong, China": the city and its province are one place; two cities are not.
        return _resolve(_deepest(found, geo), text, geo)
    for phrase in candidates:
        if phrase in geo.english_places:
            return _empty(geo.english_places[phrase])
    if "china" in words or "prc" in words:
        return _empty("CN")
    return None


def _deepest(adcodes: set[str], geo: Geography) -> set[str]:
    """The units of a set that are not an ancestor of another unit of the set."""
    ancestors = {a for code in adcodes for a in geo.chain(code)[1:]}
    return adcodes - ancestors


def _bare_district(part: str, adcode: str, geo: Geography) -> bool:
    """Whether a part names only a district ("…区", names shared and miswritten), not its city or province."""
    div = geo.divisions[adcode]
    if div.level != "county" or not div.name.endswith("区"):
        return False
    for code in geo.chain(adcode)[1:]:
        parent = geo.divisions[code]
        if parent.name in part or any(alias in part for alias in parent.aliases):
            return False
    return True


def build_tables() -> None:
    """Build now the tables only some locations read (two place names, Traditional script): a batch's first such
    posting would pay for them (nlp/extract.py's prepare)."""
    _matcher()
    _county_towns()
    _sibling_names()
    _upper_names()
    _opencc()
    _abbreviations()


@lru_cache(maxsize=1)
def _upper_names() -> frozenset[str]:
    """Names and short names of provinces and prefecture-level units (深圳, 深圳市, 广东, 上海)."""
    geo = load_geography()
    return frozenset(
        name for div in geo.divisions.values() if div.level != "county" for name in (div.name, *div.aliases)
    )


def _names_two_places(text: str) -> bool:
    """Whether two parts of a space- or dash-split string are whole city or province names (cheap gate)."""
    names = _upper_names()
    return sum(part in names for part in _LEVEL_SEPARATOR.split(text)) >= 2


def _several(text: str, geo: Geography, separator: re.Pattern[str] = _LIST_SEPARATOR) -> dict[str, Any] | None:
    """A list of places ("深圳/广州", "北京,上海", "济南：…；石家庄：…"): what they share, or None when the
    list names one place.

    Read part by part: a part that read after the current place makes it more specific ("北京,朝阳" →
    朝阳区 of 北京; "广东,深圳") refines it; a part that names a place of its own starts a new one; a part
    with no place (a building), or only a district name that does not fit ("南京市/雨花区…": 雨花台区 meant, 雨花区
    is 长沙's), is skipped. Parentheses are asides ("（江苏银行旁）"), not places. Split on spaces and dashes
    (``_LEVEL_SEPARATOR``), only a part that is exactly a prefecture or province name starts a new place.
    A Chinese place listed with a foreign one ("深圳/新加坡") gives no place and no country; foreign places
    alone are left to the whole-string reading.
    """
    strict = separator is _LEVEL_SEPARATOR
    places: list[str] = []
    context = ""
    foreign = False
    for part in separator.split(_PARENTHESES.sub("", text)):
        if not part.strip():
            continue
        own = _as_dict(_parse_text(part))
        if own["country"] not in (None, "CN"):
            foreign = True
            continue
        if places:
            combined = _as_dict(_parse_text(context + part))["adcode"]
            if combined is not None and combined != places[-1] and places[-1] in geo.chain(combined):
                places[-1] = combined
                context += part
                continue
        if own["adcode"] is None or _bare_district(part, own["adcode"], geo):
            continue
        if strict and part.strip() not in _upper_names():
            continue
        places.append(own["adcode"])
        context = part
    if foreign:
        return _empty() if places else None
    deepest = _deepest(set(places), geo)
    if len(deepest) < 2:
        return None
    return _resolve(deepest, text, geo)


@lru_cache(maxsize=1)
def _opencc() -> Any:
    from opencc import OpenCC  # lazily: only strings in Traditional script pay for it

    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[dict[str, str], frozenset[str]]:
    """One-character province and city abbreviations (沪, 粤, 深) and the separators that may follow them."""
    raw = json.loads(resources.files("nlp").joinpath("data/place_abbreviations.json").read_text(encoding="utf-8"))
    return dict(raw["prefix"]), frozenset(raw["separators"])


def _prepare(raw: str) -> str:
    text = normalize(raw)
    if not _TRADITIONAL_PLACE_MARKERS.isdisjoint(text):
        text = str(_opencc().convert(text))
    # "沪-浦东", "京-海淀", "沪": an abbreviation opening the field stands for its place's name.
    if text:
        prefix, separators = _abbreviations()
        name = prefix.get(text[0])
        if name is not None and (len(text) == 1 or text[1] in separators):
            text = name + text[1:]
    return text


@lru_cache(maxsize=65536)
def _parse_text(raw: str) -> tuple[Any, ...]:
    """Parse one string; cached as a tuple in FIELDS order (so no caller can alter the cached value)."""
    try:
        out = _parse_uncached(raw)
    except Exception:  # never raise on data: an unreadable location is unknown
        out = _empty()
    return tuple(out[f] for f in FIELDS)


def _parse_uncached(raw: str) -> dict[str, Any]:
    geo = load_geography()
    text = _prepare(raw)
    if not text:
        return _empty()
    if not _SEPARATOR_CHARS.isdisjoint(text):
        several = _several(text, geo)
        if several is not None:
            return several
    elif _LEVEL_SEPARATOR.search(text) and _names_two_places(text):
        several = _several(text, geo, _LEVEL_SEPARATOR)
        if several is not None:
            return several
    code = _foreign(text, geo)
    if code:
        return _empty(code)
    nodes = _nodes(text)
    if nodes:
        score, ends = _best_chains(nodes, geo)
        if score >= _MIN_SCORE and ends:
            out = _resolve(ends, text, geo)
            if out["province"] is None:
                # The best readings disagree on the province: a district name shared by cities of several
                # provinces (新城区: 西安, 呼和浩特) outscored a city named beside it that holds none of them
                # ("徐州 新城区": 徐州's own development area). The named city or province still says where the
                # job is, as a province and city outweigh a county from elsewhere (neitui "江苏南京江岸区").
                # Only names standing on their own: 朝阳 inside 朝阳区 is that district's name, not 朝阳市.
                alone = [
                    n
                    for n in nodes
                    if not any(
                        m.start <= n.start and n.end <= m.end and m.end - m.start > n.end - n.start for m in nodes
                    )
                ]
                upper_score, upper_ends = _best_chains(alone, geo, upper_only=True)
                if upper_score >= _MIN_SCORE and upper_ends:
                    return _resolve(upper_ends, text, geo)
            return out
    latin = _latin(text, geo)
    if latin is not None:
        return latin
    if any(word in text for word in _CHINA_WIDE) and not any(word in text for word in _NOWHERE):
        return _empty("CN")
    return _empty()


def _as_dict(values: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(FIELDS, values, strict=True))


def _merge(primary: dict[str, Any], secondary: dict[str, Any]) -> dict[str, Any]:
    """Let the address refine the location field (add a district, or a city under the same province)."""
    if secondary["province"] is None:
        return primary
    if primary["province"] is None:
        return secondary if primary["country"] in (None, "CN") else primary
    if primary["province"] != secondary["province"]:
        return primary
    if primary["city"] is None and secondary["city"] is not None:
        return secondary
    if primary["city"] == secondary["city"] and primary["district"] is None and secondary["district"] is not None:
        return secondary
    return primary


def parse_location(location_raw: object, address_raw: object = None) -> dict[str, Any]:
    """Read where a job is: from the location field first, then the street address (never the description).

    Returns {country, province, city, district, adcode, region, is_pilot_zone, industrial_belt}; province
    and city as official full names (municipalities: province and city both "上海市"); county-level cities
    and districts map to their prefecture in `city` and keep their own name in `district`; `adcode` is the
    most specific code found; `region` is the NBS region (null outside the mainland); unknown parts are null
    and is_pilot_zone is then false. Never raises; deterministic; cached by distinct string.
    """
    try:
        primary = _as_dict(_parse_text(location_raw)) if isinstance(location_raw, str) else _empty()
        if not isinstance(address_raw, str) or not address_raw.strip():
            return primary
        if primary["country"] not in (None, "CN") or primary["district"] is not None:
            return primary
        return _merge(primary, _as_dict(_parse_text(address_raw)))
    except Exception:  # a bug here must not stop a nightly run: the location is then unknown
        return _empty()
