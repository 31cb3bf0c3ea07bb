"""Pure parsing functions for the real boards' pages: response body in, raw-posting dicts and paging facts out.

One module per site (job51, boss, liepin, zhaopin, greenhouse, lever); nothing here imports Scrapy, so every
parser is tested on saved response bodies alone (tests/fixtures/<site>/).
"""
