"""Source formats: which characters of a file are article text, and its suppression comments."""

from __future__ import annotations

from .layout import Directive, Layout, parse_directive

__all__ = ["Directive", "Layout", "FORMATS", "format_of", "read_layout", "parse_directive"]

FORMATS = ("text", "markdown", "html")
_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def format_of(path: str | None) -> str:
    """The source format a file name implies (``text`` unless ``.md``/``.markdown``/``.html``/``.htm``)."""
    if not path:
        return "text"
    lowered = path.lower()
    for suffix, name in _SUFFIXES.items():
        if lowered.endswith(suffix):
            return name
    return "text"


def read_layout(text: str, format: str = "text") -> Layout:
    """The :class:`Layout` of ``text`` read as ``format``."""
    if format == "markdown":
        from .markdown import markdown_layout

        return markdown_layout(text)
    if format == "html":
        from .html import html_layout

        return html_layout(text)
    if format != "text":
        raise ValueError(f"unknown source format {format!r} (one of {', '.join(FORMATS)})")
    from .plain import text_layout

    return text_layout(text)
