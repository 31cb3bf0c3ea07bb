"""The operator's acceptance audit (session 21): every verb of the `cbec` command line, misused the way an unattended
job or an analyst with other scrapers' dumps misuses it, gives one `error:` line and a non-zero exit, never a
traceback, and never loses, silently drops or half-writes data."""

from __future__ import annotations

import gzip
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import flows
from flows.cli import app

# Subprocesses run the code these tests import, from any working directory (PYTHONPATH=. would follow the cwd).
ENV = {**os.environ, "PYTHONPATH": str(Path(flows.__file__).resolve().parents[1])}

GOOD = {
    "source": "t",
    "source_id": "1",
    "title": "亚马逊运营专员",
    "salary_raw": "8K-12K",
    "description": "负责亚马逊店铺日常运营，用英语回复买家邮件，英语四级以上。",
}
LINE = json.dumps(GOOD, ensure_ascii=False)


def cli(*args: str, stdin: bytes | str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin)


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flows", *args],
        capture_output=True, text=True, timeout=300, cwd=cwd, env={**ENV, **(env or {})},
    )


def one_error(result: Result | subprocess.CompletedProcess[str], code: int = 2) -> str:
    """The one `error:` line of a failed command (checked: the exit code, and no traceback)."""
    returncode = result.exit_code if isinstance(result, Result) else result.returncode
    stderr = result.stderr
    assert returncode == code, (returncode, stderr[-2000:])
    if isinstance(result, Result):
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in stderr, stderr[-2000:]
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, stderr[-2000:]
    return errors[0]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- cbec extract -------------------------------------------------------------------------------------------------


def test_extract_rejects_a_line_that_is_not_utf8_and_keeps_the_rest(tmp_path: Path) -> None:
    # A GBK line used to be read with replacement characters and extracted as mojibake, exit 0.
    src = tmp_path / "in.jsonl"
    src.write_bytes(LINE.encode("gb18030") + b"\n" + LINE.replace('"1"', '"2"').encode("utf-8") + b"\n")
    out = tmp_path / "out.jsonl"
    result = cli("extract", str(src), "-o", str(out))
    assert result.exit_code == 1, result.stderr
    assert "line 1: not UTF-8 text" in result.stderr
    text = out.read_text("utf-8")
    assert [json.loads(line)["source_id"] for line in text.splitlines()] == ["2"]
    assert "\ufffd" not in text


def test_extract_stdin_that_is_not_utf8_is_a_rejected_line() -> None:
    result = cli("extract", stdin=LINE.encode("gb18030") + b"\n" + LINE.encode("utf-8") + b"\n")
    assert result.exit_code == 1, (result.stderr, result.exception)
    assert "line 1: not UTF-8 text" in result.stderr
    assert json.loads(result.stdout)["title"] == GOOD["title"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_extract_reads_files_with_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes((LINE + "\n" + LINE + "\n").encode(encoding))
    result = cli("extract", str(src))
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == [GOOD["title"]] * 2


def test_extract_mends_half_an_emoji_instead_of_stopping_the_run() -> None:
    # A scraper that cut "😀" in two leaves its escape \ud83d alone: no UTF-8 writer can write it.
    broken = json.dumps(dict(GOOD, title="🔥运营专员", description="回复买家咨询😀" + "\ud83d"), ensure_ascii=True)
    result = cli("extract", stdin=broken + "\n" + LINE + "\n")
    assert result.exit_code == 0, (result.stderr, result.exception)
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["title"] == "🔥运营专员"  # a whole pair stays what it was
    assert first["description"] == "回复买家咨询😀\ufffd"
    assert second["title"] == GOOD["title"]


@pytest.mark.parametrize("damage", ["not gzip", "cut short"])
def test_extract_damaged_gzip_is_one_line_and_leaves_out_as_it_was(tmp_path: Path, damage: str) -> None:
    data = ((LINE + "\n") * 40).encode("utf-8")
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(data if damage == "not gzip" else gzip.compress(data)[:-12])
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n")
    assert "cannot read" in one_error(cli("extract", str(src), "-o", str(out)))
    assert out.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl.gz", "out.jsonl"]


def test_extract_reads_a_pipe_and_names_folders(tmp_path: Path) -> None:
    # `cbec extract <(zcat dump.gz)` hands over a FIFO, which is not a regular file but reads like one.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)

    def feed() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # fails until the reader has opened it
            except OSError:
                time.sleep(0.05)
                continue
            os.write(fd, (LINE + "\n").encode("utf-8"))
            os.close(fd)
            return

    writer = threading.Thread(target=feed)
    writer.start()
    result = cli("extract", str(fifo))
    writer.join()
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["title"] == GOOD["title"]
    src = tmp_path / "in.jsonl"
    src.write_text(LINE + "\n", encoding="utf-8")
    assert "is a folder" in one_error(cli("extract", str(tmp_path)))
    assert "is a folder" in one_error(cli("extract", str(src), "-o", str(tmp_path)))
    assert "not a folder" in one_error(cli("extract", str(src), "-o", str(src / "out.jsonl")))


def test_extract_onto_its_own_input_loses_nothing(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(LINE + "\n" + LINE.replace('"1"', '"2"') + "\n", encoding="utf-8")
    result = cli("extract", str(src), "-o", str(src))
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["source_id"] for line in src.read_text("utf-8").splitlines()] == ["1", "2"]


def test_extract_interrupted_leaves_out_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n")
    part = tmp_path / "out.jsonl.part"
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows", "extract", "-o", str(out)],
        stdin=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, env=ENV,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as from a terminal, even under nohup
    )
    assert proc.stdin is not None
    # More postings than the writer buffers, and the input stays open: Ctrl-C comes while the run is mid-way.
    proc.stdin.write(((LINE + "\n") * 300).encode("utf-8"))
    proc.stdin.flush()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and out.read_text() == "previous run\n":
        if part.exists() and part.stat().st_size:
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err.decode() and "Traceback" not in err.decode()
    assert out.read_text() == "previous run\n"
    assert not part.exists()
