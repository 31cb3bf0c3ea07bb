"""Text normalisation shared by every extractor.

Real postings mix full-width and half-width forms (ＡＩ, １０Ｋ, ：), Traditional and Simplified
characters, and stray whitespace. Every extractor matches against the output of :func:`normalize`,
so each only has to know one form.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any, Final

_SPACES: Final = re.compile(r"[ \t\u00a0\u3000]+")
# Characters that occur in Traditional but not in Simplified Chinese text, among the most frequent
# ones in postings. Their presence is a cheap signal that the (slow, pure-Python) conversion is worth running.
_TRADITIONAL_MARKERS: Final = (
    "這個們為與來對時說會過還後點經從當體裡發現將開關門問間題應該變讓進運營銷貨幣場買賣資歷學歷驗職務區語員業級機"
    "電網絡數據處線價單廣設計貿優勢術務認證專層實習聯繫閱讀寫聽際勞動組織獎勵戶"
    "萬臺灣倉儲視頻頁碼達師範協調備註環貨輸費總額訂歸檔標準簡績選擇產採購賬號廠製質檢測試庫錄"
    # Frequent in Taiwan and Hong Kong ads (a short title or line may hold only these: 蝦皮營運, 樞紐分析, 客訴).
    "國內團責週隊亞終馬蝦並條於險劃負報議遜規節蹤獨雙話談東紅統評溝長鋪觀辦維參郵醫療車補兩訊禮細積圖執徵極訴"
    "貼鏈裝預帶鍵書請護樞紐腳"
    # A language line may hold only these: 懂泰文、越南文其中一種, 日語/韓語擇一.
    "種擇"
)
_TRADITIONAL: Final = re.compile(f"[{_TRADITIONAL_MARKERS}]")
# Full-width ASCII (！ to ～) to half-width, as NFKC would, at a fraction of its cost on Chinese
# text: the common punctuation by str.replace, the rare rest (letters, digits) by one regex.
_FULLWIDTH: Final = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_COMMON_FULLWIDTH: Final = tuple(
    (chr(c), chr(c - 0xFEE0)) for c in (0xFF0C, 0xFF1A, 0xFF1B, 0xFF08, 0xFF09, 0xFF01, 0xFF1F)
)
_RARE_FULLWIDTH: Final = re.compile("[\uff01-\uff5e]+")


@lru_cache(maxsize=1)
def _t2s() -> Any:
    from opencc import OpenCC  # imported lazily: only Traditional-script postings pay for it

    # tw2sp converts Taiwan's words as well as its characters (資料分析 → 数据分析, 軟體 → 软件, 影片 → 视频);
    # Hong Kong postings share most of that vocabulary.
    return OpenCC("tw2sp")


@lru_cache(maxsize=1)
def _regional_words() -> tuple[tuple[str, str], ...]:
    # Read as a package resource, not beside __file__: compiled (nlp/compiled.py), __file__ is the extension's.
    text = resources.files("nlp").joinpath("data/regional_words.json").read_text(encoding="utf-8")
    return tuple(json.loads(text)["words"].items())


def build_tables() -> None:
    """Build now the tables only rare texts read (Traditional conversion, the runs NFKC changes): a batch's first
    such posting would pay for them (nlp/extract.py's prepare)."""
    _t2s()
    _regional_words()
    _nfkc_changing()
    _char_classes()


def is_traditional(text: str) -> bool:
    """Whether a text shows Traditional characters (a cheap marker test, as ``to_simplified`` uses)."""
    return _TRADITIONAL.search(text) is not None


def to_simplified(text: str) -> str:
    """Traditional Chinese to Simplified, with Taiwan/HK words in their mainland form (营运 → 运营), when the
    text shows Traditional characters; else the text as is."""
    if not _TRADITIONAL.search(text):
        return text
    text = str(_t2s().convert(text))
    for regional, mainland in _regional_words():
        text = text.replace(regional, mainland)
    return text


# One search tells most texts apart that need neither the rare full-width pass nor the Traditional conversion.
_RARE_OR_TRADITIONAL: Final = re.compile(f"[\uff01-\uff5e{_TRADITIONAL_MARKERS}]")


# Circled and dotted list numbers (①, ⓵, ⒈) that NFKC would turn into bare digits, gluing them to what follows
# ("①3年以上经验" → "13年以上", "②FBA" → "2fba"): they become the plain list marker "1、" instead.
_LIST_NUMBERS: Final = {
    **{0x2460 + i: f"{i + 1}、" for i in range(20)},  # ① … ⑳
    **{0x2488 + i: f"{i + 1}、" for i in range(20)},  # ⒈ … ⒛
    0x24EA: "0、",  # ⓪
    **{0x24EB + i: f"{i + 11}、" for i in range(10)},  # ⓫ … ⓴
    **{0x24F5 + i: f"{i + 1}、" for i in range(10)},  # ⓵ … ⓾
}


@lru_cache(maxsize=4096)
def _normalize(text: str) -> str:
    for wide, narrow in _COMMON_FULLWIDTH:
        text = text.replace(wide, narrow)
    marked = _RARE_OR_TRADITIONAL.search(text) is not None
    if marked and _may_hold_fullwidth(text):
        text = _half_width_forms(text)
    if not unicodedata.is_normalized("NFKC", text):  # other compatibility forms remain (①, ㎡, ligatures)
        text = _nfkc(text.translate(_LIST_NUMBERS))
        marked = True  # NFKC may have made Traditional characters (compatibility ideographs)
    if marked:
        text = to_simplified(text)
    # A text holds a run that _SPACES would change only if it holds one of these; else every run of spaces is
    # one plain space already.
    if "  " in text or "\t" in text or "\u00a0" in text or "\u3000" in text:
        text = _collapse_spaces(text)
    return text.strip()


_OTHER_SPACES: Final = ("\t", "\u00a0", "\u3000")  # what _SPACES matches besides the plain space


def _collapse_spaces(text: str) -> str:
    """``_SPACES.sub(" ", text)``: every run of spaces, tabs, no-break and ideographic spaces one plain space. By
    str.replace, a scan of the text in C each: the regex tried its character class at every position, ~100
    instructions a character (callgrind), where real postings' runs are few and short."""
    for space in _OTHER_SPACES:
        if space in text:
            text = text.replace(space, " ")
    while "  " in text:  # each replace halves every run
        text = text.replace("  ", " ")
    return text


def _nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, a few times faster on postings: the characters NFKC changes
    (no-break spaces, "…", "＝") are replaced by their own NFKC forms, and the whole text is normalised only
    when that leaves it unnormalised (combining marks composing across characters). Either way the result is
    NFKC's: NFKC of a text whose runs were replaced by their NFKC forms is NFKC of the text."""
    text = _nfkc_changing().sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=1)
