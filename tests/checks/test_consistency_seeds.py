"""The consistency rules on the five seed articles: real published text, whose figures agree.

The seeds restate figures legitimately (a kicker repeating the lead, 六年/6年 in headline and
body, totals followed by sub-cases, several stories on one page) and state changes without
their earlier values; none of that is a finding.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck import Config
from factcheck.checks.restatements import restatements
from factcheck.claims import Analysis
from factcheck.document import Document
from tests.conftest import seed_text

CONSISTENCY = Config(select=["FC5"])


def analysis(prefix: str) -> Analysis:
    return Analysis(Document(seed_text(prefix)))


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_no_consistency_findings(prefix: str) -> None:
    report = factcheck.check(seed_text(prefix), CONSISTENCY)
    assert report.errors == []
    assert [(f.code, f.message) for f in report.findings] == []


def test_seed_003_changes_have_no_earlier_values_to_check() -> None:
    seed = analysis("003")
    assert seed.get("comparisons") == []
    assert len([c for c in seed.get("changes") if c.quantity is not None]) == 5


def test_seed_003_sub_cases_are_not_restatements_of_the_totals() -> None:
    figures = [f for f in analysis("003").get("figures") if (f.action, f.object) == ("抓获", "嫌疑人")]
    assert [f.text for f in figures] == ["947人", "25名"]
    assert list(restatements(analysis("003"))) == []


def test_seed_004_stories_keep_their_figures_apart() -> None:
    seed = analysis("004")
    cases = [(f.story, f.text) for f in seed.get("figures") if (f.action, f.object) == ("破获", "案件")]
    assert cases == [(0, "122起"), (6, "58起"), (6, "4起")]
    assert list(restatements(seed)) == []


def test_seed_002_totals_and_checkpoint_figures_share_a_period_but_not_a_subject() -> None:
    seed = analysis("002")
    cases = [(f.subject, f.period, f.text) for f in seed.get("figures") if (f.action, f.object) == ("破获", "案件")]
    assert cases == [(None, "今年以来", "114起"), (None, "今年以来", "5起")]
    assert list(restatements(seed)) == []
