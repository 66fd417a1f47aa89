"""Findings and reports: plain data, shared by every output format."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from .span import Span

__all__ = ["Severity", "Edit", "Fix", "Related", "Finding", "FileError", "Report", "Suppressed"]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Edit(BaseModel):
    """Replace the original text at ``span`` with ``replacement``."""

    model_config = ConfigDict(frozen=True)

    span: Span
    replacement: str


class Fix(BaseModel):
    """Edits that resolve a finding; only ``safe`` fixes are applied by ``--fix``."""

    model_config = ConfigDict(frozen=True)

    description: str
    edits: list[Edit]
    safe: bool


class Related(BaseModel):
    """Another place in the text that a finding refers to (the first copy, the total …)."""

    model_config = ConfigDict(frozen=True)

    span: Span
    line: int
    column: int
    note: str


class Finding(BaseModel):
    """One problem found in an article."""

    model_config = ConfigDict(frozen=True)

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
    related: list[Related] = Field(default_factory=list)
    path: str | None = None
    #: Stable across edits elsewhere in the file: code, flagged text and its sentence, hashed.
    fingerprint: str | None = None


class FileError(BaseModel):
    """A file that could not be checked, and why."""

    model_config = ConfigDict(frozen=True)

    path: str
    message: str


class Suppressed(BaseModel):
    """A finding a suppression comment silenced, with the comment's reason."""

    model_config = ConfigDict(frozen=True)

    finding: Finding
    reason: str = ""
    directive_line: int


class Report(BaseModel):
    """The result of checking one text."""

    findings: list[Finding] = Field(default_factory=list)
    errors: list[FileError] = Field(default_factory=list)
    suppressed: list[Suppressed] = Field(default_factory=list)
    reference_date: date | None = None
    #: How many numbers the parser read in the text (figures, percentages, dates …).
    figures: int = 0
