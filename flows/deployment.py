"""The deployment `nightly-refresh`: the flow on a cron schedule in China's time zone, served by a real server.

A cron schedule fires only against a real Prefect server (on the ephemeral API `serve` warns and never fires), so
when no PREFECT_API_URL is configured, `cbec serve` starts a local one on 127.0.0.1 with its state under the data
directory, and stops it on exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flows.paths import DataPaths

DEPLOYMENT_NAME = "nightly-refresh"
CRON = "0 2 * * *"
TIMEZONE = "Asia/Shanghai"
DEFAULT_SERVER_PORT = 4200


class ServerUnavailable(RuntimeError):
    """The Prefect server to serve against does not answer, or the local one did not start; ``str()`` is one line."""


def _health_status(api_url: str, timeout_s: float) -> int | None:
    """The HTTP status of the API's /health (an error status included), or None when nothing answers."""
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout_s) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return None


def _healthy(api_url: str) -> bool:
    return _health_status(api_url, timeout_s=1) == 200


def _answers(api_url: str) -> bool:
    """Whether anything answers HTTP at the API's address (an error status is an answer: Prefect Cloud wants a
    key for /health); a refused or timed-out connection is not, and would end `serve` in a traceback."""
    return _health_status(api_url, timeout_s=5) is not None


@contextmanager
def local_prefect_server(
    paths: DataPaths, port: int = DEFAULT_SERVER_PORT, timeout_s: float = 60
) -> Iterator[str]:
    """Start `prefect server start` on 127.0.0.1:port for the duration; yields its API URL."""
    api_url = f"http://127.0.0.1:{port}/api"
    log_path = paths.prefect_home / "server.log"
    with log_path.open("ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PREFECT_API_URL": ""},
        )
    try:
        deadline = time.monotonic() + timeout_s
        while not _healthy(api_url):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise ServerUnavailable(f"the local Prefect server did not start; see {log_path}")
            time.sleep(0.5)
        yield api_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def build_deployment(paths: DataPaths) -> Any:
    """The deployment object: flow, schedule with its time zone, and the parameters the schedule runs with."""
    from prefect.schedules import Cron

    from flows.nightly import nightly_refresh

    parameters = {"data_dir": str(Path(paths.data_dir).resolve()), "db": str(paths.db.resolve())}
    return nightly_refresh.to_deployment(
        name=DEPLOYMENT_NAME,
        schedule=Cron(CRON, timezone=TIMEZONE, parameters=parameters),
        parameters=parameters,
        description="Crawl every configured source, load the warehouse, recompute indicators and claims, report.",
    )


def serve_nightly(paths: DataPaths) -> None:
    """Serve the deployment until interrupted, against PREFECT_API_URL or a local server started here."""
    from prefect import serve

    api_url = os.environ.get("PREFECT_API_URL")
    if api_url:
        if not _answers(api_url.rstrip("/")):
            raise ServerUnavailable(f"no Prefect server answers at PREFECT_API_URL={api_url}; start it or unset it")
        serve(build_deployment(paths))
        return
    with local_prefect_server(paths) as api_url:
        os.environ["PREFECT_API_URL"] = api_url
        serve(build_deployment(paths))