def _nfkc_changing() -> re.Pattern[str]:
    """Runs of the Basic Multilingual Plane's characters that NFKC changes (built once, ~35 ms; others are
    left to the whole-text fallback)."""
    changed = [c for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF and not unicodedata.is_normalized("NFKC", chr(c))]
    ranges: list[tuple[int, int]] = []
    for c in changed:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    spans = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{spans}]+")


def _may_hold_fullwidth(text: str) -> bool:
    """False when ``text`` holds no character U+FF00..U+FF7F: cheaper to tell from its UTF-8 bytes (EF BC xx
    or EF BD xx) than by a regex over its characters."""
    if text.isascii():
        return False
    raw = text.encode("utf-8", "surrogatepass")
    return b"\xef\xbc" in raw or b"\xef\xbd" in raw


# What one pass over a text learns of each character of the Basic Multilingual Plane (:func:`_char_classes`).
_WIDE: Final = 1  # one of the common full-width punctuation marks (_COMMON_FULLWIDTH), replaced
_UPPER: Final = 2  # an ASCII capital
_SPACE: Final = 4  # an ASCII space (two in a row are collapsed)
_NON_ASCII: Final = 8  # any other character beyond ASCII that needs nothing done
_SLOW: Final = 16  # anything else: the full path decides (Traditional, compatibility forms, other cased letters...)
_RARE_WIDE: Final = 32  # another full-width ASCII form (／, Ｃ): made half-width as the full path would
_SPACE_RUN: Final = 64  # a tab, no-break or ideographic space: its run of spaces becomes one space
# Not in the table: what :func:`_classes` adds to the union. Two ASCII spaces side by side (their run is collapsed;
# told in the pass, not by a search of its own), and per common full-width mark found, a bit of its own above the
# table's (its low four bits tell the seven apart): only the marks a text holds are replaced, one scan each.
_DOUBLE_SPACE: Final = 128
_WIDE_BITS: Final = 256
_COMMON_FULLWIDTH_FOUND: Final = tuple((_WIDE_BITS << (ord(w) & 15), w, n) for w, n in _COMMON_FULLWIDTH)
assert len({bit for bit, _, _ in _COMMON_FULLWIDTH_FOUND}) == len(_COMMON_FULLWIDTH)

# Blocks whose characters without any decomposition, combining class or case are left alone by NFKC, whatever
# stands beside them (no character that may compose with the one before it lies in them) and by lower().
_PLAIN_BLOCKS: Final = (
    (0x00A0, 0x00FF), (0x2010, 0x206F), (0x2100, 0x2BFF), (0x3000, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xFF00, 0xFFEF),
)


