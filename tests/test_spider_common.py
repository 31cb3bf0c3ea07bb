"""What all board spiders share: the registry, argument validation, block detection, HTML to text."""

from __future__ import annotations

import subprocess
import sys

import pytest

from crawlers.parsers.common import block_reason, city_code, city_name, html_to_text
from crawlers.replicas import REAL_SITES, site_factories
from crawlers.run import PACKAGE_ROOT, crawl_argv, crawl_env, run_crawl
from crawlers.sources import sources
from flows.sources import known_sources

SPIDERS = ["boss", "greenhouse", "job51", "jobposting", "lever", "liepin", "zhaopin"]


@pytest.mark.slow
def test_scrapy_list_shows_every_spider() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"], cwd=PACKAGE_ROOT, env=crawl_env(), capture_output=True, text=True
    )
    assert out.stdout.split() == SPIDERS


def test_sources_json_names_a_spider_and_replica_for_each_source() -> None:
    specs = sources()
    assert {s.spider for s in specs.values()} == set(SPIDERS)
    assert known_sources() == ["demo", "51job", "boss", "liepin", "zhaopin", "greenhouse", "lever"]
    factories = site_factories()
    for spec in specs.values():
        assert spec.replica_site in factories
    assert all(f"{site}-blocked" in factories for site in REAL_SITES)


@pytest.mark.parametrize(
    ("spider", "args", "message"),
    [
        ("job51", {"base_url": "ftp://x"}, "base_url"),
        ("boss", {"max_pages": 0}, "max_pages"),
        ("liepin", {"keywords": ""}, "keywords"),
        ("zhaopin", {"cities": "火星"}, "火星"),
        ("greenhouse", {}, "boards"),
        ("lever", {"companies": ""}, "companies"),
        ("boss", {"colour": "red"}, "colour"),
    ],
)
def test_bad_arguments_fail_at_once_with_one_line(tmp_path, spider: str, args: dict, message: str) -> None:
    if spider == "zhaopin":  # an unknown city fails when the first request is built, inside the crawl
        with pytest.raises(ValueError, match=message):
            city_code("zhaopin", "火星")
        return
    result = run_crawl(spider, spider=spider, spider_args=args, data_dir=tmp_path, run_id="r1")
    assert not result.ok and result.argv == []
    assert message in (result.error or "") and "\n" not in (result.error or "")


def test_argv_carries_spider_arguments(tmp_path) -> None:
    argv = crawl_argv(
        "lever",
        spider="lever",
        spider_args={"companies": {"a": "A公司", "b": "B"}, "max_pages": 2},
        data_dir=tmp_path,
        run_id="r1",
    )
    assert argv[3:6] == ["crawl", "lever", "-a"]
    assert "companies=a=A公司,b=B" in argv and "max_pages=2" in argv and not any("start_urls" in a for a in argv)


@pytest.mark.parametrize(
    ("status", "text", "url", "reason"),
    [
        (200, '<div class="nc_bg"></div>滑动验证', "", "captcha"),
        (200, "很抱歉，由于您访问的URL有可能对网站造成安全威胁，您的访问被阻断", "", "security_check"),
        (200, "您暂时无法继续访问～", "", "security_check"),
        (403, "<title>Attention Required! | Cloudflare</title>", "", "security_check"),
        (200, "<h2>扫码登录</h2>", "https://passport.zhaopin.com/login", "login_wall"),
        (403, "Forbidden", "", "forbidden"),
        (429, "", "", "rate_limited"),
        (200, "<p>普通页面</p>", "https://example.org/jobs", None),
    ],
)
def test_block_reason(status: int, text: str, url: str, reason: str | None) -> None:
    assert block_reason(status, text, url) == reason


def test_html_to_text_keeps_lines() -> None:
    assert html_to_text("<p>岗位职责：</p><p>1、运营&amp;推广</p><br><ul><li> A </li><li>B</li></ul>") == (
        "岗位职责：\n1、运营&推广\nA\nB"
    )


@pytest.mark.parametrize(
    ("site", "city", "code"),
    [
        ("job51", "深圳", "040000"),
        ("boss", "杭州市", "101210100"),
        ("liepin", "全国", "410"),
        ("zhaopin", "广州", "763"),
    ],
)
def test_city_codes_round_trip(site: str, city: str, code: str) -> None:
    assert city_code(site, city) == code
    assert city_name(site, code) == city.removesuffix("市")
