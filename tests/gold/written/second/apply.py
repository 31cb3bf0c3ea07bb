"""Apply the adjudicated decisions of one half to its label file, then check the file.

Run from anywhere (stdlib only): ``python tests/gold/written/second/apply.py [--dir FOLDER] [HALF]`` (default
``check``). FOLDER and HALF name the files as in ``agreement.py``: ``tune``/``check`` for the written set's halves
(``first_check.jsonl`` … and ``../labels_check.jsonl``), ``all`` for a set labelled again whole (``--dir
tests/gold/holdout/second all``: ``first.jsonl`` … and ``../labels.jsonl``); ``_H`` below stands for either spelling.

For every row the compared fields (``is_cross_border``, ``platforms``, ``languages``, ``skills``) become what both
annotators agreed on plus what ``adjudication_H.jsonl`` decided true; ``first_H.jsonl`` (the first labels before
adjudication) and ``blind_H.jsonl`` are the inputs, so running it twice gives the same file. Every other field of
the labels file (``note``, ``skills_missing``, the structured fields) and the key order are kept. Then the file
is re-read and checked: it parses, skills exist in ``nlp/data/skills.jsonl``, platforms in ``platforms.jsonl``,
language codes in ``languages.jsonl`` with a level from its levels and qualifiers, one entry per code, sorted.
Prints the number of changed values per field.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/gold: the shared measures
from agreement import HALVES, annotation_file, labels_file, parse_args  # the sibling script: one file layout
from agreement_stats import read_jsonl

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[3] / "nlp" / "data"





def lang_key(lang: dict) -> str:
    """A language object as a sortable, hashable key."""
    return json.dumps(lang, sort_keys=True)


def resolved(first: dict, second: dict, decisions: list[dict]) -> dict:
    """The adjudicated values of one row's compared fields."""
    true_ = {
        (d["field"], lang_key(d["value"]) if d["field"] == "languages" else d["value"])
        for d in decisions
        if d["decision"]
    }
    out: dict = {}
    for field in ("platforms", "skills"):
        agreed = set(first[field]) & set(second[field])
        out[field] = sorted(agreed | {v for f, v in true_ if f == field})
    langs = {lang_key(x) for x in first["languages"]} & {lang_key(x) for x in second["languages"]}
    langs |= {v for f, v in true_ if f == "languages"}
    out["languages"] = sorted((json.loads(x) for x in langs), key=lambda x: x["code"])
    cross = [d for d in decisions if d["field"] == "is_cross_border"]
    out["is_cross_border"] = cross[0]["decision"] if cross else first["is_cross_border"]
    return out


def check(labels: list[dict]) -> None:
    """Fail loudly if any compared field holds an id, slug, code or level outside the vocabularies."""
    skills = {r["id"] for r in read_jsonl(DATA / "skills.jsonl")}
    slugs = {r["slug"] for r in read_jsonl(DATA / "platforms.jsonl")}
    vocab = read_jsonl(DATA / "languages.jsonl")
    codes = {r["code"] for r in vocab if r.get("type") == "language"}
    levels = {r["level"] for r in vocab if r.get("type") in ("level", "qualifier")}
    levels |= {"cet4", "cet6", "tem4", "tem8"}  # English certificates live in certificates.jsonl
    for rec in labels:
        where = f"row {rec['row']}"
        bad = [s for s in rec["skills"] if s not in skills] + [p for p in rec["platforms"] if p not in slugs]
        if bad:
            raise SystemExit(f"{where}: unknown ids {bad}")
        got = [x["code"] for x in rec["languages"]]
        if got != sorted(set(got)) or any(c not in codes for c in got):
            raise SystemExit(f"{where}: languages not one per known code, sorted: {got}")
        if any(x["level"] is not None and x["level"] not in levels for x in rec["languages"]):
            raise SystemExit(f"{where}: unknown language level in {rec['languages']}")
        if not isinstance(rec["is_cross_border"], bool):
            raise SystemExit(f"{where}: is_cross_border is not a bool")


def main() -> None:
    """Rewrite the labels file with the adjudicated values and check it."""
    argv = sys.argv if len(sys.argv) > 1 and sys.argv[-1] in HALVES else [*sys.argv, "check"]
    parsed = parse_args(argv, f"apply.py [--dir FOLDER] [{'|'.join(HALVES)}]")
    if parsed is None:
        raise SystemExit(2)
    folder, half = parsed
    first = {r["row"]: r for r in read_jsonl(annotation_file(folder, "first", half))}
    second = {r["row"]: r for r in read_jsonl(annotation_file(folder, "blind", half))}
    decisions = read_jsonl(annotation_file(folder, "adjudication", half))
    path = labels_file(folder, half)
    labels = read_jsonl(path)
    changed: Counter[str] = Counter()
    for rec in labels:
        row = rec["row"]
        new = resolved(first[row], second[row], [d for d in decisions if d["row"] == row])
        for field, value in new.items():
            if rec[field] != value:
                changed[field] += 1
            rec[field] = value  # assignment keeps the key's position
    with path.open("w", encoding="utf-8") as handle:
        for rec in labels:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    check(read_jsonl(path))
    print(f"{path.name}: {len(labels)} rows checked; rows changed per field: {dict(changed)}")


if __name__ == "__main__":
    main()
