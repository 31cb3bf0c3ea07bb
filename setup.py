"""The optional compiled extraction core: nlp/ compiled to C extensions with mypyc.

pyproject.toml describes the package; this file only adds the extensions, and only when asked:
``CBEC_COMPILE=1 python setup.py build_ext --inplace`` (what ``make compiled`` runs, and ``make refresh`` and
``make test`` through it). The extractors are plain Python: compiled, the same source runs about a third
faster (no interpreter loop). Without CBEC_COMPILE, pip and setuptools build the pure-Python package.

The build writes each extension beside its source, plus the sources' hashes (nlp/compiled.py reads them): an
extension whose source changed since is never loaded, the package falls back to its Python source whole.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from nlp.compiled import COMPILED_MODULES, GROUP, source_hashes, write_stamp  # noqa: E402

ext_modules = []
if os.environ.get("CBEC_COMPILE") == "1":
    from mypyc.build import mypycify

    hashes = source_hashes()
    ext_modules = mypycify(
        [f"nlp/{name}.py" for name in COMPILED_MODULES],
        group_name=GROUP,
    )

setup(ext_modules=ext_modules)

if ext_modules and "build_ext" in sys.argv:
    write_stamp(hashes)
