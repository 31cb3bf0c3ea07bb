"""The sources a refresh can crawl, and how each is crawled (always as a subprocess: see DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crawlers.demo_board.server import DemoBoard
from crawlers.run import CrawlResult, run_crawl

DEMO_SOURCE = "demo"
DEFAULT_DEMO_POSTINGS = 2000
DEFAULT_DEMO_SEED = 42
# A fixed port, the same as `cbec demo-board`'s: posting URLs are part of a posting's record, so an ephemeral port
# would make every night's URLs (and so the postings) look changed, and the stored URLs open against the board.
DEFAULT_DEMO_PORT = 8765


@dataclass(frozen=True)
class DemoOptions:
    """Size and seed of the embedded demo board that the `demo` source starts for a run."""

    postings: int = DEFAULT_DEMO_POSTINGS
    seed: int = DEFAULT_DEMO_SEED
    port: int = DEFAULT_DEMO_PORT


class UnknownSource(ValueError):
    """A source name that no spider serves."""


class DemoBoardUnavailable(RuntimeError):
    """The demo board could not start (its port is taken)."""


def known_sources() -> list[str]:
    """Names accepted by `--sources`."""
    return [DEMO_SOURCE]


def check_sources(names: list[str]) -> None:
    """Raise :class:`UnknownSource` with a one-line message if any name is not a known source."""
    unknown = [n for n in names if n not in known_sources()]
    if unknown:
        raise UnknownSource(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(known_sources())}")


def start_demo_board(options: DemoOptions) -> DemoBoard:
    """Start the demo board on 127.0.0.1 for a crawl; the caller stops it."""
    board = DemoBoard(n=options.postings, seed=options.seed, port=options.port)
    try:
        return board.start()
    except OSError as exc:
        raise DemoBoardUnavailable(
            f"the demo board cannot listen on 127.0.0.1:{options.port} ({exc.strerror}); pass --demo-port"
        ) from None


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
    try:
        board = start_demo_board(demo)
    except DemoBoardUnavailable as exc:
        return CrawlResult(source, run_id, -1, 0, {}, 0.0, None, error=str(exc))
    try:
        return run_crawl(
            source,
            start_urls=[board.base_url],
            data_dir=data_dir,
            run_id=run_id,
            max_items=max_items,
            local=True,
            output=output,
        )
    finally:
        board.stop()
