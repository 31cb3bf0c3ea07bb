"""Agreement between the first annotator of the written gold set and a blind second annotator, for one half.

Run from anywhere (stdlib only): ``python tests/gold/written/second/agreement_check.py [tune|check]`` (default
``check``). Files of half H, all beside this script:

- ``first_H.jsonl``: the first annotator's labels as they were before any adjudication was applied (a copy of the
  compared fields of ``../labels_H.jsonl``); the reference;
- ``blind_H.jsonl``: the second annotator's labels, written before the first ones were read;
- ``adjudication_H.jsonl`` (optional): one line per disagreement, ``{"file", "row", "field", "value", "first",
  "second", "decision", "reason"}``.

Prints the second annotator's precision / recall / F1 against the first over (row, skill) pairs, (row, slug) pairs and
language pairs at two grains, (row, code, required) and (row, code, level, required); relevance agreement; the rows
whose label sets are identical; Cohen's kappa for skills (over every row x taxonomy id decision) and relevance.
With an adjudication file it checks that every disagreement is decided exactly once, counts the decisions and
scores both annotators against the adjudicated labels (agreed items plus items decided true).

Units of disagreement (what one adjudication line decides): a skill id, a platform slug, a whole language object
(a level or required difference on the same code gives two lines, one per annotator's object), and for relevance
the value ``true`` (``first``/``second`` say whether each annotator called the row cross-border).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAXONOMY = HERE.parents[3] / "nlp" / "data" / "skills.jsonl"
FIELDS = ("skills", "platforms", "languages", "is_cross_border")

Item = tuple[int, str, str]  # (row, field, value key)


def read_jsonl(path: Path) -> list[dict]:
    """Return the JSON objects of a JSON-lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def language_key(lang: dict) -> str:
    """A language object as a stable string key, e.g. ``en|cet4|True``."""
    return f"{lang['code']}|{lang['level']}|{lang['required']}"


def items(rec: dict) -> set[Item]:
    """Every labelled item of one row, as (row, field, value key)."""
    row = rec["row"]
    out = {(row, "skills", s) for s in rec["skills"]}
    out |= {(row, "platforms", p) for p in rec["platforms"]}
    out |= {(row, "languages", language_key(lang)) for lang in rec["languages"]}
    if rec["is_cross_border"]:
        out.add((row, "is_cross_border", "True"))
    return out


def value_key(field: str, value: object) -> str:
    """The value key of an adjudication line's ``value``."""
    if field == "languages":
        assert isinstance(value, dict)
        return language_key(value)
    return str(value)


def prf(reference: set, predicted: set) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``predicted`` against ``reference``."""
    hit = len(reference & predicted)
    p = hit / len(predicted) if predicted else 1.0
    r = hit / len(reference) if reference else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def kappa(a: set, b: set, n_decisions: int) -> float:
    """Cohen's kappa over n_decisions yes/no decisions, given the positive decisions of each rater."""
    both, only_a, only_b = len(a & b), len(a - b), len(b - a)
    neither = n_decisions - both - only_a - only_b
    observed = (both + neither) / n_decisions
    pa, pb = len(a) / n_decisions, len(b) / n_decisions
    expected = pa * pb + (1 - pa) * (1 - pb)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def line(title: str, a: set, b: set, rows: list[int], extra: str = "") -> None:
    """Print P/R/F1 of b against a and the rows where both annotators' sets are equal."""
    p, r, f = prf(a, b)
    same = sum({x for x in a if x[0] == row} == {x for x in b if x[0] == row} for row in rows)
    print(
        f"{title:<28} pairs first {len(a):>3} second {len(b):>3} both {len(a & b):>3}  "
        f"P {p:.3f} R {r:.3f} F1 {f:.3f}  rows identical {same}/{len(rows)}{extra}"
    )


def select(pairs: set[Item], field: str) -> set[Item]:
    """The items of one field."""
    return {x for x in pairs if x[1] == field}


def coarse_languages(pairs: set[Item]) -> set[tuple[int, str, str]]:
    """Language items without the level: (row, code, required)."""
    out = set()
    for row, _, key in select(pairs, "languages"):
        code, _level, required = key.split("|")
        out.add((row, code, required))
    return out


