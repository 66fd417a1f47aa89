"""Paragraphs, sentences and the editorial structure of an article.

Every paragraph (block) gets a kind: headline or section heading, sub-headline (——…),
kicker (…——), byline (□ 本报记者 …), body, picture caption (▲ …, 图为…, or a short line
beside the blank gap a picture left), photo credit (… 摄), scraping boilerplate or
signature. Blocks are grouped into stories: a newspaper page holds several, one after
another, each with its own headline and byline.

Everything here works on the normalised text; spans are normalised offsets and the
:class:`~factcheck.document.model.Document` maps them back to the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..regexes import lazy

__all__ = [
    "BlockKind",
    "Block",
    "Sentence",
    "Story",
    "split_blocks",
    "split_sentences",
    "classify_blocks",
    "group_stories",
    "has_lead_byline",
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
    #: The normalised text the paragraph is part of: :attr:`text` is cut from it when asked
    #: for, so that a long article is not held twice more by its paragraphs and sentences.
    source: str = field(repr=False, compare=False)
    kind: BlockKind = BlockKind.BODY
    gap_before: int = 0  # blank lines before this block
    story: int = 0
    level: int = 0  # heading level the markup declares (HTML h1–h6, setext), 0 if none

    @property
    def text(self) -> str:
        """The paragraph's text, without the white space around it."""
        return self.source[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: normalised span and the index of its block."""

    index: int
    start: int
    end: int
    source: str = field(repr=False, compare=False)  # the normalised text, as for :class:`Block`
    block: int = 0

    @property
    def text(self) -> str:
        """The sentence's text, without the white space around it."""
        return self.source[self.start : self.end]


@dataclass(slots=True)
class Story:
    """One story of a page: a run of blocks with its own headline and byline.

    ``headline``, ``subtitle`` and ``kicker`` are block indices (or ``None``);
    ``bylines`` lists the byline blocks, including a lead paragraph that opens with
    one (``本报讯 记者…``).
    """

    index: int
    start: int
    end: int
    blocks: list[int] = field(default_factory=list)
    headline: int | None = None
    subtitle: int | None = None
    kicker: int | None = None
    bylines: list[int] = field(default_factory=list)

    def kinds(self, blocks: list[Block]) -> list[BlockKind]:
        return [blocks[i].kind for i in self.blocks]


_LINE = lazy(r"[^\n]+")
_SENTENCE_END = lazy(r"(?:[。！？!?]+|…{2,}|\.{4,}|…)[”’」』）)]*")

_MARKDOWN_HEADING = lazy(r"^#{1,6}\s")
_BYLINE = lazy(
    r"^[□■◆◇●]?\s*(?:本报记者|本报通讯员|本报特约记者|特约记者|通讯员|记者|文[/／]|图[/／]|"
    r"本版图文由|撰稿|作者[:：]|(?:本文)?来源\s*[:：]|责任编辑|编辑[:：])"
)
_LEAD_BYLINE = lazy(
    r"^(?:本报讯|本刊讯|[\p{Han}]{1,4}(?:网|社|台|报|客户端)讯|(?:本报|新华社|中新社)[\p{Han}\d月日]{2,10}电)"
)
_CREDIT = lazy(
    r"(?:记者|通讯员|摄影)[\p{Han}\s]{1,30}摄[）)]?$|^[\p{Han}\s]{2,20}\s摄$"
    r"|(?<=[。！？”])\s*\p{Han}{2,4}(?:\s+\p{Han}{2,4})*\s+摄$"  # …押解回兰州。崔琳 摄
)
_SENTENCE_STOP = lazy(r"[。！？]")
#: The speaker of a report or speech under its title: 山东省省长 周乃翔, 国务院总理　李克强.
_SPEAKER = lazy(
    r"^[\p{Han}]{0,16}(?:总理|主席|省长|市长|县长|区长|州长|书记|部长|主任|局长|厅长|代理主席)\s+"
    r"[\p{Han}]{1,6}(?:·[\p{Han}]{1,8})?$"
)
_CAPTION_START = lazy(r"^(?:▲|△|▼|图为|上图|下图|左图|右图|图[：:]|（图|\(图)")
_CAPTION_INSIDE = lazy(r"(?:^|[。！？])图为")
_SIGNATURE = lazy(
    r"^(?:[\p{Han}]{1,6}[：:][\p{Han}某]{2,4}|\d{4}年\d{1,2}月\d{1,2}日|[\p{Han}]{2,4}\s*\d{4}年\d{1,2}月\d{1,2}日)$"
)
_CLAUSE_PUNCT = lazy(r"[，、；。！？：]")


def has_lead_byline(block: Block) -> bool:
    """Whether a body paragraph opens with a dateline byline (``本报讯 记者…``, ``新华社…电``)."""
    return block.kind is BlockKind.BODY and _LEAD_BYLINE.match(block.text) is not None


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
        blocks.append(Block(index=len(blocks), start=start, end=end, source=text, gap_before=gap))
        previous_end = match.end()
    return blocks


def split_sentences(text: str, blocks: list[Block]) -> list[Sentence]:
    """Split each block into sentences at 。！？ and ellipses, keeping closing quotes."""
    sentences: list[Sentence] = []
    for block in blocks:
        cursor = block.start
        for match in _SENTENCE_END.finditer(text, block.start, block.end):
            end = match.end()
            _append_sentence(sentences, text, block, cursor, end)
            cursor = end
        if cursor < block.end:
            _append_sentence(sentences, text, block, cursor, block.end)
    return sentences


def _append_sentence(sentences: list[Sentence], text: str, block: Block, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    absolute = start + len(piece) - len(piece.lstrip())
    sentences.append(
        Sentence(index=len(sentences), start=absolute, end=absolute + len(stripped), source=text, block=block.index)
    )


def _is_short_title(text: str) -> bool:
    if len(text) > 40 or text[-1] in "。！？!?；：:":  # 各位代表： introduces, it is no title
        return False
    return len(_CLAUSE_PUNCT.findall(text)) <= 1


def classify_blocks(blocks: list[Block], is_boilerplate: "BoilerplateTest") -> None:
    """Assign a :class:`BlockKind` to every block, in place."""
    for block in blocks:
        text = block.text
        body = text.lstrip("#").strip() if _MARKDOWN_HEADING.match(text) else text
        if is_boilerplate(text):
            block.kind = BlockKind.BOILERPLATE
        elif _heading_level(block):
            block.kind = BlockKind.HEADING
        elif text.startswith(("——", "--", "—")) and len(text) <= 60 and not _SENTENCE_STOP.search(text):
            block.kind = BlockKind.SUBTITLE  # a dash item ending in 。 is a list item of the body
        elif len(text) <= 200 and text.rstrip("）)").endswith("摄") and (credit := _CREDIT.search(text)):
            before = text[: credit.start()]
            if _SENTENCE_STOP.search(before):
                block.kind = BlockKind.CAPTION
            elif len(text) <= 60:
                block.kind = BlockKind.CREDIT
            else:
                block.kind = BlockKind.BODY
        elif (_BYLINE.match(text) and len(text) <= 60) or _SPEAKER.match(text):
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
    _mark_picture_titles(blocks)


def _picture_gap(blocks: list[Block]) -> int:
    """The smallest run of blank lines that is wider than the article's paragraph gap."""
    gaps = sorted(block.gap_before for block in blocks[1:])
    usual = gaps[len(gaps) // 2] if gaps else 0
    return max(2, usual + 1)


def _mark_picture_titles(blocks: list[Block]) -> None:
    """A short title line beside the wide gap a picture left is the picture's caption."""
    wide = _picture_gap(blocks)
    for position, block in enumerate(blocks[1:], start=1):
        if block.kind is not BlockKind.HEADING or _heading_level(block):
            continue
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        beside_gap = block.gap_before >= wide or (following is not None and following.gap_before >= wide)
        if beside_gap and len(block.text) <= 30:
            block.kind = BlockKind.CAPTION


class BoilerplateTest:  # pragma: no cover - typing helper only
    def __call__(self, line: str) -> bool: ...


_HEADER_KINDS = frozenset({BlockKind.HEADING, BlockKind.SUBTITLE, BlockKind.KICKER, BlockKind.BYLINE})
_TITLE_KINDS = frozenset({BlockKind.HEADING, BlockKind.SUBTITLE, BlockKind.KICKER})


def _body_follows(blocks: list[Block], position: int, window: int = 4) -> bool:
    following = blocks[position + 1 : position + 1 + window]
    return any(block.kind is BlockKind.BODY for block in following)


_PICTURE_KINDS = frozenset({BlockKind.CAPTION, BlockKind.CREDIT})


def _opens_story(blocks: list[Block], position: int) -> bool:
    """Whether a new story starts at ``blocks[position]`` (some body text came before)."""
    block = blocks[position]
    if block.kind is BlockKind.BYLINE:
        return _body_follows(blocks, position)  # a closing credit opens nothing
    if block.kind is BlockKind.BODY:
        return has_lead_byline(block)
    if block.kind not in _TITLE_KINDS or position + 1 >= len(blocks):
        return False
    following = blocks[position + 1]
    previous = blocks[position - 1].kind if position else None
    if following.kind is BlockKind.SUBTITLE:  # a headline with its deck (——…)
        return _body_follows(blocks, position + 1)
    if previous is BlockKind.SIGNATURE:  # the story before was signed off
        return _body_follows(blocks, position)
    if previous in _PICTURE_KINDS and following.kind in _TITLE_KINDS:  # a title pair after a picture
        return _body_follows(blocks, position + 1)
    return False


def group_stories(blocks: list[Block]) -> list[Story]:
    """Group blocks into stories: a newspaper page holds several, one after another.

    A new story starts, after some body text, at a byline followed by body text
    (``□ 本报记者 …``), at a lead with a dateline (``本报讯 …``), at a headline followed
    by its sub-headline (``——…``), at a title after a signature, or at a pair of titles
    after a picture; the title and byline blocks directly above that point belong to the
    new story. Section headings inside a story (a lone heading, or a heading with a
    second line) open nothing. A single-story article yields one story.
    """
    if not blocks:
        return []
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
        story = Story(index=number, start=blocks[first].start, end=blocks[stop - 1].end, blocks=members)
        for member in members:
            blocks[member].story = number
        _describe(story, blocks, last=stop == len(blocks))
        stories.append(story)
    return stories


def _heading_level(block: Block) -> int:
    """The level of a heading the markup declares (``## …``, HTML ``h2``), 0 if none."""
    if block.level:
        return block.level
    return len(block.text) - len(block.text.lstrip("#")) if _MARKDOWN_HEADING.match(block.text) else 0


def _describe(story: Story, blocks: list[Block], *, last: bool) -> None:
    """Find the story's headline, sub-headline, kicker and bylines.

    The headline is the first heading before the first body paragraph (the highest
    markdown level when headings are marked up); a story with no title above its text
    takes a heading that closes the page (scraped pages sometimes put it last). The
    sub-headline is a ——… line, or the heading right after the headline.
    """
    members = [blocks[index] for index in story.blocks]
    first_body = next((i for i, block in enumerate(members) if block.kind is BlockKind.BODY), len(members))
    header = members[:first_body]
    marked = [b for b in members if b.kind is BlockKind.HEADING and _heading_level(b)]
    titles = [block for block in header if block.kind is BlockKind.HEADING]
    if marked:
        story.headline = min(marked, key=_heading_level).index
    elif titles:
        story.headline = titles[0].index
    elif last and members[-1].kind is BlockKind.HEADING and first_body < len(members):
        story.headline = members[-1].index
    for block in header:
        if block.kind is BlockKind.SUBTITLE and story.subtitle is None:
            story.subtitle = block.index
        elif block.kind is BlockKind.KICKER and story.kicker is None:
            story.kicker = block.index
    if story.subtitle is None and story.headline is not None:
        following = next((block for block in header if block.index == story.headline + 1), None)
        if following is not None and following.kind is BlockKind.HEADING:
            story.subtitle = following.index
    story.bylines = [
        block.index
        for block in members
        if block.kind is BlockKind.BYLINE or has_lead_byline(block)
    ]
