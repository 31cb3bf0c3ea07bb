"""Where a run keeps its files, and the environment that keeps Prefect local and quiet."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = Path("data")


@dataclass(frozen=True)
class DataPaths:
    """Every location derived from one data directory (DESIGN.md: `--data-dir` and `--db`)."""

    data_dir: Path
    db_override: Path | None = None

    @property
    def db(self) -> Path:
        """The warehouse file: `--db` if given, else DATA_DIR/warehouse.duckdb."""
        return self.db_override or self.data_dir / "warehouse.duckdb"

    @property
    def landing(self) -> Path:
        """Root of the landing zone (one folder per source)."""
        return self.data_dir / "landing"

    @property
    def reports(self) -> Path:
        """Where each refresh writes its report."""
        return self.data_dir / "reports"

    @property
    def prefect_home(self) -> Path:
        """Prefect's own state (its SQLite database, profiles), kept with the data, not in the user's home."""
        return self.data_dir / "prefect"

    @property
    def lock_file(self) -> Path:
        """Held by the one refresh that may run at a time on this data directory."""
        return self.data_dir / "refresh.lock"


def configure_prefect_env(paths: DataPaths) -> None:
    """Keep Prefect local: its own home under the data directory, analytics and telemetry off.

    Must run before `prefect` is imported, since Prefect reads some settings at import time. Values the operator
    set explicitly (a real server's PREFECT_API_URL, say) are left alone.
    """
    paths.prefect_home.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(paths.prefect_home.resolve()))
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    os.environ["DO_NOT_TRACK"] = "1"
    # The temporary API server a local run starts needs more than Prefect's default 20 s on a busy 2-core machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    # Prefect would otherwise check for updates and fetch UI assets: nothing leaves the machine.
    os.environ.setdefault("PREFECT_UI_ENABLED", "false")
