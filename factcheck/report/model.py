"""What reporters receive: the checked files with their findings and errors."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..findings import FileError, Finding, Severity, Suppressed

__all__ = ["FileResult", "RunResult"]


@dataclass(slots=True)
class FileResult:
    """One checked file: its findings, what was suppressed, and the source lines they are on."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    lines: dict[int, str] = field(default_factory=dict)  # line number → original text, for snippets
    texts: dict[str, str] = field(default_factory=dict)  # "start:end" → original text of flagged spans
    characters: int = 0
    fail_on: Severity = Severity.INFO  # the lowest severity that fails the run, for this file

    def failing(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.severity.rank >= self.fail_on.rank]


@dataclass(slots=True)
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    fixed: int = 0  # findings fixed by --fix (the findings listed are those that remain)
    baseline_gone: int | None = None  # baseline entries no longer found (with --baseline)

    @property
    def findings(self) -> list[Finding]:
        return [finding for result in self.files for finding in result.findings]

    def failing(self) -> list[Finding]:
        """The findings at or above their file's ``fail_on`` severity."""
        return [finding for result in self.files for finding in result.failing()]

    def exit_code(self) -> int:
        """0 clean, 1 findings at or above ``fail_on``, 2 some file could not be checked."""
        if self.errors:
            return 2
        return 1 if self.failing() else 0
