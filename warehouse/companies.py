"""Company names reduced to a comparable core for deduplication, driven by ``data/company_suffixes.json``.

``深圳市安克万象跨境电子商务有限公司``, ``安克万象跨境电子商务（深圳）有限公司`` and ``安克万象`` all become
``安克万象``. Legal forms go first, then business-line words at the end, then a leading place, never leaving
fewer than ``min_core_chars`` characters (so ``深圳科技有限公司`` keeps ``深圳科技``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from nlp.textnorm import normalize

_PARENS = re.compile(r"[(（\[【][^)）\]】]{0,12}[)）\]】]")
_SPACE_PUNCT = re.compile(r"[\s·・.,，、'\"“”]+")


@dataclass(frozen=True)
class _Rules:
    min_core: int
    parens: bool
    legal: tuple[str, ...]
    business: tuple[str, ...]
    leading_place: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = json.loads(
        resources.files("warehouse").joinpath("data", "company_suffixes.json").read_text(encoding="utf-8")
    )
    # Longest first so 有限责任公司 is removed whole rather than leaving 有限责任.
    legal = tuple(sorted((s.lower() for s in data["legal_forms"]), key=len, reverse=True))
    business = tuple(sorted(data["business_words"], key=len, reverse=True))
    suffixes = "|".join(map(re.escape, data["place_suffixes"]))
    places = "|".join(map(re.escape, sorted(data["places"], key=len, reverse=True)))
    leading = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,4}}?(?:{suffixes})|(?:{places}))")
    return _Rules(int(data["min_core_chars"]), bool(data["parenthesised_place"]), legal, business, leading)


def _strip_end(name: str, words: tuple[str, ...], min_core: int) -> str:
    changed = True
    while changed:
        changed = False
        for word in words:
            if name.endswith(word) and len(name) - len(word) >= min_core:
                name = name[: -len(word)].rstrip()
                changed = True
                break
    return name


@lru_cache(maxsize=65_536)
def company_key(name: str | None) -> str:
    """The comparable core of a company name ("" for a missing name). Deterministic; cached (names repeat)."""
    if not name:
        return ""
    rules = _rules()
    text = normalize(name).lower()
    if rules.parens:
        text = _PARENS.sub("", text)
    text = _SPACE_PUNCT.sub("", text)
    text = _strip_end(text, rules.legal, rules.min_core)
    text = _strip_end(text, rules.business, rules.min_core)
    text = _strip_end(text, rules.legal, rules.min_core)  # 某某科技集团 → 某某科技 → 某某
    text = _strip_end(text, rules.business, rules.min_core)
    for _ in range(2):  # 广东省深圳市某某: province, then city
        match = rules.leading_place.match(text)
        if match and len(text) - match.end() >= rules.min_core:
            text = text[match.end() :]
    return text


@lru_cache(maxsize=65_536)
def title_key(title: str | None) -> str:
    """A title compared across sources: normalised, lower case, bracketed notes and spaces/punctuation removed
    (``亚马逊运营（急招）`` and ``亚马逊运营`` meet)."""
    if not title:
        return ""
    text = _PARENS.sub("", normalize(title).lower())
    return _SPACE_PUNCT.sub("", text)
