"""Rules on single statements of figures (family ``numbers``, FC101–FC108)."""

from __future__ import annotations

from collections.abc import Iterator

from ..claims.analysis import Analysis
from ..claims.enumerations import item_counts
from ..claims.models import Breakdown, Change, Enumeration, Percentage, Quantity, Respective
from ..claims.quantities import is_countable_count
from ..claims.respective import subject_counts
from ..numerics.scanner import Marker, NumberMention, Role
from ..engine.messages import Joined, Quote, Say
from ..engine.registry import Params, RelatedSpan, Violation, check
from ..words import is_verb
from .formatting import number
from .grim import GrimResult, change_base, share_whole
from ..regexes import lazy

_TOLERANCE = 1e-9


@check("impossible-decrease")
def impossible_decrease(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """A decrease of more than 100%, or of exactly 100% with something left."""
    for change in analysis.get("changes"):
        assert isinstance(change, Change)
        if change.direction != "decrease" or change.measure != "percent":
            continue
        amount = change.amount
        if change.amount_low > 100 + _TOLERANCE:
            explanation = Say("below-zero")
            if change.quantity is not None:
                now = change.quantity.value
                explanation = Say(
                    "below-zero-from-figure",
                    {
                        "figure": Quote(change.quantity.text),
                        "now": number(now),
                        "ratio": number(amount / 100),
                        "before": number(now / (1 - amount / 100), 1),
                    },
                )
            yield Violation(
                span=change.span,
                args={
                    "phrase": Quote(change.text),
                    "explanation": explanation,
                    "amount": number(amount),
                    "corrected": f"{amount / (100 + amount) * 100:.2f}",
                },
                suggestion="recompute",
            )
        elif change.amount_low == 100 and change.amount_high == 100:
            quantity = change.quantity
            if quantity is not None and quantity.low > 0:
                yield Violation(
                    span=change.span,
                    message="nothing-left",
                    args={"phrase": Quote(change.text), "figure": Quote(quantity.text)},
                    related=(RelatedSpan(quantity.span, "remaining"),),
                )


@check("decrease-in-multiples")
def decrease_in_multiples(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """降低两倍: a decrease stated as a multiple."""
    for change in analysis.get("changes"):
        assert isinstance(change, Change)
        if change.direction == "decrease" and change.measure == "multiple":
            yield Violation(
                span=change.span,
                args={"phrase": Quote(change.text)},
                suggestion="restate",
            )


def _grim_detail(result: GrimResult, nearest: str) -> Say:
    """The nearest whole bases and the percentages they give (``nearest`` names the base)."""
    options = [Say("option", {"base": base, "value": f"{value:.2f}"}) for base, value in result.nearest]
    return Say(nearest, {"options": Joined(options, "or")})


#: A 一 that points (上一届, 这一年, 每一次): an ordinal or a deictic, not a count of one.
_DEICTIC_ONE = lazy(r"[上下这那每同前后该本此]$")
#: A figure named as the baseline of a comparison (相比前年的8场, 比上年的120起).
_BASELINE = lazy(r"(?:比|较|相比|对比|同比|环比)[^，。；\d]{0,8}$|(?:去年|前年|上年|上一年)(?:同期)?的?$")


def _current_count(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is a count the change applies to: not a pointing
    一 (比上一届增加26.7%) and not the baseline the change is measured from."""
    before = text[max(0, start - 12) : start]
    if text.startswith("一", start) and _DEICTIC_ONE.search(before):
        return False
    return _BASELINE.search(before) is None


@check("percentage-not-from-counts")
def percentage_not_from_counts(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """GRIM: a percentage of a whole count that no whole-number base can produce."""
    for change in analysis.get("changes"):
        assert isinstance(change, Change)
        quantity = change.quantity
        if change.measure != "percent" or quantity is None or change.amount_high != change.amount_low:
            continue
        if not is_countable_count(quantity):
            continue
        if not _current_count(analysis.document.text, quantity.norm[0]):
            continue
        result = change_base(
            int(quantity.value), change.amount, change.decimals, change.direction == "increase"
        )
        if result is None or result.consistent:
            continue
        yield Violation(
            span=change.amount_span,
            args={
                "count": Quote(quantity.text),
                "percent": Quote(analysis.document.original_of(change.amount_span)),
                "detail": _grim_detail(result, "nearest-previous"),
            },
            related=(RelatedSpan(quantity.span, "count"),),
        )
    text = analysis.document.text
    mentions = analysis.mentions
    for index in analysis.positions(Role.PERCENT):
        if index == 0:
            continue
        share, part = mentions[index], mentions[index - 1]
        if part.role is not Role.QUANTITY or not share.exact:
            continue
        if not _SHARE_GAP.match(text[part.end : share.start]):
            continue
        if part.unit is None or not part.unit.countable or not part.exact:
            continue
        if part.value != int(part.value) or part.value <= 0:
            continue
        result = share_whole(int(part.value), share.value, share.decimals)
        if result is None or result.consistent:
            continue
        document = analysis.document
        yield Violation(
            span=document.span(share.start, share.end),
            args={
                "count": Quote(document.original_of(document.span(part.start, part.end))),
                "percent": Quote(document.original_of(document.span(share.start, share.end))),
                "detail": _grim_detail(result, "nearest-whole"),
            },
            related=(RelatedSpan(document.span(part.start, part.end), "count"),),
        )


def _tolerance(quantity: Quantity) -> float:
    """Half a unit of the last written digit, in base units (rounding of stated values)."""
    if quantity.approximate:
        return 0.0
    return 0.5 * 10.0 ** -quantity.decimals * quantity.factor


def _in_unit_of(total: Quantity, low: float, high: float) -> str | Say:
    """A base-unit interval written in the total's unit and scale: ``2600千克``, ``1.2–1.3万人``."""
    divisor = total.factor * total.scale_value
    unit = f"{total.scale}{total.unit}"
    if high == low:
        return f"{number(low / divisor)}{unit}"
    if high == float("inf"):
        return Say("at-least", {"floor": f"{number(low / divisor)}{unit}"})
    return f"{number(low / divisor)}–{number(high / divisor)}{unit}"


#: A verb that states its figure as a floor (突破300万件): larger parts do not contradict it.
#: Not an approximation marker: 突破50种装备 (breakthroughs in 50 kinds) has no bound.
_LOWER_BOUND_VERB = lazy(r"突破$")


def _outer_parts(parts: list[Quantity]) -> list[Quantity]:
    """The parts without their sub-parts.

    A part followed by parts that add up to it (运动员886人，女运动员437人，男运动员449人)
    is broken down itself: the parts that follow are nested in it, not counted twice.
    """
    outer: list[Quantity] = []
    index = 0
    while index < len(parts):
        outer.append(parts[index])
        index += 1 + _nested_run(parts[index], parts[index + 1 :])
    return outer


def _nested_run(part: Quantity, following: list[Quantity]) -> int:
    """How many of the parts right after ``part`` (two or more) add up to it; 0 if none."""
    low, high = part.base_interval()
    running, slack = 0.0, _tolerance(part) + _TOLERANCE
    for count, later in enumerate(following, start=1):
        running += later.base_interval()[0]
        slack += _tolerance(later)
        if count >= 2 and low - slack <= running <= high + slack:
            return count
        if running > high + slack:
            break
    return 0


@check("breakdown-mismatch")
def breakdown_mismatch(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """Parts that exceed their total, or a complete breakdown that does not add up."""
    for breakdown in analysis.get("breakdowns"):
        assert isinstance(breakdown, Breakdown)
        total = breakdown.total
        total_low, total_high = total.base_interval()
        parts = _outer_parts([part.quantity for part in breakdown.parts])
        sum_low = sum(part.base_interval()[0] for part in parts)
        sum_high = sum(part.base_interval()[1] for part in parts)
        slack = sum(_tolerance(part) for part in parts) + _tolerance(total) + _TOLERANCE
        text = analysis.document.text
        floor = _LOWER_BOUND_VERB.search(text, max(0, total.norm[0] - 2), total.norm[0]) is not None
        exceeds = sum_low - slack > total_high and not floor
        short = breakdown.complete and sum_high + slack < total_low
        if not (exceeds or short):
            continue
        yield Violation(
            span=breakdown.span,
            message="message" if exceeds else "short",
            args={
                "parts": Joined((part.text for part in parts), "plus"),
                "sum": _in_unit_of(total, sum_low, sum_high),
                "total": Quote(total.text),
            },
            related=tuple(RelatedSpan(part.span, "part", {"part": Quote(part.text)}) for part in parts),
        )


_SHARE_CLAUSE_START = ("其中", "；", "。", "、", "中，")  # 中，: after a whole named at the head (受访者中，)
_ATTRIBUTE_REACH = 40


#: A verb followed by one of these is part of a noun (制造业, 生产者, 经营户, 服务商).
_NOUN_SUFFIXES = frozenset("业者商户品厂员方人")
#: A sentence that opens by naming the whole its shares divide: 受访者中，… / 在今年的投资中，…
_GROUP_OPENING = lazy(r"\s*[^，。；！？\n]{1,16}?中[，,]")
#: What stands between a count and the share it is of the whole: 5人，占……的比例为.
_SHARE_GAP = lazy(r"^，?占(?:[^，。；\d]{0,30}的)?(?:比重|比例)?(?:为|达)?$")


def _share_of_attribute(text: str, position: int) -> bool:
    """Whether the share at ``position`` is of people or things described by a predicate
    (387人是首次参加大运会的，占94.2%) rather than a category (男性120人，占60%).

    Shares of categories partition a whole; shares of attributes of one group overlap.
    The test: a verb (not a verb-noun) in the text between the share and the start of
    its item (其中, ；, 、 or the sentence start).
    """
    reach = max(0, position - _ATTRIBUTE_REACH)
    head = max([reach] + [text.rfind(mark, reach, position) for mark in _SHARE_CLAUSE_START])
    item = text[head:position]
    return any(
        is_verb(item[index : index + 2]) and item[index + 2 : index + 3] not in _NOUN_SUFFIXES
        for index in range(len(item) - 1)
    )


@check("shares-over-whole")
def shares_over_whole(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """Shares of one whole (其中A占…、B占…, or 受访者中，A占…，B占…) that add up to more than 100%."""
    document = analysis.document
    text = document.text
    by_sentence: dict[int, list[Percentage]] = {}
    for percentage in analysis.get("percentages"):
        assert isinstance(percentage, Percentage)
        if not percentage.is_share:
            continue
        sentence = document.sentence_at(percentage.norm[0])
        if sentence is None:
            continue
        opening = text.rfind("其中", sentence.start, percentage.norm[0])
        if opening < 0 and _GROUP_OPENING.match(text, sentence.start, percentage.norm[0]) is None:
            continue  # neither 其中 nor a group named at the head of the sentence (受访者中，…)
        by_sentence.setdefault(sentence.index, []).append(percentage)
    for shares in by_sentence.values():
        groups: dict[str | None, list[Percentage]] = {}
        for share in shares:
            if _share_of_attribute(text, share.norm[0]):
                continue  # 387人是首次参加…，占94.2%: attributes of one group may overlap
            groups.setdefault(share.share_of, []).append(share)
        for group in groups.values():
            if len(group) < 2 or any(share.value >= 100 for share in group):
                continue  # a share of 100% or more is a rate (完成预算的106%), not a part
            total = sum(share.low for share in group)
            slack = sum(0.5 * 10.0 ** -share.decimals for share in group)
            if total - slack <= 100:
                continue
            first, last = group[0], group[-1]
            yield Violation(
                span=document.span(first.norm[0], last.norm[1]),
                args={
                    "shares": Joined((share.text for share in group), "plus"),
                    "sum": number(total, 2),
                },
                related=tuple(RelatedSpan(share.span, "share") for share in group),
            )


@check("enumeration-count")
def enumeration_count(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """A counted label whose number differs from the items listed with it."""
    for enumeration in analysis.get("enumerations"):
        assert isinstance(enumeration, Enumeration)
        counts = item_counts(enumeration.items, levels=enumeration.label.endswith("级"))
        if enumeration.count in counts:
            continue
        if enumeration.open_ended and min(counts) <= enumeration.count:
            continue
        listed = len(enumeration.items)
        yield Violation(
            span=enumeration.label_span,
            args={
                "label": Quote(enumeration.label),
                "count": enumeration.count,
                "listed": listed,
                "items": Joined(enumeration.items),
            },
            related=(RelatedSpan(enumeration.items_span, "items"),),
        )


@check("respective-mismatch")
def respective_mismatch(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """分别 pairing a different number of subjects and values."""
    for respective in analysis.get("respectives"):
        assert isinstance(respective, Respective)
        counts = (
            {respective.subject_count}
            if respective.figure_subjects
            else subject_counts(respective.subjects, respective.leading_clauses)
        )
        if not counts or respective.value_count < 2 or respective.value_count in counts:
            continue
        yield Violation(
            span=respective.span,
            args={
                "subject_count": min(counts),
                "subjects": Joined(respective.subjects),
                "value_count": respective.value_count,
                "values": Joined(respective.values),
            },
        )


def _conflict(directions: frozenset[str]) -> str:
    """The template key of why the markers conflict, from their directions."""
    if {"more", "less"} <= directions:
        return "more-and-less"
    bound = "more" if "more" in directions else "less"
    return f"about-and-{bound}" if "about" in directions else f"{bound}-twice"


def _without(text: str, mention: NumberMention, marker: Marker) -> str:
    """The mention's text with one marker left out."""
    return text[mention.start : marker.start] + text[marker.end : mention.end]


@check("conflicting-approximation")
def conflicting_approximation(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """Two approximation markers on one number, at least one of them a bound (逾2万余人)."""
    document = analysis.document
    text = document.text
    mentions = analysis.mentions
    for index in analysis.marked:
        mention = mentions[index]
        if len(mention.markers) < 2:
            continue
        directions = frozenset(marker.direction for marker in mention.markers)
        if directions == frozenset({"about"}):
            continue  # two "about" markers: redundant, not contradictory (FC506)
        first, second = mention.markers[0], mention.markers[1]
        span = document.span(mention.start, mention.end)
        yield Violation(
            span=span,
            args={
                "phrase": Quote(document.original_of(span)),
                "first": Quote(first.text),
                "second": Quote(second.text),
                "reason": Say(_conflict(directions)),
                "first_means": Say(f"means-{first.direction}"),
                "second_means": Say(f"means-{second.direction}"),
                "keep_first": Quote(_without(text, mention, second)),
                "keep_second": Quote(_without(text, mention, first)),
            },
            suggestion="keep-one",
        )
