"""The row schema shared by ``check_many``, ``check --format jsonl``, Parquet and the Dask output.

A **finding row** is one finding of one article (``type = "finding"``), or one article
that could not be checked (``type = "error"``: only ``id`` and ``message`` are set). A
**summary row** is one article: its size, how many numbers were read, how many findings
of each rule, and its error if any. Columns are listed with their Arrow type; a column
is added, never removed or changed in meaning, without bumping :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..findings import Finding, Report
from ..span import Span

__all__ = [
    "FINDING_COLUMNS",
    "SCHEMA_VERSION",
    "SUMMARY_COLUMNS",
    "ArticleResult",
    "error_row",
    "finding_row",
]

SCHEMA_VERSION = 1

#: (column, Arrow type, meaning) of a finding row, in order.
FINDING_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "string", "the article's id (its path, or the id it was given)"),
    ("type", "string", "finding, or error: the article could not be checked"),
    ("code", "string", "the rule's code, FC101"),
    ("rule", "string", "the rule's name, impossible-decrease"),
    ("severity", "string", "error, warning or info"),
    ("message", "string", "what is wrong, with the arithmetic; for an error row, why"),
    ("start", "int64", "the flagged span in the article, first code point (0-based)"),
    ("end", "int64", "the flagged span's end (exclusive)"),
    ("line", "int64", "1-based line of the span's start"),
    ("column", "int64", "1-based column of the span's start"),
    ("end_line", "int64", "1-based line of the span's end"),
    ("end_column", "int64", "1-based column of the span's end"),
    ("flagged", "string", "the flagged text, as written"),
    ("related", "string", "JSON list of the other figures involved: text, line, column, note"),
    ("suggestion", "string", "what to write instead, when the rule knows"),
    ("fixable", "bool", "a safe fix exists (factcheck check --fix applies it)"),
    ("fingerprint", "string", "stable across edits elsewhere: code, flagged text and sentence"),
)

#: (column, Arrow type, meaning) of a summary row, in order.
SUMMARY_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "string", "the article's id"),
    ("characters", "int64", "the article's length in code points"),
    ("figures", "int64", "numbers the parser read (figures, percentages, dates …)"),
    ("findings", "int64", "findings reported"),
    ("by_code", "string", "JSON object: findings per rule code"),
    ("error", "string", "why the article could not be checked (null when it was)"),
)


def finding_row(article_id: str, finding: Finding, text_of: Callable[[Span], str]) -> dict[str, Any]:
    """The row of one finding of the article ``article_id``; ``text_of`` gives the
    original text of a span of it."""
    related = [
        {"text": text_of(item.span), "line": item.line, "column": item.column, "note": item.note}
        for item in finding.related
    ]
    return {
        "id": article_id,
        "type": "finding",
        "code": finding.code,
        "rule": finding.rule,
        "severity": str(finding.severity),
        "message": finding.message,
        "start": finding.span.start,
        "end": finding.span.end,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "flagged": text_of(finding.span),
        "related": json.dumps(related, ensure_ascii=False),
        "suggestion": finding.suggestion,
        "fixable": bool(finding.fix and finding.fix.safe),
        "fingerprint": finding.fingerprint,
    }


def error_row(article_id: str, message: str) -> dict[str, Any]:
    """The row of an article that could not be checked."""
    row: dict[str, Any] = {name: None for name, _, _ in FINDING_COLUMNS}
    row.update(id=article_id, type="error", message=message)
    return row


@dataclass(slots=True)
class ArticleResult:
    """One article checked: its finding rows (or one error row) and its summary."""

    id: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    characters: int = 0
    figures: int = 0
    error: str | None = None

    @classmethod
    def of(cls, article_id: str, original: str, report: Report) -> "ArticleResult":
        rows = [finding_row(article_id, finding, lambda span: original[span.start : span.end]) for finding in report.findings]
        error = "; ".join(item.message for item in report.errors) or None
        return cls(article_id, rows, len(original), report.figures, error)

    @classmethod
    def failed(cls, article_id: str, message: str) -> "ArticleResult":
        return cls(article_id, [error_row(article_id, message)], error=message)

    def summary(self) -> dict[str, Any]:
        counts = Counter(row["code"] for row in self.rows if row["type"] == "finding")
        return {
            "id": self.id,
            "characters": self.characters,
            "figures": self.figures,
            "findings": sum(counts.values()),
            "by_code": json.dumps(dict(sorted(counts.items()))),
            "error": self.error,
        }
