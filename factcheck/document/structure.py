"""Paragraphs, sentences and the editorial structure of an article.

Everything here works on the normalised text; spans are normalised offsets and the
:class:`~factcheck.document.model.Document` maps them back to the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import regex

__all__ = [
    "BlockKind",
    "Block",
    "Sentence",
    "Story",
    "split_blocks",
    "split_sentences",
    "classify_blocks",
    "group_stories",
]


class BlockKind(StrEnum):
    """What a paragraph is, editorially."""

    HEADING = "heading"
    SUBTITLE = "subtitle"
    KICKER = "kicker"
    BYLINE = "byline"
    BODY = "body"
    CAPTION = "caption"
    CREDIT = "credit"
    BOILERPLATE = "boilerplate"
    SIGNATURE = "signature"


@dataclass(slots=True)
class Block:
    """One paragraph (one non-empty line of the normalised text)."""

    index: int
    start: int
    end: int
    text: str
    kind: BlockKind = BlockKind.BODY
    gap_before: int = 0  # blank lines before this block
    story: int = 0


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: normalised span and the index of its block."""

    index: int
    start: int
    end: int
    text: str
    block: int


@dataclass(slots=True)
class Story:
    """One story of a page: a run of blocks with its own headline and byline."""

    index: int
    start: int
    end: int
    blocks: list[int] = field(default_factory=list)

    def kinds(self, blocks: list[Block]) -> list[BlockKind]:
        return [blocks[i].kind for i in self.blocks]


_LINE = regex.compile(r"[^\n]+")
_SENTENCE_END = regex.compile(r"(?:[。！？!?]+|…{2,}|\.{4,}|…)[”’」』）)]*")

_MARKDOWN_HEADING = regex.compile(r"^#{1,6}\s")
_BYLINE = regex.compile(
    r"^[□■◆◇●]?\s*(?:本报记者|本报通讯员|本报特约记者|特约记者|通讯员|记者|文[/／]|图[/／]|"
    r"本版图文由|撰稿|作者[:：]|来源[:：]|责任编辑|编辑[:：])"
)
_LEAD_BYLINE = regex.compile(
    r"^(?:本报讯|本刊讯|[\p{Han}]{1,4}(?:网|社|台|报|客户端)讯|(?:本报|新华社|中新社)[\p{Han}\d月日]{2,10}电)"
)
_CREDIT = regex.compile(r"(?:记者|通讯员|摄影)[\p{Han}\s]{1,30}摄[）)]?$|^[\p{Han}\s]{2,20}\s摄$")
_CAPTION_START = regex.compile(r"^(?:▲|△|▼|图为|上图|下图|左图|右图|图[：:]|（图|\(图)")
_CAPTION_INSIDE = regex.compile(r"(?:^|[。！？])图为")
_SIGNATURE = regex.compile(
    r"^(?:[\p{Han}]{1,6}[：:][\p{Han}某]{2,4}|\d{4}年\d{1,2}月\d{1,2}日|[\p{Han}]{2,4}\s*\d{4}年\d{1,2}月\d{1,2}日)$"
)
_CLAUSE_PUNCT = regex.compile(r"[，、；。！？：]")


def split_blocks(text: str) -> list[Block]:
    """Split normalised text into non-empty lines, recording blank lines between them."""
    blocks: list[Block] = []
    previous_end = 0
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = match.start() + lead
        end = start + len(stripped)
        gap = max(0, text.count("\n", previous_end, match.start()) - 1)
        blocks.append(Block(index=len(blocks), start=start, end=end, text=stripped, gap_before=gap))
        previous_end = match.end()
    return blocks


def split_sentences(text: str, blocks: list[Block]) -> list[Sentence]:
    """Split each block into sentences at 。！？ and ellipses, keeping closing quotes."""
    sentences: list[Sentence] = []
    for block in blocks:
        cursor = 0
        for match in _SENTENCE_END.finditer(block.text):
            end = match.end()
            _append_sentence(sentences, block, cursor, end)
            cursor = end
        if cursor < len(block.text):
            _append_sentence(sentences, block, cursor, len(block.text))
    return sentences


