"""Plain text: the only markup is a suppression directive on a line of its own."""

from __future__ import annotations

import regex

from ..regexes import lazy
from .layout import Layout, LayoutBuilder

__all__ = ["text_layout"]

#: ``factcheck: ignore FC101`` alone on a line, bare or as an HTML comment.
_DIRECTIVE_LINE = lazy(
    r"^[ \t\u3000]*(?P<open><!--[ \t]*)?(?P<body>factcheck:[^\n]*?)(?P<close>(?(open)[ \t]*-->))[ \t\u3000\r]*$",
    regex.M,
)


def text_layout(text: str) -> Layout:
    """The layout of a plain-text article: directive lines are hidden, nothing else."""
    if "factcheck:" not in text:
        return Layout()
    builder = LayoutBuilder(text, "text")
    for match in _DIRECTIVE_LINE.finditer(text):
        opened = match["open"] is not None
        start = match.start("open") if opened else match.start("body")
        end = match.end("close") if opened else match.end("body")
        prefix, suffix = ("<!-- ", " -->") if opened else ("", "")
        if builder.directive(start, end, match["body"], prefix=prefix, suffix=suffix):
            stop = match.end()
            builder.hide(match.start(), stop + 1 if text[stop : stop + 1] == "\n" else stop)
    return builder.build()
