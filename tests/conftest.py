"""Fixtures shared by several test modules."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest

from warehouse.db import apply_migrations


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    """An empty in-memory warehouse with every migration applied."""
    connection = duckdb.connect(":memory:")
    apply_migrations(connection)
    yield connection
    connection.close()
