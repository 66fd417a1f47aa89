"""Human-readable output in the style of ruff: location, code, message, a caret under the span."""

from __future__ import annotations

import unicodedata
from collections import Counter

from ..document import Document
from ..findings import Finding, Severity
from .model import RunResult

__all__ = ["render_text", "display_width"]

_CONTEXT = 24  # characters of context either side of the span on long lines
_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def display_width(text: str) -> int:
    """Terminal columns ``text`` occupies (CJK characters are two wide)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def _snippet(document: Document, finding: Finding) -> list[str]:
    line_text = document.line_text(finding.line).replace("\t", " ")
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line_text)
    end = max(end, start + 1)
    left = max(0, start - _CONTEXT)
    right = min(len(line_text), end + _CONTEXT)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line_text) else ""
    shown = prefix + line_text[left:right] + suffix
    pad = display_width(prefix + line_text[left:start])
    carets = "^" * max(1, display_width(line_text[start:min(end, right)]))
    gutter = str(finding.line)
    blank = " " * len(gutter)
    return [f"{blank} |", f"{gutter} | {shown}", f"{blank} | {' ' * pad}{carets}"]


def render_text(result: RunResult, *, color: bool = False, show_source: bool = True) -> str:
    lines: list[str] = []
    for file_result in result.files:
        for finding in file_result.findings:
            location = f"{file_result.path}:{finding.line}:{finding.column}:"
            code = _paint(finding.code, _COLORS[finding.severity], color)
            lines.append(f"{_paint(location, '1', color)} {code} {finding.message}")
            if show_source and file_result.document is not None:
                lines.extend(_snippet(file_result.document, finding))
            if finding.suggestion:
                lines.append(f"  = suggestion: {finding.suggestion}")
            if finding.fix is not None:
                safety = "" if finding.fix.safe else " (unsafe)"
                lines.append(f"  = fix{safety}: {finding.fix.description}")
            for related in finding.related[:4]:
                lines.append(f"  = see {related.line}:{related.column}: {related.note}")
            if show_source:
                lines.append("")
    for error in result.errors:
        lines.append(f"{error.path}: error: {error.message}")
    findings = result.findings
    checked = len(result.files)
    if findings:
        counts = Counter(finding.severity for finding in findings)
        detail = ", ".join(
            f"{counts[severity]} {severity.value}{'s' if counts[severity] != 1 else ''}"
            for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
            if counts[severity]
        )
        noun = "finding" if len(findings) == 1 else "findings"
        lines.append(f"Found {len(findings)} {noun} ({detail}) in {checked} file{'s' if checked != 1 else ''}.")
    else:
        lines.append(f"All checks passed ({checked} file{'s' if checked != 1 else ''}).")
    fixable = sum(1 for finding in findings if finding.fix is not None and finding.fix.safe)
    if fixable:
        lines.append(f"{fixable} fixable with `factcheck check --fix`.")
    if result.fixed:
        lines.append(f"Fixed {result.fixed} finding{'s' if result.fixed != 1 else ''}.")
    if result.errors:
        lines.append(f"{len(result.errors)} file{'s' if len(result.errors) != 1 else ''} could not be checked.")
    return "\n".join(lines) + "\n"
