"""Human-readable output in the style of ruff: location, code, message, a caret under the span."""

from __future__ import annotations

import unicodedata
from collections import Counter

from ..findings import Finding, Severity
from .model import FileResult, RunResult

__all__ = ["render_text", "render_file", "render_summary", "render_statistics", "display_width"]

_CONTEXT = 24  # characters of context either side of the span on long lines
_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def display_width(text: str) -> int:
    """Terminal columns ``text`` occupies (CJK characters are two wide)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def _snippet(line_text: str, finding: Finding) -> list[str]:
    line_text = line_text.replace("\t", " ")
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


def _repeats(findings: list[Finding]) -> tuple[list[Finding], dict[int, list[int]]]:
    """The findings to show (the first of each identical group) and the lines of the others."""
    first: dict[tuple[str, str], Finding] = {}
    others: dict[int, list[int]] = {}
    shown: list[Finding] = []
    for finding in findings:
        key = (finding.code, finding.message)
        if key in first:
            others.setdefault(id(first[key]), []).append(finding.line)
        else:
            first[key] = finding
            shown.append(finding)
    return shown, others


def render_file(file_result: FileResult, *, color: bool = False, show_source: bool = True) -> list[str]:
    """The lines for one file's findings; identical findings are shown once, with a count."""
    lines: list[str] = []
    shown, others = _repeats(file_result.findings)
    for finding in shown:
        location = f"{file_result.path}:{finding.line}:{finding.column}:"
        code = _paint(finding.code, _COLORS[finding.severity], color)
        lines.append(f"{_paint(location, '1', color)} {code} {finding.message}")
        source = file_result.lines.get(finding.line)
        if show_source and source is not None:
            lines.extend(_snippet(source, finding))
        if finding.suggestion:
            lines.append(f"  = suggestion: {finding.suggestion}")
        if finding.fix is not None:
            safety = "" if finding.fix.safe else " (unsafe)"
            lines.append(f"  = fix{safety}: {finding.fix.description}")
        for related in finding.related[:4]:
            lines.append(f"  = see {related.line}:{related.column}: {related.note}")
        repeated = others.get(id(finding))
        if repeated:
            listed = ", ".join(str(line) for line in repeated[:10]) + (", …" if len(repeated) > 10 else "")
            times = "time" if len(repeated) == 1 else "times"
            lines.append(f"  = repeated {len(repeated)} more {times} in this file (lines {listed})")
        if show_source:
            lines.append("")
    return lines


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def render_summary(result: RunResult) -> list[str]:
    """The closing lines: counts, fixable findings, errors, baseline."""
    lines = [f"{error.path}: error: {error.message}" for error in result.errors]
    findings = result.findings
    checked = len(result.files)
    if findings:
        counts = Counter(finding.severity for finding in findings)
        detail = ", ".join(
            _plural(counts[severity], severity.value)
            for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
            if counts[severity]
        )
        lines.append(f"Found {_plural(len(findings), 'finding')} ({detail}) in {_plural(checked, 'file')}.")
        below = len(findings) - len(result.failing())
        if below:
            lines.append(f"{_plural(below, 'finding')} below the fail-on level will not fail the run.")
    else:
        lines.append(f"All checks passed ({_plural(checked, 'file')}).")
    suppressed = sum(len(file.suppressed) for file in result.files)
    if suppressed:
        lines.append(f"{_plural(suppressed, 'finding')} suppressed by comments.")
    if result.baseline_gone:
        entries = "entry" if result.baseline_gone == 1 else "entries"
        lines.append(f"{result.baseline_gone} baseline {entries} no longer found (rewrite it with --write-baseline).")
    fixable = sum(1 for finding in findings if finding.fix is not None and finding.fix.safe)
    if fixable:
        lines.append(f"{fixable} fixable with `factcheck check --fix`.")
    if result.fixed:
        lines.append(f"Fixed {_plural(result.fixed, 'finding')}.")
    if result.errors:
        lines.append(f"{_plural(len(result.errors), 'file')} could not be checked.")
    return lines


def render_statistics(result: RunResult) -> str:
    """One line per rule code: how many findings, the rule name, whether fixable."""
    counts = Counter(finding.code for finding in result.findings)
    names = {finding.code: finding.rule for finding in result.findings}
    fixable = {f.code for f in result.findings if f.fix is not None and f.fix.safe}
    width = len(str(max(counts.values()))) if counts else 1
    rows = [
        f"{count:>{width}}\t{code}\t{names[code]}{'  [*]' if code in fixable else ''}"
        for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    return "\n".join(rows) + ("\n" if rows else "")


def render_text(result: RunResult, *, color: bool = False, show_source: bool = True, summary: bool = True) -> str:
    """The whole run as text: each file's findings, then (unless ``summary`` is off) the summary."""
    lines: list[str] = []
    for file_result in result.files:
        lines.extend(render_file(file_result, color=color, show_source=show_source))
    if summary:
        lines.extend(render_summary(result))
    return "".join(line + "\n" for line in lines)
