"""Does a short Chinese term found as a substring sit on word boundaries? jieba decides.

Aho-Corasick finds 代工 inside 迭代工作, 合规 inside 符合规则, 选品 inside 严选品牌, 商标 inside 招商标准 and 可灵
(an AI video tool) inside 可灵活: characters that belong to two different words. jieba, with the taxonomy user
dictionary (nlp/jieba_dict.py), segments a small window around the hit; the hit is a false substring when a
token straddles one of its edges (starts before the hit and ends inside it, or starts inside and ends after).
A token that contains the whole hit is fine: 前端 in 前端框架, 公关 in 公关活动 are the term used in a compound.

Only short Chinese terms are checked (longer ones rarely straddle), and only when a Chinese character touches
the hit on a side (punctuation or ASCII next to it is a boundary already). Results are cached by window text.

A window is segmented only when a dictionary word crosses an edge of the hit (:func:`_crossing_word`): no
other token can straddle a Chinese edge, and in real postings 9 new windows in 10 have none. Its token
boundaries are then jieba's ``cut(window, HMM=False)`` computed without its generators and regex passes
(:func:`token_ends`: the same dictionary graph, the same route scores, the same grouping), at about half the
cost.
"""

from __future__ import annotations

import re
from functools import lru_cache
from math import log
from typing import Final

from nlp.jieba_dict import tokenizer

MAX_CHECKED_LEN: Final = 3  # terms of up to this many characters are checked
_PAD: Final = 4  # characters of context on each side: enough for jieba to see the competing word


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def needs_check(text: str, start: int, end: int) -> bool:
    """True when the hit ``text[start:end]`` is a short Chinese term with a Chinese character beside it."""
    if end - start > MAX_CHECKED_LEN or not _is_cjk(text[start]) or not _is_cjk(text[end - 1]):
        return False
    return (start > 0 and _is_cjk(text[start - 1])) or (end < len(text) and _is_cjk(text[end]))


def splits_words(text: str, start: int, end: int) -> bool:
    """True when jieba puts a word boundary inside ``text[start:end]`` with a word reaching outside it."""
    # needs_check, inlined: this runs for every short Chinese hit of every scan. Compiled, ord(text[i]) reads the
    # character without making a one-character string of it.
    if end - start > MAX_CHECKED_LEN or not (
        0x4E00 <= ord(text[start]) <= 0x9FFF and 0x4E00 <= ord(text[end - 1]) <= 0x9FFF
    ):
        return False
    if not (
        (start and 0x4E00 <= ord(text[start - 1]) <= 0x9FFF) or (end < len(text) and 0x4E00 <= ord(text[end]) <= 0x9FFF)
    ):
        return False
    lo = max(0, start - _PAD)
    return _straddled(text[lo : end + _PAD], start - lo, end - lo)


def inside_word(text: str, start: int, end: int) -> bool:
    """True when jieba joins ``text[start:end]`` to a Chinese neighbour in one longer word (数据 in 销售数据,
    数据结构): the compound, not the bare term, is what the text names."""
    if not needs_check(text, start, end):
        return False
    lo = max(0, start - _PAD)
    return _contained(text[lo : end + _PAD], start - lo, end - lo)


@lru_cache(maxsize=65536)
def _contained(window: str, start: int, end: int) -> bool:
    t_start = 0
    for t_end in token_ends(window):
        if t_start <= start and end <= t_end:
            return t_end - t_start > end - start
        if t_start >= end:
            break
        t_start = t_end
    return False


@lru_cache(maxsize=65536)
def _straddled(window: str, start: int, end: int) -> bool:
    if not _crossing_word(window, start, end):
        return False  # only a dictionary word can straddle an edge of a Chinese term: no need to segment
    t_start = 0
    # HMM off: new-word discovery would glue unknown characters to the term and make results depend on it.
    for t_end in token_ends(window):
        if t_end > start:
            if t_start >= end:
                break
            if (t_start < start < t_end and t_end < end) or (start < t_start < end < t_end):
                return True
        t_start = t_end
    return False


