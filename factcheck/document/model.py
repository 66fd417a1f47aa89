"""The :class:`Document`: original text, normalised view, structure."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from typing import TYPE_CHECKING

from ..lexicon import lexicons
from ..span import Span
from .decode import Decoded, decode_bytes
from .normalize import LineJoin, normalize
from .structure import (
    Block,
    BlockKind,
    Sentence,
    Story,
    classify_blocks,
    group_stories,
    split_blocks,
    split_sentences,
)

if TYPE_CHECKING:
    from ..dates.reference import Dating, ReferenceDate

__all__ = ["Document"]


class Document:
    """An article: its original text and everything derived from it.

    ``original`` is the decoded text, exactly as read. ``text`` is the normalised view
    the parsers read; :meth:`span` maps a normalised range to a :class:`Span` into
    ``original``. Structure (blocks, sentences, stories) is computed on demand.
    """

    def __init__(self, original: str, *, decoded: Decoded | None = None) -> None:
        self.original = original
        self.decoded = decoded
        normalized = normalize(original)
        self.text: str = normalized.text
        self.offsets = normalized.offsets
        self.joins: tuple[LineJoin, ...] = normalized.joins

    @classmethod
    def from_bytes(cls, data: bytes) -> "Document":
        """Decode ``data`` (UTF-8 with or without BOM, else GB18030) into a document.

        Raises :class:`~factcheck.document.decode.DecodeError` for unreadable bytes.
        """
        decoded = decode_bytes(data)
        return cls(decoded.text, decoded=decoded)

    # -- coordinates -------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        """The original-text span of the normalised range ``[start, end)``."""
        origin_start, origin_end = self.offsets.span_to_original(start, end)
        return Span(start=origin_start, end=origin_end)

    def original_of(self, span: Span) -> str:
        return self.original[span.start : span.end]

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        find = self.original.find
        position = find("\n")
        while position >= 0:
            starts.append(position + 1)
            position = find("\n", position + 1)
        return starts

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an original offset (columns count code points)."""
        line = bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """The original text of 1-based ``line``, without its newline."""
        start = self._line_starts[line - 1]
        end = self.original.find("\n", start)
        return self.original[start : len(self.original) if end < 0 else end].rstrip("\r")

    # -- structure ---------------------------------------------------------------

    @cached_property
    def blocks(self) -> list[Block]:
        blocks = split_blocks(self.text)
        boilerplate = lexicons().boilerplate_line
        classify_blocks(blocks, lambda line: boilerplate.match(line) is not None)
        return blocks

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text, self.blocks)

    @cached_property
    def stories(self) -> list[Story]:
        return group_stories(self.blocks)

    def block_at(self, position: int) -> Block | None:
        """The block containing normalised ``position``."""
        blocks = self.blocks
        index = bisect_right([block.start for block in blocks], position) - 1
        if index >= 0 and position <= blocks[index].end:
            return blocks[index]
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, position: int) -> Sentence | None:
        """The sentence containing normalised ``position``."""
        index = bisect_right(self._sentence_starts, position) - 1
        if index >= 0 and position < self.sentences[index].end:
            return self.sentences[index]
        return None

    def blocks_of(self, kind: BlockKind) -> list[Block]:
        return [block for block in self.blocks if block.kind is kind]

    # -- time --------------------------------------------------------------------

    @cached_property
    def dating(self) -> "Dating":
        """Time expressions and reference dates (:class:`~factcheck.dates.Dating`)."""
        from ..dates.reference import Dating  # the time model builds on the document

        return Dating(self)

    @property
    def reference_date(self) -> "ReferenceDate | None":
        """The date the article is read against: its date line, else its latest explicit date."""
        return self.dating.article
