"""Opening the warehouse file: storage format, the one-writer lock, and schema migrations.

The file is created in DuckDB's v1.5.0 storage format so analysts' DuckDB 1.5 CLI can open it (1.5 cannot
read a file in 2.0's default format). Migrations are the numbered ``warehouse/sql/NNN_*.sql`` files, applied
in order, each in its own transaction with its ``schema_version`` row, so an old file is upgraded in place.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

CATALOG = "wh"
STORAGE_VERSION = "v1.5.0"
MEMORY_LIMIT = "512MB"  # DuckDB's buffer cap; the process adds Python's share and unmanaged memory (see bench)
_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
_LOCK_PID = re.compile(r"\(PID (\d+)\)")
_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")
_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file, after the header's checksum

_SCHEMA_VERSION_DDL = """
create table if not exists schema_version (
    version     integer primary key,
    name        varchar not null,
    checksum    varchar not null,
    applied_at  timestamptz not null default current_timestamp
)
"""


class WarehouseBusy(RuntimeError):
    """The warehouse file is locked by another process (DuckDB allows one writer, and no reader beside it)."""

    def __init__(self, path: Path, pid: int | None) -> None:
        who = f"pid {pid}" if pid is not None else "pid unknown"
        super().__init__(
            f"warehouse {path} is in use by another process ({who}); try again when it finishes, "
            "or read the Parquet export"
        )
        self.path = path
        self.pid = pid


class WarehouseOutdated(RuntimeError):
    """A read-only open found migrations that have not been applied yet."""


class WarehouseUnusable(RuntimeError):
    """The warehouse path is not a DuckDB file, or cannot be opened (a read-only folder); ``str()`` is one line."""


@dataclass(frozen=True)
class Migration:
    """One numbered schema migration file."""

    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        """SHA-256 of the file text, recorded so a later audit can spot an edited migration."""
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()


def read_sql(relative: str) -> str:
    """Text of a packaged SQL file, e.g. ``read_sql("load/20_stage.sql")``, without a trailing semicolon."""
    text = resources.files("warehouse").joinpath("sql", *relative.split("/")).read_text(encoding="utf-8")
    return text.strip().rstrip(";").strip()


def execute_sql(con: duckdb.DuckDBPyConnection, sql: str, params: Mapping[str, object] | None = None) -> None:
    """Run one statement, passing only the named ``$parameters`` its code (not its comments) mentions."""
    used = sql_params(sql)
    con.execute(sql, {k: v for k, v in (params or {}).items() if k in used})


def sql_params(sql: str) -> set[str]:
    """The named ``$parameters`` a statement's code mentions (comment lines skipped)."""
    code = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    return set(_PARAM.findall(code))


@contextmanager
def arrow_scan(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> Iterator[None]:
    """Expose ``table`` to SQL as ``name`` for a single scan (one statement that reads it once).

    Handed over as a RecordBatchReader, not as the table: DuckDB keeps every Python object registered inside a
    transaction alive until the transaction ends, unregistered or not, so a million-record load kept all of its
    Arrow chunks (about 4 GB); a consumed reader holds no data.
    """
    con.register(name, pa.RecordBatchReader.from_batches(table.schema, table.to_batches()))
    try:
        yield
    finally:
        con.unregister(name)


def migrations() -> list[Migration]:
    """All packaged migrations in version order."""
    found = []
    for entry in resources.files("warehouse").joinpath("sql").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration numbers in warehouse/sql: {versions}")
    return found


def applied_versions(con: duckdb.DuckDBPyConnection) -> set[int]:
    """Versions recorded in ``schema_version`` (empty when the table does not exist yet)."""
    exists = con.execute(
        "select count(*) from duckdb_tables() where database_name = current_database() "
        "and schema_name = current_schema() and table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not exists:
        return set()
    return {row[0] for row in con.execute("select version from schema_version").fetchall()}


def apply_migrations(con: duckdb.DuckDBPyConnection, *, upto: int | None = None) -> list[str]:
    """Apply pending migrations (up to version ``upto`` when given) in order; return the names applied."""
    con.execute(_SCHEMA_VERSION_DDL)
    done = applied_versions(con)
    applied: list[str] = []
    for migration in migrations():
        if migration.version in done or (upto is not None and migration.version > upto):
            continue
        con.execute("begin transaction")
        try:
            con.execute(migration.sql)
            con.execute(
                "insert into schema_version (version, name, checksum) values ($1, $2, $3)",
                [migration.version, migration.name, migration.checksum],
            )
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        applied.append(migration.name)
    return applied


def _check_duckdb_file(db_path: Path) -> None:
    """Refuse an existing file that is not a DuckDB database (its magic bytes "DUCK" at offset 8): DuckDB attaches
    some (a .jsonl or .csv path) as a fresh in-memory database, so a run would load into it and lose everything."""
    if db_path.is_dir():
        raise WarehouseUnusable(f"warehouse {db_path} is a folder; --db names the DuckDB file")
    if db_path.is_file():
        with db_path.open("rb") as fh:
            head = fh.read(12)
        if head[8:12] != _DUCKDB_MAGIC:
            raise WarehouseUnusable(f"{db_path} is not a DuckDB database file; --db names the warehouse file")


def _attach(con: duckdb.DuckDBPyConnection, db_path: Path, read_only: bool) -> None:
    _check_duckdb_file(db_path)
    path_literal = str(db_path).replace("'", "''")
    options = "READ_ONLY" if read_only else f"STORAGE_VERSION '{STORAGE_VERSION}'"
    try:
        con.execute(f"ATTACH '{path_literal}' AS {CATALOG} ({options})")
    except duckdb.IOException as exc:
        message = str(exc)
        if "Could not set lock" in message or "Conflicting lock" in message:
            match = _LOCK_PID.search(message)
            raise WarehouseBusy(db_path, int(match.group(1)) if match else None) from None
        # A read-only folder or file system, a damaged file: the operator's to fix, said in DuckDB's words.
        raise WarehouseUnusable(f"cannot open warehouse {db_path}: {message.splitlines()[0]}") from None
    con.execute(f"USE {CATALOG}")


@contextmanager
def open_warehouse(db_path: Path, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open (creating if missing) the warehouse at ``db_path`` and yield a connection with it as the default.

    Writers get pending migrations applied first. Raises :class:`WarehouseBusy` when another process holds the
    file, FileNotFoundError for a read-only open of a missing file, and :class:`WarehouseOutdated` for a
    read-only open of a file whose schema is behind this code.
    """
    db_path = Path(db_path)
    if read_only and not db_path.exists():
        raise FileNotFoundError(f"no warehouse at {db_path}")
    if not read_only:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    # The main database is in memory; the warehouse is ATTACHed so its storage version can be chosen. A memory
    # cap with a spill directory beside the file keeps big loads within budget on small machines.
    con = duckdb.connect(
        ":memory:",
        config={
            "memory_limit": MEMORY_LIMIT,
            "temp_directory": str(db_path) + ".tmp",
            "preserve_insertion_order": False,
        },
    )
    # Long loads would otherwise draw DuckDB's progress bar on stdout, which callers may be parsing (a session
    # setting: DuckDB refuses it in the connect config).
    con.execute("set enable_progress_bar = false")
    try:
        _attach(con, db_path, read_only)
        if read_only:
            pending = {m.version for m in migrations()} - applied_versions(con)
            if pending:
                raise WarehouseOutdated(
                    f"warehouse {db_path} needs migrations {sorted(pending)}; open it once for writing "
                    "(e.g. `cbec refresh`) to upgrade it"
                )
        else:
            apply_migrations(con)
        yield con
    finally:
        con.close()
