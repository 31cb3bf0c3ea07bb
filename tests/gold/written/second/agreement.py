"""Agreement between two annotators of a gold set (a written-set half or a whole set), and its adjudication check.

Run from anywhere (stdlib only): ``python tests/gold/written/second/agreement.py [--dir FOLDER] HALF``.

FOLDER (default: this script's folder) holds one second annotation; HALF names its files. ``tune`` or ``check`` (the
written set, ``python tests/gold/written/second/agreement.py check``) read ``<name>_<half>.jsonl`` there and
``../labels_<half>.jsonl``; ``all`` (a set labelled again whole, e.g. ``--dir tests/gold/holdout/second all``) reads
``<name>.jsonl`` and ``../labels.jsonl``. Below, ``first_H`` stands for either spelling.

Reference = the first annotator: ``first_H.jsonl`` in FOLDER, a copy of the labels file taken before any adjudication
was applied (when that copy is absent, the labels file itself is read). The second annotator's labels are
``blind_H.jsonl``, written before the first labels were read. Printed:

- skills: precision / recall / F1 of the second annotator over (row, skill) pairs, rows whose skill sets are
  identical, and Cohen's kappa over every (row, taxonomy id) yes/no decision;
- languages: the same over (row, code, required) and over (row, code, level, required);
- platforms: the same over (row, slug);
- relevance: rows agreeing on is_cross_border, kappa, and F1 of the second annotator's positives.

When ``adjudication_H.jsonl`` is present it also checks that every disagreement (a skill, slug or language
object one annotator has and the other lacks, or a differing is_cross_border) is adjudicated exactly once with the
right first/second flags, counts decisions by direction, scores both annotators against the adjudicated labels, and
reports any row of the labels file that differs from them. Exit status 1 when a check fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/gold: the shared measures
from agreement_stats import kappa, prf, read_jsonl

HERE = Path(__file__).resolve().parent
TAXONOMY = HERE.parents[3] / "nlp" / "data" / "skills.jsonl"
HALVES = ("tune", "check", "all")
FIELDS = ("skills", "languages", "platforms", "is_cross_border")

Item = tuple  # one labelled unit: (row, value) with value a skill id, a slug or a language tuple





def annotation_file(folder: Path, name: str, half: str) -> Path:
    """``folder/<name>_<half>.jsonl``, or ``folder/<name>.jsonl`` for a set labelled again whole (half ``all``)."""
    return folder / (f"{name}.jsonl" if half == "all" else f"{name}_{half}.jsonl")


def labels_file(folder: Path, half: str) -> Path:
    """The gold labels the annotation belongs to: ``../labels_<half>.jsonl``, or ``../labels.jsonl`` for ``all``."""
    return annotation_file(folder.parent, "labels", half)


def parse_args(argv: list[str], usage: str) -> tuple[Path, str] | None:
    """``[--dir FOLDER] HALF`` → (folder, half); None (after printing ``usage``) when malformed."""
    args = argv[1:]
    folder = HERE
    if len(args) == 3 and args[0] == "--dir":
        folder, args = Path(args[1]).resolve(), args[2:]
    if len(args) != 1 or args[0] not in HALVES:
        print(f"usage: {usage}", file=sys.stderr)
        return None
    return folder, args[0]


def lang_key(obj: dict) -> tuple:
    """A language object as a hashable (code, level, required) tuple."""
    return (obj["code"], obj["level"], obj["required"])


def items(rows: dict[int, dict], field: str) -> set[Item]:
    """Flatten one field of every row into (row, value) units; is_cross_border gives (row, True) for positives."""
    out: set[Item] = set()
    for row, rec in rows.items():
        if field == "is_cross_border":
            if rec[field]:
                out.add((row, True))
        elif field == "languages":
            out |= {(row, lang_key(obj)) for obj in rec[field]}
        else:
            out |= {(row, value) for value in rec[field]}
    return out








def rows_identical(first: set[Item], second: set[Item], rows: list[int]) -> int:
    """How many rows carry exactly the same units in both label sets."""
    return sum({v for r, v in first if r == row} == {v for r, v in second if r == row} for row in rows)


def line(name: str, first: set[Item], second: set[Item], rows: list[int]) -> str:
    """One printed agreement line: pair counts, P, R, F1 and identical rows."""
    p, r, f = prf(first, second)
    same = rows_identical(first, second, rows)
    return (f"{name:<28} first {len(first):>4}  second {len(second):>4}  both {len(first & second):>4}  "
            f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  rows identical {same}/{len(rows)}")


def without_level(units: set[Item]) -> set[Item]:
    """Language units reduced to (row, (code, required)): agreement on the language whatever its level."""
    return {(row, (value[0], value[2])) for row, value in units}


def print_agreement(first: dict[int, dict], second: dict[int, dict], n_taxonomy: int) -> None:
    """Print every agreement figure of one annotation (first annotator as reference)."""
    rows = sorted(second)
    f_sk, s_sk = items(first, "skills"), items(second, "skills")
    print(line("skills (row, id)", f_sk, s_sk, rows))
    print(f"{'':<28} kappa over {len(rows)} rows x {n_taxonomy} ids: {kappa(f_sk, s_sk, len(rows) * n_taxonomy):.3f}")
    f_la, s_la = items(first, "languages"), items(second, "languages")
    print(line("languages (row, code, req)", without_level(f_la), without_level(s_la), rows))
    print(line("languages (+ level)", f_la, s_la, rows))
    f_pl, s_pl = items(first, "platforms"), items(second, "platforms")
    print(line("platforms (row, slug)", f_pl, s_pl, rows))
    f_cb, s_cb = items(first, "is_cross_border"), items(second, "is_cross_border")
    agree = sum(((r, True) in f_cb) == ((r, True) in s_cb) for r in rows)
    p, r, f = prf(f_cb, s_cb)
    print(f"{'is_cross_border':<28} agree {agree}/{len(rows)}  kappa {kappa(f_cb, s_cb, len(rows)):.3f}  "
          f"positives first {len(f_cb)} second {len(s_cb)}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def adj_unit(rec: dict) -> Item:
    """The (row, value) unit an adjudication line decides."""
    value = rec["value"]
    if rec["field"] == "languages":
        value = lang_key(value)
    return (rec["row"], value)


def check_adjudication(first: dict[int, dict], second: dict[int, dict], adjudication: list[dict],
                       labels: dict[int, dict]) -> bool:
    """Check the adjudication file, print decision counts and scores against the adjudicated labels."""
    ok = True
    rows = sorted(second)
    directions = {"first right": 0, "second right": 0, "both wrong": 0}
    for field in FIELDS:
        f_units, s_units = items(first, field), items(second, field)
        lines = [rec for rec in adjudication if rec["field"] == field]
        decided: dict[Item, dict] = {}
        for rec in lines:
            unit = adj_unit(rec)
            if unit in decided:
                print(f"  {field}: {unit} adjudicated twice")
                ok = False
            decided[unit] = rec
            in_first = unit in f_units if field != "is_cross_border" else bool(first[unit[0]][field])
            in_second = unit in s_units if field != "is_cross_border" else bool(second[unit[0]][field])
            if (rec["first"], rec["second"]) != (in_first, in_second):
                print(f"  {field}: {unit} flags first={rec['first']} second={rec['second']} do not match the labels")
                ok = False
            if rec["first"] == rec["second"] == rec["decision"]:
                print(f"  {field}: {unit} is no disagreement and changes nothing")
                ok = False
            elif rec["first"] == rec["second"]:
                directions["both wrong"] += 1
            elif rec["decision"] == rec["first"]:
                directions["first right"] += 1
            else:
                directions["second right"] += 1
        if field == "is_cross_border":
            disagreements = {(r, True) for r in rows if first[r][field] != second[r][field]}
        else:
            disagreements = f_units ^ s_units
        for unit in sorted(disagreements - set(decided), key=repr):
            print(f"  {field}: disagreement {unit} not adjudicated")
            ok = False
        if field == "is_cross_border":
            adjudicated = {(r, True) for r in rows
                           if decided.get((r, True), {"decision": first[r][field] and second[r][field]})["decision"]}
        else:
            adjudicated = (f_units & s_units) | {u for u, rec in decided.items() if rec["decision"]}
            adjudicated -= {u for u, rec in decided.items() if not rec["decision"]}
        gold = {r: labels[r] for r in rows}
        in_file = items(gold, field)
        if in_file != adjudicated:
            print(f"  {field}: labels file differs from the adjudicated labels: "
                  f"extra {sorted(in_file - adjudicated, key=repr)} missing {sorted(adjudicated - in_file, key=repr)}")
            ok = False
        pf, rf, ff = prf(adjudicated, f_units)
        ps, rs, fs = prf(adjudicated, s_units)
        print(f"{field:<16} lines {len(lines):>3}  vs adjudicated: first P {pf:.3f} R {rf:.3f} F1 {ff:.3f} | "
              f"second P {ps:.3f} R {rs:.3f} F1 {fs:.3f}")
    print("decisions: " + ", ".join(f"{k} {v}" for k, v in directions.items()))
    silent = sum(rec["reason"].startswith("GUIDE SILENT:") for rec in adjudication)
    print(f"reasons marked GUIDE SILENT: {silent} of {len(adjudication)}")
    return ok


def main(argv: list[str]) -> int:
    """Print the agreement figures of one annotation and, when adjudicated, check the adjudication."""
    parsed = parse_args(argv, f"{argv[0]} [--dir FOLDER] {'|'.join(HALVES)}")
    if parsed is None:
        return 2
    folder, half = parsed
    blind_path = annotation_file(folder, "blind", half)
    if not blind_path.exists():
        print(f"no second annotation for {half}: {blind_path} is missing", file=sys.stderr)
        return 1
    second = {rec["row"]: rec for rec in read_jsonl(blind_path)}
    labels = {rec["row"]: rec for rec in read_jsonl(labels_file(folder, half))}
    first_path = annotation_file(folder, "first", half)
    first_all = {rec["row"]: rec for rec in read_jsonl(first_path)} if first_path.exists() else labels
    missing = sorted(set(second) - set(first_all))
    if missing:
        print(f"rows in {blind_path.name} with no first label: {missing}", file=sys.stderr)
        return 1
    first = {row: first_all[row] for row in second}
    n_taxonomy = len(read_jsonl(TAXONOMY))
    kind = "set" if half == "all" else "half"
    reference = first_path.name if first_path.exists() else "labels file"
    print(f"{kind} {half}: {len(second)} rows; reference = {reference}")
    print_agreement(first, second, n_taxonomy)
    adj_path = annotation_file(folder, "adjudication", half)
    if not adj_path.exists():
        return 0
    print(f"\nadjudication ({adj_path.name}):")
    return 0 if check_adjudication(first, second, read_jsonl(adj_path), labels) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
