"""What the annotator-agreement scripts under tests/gold share: reading label files and the agreement measures.

Stdlib only; the scripts are run by path, so each puts this folder on ``sys.path`` before importing it.
"""

from __future__ import annotations

import json
from collections.abc import Hashable
from pathlib import Path


def read_jsonl(path: Path) -> list[dict]:
    """Return the JSON objects of a JSON-lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def prf(reference: set[Hashable], predicted: set[Hashable]) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``predicted`` against ``reference``."""
    hit = len(reference & predicted)
    p = hit / len(predicted) if predicted else 1.0
    r = hit / len(reference) if reference else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def kappa(a: set[Hashable], b: set[Hashable], n_decisions: int) -> float:
    """Cohen's kappa over n_decisions yes/no decisions, given the positive units of each rater."""
    both, only_a, only_b = len(a & b), len(a - b), len(b - a)
    neither = n_decisions - both - only_a - only_b
    observed = (both + neither) / n_decisions
    pa, pb = len(a) / n_decisions, len(b) / n_decisions
    expected = pa * pb + (1 - pa) * (1 - pb)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0
