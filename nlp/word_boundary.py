"""Does a short Chinese term found as a substring sit on word boundaries? jieba decides.

Aho-Corasick finds 代工 inside 迭代工作, 合规 inside 符合规则, 选品 inside 严选品牌, 商标 inside 招商标准 and 可灵
(an AI video tool) inside 可灵活: characters that belong to two different words. jieba, with the taxonomy user
dictionary (nlp/jieba_dict.py), segments a small window around the hit; the hit is a false substring when a
token straddles one of its edges (starts before the hit and ends inside it, or starts inside and ends after).
A token that contains the whole hit is fine: 前端 in 前端框架, 公关 in 公关活动 are the term used in a compound.

Only short Chinese terms are checked (longer ones rarely straddle), and only when a Chinese character touches
the hit on a side (punctuation or ASCII next to it is a boundary already), so the check runs on about one hit
in three postings of real data and stays off the hot path's budget. Results are cached by window text.
"""

from __future__ import annotations

from functools import lru_cache

from nlp.jieba_dict import tokenizer

MAX_CHECKED_LEN = 3  # terms of up to this many characters are checked
_PAD = 4  # characters of context on each side: enough for jieba to see the competing word


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def needs_check(text: str, start: int, end: int) -> bool:
    """True when the hit ``text[start:end]`` is a short Chinese term with a Chinese character beside it."""
    if end - start > MAX_CHECKED_LEN or not _is_cjk(text[start]) or not _is_cjk(text[end - 1]):
        return False
    return (start > 0 and _is_cjk(text[start - 1])) or (end < len(text) and _is_cjk(text[end]))


def splits_words(text: str, start: int, end: int) -> bool:
    """True when jieba puts a word boundary inside ``text[start:end]`` with a word reaching outside it."""
    if not needs_check(text, start, end):
        return False
    lo = max(0, start - _PAD)
    return _straddled(text[lo : end + _PAD], start - lo, end - lo)


@lru_cache(maxsize=65536)
def _straddled(window: str, start: int, end: int) -> bool:
    pos = 0
    # HMM off: new-word discovery would glue unknown characters to the term and make results depend on it.
    for token in tokenizer().cut(window, HMM=False):
        t_start, t_end = pos, pos + len(token)
        pos = t_end
        if t_end <= start:
            continue
        if t_start >= end:
            break
        if (t_start < start < t_end and t_end < end) or (start < t_start < end < t_end):
            return True
    return False


def inside_word(text: str, start: int, end: int) -> bool:
    """True when jieba joins ``text[start:end]`` to a Chinese neighbour in one longer word (数据 in 销售数据,
    数据结构): the compound, not the bare term, is what the text names."""
    if not needs_check(text, start, end):
        return False
    lo = max(0, start - _PAD)
    return _contained(text[lo : end + _PAD], start - lo, end - lo)


@lru_cache(maxsize=65536)
def _contained(window: str, start: int, end: int) -> bool:
    pos = 0
    for token in tokenizer().cut(window, HMM=False):
        t_start, t_end = pos, pos + len(token)
        pos = t_end
        if t_start <= start and end <= t_end:
            return t_end - t_start > end - start
        if t_start >= end:
            break
    return False
