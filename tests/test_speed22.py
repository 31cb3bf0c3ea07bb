"""The twenty-second session's speed-ups give exactly what the code they replace gave.

Each shortcut is checked against the plain formulation it stands for, on generated text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import textnorm

# Runs of every kind of space the normaliser collapses, beside text and line breaks.
_SPACES_ALPHABET = st.sampled_from(list("  \t\u00a0\u3000\n\ra中,"))


@settings(max_examples=500, deadline=None)
@given(st.lists(_SPACES_ALPHABET, max_size=30).map("".join))
def test_spaces_collapse_as_the_regex_did(text: str) -> None:
    assert textnorm._collapse_spaces(text) == textnorm._SPACES.sub(" ", text)


# Full-width ASCII forms (the whole range and its edges), what lies just outside it, and plain text.
_WIDE_ALPHABET = st.sampled_from(
    [chr(c) for c in range(0xFF00, 0xFF61)] + list("aA1!~ 中文\n")
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_WIDE_ALPHABET, max_size=30).map("".join))
def test_half_width_forms_as_the_regex_made_them(text: str) -> None:
    expected = textnorm._RARE_FULLWIDTH.sub(lambda m: m.group().translate(textnorm._FULLWIDTH), text)
    assert textnorm._half_width_forms(text) == expected


def test_a_posting_with_wide_forms_and_space_runs() -> None:
    text = "岗位职责：\u3000\u3000负责ＡＭＡＺＯＮ店铺运营\t\t，英语ＣＥＴ－６  以上"
    assert textnorm.normalize_lower(text) == textnorm.normalize(text).lower()
    assert textnorm.normalize_lower(text) == "岗位职责: 负责amazon店铺运营 ,英语cet-6 以上"


def test_prepare_builds_the_tables_of_rare_paths() -> None:
    import gc

    from nlp import location, relevance
    from nlp.extract import prepare

    threshold = gc.get_threshold()
    try:
        prepare()
        for table in (
            textnorm._nfkc_changing, textnorm._t2s, location._upper_names, relevance._company_clause_pattern
        ):
            assert table.cache_info().currsize == 1
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
