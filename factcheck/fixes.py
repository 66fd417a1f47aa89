"""Applying the fixes that findings carry: plain text in, fixed text out.

A fix is a list of edits (original-text spans and their replacements). Fixes are taken
in text order; a fix whose edits overlap an edit already taken is left for the next
pass, so the result never depends on the order of the findings. :func:`fix_document`
repeats check-and-fix until nothing changes (a fix can reveal another finding: deleting
a residue line can leave a cut line visible), so fixing twice changes nothing.

>>> import factcheck
>>> from factcheck.fixes import apply_fixes
>>> text = "要加强加强管理。"
>>> apply_fixes(text, factcheck.check(text).findings)
'要加强管理。'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .config import Config
from .document import Document
from .engine.runner import run_rules
from .findings import Edit, Finding, Report

__all__ = ["FixResult", "applicable", "apply_edits", "apply_fixes", "fix_document"]

MAX_PASSES = 10


def _fixable(finding: Finding, unsafe: bool) -> bool:
    return finding.fix is not None and bool(finding.fix.edits) and (finding.fix.safe or unsafe)


def _sort_key(finding: Finding) -> tuple[int, int, str]:
    assert finding.fix is not None
    first = min(finding.fix.edits, key=lambda edit: (edit.span.start, edit.span.end))
    return first.span.start, first.span.end, finding.code


def _clash(a: Edit, b: Edit) -> bool:
    if a.span.start < b.span.end and b.span.start < a.span.end:
        return True
    # two edits at one point (an insertion beside anything) would depend on their order
    return a.span.start == b.span.start and (not len(a.span) or not len(b.span))


def applicable(findings: Iterable[Finding], text_length: int, *, unsafe: bool = False) -> list[Finding]:
    """The findings whose fixes one pass applies: fixable, inside the text, not overlapping.

    Only safe fixes unless ``unsafe``; among overlapping fixes the one that starts first
    (then the shorter, then the lower code) wins and the others wait for the next pass.
    """
    taken: list[Edit] = []
    chosen: list[Finding] = []
    for finding in sorted((f for f in findings if _fixable(f, unsafe)), key=_sort_key):
        assert finding.fix is not None
        edits = finding.fix.edits
        if any(edit.span.end > text_length for edit in edits):
            continue
        if any(_clash(edit, other) for edit in edits for other in taken):
            continue
        if any(_clash(a, b) for i, a in enumerate(edits) for b in edits[i + 1 :]):
            continue
        taken.extend(edits)
        chosen.append(finding)
    return chosen


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` applied."""
    pieces: list[str] = []
    cursor = 0
    for edit in sorted(edits, key=lambda edit: (edit.span.start, edit.span.end)):
        pieces.append(text[cursor : edit.span.start])
        pieces.append(edit.replacement)
        cursor = edit.span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def apply_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> str:
    """``text`` (the original the findings index) with their fixes applied, one pass."""
    chosen = applicable(findings, len(text), unsafe=unsafe)
    return apply_edits(text, (edit for finding in chosen for edit in finding.fix.edits))  # type: ignore[union-attr]


@dataclass(frozen=True, slots=True)
class FixResult:
    """The fixed document, what was fixed, and the findings that remain in it."""

    document: Document
    fixed: list[Finding]
    report: Report

    @property
    def changed(self) -> bool:
        return bool(self.fixed)


def fix_document(
    document: Document, config: Config, *, unsafe: bool = False, path: str | None = None
) -> FixResult:
    """Check and fix ``document`` until no fix applies (at most ``MAX_PASSES`` passes).

    The fixed document keeps the original's encoding, byte-order mark and newlines: the
    edits only touch the spans they name.
    """
    fixed: list[Finding] = []
    report = run_rules(document, config, path=path)
    for _ in range(MAX_PASSES):
        chosen = applicable(report.findings, len(document.original), unsafe=unsafe)
        if not chosen:
            break
        text = apply_edits(document.original, (edit for f in chosen for edit in f.fix.edits))  # type: ignore[union-attr]
        if text == document.original:
            break
        fixed.extend(chosen)
        document = document.rebuilt(text)
        report = run_rules(document, config, path=path)
    return FixResult(document=document, fixed=fixed, report=report)
