"""The deployment `nightly-refresh` registers on a real Prefect server with its cron schedule in Asia/Shanghai."""

from __future__ import annotations

import asyncio
import os
import socket
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from flows.deployment import CRON, DEPLOYMENT_NAME, TIMEZONE, build_deployment, local_prefect_server
from flows.paths import DataPaths, configure_prefect_env

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_deployment_schedule_on_a_local_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = DataPaths(tmp_path / "data")
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    configure_prefect_env(paths)
    with local_prefect_server(paths, port=_free_port(), timeout_s=120) as api_url:
        monkeypatch.setenv("PREFECT_API_URL", api_url)
        from prefect.client.orchestration import get_client
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings({PREFECT_API_URL: api_url}):
            deployment_id = build_deployment(paths).apply()

            async def read() -> tuple[object, list[object]]:
                async with get_client() as client:
                    deployment = await client.read_deployment(deployment_id)
                    runs = await client.get_scheduled_flow_runs_for_deployments([deployment_id])
                    return deployment, runs

            deployment, runs = asyncio.run(read())
    assert deployment.name == DEPLOYMENT_NAME  # type: ignore[attr-defined]
    (schedule,) = deployment.schedules  # type: ignore[attr-defined]
    assert schedule.schedule.cron == CRON
    assert schedule.schedule.timezone == TIMEZONE
    assert deployment.parameters["data_dir"] == str(paths.data_dir.resolve())  # type: ignore[attr-defined]
    assert os.environ.get("DO_NOT_TRACK") == "1"
    # Upcoming runs the server has scheduled so far (possibly none yet) are each at 02:00 in Shanghai.
    for run in runs:
        local = run.expected_start_time.astimezone(ZoneInfo(TIMEZONE))  # type: ignore[attr-defined]
        assert (local.hour, local.minute) == (2, 0)