def _append_sentence(sentences: list[Sentence], block: Block, start: int, end: int) -> None:
    piece = block.text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    absolute = block.start + start + lead
    sentences.append(
        Sentence(
            index=len(sentences),
            start=absolute,
            end=absolute + len(stripped),
            text=stripped,
            block=block.index,
        )
    )


def _is_short_title(text: str) -> bool:
    if len(text) > 40 or text[-1] in "。！？!?；":
        return False
    return len(_CLAUSE_PUNCT.findall(text)) <= 1


def classify_blocks(blocks: list[Block], is_boilerplate: "BoilerplateTest") -> None:
    """Assign a :class:`BlockKind` to every block, in place."""
    for block in blocks:
        text = block.text
        body = text.lstrip("#").strip() if _MARKDOWN_HEADING.match(text) else text
        if is_boilerplate(text):
            block.kind = BlockKind.BOILERPLATE
        elif _MARKDOWN_HEADING.match(text):
            block.kind = BlockKind.HEADING
        elif text.startswith(("——", "--", "—")) and len(text) <= 60:
            block.kind = BlockKind.SUBTITLE
        elif _CREDIT.search(text) and len(text) <= 60:
            block.kind = BlockKind.CREDIT
        elif _BYLINE.match(text) and len(text) <= 60:
            block.kind = BlockKind.BYLINE
        elif _CAPTION_START.match(text) or _CAPTION_INSIDE.search(text):
            block.kind = BlockKind.CAPTION
        elif _SIGNATURE.match(text):
            block.kind = BlockKind.SIGNATURE
        elif text.endswith(("——", "--")) and len(text) <= 120:
            block.kind = BlockKind.KICKER
        elif _is_short_title(body):
            block.kind = BlockKind.HEADING
        else:
            block.kind = BlockKind.BODY


class BoilerplateTest:  # pragma: no cover - typing helper only
    def __call__(self, line: str) -> bool: ...


_HEADER_KINDS = frozenset({BlockKind.HEADING, BlockKind.SUBTITLE, BlockKind.KICKER, BlockKind.BYLINE})
_TITLE_KINDS = frozenset({BlockKind.HEADING, BlockKind.SUBTITLE, BlockKind.KICKER})


def _body_follows(blocks: list[Block], position: int, window: int = 4) -> bool:
    following = blocks[position + 1 : position + 1 + window]
    return any(block.kind is BlockKind.BODY for block in following)


def _opens_story(blocks: list[Block], position: int) -> bool:
    block = blocks[position]
    if block.kind is BlockKind.BYLINE:
        return _body_follows(blocks, position)  # a closing credit opens nothing
    if block.kind is BlockKind.BODY:
        return _LEAD_BYLINE.match(block.text) is not None
    if block.kind in _TITLE_KINDS and position + 1 < len(blocks):
        # a headline with a sub-headline (or kicker) opens a story; a lone heading is a section
        return blocks[position + 1].kind in _TITLE_KINDS and _body_follows(blocks, position + 1)
    return False


def group_stories(blocks: list[Block]) -> list[Story]:
    """Group blocks into stories: a newspaper page holds several, one after another.

    A new story starts, after some body text, at a byline followed by body text
    (``□ 本报记者 …``), at a lead with a dateline (``本报讯 …``), or at a headline
    directly followed by a sub-headline; the title blocks directly above that point
    belong to the new story. A single-story article yields one story.
    """
    starts = [0]
    seen_body = False
    for position, block in enumerate(blocks):
        if seen_body and _opens_story(blocks, position):
            first = position
            while first - 1 > starts[-1] and blocks[first - 1].kind in _HEADER_KINDS:
                first -= 1
            if first > starts[-1]:
                starts.append(first)
                seen_body = False
        if block.kind is BlockKind.BODY:
            seen_body = True
    stories: list[Story] = []
    bounds = starts + [len(blocks)]
    for number, (first, stop) in enumerate(zip(bounds, bounds[1:])):
        members = list(range(first, stop))
        story = Story(
            index=number, start=blocks[first].start, end=blocks[stop - 1].end, blocks=members
        )
        for member in members:
            blocks[member].story = number
        stories.append(story)
    return stories
