"""Markdown: which characters of a ``.md`` file are article text (markdown-it-py).

Code (fenced, indented, inline), front matter, link targets, image references, emphasis
markers, escapes and link reference definitions are markup; HTML blocks and inline HTML
are read as HTML (tags, comments and scripts are markup, the text between tags is not);
the soft line breaks of a wrapped paragraph join its lines (so a wrapped paragraph is one
paragraph); ATX heading markers (``#``) stay in the view, where the structure reads them
as headings. markdown-it-py gives block tokens line numbers but inline tokens no
offsets, so each paragraph's inline tokens are aligned with the source, character by
character; where alignment fails (an unusual construct), the rest of that paragraph is
simply read as text.
"""

from __future__ import annotations

import html
from datetime import date
from functools import cache
from typing import Any

import regex

from ..regexes import compile_pattern, lazy
from .html import read_html
from .layout import Layout, LayoutBuilder, line_starts

__all__ = ["markdown_layout"]

_SOFT_BREAK = lazy(r"[ \t]*\r?\n(?:[ \t]*>)*[ \t]*")
_HARD_BREAK = lazy(r"(?:\\|(?<![ \t])[ \t]{2,})(?=\r?\n)")
_CONTINUATION = lazy(r"\r?\n((?:[ \t]*>)*[ \t]*)")
_ENTITY = lazy(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DATE = lazy(r"^date[ \t]*:[ \t]*[\"']?(\d{4})-(\d{1,2})-(\d{1,2})", regex.M)
_COMMENT = lazy(r"<!--(.*?)-->", regex.S)
_CLOSING_HASHES = lazy(r"(?<![ \t])[ \t]+#+[ \t]*$|(?<![ \t])[ \t]+$")
_EMPHASIS = frozenset({"strong_open", "strong_close", "em_open", "em_close", "s_open", "s_close"})


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(front_matter_plugin)


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.builder = LayoutBuilder(text, "markdown")
        self.starts = line_starts(text)
        self.row_cursor: dict[int, int] = {}

    def line_start(self, line: int) -> int:
        return self.starts[line] if line < len(self.starts) else len(self.text)

    def line_end(self, line: int) -> int:
        """The offset of the newline ending ``line`` (or the end of the text)."""
        end = self.line_start(line + 1)
        return end - 1 if end > self.line_start(line) and self.text[end - 1 : end] == "\n" else end

    def hide_lines(self, first: int, stop: int) -> None:
        self.builder.hide(self.line_start(first), self.line_start(stop))

    def read(self) -> Layout:
        tokens = _parser().parse(self.text)
        covered = bytearray(len(self.starts))
        for index, token in enumerate(tokens):
            if token.map is not None and token.level == 0:
                for line in range(token.map[0], min(token.map[1], len(covered))):
                    covered[line] = 1
            self._block(token, tokens, index)
        for line, seen in enumerate(covered):
            if not seen and self.text[self.line_start(line) : self.line_end(line)].strip():
                self.hide_lines(line, line + 1)  # a link reference definition
        return self.builder.build()

    def _block(self, token: Any, tokens: list[Any], index: int) -> None:
        kind = token.type
        if kind == "front_matter" and token.map:
            self.hide_lines(*token.map)
            if match := _DATE.search(token.content):
                try:
                    self.builder.reference_date = date(*(int(part) for part in match.groups()))
                except ValueError:
                    pass
        elif kind in ("fence", "code_block", "hr") and token.map:
            self.hide_lines(*token.map)
        elif kind == "html_block" and token.map:
            # read as HTML: tags and comments are markup, text between them is article text
            start, end = self.line_start(token.map[0]), self.line_start(token.map[1])
            self.builder.absorb(read_html(self.text[start:end], "markdown"), start)
        elif kind == "heading_open" and token.map and token.markup in ("=", "-"):
            self.hide_lines(token.map[1] - 1, token.map[1])  # the setext underline
            self.builder.headings.append((self.line_start(token.map[0]), 1 if token.markup == "=" else 2))
        elif kind == "table_open" and token.map:
            self._table(*token.map)
        elif kind == "inline" and token.map:
            heading = index > 0 and tokens[index - 1].type == "heading_open"
            self._inline(token, heading=heading)

    def _table(self, first: int, stop: int) -> None:
        for line in range(first, stop):
            start, end = self.line_start(line), self.line_end(line)
            if line == first + 1:
                self.builder.hide(start, end)  # the delimiter row
                continue
            for position in range(start, end):
                if self.text[position] == "|":
                    self.builder.replace(position, " ")

    def _inline(self, token: Any, *, heading: bool) -> None:
        first_line = token.content.split("\n", 1)[0]
        if not first_line:
            return
        line = token.map[0]
        low = max(self.line_start(line), self.row_cursor.get(line, 0))
        start = self.text.find(first_line, low, self.line_end(line))
        if start < 0:
            return
        if line not in self.row_cursor:  # the first inline of its line (not a later table cell)
            self._hide_quote_markers(self.line_start(line), start)
        self.row_cursor[line] = start + len(first_line)
        end = _Aligner(self.text, self.builder).run(start, token.children or [])
        if heading and end is not None:
            line_end = self.text.find("\n", end)
            line_end = len(self.text) if line_end < 0 else line_end
            if self.text[line_end - 1 : line_end] == "\r":
                line_end -= 1
            if match := _CLOSING_HASHES.match(self.text, end, line_end):
                if match.end() == line_end:
                    self.builder.hide(match.start(), match.end())

    def _hide_quote_markers(self, start: int, end: int) -> None:
        for position in range(start, end):
            if self.text[position] == ">":
                self.builder.hide(position, position + 1)


class _Aligner:
    """Walks a paragraph's inline tokens over the source, hiding what is markup."""

    def __init__(self, text: str, builder: LayoutBuilder) -> None:
        self.text = text
        self.builder = builder

    def run(self, position: int, children: list[Any]) -> int | None:
        """Align ``children`` from ``position``; the end of the paragraph, or ``None``."""
        in_autolink = False
        for child in children:
            kind = child.type
            if in_autolink:
                in_autolink = kind != "link_close"
                continue
            if kind in ("text", "text_special"):
                found = self._text(position, child.content)
            elif kind == "softbreak":
                found = self._soft_break(position)
            elif kind == "hardbreak":
                found = self._hard_break(position)
            elif kind in _EMPHASIS:
                found = self._literal(position, child.markup)
            elif kind == "code_inline":
                found = self._code(position, child.markup)
            elif kind == "html_inline":
                found = self._html(position, child.content)
            elif kind == "image":
                found = self._image(position)
            elif kind == "link_open" and child.markup == "autolink":
                found = self._autolink(position)
                in_autolink = True
            elif kind == "link_open":
                found = self._literal(position, "[")
            elif kind == "link_close":
                found = self._link_tail(position)
            else:
                found = None
            if found is None:
                return None
            position = found
        return position

    def _text(self, position: int, content: str) -> int | None:
        text, builder = self.text, self.builder
        index = 0
        while index < len(content):
            char = content[index]
            if text.startswith("\\" + char, position) and char.isascii() and not char.isalnum():
                builder.hide(position, position + 1)  # a backslash escape
                position += 2
                index += 1
            elif text.startswith("&", position) and (entity := _ENTITY.match(text, position)) and content.startswith(
                decoded := html.unescape(entity[0]), index
            ) and decoded != entity[0]:
                if len(decoded) == 1:
                    builder.replace(position, decoded)
                    builder.hide(position + 1, entity.end())
                index += len(decoded)
                position = entity.end()
            elif text.startswith(char, position):
                position += 1
                index += 1
            else:
                return None
        return position

    def _literal(self, position: int, markup: str) -> int | None:
        if not markup or not self.text.startswith(markup, position):
            return None
        self.builder.hide(position, position + len(markup))
        return position + len(markup)

    def _soft_break(self, position: int) -> int | None:
        match = _SOFT_BREAK.match(self.text, position)
        if match is None:
            return None
        before = self.text[position - 1 : position]
        after = self.text[match.end() : match.end() + 1]
        if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
            newline = self.text.index("\n", position)
            self.builder.replace(newline, " ")  # wrapped Latin words keep a space
            self.builder.hide(position, newline)
            self.builder.hide(newline + 1, match.end())
        else:
            self.builder.hide(match.start(), match.end())
        return match.end()

    def _hard_break(self, position: int) -> int | None:
        mark = _HARD_BREAK.match(self.text, position)
        if mark is None:
            return None
        self.builder.hide(mark.start(), mark.end())
        prefix = _CONTINUATION.match(self.text, mark.end())
        if prefix is None:
            return None
        self.builder.hide(prefix.start(1), prefix.end(1))
        return prefix.end()

    def _code(self, position: int, markup: str) -> int | None:
        if not self.text.startswith(markup, position):
            return None
        close = compile_pattern(rf"(?<!`){regex.escape(markup)}(?!`)")
        found = close.search(self.text, position + len(markup))
        if found is None:
            return None
        self.builder.hide(position, found.end())
        return found.end()

    def _html(self, position: int, content: str) -> int | None:
        if not self.text.startswith(content, position):
            return None
        end = position + len(content)
        if comment := _COMMENT.fullmatch(content):
            self.builder.directive(position, end, comment[1], prefix="<!-- ", suffix=" -->")
        self.builder.hide(position, end)
        return end

    def _autolink(self, position: int) -> int | None:
        if not self.text.startswith("<", position):
            return None
        end = self.text.find(">", position)
        if end < 0:
            return None
        self.builder.hide(position, end + 1)
        return end + 1

    def _image(self, position: int) -> int | None:
        if not self.text.startswith("![", position):
            return None
        close = _matching(self.text, position + 1, "[", "]")
        if close is None:
            return None
        end = self._destination(close + 1)
        self.builder.hide(position, end)
        return end

    def _link_tail(self, position: int) -> int | None:
        if not self.text.startswith("]", position):
            return None
        end = self._destination(position + 1)
        self.builder.hide(position, end)
        return end

    def _destination(self, position: int) -> int:
        """The end of a link's ``(target "title")`` or ``[label]`` after ``]`` (or ``position``)."""
        if self.text.startswith("(", position):
            close = _matching(self.text, position, "(", ")")
            return position if close is None else close + 1
        if self.text.startswith("[", position):
            close = self.text.find("]", position)
            return position if close < 0 else close + 1
        return position


def _matching(text: str, position: int, opening: str, closing: str) -> int | None:
    """The index of the bracket closing the one at ``position`` (backslash escapes skipped)."""
    depth = 0
    index = position
    limit = min(len(text), position + 4096)
    while index < limit:
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return None


def markdown_layout(text: str) -> Layout:
    """The layout of a Markdown article (see the module docstring)."""
    return _Reader(text).read()
