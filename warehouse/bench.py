"""Load benchmark on generated extracted records: ``python -m warehouse.bench --n 100000 [--db PATH]``.

Prints rows/s for a first load, a same-day reload and a next-day load, and the process's peak RSS
(resource.getrusage). The generated records have the shape of `cbec extract` output with plausible field
values and about 800 characters of description; they are synthetic, not real postings.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

_PLACES = (
    ("广东省", "深圳市", "east"),
    ("浙江省", "杭州市", "east"),
    ("浙江省", "金华市", "east"),
    ("福建省", "厦门市", "east"),
    ("河南省", "郑州市", "central"),
    ("四川省", "成都市", "west"),
    ("辽宁省", "大连市", "northeast"),
    (None, None, None),
)
_SIZES = (
    (1, 49, "small_or_micro"),
    (20, 99, "small"),
    (50, 150, "ambiguous"),
    (100, 299, "medium"),
    (500, 1000, "large"),
    (None, None, "unknown"),
)
_PLATFORMS = ("amazon", "tiktok_shop", "shopee", "temu", "aliexpress", "shopify", "independent_site")
_LANGS = (("en", "cet4"), ("ja", "jlpt_n2"), ("es", None), ("ru", None), ("de", None))
_ROLES = ("operations", "procurement", "marketing", "sales", "customer_service", "logistics")
_SKILL = {
    "id": "listing_optimisation",
    "name_zh": "listing优化",
    "name_en": "listing optimisation",
    "category": "platform_operations",
}
_DUTY_VERBS = ("负责", "协助", "参与", "主导", "跟进", "统筹", "优化", "策划", "执行", "分析")
_DUTY_OBJECTS = (
    "店铺日常运营", "商品上架与详情页优化", "站内广告投放", "竞品与市场调研", "新品开发与选品", "订单与物流跟进",
    "海外仓库存周转", "客户邮件与售后处理", "社媒账号内容运营", "达人合作与直播带货", "促销活动策划", "数据报表与复盘",
    "供应商开发与比价", "包装与认证合规", "关键词与搜索排名", "独立站转化率提升", "退货率与差评分析", "团队培训与带教",
)  # fmt: skip
_DUTY_ENDS = ("，提升销售额。", "，控制成本。", "，完成月度目标。", "，保证店铺健康。", "，提高转化率。", "。")


def _description(rng: random.Random, i: int) -> str:
    """About 800 characters of duties, different from posting to posting (so near-duplicate detection sees
    distinct texts, as with real boards)."""
    lines = [
        f"{n}. {rng.choice(_DUTY_VERBS)}{obj}{rng.choice(_DUTY_ENDS)}"
        for n, obj in enumerate(rng.sample(_DUTY_OBJECTS, 10), start=1)
    ]
    lines.append("岗位编号" + "".join("零一二三四五六七八九"[int(c)] for c in str(i)) + "。")
    # Product models as random letters: real postings name their own products, brands and markets.
    lines.append("主营型号：" + " ".join(
        "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=8)) for _ in range(15)
    ) + "。")
    return "\n".join(lines * 2)


def synthetic_records(
    n: int, *, seed: int = 7, source: str = "bench", salary_shift: int = 0
) -> list[dict[str, Any]]:
    """``n`` deterministic extracted records; ``salary_shift`` moves every salary (a changed posting)."""
    return list(iter_synthetic_records(n, seed=seed, source=source, salary_shift=salary_shift))


def iter_synthetic_records(
    n: int, *, seed: int = 7, source: str = "bench", salary_shift: int = 0, start: int = 0
) -> Iterator[dict[str, Any]]:
    """The records of :func:`synthetic_records` one at a time (numbers ``start`` .. ``start + n - 1``), so a
    million can stream into a load without being held at once."""
    rng = random.Random(seed if start == 0 else f"{seed}:{start}")
    scraped = datetime(2026, 11, 1, 2, 0, tzinfo=UTC).isoformat()
    for i in range(start, start + n):
        province, city, region = rng.choice(_PLACES)
        low, high, size_class = rng.choice(_SIZES)
        salary_min = float(rng.randrange(4, 20) * 1000 + salary_shift)
        langs = rng.sample(_LANGS, rng.randrange(0, 3))
        yield (
            {
                "source": source,
                "source_id": f"{source}-{i}",
                "url": f"http://127.0.0.1/jobs/{i}",
                "title": f"跨境电商运营专员 {i % 97}",
                "company": f"示例贸易有限公司{i % 1013}",
                "company_size_raw": None if low is None else f"{low}-{high}人",
                "location_raw": city,
                "salary_raw": f"{int(salary_min)}-{int(salary_min) + 4000}元",
                "tags": ["五险一金", "跨境"],
                "description": _description(rng, i),
                "scraped_at": scraped,
                "is_cross_border": rng.random() < 0.8,
                "relevance_evidence": ["跨境电商"],
                "salary": {
                    "min_monthly": salary_min,
                    "max_monthly": salary_min + 4000,
                    "months_per_year": rng.choice([None, 13]),
                    "period": "month",
                    "currency": "CNY",
                    "negotiable": False,
                },
                "location": {
                    "country": "CN" if province else None,
                    "province": province,
                    "city": city,
                    "district": None,
                    "adcode": None,
                    "region": region,
                    "is_pilot_zone": province is not None,
                    "industrial_belt": None,
                },
                "company_size": {"min_employees": low, "max_employees": high, "size_class": size_class},
                "education": rng.choice(["associate", "bachelor", None]),
                "experience": {"min_years": rng.choice([0, 1, 3]), "max_years": None},
                "employment_type": ["full_time"],
                "role_family": rng.choice(_ROLES),
                "platforms": sorted(rng.sample(_PLATFORMS, rng.randrange(0, 3))),
                "languages": [
                    {"code": code, "level": level, "required": rng.random() < 0.6}
                    for code, level in sorted(langs)
                ],
                "skills": [_SKILL],
                "ai_mention": {"present": False, "context": None},
                "certificates": [],
            }
        )


class _Timed:
    """Wraps the record generator and adds up the CPU time spent making records, so the load's own time can be
    told apart from the benchmark's (the synthetic generator costs about as much per record as the load)."""

    def __init__(self, records: Iterator[dict[str, Any]]) -> None:
        self.records = records
        self.cpu_s = 0.0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        while True:
            started = time.process_time()
            try:
                record = next(self.records)
            except StopIteration:
                return
            finally:
                self.cpu_s += time.process_time() - started
            yield record


