"""The report page (--format html) as markup: self-contained, one highlight per finding,
overlaps nested, article text escaped. The browser test is test_html_browser.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.report.html import render_html
from factcheck.report.model import FileResult, RunResult

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _page(text: str, language: str = "zh") -> tuple[str, int]:
    report = factcheck.check(text, language=language)
    result = RunResult(files=[FileResult(path="a.txt", findings=report.findings)])
    return render_html(result, {"a.txt": text}, language), len(report.findings)  # type: ignore[arg-type]


def test_one_anchor_per_finding_and_the_text_kept() -> None:
    text = "共查获毒品原植物337株，相比去年同期下降896%。\n全市查处吸毒人数、新发现吸毒人员、强制隔离戒毒人员分别下降12.3%、14.1%。\n"
    page, count = _page(text)
    assert count >= 2
    assert len(re.findall(r'<mark class="finding ', page)) == count
    assert len(re.findall(r'<li class="note ', page)) == count
    assert re.sub(r"<[^>]+>", "", page.split('<pre class="source">')[1].split("</pre>")[0]) == text


def test_overlapping_spans_nest_and_the_text_is_unchanged() -> None:
    text = "缴获毒品由80千克增至60千克，下降25%，逾2万余人参与。\n"
    page, count = _page(text)
    source = page.split('<pre class="source">')[1].split("</pre>")[0]
    assert source.count("<mark") == source.count("</mark>")
    assert re.sub(r"<[^>]+>", "", source) == text
    assert len(re.findall(r'<mark class="finding ', page)) == count


def test_the_page_loads_nothing_from_elsewhere_and_escapes_the_article() -> None:
    text = "<script>alert(1)</script>相比去年同期下降896%。<img src=x onerror=alert(2)>\n"
    page, _ = _page(text)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert "<img" not in page
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)
    assert "<link" not in page and "@import" not in page


def test_related_spans_and_the_fix_before_and_after() -> None:
    page, _ = _page("约100人左右参加。今年以来，全市破获毒品案件150起，去年同期为125起，同比增长25%。\n")
    assert '<mark class="related" data-for=' in page
    assert "<del>左右</del>" in page and "修改前" in page and "修改后" in page


def test_english_page() -> None:
    page, _ = _page("相比去年同期下降896%。\n", language="en")
    assert '<html lang="en">' in page and "is impossible" in page and "Summary" in page


def test_cli_writes_one_page_for_the_examples(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["check", str(EXAMPLES), "--format", "html", "-o", str(out)]) == 1
    page = out.read_text(encoding="utf-8")
    json_out = tmp_path / "report.json"
    main(["check", str(EXAMPLES), "--format", "json", "-o", str(json_out)])
    import json

    findings = json.loads(json_out.read_text(encoding="utf-8"))["findings"]
    assert len(re.findall(r'<mark class="finding ', page)) == len(findings)
    assert page.count('<section class="article"') == len({finding["path"] for finding in findings})


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_clean_run_says_so(tmp_path: Path, language: str) -> None:
    (tmp_path / "a.txt").write_text("今年全市破获毒品案件150起。\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["check", str(tmp_path), "--format", "html", "-o", str(out), "--lang", language]) == 0
    page = out.read_text(encoding="utf-8")
    assert ("全部检查通过" if language == "zh" else "All checks passed") in page


def test_an_empty_span_still_gets_one_anchor() -> None:
    from factcheck.findings import Finding, Severity
    from factcheck.span import Span

    text = "abcdef"
    findings = [
        Finding(code="FC999", rule="test", severity=Severity.INFO, message="m", span=Span(start, start),
                line=1, column=start + 1, end_line=1, end_column=start + 1, fingerprint=str(start))
        for start in (2, 6)
    ]
    page = render_html(RunResult(files=[FileResult(path="a.txt", findings=findings)]), {"a.txt": text})
    source = page.split('<pre class="source">')[1].split("</pre>")[0]
    assert re.sub(r"<[^>]+>", "", source) == text
    assert len(re.findall(r'<mark class="finding ', source)) == 2
    assert re.search(r'<mark class="finding [^>]*>c</mark>', source) and re.search(r'<mark class="finding [^>]*>f</mark>', source)
