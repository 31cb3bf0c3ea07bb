"""Taxonomy files: unique ids, every category used, no undeclared alias collisions, jieba dict complete."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from nlp import taxonomy
from nlp.jieba_dict import build_user_dict, dictionary_terms
from nlp.matcher import Entry, TermMatcher
from nlp.taxonomy import Alias, Concept, TaxonomyError, check_collisions, check_marketplace_terms, check_references


def test_skill_ids_unique_and_prefixed() -> None:
    ids = [c.id for c in taxonomy.skills()]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("skill:") for i in ids)


def test_at_least_300_skills_and_every_category_used() -> None:
    cats = Counter(c.category for c in taxonomy.skills())
    assert sum(cats.values()) >= 300
    assert set(cats) == set(taxonomy.SKILL_CATEGORIES)


@pytest.mark.parametrize(
    ("skill_id", "category"),
    [
        ("skill:product_selection", "procurement"),
        ("skill:product_development", "procurement"),
        ("skill:seo", "advertising"),
        ("skill:sem", "advertising"),
        ("skill:chatgpt", "ai_tools"),
        ("skill:java", "engineering"),
        ("skill:python_programming", "engineering"),
        ("skill:python_analysis", "data_analysis"),
        ("skill:dianxiaomi", "erp_tools"),
        ("skill:overseas_warehouse", "logistics"),
        ("skill:vat", "compliance"),
        ("skill:letter_of_credit", "foreign_trade"),
        ("skill:complaint_handling", "customer_service"),
        ("skill:photoshop", "design"),
    ],
)
def test_declared_categories(skill_id: str, category: str) -> None:
    assert {c.id: c.category for c in taxonomy.skills()}[skill_id] == category


def test_platforms_cover_every_design_slug() -> None:
    assert {c.id for c in taxonomy.platforms()} == set(taxonomy.PLATFORM_SLUGS)


@pytest.mark.parametrize(
    "concepts",
    [taxonomy.skills(), taxonomy.platforms(), taxonomy.certificates()],
    ids=["skills", "platforms", "certificates"],
)
def test_unconditional_aliases_do_not_collide(concepts: tuple[Concept, ...]) -> None:
    owners: dict[str, set[str]] = {}
    for c in concepts:
        for a in c.aliases:
            if not a.conditional:
                owners.setdefault(a.term, set()).add(c.id)
    declared = {c.id: set(c.collides_with) for c in concepts}
    for term, ids in owners.items():
        if len(ids) > 1:
            assert all(ids - {i} <= declared[i] for i in ids), term


def test_no_plain_alias_is_listed_twice_in_a_concept() -> None:
    # A conditional alias may come back with other conditions; a plain one twice is a merge leftover.
    for c in taxonomy.skills() + taxonomy.platforms() + taxonomy.certificates():
        plain = Counter(a.term for a in c.aliases if not a.conditional)
        assert [t for t, n in plain.items() if n > 1] == [], c.id


def test_undeclared_collision_is_rejected() -> None:
    a = Concept("skill:a", "甲", "A", "design", (Alias("ps"),))
    b = Concept("skill:b", "乙", "B", "design", (Alias("ps"),))
    with pytest.raises(TaxonomyError):
        check_collisions([a, b], "toy")
    declared = Concept("skill:b", "乙", "B", "design", (Alias("ps"),), collides_with=("skill:a",))
    check_collisions([a, declared], "toy")


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ({"yields_to": ["skill:nowhere"]}, "yields_to names unknown ids"),
        ({"title_yields_to": ["skill:nowhere"]}, "title_yields_to names unknown ids"),
        ({"weak_beside": {"ids": ["skill:nowhere"], "terms": ["投放"], "titles": []}}, "weak_beside"),
        ({"weak_beside": {"ids": ["skill:b"], "terms": ["优化"], "titles": []}}, "weak_beside"),  # not an alias
    ],
)
def test_rule_keys_must_name_known_ids_and_own_aliases(extra: dict, problem: str) -> None:
    b = Concept("skill:b", "乙", "B", "advertising", (Alias("站内广告"),))
    ok = {"yields_to": ["skill:b"], "weak_beside": {"ids": ["skill:b"], "terms": ["投放"], "titles": []}}
    check_references(
        [Concept("skill:a", "甲", "A", "advertising", (Alias("投放"),), extra={**ok, "aliases": ["投放"]}), b], "toy"
    )
    bad = Concept("skill:a", "甲", "A", "advertising", (Alias("投放"),), extra={**extra, "aliases": ["投放"]})
    with pytest.raises(TaxonomyError, match=problem):
        check_references([bad, b], "toy")


def test_aliases_are_in_matching_form() -> None:
    for c in taxonomy.skills() + taxonomy.platforms():
        for a in c.aliases:
            assert a.term == taxonomy.match_form(a.term)


def test_jieba_dict_contains_every_alias(tmp_path: Path) -> None:
    path = build_user_dict(tmp_path / "dict.txt")
    words = {line.rsplit(" ", 2)[0] for line in path.read_text(encoding="utf-8").splitlines()}
    groups = (taxonomy.skills(), taxonomy.platforms(), taxonomy.language_entries(), taxonomy.certificates())
    for group in groups:
        for c in group:
            for a in c.aliases:
                assert a.term in words, a.term
    assert len(words) == len(dictionary_terms())


def test_jieba_keeps_taxonomy_terms_whole() -> None:
    from nlp.jieba_dict import segment

    assert "数据分析" in segment("亚马逊运营数据分析专员")
    assert "卖家精灵" in segment("熟练使用卖家精灵")


def test_matcher_boundary_context_and_overlap() -> None:
    m = TermMatcher(
        [
            Entry("k", "java", Alias("java")),
            Entry("k", "ai_ill", Alias("ai", context_required=("ps",), window=5)),
            Entry("p", "amazon", Alias("亚马逊")),
            Entry("p", None, Alias("亚马逊云")),
        ]
    )
    assert [h.id for h in m.find("javascript与java")] == ["java"]
    assert [h.id for h in m.find("熟悉ps、ai")] == ["ai_ill"]
    assert m.find("ai时代") == []
    assert m.find("亚马逊云服务") == []
    assert [h.id for h in m.find("亚马逊运营")] == ["amazon"]


def test_a_marketplace_term_must_be_a_title_term() -> None:
    sales = {"family": "sales", "title_terms": ("account manager",), "marketplace_title_terms": ()}
    operations = {"family": "operations", "title_terms": ("运营",), "marketplace_title_terms": ("account manager",)}
    check_marketplace_terms([sales, operations])
    dead = {**operations, "marketplace_title_terms": ("supplier account manager",)}
    with pytest.raises(TaxonomyError, match="no title terms"):
        check_marketplace_terms([sales, dead])
