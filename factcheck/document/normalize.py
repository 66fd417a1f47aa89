"""The normalised view of an article: the text parsers read, mapped back to the original.

Normalisation repairs what PDF extraction, scraping and mixed input methods do to text,
without losing track of where each character came from:

* one-to-one substitutions (``str.translate``): full-width digits, letters and symbols
  become ASCII (so do the decimal digits of other scripts); ASCII clause punctuation becomes its Chinese form (a comma between
  digit groups stays a thousands separator); ``７５·６７％`` gets a decimal point;
* deletions: zero-width characters, the ``\\r`` of ``\\r\\n``, the blank run inside a
  paragraph cut by a line break (``南瓜藏\\n\\n毒``), spaces inside letter-spaced digits.

Every normalised character comes from exactly one original character, so the map back
is monotonic and stored compactly as kept segments.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..regexes import lazy
from .breaks import LineJoin, find_line_joins

if TYPE_CHECKING:
    from ..markup.layout import Layout

__all__ = ["LineJoin", "OffsetMap", "Normalized", "normalize", "find_line_joins"]

_TRANSLATION: dict[int, str] = {code: chr(code - 0xFEE0) for code in range(0xFF10, 0xFF1A)}
_TRANSLATION.update({code: chr(code - 0xFEE0) for code in range(0xFF21, 0xFF3B)})
_TRANSLATION.update({code: chr(code - 0xFEE0) for code in range(0xFF41, 0xFF5B)})
_TRANSLATION.update(
    {
        ord("％"): "%", ord("﹪"): "%", ord("＋"): "+", ord("－"): "-", ord("＝"): "=",
        ord("／"): "/", ord("～"): "~", ord("〜"): "~", ord("＜"): "<", ord("＞"): ">",
        ord("\u3000"): " ", ord("\u00a0"): " ", ord("\u2002"): " ", ord("\u2003"): " ",
        ord("\u2009"): " ", ord("\t"): " ",
        ord(";"): "；", ord("!"): "！", ord("?"): "？", ord("("): "（", ord(")"): "）",
        ord("「"): "“", ord("」"): "”", ord("『"): "‘", ord("』"): "’",
        ord("•"): "·", ord("・"): "·", ord("‧"): "·", ord("∙"): "·", ord("●"): "●",
    }
)

_LONE_CR = lazy(r"\r(?!\n)")
#: A full-width comma used as a thousands separator: between full-width digit groups, or
#: between ASCII groups when a decimal point follows (12，345.00). Elsewhere it is a comma.
_WIDE_THOUSANDS = lazy(
    r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))|(?<=\d)，(?=\d{3}(?:[，,]\d{3})*\.\d)"
)
_DELETABLE = lazy(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]|\r(?=\n)")
#: An ASCII comma that is not a thousands separator, and a colon not inside a clock time.
_CLAUSE_COMMA = lazy(r",(?!(?<=\d,)\d{3}(?!\d))")
_CLAUSE_COLON = lazy(r":(?!(?<=\d:)\d)")
#: ``75·67%`` and ``７５．６７％``: a middle dot or full stop used as a decimal point.
_DECIMAL_POINT = lazy(r"(?<=\d)[·．](?=\d+%)|(?<=\d)．(?=\d)")
#: Decimal digits of other scripts (Devanagari, Takri …): read as ASCII digits, one for one.
_OTHER_DIGIT = lazy(r"(?![0-9])\d")
#: Letter-spaced digits from PDF extraction: ``2 0 2 3``.
_SPACED_DIGITS = lazy(r"(?<![\d.])\d(?: \d){3,}(?![\d.])")

class OffsetMap:
    """Maps positions in the normalised text back to the original text (and forth)."""

    __slots__ = ("_norm_starts", "_orig_starts", "_orig_len", "_norm_len", "_identity")

    def __init__(self, kept: list[tuple[int, int]], orig_len: int) -> None:
        self._norm_starts: list[int] = []
        self._orig_starts: list[int] = []
        position = 0
        for start, end in kept:
            self._norm_starts.append(position)
            self._orig_starts.append(start)
            position += end - start
        if not kept:
            self._norm_starts.append(0)
            self._orig_starts.append(0)
        self._norm_len = position
        self._orig_len = orig_len
        # nothing removed anywhere (most articles): every position maps to itself
        self._identity = len(self._norm_starts) == 1 and self._orig_starts[0] == 0

    @property
    def same_until(self) -> int:
        """The normalised positions below this one are also original positions: the whole
        text where nothing was removed, else up to the first removal (0 when the text
        opens with one)."""
        if self._orig_starts[0] != 0:
            return 0
        return self._norm_len if len(self._norm_starts) == 1 else self._norm_starts[1]

    # Where nothing was removed before a position (most of most texts), the position itself
    # is returned rather than an equal new integer: a dense text keeps one per claim.

    def to_original(self, position: int) -> int:
        """Original index of the normalised character at ``position`` (end maps to end)."""
        if position >= self._norm_len:
            return self._orig_len
        if self._identity:
            return position
        index = bisect_right(self._norm_starts, position) - 1
        shift = self._orig_starts[index] - self._norm_starts[index]
        return position + shift if shift else position

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span covering the normalised span ``[start, end)``."""
        if self._identity and start < end <= self._norm_len:
            return start, end
        origin = self.to_original(start)
        if end <= start:
            return origin, origin
        if end > self._norm_len:
            return origin, self._orig_len + 1
        index = bisect_right(self._norm_starts, end - 1) - 1
        shift = self._orig_starts[index] - self._norm_starts[index]
        return origin, end + shift if shift else end

    def to_normalized(self, position: int) -> int:
        """Normalised index of the first kept character at or after original ``position``."""
        index = bisect_right(self._orig_starts, position) - 1
        if index < 0:
            return 0
        norm_start = self._norm_starts[index]
        next_norm = (
            self._norm_starts[index + 1] if index + 1 < len(self._norm_starts) else self._norm_len
        )
        return min(norm_start + position - self._orig_starts[index], next_norm)


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised text, its offset map and the line joins it made."""

    text: str
    offsets: OffsetMap
    joins: tuple[LineJoin, ...]


def normalize(original: str, layout: "Layout | None" = None) -> Normalized:
    """Build the normalised view of ``original`` (see the module docstring).

    With a ``layout`` (Markdown, HTML, directive lines), its hidden ranges are left out of
    the view and its replaced characters read as their replacements, before the rest of
    normalisation; the offset map still leads back to ``original``.
    """
    if layout is None or not (layout.hidden or layout.replaced):
        text, kept, joins = _normalize(original)
        return Normalized(text, OffsetMap(kept, len(original)), tuple(joins))
    pieces: list[str] = []
    cursor = 0
    for position, char in layout.replaced:
        pieces.append(original[cursor:position])
        pieces.append(char)
        cursor = position + 1
    pieces.append(original[cursor:])
    masked = "".join(pieces)
    outer = _complement(layout.hidden, len(original))
    article = "".join(masked[start:end] for start, end in outer)
    text, inner, joins = _normalize(article)
    to_original = OffsetMap(outer, len(original))
    mapped = []
    for join in joins:  # a join spans the whole gap, markup in it and beside it included
        start = to_original.to_original(join.start - 1) + 1 if join.start else 0
        end = to_original.to_original(join.end)
        mapped.append(dataclasses.replace(join, start=start, end=end))
    return Normalized(text, OffsetMap(_compose(outer, inner), len(original)), tuple(mapped))


def _complement(hidden: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The ranges of ``[0, length)`` outside the sorted (possibly overlapping) ``hidden`` ranges."""
    kept: list[tuple[int, int]] = []
    cursor = 0
    for start, end in hidden:
        if start > cursor:
            kept.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < length:
        kept.append((cursor, length))
    return kept


