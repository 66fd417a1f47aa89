"""Machine-readable output: one JSON object ``{"findings": [...], "errors": [...]}``."""

from __future__ import annotations

import json
from typing import Any

from .model import RunResult

__all__ = ["render_json", "json_payload"]


def json_payload(result: RunResult) -> dict[str, Any]:
    findings = []
    for file_result in result.files:
        for finding in file_result.findings:
            data = finding.model_dump(mode="json")
            data["path"] = file_result.path
            findings.append(data)
    payload: dict[str, Any] = {
        "findings": findings,
        "errors": [error.model_dump(mode="json") for error in result.errors],
    }
    if result.fixed:
        payload["fixed"] = result.fixed
    return payload


def render_json(result: RunResult) -> str:
    return json.dumps(json_payload(result), ensure_ascii=False, indent=2) + "\n"
