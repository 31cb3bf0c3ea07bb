"""Does a posting mention AI, and how: using AI tools, building AI, or only vaguely (``ai_mention``).

Words live in nlp/data/ai_terms.jsonl. "AI" next to design software (PS、AI、CDR) is Adobe Illustrator, not
artificial intelligence, and is not counted. The title decides first (an 算法工程师 builds AI; an AIGC运营
uses it); in the description, building wins when its words outnumber tool words, since AI engineers also
name the tools they build on.
"""

from __future__ import annotations

from collections import Counter

from nlp.matcher import as_text, scan


def _contexts(text: str | None, part: str = "body") -> Counter[str]:
    return Counter(_CONTEXT[h.id] for h in scan(as_text(text), part).of("ai"))


_CONTEXT = {"ai_use_tools": "use_tools", "ai_build": "build_ai", "ai_vague": "vague"}


def ai_mention(title: str | None, description: str | None) -> dict[str, object]:
    """``{present: bool, context: "use_tools" | "build_ai" | "vague" | None}``."""
    in_title = _contexts(title, "title")
    in_desc = _contexts(description)
    if not in_title and not in_desc:
        return {"present": False, "context": None}
    if in_title["build_ai"]:
        context = "build_ai"
    elif in_title["use_tools"]:
        context = "use_tools"
    elif in_desc["build_ai"] > in_desc["use_tools"]:
        context = "build_ai"
    elif in_desc["use_tools"]:
        context = "use_tools"
    else:
        context = "vague"
    return {"present": True, "context": context}
