"""The operator's acceptance audit (session 21): every verb of the `cbec` command line, misused the way an unattended
job or an analyst with other scrapers' dumps misuses it, gives one `error:` line and a non-zero exit, never a
traceback, and never loses, silently drops or half-writes data."""

from __future__ import annotations

import csv
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
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import flows
from flows.cli import app
from pipeline.landing import read_records

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
    proc.wait(timeout=60)  # stdin stays open: the interrupt, not the input's end, stops the run
    assert proc.stderr is not None
    err = proc.stderr.read()
    proc.stdin.close()
    assert proc.returncode == 130, err
    assert "interrupted" in err.decode() and "Traceback" not in err.decode()
    assert out.read_text() == "previous run\n"
    assert not part.exists()


# --- cbec import --------------------------------------------------------------------------------------------------

HEADER = ["职位名称", "薪资", "工作地点", "公司规模", "职位描述"]
ROWS = [
    ["亚马逊运营专员", "8千-1.2万", "深圳·龙华", "50-150人", "负责亚马逊店铺运营，英语四级"],
    ["Shopee客服", "6-8K", "广州", "少于50人", "用英语回复买家邮件，处理售后问题"],
]
MAPPING: dict[str, Any] = {
    "fields": {
        "title": "职位名称",
        "salary_raw": "薪资",
        "location_raw": "工作地点",
        "company_size_raw": "公司规模",
        "description": "职位描述",
    }
}


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def import_(
    tmp_path: Path, dump: Path, mapping: dict[str, Any] | bytes | None = MAPPING, source: str = "other"
) -> Result:
    args = ["import", str(dump), "--source", source, "--data-dir", str(tmp_path / "data")]
    if mapping is not None:
        mfile = tmp_path / "mapping.json"
        mfile.write_bytes(mapping if isinstance(mapping, bytes) else json.dumps(mapping, ensure_ascii=False).encode())
        args += ["--mapping", str(mfile)]
    return cli(*args)


def landed(tmp_path: Path) -> list[dict[str, Any]]:
    return [r for p in sorted((tmp_path / "data" / "landing").glob("*/*.jsonl.gz")) for r in read_records(p)]


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"fields": {"title": 3}}, "fields.title must be a string"),
        ({"fields": {"title": "职位名称"}, "lists": {"tags": {"separator": ","}}}, "lists.tags"),
        ({"fields": {"title": "职位名称"}, "lists": {"tags": "职位名称"}}, "lists.tags"),
        ({"fields": {"title": "职位名称"}, "templates": {"salary_raw": "{薪资"}}, "templates.salary_raw"),
        ({"fields": {"title": "职位名称", "salary": "薪资"}}, "names no raw-posting field: salary"),
        ({"fields": {"title": "岗位名称", "description": "职位描述"}}, "columns missing for mapping"),
        ({"fields": {"title": "职位名称", "description": "职位描叙"}}, "职位描叙"),
        (json.dumps({"fields": {"title": "职位名称"}}, ensure_ascii=False).encode("gbk"), "not UTF-8"),
    ],
)
def test_import_refuses_a_mapping_it_cannot_follow(tmp_path: Path, mapping: Any, message: str) -> None:
    dump = write_csv(tmp_path / "dump.csv", [HEADER, *ROWS])
    assert message in one_error(import_(tmp_path, dump, mapping))
    assert landed(tmp_path) == []


def test_import_where_every_row_is_rejected_exits_non_zero(tmp_path: Path) -> None:
    dump = write_csv(tmp_path / "dump.csv", [HEADER, ["", "8K", "深圳", "", "无标题"], [" ", "", "", "", ""]])
    result = import_(tmp_path, dump)
    assert result.exit_code == 1, result.stderr
    assert "0 accepted, 2 rejected" in result.stdout
    # Some rows landed: the import did its work, the rejected rows are listed.
    dump = write_csv(tmp_path / "dump2.csv", [HEADER, ["", "8K", "深圳", "", "无标题"], ROWS[0]])
    result = import_(tmp_path, dump)
    assert result.exit_code == 0, result.stderr
    assert "row 1: field 'title' is required" in result.stderr


@pytest.mark.parametrize("source", ["../elsewhere", "a/b", "", "五一"])
def test_import_refuses_a_source_name_that_is_no_folder_name(tmp_path: Path, source: str) -> None:
    dump = write_csv(tmp_path / "dump.csv", [HEADER, *ROWS])
    assert "invalid source" in one_error(import_(tmp_path, dump, source=source))
    assert not (tmp_path / "elsewhere").exists()


