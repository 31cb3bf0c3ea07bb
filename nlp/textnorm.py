"""Text normalisation shared by every extractor.

Real postings mix full-width and half-width forms (ＡＩ, １０Ｋ, ：), Traditional and Simplified characters, and
stray whitespace. Every extractor matches against the output of :func:`normalize`, so each only has to know one form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
# Characters that occur in Traditional but not in Simplified Chinese text, among the most frequent ones in postings.
# Their presence is a cheap signal that the (slow, pure-Python) conversion is worth running.
_TRADITIONAL_MARKERS = frozenset(
    "這個們為與來對時說會過還後點經從當體裡發現將開關門問間題應該變讓進運營銷貨幣場買賣資歷學歷驗職務區語薪員業級機"
    "電網絡數據處線價單廣告設計貿優勢術務認證專層實習聯繫閱讀寫聽際勞動組織獎勵戶"
)


@lru_cache(maxsize=1)
def _t2s() -> Any:
    from opencc import OpenCC  # imported lazily: only Traditional-script postings pay for it

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert Traditional Chinese to Simplified when the text shows Traditional characters; else return it as is."""
    if any(ch in _TRADITIONAL_MARKERS for ch in text):
        return str(_t2s().convert(text))
    return text


def normalize(text: str | None) -> str:
    """NFKC (full-width to half-width), Traditional to Simplified, whitespace collapsed, stripped.

    Case is kept: callers that match case-insensitively lowercase the result themselves.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = to_simplified(text)
    return _SPACES.sub(" ", text).strip()
