"""The :class:`Document`: original text, normalised view, structure."""

from __future__ import annotations

import dataclasses
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property

from ..lexicon import lexicons
from ..markup import Layout, read_layout
from ..regexes import lazy
from ..span import Span
from .credits import Credit, parse_credits
from .decode import Decoded, decode_bytes
from .normalize import LineJoin, normalize
from .structure import (
    Block,
    BlockKind,
    Sentence,
    Story,
    classify_blocks,
    group_stories,
    has_lead_byline,
    split_blocks,
    split_sentences,
)

__all__ = ["Document", "last_before"]

_LINE_END = lazy(r"\r\n|\r|\n")
#: The punctuation that ends clauses and sentences, lists, brackets and quotes, read in one
#: pass for every stage that bisects over such marks (:meth:`Document.marks`).
MARKS = "，。；：！？!?\n、（）“”《》"
_MARK = lazy("[" + MARKS + "]")
#: Claim texts up to this long are shared between equal claims (:meth:`Document.original_of`).
_SHARED_TEXT = 12


def last_before(positions: Sequence[int], position: int, floor: int = 0) -> int | None:
    """The last of the sorted ``positions`` in ``[floor, position)``, if any (a mark list of
    :meth:`Document.marks`, held by a caller that asks once per figure)."""
    index = bisect_left(positions, position) - 1
    return positions[index] if index >= 0 and positions[index] >= floor else None


