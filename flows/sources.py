"""The sources a refresh can crawl, and how each is crawled (always as a subprocess: see DESIGN.md)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from crawlers.run import CrawlResult, run_crawl

DEMO_SOURCE = "demo"
DEFAULT_DEMO_POSTINGS = 2000
DEFAULT_DEMO_SEED = 42


@dataclass(frozen=True)
class DemoOptions:
    """Size and seed of the embedded demo board that the `demo` source starts for a run."""

    postings: int = DEFAULT_DEMO_POSTINGS
    seed: int = DEFAULT_DEMO_SEED


class UnknownSource(ValueError):
    """A source name that no spider serves."""


def known_sources() -> list[str]:
    """Names accepted by `--sources`."""
    return [DEMO_SOURCE]


def check_sources(names: list[str]) -> None:
    """Raise :class:`UnknownSource` with a one-line message if any name is not a known source."""
    unknown = [n for n in names if n not in known_sources()]
    if unknown:
        raise UnknownSource(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(known_sources())}")


@contextmanager
def demo_board(options: DemoOptions) -> Iterator[str]:
    """Serve the demo board on 127.0.0.1 for the duration of a crawl; yields its base URL."""
    from crawlers.demo_board.generator import generate_postings
    from crawlers.demo_board.server import DemoBoard

    with DemoBoard(generate_postings(options.postings, options.seed)) as board:
        yield board.base_url


def crawl(
    source: str,
    *,
    data_dir: Path,
    run_id: str,
    demo: DemoOptions,
    max_items: int | None = None,
    output: Path | None = None,
) -> CrawlResult:
    """Crawl one source into the landing zone (or ``output``); failures come back in the result, never raised."""
    check_sources([source])
    with demo_board(demo) as base_url:
        return run_crawl(
            source,
            start_urls=[base_url],
            data_dir=data_dir,
            run_id=run_id,
            max_items=max_items,
            local=True,
            output=output,
        )
