"""Faithful local replicas of real job sites, served by the demo board over real HTTP on 127.0.0.1.

Each replica serves the demo generator's postings in its site's own protocol (the same paths, parameters and
JSON or HTML shapes the live site uses), so a spider is tested against the protocol it will meet live. The demo
board's own schema.org site is the site "jobposting".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from crawlers.demo_board.generator import DemoPosting

AppFactory = Callable[[Sequence["DemoPosting"], int], web.Application]


# Replicas of real sites (crawlers/replicas/<site>.py); each also has a "<site>-blocked" variant answering every
# request with the site's login wall, captcha or security check.
REAL_SITES = ("job51", "boss", "liepin", "zhaopin", "greenhouse", "lever")


def site_factories() -> dict[str, AppFactory]:
    """Site name → application factory (postings, page_size) → aiohttp app. Imported lazily, per call."""
    from functools import partial
    from importlib import import_module

    from crawlers.demo_board.server import make_app

    factories: dict[str, AppFactory] = {"jobposting": make_app}
    for site in REAL_SITES:
        module = import_module(f"crawlers.replicas.{site}")
        factories[site] = module.make_app
        factories[f"{site}-blocked"] = partial(module.make_app, blocked=True)
    return factories


def make_site_app(site: str, postings: Sequence[DemoPosting], page_size: int) -> web.Application:
    """The application serving ``site``; a one-line ValueError for an unknown site."""
    factories = site_factories()
    if site not in factories:
        raise ValueError(f"unknown demo site {site!r}; known: {', '.join(sorted(factories))}")
    return factories[site](postings, page_size)
