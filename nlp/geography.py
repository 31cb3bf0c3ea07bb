"""Reference geography loaded from the package's data files (nlp/data/).

Administrative divisions, NBS regions, cross-border e-commerce pilot zones, industrial belts, foreign
countries and the curated area aliases (development zones, former names, pinyin). Loaded once, lazily, with
importlib.resources.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

_DATA = "nlp.data"


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative unit: a province, a prefecture-level city or a county-level unit."""

    adcode: str
    level: str  # province | city | county
    name: str
    parent_adcode: str
    kind: str  # province | municipality | sar | city | province_direct | county
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Belt:
    """An industrial belt tied to cross-border e-commerce (WHITEPAPER.md)."""

    place: str
    level: str  # city | county | town
    adcode: str
    products: tuple[str, ...]
    town: str | None = None


@dataclass(slots=True)
class Geography:
    """Every reference table the location parser needs, indexed for lookup."""

    divisions: dict[str, Division]
    area_aliases: dict[str, str]  # alias -> adcode (Chinese, or lowercase Latin for pinyin names)
    region_by_province: dict[str, str]
    pilot_adcodes: frozenset[str]
    belts: tuple[Belt, ...]
    countries: dict[str, str]  # Chinese country name -> ISO alpha-2
    foreign_cities: dict[str, str]  # Chinese foreign city name -> ISO alpha-2
    english_places: dict[str, str]  # lowercase English country/city name -> ISO alpha-2
    district_priors: dict[str, tuple[str, tuple[str, ...]]]  # shared district name -> (preferred, rivals)
    ancestors: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def chain(self, adcode: str) -> tuple[str, ...]:
        """The adcode and its ancestors, most specific first."""
        return self.ancestors[adcode]


def _text(name: str) -> str:
    return resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")


def _json(name: str) -> Any:
    return json.loads(_text(name))


def _divisions() -> dict[str, Division]:
    out: dict[str, Division] = {}
    for row in csv.DictReader(io.StringIO(_text("admin_divisions.csv"))):
        aliases = tuple(a for a in row["aliases"].split("|") if a)
        out[row["adcode"]] = Division(
            row["adcode"], row["level"], row["name"], row["parent_adcode"], row["kind"], aliases
        )
    return out


def _ancestors(divisions: dict[str, Division]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for code in divisions:
        chain = [code]
        parent = divisions[code].parent_adcode
        while parent:
            chain.append(parent)
            parent = divisions[parent].parent_adcode
        out[code] = tuple(chain)
    return out


@lru_cache(maxsize=1)
def load_geography() -> Geography:
    """Load and index every reference file (cached: the first call costs about 30 ms, later calls nothing)."""
    divisions = _divisions()
    aliases = {row["alias"]: row["adcode"] for row in csv.DictReader(io.StringIO(_text("area_aliases.csv")))}
    regions = _json("regions.json")
    region_by_province = {code: region for region, codes in regions["adcodes"].items() for code in codes}
    pilots = frozenset(
        code
        for batch in _json("pilot_zones.json")["batches"]
        for place in batch["places"]
        for code in place["adcodes"]
    )
    belts = tuple(
        Belt(b["place"], b["level"], b["adcode"], tuple(b["products"]), b.get("town"))
        for b in _json("industrial_belts.json")["belts"]
    )
    countries = _json("countries.json")
    priors = {
        row["name"]: (row["preferred_adcode"], tuple(row["rival_adcodes"].split("|")))
        for row in csv.DictReader(io.StringIO(_text("district_priors.csv")))
    }
    return Geography(
        divisions=divisions,
        area_aliases=aliases,
        region_by_province=region_by_province,
        pilot_adcodes=pilots,
        belts=belts,
        countries=countries["countries"],
        foreign_cities=countries["cities"],
        english_places=countries["english"],
        district_priors=priors,
        ancestors=_ancestors(divisions),
    )


def pilot_zone_batches() -> list[dict[str, Any]]:
    """The pilot-zone batches as stored (batch label, year, partial flag, places with adcodes)."""
    return list(_json("pilot_zones.json")["batches"])