def report(a: set[Item], b: set[Item], rows: list[int], n_ids: int) -> None:
    """Print every agreement figure of the second annotator (b) against the first (a)."""
    sa, sb = select(a, "skills"), select(b, "skills")
    line("skills (row, id)", sa, sb, rows, f"  kappa {kappa(sa, sb, len(rows) * n_ids):.3f}")
    line("platforms (row, slug)", select(a, "platforms"), select(b, "platforms"), rows)
    line("languages (row,code,req)", coarse_languages(a), coarse_languages(b), rows)
    line("languages (row,code,lvl,req)", select(a, "languages"), select(b, "languages"), rows)
    ra, rb = select(a, "is_cross_border"), select(b, "is_cross_border")
    agree = len(rows) - len(ra ^ rb)
    print(
        f"{'is_cross_border':<28} true first {len(ra)} second {len(rb)}  agree {agree}/{len(rows)} "
        f"({agree / len(rows):.1%})  kappa {kappa(ra, rb, len(rows)):.3f}  F1 {prf(ra, rb)[2]:.3f}"
    )


def adjudicated(a: set[Item], b: set[Item], rows: list[int], path: Path) -> None:
    """Check the adjudication file against the disagreements; print decision counts and scores against it."""
    if not path.exists():
        print(f"\n({path.name} not written yet)")
        return
    decisions = read_jsonl(path)
    decided: dict[Item, dict] = {}
    for d in decisions:
        if d["field"] not in FIELDS:
            raise SystemExit(f"unknown field in {d}")
        key = (d["row"], d["field"], value_key(d["field"], d["value"]))
        if key in decided:
            raise SystemExit(f"{path.name} decides {key} twice")
        decided[key] = d
    disagreements = a ^ b
    if set(decided) != disagreements:
        raise SystemExit(
            f"{path.name} does not match the disagreements: missing {sorted(disagreements - set(decided))}, "
            f"extra {sorted(set(decided) - disagreements)}"
        )
    for key, d in decided.items():
        if d["first"] != (key in a) or d["second"] != (key in b):
            raise SystemExit(f"first/second flags wrong for {key}")
    truth = (a & b) | {key for key, d in decided.items() if d["decision"]}
    print(f"\nadjudicated {len(decisions)} disagreements ({path.name}):")
    for field in FIELDS:
        ds = [d for d in decisions if d["field"] == field]
        first_right = sum(d["decision"] == d["first"] for d in ds)
        silent = sum(d["reason"].startswith("GUIDE SILENT") for d in ds)
        print(
            f"  {field:<16} {len(ds):>3}: first right {first_right:>3}, second right {len(ds) - first_right:>3}"
            f"  (first-only kept {sum(d['first'] and d['decision'] for d in ds)}"
            f"/{sum(d['first'] for d in ds)}, second-only kept {sum(d['second'] and d['decision'] for d in ds)}"
            f"/{sum(d['second'] for d in ds)}; GUIDE SILENT {silent})"
        )
    # A language row where neither annotator's object survived means both were wrong; count those rows per code.
    both_wrong: set[tuple[int, str]] = set()
    for (row, field, lang), d in decided.items():
        if field == "languages" and not d["decision"]:
            code = lang.split("|")[0]
            if not any(t[0] == row and t[1] == "languages" and t[2].split("|")[0] == code for t in truth):
                both_wrong.add((row, code))
    print(f"  language codes where neither object survived (code dropped): {len(both_wrong)}")
    for who, labels in (("first", a), ("second", b)):
        cells = []
        for field in ("skills", "platforms", "languages"):
            p, r, f = prf(select(truth, field), select(labels, field))
            cells.append(f"{field} P {p:.3f} R {r:.3f} F1 {f:.3f}")
        wrong = len(select(truth, "is_cross_border") ^ select(labels, "is_cross_border"))
        print(f"{who:<6} vs adjudicated  " + " | ".join(cells) + f" | relevance wrong {wrong}")


def main() -> None:
    """Print the agreement of the half named on the command line, then its adjudication summary."""
    half = sys.argv[1] if len(sys.argv) > 1 else "check"
    if half not in ("tune", "check"):
        raise SystemExit("usage: agreement_check.py [tune|check]")
    first = {r["row"]: r for r in read_jsonl(HERE / f"first_{half}.jsonl")}
    second = {r["row"]: r for r in read_jsonl(HERE / f"blind_{half}.jsonl")}
    if set(first) != set(second):
        raise SystemExit(
            f"rows differ: first only {sorted(set(first) - set(second))}, "
            f"second only {sorted(set(second) - set(first))}"
        )
    rows = sorted(first)
    a = set().union(*(items(first[r]) for r in rows))
    b = set().union(*(items(second[r]) for r in rows))
    n_ids = len(read_jsonl(TAXONOMY))
    print(f"half {half}: {len(rows)} rows; second annotator vs first (reference); skills kappa over rows x {n_ids} ids")
    report(a, b, rows, n_ids)
    adjudicated(a, b, rows, HERE / f"adjudication_{half}.jsonl")


if __name__ == "__main__":
    main()
