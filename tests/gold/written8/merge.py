"""Merge the two annotators' labels of written8 into the gold (run after annotation and again after adjudication).

python tests/gold/written8/merge.py

Reads labels_c.jsonl, labels_d.jsonl and adjudication.jsonl (when present: one line per decided field, keys row,
field, value, reason); the skills, labelled later by two other annotators, from labels_sk_e.jsonl, labels_sk_f.jsonl
and adjudication_skills.jsonl (one line per skill in one annotator's list only, keys row, skill, label, reason); and
relabels.jsonl (fields changed after adjudication by a guide rule adopted later, keys row, field, value, reason).
Writes disagreements.jsonl and disagreements_skills.jsonl (what the annotators labelled differently that no
adjudication decides yet), and, once none is open, labels.jsonl with its halves by row parity: labels_tune.jsonl
(even rows) may be tuned on, labels_check.jsonl (odd rows) is scored only. Prints agreement counts only, never a
row's labels, so running it reads nothing of the check half.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/gold: the shared reader
from agreement_stats import read_jsonl  # noqa: E402

FIELDS = ("is_cross_border", "platforms", "languages")


def _lines(name: str) -> list[dict]:
    path = HERE / name
    return read_jsonl(path) if path.is_file() else []


def _write(name: str, items: list[dict]) -> None:
    (HERE / name).write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")


def _same_rows(first: list[dict], second: list[dict], names: str) -> None:
    if [r["row"] for r in first] != [r["row"] for r in second]:
        raise SystemExit(f"{names} do not cover the same rows")


def _merge_skills(gold: list[dict]) -> tuple[list[dict], str]:
    """Add skills = (e ∩ f) ∪ {adjudicated true} and skills_missing = e ∪ f to each gold row; return the skills
    still to adjudicate and an agreement line (counts only)."""
    e, f = _lines("labels_sk_e.jsonl"), _lines("labels_sk_f.jsonl")
    if not e and not f:
        return [], "skills not labelled"
    _same_rows(e, f, "labels_sk_e.jsonl and labels_sk_f.jsonl")
    _same_rows(gold, e, "labels_c.jsonl and labels_sk_e.jsonl")
    decided = {(a["row"], a["skill"]): a["label"] for a in _lines("adjudication_skills.jsonl")}
    still_open, both, only_e, only_f = [], 0, 0, 0
    for row, first, second in zip(gold, e, f, strict=True):
        ours, theirs = set(first["skills"]), set(second["skills"])
        both, only_e, only_f = both + len(ours & theirs), only_e + len(ours - theirs), only_f + len(theirs - ours)
        skills = ours & theirs
        for skill in sorted(ours ^ theirs):
            if (row["row"], skill) in decided:
                skills |= {skill} if decided[(row["row"], skill)] else set()
            else:
                still_open.append({"row": row["row"], "skill": skill, "e": skill in ours, "note_e": first["note"],
                                   "note_f": second["note"]})
        row["skills"] = sorted(skills)
        row["skills_missing"] = sorted(set(first["skills_missing"]) | set(second["skills_missing"]))
    return still_open, f"skills: both {both}, only e {only_e}, only f {only_f}, {len(decided)} adjudicated"


def main() -> None:
    c, d = _lines("labels_c.jsonl"), _lines("labels_d.jsonl")
    _same_rows(c, d, "labels_c.jsonl and labels_d.jsonl")
    decided = {(a["row"], a["field"]): a["value"] for a in _lines("adjudication.jsonl")}
    gold, still_open = [], []
    agree = {f: 0 for f in FIELDS}
    for first, second in zip(c, d, strict=True):
        row = {"file": first["file"], "row": first["row"]}
        for field in FIELDS:
            if first[field] == second[field]:
                agree[field] += 1
                row[field] = first[field]
            elif (first["row"], field) in decided:
                row[field] = decided[(first["row"], field)]
            else:
                still_open.append({"row": first["row"], "field": field, "c": first[field], "note_c": first["note"],
                                   "d": second[field], "note_d": second["note"]})
        gold.append(row)
    skills_open, skills_line = _merge_skills(gold)
    for change in _lines("relabels.jsonl"):
        gold[change["row"]][change["field"]] = change["value"]
    _write("disagreements.jsonl", still_open)
    _write("disagreements_skills.jsonl", skills_open)
    if not still_open and not skills_open:
        _write("labels.jsonl", gold)
        _write("labels_tune.jsonl", [g for g in gold if g["row"] % 2 == 0])
        _write("labels_check.jsonl", [g for g in gold if g["row"] % 2 == 1])
    n = len(c)
    print(f"{n} rows; identical per field: " + ", ".join(f"{f} {agree[f]}" for f in FIELDS)
          + f"; {len(decided)} adjudicated, {len(still_open)} still open; {skills_line}, {len(skills_open)} still open")


if __name__ == "__main__":
    main()
