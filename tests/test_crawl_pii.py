"""No phone number, e-mail, WeChat or QQ id survives into the landing zone, even when every posting carries one."""

from __future__ import annotations

import gzip
import re
import subprocess
from pathlib import Path

import pytest

from crawlers.demo_board.faults import CONTACT_VALUES, PII_LINES
from crawlers.demo_board.server import DemoBoard
from crawlers.run import PACKAGE_ROOT, crawl_argv, crawl_env
from pipeline.landing import landing_file, read_records
from pipeline.scrub import MASK, scrub_text

# Anything still shaped like a contact after scrubbing (separators removed for phones).
_LEFTOVER = (
    re.compile(r"1[3-9]\d{9}"),
    re.compile(r"[\w.+-]+@[\w-]+\.\w+"),
    re.compile(r"\(at\)", re.I),
    re.compile(r"(?i)(?:微信|vx|qq|扣扣|加微)[:：\s]*[A-Za-z0-9_-]{5,}"),
)


@pytest.mark.parametrize("line", PII_LINES)
def test_every_contact_line_the_board_injects_is_masked(line: str) -> None:
    out = scrub_text(line)
    assert MASK in out
    assert not any(v in out for v in CONTACT_VALUES)
    compact = re.sub(r"[\s.\-+]", "", out)
    assert not any(p.search(compact) or p.search(out) for p in _LEFTOVER)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加微：cbec_hr2026", "加微：[已隐藏]"),
        ("V: hrlily2026", "V: [已隐藏]"),
        ("微信：12345678", "微信：[已隐藏]"),
        ("hr [at] cbec [dot] com", MASK),
        ("手机 138.1234.5678", f"手机 {MASK}"),
        ("QQ群：123456789", f"QQ群：{MASK}"),
        ("版本V:2.0", "版本V:2.0"),
        ("熟悉微信运营和QQ群推广", "熟悉微信运营和QQ群推广"),
    ],
)
def test_scrub_gaps_closed(text: str, expected: str) -> None:
    assert scrub_text(text) == expected


@pytest.mark.slow
def test_crawl_with_pii_lands_no_contact(tmp_path: Path) -> None:
    with DemoBoard(n=60, faults=["pii"]) as board:
        argv = crawl_argv("demo", start_urls=board.base_url + "/", data_dir=tmp_path, run_id="r1", local=True)
        proc = subprocess.run(argv, cwd=PACKAGE_ROOT, env=crawl_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    path = landing_file(tmp_path, "demo", "r1")
    records = list(read_records(path))
    assert len(records) == 60
    assert all(r["description"].split("\n", 1)[0].count(MASK) >= 2 for r in records)  # the line was there
    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read()
    assert not any(v in text for v in CONTACT_VALUES)
    for r in records:
        compact = re.sub(r"[\s.\-+]", "", r["description"])
        assert not any(p.search(compact) or p.search(r["description"]) for p in _LEFTOVER), r["source_id"]
