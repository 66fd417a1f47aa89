"""HTML: which characters of an ``.html`` page are article text.

Read with the standard library's HTML tokenizer (``html.parser``), which reports where
each tag, comment and run of text starts — the offsets a linter needs so that findings
index the original page. Page chrome (``head``, ``script``, ``style``, ``nav``,
``aside``, ``footer``, forms, embedded media, a ``header`` outside ``article``/``main``)
is hidden with all its content; tags are hidden, and a block element's tags read as line
breaks, so each paragraph, heading, list item or table row is a paragraph of the view;
character references read as the characters they stand for; white space that wraps the
source lines inside a paragraph joins them. ``h1``–``h6`` are headings.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from ..regexes import lazy
from .layout import Layout, LayoutBuilder, line_starts

__all__ = ["html_layout", "read_html"]

_CHROME = frozenset(
    {"head", "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button",
     "select", "textarea", "svg", "math", "iframe", "object", "canvas", "audio", "video"}
)
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "header", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
     "table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6",
     "br", "hr", "pre", "address", "caption", "body", "html", "center"}
)
_CELLS = frozenset({"td", "th"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source", "track"})
_WRAP = lazy(r"\s*\n\s*")


class _Reader(HTMLParser):
    def __init__(self, text: str, format: str = "html") -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.builder = LayoutBuilder(text, format)
        self.starts = line_starts(text)
        self.open: list[str] = []
        self.chrome = 0  # depth inside page chrome
        self.pre = 0

    # -- positions -----------------------------------------------------------------
    def _offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def _tag_end(self, start: int) -> int:
        end = self.text.find(">", start)
        return len(self.text) if end < 0 else end + 1

    # -- tags ------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        raw = self.get_starttag_text() or ""
        end = start + len(raw) if raw else self._tag_end(start)
        self._mark_tag(tag, start, end)
        if tag in _VOID:
            return
        if tag in _CHROME or (tag == "header" and not ({"article", "main"} & set(self.open))):
            self.chrome += 1
        if tag == "pre":
            self.pre += 1
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and not self.chrome:
            self.builder.headings.append((end, int(tag[1])))
        self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        raw = self.get_starttag_text() or ""
        self._mark_tag(tag, start, start + len(raw) if raw else self._tag_end(start))

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        self._mark_tag(tag, start, self._tag_end(start))
        if tag not in self.open:
            return
        while self.open:
            closed = self.open.pop()
            if closed in _CHROME or (closed == "header" and self.chrome and not ({"article", "main"} & set(self.open))):
                self.chrome = max(0, self.chrome - 1)
            if closed == "pre":
                self.pre = max(0, self.pre - 1)
            if closed == tag:
                break

    def _mark_tag(self, tag: str, start: int, end: int) -> None:
        if not self.chrome and (tag in _BLOCKS or tag in _CELLS):
            self.builder.replace(start, "\n" if tag in _BLOCKS else " ")
            self.builder.hide(start + 1, end)
        else:
            self.builder.hide(start, end)

    # -- content -----------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        start = self._offset()
        end = start + len(data)
        if self.chrome:
            self.builder.hide(start, end)
            return
        if self.pre:
            return
        if not data.strip():
            if "\n" in data:
                self.builder.hide(start, end)  # source formatting between tags
            return  # a space between inline elements (<b>150</b> <b>125</b>) stays
        for wrap in _WRAP.finditer(data):
            before = data[wrap.start() - 1 : wrap.start()]
            after = data[wrap.end() : wrap.end() + 1]
            if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
                newline = start + data.index("\n", wrap.start())
                self.builder.replace(newline, " ")
                self.builder.hide(start + wrap.start(), newline)
                self.builder.hide(newline + 1, start + wrap.end())
            else:
                self.builder.hide(start + wrap.start(), start + wrap.end())

    def _reference(self, raw: str) -> None:
        """``&amp;`` reads as ``&``; an ``&`` that starts no known reference stays text."""
        start = self._offset()
        end = start + len(raw)
        if self.text.startswith(";", end):
            end += 1
        decoded = html.unescape(self.text[start:end])
        if self.chrome:
            self.builder.hide(start, end)
        elif decoded != self.text[start:end] and len(decoded) == 1:
            self.builder.replace(start, " " if decoded == "\xa0" else decoded)
            self.builder.hide(start + 1, end)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name}")

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        if self.text.startswith("<!--", start):
            end = self.text.find("-->", start + 4)
            end = len(self.text) if end < 0 else end + 3  # an unclosed comment runs to the end
            if not self.chrome:
                self.builder.directive(start, end, data, prefix="<!-- ", suffix=" -->")
        else:
            end = self._tag_end(start)  # a bogus comment (<!x>, <?x>) ends at its >
        self.builder.hide(start, end)

    def handle_decl(self, decl: str) -> None:
        start = self._offset()
        self.builder.hide(start, self._tag_end(start))

    def handle_pi(self, data: str) -> None:
        self.handle_decl(data)

    def unknown_decl(self, data: str) -> None:
        start = self._offset()
        if data.startswith("CDATA["):
            end = self.text.find("]]>", start)
            end = len(self.text) if end < 0 else end + 3
        else:
            end = self._tag_end(start)  # <![if !supportLists]> and other marked sections
        self.builder.hide(start, end)


def read_html(text: str, format: str = "html") -> LayoutBuilder:
    """Walk ``text`` as HTML; the builder holds what is markup (used for Markdown's HTML blocks too)."""
    reader = _Reader(text, format)
    reader.feed(text)
    reader.close()
    return reader.builder


def html_layout(text: str) -> Layout:
    """The layout of an HTML page (see the module docstring)."""
    return read_html(text).build()
