"""The source registry as data (crawlers/sources.json): which spider crawls a source, its live API host, the demo
board's replica of it, and the cross-border search keywords and cities."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class SourceSpec:
    """One configured source."""

    name: str
    spider: str
    replica_site: str
    base_url: str | None = None
    demo: bool = False
    args: dict[str, Any] = field(default_factory=dict)
    boards: tuple[str, ...] = ()
    companies: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _doc() -> dict[str, Any]:
    text = resources.files("crawlers").joinpath("sources.json").read_text(encoding="utf-8")
    doc: dict[str, Any] = json.loads(text)
    return doc


def search_keywords() -> list[str]:
    """The configured cross-border search keywords."""
    return list(_doc()["keywords"])


def search_cities() -> list[str]:
    """The configured search cities."""
    return list(_doc()["cities"])


def sources() -> dict[str, SourceSpec]:
    """Name → spec for every configured source, in file order."""
    out: dict[str, SourceSpec] = {}
    for name, s in _doc()["sources"].items():
        out[name] = SourceSpec(
            name=name,
            spider=s["spider"],
            replica_site=s["replica_site"],
            base_url=s.get("base_url"),
            demo=bool(s.get("demo", False)),
            args=dict(s.get("args", {})),
            boards=tuple(s.get("boards", ())),
            companies=dict(s.get("companies", {})),
        )
    return out


def source_for_spider(spider: str) -> SourceSpec:
    """The spec whose spider is ``spider`` (for a spider's defaults); KeyError if none."""
    for spec in sources().values():
        if spec.spider == spider:
            return spec
    raise KeyError(spider)
