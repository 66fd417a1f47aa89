"""What of a source file is article text: the layout a markup reader produces.

A :class:`Layout` describes, in original offsets, the characters that are markup and not
article text (``hidden``), the markup characters the article view reads as something else
(``replaced``: a closing ``</p>`` read as a line break, ``&amp;`` as ``&``), the headings
the markup declares, the suppression directives found in comments, and a reference date
from front matter. The normaliser builds the article view from it; spans keep indexing the
original file.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ..regexes import lazy
from ..span import Span, merged_ranges

__all__ = ["Directive", "Layout", "LayoutBuilder", "parse_directive", "line_starts", "DIRECTIVE"]

#: What separates the codes of a directive (FC101, FC102 or FC101 FC102).
_CODE_SEPARATOR = lazy(r"[\s,]+")

Action = Literal["ignore", "disable", "enable", "ignore-file"]

#: ``factcheck: ignore FC101, FC2 -- reason`` (in a comment, or on a line of its own).
DIRECTIVE = lazy(
    r"factcheck:[ \t]*(?P<action>ignore-file|ignore|disable|enable)\b(?P<codes>[^\n]*?)"
    r"(?:[ \t]*--[ \t]*(?P<reason>[^\n]*?))?[ \t]*$"
)
#: How far back on its line a directive looks for article text (keeps the test bounded).
_LOOK_BACK = 2000


@dataclass(frozen=True, slots=True)
class Directive:
    """A suppression comment: what it does, to which codes, and where it is.

    ``codes`` are rule codes or prefixes as written (upper-cased); an empty tuple means
    every rule. ``span`` is the comment (or the directive line) in the original text;
    ``removal`` is what deleting it takes away (its whole line when it stands alone).
    ``inline`` directives follow text on their line and apply to that line.
    """

    action: Action
    codes: tuple[str, ...]
    reason: str
    span: Span
    removal: Span
    inline: bool
    prefix: str = "<!-- "  # how the comment opens and closes, to rewrite it
    suffix: str = " -->"

    def render(self, codes: tuple[str, ...]) -> str:
        """The directive's text with only ``codes`` kept."""
        reason = f" -- {self.reason}" if self.reason else ""
        listed = (" " + ", ".join(codes)) if codes else ""
        return f"{self.prefix}factcheck: {self.action}{listed}{reason}{self.suffix}"


def parse_directive(body: str) -> tuple[Action, tuple[str, ...], str] | None:
    """``(action, codes, reason)`` of a comment body that is a directive, else ``None``."""
    match = DIRECTIVE.match(body.strip())
    if match is None:
        return None
    codes = tuple(part.upper() for part in _CODE_SEPARATOR.split(match["codes"]) if part)
    return match["action"], codes, (match["reason"] or "").strip()  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Layout:
    """The markup of one source file (see the module docstring); empty for plain text."""

    format: str = "text"
    hidden: tuple[tuple[int, int], ...] = ()
    replaced: tuple[tuple[int, str], ...] = ()
    headings: tuple[tuple[int, int], ...] = ()  # (original offset, level 1–6)
    directives: tuple[Directive, ...] = ()
    reference_date: date | None = None
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(start for start, _ in self.hidden))

    def touches_markup(self, span: Span) -> bool:
        """Whether an edit of ``span`` would change markup (a hidden range or a replaced character)."""
        index = bisect_right(self._starts, span.end) - 1
        while index >= 0:
            start, end = self.hidden[index]
            if end <= span.start:
                break
            if start < span.end or (start == span.start == span.end):
                return True
            index -= 1
        return any(span.start <= position < span.end for position, _ in self.replaced)


class LayoutBuilder:
    """Collects hidden ranges, replacements and directives while a reader walks a file."""

    def __init__(self, text: str, format: str) -> None:
        self.text = text
        self.format = format
        self.hidden: list[tuple[int, int]] = []
        self.replaced: dict[int, str] = {}
        self.headings: list[tuple[int, int]] = []
        self.directives: list[Directive] = []
        self.reference_date: date | None = None
        self._pending: list[tuple[int, int, Action, tuple[str, ...], str, str, str]] = []

    def hide(self, start: int, end: int) -> None:
        if end > start:
            self.hidden.append((start, end))

    def replace(self, position: int, char: str) -> None:
        self.replaced[position] = char

    def directive(self, start: int, end: int, body: str, *, prefix: str, suffix: str) -> bool:
        """Record the comment at ``[start, end)`` if ``body`` is a directive; whether it was."""
        parsed = parse_directive(body)
        if parsed is not None:
            self._pending.append((start, end, *parsed, prefix, suffix))
        return parsed is not None

    def absorb(self, other: "LayoutBuilder", offset: int) -> None:
        """Take what ``other`` found in a part of this text that starts at ``offset``."""
        self.hidden.extend((start + offset, end + offset) for start, end in other.hidden)
        self.replaced.update({position + offset: char for position, char in other.replaced.items()})
        self._pending.extend((start + offset, end + offset, *rest) for start, end, *rest in other._pending)

    def build(self) -> Layout:
        hidden = tuple(merged_ranges(self.hidden, touching=True))
        starts = [a for a, _ in hidden]
        directives = [self._directive(hidden, starts, *pending) for pending in self._pending]
        return Layout(
            format=self.format,
            hidden=hidden,
            replaced=tuple(sorted(self.replaced.items())),
            headings=tuple(sorted(self.headings)),
            directives=tuple(sorted(directives, key=lambda item: item.span.start)),
            reference_date=self.reference_date,
        )

    def _directive(
        self, hidden: tuple[tuple[int, int], ...], starts: list[int],
        start: int, end: int, action: Action, codes: tuple[str, ...], reason: str, prefix: str, suffix: str,
    ) -> Directive:
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        alone = not text[line_start:start].strip() and not text[end:line_end].strip()
        if alone:
            removal = Span(start=line_start, end=min(len(text), line_end + 1))
        elif start > line_start and text[start - 1] == " ":
            removal = Span(start=start - 1, end=end)
        else:
            removal = Span(start=start, end=end)
        inline = self._follows_text(hidden, starts, start)
        return Directive(action=action, codes=codes, reason=reason, span=Span(start=start, end=end),
                         removal=removal, inline=inline, prefix=prefix, suffix=suffix)

    def _follows_text(self, hidden: tuple[tuple[int, int], ...], starts: list[int], position: int) -> bool:
        """Whether article text precedes ``position`` in its paragraph (no line break between);
        hidden ranges are stepped over whole."""
        text = self.text
        index = position - 1
        floor = max(-1, position - _LOOK_BACK)
        while index > floor:
            found = bisect_right(starts, index) - 1
            if found >= 0 and index < hidden[found][1]:
                index = hidden[found][0] - 1
                continue
            char = self.replaced.get(index, text[index])
            if char == "\n":
                return False
            if not char.isspace():
                return True
            index -= 1
        return False


def line_starts(text: str) -> list[int]:
    """The offset where each ``\\n``-separated line of ``text`` starts."""
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


