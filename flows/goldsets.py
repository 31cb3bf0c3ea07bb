"""Per-set and total scores of the description fields over every gold set (run by hand; quoted in issue notes).

python -m flows.goldsets                 # every set in tests/gold/sets.json, then read and blind totals
python -m flows.goldsets --role blind    # only the sets nobody tuning rules has read
python -m flows.goldsets --json          # the same figures as JSON, for diffing two checkouts
python -m flows.goldsets --by-item skills       # per skill id tp / fp / fn over the read sets, worst first
python -m flows.goldsets --errors "written5 tune"   # one read set's wrong rows, field by field
python -m flows.goldsets --show "written5 tune" 3 7  # those rows of a read set: text, what is extra and missing

It scores the code it imports: run it from the checkout to measure (`PYTHONPATH=.` in a worktree). Blind sets
give counts only, never rows or per-item counts: `--by-item`, `--errors` and `--show` refuse them, since choosing
what to fix by a blind set's errors would make it a read set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from nlp.evaluate import evaluate, gold_row, load_gold, prf

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"
# Description fields only: the structured fields have their own gold files (`cbec evaluate`).
FIELDS = {
    "skills": "skills",
    "languages": "languages.code_level_required",
    "platforms": "platforms",
    "relevance": "is_cross_border",
    "roles": "role_family",  # an accuracy field: counts are correct / n
}


def load_manifest(path: Path) -> list[dict[str, str]]:
    """The sets of a manifest (tests/gold/sets.json), each {name, path relative to the manifest, role}."""
    sets: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["sets"]
    return sets


_COUNTS = {"prf": ("tp", "fp", "fn"), "accuracy": ("correct", "n")}


def score_sets(sets: list[dict[str, str]], gold_dir: Path, realdata: Path) -> list[dict[str, Any]]:
    """One row per set: its role and, per field, tp/fp/fn (fields the set does not label are left out)."""
    rows = []
    for entry in sets:
        fields = evaluate([gold_dir / entry["path"]], realdata)["fields"]
        counts = {
            short: {k: fields[long][k] for k in _COUNTS[fields[long]["kind"]]}
            for short, long in FIELDS.items()
            if long in fields
        }
        rows.append({"name": entry["name"], "role": entry["role"], **counts})
    return rows


def _read_results(sets: list[dict[str, str]], gold_dir: Path, realdata: Path) -> list[tuple[str, dict[str, Any]]]:
    return [(s["name"], evaluate([gold_dir / s["path"]], realdata)["fields"]) for s in sets if s["role"] == "read"]


def format_by_item(sets: list[dict[str, str]], gold_dir: Path, realdata: Path, field: str) -> str:
    """Per item of a P/R field (skill id, platform, language tuple): tp / fp / fn pooled over the read sets."""
    pooled: dict[str, list[int]] = {}
    for _name, fields in _read_results(sets, gold_dir, realdata):
        for item, counts in fields.get(FIELDS[field], {}).get("by_item", {}).items():
            total = pooled.setdefault(item, [0, 0, 0])
            for slot in range(3):
                total[slot] += counts[slot]
    lines = [f"{'item':<40}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}"]
    for item, (tp, fp, fn) in sorted(pooled.items(), key=lambda kv: (-(kv[1][1] + kv[1][2]), kv[0])):
        scores = prf(tp, fp, fn)
        p, r = (f"{scores[k]:.3f}" if scores[k] is not None else "-" for k in ("precision", "recall"))
        lines.append(f"{item:<40}{tp:>6}{fp:>6}{fn:>6}{p:>8}{r:>8}")
    return "\n".join(lines)


def format_errors(sets: list[dict[str, str]], gold_dir: Path, realdata: Path) -> str:
    """Every wrong row of the given read sets: file and row, then per field what was extra and what was missing."""
    lines = []
    for name, fields in _read_results(sets, gold_dir, realdata):
        for short, long in FIELDS.items():
            for miss in fields.get(long, {}).get("mismatches", []):
                where = f"{name}\t{miss['file']}:{miss['row']}\t{short}"
                if "extra" in miss:
                    lines.append(f"{where}\t+{miss['extra']} -{miss['missing']}")
                else:
                    lines.append(f"{where}\texpected {miss['expected']!r} got {miss['got']!r}")
    return "\n".join(lines)


def format_rows_shown(entry: dict[str, str], gold_dir: Path, realdata: Path, rows: set[int]) -> str:
    """The given rows of a read set: title and description, then per description field what the extractor found
    beyond the gold (+, with the skill evidence) and what it missed (-)."""
    from nlp.extract import extract_posting

    path = gold_dir / entry["path"]
    cache: dict[str, list[dict[str, Any]]] = {}
    lines = []
    for gold in load_gold(path):
        if gold["row"] not in rows:
            continue
        raw = gold_row(path, gold, realdata, cache)()
        got = extract_posting(raw)
        lines += [f"== {entry['name']} {gold['file']}:{gold['row']}  {raw.get('title')}", str(raw.get("description"))]
        found = {s["id"]: s for s in got.get("skills") or []}
        want = set(gold.get("skills", []))
        if "skills" in gold:
            lines.append(f"-- skills + {sorted(set(found) - want)}  - {sorted(want - set(found))}")
            lines += [f"   {found[i]}" for i in sorted(set(found) - want)]
        for field, key in (("languages", "languages"), ("platforms", "platforms"),
                           ("is_cross_border", "is_cross_border"), ("role_family", "role_family")):
            if field in gold and gold[field] != got.get(key):
                lines.append(f"-- {field} gold {gold[field]!r} got {got.get(key)!r}")
    return "\n".join(lines)


def _cell(counts: dict[str, int] | None) -> str:
    if counts is not None and "n" in counts:
        return f"{'-':>15}" if not counts["n"] else f"{counts['correct'] / counts['n']:>7.3f} of {counts['n']:<4}"
    if counts is None or counts["tp"] + counts["fp"] + counts["fn"] == 0:
        return f"{'-':>15}"
    scores = prf(counts["tp"], counts["fp"], counts["fn"])
    p, r = (f"{scores[k]:.3f}" if scores[k] is not None else "n/a" for k in ("precision", "recall"))
    return f"{p:>7} / {r:<5}"


def _totals(rows: list[dict[str, Any]], role: str) -> dict[str, Any]:
    total: dict[str, Any] = {"name": f"total {role}", "role": role}
    for field in FIELDS:
        parts = [row[field] for row in rows if row["role"] == role and field in row]
        if parts:
            total[field] = {k: sum(part[k] for part in parts) for k in parts[0]}
    return total


def format_rows(rows: list[dict[str, Any]]) -> str:
    """A fixed-width table: P / R per field for each set, then the totals per role with skills' counts."""
    header = f"{'set':<16}{'role':<7}" + "".join(
        f"{field + (' accuracy' if field == 'roles' else ' P / R'):>16}" for field in FIELDS
    )
    lines = [header]
    roles = sorted({row["role"] for row in rows}, key=["read", "blind"].index)
    totals = [_totals(rows, role) for role in roles]
    for row in [*rows, *totals]:
        lines.append(f"{row['name']:<16}{row['role']:<7}" + "".join(f" {_cell(row.get(f))}" for f in FIELDS))
    for total in totals:
        cells = ", ".join(
            f"{field} {'/'.join(c)} {'/'.join(str(v) for v in c.values())}"
            for field, c in total.items()
            if field in FIELDS
        )
        lines.append(f"{total['name']}: {cells}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--manifest", type=Path, default=GOLD / "sets.json")
    parser.add_argument("--realdata", type=Path, default=Path("../shared/realdata"))
    parser.add_argument("--role", choices=["read", "blind"], help="Score only the sets of this role.")
    parser.add_argument("--json", action="store_true", help="Print the counts as JSON.")
    parser.add_argument("--by-item", choices=[f for f in FIELDS if f not in ("roles", "relevance")],
                        help="Per-item counts of this field over the read sets.")
    parser.add_argument("--errors", metavar="SET", help="The wrong rows of this read set (a name in the manifest).")
    parser.add_argument("--show", nargs="+", metavar=("SET", "ROW"), help="These rows of a read set, with the text.")
    args = parser.parse_args(argv)
    if not args.realdata.is_dir():
        print(f"error: no real-data folder at {args.realdata} (give --realdata)", file=sys.stderr)
        return 2
    sets = [s for s in load_manifest(args.manifest) if args.role in (None, s["role"])]
    if args.errors is not None or args.show:
        name = args.errors if args.errors is not None else args.show[0]
        chosen = [s for s in sets if s["name"] == name]
        if not chosen or chosen[0]["role"] != "read":
            print(f"error: {name!r} is not a read set of the manifest (blind sets show no rows)", file=sys.stderr)
            return 2
        if args.errors is not None:
            print(format_errors(chosen, args.manifest.parent, args.realdata))
            return 0
        if not args.show[1:] or not all(r.isdigit() for r in args.show[1:]):
            print("error: --show takes a set name and one or more row numbers", file=sys.stderr)
            return 2
        print(format_rows_shown(chosen[0], args.manifest.parent, args.realdata, {int(r) for r in args.show[1:]}))
        return 0
    if args.by_item is not None:
        print(format_by_item(sets, args.manifest.parent, args.realdata, args.by_item))
        return 0
    rows = score_sets(sets, args.manifest.parent, args.realdata)
    print(json.dumps(rows, ensure_ascii=False, indent=1) if args.json else format_rows(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
