"""Personal data is masked before landing; ordinary numbers (salaries, dates, sizes) are not."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.scrub import MASK, scrub_record, scrub_text


@pytest.mark.parametrize(
    "text",
    [
        "联系电话 138 1234 5678",
        "手机：13812345678",
        "+86 139-1234-5678",
        "座机 0755-12345678",
        "电话(020)87654321",
        "热线 400-123-4567",
        "简历发送至 hr@example.com.cn",
        "Send CV to jobs.cbec+hr@mail.example.org",
        "微信: hr_lily88",
        "微信号：abc123456",
        "VX:Lily_2024",
        "QQ 12345678",
        "扣扣：987654321",
    ],
)
def test_contact_is_masked(text: str) -> None:
    out = scrub_text(text)
    assert MASK in out
    assert not re.search(r"\d{7,}", out.replace(" ", "").replace("-", ""))
    assert "@" not in out


@pytest.mark.parametrize(
    "text",
    [
        "8000-12000元/月",
        "2023-12-12 10:45:30",
        "员工500-2000人，成立于2008年",
        "熟悉微信运营和QQ群推广",
        "年销售额 100000000 美元",
    ],
)
def test_ordinary_text_is_untouched(text: str) -> None:
    assert scrub_text(text) == text


def test_record_scrubs_nested_values_but_not_identifiers() -> None:
    record = {
        "source": "x",
        "source_id": "13812345678",
        "url": "https://example.com/jobs/13812345678",
        "title": "运营 微信 hr_lily88",
        "tags": ["QQ 12345678"],
        "extra": {"contact": "a@b.cn"},
    }
    out = scrub_record(record)
    assert out["source_id"] == record["source_id"] and out["url"] == record["url"]
    assert MASK in out["title"] and MASK in out["tags"][0] and MASK in out["extra"]["contact"]


@given(st.text(max_size=2000))
def test_scrub_never_raises_and_is_idempotent(text: str) -> None:
    once = scrub_text(text)
    assert scrub_text(once) == once
