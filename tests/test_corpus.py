"""False alarms on the real corpora in ``../shared/`` (each skipped when absent).

Government work reports (``corpus/``, or ``$FACTCHECK_CORPUS``) and CCTV news stories
(``corpus-news/``, or ``$FACTCHECK_CORPUS_NEWS``). Published, edited text: most findings
there would be false alarms. Every finding on both was read; ``benchmarks/precision.md``
records which are real. The budgets hold all findings, real ones included, so a rule
change that adds findings must be read and the record updated.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import factcheck
from factcheck.document import Document
from tests.conftest import CORPUS, CORPUS_NEWS

#: findings of all rules per 10,000 characters; the date-in-future and repeated-word
#: budgets are the issue's ceilings for those two rules
BUDGET_PER_10K = 0.25
RULE_BUDGETS_PER_10K = {"FC204": 0.02, "FC404": 0.02}


def _measure(folder: Path) -> tuple[int, Counter[str]]:
    characters = 0
    codes: Counter[str] = Counter()
    for path in sorted(folder.glob("*.txt")):
        document = Document.from_bytes(path.read_bytes())
        characters += len(document.original)
        codes.update(finding.code for finding in factcheck.check(document).findings)
    return characters, codes


@pytest.mark.parametrize(
    "folder",
    [pytest.param(CORPUS, id="reports"), pytest.param(CORPUS_NEWS, id="news")],
)
def test_findings_per_rule_within_budget(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} is not available (third-party text, never in the repository)")
    characters, codes = _measure(folder)
    assert characters > 100_000
    rates = {code: count / characters * 10_000 for code, count in sorted(codes.items())}
    print(f"\n{folder.name}: {characters:,} characters, {sum(codes.values())} findings")
    for code, rate in rates.items():
        print(f"  {code}: {codes[code]} ({rate:.3f} per 10,000)")
    assert sum(codes.values()) / characters * 10_000 <= BUDGET_PER_10K
    for code, budget in RULE_BUDGETS_PER_10K.items():
        assert rates.get(code, 0.0) <= budget, code
