"""The optional compiled core (nlp/compiled.py, setup.py): a stale build never runs, and a fresh one gives the
Python source's output byte for byte."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nlp import compiled
from nlp.compiled import COMPILED_MODULES, _SourceFinder, is_compiled

ROOT = Path(__file__).resolve().parents[1]


def test_every_listed_module_exists_and_the_rest_are_not_on_the_extraction_path() -> None:
    sources = {p.stem for p in (ROOT / "nlp").glob("*.py")}
    assert set(COMPILED_MODULES) <= sources
    assert sources - set(COMPILED_MODULES) == {"__init__", "compiled", "errors", "evaluate"}


def test_stamp_decides_staleness(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stamp = tmp_path / "compiled_sources.json"
    monkeypatch.setattr(compiled, "STAMP", stamp)
    assert compiled._stale()  # no stamp: nothing says the extensions match
    compiled.write_stamp(compiled.source_hashes())
    assert not compiled._stale()
    hashes = compiled.source_hashes() | {"matcher": "0" * 64}
    stamp.write_text(json.dumps(hashes), encoding="utf-8")
    assert compiled._stale()


def test_source_finder_finds_only_compiled_modules_sources() -> None:
    spec = _SourceFinder().find_spec("nlp.matcher", None)
    assert spec is not None and spec.origin == str(ROOT / "nlp" / "matcher.py")
    assert _SourceFinder().find_spec("nlp.evaluate", None) is None
    assert _SourceFinder().find_spec("flows.cli", None) is None


def _run(code: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(cwd), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


_WHERE = (
    "import nlp.matcher, nlp.skills, nlp.compiled; print(nlp.matcher.__file__); print(nlp.skills.__file__);"
    "print(nlp.compiled.mode())"
)


@pytest.mark.skipif(not is_compiled(), reason="nlp is not compiled here (`make compiled`)")
def test_an_edited_source_makes_every_module_load_from_source(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "nlp", tmp_path / "nlp", ignore=shutil.ignore_patterns("__pycache__"))
    fresh = _run(_WHERE, tmp_path)
    assert fresh.returncode == 0 and fresh.stdout.splitlines()[-1] == "compiled (mypyc)"
    assert all(not line.endswith(".py") for line in fresh.stdout.splitlines())
    with (tmp_path / "nlp" / "skills.py").open("a", encoding="utf-8") as f:
        f.write("\n# edited after the build\n")
    stale = _run(_WHERE, tmp_path)
    assert stale.returncode == 0
    assert stale.stdout.splitlines() == [
        str(tmp_path / "nlp" / "matcher.py"),
        str(tmp_path / "nlp" / "skills.py"),
        "Python (sources changed since `make compiled`)",
    ]
    assert stale.stderr == ""  # silent: callers read stderr (the CLI's one-line errors)


_EXTRACT = """
import hashlib, sys
from crawlers.demo_board.generator import generate_postings
from nlp.extract import extract_posting
from pipeline.process import dumps
odd = [{}, {"title": 3, "description": ["x"], "tags": "a", "salary_raw": 5.0},
       {"title": "亞馬遜運營", "description": "負責店鋪運營…英语四级\\u00a0，熟悉ＥＲＰ", "tags": ["兼职"]}]
raws = [p.raw for p in generate_postings(400, seed=5)] + odd
print(hashlib.sha256(b"\\n".join(dumps(extract_posting(r)) for r in raws)).hexdigest())
"""


@pytest.mark.slow
@pytest.mark.skipif(not is_compiled(), reason="nlp is not compiled here (`make compiled`)")
def test_compiled_output_equals_the_sources() -> None:
    fast = _run(_EXTRACT, ROOT)
    pure = _run(_EXTRACT, ROOT, CBEC_PURE="1")
    assert fast.returncode == 0 and pure.returncode == 0, fast.stderr + pure.stderr
    assert fast.stdout == pure.stdout
