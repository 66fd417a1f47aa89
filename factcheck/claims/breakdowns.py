"""Breakdown claims: a total and its parts.

* total, then a marker and the parts: ``29.29892千克（其中，海洛因0.69925千克、…）``,
  ``17件（其中刑事案件2件、行政案件15件）``, ``2.5吨，分别为海洛因1800公斤、冰毒700千克``;
* parts, then the total: ``A 10人、B 20人，共计30人``.

Parts must share the total's dimension (mass, people, cases …). The breakdown is
*complete* when the wording says the parts make up the whole (分别为, 分为, 共计,
合计); after 其中, 包括 or 含 it may be partial.
"""

from __future__ import annotations

from ..numerics.scanner import NumberMention, Role
from ..regexes import lazy
from .analysis import Analysis, extractor
from .models import Breakdown, BreakdownPart
from .quantities import quantity_of

__all__ = ["extract_breakdowns"]

_AFTER_TOTAL = lazy(
    r"(?P<open>（)?(?:[，]?\s{0,8})(?P<marker>其中|分别为|分别是|分为|包括|含)[，：\s]{0,8}"
)
_TOTAL_AFTER_PARTS = lazy(r"[，]?\s{0,8}(?P<marker>共计|合计|总计)(?:为|达)?$")
#: The characters :data:`_AFTER_TOTAL` can start with (besides white space) and
#: :data:`_TOTAL_AFTER_PARTS` can end with: most figures are followed and preceded by neither.
_AFTER_TOTAL_FIRST = frozenset("（，其分包含")
_TOTAL_AFTER_PARTS_LAST = frozenset("计为达\n")  # $ also matches before a final newline
_COMPLETE = frozenset({"分别为", "分别是", "分为", "共计", "合计", "总计"})
_FIRST_GAP = lazy(r"^\s*(?P<label>[^\d，。；（）]{0,24}?)(?:为|达|约)?$")
_NEXT_GAP = lazy(r"^(?:[、，；]|和|及|以及)\s*(?P<label>[^\d，。；（）]{0,24}?)(?:为|达|约)?$")
_STOP = lazy(r"[。！？]|其中|，(?:包括|含|另有)")
#: The verb written right before a figure (处分1647人 → 处分).
_VERB_BEFORE = lazy(r"(\p{Han}{2})$")
_PART_JOINER = lazy(r"^[、，和及]$")
_LABEL_SEPARATOR = lazy(r"[、，。；：]")


#: How far after its marker a breakdown's parts are looked for (characters): a list runs to
#: the end of its sentence, its semicolon or its bracket, and no list runs for pages.
_SCOPE_REACH = 1000


def _scope_end(text: str, start: int, parenthesised: bool) -> int:
    """Where the parts after a marker at ``start`` end: at the closing bracket (or nowhere,
    ``start``, when there is none), else at the first stop or semicolon, within reach."""
    reach = min(len(text), start + _SCOPE_REACH)
    if parenthesised:
        close = text.find("）", start, reach)
        return close if close >= 0 else start
    stop = _STOP.search(text, start, reach)
    semicolon = text.find("；", start, reach)
    ends = [position for position in (stop.start() if stop else -1, semicolon) if position >= 0]
    return min(ends) if ends else reach


def _parts_after(
    analysis: Analysis, mentions: list[NumberMention], index: int, start: int, end: int
) -> list[tuple[str, NumberMention]]:
    text = analysis.document.text
    total = mentions[index]
    parts: list[tuple[str, NumberMention]] = []
    cursor = start
    for position in range(index + 1, len(mentions)):
        mention = mentions[position]
        if mention.start >= end:
            break
        if mention.role is not Role.QUANTITY:
            continue
        gap = (_NEXT_GAP if parts else _FIRST_GAP).match(text[cursor : mention.start])
        if gap is None:
            cursor = mention.end
            continue
        if total.unit and mention.unit and mention.unit.dimension == total.unit.dimension:
            parts.append((gap.group("label").strip(), mention))
        cursor = mention.end
    return parts


