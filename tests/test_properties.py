"""Properties over arbitrary text: never crash, spans inside the text, locations agree."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Config
from tests.strategies import article_text

ALL = Config(select=["ALL"])


def _line_column(text: str, offset: int) -> tuple[int, int]:
    """Lines end at \\n, \\r\\n or a lone \\r (old Mac files)."""
    ends = [match.end() for match in re.finditer(r"\r\n|\r|\n", text) if match.end() <= offset]
    return len(ends) + 1, offset - (ends[-1] if ends else 0) + 1


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(article_text, st.text(max_size=200)))
def test_check_never_raises_and_spans_are_valid(text: str) -> None:
    report = factcheck.check(text, ALL)
    assert report.errors == []
    for finding in report.findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(text)
        assert (finding.line, finding.column) == _line_column(text, finding.span.start)
        assert (finding.end_line, finding.end_column) == _line_column(text, finding.span.end)
        for related in finding.related:
            assert 0 <= related.span.start <= related.span.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(article_text)
def test_extract_never_raises_and_claim_text_matches_span(text: str) -> None:
    for claim in factcheck.extract(text):
        assert text[claim.span.start : claim.span.end] == claim.text


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_bytes_either_decode_or_raise_decode_error(data: bytes) -> None:
    try:
        factcheck.check(data, ALL)
    except factcheck.DecodeError:
        pass
