"""Company introductions, benefits and application notes are cut from the job's own text."""

from nlp.sections import blurb_spans, own_text


def test_own_text_drops_the_introduction_and_keeps_the_duties() -> None:
    text = "公司简介:我们是一家云计算公司\n岗位职责:\n负责亚马逊选品\n福利待遇:\n免费健身房"
    kept = own_text(text)
    assert "负责亚马逊选品" in kept and "岗位职责" in kept
    assert "云计算" not in kept and "健身房" not in kept


def test_a_company_line_before_the_duties_is_a_blurb() -> None:
    text = "深圳某科技成立于2015年,专注跨境电商\n任职要求:\n熟悉shopify"
    assert own_text(text).strip().startswith("任职要求")
    assert blurb_spans("任职要求:\n熟悉shopify") == []


def test_text_without_blurbs_is_unchanged() -> None:
    text = "岗位职责:\n1、负责listing优化\n2、站内广告投放"
    assert own_text(text) == text
