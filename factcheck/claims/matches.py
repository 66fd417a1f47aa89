"""The matches of a pattern in ranges of a text, each part of the text scanned once.

Extractors ask, per number, for the last verb or subject in the clause before it. Scanning
each clause again costs the clause's length per number: little in prose, where clauses are
short and numbers sparse, but the whole look-back window per number on text without
punctuation. So a short range is scanned directly, and longer ones are answered from the
matches of one scan that runs forward through the text as far as the questions reach.

The answers are those of scanning the slice itself, for a pattern that does not look
around (no lookarounds, anchors or word boundaries): a match of the forward scan that lies
inside the range is the match the slice would give. Where one crosses an end of the range,
the slice could match differently there, so that range is scanned on its own; so is a
range that starts before the forward scan did.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

import regex

__all__ = ["MatchIndex"]

Span = tuple[int, int]

#: Ranges up to this long are scanned directly; longer ones are looked up.
SHORT_RANGE = 48


class MatchIndex:
    """The matches of a context-free ``pattern`` in ranges of ``text``."""

    __slots__ = ("_pattern", "_text", "_short", "_scan", "_origin", "_starts", "_ends")

    def __init__(self, pattern: regex.Pattern[str], text: str, short: int = SHORT_RANGE) -> None:
        self._pattern = pattern
        self._text = text
        self._short = short
        self._scan: Iterator[regex.Match[str]] | None = None  # the forward scan, once started
        self._origin = 0  # where it started
        self._starts: list[int] = []
        self._ends: list[int] = []

    def _bounds(self, start: int, end: int) -> tuple[int, int] | None:
        """The indexes of the forward scan's matches inside the long range ``[start, end)``,
        or None where the range is to be scanned on its own."""
        if self._scan is None:
            self._scan, self._origin = self._pattern.finditer(self._text, start), start
        elif start < self._origin:
            return None
        starts, ends = self._starts, self._ends
        if not starts or starts[-1] < end:  # read on until a match starts at or after end
            for match in self._scan:
                starts.append(match.start())
                ends.append(match.end())
                if match.start() >= end:
                    break
        first = bisect_left(starts, start)
        last = bisect_left(starts, end, first)
        if (first > 0 and ends[first - 1] > start) or (last > first and ends[last - 1] > end):
            return None
        return first, last

    def within(self, start: int, end: int) -> list[Span]:
        """The matches of ``pattern`` in ``text[start:end]``, as positions in ``text``."""
        if start >= end:
            return []
        bounds = None if end - start <= self._short else self._bounds(start, end)
        if bounds is None:
            return [match.span() for match in self._pattern.finditer(self._text, start, end)]
        first, last = bounds
        return list(zip(self._starts[first:last], self._ends[first:last], strict=True))

    def last(self, start: int, end: int) -> Span | None:
        """The last match of ``pattern`` in ``text[start:end]``, as a position in ``text``."""
        if start >= end:
            return None
        bounds = None if end - start <= self._short else self._bounds(start, end)
        if bounds is None:
            found = None
            for found in self._pattern.finditer(self._text, start, end):
                pass
            return None if found is None else found.span()
        first, last = bounds
        return (self._starts[last - 1], self._ends[last - 1]) if last > first else None
