"""Only one refresh at a time per data directory; the second is refused at once with a clear message."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flows.lock import RefreshBusy, refresh_lock


def test_second_holder_in_another_process_is_refused(tmp_path: Path) -> None:
    lock = tmp_path / "refresh.lock"
    with refresh_lock(lock):
        code = textwrap.dedent(
            f"""
            from pathlib import Path
            from flows.lock import RefreshBusy, refresh_lock
            try:
                with refresh_lock(Path({str(lock)!r})):
                    print("acquired")
            except RefreshBusy as exc:
                print("busy:", exc)
            """
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30).stdout
    assert out.startswith("busy: another refresh is already running")
    assert "pid" in out


def test_lock_is_released_after_use_and_after_errors(tmp_path: Path) -> None:
    lock = tmp_path / "refresh.lock"
    with pytest.raises(ZeroDivisionError), refresh_lock(lock):
        1 / 0  # noqa: B018
    with refresh_lock(lock), pytest.raises(RefreshBusy), refresh_lock(lock):
        pass
