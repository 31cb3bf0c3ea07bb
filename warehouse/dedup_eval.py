"""Precision and recall of the near-duplicate step (MinHash + LSH + guards) on labelled pairs.

``python -m warehouse.dedup_eval [PAIRS] [--realdata DIR]`` prints a table by threshold;
``python -m warehouse.dedup_eval --build PAIRS`` writes the pairs file from the demo generator and the real
postings. A pair side names its posting, never copies text: ``{"demo": {"seed": S, "index": I}}`` (the demo
board's posting) or ``{"realdata": {"file": F, "row": R}}`` (a row of the real data, ``summary`` as the
description), plus a list of transformations applied here in code (a repost with a new salary line, shuffled
bullets, a dropped or added line, full-width characters, another city or company).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from warehouse.companies import company_key, title_key
from warehouse.dedup import city_key, hash64, near_duplicate
from warehouse.minhash import band_hashes, signatures, similarity
from warehouse.settings import lifecycle

THRESHOLDS = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9)
NEITUI = "neitui_2018_dev.jsonl"


@lru_cache(maxsize=4)
def _real_rows(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@lru_cache(maxsize=4)
def _demo(seed: int, n: int) -> list[dict[str, Any]]:
    from crawlers.demo_board.generator import generate_postings

    return [p.raw for p in generate_postings(n, seed)]


def _demo_posting(seed: int, index: int) -> dict[str, Any]:
    board = _demo(seed, max(index + 1, 3000))
    return board[index]


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _transform(side: dict[str, Any], name: str, rng: random.Random) -> None:
    lines = [line for line in (side["description"] or "").split("\n")]
    if name == "shuffle_lines":
        rng.shuffle(lines)
    elif name == "salary_line":
        lines.append(f"薪资：{rng.randrange(5, 15)}k-{rng.randrange(15, 30)}k，另有年终奖。")
    elif name == "drop_last_line" and len(lines) > 2:
        lines.pop()
    elif name == "add_line":
        lines.insert(len(lines) // 2, "有相关行业经验者优先考虑，欢迎投递简历。")
    elif name == "fullwidth":
        lines = [_fullwidth(line) for line in lines]
    elif name == "retitle":
        side["title"] = (side["title"] or "") + "（急招）"
    elif name == "change_city":
        side["city"] = "成都市" if side["city"] != "成都市" else "武汉市"
    elif name == "change_company":
        old = side["company"] or ""
        new = "成都蓝鲸远航国际贸易有限公司"
        lines = [line.replace(old, new) for line in lines]
        side["company"] = new
    side["description"] = "\n".join(lines)


def resolve(ref: Mapping[str, Any], realdata: Path | None) -> dict[str, Any] | None:
    """The posting a pair side names, transformed (None when it needs real data that is absent)."""
    if "demo" in ref:
        raw = _demo_posting(int(ref["demo"]["seed"]), int(ref["demo"]["index"]))
        side = {
            "company": raw.get("company"), "title": raw.get("title"), "city": raw.get("location_raw"),
            "description": raw.get("description"),
        }  # fmt: skip
    else:
        if realdata is None or not (realdata / ref["realdata"]["file"]).exists():
            return None
        row = _real_rows(str(realdata / ref["realdata"]["file"]))[int(ref["realdata"]["row"])]
        side = {
            "company": row.get("full_name"), "title": row.get("title"), "city": row.get("addr_city"),
            "description": row.get("summary"),
        }  # fmt: skip
    rng = random.Random(json.dumps(ref, sort_keys=True))
    for name in ref.get("transform", []):
        _transform(side, name, rng)
    return side


def scores(pairs: Sequence[Mapping[str, Any]], realdata: Path | None) -> list[tuple[bool, bool, float, bool]]:
    """Per usable pair: (is_duplicate label, LSH candidate, estimated similarity, cities compatible)."""
    params = lifecycle().near_duplicate
    sides: list[tuple[dict[str, Any], dict[str, Any], bool]] = []
    for pair in pairs:
        a, b = resolve(pair["a"], realdata), resolve(pair["b"], realdata)
        if a is not None and b is not None:
            sides.append((a, b, pair["label"] == "duplicate"))
    texts = [s["description"] for a, b, _ in sides for s in (a, b)]
    sigs, _ = signatures(texts, params)
    keys = [hash64(company_key(s["company"])) for a, b, _ in sides for s in (a, b)]
    buckets = band_hashes(sigs, keys, params)
    out = []
    for i, (a, b, label) in enumerate(sides):
        candidate = bool((buckets[2 * i] == buckets[2 * i + 1]).any())
        sim = float(similarity(sigs[2 * i], sigs[2 * i + 1]))
        cities_ok = near_duplicate(
            1.0, city_key(a["city"]), city_key(b["city"]), 0.0, title_key(a.get("title")), title_key(b.get("title"))
        )
        out.append((label, candidate, sim, cities_ok))
    return out


def precision_recall(rows: Iterable[tuple[bool, bool, float, bool]], threshold: float) -> tuple[float, float, int, int]:
    """Precision, recall, and the numbers of duplicate and distinct pairs."""
    tp = fp = fn = n_dup = n_dist = 0
    for label, candidate, sim, cities_ok in rows:
        predicted = candidate and cities_ok and sim >= threshold
        n_dup += label
        n_dist += not label
        tp += label and predicted
        fp += (not label) and predicted
        fn += label and not predicted
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, n_dup, n_dist


def build_pairs() -> list[dict[str, Any]]:
    """The labelled pairs: duplicates by transformation, hard distinct pairs by construction."""
    seed = 42
    board = _demo(seed, 8000)  # enough for the board to repeat companies (pools of 2,000 and 6,000)
    pairs: list[dict[str, Any]] = []

    def demo(i: int, *transform: str) -> dict[str, Any]:
        return {"demo": {"seed": seed, "index": i}, "transform": list(transform)}

    def real(row: int, *transform: str) -> dict[str, Any]:
        return {"realdata": {"file": NEITUI, "row": row}, "transform": list(transform)}

    dup_transforms = [
        ["shuffle_lines"], ["salary_line", "retitle"], ["drop_last_line"], ["fullwidth"], ["add_line", "shuffle_lines"],
        ["salary_line", "drop_last_line"],
    ]  # fmt: skip
    for k in range(100):
        pairs.append({"label": "duplicate", "kind": "demo repost: " + "+".join(dup_transforms[k % 6]),
                      "a": demo(k), "b": demo(k, *dup_transforms[k % 6])})  # fmt: skip
    by_company: dict[str, list[int]] = {}
    for i, raw in enumerate(board):
        by_company.setdefault(raw["company"], []).append(i)
    same_company = [
        (ids[0], j) for ids in by_company.values() for j in ids[1:] if board[j]["title"] != board[ids[0]]["title"]
    ]
    for i, j in same_company[:60]:
        pairs.append({"label": "distinct", "kind": "demo: same company and template, different role",
                      "a": demo(i), "b": demo(j)})  # fmt: skip
    by_title: dict[str, list[int]] = {}
    for i, raw in enumerate(board):
        by_title.setdefault(raw["title"], []).append(i)
    same_title = [
        (ids[0], j) for ids in by_title.values() for j in ids[1:] if board[j]["company"] != board[ids[0]]["company"]
    ]
    for i, j in same_title[:40]:
        pairs.append({"label": "distinct", "kind": "demo: same title, different company", "a": demo(i), "b": demo(j)})
    for k in range(200, 215):
        pairs.append({"label": "distinct", "kind": "demo: same text, another company",
                      "a": demo(k), "b": demo(k, "change_company")})  # fmt: skip
    for k in range(215, 225):
        pairs.append({"label": "distinct", "kind": "demo: same text, another city",
                      "a": demo(k), "b": demo(k, "change_city")})  # fmt: skip
    return pairs + _real_pairs(real, dup_transforms)


def _real_pairs(real: Any, dup_transforms: list[list[str]]) -> list[dict[str, Any]]:
    path = Path(__file__).resolve().parents[2] / "shared" / "realdata" / NEITUI
    rows = _real_rows(str(path))
    usable = [i for i, r in enumerate(rows) if len(r.get("summary") or "") >= 150]
    pairs: list[dict[str, Any]] = []
    seen_texts: set[str] = set()
    distinct_rows = []
    for i in usable:  # one row per distinct text, so a transformed copy is the only duplicate of a row
        if rows[i]["summary"] not in seen_texts:
            seen_texts.add(rows[i]["summary"])
            distinct_rows.append(i)
    for k, i in enumerate(distinct_rows[:80]):
        t = dup_transforms[k % len(dup_transforms)]
        pairs.append({"label": "duplicate", "kind": "real repost: " + "+".join(t), "a": real(i), "b": real(i, *t)})
    by_title: dict[str, list[int]] = {}
    by_company: dict[str, list[int]] = {}
    for i in distinct_rows:
        by_title.setdefault(rows[i]["title"], []).append(i)
        by_company.setdefault(rows[i]["full_name"], []).append(i)
    same_title = [(ids[0], j) for ids in by_title.values() for j in ids[1:]
                  if rows[j]["full_name"] != rows[ids[0]]["full_name"]]  # fmt: skip
    same_company = [(ids[0], j) for ids in by_company.values() for j in ids[1:]
                    if rows[j]["title"] != rows[ids[0]]["title"]]  # fmt: skip
    for i, j in same_title[:40]:
        pairs.append({"label": "distinct", "kind": "real: same title, different company", "a": real(i), "b": real(j)})
    for i, j in same_company[:40]:
        pairs.append({"label": "distinct", "kind": "real: same company, different title", "a": real(i), "b": real(j)})
    return pairs


def main(argv: list[str] | None = None) -> int:
    """Print precision and recall by threshold (or build the pairs file)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pairs", type=Path, nargs="?", default=Path("tests/dedup_pairs/pairs.jsonl"))
    parser.add_argument("--realdata", type=Path, default=Path("../shared/realdata"))
    parser.add_argument("--build", action="store_true", help="write the pairs file instead of evaluating it")
    args = parser.parse_args(argv)
    if args.build:
        pairs = build_pairs()
        args.pairs.parent.mkdir(parents=True, exist_ok=True)
        args.pairs.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
        print(f"{len(pairs)} pairs → {args.pairs}")
        return 0
    pairs = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines() if line.strip()]
    realdata = args.realdata if args.realdata.exists() else None
    rows = scores(pairs, realdata)
    print(f"threshold  precision  recall   (pairs: {sum(r[0] for r in rows)} duplicate, "
          f"{sum(not r[0] for r in rows)} distinct; configured {lifecycle().threshold})")  # fmt: skip
    for t in THRESHOLDS:
        p, r, _, _ = precision_recall(rows, t)
        print(f"{t:9.2f}  {p:9.3f}  {r:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
