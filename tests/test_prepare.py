"""nlp.extract.prepare builds the tables and leaves extraction unchanged."""

import gc

from nlp.extract import extract_posting, prepare


def test_prepare_freezes_the_built_tables_and_changes_no_output() -> None:
    raw = {"title": "亚马逊运营", "description": "岗位职责:负责亚马逊店铺运营,英语四级", "salary_raw": "8-12K"}
    before = extract_posting(raw)
    prepare()
    try:
        assert gc.get_freeze_count() > 0  # the tables left the collector's generations
        assert extract_posting(raw) == before
    finally:
        gc.unfreeze()