def _peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per phase."""
    from warehouse.db import open_warehouse
    from warehouse.load import RunInfo, load_run

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000, help="records in the first load")
    parser.add_argument("--n-new", type=int, default=10_000, help="new records in the incremental load")
    parser.add_argument("--db", type=Path, default=None, help="warehouse file (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        day = date(2026, 11, 1)
        phases = [
            ("first load into an empty warehouse", day, args.n, 0),
            ("second identical load", day, args.n, 0),
            ("incremental load of new postings, next day", day + timedelta(days=1), args.n_new, args.n),
        ]
        for i, (label, seen_on, n, start) in enumerate(phases):
            records = _Timed(iter_synthetic_records(n, start=start))
            run = RunInfo(f"bench-{i}", datetime.now(UTC), None, "success", seen_on)
            started = time.perf_counter()
            cpu_started = time.process_time()
            with open_warehouse(db) as con:
                stats = load_run(con, run, records)
                dedup = con.execute(
                    "select step, n_pairs, n_merged from dedup_stats where run_id = $r order by step", {"r": run.run_id}
                ).fetchall()
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            print(
                f"{label}: {n:,} records in {elapsed:.1f} s = {n / elapsed:,.0f} rows/s (CPU {cpu:.1f} s, of which "
                f"generating the records {records.cpu_s:.1f} s); {stats}; dedup {dedup}; "
                f"peak RSS so far {_peak_rss_mb():.0f} MB",
                flush=True,
            )
        with open_warehouse(db, read_only=True) as con:
            query = (
                "select count(*) filter (where is_east) / count(*) from mart_cross_border_postings "
                "where has_known_province"
            )
            for attempt in ("cold", "warm"):
                started = time.perf_counter()
                value = con.execute(query).fetchall()[0][0]
                print(f"indicator share_east_region ({attempt}): {value:.4f} in {time.perf_counter() - started:.2f} s")
            started = time.perf_counter()
            n_active = con.execute("select count(*) from postings where is_active").fetchall()[0][0]
            print(f"active postings: {n_active:,} in {time.perf_counter() - started:.2f} s")
        print(f"file size {db.stat().st_size / 1e6:.1f} MB; peak RSS {_peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
