"""Batch stages over raw postings: validate, clean, extract. Pure: imports neither scrapy nor prefect."""
