"""Scrapy settings for the cbec crawlers (``scrapy.cfg`` and ``SCRAPY_SETTINGS_MODULE`` point here).

Defaults are polite for live sites. The loopback profile (no delay, no AutoThrottle, high concurrency) is
applied
by the spider only when every start URL is on a loopback host, and ``CBEC_LOCAL=1`` asks for it
explicitly; it is
never honoured for a remote host (see ``crawlers.spiders.jobposting``).
"""

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
DOWNLOAD_TIMEOUT = 30
COOKIES_ENABLED = False
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
}

# Landing zone.
CBEC_DATA_DIR = "data"
CBEC_RUN_ID = ""  # empty: a UTC timestamp is used
CBEC_LANDING_ENABLED = True
CBEC_JOBPOSTING_START_URLS = ""
ITEM_PIPELINES = {"crawlers.pipelines.LandingPipeline": 300}
EXTENSIONS = {"crawlers.extensions.StatsFileExtension": 500}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
