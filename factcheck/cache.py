"""A cache of check results for unchanged files, so a second run over a repository is quick.

An entry is keyed by the file's bytes, the configuration that applies to it, its source
format and a stamp of the installed factcheck (version, rule data and code), so any change
to one of those misses. Entries live in ``.factcheck_cache/`` (tagged as a cache folder and
ignored by git); a broken or unreadable entry is a miss, and a cache that cannot be written
is silently not used.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .findings import Finding, Suppressed
from .files import replace_atomically
from .resources import extension_stamp, rules_root, stamp_files

if TYPE_CHECKING:
    from .jobs import FileJob, FileOutcome

__all__ = ["CACHE_FOLDER", "ResultCache", "installation_stamp"]

CACHE_FOLDER = ".factcheck_cache"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# factcheck's cache of check results: safe to delete.\n"


@cache
def installation_stamp() -> str:
    """A hash of the factcheck version and the size and time of every code and rule file."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    roots = [package]
    rules = Path(str(rules_root()))
    if not rules.is_relative_to(package):
        roots.append(rules)
    for root in roots:
        stamp_files(digest, root)
    return digest.hexdigest()[:16]


class ResultCache:
    """Check results stored under ``folder`` (normally ``<project>/.factcheck_cache``)."""

    def __init__(self, folder: str | Path) -> None:
        self.root = Path(folder)
        self.folder = self.root / installation_stamp()
        self.writable = True
        self._stamps: dict[tuple[str, ...], str] = {}

    def key(self, job: "FileJob", data: bytes) -> str:
        digest = hashlib.sha256(data)
        digest.update(b"\0" + job.config.model_dump_json().encode())
        folders = job.config.extend_lexicons
        if folders:  # the contents of the user's lexicons, read once per run
            if folders not in self._stamps:
                self._stamps[folders] = extension_stamp(folders)
            digest.update(b"\0" + self._stamps[folders].encode())
        digest.update(b"\0" + (job.format or "").encode() + b"\0" + os.path.splitext(job.shown)[1].lower().encode())
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, shown: str) -> "FileOutcome | None":
        from .jobs import FileOutcome

        try:
            data: dict[str, Any] = json.loads(self._entry(key).read_text(encoding="utf-8"))
            return FileOutcome(
                shown=shown,
                findings=[Finding.from_json({**item, "path": shown}) for item in data["findings"]],
                suppressed=[Suppressed.from_json(item) for item in data["suppressed"]],
                lines={int(line): text for line, text in data["lines"].items()},
                texts=dict(data["texts"]),
                notice=None if data["notice"] is None else f"{shown}: {data['notice']}",
                characters=data["characters"],
                cached=True,
                read=True,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):  # damaged: a miss
            return None

    def put(self, key: str, outcome: "FileOutcome") -> None:
        if not self.writable or outcome.errors or outcome.fixed or outcome.diff:
            return
        payload = {
            "findings": [finding.model_dump(mode="json", exclude={"path"}) for finding in outcome.findings],
            "suppressed": [item.model_dump(mode="json") for item in outcome.suppressed],
            "lines": {str(line): text for line, text in outcome.lines.items()},
            "texts": outcome.texts,
            "notice": None if outcome.notice is None else outcome.notice.split(": ", 1)[-1],
            "characters": outcome.characters,
        }
        try:
            self._prepare()
            replace_atomically(self._entry(key), json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        except OSError:
            self.writable = False

    def _prepare(self) -> None:
        if (self.root / "CACHEDIR.TAG").exists():
            return
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "CACHEDIR.TAG").write_text(_TAG, encoding="utf-8")
        (self.root / ".gitignore").write_text("# created by factcheck\n*\n", encoding="utf-8")
