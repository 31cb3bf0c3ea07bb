"""Extractors from raw postings to the fields of DESIGN.md. Pure: imports neither scrapy nor prefect."""

from nlp.compiled import guard

guard()
