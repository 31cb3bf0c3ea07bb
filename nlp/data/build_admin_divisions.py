"""Build nlp/data/admin_divisions.csv from the jionlp package's china_location dictionary (run by hand).

Nothing at runtime imports jionlp: this script turns its data into our own normalised CSV once.

    python -m venv /tmp/geovenv && /tmp/geovenv/bin/pip install --no-deps jionlp==1.5.31
    /tmp/geovenv/bin/python nlp/data/build_admin_divisions.py

Output columns: adcode, level (province | city | county), name, parent_adcode, kind, aliases ('|'-separated:
jionlp's short names plus the former names in jionlp's china_location_change.txt).
kind: province, municipality (直辖市: also its own city), sar (Hong Kong, Macao: also their own city), city,
province_direct (省直辖县级 units such as 仙桃, 济源, 石河子: city-level units of their own), county
(development zones coded by NBS at county level, such as 合肥高新技术产业开发区, are left out: they are not
administrative units).
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "admin_divisions.csv"
# Short names that are ordinary words or shared by many units; a unit keeps its full name only.
GENERIC_SHORT = {
    "城区",
    "郊区",
    "矿区",
    "新区",
    "市中",
    "市直辖",
    "管理区",
    "示范区",
    "南郊",
    "省直辖",
    "经开区",
    "高新区",
}
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
SARS = {"810000", "820000"}
# Typos in the source (full names and short names).
FIXES = {"苗粟县": "苗栗县", "苗粟": "苗栗"}


def _jionlp_dir() -> Path:
    import importlib.util

    # Locate the installed package without importing it (its import pulls optional dependencies).
    spec = importlib.util.find_spec("jionlp")
    if spec is None or spec.origin is None:
        raise SystemExit(
            "pip install --no-deps jionlp==1.5.31 into a throwaway venv, or pass its dictionary dir"
        )
    return Path(spec.origin).resolve().parent / "dictionary"


def _read_tree(dictionary: Path) -> list[tuple[int, str, str, list[str]]]:
    with zipfile.ZipFile(dictionary / "china_location.zip") as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    rows = []
    for line in io.StringIO(text):
        line = line.rstrip("\r\n")
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 2 or not line.strip():
            continue  # towns and villages are not needed
        parts = line.strip("\t").split("\t")
        name = FIXES.get(parts[0], parts[0])
        code = parts[1] if len(parts) > 1 else ""
        shorts = [FIXES.get(s, s) for s in (parts[2].split("/") if len(parts) > 2 else []) if s]
        rows.append((depth, name, code, shorts))
    return rows


def _former_names(dictionary: Path) -> dict[tuple[str, str], set[str]]:
    """(new city full name, new county full name or '') -> old full names."""
    out: dict[tuple[str, str], set[str]] = {}
    path = dictionary / "china_location_change.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=>" not in line:
            continue
        old, new = line.rstrip("\r").split("=>")
        old_f, new_f = old.split("\t"), new.split("\t")
        if len(old_f) >= 8 and len(new_f) >= 3:  # county-level change
            out.setdefault((new_f[1], new_f[2]), set()).add(old_f[6])
        elif len(old_f) >= 6 and len(new_f) >= 2:  # prefecture-level change
            out.setdefault((new_f[1], ""), set()).add(old_f[4])
    return out


def build(dictionary: Path) -> list[dict[str, str]]:
    """Flatten jionlp's tree into rows, one per province, prefecture-level and county-level unit."""
    former = _former_names(dictionary)
    rows: list[dict[str, str]] = []
    province = city = ("", "", "")  # (adcode, name, kind)
    for depth, name, code, shorts in _read_tree(dictionary):
        if depth == 0:
            kind = "municipality" if code in MUNICIPALITIES else "sar" if code in SARS else "province"
            province = (code, name, kind)
            rows.append(_row(code, "province", name, "", kind, shorts, set()))
        elif depth == 1:
            city = (code, name, "direct" if name == "省直辖行政区划" else "city")
            if province[2] in ("municipality", "sar") or city[2] == "direct":
                continue  # the municipality is its own city; 省直辖 is a grouping, not a unit
            rows.append(_row(code, "city", name, province[0], "city", shorts, former.get((name, ""), set())))
        else:
            if city[2] == "direct" and province[2] != "sar":
                # Taiwan's too: its provincial cities and counties (基隆市, 新竹县 …), jionlp's 710701-710716.
                rows.append(_row(code, "city", name, province[0], "province_direct", shorts, set()))
                continue
            if province[2] == "sar" or province[0] == "710000":
                continue  # HK/Macao/Taiwan districts collide with mainland names and add nothing here
            parent = province[0] if province[2] == "municipality" else city[0]
            if (code[-2:-1] in ("7", "9") and not name.endswith(("县", "旗"))) or name == "市直辖行政区划":
                # Development zones coded by NBS at county level are not administrative units; the parser's
                # curated
                # area aliases (nlp/data/area_aliases.csv) place them in their city instead.
                continue
            kind = "county"
            olds = {o for o in former.get((city[1], name), set()) if o != name}
            rows.append(_row(code, "county", name, parent, kind, shorts, olds))
    # Taiwan's cities are kept (city level); its 省直辖 cities and counties were emitted as city-level rows above.
    return rows


def _row(
    code: str, level: str, name: str, parent: str, kind: str, shorts: list[str], olds: set[str]
) -> dict[str, str]:
    aliases = [s for s in shorts if s != name and s not in GENERIC_SHORT and len(s) >= 2]
    if level == "city" and not aliases and name.endswith("市") and len(name) > 2:
        aliases.append(
            name[:-1]
        )  # jionlp gives 吉林市 no short name: "吉林" is both the province and the city
    # Former names only with their suffix: a bare old short name (南沙, 西沙) is too easily another place.
    aliases += sorted(
        o
        for o in olds
        if o.endswith(("市", "区", "县", "旗")) and o not in ("城区", "郊区", "矿区", "南郊区")
    )
    return {
        "adcode": code,
        "level": level,
        "name": name,
        "parent_adcode": parent,
        "kind": kind,
        "aliases": "|".join(dict.fromkeys(aliases)),
    }


def main() -> None:
    """Write admin_divisions.csv next to this script."""
    dictionary = Path(sys.argv[1]) if len(sys.argv) > 1 else _jionlp_dir()
    rows = build(dictionary)
    rows.sort(key=lambda r: (r["adcode"], r["level"]))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(
            fh,
            fieldnames=["adcode", "level", "name", "parent_adcode", "kind", "aliases"],
            lineterminator="\n",
        )
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
