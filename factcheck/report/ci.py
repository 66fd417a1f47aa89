"""Formats for CI systems: SARIF 2.1.0, GitHub workflow commands, GitLab Code Quality, JUnit XML."""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any
from urllib.parse import quote
from xml.etree import ElementTree

from .. import __version__
from ..engine.catalog import RuleSpec, catalog
from ..engine.messages import Language, render, unwrap
from ..findings import Finding, Severity
from .model import RunResult
from .rules import sections

__all__ = ["render_github", "render_gitlab", "render_junit", "render_sarif"]

_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_GITLAB_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def _uri(path: str) -> str:
    return quote(path.replace(os.sep, "/"), safe="/")


def _help(rule: RuleSpec, language: Language) -> tuple[str, str]:
    """A rule's documentation as plain text and as Markdown, in ``language``."""
    summary = rule.summary_in(language)
    parts = sections(rule, language)
    text = "\n\n".join([summary, *(f"{title}: {paragraph}" for title, paragraph in parts)])
    bad = "\n".join(f"- ✗ {example.text}" for example in rule.bad[:3])
    good = "\n".join(f"- ✓ {example.text}" for example in rule.good[:3])
    examples = render({}, "ui-examples", {}, language)
    markdown = "\n\n".join(
        [f"**{summary}**", *(f"### {title}\n{paragraph}" for title, paragraph in parts), f"### {examples}\n{bad}\n{good}\n"]
    )
    return text, markdown


def _sarif_rule(rule: RuleSpec, language: Language) -> dict[str, Any]:
    text, markdown = _help(rule, language)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary_in(language)},
        "fullDescription": {"text": unwrap(rule.docs_in(language).what)},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity], "enabled": rule.default},
        "properties": {"tags": [rule.family], "fix": rule.fix},
    }


def _region(finding: Finding, snippet: str | None) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "charOffset": finding.span.start,
        "charLength": finding.span.end - finding.span.start,
    }
    if snippet is not None:
        region["snippet"] = {"text": snippet}
    return region


def _sarif_result(finding: Finding, path: str, rules: dict[str, int], source: dict[int, str]) -> dict[str, Any]:
    location = {"artifactLocation": {"uri": _uri(path), "uriBaseId": "%SRCROOT%"}}
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": _SARIF_LEVEL[finding.severity],
        "message": {"text": finding.message + (f" — {finding.suggestion}" if finding.suggestion else "")},
        "locations": [{"physicalLocation": {**location, "region": _region(finding, source.get(finding.line))}}],
    }
    if finding.code in rules:
        result["ruleIndex"] = rules[finding.code]
    if finding.fingerprint:
        result["partialFingerprints"] = {"factcheckFinding/v1": finding.fingerprint}
    if finding.related:
        result["relatedLocations"] = [
            {"id": index, "message": {"text": related.note},
             "physicalLocation": {**location, "region": {"startLine": related.line, "startColumn": related.column,
                                                          "charOffset": related.span.start,
                                                          "charLength": related.span.end - related.span.start}}}
            for index, related in enumerate(finding.related)
        ]
    if finding.fix is not None and finding.fix.safe:
        result["fixes"] = [{
            "description": {"text": finding.fix.description},
            "artifactChanges": [{
                "artifactLocation": location["artifactLocation"],
                "replacements": [
                    {"deletedRegion": {"charOffset": edit.span.start, "charLength": edit.span.end - edit.span.start},
                     "insertedContent": {"text": edit.replacement}}
                    for edit in finding.fix.edits
                ],
            }],
        }]
    return result


def render_sarif(result: RunResult, language: Language = "en") -> str:
    """A SARIF 2.1.0 log: every rule with its documentation as help, every finding as a
    result (suppressed ones with their in-source suppression), unreadable files as
    notifications."""
    rules = list(catalog())
    index = {rule.code: position for position, rule in enumerate(rules)}
    results = []
    for file_result in result.files:
        for finding in file_result.findings:
            results.append(_sarif_result(finding, file_result.path, index, file_result.lines))
        for item in file_result.suppressed:
            suppressed = _sarif_result(item.finding, file_result.path, index, {})
            suppressed["suppressions"] = [{"kind": "inSource", "justification": item.reason or "suppressed by a comment"}]
            results.append(suppressed)
    notifications = [
        {"level": "error", "message": {"text": error.message},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(error.path), "uriBaseId": "%SRCROOT%"}}}]}
        for error in result.errors
    ]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_sarif_rule(rule, language) for rule in rules],
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": "file://" + quote(os.getcwd().replace(os.sep, "/").rstrip("/") + "/")}},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": not result.errors, "toolExecutionNotifications": notifications}],
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: RunResult) -> str:
    """GitHub Actions workflow commands: each finding becomes an annotation on the file."""
    lines = []
    for file_result in result.files:
        for finding in file_result.findings:
            properties = ",".join([
                f"file={_escape_property(file_result.path)}",
                f"line={finding.line}", f"col={finding.column}",
                f"endLine={finding.end_line}", f"endColumn={finding.end_column}",
                f"title={_escape_property(f'{finding.code} {finding.rule}')}",
            ])
            lines.append(f"::{_GITHUB_LEVEL[finding.severity]} {properties}::{_escape_data(finding.message)}")
    for error in result.errors:
        lines.append(f"::error file={_escape_property(error.path)},title=factcheck::{_escape_data(error.message)}")
    return "".join(line + "\n" for line in lines)


def render_gitlab(result: RunResult) -> str:
    """GitLab Code Quality report (a JSON array of issues)."""
    issues = []
    for file_result in result.files:
        seen: dict[str, int] = {}
        for finding in file_result.findings:
            base = f"{file_result.path}\0{finding.fingerprint or finding.span}"
            seen[base] = seen.get(base, 0) + 1
            fingerprint = hashlib.md5(f"{base}\0{seen[base]}".encode()).hexdigest()
            issues.append({
                "type": "issue",
                "check_name": finding.code,
                "description": f"{finding.code} {finding.message}",
                "content": {"body": finding.suggestion or ""},
                "categories": ["Style"],
                "severity": _GITLAB_SEVERITY[finding.severity],
                "fingerprint": fingerprint,
                "location": {"path": file_result.path, "lines": {"begin": finding.line, "end": finding.end_line}},
            })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def render_junit(result: RunResult) -> str:
    """JUnit XML: one test case per file, failed when the file has findings, in error when unreadable."""
    suite = ElementTree.Element("testsuite", name="factcheck")
    failures = errors = 0
    for file_result in result.files:
        case = ElementTree.SubElement(suite, "testcase", classname="factcheck", name=file_result.path)
        if file_result.findings:
            failures += 1
            first = file_result.findings[0]
            failure = ElementTree.SubElement(
                case, "failure", message=f"{len(file_result.findings)} finding(s), first: {first.code} {first.message}",
                type=first.code,
            )
            failure.text = "\n".join(
                f"{file_result.path}:{f.line}:{f.column}: {f.code} {f.message}" for f in file_result.findings
            )
    for error in result.errors:
        errors += 1
        case = ElementTree.SubElement(suite, "testcase", classname="factcheck", name=error.path)
        ElementTree.SubElement(case, "error", message=error.message, type="FileError").text = error.message
    suite.set("tests", str(len(result.files) + len(result.errors)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    root = ElementTree.Element("testsuites")
    root.append(suite)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"
