"""The time rules on the five seed articles: exactly these findings, nothing else."""

from __future__ import annotations

from datetime import date

import pytest

import factcheck
from factcheck import Config
from tests.conftest import seed_text

TIME_RULES = Config(language="en", select=["FC4"])

EXPECTED = {
    "000": [],
    "001": [],
    # 每年“6·26国际禁毒日”“10·26禁毒日”“12·5宪法日”…: 国家宪法日 is 12·4 (禁毒日 alone is not checked)
    "002": [("FC403", "12·5宪法日")],
    "003": [],
    # 2023年以来，全市社会面吸毒人员数量连续6年下降，戒断三年未复吸人员连续6年倍增 (the page is of 2024):
    # both runs are said to fall in a window of at most two calendar years
    "004": [("FC401", "连续6年"), ("FC401", "连续6年")],
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_findings(prefix: str) -> None:
    text = seed_text(prefix)
    report = factcheck.check(text, TIME_RULES)
    assert report.errors == []
    assert [(f.code, text[f.span.start : f.span.end]) for f in report.findings] == EXPECTED[prefix]


def test_seed_004_window_and_lines() -> None:
    text = seed_text("004")
    findings = factcheck.check(text, TIME_RULES).findings
    assert {(f.line, f.related[0].line) for f in findings} == {(134, 134)}
    assert all(text[f.related[0].span.start : f.related[0].span.end] == "2023年以来" for f in findings)
    assert findings[0].message == (
        "“2023年以来” spans at most 2 calendar years (2023–2024) up to 2024 "
        "(the latest date in the text is 2024-06-21), but “连续6年” needs 6"
    )


def test_seed_002_observance_message() -> None:
    (finding,) = factcheck.check(seed_text("002"), TIME_RULES).findings
    assert finding.message == "“12·5宪法日” gives 12月5日, but 宪法日 is 12月4日"


def test_seed_004_with_the_publication_date() -> None:
    report = factcheck.check(seed_text("004"), TIME_RULES, reference_date=date(2024, 6, 26))
    assert [f.code for f in report.findings] == ["FC401", "FC401"]
    assert "by 2024-06-26 (given)" in report.findings[0].message
