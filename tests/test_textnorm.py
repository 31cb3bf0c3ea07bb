"""Normalisation: full-width forms, Traditional script and Taiwan/Hong Kong vocabulary reach the mainland form."""

import pytest

from nlp.skills import skill_ids
from nlp.textnorm import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＣＥＴ－６，ＰＰＣ广告", "CET-6,PPC广告"),
        ("負責日本Amazon店鋪之日常營運", "负责日本Amazon店铺之日常运营"),  # Taiwan's 營運 is the store's 运营
        ("資料分析、網路行銷、影片剪輯", "数据分析、网络营销、视频剪辑"),  # Taiwan words, not only characters
        ("营运资金管理", "营运资金管理"),  # mainland text keeps its own 营运 (a business's running)
        ("監控帳號表現", "监控账号表现"),  # 帳號 converts to the variant 帐号; the taxonomies write 账号
        # Circled and dotted list numbers become list markers, not digits glued to the item.
        ("①3年以上经验；②FBA补货", "1、3年以上经验;2、FBA补货"),
        ("⒉熟悉ERP ⑳ ⓵ ⓫", "2、熟悉ERP 20、 1、 11、"),
        ("⑴英语四级", "(1)英语四级"),  # NFKC's own "(1)" already keeps the number apart
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_taiwan_posting_yields_the_skills_of_its_mainland_twin() -> None:
    taiwan = "1. 負責Amazon日本站店鋪之日常營運；2. 每週整理銷售報表並進行資料分析；3. 會影片剪輯者佳。"
    mainland = "1. 负责Amazon日本站店铺之日常运营；2. 每周整理销售报表并进行数据分析；3. 会视频剪辑者佳。"
    assert skill_ids("亞馬遜營運專員", taiwan) == skill_ids("亚马逊运营专员", mainland)
    assert "skill:amazon_operations" in skill_ids("亞馬遜營運專員", taiwan)


def test_circled_list_numbers_keep_their_items_apart() -> None:
    assert {"skill:fba"} <= set(skill_ids("亚马逊运营", "岗位职责：①FBA库存管理；②广告优化"))
