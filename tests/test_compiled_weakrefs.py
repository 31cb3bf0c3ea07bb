"""Weak references to what the extractors hand out stay sound in the compiled build (mypyc).

mypyc compiles a class of a compiled module that derives from a Python or builtin class (a ``Counter``, an
exception) as an extension type with its own ``__weakref__`` slot, and the type's dealloc ``Py_CLEAR``s that slot
as if it owned a reference: each instance that dies takes one reference from its first weak reference, which it
never owned, and never clears its weak references. Prefect keeps a weak reference to a task's result and to each
of its fields (dependency tracking, ``FlowRunContext.run_results``): the process task's unknown-field counter, a
compiled ``Counter`` subclass, freed that weak reference while Prefect still held it, and the garbage collection at
interpreter exit walked the freed memory (``cbec refresh`` died with SIGSEGV after its summary, about 1 run in 10).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import weakref
from dataclasses import fields
from importlib import import_module
from pathlib import Path

import pytest

from nlp.compiled import COMPILED_MODULES, is_compiled
from pipeline.landing import landing_file, write_records
from pipeline.process import process_files

ROOT = Path(__file__).resolve().parents[1]
POSTING = {"source": "s", "source_id": "1", "title": "亚马逊运营", "description": "负责运营", "salary_raw": "8K-12K"}


@pytest.mark.skipif(not is_compiled(), reason="nlp is not compiled here (`make compiled`)")
def test_no_class_of_a_compiled_module_supports_weak_references() -> None:
    # Compiled, such a class frees weak references it does not own (above): keep it in a module mypyc leaves alone.
    offenders = [
        f"{cls.__module__}.{cls.__qualname__}"
        for name in COMPILED_MODULES
        for cls in vars(import_module(f"nlp.{name}")).values()
        if isinstance(cls, type) and cls.__module__ == f"nlp.{name}" and cls.__weakrefoffset__
    ]
    assert offenders == []


def test_weak_references_to_what_processing_returns_keep_their_references(tmp_path: Path) -> None:
    path = landing_file(tmp_path, "s", "run-1")
    path.parent.mkdir(parents=True)
    write_records(path, [POSTING, dict(POSTING, source_id="2", salary_raw=None)])
    result = process_files([path])
    # What Prefect's link_state_to_result does with a task's result: a weak reference to it and to each field.
    held = [result, *(getattr(result, f.name) for f in fields(result))]
    refs = [weakref.ref(obj) for obj in held if type(obj).__weakrefoffset__]
    assert any(type(r()).__name__ != "ProcessResult" for r in refs)  # a field is weakly referenced, not only the result
    spare = list(refs)  # a second reference each, so that a stolen one fails the test instead of crashing it
    counts = [sys.getrefcount(r) for r in refs]
    del result, held
    gc.collect()
    assert [sys.getrefcount(r) for r in refs] == counts  # no reference taken by the objects' deaths
    assert all(r() is None for r in spare)


# The crash itself, in a child process: weak references kept in containers, as Prefect keeps them, to objects that
# then die. The holders are made first, so the objects and their weak references fill memory arenas of their own:
# were each death to free its weak reference, those arenas would be returned to the system and the collection at
# interpreter exit would walk the holders into unmapped memory (before the fix: 10 crashes in 10 runs, each kind).
_EXIT_WALK = """
import sys, weakref
from nlp.taxonomy import TaxonomyError
from pipeline.process import ProcessResult
make = {"counter": lambda: ProcessResult().unknown_counts, "error": lambda: TaxonomyError("x")}[sys.argv[1]]
holders = [[None, None] for _ in range(100_000)]
objects = [make() for _ in holders]
for holder, obj in zip(holders, objects):
    holder[1] = weakref.ref(obj)
del obj, objects
"""


@pytest.mark.parametrize("kind", ["counter", "error"])
def test_interpreter_exit_survives_weak_references_to_dead_objects(kind: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _EXIT_WALK, kind],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
