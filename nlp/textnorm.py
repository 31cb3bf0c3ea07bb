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
from typing import Any

_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
# Characters that occur in Traditional but not in Simplified Chinese text, among the most frequent
# ones in postings. Their presence is a cheap signal that the (slow, pure-Python) conversion is worth running.
_TRADITIONAL_MARKERS = (
    "這個們為與來對時說會過還後點經從當體裡發現將開關門問間題應該變讓進運營銷貨幣場買賣資歷學歷驗職務區語員業級機"
    "電網絡數據處線價單廣設計貿優勢術務認證專層實習聯繫閱讀寫聽際勞動組織獎勵戶"
    "萬臺灣倉儲視頻頁碼達師範協調備註環貨輸費總額訂歸檔標準簡績選擇產採購賬號廠製質檢測試庫錄"
)
_TRADITIONAL = re.compile(f"[{_TRADITIONAL_MARKERS}]")
# Full-width ASCII (！ to ～) to half-width, as NFKC would, at a fraction of its cost on Chinese
# text: the common punctuation by str.replace, the rare rest (letters, digits) by one regex.
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_COMMON_FULLWIDTH = tuple(
    (chr(c), chr(c - 0xFEE0)) for c in (0xFF0C, 0xFF1A, 0xFF1B, 0xFF08, 0xFF09, 0xFF01, 0xFF1F)
)
_RARE_FULLWIDTH = re.compile("[\uff01-\uff5e]+")


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
_RARE_OR_TRADITIONAL = re.compile(f"[\uff01-\uff5e{_TRADITIONAL_MARKERS}]")


@lru_cache(maxsize=4096)
def _normalize(text: str) -> str:
    for wide, narrow in _COMMON_FULLWIDTH:
        text = text.replace(wide, narrow)
    marked = _RARE_OR_TRADITIONAL.search(text) is not None
    if marked and _may_hold_fullwidth(text):
        text = _RARE_FULLWIDTH.sub(lambda m: m.group().translate(_FULLWIDTH), text)
    if not unicodedata.is_normalized("NFKC", text):  # other compatibility forms remain (①, ㎡, ligatures)
        text = _nfkc(text)
        marked = True  # NFKC may have made Traditional characters (compatibility ideographs)
    if marked:
        text = to_simplified(text)
    # A text holds a run that _SPACES would change only if it holds one of these; else every run of spaces is
    # one plain space already.
    if "  " in text or "\t" in text or "\u00a0" in text or "\u3000" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


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


def normalize(text: str | None) -> str:
    """NFKC (full-width to half-width), Traditional to Simplified, whitespace collapsed, stripped.

    Case is kept: callers that match case-insensitively lowercase the result themselves.
    """
    if not text:
        return ""
    # Cached: every extractor normalises the same title and description of a posting, and short fields repeat.
    return _normalize(text)
