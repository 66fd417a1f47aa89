"""Suppression comments in plain text, Markdown and HTML; FC001 for the unused ones."""

from __future__ import annotations

import factcheck
from factcheck import Config, Document
from factcheck.fixes import fix_document

DROP = "共查获毒品原植物337株，相比去年同期下降896%。"
REPEAT = "要加强加强管理。"
OTHER_DROP = "2022年上半年新增吸毒人员15人，比上年同期下降126.7%。"


def _check(text: str, format: str = "text", **options: object) -> factcheck.Report:
    return factcheck.check(Document(text, format=format), Config(**options))


def _codes(report: factcheck.Report) -> list[str]:
    return [finding.code for finding in report.findings]


def test_plain_text_directive_line_silences_the_next_paragraph_only() -> None:
    text = f"factcheck: ignore FC101 -- 原文如此，已核实\n{DROP}\n{OTHER_DROP}\n"
    report = _check(text)
    assert _codes(report) == ["FC101"]  # the second paragraph is not covered
    (silenced,) = report.suppressed
    assert silenced.finding.code == "FC101" and silenced.reason == "原文如此，已核实"
    assert silenced.directive_line == 1
    assert "factcheck" not in Document(text).text


def test_markdown_comment_before_a_paragraph_and_at_the_end_of_one() -> None:
    before = f"<!-- factcheck: ignore FC101 -->\n{DROP}\n"
    after = f"{DROP}<!-- factcheck: ignore FC1 -->\n\n{REPEAT}\n"
    assert _codes(_check(before, "markdown")) == []
    assert _codes(_check(after, "markdown")) == ["FC204"]


def test_disable_enable_block_and_ignore_file() -> None:
    text = f"<!-- factcheck: disable FC2 -->\n\n{REPEAT}\n\n{REPEAT}\n\n<!-- factcheck: enable FC2 -->\n\n{REPEAT}\n"
    report = _check(text, "markdown")
    assert _codes(report) == ["FC204"] and len(report.suppressed) == 2
    whole = f"{REPEAT}\n\n<!-- factcheck: ignore-file FC204, FC101 -->\n\n{DROP}\n"
    assert _codes(_check(whole, "markdown")) == []


def test_html_comment_directive() -> None:
    page = f"<article><!-- factcheck: ignore FC101 --><p>{DROP}</p><p>{REPEAT}<!-- factcheck: ignore FC204 --></p></article>"
    assert _codes(_check(page, "html")) == []


def test_without_codes_a_directive_silences_every_rule() -> None:
    assert _codes(_check(f"factcheck: ignore\n{DROP}{REPEAT}\n")) == []


def test_unused_and_unknown_codes_are_reported_with_a_safe_fix() -> None:
    text = f"factcheck: ignore FC101, FC204, FC9\n{DROP}\n"
    report = _check(text)
    (unused,) = [finding for finding in report.findings if finding.code == "FC001"]
    assert "FC9" in unused.message and "FC204" in unused.message
    assert unused.fix is not None and unused.fix.safe
    fixed = fix_document(Document(text), Config())
    assert fixed.document.original == f"factcheck: ignore FC101\n{DROP}\n"


def test_a_wholly_unused_directive_is_removed_with_its_line() -> None:
    text = f"# 标题\n\n<!-- factcheck: ignore FC204 -->\n{DROP}\n"
    fixed = fix_document(Document(text, format="markdown"), Config(ignore=["FC101"]))
    assert fixed.document.original == f"# 标题\n\n{DROP}\n"
    assert not [f for f in fixed.report.findings if f.code == "FC001"]


def test_codes_of_rules_that_did_not_run_are_not_unused() -> None:
    assert _codes(_check(f"factcheck: ignore FC204\n{DROP}\n", select=["FC1"])) == ["FC101"]
    assert "FC001" in _codes(_check(f"factcheck: ignore FC204\n{DROP}\n"))


def test_an_enable_without_disable_is_reported() -> None:
    report = _check(f"{REPEAT}\n\n<!-- factcheck: enable FC2 -->\n", "markdown")
    assert sorted(_codes(report)) == ["FC001", "FC204"]


def test_a_directive_does_not_silence_its_own_unused_report() -> None:
    assert _codes(_check("全市共破获案件12起。<!-- factcheck: ignore -->\n", "markdown")) == ["FC001"]
    assert _codes(_check("正文。\n\n<!-- factcheck: ignore-file -->\n", "markdown")) == ["FC001"]
    assert _codes(_check("正文。\n\n<!-- factcheck: ignore-file FC001 -->\n<!-- factcheck: ignore FC204 -->\n", "markdown")) == []


def test_enable_closes_a_disable_of_a_wider_or_narrower_prefix() -> None:
    text = f"<!-- factcheck: disable FC1 -->\n\n{DROP}\n\n<!-- factcheck: enable FC101 -->\n\n{OTHER_DROP}\n"
    report = _check(text, "markdown")
    assert _codes(report) == ["FC101"] and len(report.suppressed) == 1