def test_import_long_description_and_unterminated_quote(tmp_path: Path) -> None:
    long_row = [*ROWS[0][:4], "熟悉亚马逊后台操作。" * 20_000]  # 200,000 characters, past the csv module's limit
    dump = write_csv(tmp_path / "long.csv", [HEADER, long_row, ROWS[1]])
    result = import_(tmp_path, dump)
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert [len(r["description"]) for r in landed(tmp_path)] == [200_000, len(ROWS[1][4])]
    # A quote that never closes used to swallow every later row into one description, exit 0.
    broken = tmp_path / "broken.csv"
    broken.write_text(
        ",".join(HEADER) + '\n运营A,8K,深圳,少于50人,"负责选品\n运营B,9K,广州,少于50人,客服\n', encoding="utf-8"
    )
    assert "row starting on line 2" in one_error(import_(tmp_path, broken, source="broken"))
    assert not (tmp_path / "data" / "landing" / "broken").exists()


def test_import_xlsx_sheets_and_doubled_columns(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "说明"  # the active sheet is empty, the rows are on the next one
    sheet = book.create_sheet("岗位")
    for row in [HEADER, *ROWS]:
        sheet.append(row)
    path = tmp_path / "dump.xlsx"
    book.save(path)
    result = import_(tmp_path, path)
    assert result.exit_code == 0, result.stderr
    assert [r["title"] for r in landed(tmp_path)] == [ROWS[0][0], ROWS[1][0]]
    book.active.append(["另一张表"])
    book.save(path)
    assert "several sheets hold rows (说明, 岗位)" in one_error(import_(tmp_path, path, source="two"))
    # Two columns of one name: each row kept the last cell only, so a title went missing unseen.
    book = Workbook()
    book.active.append([*HEADER, "职位名称"])
    book.active.append([*ROWS[0], None])
    book.save(path)
    assert "职位名称 appears more than once" in one_error(import_(tmp_path, path, source="dup"))


def test_import_jsonl_with_half_an_emoji(tmp_path: Path) -> None:
    row = dict(zip(HEADER, ROWS[0], strict=True))
    row["职位名称"] = "TikTok运营🔥" + "\ud83d"
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = import_(tmp_path, dump)
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert [r["title"] for r in landed(tmp_path)] == ["TikTok运营🔥\ufffd"]


def test_import_json_array(tmp_path: Path) -> None:
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps([dict(zip(HEADER, r, strict=True)) for r in ROWS], ensure_ascii=False, indent=2))
    result = import_(tmp_path, dump)
    assert result.exit_code == 0, result.stderr
    assert [r["title"] for r in landed(tmp_path)] == [ROWS[0][0], ROWS[1][0]]


@pytest.mark.parametrize(("content", "message"), [("", "no columns"), (",".join(HEADER) + "\n", "no rows")])
def test_import_of_a_file_without_rows_says_so(tmp_path: Path, content: str, message: str) -> None:
    dump = tmp_path / "dump.csv"
    dump.write_text(content, encoding="utf-8")
    assert message in one_error(import_(tmp_path, dump))


@pytest.mark.parametrize(
    ("encoding", "title", "description"),
    [
        ("gbk", "亚马逊运营", "负责店铺"),  # short: the detector read it as Thai (cp874) or Japanese, landed as such
        ("big5", "亞馬遜運營專員", "負責店鋪日常運營與客戶服務"),  # Hong Kong / Taiwan boards: read as GB18030
        ("cp1252", "Café manager", "Gérer le café à Zürich"),
    ],
)
def test_import_reads_short_and_big5_dumps_in_their_encoding(
    tmp_path: Path, encoding: str, title: str, description: str
) -> None:
    dump = tmp_path / "dump.csv"
    dump.write_bytes(f"title,description\n{title},{description}\n".encode(encoding))
    result = import_(tmp_path, dump, {"fields": {"title": "title", "description": "description"}})
    assert result.exit_code == 0, result.stderr
    assert [(r["title"], r["description"]) for r in landed(tmp_path)] == [(title, description)]


# --- the warehouse: validate, report, export, refresh ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["postings.jsonl", "warehouse.duckdb", "empty.duckdb"])
@pytest.mark.parametrize("verb", ["validate", "report", "export"])
def test_a_db_that_is_not_duckdb_is_one_line(tmp_path: Path, name: str, verb: str) -> None:
    # DuckDB attaches an existing .jsonl as a fresh in-memory database: a refresh would have loaded into nothing.
    db = tmp_path / name
    db.write_text("" if name.startswith("empty") else LINE + "\n")
    out = ["-o", str(tmp_path / ("out" if verb == "export" else "r.html"))] if verb != "validate" else []
    assert "not a DuckDB database file" in one_error(cli(verb, "--db", str(db), *out))
    assert db.read_text() in ("", LINE + "\n")


def test_refresh_on_a_db_that_is_not_duckdb_stops_before_crawling(tmp_path: Path) -> None:
    db = tmp_path / "dump.jsonl"
    db.write_text(LINE + "\n")
    args = ["--data-dir", str(tmp_path / "data"), "--demo-postings", "5", "--demo-port", str(free_port())]
    assert "not a DuckDB database file" in one_error(run("refresh", "--db", str(db), *args, cwd=tmp_path))
    assert not (tmp_path / "data" / "landing").exists()


