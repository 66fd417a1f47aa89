"""Baselines: record today's findings so that a gate reports only new ones.

A baseline file lists, for each checked path, the fingerprints of its findings with how
often each occurs. A fingerprint hashes the rule code, the flagged text and its sentence
— not line numbers — so an edit elsewhere in the file keeps the entry valid, while an
edit of the sentence itself makes the finding new again. Paths are stored relative to the
baseline file's folder, so the file can be committed and used from any working directory.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from .files import replace_atomically
from .findings import Finding

__all__ = ["BaselineError", "Baseline"]

FORMAT = "factcheck-baseline/1"


class BaselineError(ValueError):
    """The baseline file cannot be read or written; the message names it."""


class Baseline:
    """Fingerprints per path, counted."""

    def __init__(self, location: str | Path, entries: dict[str, Counter[str]] | None = None) -> None:
        self.location = Path(location)
        self.entries: dict[str, Counter[str]] = entries or {}

    def _key(self, path: str) -> str:
        if path in ("-", "<stdin>"):
            return path
        folder = os.path.dirname(os.path.abspath(self.location))
        return Path(os.path.relpath(os.path.abspath(path), folder)).as_posix()

    @classmethod
    def load(cls, location: str | Path) -> "Baseline":
        try:
            data = json.loads(Path(location).read_text(encoding="utf-8"))
        except OSError as error:
            raise BaselineError(f"{location}: cannot read the baseline: {error.strerror or error}") from None
        except ValueError as error:
            raise BaselineError(f"{location}: not a baseline file (invalid JSON: {error})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("files"), dict):
            raise BaselineError(f"{location}: not a factcheck baseline (expected \"format\": \"{FORMAT}\")")
        entries = {}
        for path, fingerprints in data["files"].items():
            if not isinstance(fingerprints, dict):
                raise BaselineError(f"{location}: the entry for {path!r} is not a table of fingerprints")
            entries[path] = Counter({str(key): int(count) for key, count in fingerprints.items()})
        return cls(location, entries)

    def record(self, path: str, findings: list[Finding]) -> None:
        counts = Counter(finding.fingerprint or "" for finding in findings)
        if counts:
            self.entries[self._key(path)] = counts

    def write(self) -> None:
        payload = {
            "format": FORMAT,
            "files": {path: dict(sorted(counts.items())) for path, counts in sorted(self.entries.items())},
        }
        target = self.location
        try:
            replace_atomically(target, (json.dumps(payload, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
        except OSError as error:
            raise BaselineError(f"{target}: cannot write the baseline: {error.strerror or error}") from None

    def filter(self, path: str, findings: list[Finding]) -> list[Finding]:
        """The findings of ``path`` that the baseline does not account for (it consumes the
        entries it matches, so three findings against a count of two leave one)."""
        remaining = self.entries.get(self._key(path))
        if not remaining:
            return findings
        new = []
        for finding in findings:
            key = finding.fingerprint or ""
            if remaining[key] > 0:
                remaining[key] -= 1
            else:
                new.append(finding)
        return new

    def gone(self, checked: set[str]) -> int:
        """Entries of checked paths that no finding matched (fixed since the baseline)."""
        keys = {self._key(path) for path in checked}
        return sum(count for path, counts in self.entries.items() if path in keys for count in counts.values() if count > 0)
