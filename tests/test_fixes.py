"""Applying fixes: order, overlaps, convergence, and what a fix may delete."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

import factcheck
from factcheck import Config, Edit, Finding, Fix, Span
from factcheck.document import Document
from factcheck.fixes import applicable, apply_edits, apply_fixes, fix_document
from tests.conftest import seed_text
from tests.strategies import damaged_article

INTEGRITY = Config(select=["FC2"])


def finding(code: str, start: int, end: int, replacement: str = "", safe: bool = True) -> Finding:
    edit = Edit(span=Span(start=start, end=end), replacement=replacement)
    return Finding(
        code=code, rule="r", severity="warning", message="m", span=Span(start=start, end=end),
        line=1, column=1, end_line=1, end_column=1, fix=Fix(description="d", edits=[edit], safe=safe),
    )


def test_apply_fixes_collapses_a_repeated_word() -> None:
    text = "要加强加强管理。"
    assert apply_fixes(text, factcheck.check(text).findings) == "要加强管理。"


def test_overlapping_fixes_keep_the_first_and_skip_the_later() -> None:
    text = "abcdefgh"
    later, first = finding("FC2", 2, 6, "X"), finding("FC1", 1, 3, "Y")
    assert applicable([later, first], len(text)) == [first]
    assert apply_fixes(text, [later, first]) == "aYdefgh"
    assert apply_fixes(text, [first, later]) == "aYdefgh"  # independent of the findings' order


def test_insertions_at_one_point_clash_but_touching_edits_do_not() -> None:
    a, b = finding("FC1", 3, 3, "x"), finding("FC2", 3, 3, "y")
    assert len(applicable([a, b], 8)) == 1
    c, d = finding("FC1", 1, 3), finding("FC2", 3, 5)
    assert apply_fixes("abcdefgh", [c, d]) == "afgh"


def test_unsafe_fixes_only_on_request() -> None:
    unsafe = finding("FC2", 0, 1, safe=False)
    assert apply_fixes("ab", [unsafe]) == "ab"
    assert apply_fixes("ab", [unsafe], unsafe=True) == "b"


def test_edits_outside_the_text_are_ignored() -> None:
    assert apply_fixes("ab", [finding("FC2", 1, 9)]) == "ab"


def test_apply_edits_in_any_order() -> None:
    edits = [Edit(span=Span(start=4, end=5), replacement=""), Edit(span=Span(start=0, end=1), replacement="Z")]
    assert apply_edits("abcdef", edits) == "Zbcdf"


def test_fixing_a_seed_converges_and_keeps_unsafe_findings() -> None:
    result = fix_document(Document(seed_text("002")), INTEGRITY)
    assert [f.code for f in result.fixed] == ["FC201"] * 5
    assert [f.code for f in result.report.findings] == ["FC202"]  # unsafe: left for the editor
    again = fix_document(result.document, INTEGRITY)
    assert not again.changed and again.document.original == result.document.original


def test_removing_residue_leaves_one_paragraph_gap() -> None:
    text = "北碚区\n\n打开网易新闻 查看更多图片\n打开网易新闻 查看更多图片\n\n在北碚区，秉承以人为本工作理念。\n\n点击查看大图"
    result = fix_document(Document(text), INTEGRITY)
    assert result.document.original == "北碚区\n\n在北碚区，秉承以人为本工作理念。\n\n"


def test_residue_that_hid_a_cut_line_is_fixed_in_a_second_pass() -> None:
    text = "“注意选择时机抓捕！”专案组紧急出动，待商务车在服务区停车时再精准\n打开网易新闻 查看更多图片\n打击。"
    result = fix_document(Document(text), INTEGRITY)
    assert result.document.original == "“注意选择时机抓捕！”专案组紧急出动，待商务车在服务区停车时再精准打击。"
    assert sorted(f.code for f in result.fixed) == ["FC201", "FC203"]


def _without_space(text: str) -> str:
    return "".join(char for char in text if not char.isspace())


def _is_subsequence(needle: str, haystack: str) -> bool:
    characters = iter(haystack)
    return all(char in characters for char in needle)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_article())
def test_fixes_only_delete_reported_text_and_whitespace(text: str) -> None:
    findings = factcheck.check(text, INTEGRITY).findings
    applied = applicable(findings, len(text))
    fixed = apply_fixes(text, findings)
    reported = [False] * len(text)
    for item in applied:
        for position in range(item.span.start, item.span.end):
            reported[position] = True
    kept = "".join(char for position, char in enumerate(text) if not reported[position])
    assert _is_subsequence(_without_space(kept), _without_space(fixed))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_article())
def test_fixed_text_has_no_fixable_finding_and_fixing_again_changes_nothing(text: str) -> None:
    result = fix_document(Document(text), INTEGRITY)
    assert not any(f.fix is not None and f.fix.safe for f in result.report.findings)
    again = fix_document(result.document, INTEGRITY)
    assert again.document.original == result.document.original


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_article())
def test_fixing_keeps_the_newline_style(text: str) -> None:
    result = fix_document(Document(text), INTEGRITY).document.original
    if "\r\n" in text:
        assert "\n" not in result.replace("\r\n", "")
