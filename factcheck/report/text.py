"""Human-readable output in the style of ruff: location, code, message, a caret under the span."""

from __future__ import annotations

import unicodedata
from collections import Counter

from ..engine.messages import Language, render
from ..findings import Finding, Severity
from .model import FileResult, RunResult

__all__ = [
    "count_phrase",
    "display_width",
    "render_file",
    "render_statistics",
    "render_summary",
    "render_text",
    "totals_line",
]

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


def _say(key: str, language: Language, **args: object) -> str:
    """A phrase of the report itself (``ui-*`` in ``rules/messages.toml``)."""
    return render({}, f"ui-{key}", args, language)


def count_phrase(count: int, noun: str, language: Language) -> str:
    """``3 findings`` / ``3处问题``."""
    return _say(f"{noun}-{'one' if count == 1 else 'many'}", language, n=count)


def render_file(
    file_result: FileResult, *, color: bool = False, show_source: bool = True, language: Language = "zh"
) -> list[str]:
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
            lines.append(_say("suggestion", language, text=finding.suggestion))
        if finding.fix is not None:
            lines.append(_say("fix-line" if finding.fix.safe else "unsafe-fix-line", language, text=finding.fix.description))
        for related in finding.related[:4]:
            lines.append(_say("see", language, place=f"{related.line}:{related.column}", note=related.note))
        repeated = others.get(id(finding))
        if repeated:
            listed = ", ".join(str(line) for line in repeated[:10]) + (", …" if len(repeated) > 10 else "")
            lines.append(_say("repeated", language, times=count_phrase(len(repeated), "time", language), lines=listed))
        if show_source:
            lines.append("")
    return lines


def totals_line(result: RunResult, language: Language = "zh") -> str:
    """``发现3处问题（错误1处、警告2处），共检查2个文件。``, or that all checks passed."""
    findings = result.findings
    files = count_phrase(len(result.files), "file", language)
    if not findings:
        return _say("all-passed", language, files=files)
    counts = Counter(finding.severity for finding in findings)
    detail = render({}, "list", {}, language).join(
        count_phrase(counts[severity], severity.value, language)
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if counts[severity]
    )
    return _say("found", language, findings=count_phrase(len(findings), "finding", language), detail=detail, files=files)


def render_summary(result: RunResult, language: Language = "zh") -> list[str]:
    """The closing lines: counts, fixable findings, errors, baseline."""
    lines = [_say("file-error", language, path=error.path, message=error.message) for error in result.errors]
    findings = result.findings
    lines.append(totals_line(result, language))
    below = len(findings) - len(result.failing())
    if below:
        lines.append(_say("below-fail-on", language, findings=count_phrase(below, "finding", language)))
    suppressed = sum(len(file.suppressed) for file in result.files)
    if suppressed:
        lines.append(_say("suppressed", language, findings=count_phrase(suppressed, "finding", language)))
    if result.baseline_gone:
        lines.append(_say("baseline-gone", language, entries=count_phrase(result.baseline_gone, "entry", language)))
    fixable = sum(1 for finding in findings if finding.fix is not None and finding.fix.safe)
    if fixable:
        lines.append(_say("fixable", language, n=fixable))
    if result.fixed:
        lines.append(_say("fixed", language, findings=count_phrase(result.fixed, "finding", language)))
    if result.errors:
        lines.append(_say("not-checked", language, files=count_phrase(len(result.errors), "file", language)))
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


def render_text(
    result: RunResult,
    *,
    color: bool = False,
    show_source: bool = True,
    summary: bool = True,
    language: Language = "zh",
) -> str:
    """The whole run as text: each file's findings, then (unless ``summary`` is off) the summary."""
    lines: list[str] = []
    for file_result in result.files:
        lines.extend(render_file(file_result, color=color, show_source=show_source, language=language))
    if summary:
        lines.extend(render_summary(result, language))
    return "".join(line + "\n" for line in lines)
