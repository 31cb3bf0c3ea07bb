"""A jieba user dictionary generated from the taxonomy files, so segmentation keeps taxonomy terms whole.

The hot path does not segment (nlp/matcher.py scans with Aho-Corasick); jieba is for short texts where tokens
help (titles, tags, ad-hoc analysis). Nothing happens at import time: :func:`tokenizer` builds the dictionary
and the jieba Tokenizer on first call.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp import taxonomy

_FREQ = 2000  # high enough that jieba prefers the whole term over its parts (数据分析师, not 数据/分析师)


def dictionary_terms() -> list[tuple[str, str]]:
    """Every alias and display name of every taxonomy file with its jieba tag, sorted, one per term."""
    tagged: dict[str, str] = {}

    def add(term: str, tag: str) -> None:
        term = taxonomy.match_form(term)
        if term and "\n" not in term:
            tagged.setdefault(term, tag)

    groups: list[tuple[str, tuple[taxonomy.Concept, ...]]] = [
        ("nz_skill", taxonomy.skills()),
        ("nz_platform", taxonomy.platforms()),
        ("nz_language", taxonomy.language_entries()),
        ("nz_cert", taxonomy.certificates()),
        ("nz_ai", taxonomy.ai_terms()),
    ]
    for tag, concepts in groups:
        for c in concepts:
            for a in c.aliases:
                add(a.term, tag)
            for name in (c.name_zh, c.name_en):
                if name:
                    add(name, tag)
    for fam in taxonomy.role_families():
        for key in ("title_terms", "weak_title_terms", "description_terms"):
            for t in fam[key]:
                add(t, "nz_role")
    return sorted(tagged.items())


def _lines() -> Iterator[str]:
    for term, tag in dictionary_terms():
        # jieba tags must be [a-z]+; the word may contain spaces because frequency and tag end the line.
        yield f"{term} {_FREQ} {tag.replace('_', '')}"


def build_user_dict(path: str | Path) -> Path:
    """Write the user dictionary (UTF-8, "word freq tag" per line) to ``path`` and return the path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(_lines()) + "\n", encoding="utf-8")
    return out


@lru_cache(maxsize=1)
def tokenizer() -> Any:
    """A jieba Tokenizer with the taxonomy dictionary loaded (built once per process, on first call)."""
    import jieba  # imported lazily: loading jieba's own dictionary costs about a second

    # jieba announces its dictionary loading on stderr; `cbec extract` output and logs stay quiet.
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    with tempfile.TemporaryDirectory(prefix="cbec-jieba-") as tmp:
        tk.load_userdict(str(build_user_dict(Path(tmp) / "user_dict.txt")))
    return tk


def segment(text: str | None) -> list[str]:
    """Tokens of a short text (a title, a tag) in matching form, taxonomy terms kept whole."""
    form = taxonomy.match_form(text or "")
    return [t for t in tokenizer().lcut(form) if t.strip()] if form else []