def _compose(outer: list[tuple[int, int]], inner: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Kept segments of the original, given ``outer`` (original → middle text) and ``inner``
    (middle text → view), both lists of kept ``(start, end)`` segments."""
    composed: list[tuple[int, int]] = []
    index, base = 0, 0  # the outer segment holding the middle position, and where it starts there
    for start, end in inner:
        while start < end:
            while base + (outer[index][1] - outer[index][0]) <= start:
                base += outer[index][1] - outer[index][0]
                index += 1
            origin = outer[index][0] + start - base
            take = min(end, base + outer[index][1] - outer[index][0]) - start
            if composed and composed[-1][1] == origin:
                composed[-1] = (composed[-1][0], origin + take)
            else:
                composed.append((origin, origin + take))
            start += take
    return composed


def _normalize(original: str) -> tuple[str, list[tuple[int, int]], list[LineJoin]]:
    """The view of plain text: its characters, kept segments and line joins."""
    if "，" in original:  # ２７，２０３，３１９ and 12，345.00: one number, not a list
        original = _WIDE_THOUSANDS.sub(",", original)
    text = original.translate(_TRANSLATION)
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)  # old Mac line ends are line ends
    text = _CLAUSE_COMMA.sub("，", text)
    text = _CLAUSE_COLON.sub("：", text)
    text = _DECIMAL_POINT.sub(".", text)
    if _OTHER_DIGIT.search(text):
        text = _OTHER_DIGIT.sub(lambda match: str(unicodedata.decimal(match.group(), 0)), text)

    deleted: list[tuple[int, int]] = [m.span() for m in _DELETABLE.finditer(text)]
    joins = find_line_joins(text)
    deleted.extend((join.start, join.end) for join in joins)
    for match in _SPACED_DIGITS.finditer(text):
        base = match.start()
        deleted.extend(
            (base + offset, base + offset + 1)
            for offset, char in enumerate(match.group())
            if char == " "
        )
    deleted.sort()

    kept = _complement(deleted, len(text))
    normalized = "".join(text[start:end] for start, end in kept)
    return normalized, kept, joins