@lru_cache(maxsize=1)
def _char_classes() -> bytes:
    """Per BMP code point, its class (the flags above): built once, ~30,000 characters looked up."""
    table = bytearray([_SLOW]) * 0x10000
    for c in range(0x80):
        table[c] = _UPPER if 65 <= c <= 90 else _SPACE if c == 32 else _SPACE_RUN if c == 9 else 0
    wide = {w for w, _ in _COMMON_FULLWIDTH}
    traditional = set(_TRADITIONAL_MARKERS)
    for lo, hi in _PLAIN_BLOCKS:
        for c in range(lo, hi + 1):
            ch = chr(c)
            if ch in wide:
                table[c] = _WIDE
            elif 0xFF01 <= c <= 0xFF5E:
                table[c] = _RARE_WIDE
            elif ch in "\u00a0\u3000":
                # NFKC makes it a plain space, which the spaces' pass would then merge with its run anyway.
                table[c] = _SPACE_RUN
            elif (
                ch not in traditional
                and not unicodedata.decomposition(ch)
                and not unicodedata.combining(ch)
                and ch.lower() == ch
                and unicodedata.is_normalized("NFKC", ch)
            ):
                table[c] = _NON_ASCII
    return bytes(table)


def _classes(text: str, table: bytes) -> tuple[int, int, int]:
    """The union of the classes of the characters of ``text`` (:data:`_SLOW` at the first beyond the BMP), with
    :data:`_DOUBLE_SPACE` and the bits of the common full-width marks found; and where its first and last ASCII
    capitals stand (-1: none)."""
    found = 0
    prev = 0
    first = last = -1
    for i in range(len(text)):  # an index loop: compiled, ord(text[i]) reads the code point without a string
        c = ord(text[i])
        if c > 0xFFFF:
            return _SLOW, -1, -1
        k = table[c]
        if k & _WIDE:
            found |= _WIDE_BITS << (c & 15)
        elif c == 32 and prev == 32:
            found |= _DOUBLE_SPACE
        elif k & _UPPER:
            if first < 0:
                first = i
            last = i
        found |= k
        prev = c
    return found, first, last


def normalize_lower(text: str) -> str:
    """``normalize(text).lower()`` (the matching form of nlp.taxonomy.match_form).

    One pass over the characters tells the common text apart (Simplified Chinese, ASCII, plain punctuation,
    full-width ASCII forms, runs of spaces): then only what it holds is done, as the full path would do it (the
    forms made half-width, the runs collapsed, capitals lowered); anything else takes the full path."""
    if not text:
        return ""
    found, first, last = _classes(text, _char_classes())
    if found & _SLOW:
        return _normalize(text).lower()
    if found & _WIDE:
        for bit, wide, narrow in _COMMON_FULLWIDTH_FOUND:
            if found & bit:
                text = text.replace(wide, narrow)
    if found & (_RARE_WIDE | _SPACE_RUN | _DOUBLE_SPACE):
        # Rarer: the forms made half-width may be capitals (Ｃ is C) and collapsed runs move the others, so the
        # whole text is lowered.
        if found & _RARE_WIDE:
            text = _half_width_forms(text)
            found |= _UPPER
        if found & (_SPACE_RUN | _DOUBLE_SPACE):
            text = _collapse_spaces(text)
        text = text.strip()
        # str.lower() over a text that holds no capital returns it as it is, having looked up every character's case.
        return text.lower() if found & _UPPER else text
    # Each replacement above is one character for one: the capitals stand where the pass found them. Lowering
    # leaves the spaces that strip() removes as they are, so it may come first.
    return (_lower_between(text, first, last) if found & _UPPER else text).strip()


def _lower_between(text: str, first: int, last: int) -> str:
    """``text.lower()`` for a text whose only cased characters are ASCII capitals, the first at ``first`` and the
    last at ``last``: only that stretch is lowered. str.lower() looks up the case of every character, ~45
    instructions a Chinese one (callgrind), and a Chinese posting's capitals stand in a few English words: from the
    first to the last, a quarter of a demo description on average."""
    if first == 0 and last == len(text) - 1:
        return text.lower()
    return text[:first] + text[first : last + 1].lower() + text[last + 1 :]


def _half_width_forms(text: str) -> str:
    """``_RARE_FULLWIDTH.sub(...)``: every full-width ASCII form (！ to ～) made half-width. The forms a text holds are
    collected in one pass over its code points and each replaced by str.replace: the regex called back into Python
    for each run and tried its class at every position (~120,000 instructions an 800-character posting). A form's
    half-width character is ASCII, never a form itself, so the order of the replacements does not matter."""
    forms: set[int] = set()
    for i in range(len(text)):  # an index loop: compiled, ord(text[i]) reads the code point without a string
        c = ord(text[i])
        if 0xFF01 <= c <= 0xFF5E:
            forms.add(c)
    for c in forms:
        text = text.replace(chr(c), chr(c - 0xFEE0))
    return text


def normalize(text: str | None) -> str:
    """NFKC (full-width to half-width), Traditional to Simplified, whitespace collapsed, stripped.

    Case is kept: callers that match case-insensitively lowercase the result themselves.
    """
    if not text:
        return ""
    # Cached: every extractor normalises the same title and description of a posting, and short fields repeat.
    return _normalize(text)


def latin_word_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a Latin term in normalized, lower-cased text) has no Latin letter beside it:
    "master" is not in "mastery", "intern" not in "international"."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not ("a" <= before <= "z" or "a" <= after <= "z")
