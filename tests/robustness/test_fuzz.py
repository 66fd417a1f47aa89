"""Fuzzing the readers: generated Markdown, HTML and plain text with markup, directives and
damage never raise, keep spans inside the file, and fix idempotently."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Config, Document
from factcheck.fixes import fix_document
from tests.strategies import article_text

ALL = Config(select=["ALL"])
_MARKUP = [
    "# ", "## ", "\n---\n", "---\ndate: 2023-05-01\n---\n", "```\n", "`", "**", "*", "_", "[", "](http://a.b/c)",
    "![图](a.png)", "<!-- factcheck: ignore FC101 -->", "<!-- factcheck: disable FC2 -->",
    "<!-- factcheck: enable FC2 -->", "<!-- factcheck: ignore-file -->", "factcheck: ignore FC204\n",
    "> ", "- ", "1. ", "| a | b |\n|---|---|\n", "\\", "&amp;", "&", "<p>", "</p>", "<b>", "</b>", "<br>",
    "<script>", "</script>", "<h1>", "</h1>", "<![if x]>", "<!x>", "\r\n", "\t", "  \n",
]
markup_text = st.lists(st.one_of(st.sampled_from(_MARKUP), article_text), max_size=30).map("".join)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    """Lines end at \\n, \\r\\n or a lone \\r (old Mac files)."""
    ends = [match.end() for match in re.finditer(r"\r\n|\r|\n", text) if match.end() <= offset]
    return len(ends) + 1, offset - (ends[-1] if ends else 0) + 1


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(markup_text, st.sampled_from(["text", "markdown", "html"]))
def test_any_file_of_any_format_checks_cleanly(text: str, format: str) -> None:
    document = Document(text, format=format)
    report = factcheck.check(document, ALL)
    assert report.errors == []
    for finding in report.findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(text)
        assert (finding.line, finding.column) == _line_column(text, finding.span.start)
        if finding.fix is not None and finding.code != "FC001":
            for edit in finding.fix.edits:
                assert not document.layout.touches_markup(edit.span)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(markup_text, st.sampled_from(["text", "markdown", "html"]))
def test_fixing_twice_changes_nothing(text: str, format: str) -> None:
    once = fix_document(Document(text, format=format), ALL)
    twice = fix_document(once.document, ALL)
    assert twice.document.original == once.document.original
