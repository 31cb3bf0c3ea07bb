"""Scrapy settings for the cbec crawlers (``scrapy.cfg`` and ``SCRAPY_SETTINGS_MODULE`` point here).

Defaults are polite for live sites. The loopback profile (no delay, no AutoThrottle, high concurrency) is
applied
by the spider only when every start URL is on a loopback host, and ``CBEC_LOCAL=1`` asks for it
explicitly; it is
never honoured for a remote host (see ``crawlers.spiders.jobposting``).

Faults (see ``crawlers.middlewares``): 429/503 honour Retry-After with exponential backoff (capped); timeouts, resets
and truncated bodies are retried ``RETRY_TIMES`` times; login walls and captchas are counted and, when they are most
answers, the crawl stops with reason "blocked". ``CBEC_JOBDIR`` (setting, or environment variable for the
``cbec crawl --resume`` path) makes the crawl resumable: "auto" → ``<CBEC_DATA_DIR>/jobs/<source>/``.
"""

import os

BOT_NAME = "cbec"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

CBEC_CONTACT = "https://github.com/cbec-talent"  # override with -s CBEC_CONTACT=mailto:you@example.org
USER_AGENT = f"cbec-talent/0.1 (+{CBEC_CONTACT})"

# Live politeness.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_TIMES = 2
# 429 and 503 are the RetryAfterMiddleware's (Retry-After, domain pause, backoff), not the plain retry's.
RETRY_HTTP_CODES = [500, 502, 504, 522, 524, 408]
CBEC_RETRY_AFTER_MAX = 60.0  # seconds; a longer Retry-After is capped, never ignored
CBEC_BACKOFF_BASE = 1.0  # first backoff when no Retry-After; doubles per attempt
CBEC_THROTTLE_RETRY_TIMES = 5
CBEC_BLOCKED_MIN = 5  # blocks before the crawl may be stopped ...
CBEC_BLOCKED_SHARE = 0.5  # ... and the share of answers they must be
DOWNLOAD_TIMEOUT = 30
COOKIES_ENABLED = False
# Scrapy starts this many asyncio workers for the output of every response; a job page yields one posting, so
# the default of 100 only costs (about 100 tasks a page: half the CPU of a local crawl).
CONCURRENT_ITEMS = 8
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

# The loopback profile the spider switches to (see the module docstring).
CBEC_LOCAL = ""  # "" = auto (loopback hosts only), "1" = ask for it, "0" = never
CBEC_LOCAL_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 64,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 64,
    "RANDOMIZE_DOWNLOAD_DELAY": False,
    "CBEC_BACKOFF_BASE": 0.25,
}

# Landing zone.
CBEC_DATA_DIR = "data"
CBEC_RUN_ID = ""  # empty: a UTC timestamp is used
CBEC_LANDING_ENABLED = True
CBEC_JOBPOSTING_START_URLS = ""
CBEC_INCREMENTAL = True  # per-source state under <CBEC_DATA_DIR>/state/: skip unchanged postings
CBEC_JOBDIR = os.environ.get("CBEC_JOBDIR", "")  # "" = not resumable, "auto" or a directory
ITEM_PIPELINES = {"crawlers.pipelines.LandingPipeline": 300}
EXTENSIONS = {"crawlers.extensions.StatsFileExtension": 500, "crawlers.extensions.JobDirExtension": -10}
DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.ConditionalRequestMiddleware": 580,
    "crawlers.middlewares.BlockedMiddleware": 585,  # after decompression (590), after redirects (600)
    "crawlers.middlewares.RetryAfterMiddleware": 560,
    "crawlers.middlewares.FaultStatsMiddleware": 570,
}
SPIDER_MIDDLEWARES = {"crawlers.middlewares.PageChecksMiddleware": 600}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
