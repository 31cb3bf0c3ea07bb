"""`cbec extract` is deterministic: the same raw postings give byte-identical output, whether the scan caches
are warm or cold, and in a fresh process with a different hash seed (set iteration order must never leak)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crawlers.demo_board.generator import generate_postings
from nlp import matcher
from nlp.extract import extract_posting
from pipeline.process import dumps

REPO = Path(__file__).resolve().parents[1]

# Hand-written edge cases next to the generated postings: repeated titles (scan cache hits across parts),
# texts whose terms overlap, preference clauses, and non-string fields.
_EDGE: list[dict[str, Any]] = [
    {"source": "t", "title": "亚马逊运营", "description": "负责亚马逊店铺运营，英语六级优先，熟悉亚马逊云者优先"},
    {"source": "t", "title": "亚马逊运营", "tags": ["亚马逊运营", "跨境电商"], "description": "亚马逊运营"},
    {"source": "t", "title": "Java开发工程师(跨境电商)", "description": "熟悉java、javascript、运维；与后端工程师配合"},
    {"source": "t", "title": "外贸业务员", "description": "加分项：熟练掌握一门外语（英语/日语/法语等）"},
    {"source": "t", "title": None, "description": 12345, "tags": "外贸"},
]


def _records(n: int) -> list[dict[str, Any]]:
    return [p.raw for p in generate_postings(n, seed=7)] + _EDGE


def _extract_all(records: list[dict[str, Any]]) -> str:
    return "".join(dumps(extract_posting(dict(r))).decode() + "\n" for r in records)


def test_same_output_twice_cold_and_warm_caches() -> None:
    records = _records(150)
    matcher._SCAN_CACHE.clear()
    cold = _extract_all(records)
    warm = _extract_all(records)  # every scan now comes from the cache
    reversed_order = _extract_all(records[::-1])  # cache filled in another order
    assert cold == warm
    assert reversed_order.splitlines() == cold.splitlines()[::-1]


@pytest.mark.slow
def test_fresh_process_gives_byte_identical_output(tmp_path: Path) -> None:
    records = [r for r in _records(120) if isinstance(r.get("title"), str)]  # the CLI rejects title-less lines
    src = tmp_path / "raw.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    expected = _extract_all(records)
    outputs = []
    for seed in ("0", "12345"):
        out = tmp_path / f"out_{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-m", "flows", "extract", str(src), "-o", str(out)],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].decode("utf-8") == expected
