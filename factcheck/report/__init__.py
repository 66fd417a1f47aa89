"""Reporters: turn a :class:`RunResult` into text or JSON (more formats plug in here)."""

from .json import json_payload, render_json
from .model import FileResult, RunResult
from .text import display_width, render_text

__all__ = ["FileResult", "RunResult", "display_width", "json_payload", "render_json", "render_text"]
