"""Personal data out before anything is landed: phone numbers, e-mail addresses, WeChat and QQ ids are masked.

Postings often carry a recruiter's contact (“联系电话 138 1234 5678”, “微信: hr_lily88”, “QQ 12345678”). None of it is
needed to measure demand, and none of it may reach the landing zone.
"""

from __future__ import annotations

import re
from typing import Any

MASK = "[已隐藏]"

# (pattern, replacement, words): labelled ids keep their label so the text still reads. A pattern runs only on text
# holding one of its words (lower-cased; empty: always): each can match only there, and the regex engine walking
# every position of every description was most of an import's time.
_PATTERNS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (re.compile(r"[A-Za-z0-9._%+-]+\s*[@＠]\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"), MASK, ("@", "＠")),
    # Spelled-out e-mails, written that way to dodge harvesters: hr(at)example.com, hr [at] example [dot] com.
    (
        re.compile(
            r"(?i)[A-Za-z0-9._%+-]+\s*[(\[]at[)\]]\s*[A-Za-z0-9-]+(?:\s*(?:\.|[(\[]dot[)\]])\s*[A-Za-z0-9-]+)+"
        ),
        MASK,
        ("at)", "at]"),
    ),
    # WeChat ids after a label (微信, 加微, VX, wx号, a bare "V:"); numeric ids too (often a phone or QQ number).
    (
        re.compile(
            r"(?i)((?:微信号?码?|加微信?|威信|薇信|vx号?|v信|wx号?|wechat(?:\s*id)?|weixin|(?<![A-Za-z])v(?=[:：]))"
            r"[:：\s]{0,3})(?:[A-Za-z][-_A-Za-z0-9]{5,19}|\d{5,12})"
        ),
        rf"\1{MASK}",
        ("微", "威信", "薇信", "vx", "v信", "wx", "wechat", "weixin", "v:", "v："),
    ),
    (
        re.compile(r"(?i)((?:qq号?码?|qq群|扣扣|企鹅号?)[:：\s]{0,3})[1-9]\d{4,11}"),
        rf"\1{MASK}",
        ("qq", "扣扣", "企鹅"),
    ),
    # Mainland mobiles, with optional +86 and separators (138 1234 5678, 138-1234-5678, 138.1234.5678).
    (re.compile(r"(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s.]?\d{4}){2}(?!\d)"), MASK, ()),
    # Landlines with an area code (0755-12345678, (020)87654321), and 400/800 numbers.
    (re.compile(r"(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3}[-\s])\d{7,8}(?:-\d{1,5})?(?!\d)"), MASK, ()),
    (re.compile(r"(?<!\d)[48]00[-\s]?\d{3}[-\s]?\d{4}(?!\d)"), MASK, ()),
)


def scrub_text(text: str) -> str:
    """Mask every phone number, e-mail address, WeChat id and QQ number in ``text``."""
    lower = text.lower()
    for pattern, replacement, words in _PATTERNS:
        if not words or any(w in lower for w in words):
            text = pattern.sub(replacement, text)
    return text


def scrub_record(record: dict[str, Any]) -> dict[str, Any]:
    """A copy of a raw posting with personal data masked in every string value (tags and extra keys included)."""

    def clean(value: Any) -> Any:
        if isinstance(value, str):
            return scrub_text(value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    return {
        key: value if key in ("url", "source", "source_id", "scraped_at") else clean(value)
        for key, value in record.items()
    }
