"""Run a crawl as a subprocess (Scrapy's reactor cannot restart, and hangs inside a Prefect flow).

``crawl_argv`` builds the command line; ``run_crawl`` runs it and returns a :class:`CrawlResult`. A crawl that
fails gives a result with ``error`` set; it never raises for a crawl failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.landing import landing_file, stats_file

PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # the directory holding crawlers/ and scrapy.cfg
SPIDER = "jobposting"


@dataclass
class CrawlResult:
    """Outcome of one crawl subprocess."""

    source: str
    run_id: str
    returncode: int
    items: int
    stats: dict[str, Any]
    duration_s: float
    landing_path: Path | None
    error: str | None = None
    stderr_tail: str = ""
    argv: list[str] = field(default_factory=list)
    blocked: dict[str, int] = field(default_factory=dict)  # block reason → count, when the site blocked us

    @property
    def ok(self) -> bool:
        return self.error is None


def _arg_text(value: Any) -> str:
    """A spider argument as ``-a`` text: lists comma-joined, mappings as ``key=value`` pairs."""
    if isinstance(value, dict):
        return ",".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value)


def crawl_argv(
    source: str,
    *,
    start_urls: str | list[str] | None = None,
    data_dir: str | os.PathLike[str],
    run_id: str,
    max_items: int | None = None,
    local: bool = False,
    output: str | os.PathLike[str] | None = None,
    mode: str | None = None,
    spider: str = SPIDER,
    spider_args: dict[str, Any] | None = None,
) -> list[str]:
    """``python -m scrapy crawl <spider> ...`` for one source; ``output`` writes a feed file instead of
    landing. ``start_urls`` and ``mode`` are the jobposting spider's; ``spider_args`` go to any spider."""
    argv = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"source={source}"]
    if start_urls is not None:
        urls = start_urls if isinstance(start_urls, str) else ",".join(start_urls)
        argv += ["-a", f"start_urls={urls}"]
    for key, value in (spider_args or {}).items():
        argv += ["-a", f"{key}={_arg_text(value)}"]
    argv += [
        "-s",
        f"CBEC_DATA_DIR={Path(data_dir).resolve()}",
        "-s",
        f"CBEC_RUN_ID={run_id}",
    ]
    if mode:
        argv += ["-a", f"mode={mode}"]
    if max_items is not None:
        argv += ["-a", f"max_items={max_items}"]
    if local:
        argv += ["-s", "CBEC_LOCAL=1"]
    if output is not None:
        argv += ["-s", "CBEC_LANDING_ENABLED=0", "-O", str(Path(output).resolve())]
    return argv


def crawl_env() -> dict[str, str]:
    """Environment that lets Scrapy find the project settings from any working directory."""
    env = dict(os.environ)
    env["SCRAPY_SETTINGS_MODULE"] = "crawlers.settings"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def _last_error_line(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    for ln in reversed(lines):
        if "Error" in ln or "error" in ln:
            return ln[:300]
    return lines[-1][:300] if lines else "no output"


def validate_args(spider: str, args: dict[str, Any]) -> None:
    """Validate a spider's arguments in this process (a one-line ValueError), before paying for a subprocess."""
    if spider == SPIDER:
        from crawlers.spiders.jobposting import parse_args

        parse_args(**args)
        return
    from importlib import import_module

    try:
        module = import_module(f"crawlers.spiders.{spider}")
    except ImportError:
        raise ValueError(f"unknown spider {spider!r}") from None
    classes = [c for c in vars(module).values() if getattr(c, "name", None) == spider and hasattr(c, "parse_args")]
    if not classes:
        raise ValueError(f"unknown spider {spider!r}")
    classes[0].parse_args(**{k: _arg_text(v) if isinstance(v, dict) else v for k, v in args.items()})


def run_crawl(
    source: str,
    *,
    start_urls: str | list[str] | None = None,
    data_dir: str | os.PathLike[str],
    run_id: str,
    max_items: int | None = None,
    local: bool = False,
    output: str | os.PathLike[str] | None = None,
    mode: str | None = None,
    timeout_s: float | None = None,
    spider: str = SPIDER,
    spider_args: dict[str, Any] | None = None,
) -> CrawlResult:
    """Run one crawl to completion and report what happened (never raises for a crawl failure).

    A site that blocks the crawl (login wall, captcha, security check) gives ``error`` "blocked by the site ..."
    and the counts in ``blocked``."""

    t0 = time.monotonic()
    argv: list[str] = []

    def failed(error: str, returncode: int = -1, stderr: str = "") -> CrawlResult:
        return CrawlResult(
            source, run_id, returncode, 0, {}, time.monotonic() - t0, None, error, stderr[-4000:], argv
        )

    try:
        args: dict[str, Any] = {"source": source, **(spider_args or {})}
        if start_urls is not None:
            args["start_urls"] = start_urls
        if mode:
            args["mode"] = mode
        if max_items is not None:
            args["max_items"] = max_items
        validate_args(spider, args)
        landing = landing_file(data_dir, source, run_id)
        argv = crawl_argv(
            source,
            start_urls=start_urls,
            data_dir=data_dir,
            run_id=run_id,
            max_items=max_items,
            local=local,
            output=output,
            mode=mode,
            spider=spider,
            spider_args=spider_args,
        )
    except ValueError as exc:
        return failed(str(exc))
    try:
        proc = subprocess.run(
            argv,
            cwd=PACKAGE_ROOT,
            env=crawl_env(),
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        err = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        return failed(f"crawl timed out after {timeout_s} s", stderr=err)
    except OSError as exc:
        return failed(f"could not start scrapy: {exc}")
    duration = time.monotonic() - t0
    stats: dict[str, Any] = {}
    sfile = stats_file(data_dir, source, run_id)
    if sfile.exists():
        try:
            stats = json.loads(sfile.read_text(encoding="utf-8"))
        except ValueError:
            stats = {}
    landed = landing.exists() and output is None
    items = int(stats.get("items", 0))
    scrapy_stats = stats.get("scrapy", {}) if isinstance(stats.get("scrapy"), dict) else {}
    blocked = {k.split("/", 1)[1]: int(v) for k, v in scrapy_stats.items() if str(k).startswith("blocked/")}
    error = None
    if proc.returncode != 0:
        error = f"scrapy exited with {proc.returncode}: {_last_error_line(proc.stderr)}"
    elif not stats:
        error = "crawl wrote no stats file"
    elif stats.get("finish_reason") == "blocked" or blocked:
        counts = ", ".join(f"{k}: {v}" for k, v in sorted(blocked.items()))
        error = f"blocked by the site ({counts or 'reason unknown'}); stopped politely after {items} postings"
    elif stats.get("finish_reason") not in ("finished", "closespider_itemcount"):
        error = f"crawl ended early: {stats.get('finish_reason')}"
    elif not any(str(k).startswith("2") for k in stats.get("responses_by_status", {})):
        error = f"no successful response ({stats.get('errors', 0)} errors logged); is the site up?"
    elif output is None and not landed:
        error = "crawl wrote no landing file"
    elif output is not None and items and not Path(output).is_file():
        # Scrapy logs a feed it could not store (a read-only folder) and still exits 0: the postings went nowhere.
        error = f"crawl wrote no output file {output}: {_last_error_line(proc.stderr)}"
    return CrawlResult(
        source,
        run_id,
        proc.returncode,
        items,
        stats,
        duration,
        landing if landed else None,
        error,
        proc.stderr[-4000:] if error else "",
        argv,
        blocked,
    )
