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
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from nlp import taxonomy
from nlp.matcher import Scan, as_text, scan

# Clause separators: a level belongs to the language named in its own clause only.
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n\r|]|\s\d+[.、)]")
# Sentence separators. A 优先 / 加分 marks the languages of its own clause as preferred, and reaches
# across clauses of its sentence only in three constructions: a "...者，...者优先" chain
# ("英文流利者，或有外媒经验者优先"), a heading ("加分项：熟练掌握英语、法语"), and a choice
# ("熟练掌握一门外语（英语/日语）").
_SENTENCE_BREAK = re.compile(r"[。；;！!？?\n\r|]|\s\d+[.、)]")
# One-character language names in enumerations: "英、日双语", "日、韩、法语等", "小语种（西意德法等）".
_ABBREV = {"英": "en", "日": "ja", "韩": "ko", "法": "fr", "德": "de", "俄": "ru", "西": "es", "意": "it",
           "葡": "pt", "泰": "th", "越": "vi", "阿": "ar"}  # fmt: skip
_ABBREV_CLASS = "[" + "".join(_ABBREV) + "]"
_ENUMERATION = re.compile(
    rf"({_ABBREV_CLASS}(?:[、/和及与]?{_ABBREV_CLASS})+)(?=等?(?:双语|三语|多语|语|文))"
    rf"|(?:小语种|外语|语种|语言)[^，。；\n]{{0,6}}?[(（]({_ABBREV_CLASS}{{2,}})等?[)）]"
)
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


_CHOICE = ("一门", "其中一种", "任意一种", "之一", "一种或")


def _preferred_clauses(
    sc: Scan, breaks: list[int], clause: Callable[[int], int], sentence: Callable[[int], int]
) -> set[int]:
    """Indices of the clauses whose languages are only preferred."""
    markers = sc.of("lang_preferred")
    if not markers:
        return set()
    bounds = [0, *breaks, len(sc.text)]
    n = len(bounds) - 1

    def text_of(c: int) -> str:
        return sc.text[bounds[c] + (1 if c else 0) : bounds[c + 1]].strip()

    marked = {clause(h.start) for h in markers}
    heading_sentences = {
        sentence(h.start) for h in markers if sc.text[h.end : h.end + 2].lstrip().startswith((":", "："))
    }
    out = set(marked)
    for c in range(n):
        if c in out:
            continue
        start = bounds[c] + (1 if c else 0)
        sent = sentence(start)
        later = [m for m in marked if m > c and sentence(bounds[m] + 1) == sent]
        body = text_of(c)
        if (later and (body.endswith("者") or any(w in body for w in _CHOICE))) or (
            sent in heading_sentences and any(m < c for m in marked)
        ):
            out.add(c)
    return out


def _mentions(sc: Scan, order_base: int) -> list[_Mention]:
    named = sc.of("lang_language", "lang_level")
    enumerations = list(_ENUMERATION.finditer(sc.text)) if sc.text else []
    if not named and not enumerations:
        return []
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sc.text)]

    def clause(pos: int) -> int:
        return bisect_right(breaks, pos)

    sentence_breaks = [m.start() for m in _SENTENCE_BREAK.finditer(sc.text)]

    def sentence(pos: int) -> int:
        return bisect_right(sentence_breaks, pos)

    negated = {clause(h.start) for h in sc.of("lang_negation")}
    preferred = _preferred_clauses(sc, breaks, clause, sentence)
    quals = [(clause(h.start), h.start, h.id) for h in sc.of("lang_qualifier")]
    codes = _level_codes()
    out: list[_Mention] = []
    for i, h in enumerate(named):
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
    for m in enumerations:
        if clause(m.start()) in negated:
            continue
        for ch in m.group(1) or m.group(2):
            if ch in _ABBREV:
                required = clause(m.start()) not in preferred
                out.append(_Mention(_ABBREV[ch], None, required, order_base + m.start()))
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
    texts = ((as_text(language_raw), "body"), (as_text(title), "title"), (as_text(description), "body"))
    for n, (text, part) in enumerate(texts):
        mentions += _mentions(scan(text, part), n * 1_000_000)
    return _merge(mentions)
