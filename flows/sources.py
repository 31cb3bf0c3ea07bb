"""The sources a refresh can crawl (crawlers/sources.json), and how each is crawled (always as a subprocess: see
DESIGN.md). ``replica=True`` crawls a source against the demo board's replica of its site instead of the live
site; the `demo` source always uses its board."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawlers.demo_board.server import DemoBoard
from crawlers.run import CrawlResult, run_crawl
from crawlers.sources import SourceSpec, sources

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
    """Names accepted by `--sources`: the demo and every source in crawlers/sources.json."""
    return [DEMO_SOURCE, *(n for n in sources() if n != DEMO_SOURCE)]


def check_sources(names: list[str]) -> None:
    """Raise :class:`UnknownSource` with a one-line message if any name is not a known source."""
    unknown = [n for n in names if n not in known_sources()]
    if unknown:
        raise UnknownSource(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(known_sources())}")


def start_demo_board(options: DemoOptions, *, site: str = "jobposting", port: int | None = None) -> DemoBoard:
    """Start the demo board serving ``site`` on 127.0.0.1 (``options.port`` unless ``port`` is given; 0 picks a
    free one) for a crawl; the caller stops it."""
    port = options.port if port is None else port
    board = DemoBoard(n=options.postings, seed=options.seed, port=port, site=site)
    try:
        return board.start()
    except OSError as exc:
        hint = "; pass --demo-port" if port else ""
        raise DemoBoardUnavailable(f"the demo board cannot listen on 127.0.0.1:{port} ({exc.strerror}){hint}") from None


def replica_args(spec: SourceSpec, board: DemoBoard) -> dict[str, Any]:
    """Spider arguments pointing ``spec``'s spider at a running replica (its boards, for Greenhouse and Lever)."""
    from crawlers.replicas.common import board_tokens

    args: dict[str, Any] = {"base_url": board.base_url}
    if spec.spider == "greenhouse":
        args["boards"] = list(board_tokens(board.postings))
    elif spec.spider == "lever":
        args["companies"] = board_tokens(board.postings)
    return args


def crawl(
    source: str,
    *,
    data_dir: Path,
    run_id: str,
    demo: DemoOptions,
    max_items: int | None = None,
    output: Path | None = None,
    replica: bool = False,
) -> CrawlResult:
    """Crawl one source into the landing zone (or ``output``); failures come back in the result, never raised.

    ``replica``: crawl the demo board's replica of the source's site (same seed, same postings) on 127.0.0.1, on a
    free port. The ``demo`` source always crawls its own board, on ``demo.port``.
    """
    check_sources([source])
    spec = None if source == DEMO_SOURCE else sources().get(source)
    if spec is not None and not replica:
        return run_crawl(
            spec.name, spider=spec.spider, data_dir=data_dir, run_id=run_id, max_items=max_items, output=output
        )
    site, port = ("jobposting", None) if spec is None else (spec.replica_site, 0)
    try:
        board = start_demo_board(demo, site=site, port=port)
    except DemoBoardUnavailable as exc:
        return CrawlResult(source, run_id, -1, 0, {}, 0.0, None, error=str(exc))
    try:
        target: dict[str, Any] = (
            {"start_urls": [board.base_url]}
            if spec is None
            else {"spider": spec.spider, "spider_args": replica_args(spec, board)}
        )
        return run_crawl(
            source, data_dir=data_dir, run_id=run_id, max_items=max_items, local=True, output=output, **target
        )
    finally:
        board.stop()
