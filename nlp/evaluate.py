"""Score the extractors against the hand-annotated gold set (tests/gold/*.jsonl).

Each gold line names a data file and a 0-based data row. A real-data file (under ``realdata_dir``) row is
turned into a raw posting with the column mapping the importer uses (pipeline/import_presets/*.json); a file
beside the gold file holds raw postings already. The posting runs through the extractor and is compared field
by field: exact accuracy for the structured fields, micro precision/recall/F1 over items
for the list fields, and precision/recall/F1 of the positive class for relevance.
Pure: imports neither scrapy nor prefect.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

Extractor = Callable[[dict[str, Any]], dict[str, Any]]

# Real-data file name -> importer preset that maps its columns to raw-posting fields.
FILE_PRESETS: dict[str, str] = {
    "51job_2023_isixe.csv": "51job_search_api",
    "neitui_2018_dev.jsonl": "neitui_api",
    "addresses_cpca.csv": "company_addresses",
}

SALARY_KEYS = ("min_monthly", "max_monthly", "months_per_year", "period", "currency", "negotiable")
SIZE_KEYS = ("min_employees", "max_employees", "size_class")
EXPERIENCE_KEYS = ("min_years", "max_years")

# DESIGN.md "Quality bars": accuracy fields need accuracy >= bar; P/R fields need each named metric >= bar.
ACCURACY_BARS: dict[str, float] = {
    "salary": 0.995,
    **{f"salary.{k}": 0.995 for k in SALARY_KEYS},
    "province": 0.995,
    "city": 0.99,
    # Bare street addresses: published parsers get about 60% of cities; the design asks to do better.
    "address.province": 0.60,
    "address.city": 0.60,
    "size": 0.98,
    "size.size_class": 0.98,
    "education": 0.98,
    "experience": 0.98,
    # DESIGN.md sets no bar for role family; claim C1 rests on it, so the project holds it to 0.95.
    "role_family": 0.95,
}
PRF_BARS: dict[str, dict[str, float]] = {
    "is_cross_border": {"f1": 0.95},
    "platforms": {"precision": 0.95, "recall": 0.95},
    "languages.code_required": {"precision": 0.95, "recall": 0.95},
    "languages.code_level_required": {"precision": 0.95, "recall": 0.95},
    "skills": {"precision": 0.90, "recall": 0.85},
}
FIELD_ORDER: tuple[str, ...] = (*ACCURACY_BARS, *PRF_BARS)

_TEMPLATE_FIELD = re.compile(r"\{(\w+)\}")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read one gold JSONL file (blank lines skipped); each line must name a `file` and a 0-based `row`."""
    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as handle:
        try:
            lines = list(handle)
        except UnicodeDecodeError:
            raise ValueError(f"{path}: not UTF-8 text") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
            if not isinstance(item, dict) or "file" not in item or not isinstance(item.get("row"), int):
                raise ValueError(f"{path}:{number}: a gold line needs 'file' and an integer 'row'")
            rows.append(item)
    return rows


def _load_preset(name: str) -> dict[str, Any]:
    """The importer's column mapping for one dump format, read from pipeline's package data."""
    text = resources.files("pipeline").joinpath("import_presets", f"{name}.json").read_text(encoding="utf-8")
    preset: dict[str, Any] = json.loads(text)
    return preset


def _importer() -> Any:
    """pipeline.importer when it imports (it is being finished in parallel), else None."""
    try:
        from pipeline import importer
    except ImportError:
        return None
    return importer


def _present(value: Any) -> bool:
    return value is not None and value != ""


