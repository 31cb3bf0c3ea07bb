"""Raw-posting validation: each bad line gets a one-line reason."""

import json

import pytest

from pipeline.records import RecordError, parse_raw_line


def test_valid_line_keeps_unknown_keys() -> None:
    record = parse_raw_line(json.dumps({"source": "x", "title": "亚马逊运营", "my_extra": [1, 2]}))
    assert record["my_extra"] == [1, 2]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("", "empty line"),
        ("   ", "empty line"),
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object, got list"),
        ('"text"', "expected a JSON object, got str"),
        ('{"title": "运营"}', "field 'source' is required"),
        ('{"source": "x", "title": ""}', "field 'title' is required"),
        ('{"source": "x", "title": 5}', "field 'title' is required"),
        (
            '{"source": "x", "title": "t", "salary_raw": 8000}',
            "field 'salary_raw' must be a string or null, got int",
        ),
        ('{"source": "x", "title": "t", "tags": "a,b"}', "field 'tags' must be a list of strings"),
        ('{"source": "x", "title": "t", "tags": [1]}', "field 'tags' must be a list of strings"),
    ],
)
def test_bad_lines_raise_one_line_reason(line: str, reason: str) -> None:
    with pytest.raises(RecordError) as info:
        parse_raw_line(line)
    assert reason in str(info.value)
    assert "\n" not in str(info.value)