def _crossing_word(window: str, start: int, end: int) -> bool:
    """Whether a dictionary word of the window crosses an edge of ``window[start:end]`` and ends (starts) inside
    it: the only tokens that can straddle it. The hit's edge characters are Chinese, so no single character, no
    glued ASCII run and no "\\r\\n" can; every longer token of jieba's route is a word of its dictionary."""
    freq = _dictionary()[0]
    for b in range(start + 1, end):  # a word ending inside the hit, starting before it
        for a in range(start):
            if freq.get(window[a:b]):
                return True
    for a in range(start + 1, end):  # a word starting inside the hit, ending after it
        for b in range(end + 1, len(window) + 1):
            f = freq.get(window[a:b])
            if f is None:
                break  # no word starts with it: jieba's table holds every prefix of every word (at 0), so no longer one
            if f:
                return True
    return False


# jieba's own block rules (jieba/__init__.py): runs of these characters are segmented by the dictionary, the
# rest split into single characters, "\r\n" kept together; single ASCII letters and digits are glued.
_HAN_BLOCK: Final = re.compile("[\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+")
_ASCII_ALNUM: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def token_ends(text: str) -> list[int]:
    """End offsets of the tokens of ``tokenizer().cut(text, HMM=False)``, in order (the same tokens)."""
    ends: list[int] = []
    pos = 0
    for m in _HAN_BLOCK.finditer(text):
        _other_ends(text, pos, m.start(), ends)
        _block_ends(m.group(), m.start(), ends)
        pos = m.end()
    _other_ends(text, pos, len(text), ends)
    return ends


def _other_ends(text: str, lo: int, hi: int, ends: list[int]) -> None:
    """Outside the dictionary's blocks every character is a token, but "\r\n" is one."""
    i = lo
    while i < hi:
        i += 2 if text.startswith("\r\n", i) and i + 2 <= hi else 1
        ends.append(i)


def _block_ends(block: str, offset: int, ends: list[int]) -> None:
    """jieba's __cut_DAG_NO_HMM on one block: the best route through its dictionary graph, single ASCII
    letters and digits glued into one token."""
    freq, logtotal = _dictionary()
    scores = _SCORES
    n = len(block)
    # route[i]: the best (score, last index of the word starting at i) as jieba's calc() finds it.
    route: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
    for k in range(n - 1, -1, -1):
        best: tuple[float, int] | None = None
        i = k
        frag = block[k]
        while i < n:  # the fragments starting at k, as long as the dictionary holds them (words or prefixes)
            score = scores.get(frag, _UNSEEN)
            if score == _UNSEEN:
                f = freq.get(frag)
                if f is None:
                    break
                score = scores[frag] = log(f) - logtotal if f else None
            if score is not None:  # a word, not only a prefix of one
                cand = (score + route[i + 1][0], i)
                if best is None or cand > best:
                    best = cand
            i += 1
            frag = block[k : i + 1]
        if best is None:  # no word starts here: the character alone, scored as jieba scores an unknown word
            best = (log(1) - logtotal + route[k + 1][0], k)
        route[k] = best
    x = 0
    glued = False  # a run of single ASCII letters/digits is open
    while x < n:
        y = route[x][1] + 1
        if y - x == 1 and block[x] in _ASCII_ALNUM:
            glued = True
        else:
            if glued:
                ends.append(offset + x)
                glued = False
            ends.append(offset + y)
        x = y
    if glued:
        ends.append(offset + n)


# Per dictionary entry met so far, jieba's route score log(freq) - log(total) of a word, None for a prefix
# (filled on first use: a table of the whole dictionary would cost tens of MB).
_SCORES: Final[dict[str, float | None]] = {}
# A default no score can be: log(freq / total) is never positive. Compared by value, not identity: compiled
# (nlp/compiled.py), floats are unboxed.
_UNSEEN: Final = 1.0


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, int], float]:
    """jieba's frequency table (words and, at 0, their prefixes) and the log of its total."""
    tk = tokenizer()
    return tk.FREQ, log(tk.total)