@extractor("breakdowns")
def extract_breakdowns(analysis: Analysis) -> list[Breakdown]:
    """Totals with the parts listed next to them."""
    document = analysis.document
    text = document.text
    mentions = analysis.mentions
    claims: list[Breakdown] = []
    change_amounts = {change.amount_span.start for change in analysis.get("changes")}
    for index in analysis.positions(Role.QUANTITY):
        mention = mentions[index]
        if mention.unit is None:
            continue
        if document.offsets.to_original(mention.start) in change_amounts:
            continue  # 增加4000亿元，其中…: the parts belong to the level, not the increase
        following = text[mention.end : mention.end + 1]
        marker = (
            _AFTER_TOTAL.match(text, mention.end)
            if following in _AFTER_TOTAL_FIRST or following.isspace()
            else None
        )
        if marker is not None:
            parenthesised = marker.group("open") is not None
            end = _scope_end(text, marker.end(), parenthesised)
            parts = _parts_after(analysis, mentions, index, marker.end(), end)
            if len(parts) >= 2 or (parts and parenthesised):
                total = _total_named_by(analysis, mentions, index, parts[0][0])
                if total is not None:
                    claims.append(_breakdown(analysis, total, parts, marker.group("marker"), end))
            continue
        preceding = (
            _TOTAL_AFTER_PARTS.search(text, max(0, mention.start - 8), mention.start)
            if text[mention.start - 1 : mention.start] in _TOTAL_AFTER_PARTS_LAST
            else None
        )
        if preceding is not None:
            parts = _parts_before(analysis, mentions, index, preceding.start())
            if len(parts) >= 2:
                claims.append(
                    _breakdown(analysis, mention, parts, preceding.group("marker"), mention.end)
                )
    return claims


def _total_named_by(
    analysis: Analysis, mentions: list[NumberMention], index: int, first_label: str
) -> NumberMention | None:
    """The total the parts break down: the figure before the marker, unless the first
    part repeats the verb of another figure of the sentence (处分1647人，移送73人，其中，
    处分厅局级干部54人…: the parts are of 处分, not of 移送); ``None`` when that figure has
    another dimension.
    """
    text = analysis.document.text
    nearest = mentions[index]
    sentence_start = analysis.document.sentence_head(nearest.start, "；")
    for position in range(index, -1, -1):
        mention = mentions[position]
        if mention.start < sentence_start:
            break
        verb = _VERB_BEFORE.search(text, max(sentence_start, mention.start - 2), mention.start)
        if verb is None or not first_label.startswith(verb.group(1)):
            continue
        if position == index:
            return nearest
        same = (
            mention.unit is not None
            and nearest.unit is not None
            and mention.unit.dimension == nearest.unit.dimension
        )
        return mention if same and mention.role is Role.QUANTITY else None
    return nearest


def _parts_before(
    analysis: Analysis, mentions: list[NumberMention], index: int, end: int
) -> list[tuple[str, NumberMention]]:
    text = analysis.document.text
    total = mentions[index]
    parts: list[tuple[str, NumberMention]] = []
    cursor = end
    for position in range(index - 1, -1, -1):
        mention = mentions[position]
        if mention.role is not Role.QUANTITY or mention.unit is None or total.unit is None:
            break
        gap = text[mention.end : cursor]
        if gap and not _PART_JOINER.match(gap):
            break
        if mention.unit.dimension != total.unit.dimension:
            break
        label_start = max(0, mention.start - 24)
        label = _LABEL_SEPARATOR.split(text[label_start : mention.start])[-1]
        parts.append((label.strip(), mention))
        cursor = mention.start - len(label)
    parts.reverse()
    return parts


def _breakdown(
    analysis: Analysis,
    total: NumberMention,
    parts: list[tuple[str, NumberMention]],
    marker: str,
    end: int,
) -> Breakdown:
    document = analysis.document
    start = min(total.start, parts[0][1].start)
    stop = max(end, total.end)
    span, norm = document.ranges(start, stop)
    return Breakdown(
        span=span,
        text=document.original_of(span),
        norm=norm,
        total=quantity_of(document, total),
        parts=[
            BreakdownPart(label=label, quantity=quantity_of(document, mention))
            for label, mention in parts
        ],
        complete=marker in _COMPLETE,
        marker=marker,
    )
