"""What reporters receive: the checked files with their findings and errors."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document
from ..findings import FileError, Finding

__all__ = ["FileResult", "RunResult"]


@dataclass(slots=True)
class FileResult:
    path: str
    document: Document | None
    findings: list[Finding] = field(default_factory=list)


@dataclass(slots=True)
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    fixed: int = 0  # findings fixed by --fix (the findings listed are those that remain)

    @property
    def findings(self) -> list[Finding]:
        return [finding for result in self.files for finding in result.findings]

    def exit_code(self) -> int:
        """0 clean, 1 findings, 2 some file could not be checked."""
        if self.errors:
            return 2
        return 1 if self.findings else 0
