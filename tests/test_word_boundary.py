"""jieba decides whether a short Chinese term found as a substring is a word of the text."""

import pytest

from nlp.word_boundary import needs_check, splits_words


@pytest.mark.parametrize(
    ("text", "term", "split"),
    [
        ("产品的版本迭代工作", "代工", True),  # 迭代|工作
        ("不符合规则的商品", "合规", True),  # 符合|规则
        ("严选品牌调性", "选品", True),  # 严选|品牌
        ("制定季度招商标准", "商标", True),  # 招商|标准
        ("html5技术的可灵活定制", "可灵", True),  # 可|灵活: not the AI video tool
        ("互联网上新兴媒体", "上新", True),
        ("负责亚马逊选品工作", "选品", False),
        ("熟悉常见前端框架", "前端", False),  # inside a longer word: the term in a compound
        ("独立完成公关活动", "公关", False),
        ("负责产品合规审核", "合规", False),
        ("海外仓代工厂", "代工", False),
        ("负责新品上新", "上新", False),
        ("会用可灵生成视频", "可灵", False),
        ("日化母婴等品类的品牌", "品类", False),
    ],
)
def test_straddling_words_mark_false_substrings(text: str, term: str, split: bool) -> None:
    i = text.index(term)
    assert splits_words(text, i, i + len(term)) is split


@pytest.mark.parametrize(
    ("text", "start", "end", "checked"),
    [
        ("、合规。", 1, 3, False),  # punctuation on both sides is a boundary already
        ("符合规则", 1, 3, True),
        ("熟悉shopify运营", 2, 9, False),  # ASCII terms have their own boundary rule
        ("负责跨境电商运营", 2, 6, False),  # long terms are not checked
        ("合规", 0, 2, False),
    ],
)
def test_only_short_chinese_terms_touching_chinese_are_checked(
    text: str, start: int, end: int, checked: bool
) -> None:
    assert needs_check(text, start, end) is checked
