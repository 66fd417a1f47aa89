"""Every example in every rule file runs: bad ones are flagged, good ones are not."""

from __future__ import annotations

from datetime import date

import pytest

import factcheck
from factcheck import Config
from factcheck.engine import catalog

CASES = [
    pytest.param(rule, example, verdict, id=f"{rule.code}-{verdict}-{index}")
    for rule in catalog()
    for verdict, examples in (("bad", rule.bad), ("good", rule.good))
    for index, example in enumerate(examples)
]


def _run(rule, example):  # type: ignore[no-untyped-def]
    options = dict(example.options)
    reference = options.pop("reference_date", None)
    config = Config(select=[rule.code], **options)
    if reference:
        config = config.model_copy(update={"reference_date": date.fromisoformat(reference)})
    report = factcheck.check(example.text, config)
    assert not report.errors, report.errors
    return [finding for finding in report.findings if finding.code == rule.code]


@pytest.mark.parametrize(("rule", "example", "verdict"), CASES)
def test_rule_example(rule, example, verdict) -> None:  # type: ignore[no-untyped-def]
    findings = _run(rule, example)
    for finding in findings:
        assert "message template error" not in finding.message
        assert 0 <= finding.span.start < finding.span.end <= len(example.text)
    if verdict == "good":
        assert findings == [], f"{rule.code} flagged a correct text: {[f.message for f in findings]}"
        return
    assert findings, f"{rule.code} missed: {example.text}"
    if example.count is not None:
        assert len(findings) == example.count, [f.message for f in findings]
    if example.flags:
        flagged = [example.text[f.span.start : f.span.end] for f in findings]
        assert flagged == example.flags
