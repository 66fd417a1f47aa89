"""Unified diffs of fixed articles, for ``factcheck check --diff``."""

from __future__ import annotations

import difflib

__all__ = ["unified_diff"]


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff from ``before`` to ``after`` (empty when they are equal).

    Lines keep their own newlines (a CRLF file shows CRLF lines); a last line without a
    newline is marked as in ``git diff``.
    """
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
