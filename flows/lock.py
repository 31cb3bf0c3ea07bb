"""One refresh at a time per data directory, refused at once with a clear message rather than a lock traceback."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path


class RefreshBusy(RuntimeError):
    """Another refresh holds the data directory; ``str()`` says which one."""


@contextmanager
def refresh_lock(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive, non-blocking lock on ``lock_file`` for the duration of a refresh.

    The kernel drops the lock when the holder dies, so a killed refresh never leaves a stale lock behind.
    """
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown process"
            raise RefreshBusy(
                f"another refresh is already running on {lock_file.parent} ({holder}); "
                "wait for it to finish or use another --data-dir"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock
