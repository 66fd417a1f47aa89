"""The place and people rules on the five seed articles: exactly the known errors."""

from __future__ import annotations

import pytest

import factcheck
from factcheck import Config
from tests.conftest import seed_text

PLACE_RULES = Config(language="en", select=["FC3"])


def flagged(prefix: str) -> list[tuple[str, str]]:
    text = seed_text(prefix)
    return [(f.code, text[f.span.start : f.span.end]) for f in factcheck.check(text, PLACE_RULES).findings]


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_chongqing_seeds_are_clean(prefix: str) -> None:
    assert flagged(prefix) == []


def test_seed_002_zhengding_school_in_a_zhaotong_caption() -> None:
    report = factcheck.check(seed_text("002"), PLACE_RULES)
    assert [(f.code, f.message) for f in report.findings] == [
        (
            "FC301",
            "“正定” is in 河北省石家庄市正定县, but this story is about 云南省昭通市: "
            "the story's own actors are placed at “正定中学”",
        )
    ]


def test_seed_003_misprinted_county_and_reporter_as_official() -> None:
    text = seed_text("003")
    report = factcheck.check(text, PLACE_RULES)
    assert [(f.code, text[f.span.start : f.span.end]) for f in report.findings] == [
        ("FC303", "卢拥军"),
        ("FC302", "郑县"),
    ]
    byline, county = report.findings
    assert byline.line == 7  # the byline, not the story
    assert [text[r.span.start : r.span.end] for r in byline.related] == ["卢拥军"] * 3
    assert county.suggestion is not None and county.suggestion.startswith("did you mean 郏县")


def test_seed_004_copied_jiangxi_sentence_in_the_lanzhou_story() -> None:
    text = seed_text("004")
    report = factcheck.check(text, PLACE_RULES)
    assert [(f.code, text[f.span.start : f.span.end]) for f in report.findings] == [("FC301", "江西")]
    (finding,) = report.findings
    assert "甘肃省兰州市" in finding.message and "repeats another story" in finding.message
    (copy,) = finding.related
    assert "见证着江西戒毒系统整合宣传资源、开展戒毒宣传的成效" in text[copy.span.start : copy.span.end]
    assert copy.span.start < finding.span.start  # the Jiangxi story comes first on the page
