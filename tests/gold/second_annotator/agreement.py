"""Agreement between the first skills annotation and the second, blind one, per round.

Run from anywhere (stdlib only): ``python tests/gold/second_annotator/agreement.py [ROUND]`` with ROUND one of
``1`` (default: 40 dev + 30 held-out rows), ``dev2`` (the other 123 dev rows), ``held2`` (the other 90 held-out).

Reference = the first annotator, as labelled before any adjudication was applied (skills_first.jsonl, taken from
tests/gold/text.jsonl and text_heldout.jsonl at commit 416e977); the second annotator's labels are the round's
skills_blind file, written before the first labels were read. Prints, per gold file and overall:
precision / recall / F1 of the second annotator over (row, skill) pairs, the share of rows whose skill sets are
identical, and Cohen's kappa over every (row, taxonomy id) yes/no decision. When adjudication.jsonl is present it
also checks that every disagreement was adjudicated once and scores both annotators against the adjudicated labels
(agreed pairs plus the pairs adjudicated true).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/gold: the shared measures
from agreement_stats import kappa, prf, read_jsonl

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
TAXONOMY = GOLD.parent.parent / "nlp" / "data" / "skills.jsonl"
GOLD_FILES = ("text.jsonl", "text_heldout.jsonl")
# Round -> (the second annotator's blind labels, the adjudication of the disagreements).
ROUNDS = {
    "1": ("skills_blind.jsonl", "adjudication.jsonl"),
    "dev2": ("skills_blind_dev2.jsonl", "adjudication_dev2.jsonl"),
    "held2": ("skills_blind_held2.jsonl", "adjudication_held2.jsonl"),
}

Key = tuple[str, int]  # (realdata file, 0-based row)
Pair = tuple[str, int, str]  # (file, row, skill id)





def load_labels(blind: str) -> tuple[dict[Key, set[str]], dict[Key, set[str]], dict[Key, str]]:
    """Return (first, second, gold file of each row) for the rows the second annotator labelled."""
    second = {(r["file"], r["row"]): set(r["skills"]) for r in read_jsonl(HERE / blind)}
    first: dict[Key, set[str]] = {}
    origin: dict[Key, str] = {}
    for rec in read_jsonl(HERE / "skills_first.jsonl"):
        key = (rec["file"], rec["row"])
        if key in second:
            first[key] = set(rec["skills"])
            origin[key] = rec["gold"]
    missing = sorted(set(second) - set(first))
    if missing:
        raise SystemExit(f"rows in {blind} with no first label: {missing}")
    return first, second, origin


def pairs(labels: dict[Key, set[str]], keys: list[Key]) -> set[Pair]:
    """Flatten per-row skill sets into (file, row, skill) pairs."""
    return {(f, r, s) for (f, r) in keys for s in labels[(f, r)]}








def report(title: str, first: dict[Key, set[str]], second: dict[Key, set[str]], keys: list[Key], n_ids: int) -> None:
    """Print the agreement figures for one group of rows."""
    a, b = pairs(first, keys), pairs(second, keys)
    p, r, f = prf(a, b)
    exact = sum(first[k] == second[k] for k in keys)
    k = kappa(a, b, len(keys) * n_ids)
    print(
        f"{title:<22} rows {len(keys):>3}  pairs first {len(a):>3} second {len(b):>3} both {len(a & b):>3}  "
        f"P {p:.3f} R {r:.3f} F1 {f:.3f}  rows identical {exact}/{len(keys)} ({exact / len(keys):.1%})  "
        f"kappa {k:.3f}"
    )


def adjudicated(first: dict[Key, set[str]], second: dict[Key, set[str]], keys: list[Key], name: str) -> None:
    """Check the adjudication file against the disagreements and score both annotators against its decisions."""
    path = HERE / name
    if not path.exists():
        print(f"\n({name} not written yet)")
        return
    a, b = pairs(first, keys), pairs(second, keys)
    decisions = read_jsonl(path)
    decided = {(d["file"], d["row"], d["skill"]): d for d in decisions}
    if len(decided) != len(decisions):
        raise SystemExit(f"{name} lists a pair twice")
    disagreements = a ^ b
    if set(decided) != disagreements:
        raise SystemExit(
            f"{name} does not match the disagreements: missing {sorted(disagreements - set(decided))}, "
            f"extra {sorted(set(decided) - disagreements)}"
        )
    for pair, d in decided.items():
        if d["first"] != (pair in a) or d["second"] != (pair in b):
            raise SystemExit(f"first/second flags wrong for {pair}")
    truth = (a & b) | {pair for pair, d in decided.items() if d["decision"]}
    first_right = sum(d["decision"] == d["first"] for d in decisions)
    print(
        f"\nadjudicated {len(decisions)} disagreements: first right {first_right}, second right "
        f"{len(decisions) - first_right} (first-only pairs kept {sum(d['first'] and d['decision'] for d in decisions)}"
        f"/{len(a - b)}, second-only pairs kept {sum(d['second'] and d['decision'] for d in decisions)}/{len(b - a)})"
    )
    for who, labels in (("first", a), ("second", b)):
        p, r, f = prf(truth, labels)
        print(f"{who:<6} vs adjudicated  P {p:.3f} R {r:.3f} F1 {f:.3f}")


def main() -> None:
    """Print agreement per gold file and overall, then the adjudication summary, for the round on the command line."""
    round_name = sys.argv[1] if len(sys.argv) > 1 else "1"
    if round_name not in ROUNDS:
        raise SystemExit(f"unknown round {round_name!r}; one of {', '.join(ROUNDS)}")
    blind, adjudication = ROUNDS[round_name]
    n_ids = len(read_jsonl(TAXONOMY))
    first, second, origin = load_labels(blind)
    every = sorted(first, key=lambda k: (GOLD_FILES.index(origin[k]), k))
    print(f"round {round_name}: second annotator vs first (reference); kappa over rows x {n_ids} taxonomy ids")
    for name in GOLD_FILES:
        keys = [k for k in every if origin[k] == name]
        if keys:
            report(name, first, second, keys, n_ids)
    report("all", first, second, every, n_ids)
    adjudicated(first, second, every, adjudication)


if __name__ == "__main__":
    main()
