"""nlp.extract.prepare builds the tables and leaves extraction unchanged."""

import gc

from nlp.extract import YOUNG_THRESHOLD, extract_posting, prepare


def test_prepare_freezes_the_built_tables_and_changes_no_output() -> None:
    raw = {"title": "亚马逊运营", "description": "岗位职责:负责亚马逊店铺运营,英语四级", "salary_raw": "8-12K"}
    before = extract_posting(raw)
    threshold = gc.get_threshold()
    gc.set_threshold(700, *threshold[1:])  # CPython's default, whatever an earlier test left
    prepare()
    try:
        assert gc.get_freeze_count() > 0  # the tables left the collector's generations
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *threshold[1:])  # the young collected less often
        assert extract_posting(raw) == before
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_prepare_leaves_a_disabled_young_collection_off() -> None:
    threshold = gc.get_threshold()
    gc.set_threshold(0)
    try:
        prepare()
        assert gc.get_threshold()[0] == 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
