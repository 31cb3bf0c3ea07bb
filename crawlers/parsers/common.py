"""What every board parser shares: the result of one list page, block detection, HTML to text, city codes."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

# Block reasons counted in the crawl stats as ``blocked/<reason>``.
LOGIN_WALL = "login_wall"
CAPTCHA = "captcha"
SECURITY_CHECK = "security_check"
FORBIDDEN = "forbidden"
RATE_LIMITED = "rate_limited"


@dataclass
class ListPage:
    """One search or board page: its postings (raw-posting dicts), whether more pages follow, or a block."""

    postings: list[dict[str, Any]] = field(default_factory=list)
    has_more: bool = False
    total: int | None = None
    blocked: str | None = None


# Markers of anti-bot pages, in the order they are tested (a captcha page often also says 安全).
_BLOCK_MARKERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (CAPTCHA, ("nc_bg", "滑动验证", "滑块", "拖动滑块", "验证码", "captcha", "geetest", "verify-slider")),
    (
        SECURITY_CHECK,
        (
            "您的访问被阻断",
            "环境存在异常",
            "暂时无法继续访问",
            "安全验证",
            "安全检查",
            "访问行为异常",
            "Just a moment",
            "cf-chl",
            "Attention Required",
        ),
    ),
    (LOGIN_WALL, ("请登录", "登录后查看", "passport.", "/login", "扫码登录")),
)


def block_reason(status: int, text: str, url: str = "") -> str | None:
    """The block reason an HTML/JSON answer shows (a login wall, captcha, security check, 403 or 429), or None.

    Only for answers that are not the expected payload: a normal job page that mentions 登录 in its header is
    never passed here.
    """
    if status == 429:
        return RATE_LIMITED
    sample = text[:20000]
    for reason, markers in _BLOCK_MARKERS:
        if any(m in sample for m in markers):
            return reason
    if any(m in url for m in ("/login", "passport.", "/safe/verify")):
        return LOGIN_WALL if "login" in url or "passport." in url else SECURITY_CHECK
    if status in (401, 403):
        return FORBIDDEN
    return None


def load_json(body: str | bytes | dict[str, Any] | list[Any]) -> Any:
    """A JSON body as Python data; a dict or list passes through; ValueError for anything not JSON."""
    if isinstance(body, (dict, list)):
        return body
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    return json.loads(text)


_BREAK = re.compile(
    r"<\s*br\s*/?\s*>|</\s*(?:p|div|li|h[1-6]|dd|dt|tr|ul|ol|section|article)\s*>", re.IGNORECASE
)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")  # a tag, not a stray "<" in text ("<3年")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment (or plain text), one line per paragraph, line break or list item; runs of
    spaces collapsed, lines stripped, blank lines dropped."""
    if _TAG.search(fragment):
        fragment = _TAG.sub("", _BREAK.sub("\n", fragment))
    text = html.unescape(fragment).replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACES.sub(" ", ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


def clean(value: Any) -> str | None:
    """A stripped string, or None for empty/missing values (so empty fields stay out of the landed record)."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def compact(raw: dict[str, Any]) -> dict[str, Any]:
    """Drop None values and empty tag lists: absent fields are left out of the raw posting."""
    return {k: v for k, v in raw.items() if v is not None and v != []}


def str_list(values: Any, key: str | None = None) -> list[str]:
    """Non-empty strings of a list (of strings, or of dicts read at ``key``), order kept, duplicates dropped."""
    out: list[str] = []
    for v in values or []:
        item = v.get(key) if key and isinstance(v, dict) else v
        text = clean(item) if isinstance(item, (str, int)) else None
        if text and text not in out:
            out.append(text)
    return out


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict[str, str]]:
    doc = json.loads(resources.files("crawlers.parsers").joinpath("data", "cities.json").read_text("utf-8"))
    cities: dict[str, dict[str, str]] = doc["cities"]
    return cities


def city_code(site: str, city: str) -> str:
    """The site's search code for a city name ("深圳" → 51job "040000"); ValueError names an unknown city."""
    codes = _cities().get(city.strip().removesuffix("市"))
    if not codes or site not in codes:
        known = ", ".join(c for c, v in _cities().items() if site in v)
        raise ValueError(f"no {site} city code for {city!r}; known: {known}")
    return codes[site]


def city_name(site: str, code: str) -> str | None:
    """The city a site's search code stands for, or None if unknown; "全国" for the nationwide code."""
    for name, codes in _cities().items():
        if codes.get(site) == code:
            return name
    return None


def known_cities() -> list[str]:
    """City names with codes on every Chinese board."""
    return list(_cities())
