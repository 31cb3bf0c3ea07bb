"""Property tests: arbitrary text never makes a term extractor raise; outputs are sorted and deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.ai_mention import ai_mention
from nlp.certificates import extract_certificates
from nlp.languages import extract_languages
from nlp.platforms import extract_platforms
from nlp.relevance import classify_relevance
from nlp.role_family import classify_role
from nlp.skills import extract_skills
from nlp.taxonomy import LANGUAGE_LEVELS, PLATFORM_SLUGS, ROLE_FAMILIES

# Text built from taxonomy-flavoured fragments as well as arbitrary characters, so the rules actually fire.
FRAGMENTS = st.sampled_from(
    ["亚马逊", "amazon", "aws", "英语", "四级", "N2", "日语", "优先", "不限", "，", "。", "\n", "PS",
     "AI", "java", "script", "Python", "数据分析", "运营", "工程师", "（", "）", "：", "加分项", "英、日",
     "wish", "独立站", "ＡＩ", "亞馬遜", "1+X", "证书", "sql", "取数", "乐天", "店铺", "跨境", "外贸",
     "淘宝", " ", "者优先", "或", "雅思", "专业八级", "或以上", "營運", "資料分析", "大促期间", "流量", "撰写",
     "ChatGPT", "negotiate", " price", "Spark Ads", "店铺的日常运营", "天猫", "印尼语", "开拓", "日本"]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=200), st.lists(FRAGMENTS | st.text(max_size=3), max_size=40).map("".join))
MAYBE = st.none() | TEXT


@settings(max_examples=300, deadline=None)
@given(title=MAYBE, description=MAYBE, raw=MAYBE, tags=st.none() | st.lists(TEXT, max_size=3))
def test_never_raises_sorted_and_deterministic(
    title: str | None, description: str | None, raw: str | None, tags: list[str] | None
) -> None:
    platforms = extract_platforms(title, description, tags)
    assert platforms == sorted(set(platforms)) and set(platforms) <= set(PLATFORM_SLUGS)

    languages = extract_languages(raw, title, description)
    codes = [x["code"] for x in languages]
    assert codes == sorted(set(codes))  # type: ignore[type-var]
    assert all(x["level"] is None or x["level"] in LANGUAGE_LEVELS for x in languages)

    skills = extract_skills(title, description, tags)
    ids = [s["id"] for s in skills]
    assert ids == sorted(set(ids))

    certs = extract_certificates(description)
    assert certs == sorted(set(certs))

    ai = ai_mention(title, description)
    assert ai["context"] in (None, "use_tools", "build_ai", "vague")
    assert (ai["context"] is None) == (ai["present"] is False)

    assert classify_role(title, description) in ROLE_FAMILIES
    decided, evidence = classify_relevance(title, description, tags, raw, None)
    assert isinstance(decided, bool) and evidence == sorted(evidence)

    # Deterministic: the same input gives the same output (the scan cache must not leak state).
    assert extract_languages(raw, title, description) == languages
    assert extract_skills(title, description, tags) == skills
    assert classify_relevance(title, description, tags, raw, None) == (decided, evidence)
