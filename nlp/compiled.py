"""Which nlp modules the optional mypyc build compiles, and the guard that never lets a stale one load.

``make compiled`` (setup.py) compiles :data:`COMPILED_MODULES` to C extensions beside their sources and records
the sources' hashes in :data:`STAMP`. Python imports an extension before a source of the same name, so after
an edit the old extension would run silently; :func:`guard` (run when ``nlp`` is imported) checks the hashes and,
when any source changed, makes every compiled module load from its source instead (all or none: compiled
modules call each other directly, so a mix would still run the old code); :func:`mode` says which runs.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
STAMP = HERE / "compiled_sources.json"
# The shared library of the compiled modules is nlp/_native__mypyc…so: inside the package, not at the top level.
GROUP = "nlp._native"

# Every module of the extraction path. Not compiled: this module, the package's __init__, the evaluation command
# (not on the hot path) and the errors: mypyc compiles a class that derives from a Python or builtin class (an
# exception, a Counter) with a dealloc that frees weak references it does not own, so no compiled module defines
# one (tests/test_compiled_weakrefs.py; such a class crashed `cbec refresh` at exit).
COMPILED_MODULES: tuple[str, ...] = (
    "ai_mention",
    "certificates",
    "company_size",
    "education",
    "employment",
    "english",
    "experience",
    "extract",
    "geography",
    "jieba_dict",
    "languages",
    "location",
    "matcher",
    "platforms",
    "relevance",
    "role_family",
    "salary",
    "sections",
    "skill_patterns",
    "skills",
    "taxonomy",
    "text_automaton",
    "textnorm",
    "word_boundary",
    "word_pass",
)


def source_hashes() -> dict[str, str]:
    """SHA-256 of each compiled module's source, by module name."""
    return {name: hashlib.sha256((HERE / f"{name}.py").read_bytes()).hexdigest() for name in COMPILED_MODULES}


def write_stamp(hashes: dict[str, str]) -> None:
    """Record the hashes of the sources just compiled."""
    STAMP.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def is_compiled() -> bool:
    """Whether the extractors run compiled (an extension loaded for the matcher)."""
    import nlp.matcher

    return not (nlp.matcher.__file__ or "").endswith(".py")


def _has_extensions() -> bool:
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return any(name.endswith(suffixes) for name in os.listdir(HERE))


def _stale() -> bool:
    try:
        recorded = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return bool(recorded != source_hashes())


class _SourceFinder:
    """Finds the compiled modules' Python sources, ahead of their extensions."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, name = fullname.partition(".")
        if package != "nlp" or name not in COMPILED_MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, HERE / f"{name}.py")


def guard() -> None:
    """Load the Python sources instead of the extensions when any source changed since the build, or when
    CBEC_PURE=1 asks for them (to compare the two, or to debug). Silent: :func:`mode` tells which runs, and the
    refresh and the benchmark print it (a line on stderr at import would break callers that read it)."""
    global _why_source
    if not _has_extensions():
        _why_source = "not compiled; `make compiled` builds it"
        return
    if os.environ.get("CBEC_PURE") == "1":
        _why_source = "CBEC_PURE=1"
    elif _stale():
        _why_source = "sources changed since `make compiled`"
    else:
        return
    sys.meta_path.insert(0, _SourceFinder())


_why_source: str | None = None  # why the extensions are not used, when they are not


def mode() -> str:
    """How the extractors run: "compiled (mypyc)", or "Python (why)"."""
    return "compiled (mypyc)" if is_compiled() else f"Python ({_why_source or 'not compiled'})"
