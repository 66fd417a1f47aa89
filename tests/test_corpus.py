"""False alarms on real government work reports (skipped when ../shared/corpus is absent)."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.document import Document
from tests.conftest import CORPUS

BUDGET_PER_10K = 0.5


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not available")
def test_false_alarm_rate_within_budget() -> None:
    characters = 0
    findings = 0
    for path in sorted(CORPUS.glob("*.txt")):
        document = Document.from_bytes(path.read_bytes())
        characters += len(document.original)
        findings += len(factcheck.check(document).findings)
    assert characters > 100_000
    assert findings / characters * 10_000 <= BUDGET_PER_10K
