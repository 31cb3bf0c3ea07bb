"""Merge two annotators' labels of a written set into its gold (run after annotation and again after adjudication).

python tests/gold/merge_labels.py SET --fields X Y [--skills V W] [--check]

SET is a folder of tests/gold (written8, written9 …). ``--fields X Y`` reads labels_X.jsonl and labels_Y.jsonl for
is_cross_border, platforms and languages, and adjudication.jsonl (one line per decided field: row, field, value,
reason). ``--skills V W`` reads the skills from labels_V.jsonl and labels_W.jsonl (the same files as --fields when
the same two annotators labelled every field) and adjudication_skills.jsonl (one line per skill in one annotator's
list only: row, skill, label, reason); skills = (V ∩ W) ∪ {adjudicated true}, skills_missing = V ∪ W. Without
--skills the set has no skills labels. relabels.jsonl holds fields changed after adjudication by a guide rule
adopted later (row, field, value, reason) and is applied last.

Writes disagreements.jsonl and disagreements_skills.jsonl (everything the annotators labelled differently, decided
or not, so the lists stay put while adjudicators work through them), and, once no adjudication is missing,
labels.jsonl with its halves by row parity: labels_tune.jsonl (even rows) may be tuned on, labels_check.jsonl (odd
rows) is scored only. Prints agreement counts only, never a row's labels, so running it reads nothing of the check
half.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from agreement_stats import read_jsonl

HERE = Path(__file__).resolve().parent
FIELDS = ("is_cross_border", "platforms", "languages")


class _Set:
    def __init__(self, name: str) -> None:
        self.folder = HERE / name
        if not self.folder.is_dir():
            raise SystemExit(f"no gold set folder {self.folder}")

    def lines(self, name: str) -> list[dict]:
        path = self.folder / name
        return read_jsonl(path) if path.is_file() else []

    def labels(self, annotator: str) -> list[dict]:
        rows = self.lines(f"labels_{annotator}.jsonl")
        if not rows:
            raise SystemExit(f"labels_{annotator}.jsonl is missing or empty in {self.folder}")
        return rows

    def write(self, name: str, items: list[dict], check: bool) -> bool:
        """Write the items as JSON lines; with check, only tell whether the file already holds exactly them."""
        text = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)
        path = self.folder / name
        if check:
            return path.is_file() and path.read_text(encoding="utf-8") == text
        path.write_text(text, encoding="utf-8")
        return True


def _same_rows(first: list[dict], second: list[dict], names: str) -> None:
    if [r["row"] for r in first] != [r["row"] for r in second]:
        raise SystemExit(f"{names} do not cover the same rows")


def merge_fields(gold_set: _Set, x: str, y: str) -> tuple[list[dict], list[dict], int, str]:
    """The gold rows with the three row-level fields, the fields labelled differently, how many of those no
    adjudication decides yet, and an agreement line."""
    first_rows, second_rows = gold_set.labels(x), gold_set.labels(y)
    _same_rows(first_rows, second_rows, f"labels_{x}.jsonl and labels_{y}.jsonl")
    decided = {(a["row"], a["field"]): a["value"] for a in gold_set.lines("adjudication.jsonl")}
    gold, differing, still_open = [], [], 0
    agree = dict.fromkeys(FIELDS, 0)
    for first, second in zip(first_rows, second_rows, strict=True):
        row = {"file": first["file"], "row": first["row"]}
        for field in FIELDS:
            if first[field] == second[field]:
                agree[field] += 1
                row[field] = first[field]
                continue
            differing.append({"row": first["row"], "field": field, x: first[field], f"note_{x}": first["note"],
                              y: second[field], f"note_{y}": second["note"]})
            if (first["row"], field) in decided:
                row[field] = decided[(first["row"], field)]
            else:
                still_open += 1
        gold.append(row)
    line = (f"{len(gold)} rows; identical per field: " + ", ".join(f"{f} {agree[f]}" for f in FIELDS)
            + f"; {len(decided)} adjudicated, {still_open} still open")
    return gold, differing, still_open, line


def merge_skills(gold_set: _Set, gold: list[dict], v: str, w: str) -> tuple[list[dict], int, str]:
    """Add skills and skills_missing to each gold row; return the skills only one annotator gave, how many of those
    no adjudication decides yet, and an agreement line."""
    first_rows, second_rows = gold_set.labels(v), gold_set.labels(w)
    _same_rows(first_rows, second_rows, f"labels_{v}.jsonl and labels_{w}.jsonl")
    _same_rows(gold, first_rows, f"the field labels and labels_{v}.jsonl")
    decided = {(a["row"], a["skill"]): a["label"] for a in gold_set.lines("adjudication_skills.jsonl")}
    differing, still_open, both, only_v, only_w = [], 0, 0, 0, 0
    for row, first, second in zip(gold, first_rows, second_rows, strict=True):
        ours, theirs = set(first["skills"]), set(second["skills"])
        both, only_v, only_w = both + len(ours & theirs), only_v + len(ours - theirs), only_w + len(theirs - ours)
        skills = ours & theirs
        for skill in sorted(ours ^ theirs):
            differing.append({"row": row["row"], "skill": skill, "has": v if skill in ours else w,
                              f"note_{v}": first["note"], f"note_{w}": second["note"]})
            if (row["row"], skill) not in decided:
                still_open += 1
            elif decided[(row["row"], skill)]:
                skills.add(skill)
        row["skills"] = sorted(skills)
        row["skills_missing"] = sorted(set(first["skills_missing"]) | set(second["skills_missing"]))
    line = (f"skills: both {both}, only {v} {only_v}, only {w} {only_w}; {len(decided)} adjudicated, "
            f"{still_open} still open")
    return differing, still_open, line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", help="folder of tests/gold, e.g. written9")
    parser.add_argument("--fields", nargs=2, required=True, metavar=("X", "Y"), help="annotators of the fields")
    parser.add_argument("--skills", nargs=2, metavar=("V", "W"), help="annotators of the skills, if labelled")
    parser.add_argument("--check", action="store_true", help="write nothing; fail unless the files are up to date")
    args = parser.parse_args()
    gold_set = _Set(args.set)
    gold, fields_differing, fields_open, fields_line = merge_fields(gold_set, *args.fields)
    skills_differing, skills_open, skills_line = (merge_skills(gold_set, gold, *args.skills) if args.skills
                                                  else ([], 0, "no skills"))
    by_row = {g["row"]: g for g in gold}
    for change in gold_set.lines("relabels.jsonl"):
        by_row[change["row"]][change["field"]] = change["value"]
    outputs = {"disagreements.jsonl": fields_differing, "disagreements_skills.jsonl": skills_differing}
    if not fields_open and not skills_open:
        outputs |= {"labels.jsonl": gold, "labels_tune.jsonl": [g for g in gold if g["row"] % 2 == 0],
                    "labels_check.jsonl": [g for g in gold if g["row"] % 2 == 1]}
    stale = [name for name, items in outputs.items() if not gold_set.write(name, items, args.check)]
    print(f"{fields_line}; {skills_line}")
    if stale:
        raise SystemExit(f"out of date: {', '.join(stale)} (run without --check to rewrite)")
    if args.check and (fields_open or skills_open):
        raise SystemExit("adjudication incomplete: labels.jsonl is not the merge")


if __name__ == "__main__":
    main()