def test_refresh_on_a_busy_warehouse_stops_before_crawling_without_tracebacks(tmp_path: Path) -> None:
    data = tmp_path / "data"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from warehouse.db import open_warehouse\n"
         "with open_warehouse(Path(sys.argv[1])):\n    print('ready', flush=True); time.sleep(120)",
         str(data / "warehouse.duckdb")],
        stdout=subprocess.PIPE, text=True, env=ENV,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        args = ["--data-dir", str(data), "--demo-postings", "5", "--demo-port", str(free_port())]
        assert "in use by another process" in one_error(run("refresh", *args, cwd=tmp_path))
        assert not (data / "landing").exists()
    finally:
        holder.kill()
        holder.wait()


def test_validate_on_a_warehouse_without_claims_says_so(tmp_path: Path) -> None:
    from warehouse.db import open_warehouse

    with open_warehouse(tmp_path / "warehouse.duckdb"):
        pass  # migrated, never loaded: what a refresh that failed before its claims leaves
    for fmt in ("table", "json"):
        assert "no claims" in one_error(cli("validate", "--data-dir", str(tmp_path), "--format", fmt))


def test_paths_through_files_and_folders_where_files_go(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert "not a folder" in one_error(cli("refresh", "--data-dir", str(a_file), "--demo-port", str(free_port())))
    assert "--sources names no source" in one_error(cli("refresh", "--data-dir", str(tmp_path), "--sources", ","))
    from warehouse.db import open_warehouse

    with open_warehouse(tmp_path / "warehouse.duckdb"):
        pass
    assert "is a folder" in one_error(cli("report", "--data-dir", str(tmp_path), "-o", str(tmp_path)))
    assert not list(tmp_path.parent.glob(f"{tmp_path.name}*.part"))


# --- cbec crawl -o, cbec evaluate and cbec serve ------------------------------------------------------------------


def test_crawl_output_that_cannot_be_written_is_a_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    out = blocker / "postings.jsonl"  # under a file: Scrapy logs that it cannot store the feed, and exits 0
    proc = run(
        "crawl", "demo", "--data-dir", str(tmp_path / "data"), "--max-items", "3",
        "--demo-postings", "5", "--demo-port", str(free_port()), "-o", str(out), cwd=tmp_path,
    )
    assert "crawl wrote no output file" in one_error(proc, code=1)


def test_evaluate_malformed_gold_files(tmp_path: Path) -> None:
    realdata = tmp_path / "realdata"
    realdata.mkdir()
    write_csv(realdata / "other.csv", [["a"], ["1"]])
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"file": "other.csv", "row": 0}\n{broken\n')
    assert "gold.jsonl:2: not valid JSON" in one_error(cli("evaluate", str(gold), "--realdata", str(realdata)))
    gold.write_bytes('{"file": "other.csv", "row": 0, "education": "本科"}\n'.encode("gbk"))
    assert "not UTF-8" in one_error(cli("evaluate", str(gold), "--realdata", str(realdata)))
    gold.write_text("")
    assert "no gold rows" in one_error(cli("evaluate", str(gold), "--realdata", str(realdata)))
    assert "not a folder" in one_error(cli("evaluate", str(gold), "--realdata", str(gold)))
    # A file no preset maps: every row is an extractor error, which must not pass.
    gold.write_text('{"file": "other.csv", "row": 0, "education": "bachelor"}\n')
    result = cli("evaluate", str(gold), "--realdata", str(realdata))
    assert result.exit_code == 1 and "extractor error other.csv:0" in result.stderr
    # A label of the wrong shape, in a set the extractor reads.
    postings = tmp_path / "postings.jsonl"
    postings.write_text(LINE + "\n", encoding="utf-8")
    gold.write_text('{"file": "postings.jsonl", "row": 0, "skills": 5}\n')
    assert "wrong type" in one_error(cli("evaluate", str(gold), "--realdata", str(realdata)))


def test_serve_against_a_server_that_does_not_answer(tmp_path: Path) -> None:
    proc = run(
        "serve", "--data-dir", str(tmp_path / "data"), cwd=tmp_path,
        env={"PREFECT_API_URL": f"http://127.0.0.1:{free_port()}/api"},
    )
    assert "no Prefect server answers" in one_error(proc)


# --- guards: what worked keeps working ------------------------------------------------------------------------------


def test_guard_clean_input_and_a_plain_import(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(gzip.compress((LINE + "\n").encode("utf-8")))
    out = tmp_path / "out.jsonl"
    assert cli("extract", str(src), "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text("utf-8"))["salary"]["min_monthly"] == 8000.0
    assert not (tmp_path / "out.jsonl.part").exists()
    dump = write_csv(tmp_path / "dump.csv", [HEADER, *ROWS])
    first, second = import_(tmp_path, dump), import_(tmp_path, dump)
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert "2 accepted" in first.stdout and "0 accepted, 0 rejected, 2 already landed" in second.stdout
    assert [r["title"] for r in landed(tmp_path)] == [ROWS[0][0], ROWS[1][0]]
