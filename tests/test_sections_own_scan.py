"""The own text's hits cut out of the description's one scan are those a second pass over the own text finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.matcher import Scan, scan
from nlp.sections import own_scan, own_text

_LANG = frozenset({"lang_language", "lang_level", "lang_qualifier", "lang_preferred", "lang_negation"})
_LINES = [
    "岗位职责:",
    "1、负责亚马逊店铺运营,分析市场需求",
    "2、用英语回复买家邮件,日语优先",
    "任职要求:",
    "英语六级,熟练使用excel",
    "公司简介:",
    "我们是一家德语区贸易公司,致力于品牌建设",
    "福利待遇:五险一金,法语培训",
    "工作时间:9点到6点",
    "策划和组织发布会等媒体活动",
]


def _hits(sc: Scan, kinds: frozenset[str]) -> list[tuple[str, str, int, int]]:
    return [(h.kind, h.id, h.start, h.end) for h in sc.hits if h.kind in kinds]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=8).map("\n".join))
def test_own_scan_equals_scanning_the_own_text(text: str) -> None:
    whole = scan(text)
    own = own_text(whole.text)
    for kinds in (_LANG, frozenset({"lang_language"})):
        cut = own_scan(whole, kinds)
        assert cut.text == own.strip()
        assert _hits(cut, kinds) == _hits(scan(own), kinds)


def test_a_language_named_only_in_the_blurb_is_cut() -> None:
    whole = scan("公司简介:\n我们是一家德国贸易公司,同事都会说德语\n任职要求:\n英语六级")
    assert [h.id for h in own_scan(whole, _LANG).of("lang_language")] == ["en"]
    assert {h.id for h in whole.of("lang_language")} == {"de", "en"}