class Document:
    """An article: its original text and everything derived from it.

    ``original`` is the decoded text, exactly as read. ``text`` is the normalised view
    the parsers read; :meth:`span` maps a normalised range to a :class:`Span` into
    ``original``. Structure (blocks, sentences, stories) is computed on demand.
    """

    def __init__(self, original: str, *, decoded: Decoded | None = None, format: str = "text") -> None:
        self.original = original
        self.decoded = decoded
        self.format = format
        #: What of the source is markup (Markdown, HTML, directive lines) and its directives.
        self.layout: Layout = read_layout(original, format)
        normalized = normalize(original, self.layout)
        self.text: str = normalized.text
        self.offsets = normalized.offsets
        self.joins: tuple[LineJoin, ...] = normalized.joins
        self._same_until = self.offsets.same_until
        self._short_texts: dict[str, str] = {}  # see original_of
        self._marks_of: dict[str, array[int]] = {}  # see marks

    @classmethod
    def from_bytes(cls, data: bytes, *, format: str = "text", encoding: str | None = None) -> "Document":
        """Decode ``data`` (UTF-8 with or without BOM, else GB18030) into a document.

        ``format`` is the source format (``text``, ``markdown`` or ``html``; see
        :func:`factcheck.markup.format_of`); ``encoding`` overrides detection. Raises
        :class:`~factcheck.document.decode.DecodeError` for unreadable bytes.
        """
        decoded = decode_bytes(data, encoding)
        return cls(decoded.text, decoded=decoded, format=format)

    def rebuilt(self, original: str) -> "Document":
        """A document of the same file (format, encoding) with the text ``original``."""
        decoded = None if self.decoded is None else dataclasses.replace(self.decoded, text=original)
        return Document(original, decoded=decoded, format=self.format)

    # -- coordinates -------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        """The original-text span of the normalised range ``[start, end)``."""
        if 0 <= start < end <= self._same_until:  # nothing removed before ``end``: no look-up
            return Span.trusted(start, end)
        origin_start, origin_end = self.offsets.span_to_original(start, end)
        if 0 <= origin_start <= origin_end:
            return Span.trusted(origin_start, origin_end)
        return Span(start=origin_start, end=origin_end)  # raises, naming the positions

    def ranges(self, start: int, end: int) -> tuple[Span, tuple[int, int]]:
        """A claim's two ranges for the normalised ``[start, end)``: its original-text
        :meth:`span` and the normalised pair. Where nothing was removed before ``end``
        the two are equal and one object is both (a dense text makes hundreds of
        thousands of claims)."""
        span = self.span(start, end)
        return span, span if 0 <= start < end <= self._same_until else (start, end)

    def original_of(self, span: Span) -> str:
        """The original text of ``span``; a short one is shared with every equal one of the
        document (a dense text repeats 1万元 or 2024年 thousands of times)."""
        text = self.original[span.start : span.end]
        if len(text) <= _SHARED_TEXT:
            return self._short_texts.setdefault(text, text)
        return text

    @cached_property
    def _line_starts(self) -> list[int]:
        """Where each line starts: after ``\\n``, ``\\r\\n`` or a lone ``\\r``."""
        if "\r" in self.original:
            return [0] + [match.end() for match in _LINE_END.finditer(self.original)]
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
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.original)
        return self.original[start:end].rstrip("\r\n")

    # -- punctuation ---------------------------------------------------------------

    @cached_property
    def _marks(self) -> tuple[str, array[int]]:
        """Every character of :data:`MARKS` in the normalised text and its position (an
        array: a long text has hundreds of thousands, and an int object each cost 36 bytes)."""
        positions = array("q", [match.start() for match in _MARK.finditer(self.text)])
        text = self.text
        return "".join([text[position] for position in positions]), positions

    def marks(self, characters: str) -> array[int]:
        """The positions in the normalised text of every one of ``characters`` (a subset
        of :data:`MARKS`), in order: the text is read once for all such questions."""
        found = self._marks_of.get(characters)
        if found is None:
            if not set(characters) <= set(MARKS):
                raise ValueError(f"not a clause or sentence mark: {sorted(set(characters) - set(MARKS))}")
            same = "".join(sorted(set(characters)))  # one list for the same marks in any order
            found = self._marks_of.get(same)
            if found is None:
                chars, positions = self._marks
                wanted = frozenset(characters)
                found = self._marks_of[same] = array(
                    "q", [position for char, position in zip(chars, positions, strict=True) if char in wanted]
                )
            self._marks_of[characters] = found
        return found

    def mark_before(self, characters: str, position: int, floor: int = 0) -> int | None:
        """The position of the last of ``characters`` in ``text[floor:position]``, if any."""
        return last_before(self.marks(characters), position, floor)

    def mark_after(self, characters: str, position: int, ceiling: int | None = None) -> int | None:
        """The position of the first of ``characters`` in ``text[position:ceiling]``, if any."""
        marks = self.marks(characters)
        index = bisect_left(marks, position)
        if index < len(marks) and (ceiling is None or marks[index] < ceiling):
            return marks[index]
        return None

    # -- structure ---------------------------------------------------------------

    @cached_property
    def _structure(self) -> tuple[list[Block], list[Story]]:
        blocks = split_blocks(self.text)
        self._mark_headings(blocks)
        boilerplate = lexicons().boilerplate_line
        classify_blocks(blocks, lambda line: boilerplate.match(line) is not None)
        return blocks, group_stories(blocks)

    def _mark_headings(self, blocks: list[Block]) -> None:
        """Give the blocks the markup declares headings (HTML h1–h6, setext) their level."""
        if not self.layout.headings or not blocks:
            return
        starts = [block.start for block in blocks]
        for offset, level in self.layout.headings:
            index = bisect_left(starts, self.offsets.to_normalized(offset))
            if index < len(blocks):
                blocks[index].level = level

    @cached_property
    def blocks(self) -> list[Block]:
        """The paragraphs, classified (heading, byline, body, caption …), each with its story."""
        return self._structure[0]

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text, self.blocks)

    @cached_property
    def stories(self) -> list[Story]:
        """The stories of the page (one for an ordinary article), with headline and bylines."""
        return self._structure[1]

    @cached_property
    def credits(self) -> list[Credit]:
        """Everyone credited: reporters in bylines, photographers, signers, in text order."""
        credits: list[Credit] = []
        for block in self.blocks:
            text, offset, lead = block.text, block.start, False
            if block.kind is BlockKind.BYLINE:
                kind = "byline"
            elif has_lead_byline(block):
                kind, lead = "byline", True
            elif block.kind in (BlockKind.CREDIT, BlockKind.CAPTION):
                kind = "photo"
                cut = max(text.rfind("。"), text.rfind("！"), text.rfind("？")) + 1
                text, offset = text[cut:], offset + cut
                if not text.rstrip("）)").endswith("摄"):
                    continue
            elif block.kind is BlockKind.SIGNATURE:
                kind = "signature"
            else:
                continue
            credits.extend(parse_credits(text, offset, kind=kind, block=block.index, story=block.story, lead=lead))
        return credits

    def credits_in(self, story: Story) -> list[Credit]:
        """The people credited in ``story`` (its reporters, photographers, signer)."""
        return [credit for credit in self.credits if credit.story == story.index]

    def headline(self, story: Story) -> Block | None:
        """The headline block of ``story``, if it has one."""
        return None if story.headline is None else self.blocks[story.headline]

    def story_at(self, position: int) -> Story | None:
        """The story containing normalised ``position``."""
        block = self.block_at(position)
        return None if block is None else self.stories[block.story]

    @cached_property
    def _block_starts(self) -> list[int]:
        return [block.start for block in self.blocks]

    def block_at(self, position: int) -> Block | None:
        """The block containing normalised ``position``."""
        blocks = self.blocks
        index = bisect_right(self._block_starts, position) - 1
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

    def sentence_head(self, position: int, marks: str = "") -> int:
        """Where the sentence holding normalised ``position`` starts (its block's start
        when ``position`` is outside every sentence); with ``marks`` (such as ``；``), where
        the part of the sentence after the last of them before ``position`` starts."""
        sentence = self.sentence_at(position)
        if sentence is not None:
            head = sentence.start
        else:
            block = self.block_at(position)
            head = block.start if block is not None else 0
        for mark in marks:
            head = max(head, self.text.rfind(mark, head, position) + 1)
        return head

    def blocks_of(self, kind: BlockKind) -> list[Block]:
        return [block for block in self.blocks if block.kind is kind]
