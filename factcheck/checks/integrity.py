"""Text integrity (FC2xx): damage from PDF extraction, copy-paste and scraping.

Cut lines and doubled characters come from the normaliser's line joins
(:mod:`factcheck.document.breaks`), scraping residue from the block classification,
repeated words and copies from :mod:`factcheck.integrity`. Fix edits use original-text
spans; removing a line takes its newline (and the blank lines it leaves) with it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..claims.analysis import Analysis
from ..document import Block, BlockKind, Document, LineJoin
from ..engine.messages import Quote, Say
from ..engine.registry import Params, RelatedSpan, Violation, check
from ..findings import Edit
from ..records import FieldError, record
from ..integrity.copies import Copy, content_key, find_copies
from ..integrity.repeats import find_repetitions
from ..regexes import lazy
from ..span import Span

__all__: list[str] = []

_LINE_BREAKS = lazy(r"\s*\n\s*")
_CONTEXT = 8  # characters shown either side of a line break
_EXCERPT = 40  # characters of a copied passage quoted in a message
#: The evidence that a break cuts a sentence, by the reason line joining gave (template keys).
_EVIDENCE = {
    "number": "cuts-unit",
    "digits": "cuts-number",
    "quote": "cuts-quote",
    "clause": "cuts-clause",
    "word": "cuts-word",
    "sentence": "cuts-sentence",
}


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _break_context(document: Document, join: LineJoin, *, drop_after: int = 0) -> tuple[str, str]:
    """The text around a break as read (``…南瓜藏⏎毒”一案``) and as joined (``南瓜藏毒”一案``)."""
    original = document.original
    line_start = original.rfind("\n", 0, join.start) + 1
    next_end = original.find("\n", join.end)
    before = original[max(line_start, join.start - _CONTEXT) : join.start]
    after = original[join.end : min(next_end if next_end >= 0 else len(original), join.end + _CONTEXT)]
    return f"{before}⏎{after}", before + after[drop_after:]


def _doubled(join: LineJoin) -> bool:
    return join.before == join.after and not join.before.isdigit() and join.before.isalpha()


@check("broken-line")
def broken_line(analysis: Analysis, params: Params) -> Iterator[Violation]:
    document = analysis.document
    for join in document.joins:
        if _doubled(join):
            continue  # reported by FC202, whose fix also drops the doubled character
        shown, joined = _break_context(document, join)
        glue = " " if _is_latin(join.before) and _is_latin(join.after) else ""
        reason = "digits" if join.reason == "number" and join.after.isdigit() else join.reason
        yield Violation(
            span=Span(start=join.start - 1, end=join.end + 1),
            args={
                "context": Quote(shown),
                "evidence": Say(_EVIDENCE.get(reason, _EVIDENCE["sentence"])),
                "joined": Quote(joined),
            },
            edits=(Edit(span=Span(start=join.start, end=join.end), replacement=glue),),
            fix_description="join",
        )


@check("doubled-character-at-break")
def doubled_character_at_break(analysis: Analysis, params: Params) -> Iterator[Violation]:
    document = analysis.document
    for join in document.joins:
        if not _doubled(join):
            continue
        shown, joined = _break_context(document, join, drop_after=1)
        yield Violation(
            span=Span(start=join.start - 1, end=join.end + 1),
            args={"character": Quote(join.before), "context": Quote(shown), "joined": Quote(joined)},
            edits=(Edit(span=Span(start=join.start, end=join.end + 1), replacement=""),),
            fix_description="join-and-drop",
        )


def _is_blank(line: str) -> bool:
    return not line.strip()


def _line_removal(original: str, start: int, end: int, eat_blank_lines: bool) -> Span:
    """The span that deletes the line holding ``[start, end)`` with its newline.

    With ``eat_blank_lines`` the blank lines after it go too, so that removing a line
    that stood between blank lines leaves one paragraph gap, not two.
    """
    line_start = original.rfind("\n", 0, start) + 1
    newline = original.find("\n", end)
    if newline < 0:
        return Span(start=line_start, end=len(original))
    stop = newline + 1
    while eat_blank_lines:
        following = original.find("\n", stop)
        if following < 0 or not _is_blank(original[stop:following]):
            break
        stop = following + 1
    return Span(start=line_start, end=stop)


@check("scraping-boilerplate")
def scraping_boilerplate(analysis: Analysis, params: Params) -> Iterator[Violation]:
    document = analysis.document
    after_gap = True  # whether a blank line separates this run of residue from the text above
    previous: Block | None = None
    for block in document.blocks:
        if block.kind is not BlockKind.BOILERPLATE:
            previous = block
            continue
        if previous is None or previous.kind is not BlockKind.BOILERPLATE:
            after_gap = previous is None or block.gap_before > 0
        previous = block
        span = document.span(block.start, block.end)
        yield Violation(
            span=span,
            args={"line": Quote(document.original_of(span))},
            edits=(Edit(span=_line_removal(document.original, span.start, span.end, after_gap), replacement=""),),
            fix_description="delete-line",
        )


@check("repeated-word")
def repeated_word(analysis: Analysis, params: Params) -> Iterator[Violation]:
    document = analysis.document
    for repetition in find_repetitions(document.text):
        span = document.span(repetition.start, repetition.end)
        first = document.span(repetition.start, repetition.start + len(repetition.unit))
        yield Violation(
            span=span,
            args={
                "unit": Quote(repetition.unit),
                "times": repetition.count,
                "run": Quote(document.original_of(span)),
                "once": Quote(document.original_of(first)),
            },
            message="message" if repetition.count == 2 else "many",
            edits=(Edit(span=Span(start=first.end, end=span.end), replacement=""),),
            fix_description="write-once",
        )


@record
class CopyParams(Params):
    min_chars: int = 20
    similarity: float = 0.9

    def __post_init__(self) -> None:
        if self.min_chars < 8:
            raise FieldError("min_chars", "must be at least 8")
        if not 0.5 < self.similarity <= 1.0:
            raise FieldError("similarity", "must be above 0.5 and at most 1")


def _excerpt(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def _story_note(document: Document, later: int, earlier: int) -> Say:
    first, second = document.story_at(earlier), document.story_at(later)
    if first is None or second is None or first.index == second.index:
        return Say("same-story")
    headline = document.headline(first)
    if headline is None:
        return Say("other-story")
    return Say("named-story", {"headline": _excerpt(headline.text.lstrip("# "))})


_GAP = lazy(r"[\s\p{P}]*")


def _is_paste(document: Document, copy: Copy) -> bool:
    """Whether a copy is a paste error rather than news structure.

    Across stories every copy is one: it carries one story's facts into another. Within
    one story, repetition is mostly by design — a lead restated in the body, a refrain, an
    announcement followed by the text it announces, parallel sentences that differ in an
    ordinal, a year or a name (在第十四届…当选… / 在第十五届…当选…) — so only a copy that
    directly follows its first, whole (identical) or cut short at one end, is reported.
    """
    first, second = document.story_at(copy.first_start), document.story_at(copy.start)
    if first is None or second is None or first.index != second.index:
        return True
    if copy.unit == "ending":
        return False
    text = document.text
    if _GAP.fullmatch(text, copy.first_end, copy.start) is None:
        return False  # something stands between the two copies
    earlier = content_key(text[copy.first_start : copy.first_end])
    later = content_key(text[copy.start : copy.end])
    return earlier == later or later in earlier or earlier in later


@check("duplicated-text", CopyParams)
def duplicated_text(analysis: Analysis, params: CopyParams) -> Iterator[Violation]:
    document = analysis.document
    for copy in find_copies(document, min_chars=params.min_chars, similarity=params.similarity):
        if not _is_paste(document, copy):
            continue
        span = document.span(copy.start, copy.end)
        first = document.span(copy.first_start, copy.first_end)
        line, _ = document.line_column(first.start)
        yield Violation(
            span=span,
            args={
                "unit": Say(f"unit-{copy.unit}"),
                "excerpt": Quote(_excerpt(_LINE_BREAKS.sub("", document.original_of(span)))),
                "share": f"{copy.similarity:.0%}",
                "line": line,
                "where": _story_note(document, copy.start, copy.first_start),
            },
            message="message" if copy.similarity >= 1.0 else "similar",
            related=(RelatedSpan(span=first, note="first-copy"),),
            suggestion="keep-one",
        )
