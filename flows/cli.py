"""The `cbec` command line (DESIGN.md's public contract). Heavy imports happen inside commands, so `--help` is quick."""

from __future__ import annotations

import faulthandler
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, BinaryIO

import typer

from flows.paths import DEFAULT_DATA_DIR, DataPaths, configure_prefect_env

app = typer.Typer(
    name="cbec",
    help="Cross-border e-commerce talent demand: crawl job postings, extract, warehouse, test the white paper.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    # Plain Click messages: a usage error is an "Error: ..." line an operator's log can grep, not a framed box.
    rich_markup_mode=None,
)

DataDirOpt = Annotated[
    Path, typer.Option("--data-dir", help="Data directory (landing zone, warehouse, reports).")
]
DbOpt = Annotated[
    Path | None, typer.Option("--db", help="Warehouse file [default: DATA_DIR/warehouse.duckdb].")
]


class UserError(Exception):
    """A mistake in the user's input or environment: reported in one line, exit code 2."""


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a one-line error to stderr and return the Exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can cause (and fix) into one line and a non-zero exit, never a traceback."""
    from flows.lock import RefreshBusy
    from flows.sources import UnknownSource
    from warehouse.db import WarehouseBusy, WarehouseOutdated, WarehouseUnusable

    try:
        yield
    except (UserError, RefreshBusy, WarehouseBusy, WarehouseOutdated, WarehouseUnusable, UnknownSource) as exc:
        raise fail(str(exc)) from None
    except FileNotFoundError as exc:
        raise fail(f"file not found: {exc.filename}") from None
    except PermissionError as exc:
        raise fail(f"permission denied: {exc.filename}") from None
    except OSError as exc:
        if exc.filename is None:  # not about a path the user gave: a bug or the machine, keep its traceback
            raise
        if isinstance(exc, NotADirectoryError) or (
            isinstance(exc, FileExistsError) and not Path(exc.filename).is_dir()
        ):
            raise fail(f"a part of this path is a file, not a folder: {exc.filename}") from None
        # A read-only file system, a folder where a file must be, a full disk: the user's to fix, in one line.
        raise fail(f"{exc.strerror or exc}: {_os_path(exc)}") from None


def _os_path(exc: OSError) -> str:
    """The path(s) an OSError names, as the user wrote them."""
    return str(exc.filename) + (f" → {exc.filename2}" if exc.filename2 else "")


@app.command()
def refresh(
    data_dir: DataDirOpt = DEFAULT_DATA_DIR,
    db: DbOpt = None,
    sources: Annotated[str | None, typer.Option(help="Comma-separated sources [default: demo].")] = None,
    demo_postings: Annotated[int, typer.Option(min=1, help="Postings served by the demo board.")] = 2000,
    demo_seed: Annotated[int, typer.Option(help="Seed of the demo board's generator.")] = 42,
    demo_port: Annotated[
        int, typer.Option(min=1, max=65535, help="Port of the demo board (127.0.0.1).")
    ] = 8765,
    as_of: Annotated[
        str | None, typer.Option(help="Business date of the run, YYYY-MM-DD [default: today, Asia/Shanghai].")
    ] = None,
    replica: Annotated[
        bool, typer.Option("--replica", help="Crawl each source's local replica (demo board), not the live site.")
    ] = False,
    busy_wait: Annotated[
        float,
        typer.Option(
            min=0, metavar="SECONDS", help="Wait this long for another process to let go of the warehouse, then fail."
        ),
    ] = 600,
) -> None:
    """The nightly job end to end: crawl, process, load, indicators, claims, report."""
    paths = DataPaths(data_dir, db)
    with user_errors():
        names = [s.strip() for s in sources.split(",") if s.strip()] if sources is not None else None
        from flows.sources import check_sources

        if names is not None and not names:  # `--sources "$EMPTY"` must not quietly crawl the demo board
            raise UserError("--sources names no source")
        if names:
            check_sources(names)
        try:
            day = date.fromisoformat(as_of) if as_of else None
        except ValueError:
            raise UserError(f"--as-of must be a date like 2026-11-25, got {as_of!r}") from None
        from flows.lock import refresh_lock

        with refresh_lock(paths.lock_file):
            from warehouse.db import open_warehouse

            # The warehouse must open for writing before anything is crawled: busy, not a DuckDB file or in a
            # read-only folder is said here in one line, not after the crawl under the flow's task tracebacks.
            with open_warehouse(paths.db):
                pass
            configure_prefect_env(paths)
            from flows.nightly import nightly_refresh

            summary = nightly_refresh(
                sources=names,
                data_dir=str(paths.data_dir),
                db=str(paths.db),
                demo_postings=demo_postings,
                demo_seed=demo_seed,
                demo_port=demo_port,
                as_of=day,
                replica=replica,
                lock_held=True,
                busy_wait_s=busy_wait,
            )
    load = summary.load
    typer.echo(
        f"run {summary.run_id} {summary.status}: {summary.n_landed} landed, {summary.n_extracted} extracted, "
        f"{summary.n_rejected} rejected"
        + (f"; {load.n_new} new, {load.n_updated} updated, {load.n_unchanged} unchanged" if load else "")
    )
    for error in summary.errors:
        typer.echo(f"  error: {error}", err=True)
    for flag in summary.health_flags:
        typer.echo(f"  source health: {flag}", err=True)
    typer.echo(f"warehouse: {paths.db}")
    if summary.report:
        typer.echo(f"report:    {summary.report}")
    if summary.status != "success":
        raise typer.Exit(1 if summary.status == "failed" else 3)


@app.command()
def crawl(
    source: Annotated[str, typer.Argument(help="Source to crawl (see `cbec refresh --sources`).")],
    data_dir: DataDirOpt = DEFAULT_DATA_DIR,
    max_items: Annotated[int | None, typer.Option(min=1, help="Stop after this many postings.")] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write JSONL here, not the landing zone.")
    ] = None,
    demo_postings: Annotated[int, typer.Option(min=1)] = 2000,
    demo_seed: Annotated[int, typer.Option()] = 42,
    demo_port: Annotated[int, typer.Option(min=1, max=65535)] = 8765,
    resume: Annotated[
        bool, typer.Option(help="Resumable: keep the queue in DATA_DIR/jobs/SOURCE; stop with one Ctrl-C/SIGTERM.")
    ] = False,
    replica: Annotated[
        bool, typer.Option("--replica", help="Crawl each source's local replica (demo board), not the live site.")
    ] = False,
) -> None:
    """Run one spider into the landing zone (or a file)."""
    import os
    from datetime import UTC, datetime

    if resume:  # read by crawlers/settings.py in the crawl subprocess (the environment is inherited)
        os.environ["CBEC_JOBDIR"] = "auto"

    from flows.sources import DemoOptions
    from flows.sources import crawl as crawl_source

    with user_errors():
        run_id = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-crawl"
        result = crawl_source(
            source,
            data_dir=data_dir,
            run_id=run_id,
            demo=DemoOptions(demo_postings, demo_seed, demo_port),
            max_items=max_items,
            output=output,
            replica=replica,
        )
    if result.error:
        raise fail(f"crawl of {source} failed: {result.error}", code=1)
    typer.echo(f"{source}: {result.items} postings → {output or result.landing_path}")


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _input_lines(path: Path | None) -> Iterator[str | bytes]:
    """The input's lines (file, .gz or stdin) as bytes, each decoded on its own by the parser, so a line that is
    not UTF-8 is rejected with its number instead of being read with replacement characters unseen. A file
    with a UTF-16 byte-order mark (Windows tools' "Unicode") is read as text. Input that cannot be read to its
    end (a .gz that is not gzip, or cut short) raises :class:`UserError` naming the line it stopped after."""
    import gzip
    import io
    import zlib

    stream: BinaryIO | io.BufferedIOBase
    if path is None or str(path) == "-":
        name, stream = "stdin", sys.stdin.buffer
    elif path.suffix == ".gz":
        name, stream = str(path), gzip.open(path, "rb")  # noqa: SIM115 - closed below
    else:
        name, stream = str(path), path.open("rb")
    n = 0
    try:
        peek = getattr(stream, "peek", None)
        head = peek(2)[:2] if peek else b""
        lines: Iterable[str | bytes] = io.TextIOWrapper(stream, encoding="utf-16") if head in _UTF16_BOMS else stream
        for line in lines:
            n += 1
            yield line
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read {name} past line {n}: {exc}") from None
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


@app.command()
def extract(
    input_path: Annotated[
        Path | None, typer.Argument(metavar="[IN]", help="Raw-posting JSONL (.gz ok) [default: stdin].")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Extracted JSONL [default: stdout].")
    ] = None,
) -> None:
    """Raw postings in, extracted postings out (JSONL; no database; deterministic)."""
    import os

    from pipeline.process import dumps, extract_lines

    n_ok = n_bad = 0
    with user_errors():
        if input_path is not None and str(input_path) != "-":
            if input_path.is_dir():
                raise UserError(f"input is a folder, not a file: {input_path}")
            if not input_path.exists():  # a FIFO (`<(zcat …)`) or /dev/stdin is fine: not only regular files
                raise UserError(f"input file not found: {input_path}")
        if output is not None and output.is_dir():
            raise UserError(f"-o {output} is a folder; name the file to write")
        # OUT is written beside itself and renamed into place once the input is read to its end: an interrupted or
        # failed run leaves OUT as it was (and OUT may be the input itself), never half written.
        part = output.with_name(output.name + ".part") if output else None
        if part is not None:
            part.parent.mkdir(parents=True, exist_ok=True)
        sink: BinaryIO = part.open("wb") if part else sys.stdout.buffer
        done = renamed = False
        # Ctrl-C may land anywhere, the closing and renaming included (the input's end and the signal can come
        # together): the outer handler sees to it that OUT is either as it was or complete, never half written.
        try:
            try:
                for result in extract_lines(_input_lines(input_path)):
                    if result.record is None:
                        n_bad += 1
                        typer.echo(f"line {result.lineno}: {result.error}", err=True)
                        continue
                    n_ok += 1
                    sink.write(dumps(result.record) + b"\n")
                done = True
            finally:
                if part is not None:
                    sink.close()
                    if done:
                        os.replace(part, output)  # type: ignore[arg-type]  # part is set only with output
                        renamed = True
                    else:
                        part.unlink(missing_ok=True)
        except KeyboardInterrupt:
            if part is not None and not renamed:
                part.unlink(missing_ok=True)
            kept = "" if output is None else f"; {output} {'written in full' if renamed else 'left as it was'}"
            raise fail(f"interrupted{kept}", code=130) from None
    if n_bad:
        typer.echo(f"{n_ok} postings extracted, {n_bad} lines rejected", err=True)
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold label files (JSONL), e.g. tests/gold/*.jsonl.")],
    realdata: Annotated[
        Path, typer.Option("--realdata", help="Folder of the real-data files the gold rows point into.")
    ] = Path("../shared/realdata"),
    mismatches: Annotated[int, typer.Option(help="Mismatches to print per failing field.")] = 0,
) -> None:
    """Per-field accuracy, precision, recall and F1 of the extractors on a hand-annotated gold set."""
    from nlp.evaluate import evaluate as run_evaluation
    from nlp.evaluate import format_table

    with user_errors():
        for path in gold:
            if not path.exists():
                raise UserError(f"not found: {path}")
        # Gold rows may all point at raw postings beside their gold file: --realdata is then never read.
        if realdata.exists() and not realdata.is_dir():
            raise UserError(f"--realdata {realdata} is not a folder")
        try:
            results = run_evaluation(gold, realdata)
        except (IndexError, KeyError) as exc:
            raise UserError(f"gold set does not fit the real data: {exc}") from None
        except ValueError as exc:
            raise UserError(f"bad gold set: {exc}") from None
        if not results["rows"]:  # an empty gold file would pass every bar
            raise UserError(f"no gold rows in {', '.join(map(str, gold))}")
    typer.echo(format_table(results))
    for error in results["errors"]:
        typer.echo(f"  extractor error {error['file']}:{error['row']}: {error['error']}", err=True)
    if mismatches:
        for name, res in results["fields"].items():
            if not res["pass"]:
                for miss in res["mismatches"][:mismatches]:
                    typer.echo(
                        f"  {name} {miss['file']}:{miss['row']} expected {miss['expected']} got {miss['got']}"
                    )
    if results["errors"] or any(not res["pass"] for res in results["fields"].values()):
        raise typer.Exit(1)


class Format(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


def _claims(db: Path) -> list[dict[str, Any]]:
    from warehouse.claims import CLAIM_ORDER
    from warehouse.db import open_warehouse

    if not db.exists():
        raise UserError(f"no warehouse at {db}: run `cbec refresh` first")
    with open_warehouse(db, read_only=True) as con:
        rel = con.sql(f"select * from claims order by {CLAIM_ORDER}")
        claims = [dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()]
    if not claims:  # a warehouse no refresh has finished: an empty table would read as a result
        raise UserError(f"no claims in {db} yet: run `cbec refresh` first")
    return claims


def _pct(value: Any) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


@app.command("import")
def import_(
    path: Annotated[Path, typer.Argument(help="CSV, JSONL or XLSX dump of postings.")],
    source: Annotated[str, typer.Option("--source", help="Source name to land the postings under.")],
    data_dir: DataDirOpt = DEFAULT_DATA_DIR,
    mapping: Annotated[
        Path | None,
        typer.Option("--mapping", help="JSON mapping of raw fields to columns [default: a preset]."),
    ] = None,
) -> None:
    """Bring a dump from another scraper into the landing zone (personal data masked; idempotent)."""
    from pipeline.importer import ImportError_, import_file

    with user_errors():
        try:
            result = import_file(path, source, data_dir, mapping)
        except ImportError_ as exc:
            raise UserError(str(exc)) from None
    for rownum, reason in result.rejected[:50]:
        typer.echo(f"row {rownum}: {reason}", err=True)
    if len(result.rejected) > 50:
        typer.echo(f"... and {len(result.rejected) - 50} more rejected rows", err=True)
    typer.echo(
        f"{path.name} ({result.mapping}): {result.accepted} accepted, {len(result.rejected)} rejected, "
        f"{result.already_landed} already landed"
        + (f" → {result.landing_path}" if result.landing_path else "")
    )
    if result.rejected and not (result.accepted or result.already_landed):
        raise typer.Exit(1)  # not one row of the file is in the landing zone: the import failed


def _verdict_text(claim: dict[str, Any]) -> str:
    """The verdict as the table prints it: a claim without a threshold (C10) is said plainly to be untestable."""
    from warehouse.claims import not_testable

    if not_testable(claim):
        return f"not testable from postings; demand volume {claim['n']}"
    return str(claim["verdict"])


@app.command()
def validate(
    data_dir: DataDirOpt = DEFAULT_DATA_DIR,
    db: DbOpt = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
) -> None:
    """Print the white paper claims table: value, 95% CI, n, threshold, verdict."""
    with user_errors():
        claims = _claims(DataPaths(data_dir, db).db)
    if fmt is Format.json:
        typer.echo(json.dumps(claims, ensure_ascii=False, default=str, indent=2))
        return
    header = ["claim", "metric", "value", "95% CI", "n", "threshold", "verdict"]
    rows = [
        [
            c["claim_id"],
            c["metric"],
            _pct(c["value"]),
            "–" if c["ci_low"] is None else f"{_pct(c['ci_low'])}–{_pct(c['ci_high'])}",
            "–" if c["n"] is None else str(c["n"]),
            _pct(c["threshold"]),
            _verdict_text(c),
        ]
        for c in claims
    ]
    if fmt is Format.markdown:
        typer.echo("| " + " | ".join(header) + " |")
        typer.echo("|" + "---|" * len(header))
        for row in rows:
            typer.echo("| " + " | ".join(row) + " |")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*header, title="White paper claims")
    for row in rows:
        table.add_row(*row)
    Console().print(table)


@app.command()
def report(
    data_dir: DataDirOpt = DEFAULT_DATA_DIR,
    db: DbOpt = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("report.html"),
) -> None:
    """Write one self-contained HTML report (charts inline, readable offline)."""
    from flows.report import write_report

    with user_errors():
        path = DataPaths(data_dir, db).db
        if not path.exists():
            raise UserError(f"no warehouse at {path}: run `cbec refresh` first")
        if output.is_dir():
            raise UserError(f"-o {output} is a folder; name the HTML file to write")
        typer.echo(f"report: {write_report(path, output)}")


@app.command()
def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder to write (replaced whole, atomically).")],
    data_dir: DataDirOpt = DEFAULT_DATA_DIR,
    db: DbOpt = None,
) -> None:
    """Write the public views as hive-partitioned Parquet, for readers who must not wait for the writer."""
    from warehouse.db import WarehouseOutdated
    from warehouse.export import ExportTargetError, export_views

    with user_errors():
        path = DataPaths(data_dir, db).db
        if not path.exists():
            raise UserError(f"no warehouse at {path}: run `cbec refresh` first")
        try:
            counts = export_views(path, output)
        except (ExportTargetError, WarehouseOutdated) as exc:
            raise UserError(str(exc)) from None
    typer.echo(f"exported {len(counts)} views ({counts.get('postings', 0)} postings) → {output}")


@app.command()
def serve(data_dir: DataDirOpt = DEFAULT_DATA_DIR, db: DbOpt = None) -> None:
    """Serve the Prefect deployment `nightly-refresh` (cron 0 2 * * *, Asia/Shanghai). Needs a Prefect server."""
    paths = DataPaths(data_dir, db)
    configure_prefect_env(paths)
    from flows.deployment import ServerUnavailable, serve_nightly

    with user_errors():
        try:
            serve_nightly(paths)
        except ServerUnavailable as exc:
            raise UserError(str(exc)) from None


@app.command("demo-board")
def demo_board(
    port: Annotated[int, typer.Option(min=0, max=65535)] = 8765,
    postings: Annotated[int, typer.Option(min=1)] = 2000,
    seed: Annotated[int, typer.Option()] = 42,
    faults: Annotated[
        str, typer.Option(help="Fault switches, e.g. http429,gbk:p=0.5 (crawlers/demo_board/faults.py).")
    ] = "",
) -> None:
    """Run the demo job board alone on 127.0.0.1 until interrupted."""
    from crawlers.demo_board.faults import check_faults
    from crawlers.demo_board.server import serve_forever

    with user_errors():
        try:
            names = check_faults([f for f in faults.split(",") if f.strip()])
        except ValueError as exc:
            raise UserError(str(exc)) from None
        try:
            serve_forever(host="127.0.0.1", port=port, n=postings, seed=seed, faults=names)
        except OSError as exc:
            raise UserError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from None


def main() -> None:
    """Console entry point."""
    # A crash in native code (DuckDB, the compiled extractors, Rust automata) then leaves the Python stacks of
    # every thread on stderr, in the operator's log, instead of a bare signal number.
    faulthandler.enable()
    app()


if __name__ == "__main__":  # `python -m flows.cli …` ran nothing before (the evaluate command of the briefs)
    main()
