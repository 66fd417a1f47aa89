"""Machine-readable output: one JSON document, or JSON Lines streamed file by file.

The JSON document (``--format json``) is ``{"version": 1, "findings": [...],
"suppressed": [...], "errors": [...], "summary": {...}}``; each finding carries its
``path``. JSON Lines (``--format jsonl``) writes one object per line as each file
finishes, in the row schema of :mod:`factcheck.batch.rows` (the same as ``factcheck
archive``'s Parquet and the Dask output): ``type`` is ``finding`` or ``error`` and ``id``
is the file's path.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..findings import FileError
from ..span import Span

from .model import FileResult, RunResult

__all__ = ["JSON_VERSION", "render_json", "json_payload", "jsonl_rows"]

#: Bumped when a field is removed or changes meaning (additions keep the version).
JSON_VERSION = 1


def _finding(data: dict[str, Any], path: str) -> dict[str, Any]:
    data["path"] = path
    return data


def json_payload(result: RunResult) -> dict[str, Any]:
    findings = [
        _finding(finding.model_dump(mode="json"), file_result.path)
        for file_result in result.files
        for finding in file_result.findings
    ]
    suppressed = [
        {**_finding(item.finding.model_dump(mode="json"), file_result.path),
         "reason": item.reason, "directive_line": item.directive_line}
        for file_result in result.files
        for item in file_result.suppressed
    ]
    payload: dict[str, Any] = {
        "version": JSON_VERSION,
        "findings": findings,
        "suppressed": suppressed,
        "errors": [error.model_dump(mode="json") for error in result.errors],
        "summary": {
            "files": len(result.files),
            "findings": len(findings),
            "by_code": dict(sorted(Counter(item["code"] for item in findings).items())),
            "suppressed": len(suppressed),
            "errors": len(result.errors),
            "failing": len(result.failing()),
        },
    }
    if result.fixed:
        payload["fixed"] = result.fixed
    if result.baseline_gone is not None:
        payload["summary"]["baseline_gone"] = result.baseline_gone
    return payload


def render_json(result: RunResult) -> str:
    return json.dumps(json_payload(result), ensure_ascii=False, indent=2) + "\n"


def jsonl_rows(file_result: FileResult, errors: Sequence[FileError] = ()) -> str:
    """The JSON Lines of one file: its findings, then its errors, as the rows of
    :mod:`factcheck.batch.rows` (``id`` is the file's path)."""
    from ..batch.rows import error_row, finding_row

    def text_of(span: Span) -> str:
        return file_result.texts.get(f"{span.start}:{span.end}", "")

    rows = [finding_row(file_result.path, finding, text_of) for finding in file_result.findings]
    rows += [error_row(error.path, error.message) for error in errors]
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
