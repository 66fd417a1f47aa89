"""Findings and reports: plain records, shared by every output format."""

from __future__ import annotations

from dataclasses import field
from datetime import date
from enum import StrEnum
from typing import Any

from .records import Record, record
from .span import Span

__all__ = ["Severity", "Edit", "Fix", "Related", "Finding", "FileError", "Report", "Suppressed"]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@record
class Edit(Record):
    """Replace the original text at ``span`` with ``replacement``."""

    span: Span
    replacement: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Edit:
        return cls(span=Span.from_json(data["span"]), replacement=_text(data["replacement"]))


@record
class Fix(Record):
    """Edits that resolve a finding; only ``safe`` fixes are applied by ``--fix``."""

    description: str
    edits: list[Edit]
    safe: bool

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fix:
        return cls(description=_text(data["description"]), edits=[Edit.from_json(item) for item in data["edits"]],
                   safe=_flag(data["safe"]))


@record
class Related(Record):
    """Another place in the text that a finding refers to (the first copy, the total …)."""

    span: Span
    line: int
    column: int
    note: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Related:
        return cls(span=Span.from_json(data["span"]), line=_count(data["line"]), column=_count(data["column"]),
                   note=_text(data["note"]))


@record
class Finding(Record):
    """One problem found in an article."""

    code: str
    rule: str
    severity: Severity
    message: str
    span: Span
    line: int
    column: int
    end_line: int
    end_column: int
    suggestion: str | None = None
    fix: Fix | None = None
    related: list[Related] = field(default_factory=list)
    path: str | None = None
    #: Stable across edits elsewhere in the file: code, flagged text and its sentence, hashed.
    fingerprint: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        """A finding as written by ``model_dump(mode="json")`` (a cached result);
        ``ValueError``, ``KeyError`` or ``TypeError`` if it is not one."""
        fix, suggestion, path, fingerprint = (data.get(key) for key in ("fix", "suggestion", "path", "fingerprint"))
        return cls(
            code=_text(data["code"]), rule=_text(data["rule"]), severity=Severity(data["severity"]),
            message=_text(data["message"]), span=Span.from_json(data["span"]),
            line=_count(data["line"]), column=_count(data["column"]),
            end_line=_count(data["end_line"]), end_column=_count(data["end_column"]),
            suggestion=None if suggestion is None else _text(suggestion),
            fix=None if fix is None else Fix.from_json(fix),
            related=[Related.from_json(item) for item in data.get("related", ())],
            path=None if path is None else _text(path),
            fingerprint=None if fingerprint is None else _text(fingerprint),
        )


@record
class FileError(Record):
    """A file that could not be checked, and why."""

    path: str
    message: str


@record
class Suppressed(Record):
    """A finding a suppression comment silenced, with the comment's reason."""

    finding: Finding
    reason: str = ""
    directive_line: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Suppressed:
        return cls(finding=Finding.from_json(data["finding"]), reason=_text(data.get("reason", "")),
                   directive_line=_count(data["directive_line"]))


@record(frozen=False)
class Report(Record):
    """The result of checking one text."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    reference_date: date | None = None
    #: How many numbers the parser read in the text (figures, percentages, dates …).
    figures: int = 0


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, got {value!r}")
    return value
