"""The five seed articles: the known errors are found, the correct figures are left alone."""

from __future__ import annotations

import factcheck
from factcheck import Config
from factcheck.claims import Analysis
from factcheck.document import Document
from tests.conftest import seed_text

NUMBER_RULES = Config(select=["FC1"])


def flagged(prefix: str, config: Config = NUMBER_RULES) -> list[tuple[str, str]]:
    text = seed_text(prefix)
    return [(f.code, text[f.span.start : f.span.end]) for f in factcheck.check(text, config).findings]


def test_seed_000_impossible_decrease() -> None:
    assert flagged("000") == [("FC101", "相比去年同期下降896%")]


def test_seed_001_double_bound() -> None:
    assert flagged("001") == [("FC108", "逾2万余人")]


def test_seed_002_impossible_decrease_only() -> None:
    assert flagged("002") == [("FC101", "比上年同期下降126.7%")]


def test_seed_003_contradictory_markers_only() -> None:
    assert flagged("003") == [("FC108", "近两个多月")]


def test_seed_004_has_no_number_findings() -> None:
    assert flagged("004") == []


def test_seed_002_breakdowns_are_recognised_and_consistent() -> None:
    breakdowns = Analysis(Document(seed_text("002"))).get("breakdowns")
    totals = sorted(b.total.text for b in breakdowns)
    assert totals == ["1500元", "17件", "29.29892千克"]


def test_seed_003_changes_are_grim_consistent() -> None:
    changes = Analysis(Document(seed_text("003"))).get("changes")
    pairs = [(c.quantity.text, c.amount) for c in changes if c.quantity is not None]
    assert pairs == [("711人次", 170.34), ("225人", 20.32), ("88人", 2.33), ("80人", 42.86), ("305人", 29.79)]


def test_seed_enumerations_match_their_lists() -> None:
    labels = set()
    for prefix in ("000", "001", "002", "003", "004"):
        for enumeration in Analysis(Document(seed_text(prefix))).get("enumerations"):
            labels.add(enumeration.label)
    assert {"七化", "四进", "四个严打", "八个环节"} <= labels
