"""The errors the nlp package raises: defined here, in a module mypyc does not compile.

An exception class of a compiled module is compiled to an extension type whose dealloc drops a reference it does
not own to the instance's first weak reference and never clears its weak references (mypyc of mypy 2.4: the same defect
made ``cbec refresh`` crash at exit through a compiled ``Counter`` subclass; tests/test_compiled_weakrefs.py).
Interpreted, the class gets CPython's own dealloc, which does both right.
"""

from __future__ import annotations


class TaxonomyError(ValueError):
    """A taxonomy data file breaks a rule (duplicate id, unknown category, undeclared alias collision...)."""
