"""Does a posting mention AI, and how: using AI tools, building AI, or only vaguely (``ai_mention``).

Words live in nlp/data/ai_terms.jsonl. "AI" next to design software (PS、AI、CDR) is Adobe Illustrator, not
artificial intelligence, and is not counted. The title decides first (an 算法工程师 builds AI; an AIGC运营
uses it); in the description, building wins when its words outnumber tool words, since AI engineers also
name the tools they build on.
"""

from __future__ import annotations

from typing import Final

from nlp.matcher import as_text, scan


def _contexts(text: object, part: str = "body") -> dict[str, int]:
    """How often each context's words occur (a plain dict: most postings have none, and a Counter costs more)."""
    counts: dict[str, int] = {}
    for h in scan(as_text(text), part).of("ai"):
        context = _CONTEXT[h.id]
        counts[context] = counts.get(context, 0) + 1
    return counts


_CONTEXT: Final = {"ai_use_tools": "use_tools", "ai_build": "build_ai", "ai_vague": "vague"}


def ai_mention(title: object, description: object) -> dict[str, object]:
    """``{present: bool, context: "use_tools" | "build_ai" | "vague" | None}``."""
    in_title = _contexts(title, "title")
    in_desc = _contexts(description)
    if not in_title and not in_desc:
        return {"present": False, "context": None}
    if in_title.get("build_ai"):
        context = "build_ai"
    elif in_title.get("use_tools"):
        context = "use_tools"
    elif in_desc.get("build_ai", 0) > in_desc.get("use_tools", 0):
        context = "build_ai"
    elif in_desc.get("use_tools"):
        context = "use_tools"
    else:
        context = "vague"
    return {"present": True, "context": context}