def raw_from_row(file_name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """Build the raw posting for one real-data row, using the importer preset registered for `file_name`.

    A template field (e.g. neitui's salary "{pay_range_from}k-{pay_range_to}k") is left out when a column it
    needs is missing, so an absent pay range reads as no salary rather than "Nonek-Nonek".
    """
    if file_name not in FILE_PRESETS:
        raise KeyError(f"no column mapping for {file_name!r}; known: {', '.join(sorted(FILE_PRESETS))}")
    importer = _importer()
    if importer is not None:
        # The importer's own row mapping (scrubbing included) makes the evaluated posting a landed one.
        mapping = next(m for m in importer.presets() if m.name == FILE_PRESETS[file_name])
        mapped: dict[str, Any] = importer.map_row(dict(row), mapping, mapping.name)
        return mapped
    preset = _load_preset(FILE_PRESETS[file_name])
    raw: dict[str, Any] = {"source": preset["name"]}
    raw.update(preset.get("constants", {}))
    for field, column in preset.get("fields", {}).items():
        if _present(row.get(column)):
            raw[field] = row[column]
    for field, template in preset.get("templates", {}).items():
        columns = _TEMPLATE_FIELD.findall(template)
        needed = [c for c in columns if c not in ("addr_county",)]
        # County is optional in a location ("浙江杭州" is complete); every other column must be there.
        if all(_present(row.get(c)) for c in needed):
            raw[field] = template.format(**{c: row.get(c) or "" for c in columns})
    for field, spec in preset.get("lists", {}).items():
        value = row.get(spec["column"])
        if _present(value):
            raw[field] = [part.strip() for part in str(value).split(spec["separator"]) if part.strip()]
    return raw


def _read_rows(path: Path) -> list[dict[str, Any]]:
    """All data rows of a CSV (header excluded) or JSONL file, in file order."""
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _default_extractor() -> Extractor:
    from nlp.extract import extract_posting  # imported late: the scorer must load even if extractors do not

    return extract_posting


def _round(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return round(float(value), 2)


def _pick(record: Any, keys: Iterable[str]) -> dict[str, Any]:
    """The named keys of a dict (numbers rounded to cents so 15000 == 15000.0); missing dict -> all None."""
    source = record if isinstance(record, Mapping) else {}
    return {k: _round(source.get(k)) for k in keys}


class _Accuracy:
    def __init__(self) -> None:
        self.n = 0
        self.correct = 0
        self.mismatches: list[dict[str, Any]] = []

    def add(self, ref: dict[str, Any], expected: Any, got: Any) -> None:
        self.n += 1
        if expected == got:
            self.correct += 1
        else:
            self.mismatches.append({**ref, "expected": expected, "got": got})

    def result(self, bar: float) -> dict[str, Any]:
        accuracy = self.correct / self.n if self.n else None
        return {
            "kind": "accuracy",
            "n": self.n,
            "correct": self.correct,
            "accuracy": accuracy,
            "bar": {"accuracy": bar},
            "pass": accuracy is not None and accuracy >= bar,
            "mismatches": self.mismatches,
        }


def prf(tp: int, fp: int, fn: int) -> dict[str, float | None]:
    """Precision, recall and F1 from counts; a ratio with a zero denominator is None (undefined)."""
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


class _SetScore:
    """Micro-averaged P/R/F1 over items: every (row, item) pair counts once."""

    def __init__(self) -> None:
        self.n = 0
        self.tp = self.fp = self.fn = 0
        self.mismatches: list[dict[str, Any]] = []
        self.by_item: dict[str, list[int]] = {}  # str(item) -> [tp, fp, fn]

    def add(self, ref: dict[str, Any], expected: Iterable[Any], got: Iterable[Any]) -> None:
        want, have = set(expected), set(got)
        self.n += 1
        self.tp += len(want & have)
        self.fp += len(have - want)
        self.fn += len(want - have)
        for slot, items in enumerate((want & have, have - want, want - have)):
            for item in items:
                self.by_item.setdefault(str(item), [0, 0, 0])[slot] += 1
        if want != have:
            self.mismatches.append(
                {**ref, "expected": sorted(want, key=repr), "got": sorted(have, key=repr),
                 "missing": sorted(want - have, key=repr), "extra": sorted(have - want, key=repr)}
            )

    def result(self, bars: dict[str, float]) -> dict[str, Any]:
        scores = prf(self.tp, self.fp, self.fn)
        passed = self.n > 0 and all((scores[m] or 0.0) >= bar for m, bar in bars.items())
        # A field with no positive items anywhere (tp+fp+fn == 0) is vacuously right.
        if self.n > 0 and self.tp + self.fp + self.fn == 0:
            passed = True
        return {"kind": "prf", "n": self.n, "tp": self.tp, "fp": self.fp, "fn": self.fn, **scores,
                "bar": bars, "pass": passed, "mismatches": self.mismatches, "by_item": self.by_item}


def _language_items(languages: Any, with_level: bool) -> list[tuple[Any, ...]]:
    items: list[tuple[Any, ...]] = []
    for entry in languages or []:
        if not isinstance(entry, Mapping):
            continue
        if with_level:
            items.append((entry.get("code"), entry.get("level"), bool(entry.get("required"))))
        else:
            items.append((entry.get("code"), bool(entry.get("required"))))
    return items


def _skill_ids(skills: Any) -> list[str]:
    ids: list[str] = []
    for entry in skills or []:
        if isinstance(entry, Mapping) and entry.get("id"):
            ids.append(str(entry["id"]))
        elif isinstance(entry, str):
            ids.append(entry)
    return ids


def _score_row(gold: dict[str, Any], got: dict[str, Any], acc: dict[str, _Accuracy],
               sets: dict[str, _SetScore], relevance: list[int]) -> None:
    """Add one gold row's comparisons to the running scores (only the fields the gold row labels)."""
    ref = {"file": gold["file"], "row": gold["row"]}
    raw_location = got.get("location")
    location: Mapping[str, Any] = raw_location if isinstance(raw_location, Mapping) else {}
    is_address_gold = gold["file"] == "addresses_cpca.csv"
    if "salary" in gold:
        expected, have = _pick(gold["salary"], SALARY_KEYS), _pick(got.get("salary"), SALARY_KEYS)
        acc["salary"].add(ref, expected, have)
        for key in SALARY_KEYS:
            acc[f"salary.{key}"].add(ref, expected[key], have[key])
    for key in ("province", "city"):
        if key in gold:
            name = f"address.{key}" if is_address_gold else key
            acc[name].add(ref, gold[key], location.get(key))
    if "size" in gold:
        expected, have = _pick(gold["size"], SIZE_KEYS), _pick(got.get("company_size"), SIZE_KEYS)
        acc["size"].add(ref, expected, have)
        acc["size.size_class"].add(ref, expected["size_class"], have["size_class"])
    if "education" in gold:
        acc["education"].add(ref, gold["education"], got.get("education"))
    if "experience" in gold:
        acc["experience"].add(ref, _pick(gold["experience"], EXPERIENCE_KEYS),
                              _pick(got.get("experience"), EXPERIENCE_KEYS))
    if "role_family" in gold:
        acc["role_family"].add(ref, gold["role_family"], got.get("role_family"))
    if "is_cross_border" in gold:
        positive, predicted = bool(gold["is_cross_border"]), bool(got.get("is_cross_border"))
        relevance[0 if positive and predicted else 1 if predicted else 2 if positive else 3] += 1
        sets["is_cross_border"].n += 1
        if positive != predicted:
            sets["is_cross_border"].mismatches.append({**ref, "expected": positive, "got": predicted,
                                                       "evidence": got.get("relevance_evidence")})
    if "platforms" in gold:
        sets["platforms"].add(ref, gold["platforms"], got.get("platforms") or [])
    if "languages" in gold:
        sets["languages.code_required"].add(ref, _language_items(gold["languages"], False),
                                            _language_items(got.get("languages"), False))
        sets["languages.code_level_required"].add(ref, _language_items(gold["languages"], True),
                                                  _language_items(got.get("languages"), True))
    if "skills" in gold:
        sets["skills"].add(ref, gold["skills"], _skill_ids(got.get("skills")))


def gold_row(gold_path: str | Path, gold: Mapping[str, Any], realdata_dir: str | Path,
             cache: dict[str, list[dict[str, Any]]]) -> Callable[[], dict[str, Any]]:
    """The raw posting a gold line points at, as a call that builds it (mapping a real-data row may raise, and
    is then scored as the extractor's error). A file beside the gold file (tests/gold/written/postings.jsonl) holds
    raw postings as they are; any other name is a real-data file under ``realdata_dir``, mapped by its importer
    preset. Files are read once into ``cache``; a row outside its file raises IndexError."""
    file_name = gold["file"]
    beside = Path(gold_path).parent / file_name
    is_raw = file_name not in FILE_PRESETS and beside.is_file()
    source = beside if is_raw else Path(realdata_dir) / file_name
    key = str(source)
    if key not in cache:
        if not is_raw and not Path(realdata_dir).is_dir():
            raise ValueError(f"{gold_path}: {file_name} is neither beside the gold file nor in a --realdata "
                             f"folder ({realdata_dir} is not one)")
        cache[key] = _read_rows(source)
    data = cache[key]
    if not 0 <= gold["row"] < len(data):
        raise IndexError(f"{gold_path}: row {gold['row']} is outside {file_name} ({len(data)} rows)")
    row = data[gold["row"]]
    return (lambda: dict(row)) if is_raw else (lambda: raw_from_row(file_name, row))


def evaluate(gold_paths: Iterable[str | Path], realdata_dir: str | Path,
             extract: Extractor | None = None) -> dict[str, Any]:
    """Run `extract` (default nlp.extract.extract_posting) on every gold row's raw posting and score it.

    Returns {"rows": n, "errors": [...], "fields": {field: result}} where an accuracy result has n, correct,
    accuracy, bar, pass, mismatches and a P/R/F1 result has n, tp, fp, fn, precision, recall, f1, bar, pass,
    mismatches and by_item ({str(item): [tp, fp, fn]}). Each mismatch is {file, row, expected, got}. An
    extractor exception counts as a wrong answer on every field of that row and is listed under "errors".
    """
    run = extract or _default_extractor()
    base = Path(realdata_dir)
    cache: dict[str, list[dict[str, Any]]] = {}
    acc = {name: _Accuracy() for name in ACCURACY_BARS}
    sets = {name: _SetScore() for name in PRF_BARS}
    relevance = [0, 0, 0, 0]  # tp, fp, fn, tn
    errors: list[dict[str, Any]] = []
    count = 0
    for gold_path in gold_paths:
        for gold in load_gold(gold_path):
            file_name = gold["file"]
            raw = gold_row(gold_path, gold, base, cache)
            count += 1
            try:
                got = run(raw())
            except Exception as exc:  # a crashing extractor is scored, not fatal
                message = f"{type(exc).__name__}: {exc}"
                errors.append({"file": file_name, "row": gold["row"], "error": message})
                got = {}
            try:
                _score_row(gold, got, acc, sets, relevance)
            except (TypeError, AttributeError) as exc:  # a label of the wrong shape ("skills": 5)
                raise ValueError(
                    f"{gold_path}: row {gold['row']} of {file_name}: a label has the wrong type ({exc})"
                ) from None
    tp, fp, fn, _tn = relevance
    sets["is_cross_border"].tp, sets["is_cross_border"].fp, sets["is_cross_border"].fn = tp, fp, fn
    fields: dict[str, Any] = {}
    for name in FIELD_ORDER:
        if name in acc and acc[name].n:
            fields[name] = acc[name].result(ACCURACY_BARS[name])
        elif name in sets and sets[name].n:
            fields[name] = sets[name].result(PRF_BARS[name])
    return {"rows": count, "errors": errors, "fields": fields}


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.4f}"


def format_table(results: dict[str, Any]) -> str:
    """A fixed-width table: one line per field with its score(s), the DESIGN.md bar and PASS/FAIL."""
    header = f"{'field':32} {'n':>5} {'acc':>7} {'prec':>7} {'recall':>7} {'f1':>7}  {'bar':22} verdict"
    lines = [header, "-" * len(header)]
    for name, res in results.get("fields", {}).items():
        bar = ", ".join(f"{k[:4]}>={v:g}" for k, v in res["bar"].items())
        if res["kind"] == "accuracy":
            cells = f"{_fmt(res['accuracy']):>7} {'':>7} {'':>7} {'':>7}"
        else:
            cells = f"{'':>7} {_fmt(res['precision']):>7} {_fmt(res['recall']):>7} {_fmt(res['f1']):>7}"
        lines.append(f"{name:32} {res['n']:>5} {cells}  {bar:22} {'PASS' if res['pass'] else 'FAIL'}")
    failed = sum(1 for res in results.get("fields", {}).values() if not res["pass"])
    lines.append("-" * len(header))
    lines.append(f"{results.get('rows', 0)} gold rows, {len(results.get('errors', []))} extractor errors, "
                 f"{failed} field(s) below the bar")
    return "\n".join(lines)
