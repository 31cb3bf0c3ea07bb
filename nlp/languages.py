"""Languages a posting asks for: ``[{code, level, required}]`` sorted by code, one entry per code.

Reading rules (DESIGN.md "Language level", nlp/data/languages.jsonl holds the words):
- a language is named (英语, 日文, Spanish...) or implied by a certificate (CET-6 → en, N2 → ja,
  TOPIK 4 → ko);
- the level is the certificate when one is stated, else the nearest plain qualifier in the same clause
  (母语 native, 流利/精通 fluent, 良好/熟练 proficient, 一般/基础 basic), else null;
- a clause that only prefers it (优先, 加分, a plus) makes it required false; a clause that waives it
  (英语不限, 无需英语) drops it; "小语种" or "外语" alone name no language;
- stated twice: required true wins over false, a certificate level over a plain one.
Chinese (zh, yue) is reported like the others; callers decide it is never a foreign language.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from nlp import taxonomy
from nlp.matcher import Scan, as_text, scan

# Clause separators: a level or a 优先 belongs to the language named in its own clause only.
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n\r|]|\s\d+[.、)]")
_CERT_PREFIXES = ("cet", "tem", "jlpt", "topik")


@dataclass
class _Mention:
    code: str
    level: str | None
    required: bool
    order: int


@lru_cache(maxsize=1)
def _level_codes() -> dict[str, str]:
    return {c.id: str(c.extra.get("code")) for c in taxonomy.language_entries() if c.category == "level"}


@lru_cache(maxsize=1)
def foreign_codes() -> frozenset[str]:
    """ISO codes that count as foreign languages (all but zh and yue)."""
    return frozenset(
        c.id for c in taxonomy.language_entries() if c.category == "language" and c.extra.get("foreign", True)
    )


def _rank(level: str | None) -> int:
    if level is None:
        return 0
    return 2 if level.startswith(_CERT_PREFIXES) else 1


def _mentions(sc: Scan, order_base: int) -> list[_Mention]:
    if not sc.hits:
        return []
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sc.text)]

    def clause(pos: int) -> int:
        return bisect_right(breaks, pos)

    negated = {clause(h.start) for h in sc.of("lang_negation")}
    preferred = {clause(h.start) for h in sc.of("lang_preferred")}
    quals = [(clause(h.start), h.start, h.id) for h in sc.of("lang_qualifier")]
    codes = _level_codes()
    out: list[_Mention] = []
    for i, h in enumerate(sc.of("lang_language", "lang_level")):
        cl = clause(h.start)
        if cl in negated:
            continue
        if h.kind == "lang_level":
            code, level = codes[h.id], h.id
        else:
            code, level = h.id, None
            near = [(abs(pos - h.start), lvl) for c, pos, lvl in quals if c == cl]
            if near:
                level = min(near)[1]
        out.append(_Mention(code, level, cl not in preferred, order_base + i))
    return out


def _merge(mentions: list[_Mention]) -> list[dict[str, object]]:
    by_code: dict[str, list[_Mention]] = {}
    for m in mentions:
        by_code.setdefault(m.code, []).append(m)
    out: list[dict[str, object]] = []
    for code in sorted(by_code):
        ms = by_code[code]
        best = min(ms, key=lambda m: (-_rank(m.level), not m.required, m.order))
        out.append({"code": code, "level": best.level, "required": any(m.required for m in ms)})
    return out


def extract_languages(
    language_raw: str | None, title: str | None, description: str | None
) -> list[dict[str, object]]:
    """Languages from the language field, the title and the description, merged per ISO code."""
    mentions: list[_Mention] = []
    for n, text in enumerate((as_text(language_raw), as_text(title), as_text(description))):
        mentions += _mentions(scan(text), n * 1_000_000)
    return _merge(mentions)
