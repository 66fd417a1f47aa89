"""Rules on figures checked against each other (family ``consistency``, FC501–FC506).

Each finding names every span involved and shows the arithmetic: the restated figure and
its first statement, the change and its two values, the share and its part and whole,
the average and what it divides.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..resources import lexicon_cache
from ..claims.analysis import Analysis
from ..claims.comparisons import YEARLY_BASES, years_between
from ..claims.models import Average, Change, Comparison, Quantity, Share
from ..document import Document
from ..engine.messages import Joined, Quote, Say
from ..engine.registry import Params, RelatedSpan, Violation, check
from ..findings import Edit
from ..lexicon import lexicons
from ..numerics.scanner import Marker, NumberMention, Role
from .averaging import per_unit_violation, yearly_violation
from .endpoints import amount_places, base_value, direction_of, endpoint_notes, evaluate, values
from .formatting import number
from .intervals import agrees, quotient, written_interval, written_places
from .restatements import restatements
from ..regexes import compile_pattern, lazy

__all__: list[str] = []


def _measure(figure_subject: str | None, figure_period: str | None, measure: str) -> str | Say:
    """What a figure counts, with its scope when it has one: 抓获嫌疑人（全市，今年以来）."""
    words = [word for word in (figure_subject, figure_period) if word]
    if not words:
        return measure
    return Say("scoped", {"what": measure, "scope": Joined(words)})


def _stands_for(quantity: Quantity) -> str:
    """What a stated figure stands for, in its own unit and scale: 86名, 1.2–1.3万人."""
    low, high = written_interval(quantity)
    divisor = quantity.factor * quantity.scale_value
    unit = f"{quantity.scale}{quantity.unit}"
    if low == high:
        return f"{number(low / divisor)}{unit}"
    upper = "∞" if high == float("inf") else number(high / divisor, 4)
    return f"{number(low / divisor, 4)}–{upper}{unit}"


@check("restated-figure-mismatch")
def restated_figure_mismatch(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """The same measure, subject and period given two values that cannot both be true."""
    for restatement in restatements(analysis):
        figure = restatement.figure
        others = restatement.others
        yield Violation(
            span=figure.span,
            message="in-summary" if restatement.summary else "message",
            args={
                "figure": Quote(figure.text),
                "measure": _measure(figure.subject, figure.period, f"{figure.action}{figure.object}"),
                "others": Joined(Quote(other.text) for other in others),
                "computation": Joined((_stands_for(item.quantity) for item in (figure, *others)), "versus"),
            },
            related=tuple(
                RelatedSpan(other.span, "other-statement", {"what": f"{other.action}{other.object}", "other": Quote(other.text)})
                for other in others
            ),
        )


def _verdicts(analysis: Analysis, kinds: frozenset[str]) -> Iterator[tuple[Comparison, Change, Say | None]]:
    for comparison in analysis.get("comparisons"):
        assert isinstance(comparison, Comparison)
        for change in comparison.changes:
            verdict = evaluate(comparison, change)
            if verdict is not None and verdict.kind in kinds:
                yield comparison, change, verdict.computation


_SCALE_REACH = 30  # characters before a comparison searched for the measure it changes


@lexicon_cache
def _scale_words() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    scales = lexicons().changes.scales

    def alternation(words: tuple[str, ...]) -> regex.Pattern[str]:
        return compile_pattern("|".join(regex.escape(word) for word in words) or "(?!)")

    return alternation(scales.inverse), alternation(scales.real)


def _measure_words(analysis: Analysis, comparison: Comparison) -> str:
    """The clause text before a comparison, back to the sentence start (its measure)."""
    document = analysis.document
    start = comparison.norm[0]
    head = max(start - _SCALE_REACH, document.sentence_head(start, "；"))
    return document.text[head : comparison.norm[1]]


def _unlike_scale(analysis: Analysis, comparison: Comparison) -> bool:
    """Whether the comparison's change words do not follow its figures: a measure where
    smaller is better (精度 from 30米 to 15米 is 提高), or growth at comparable prices
    stated beside nominal values in 元."""
    inverse, real = _scale_words()
    words = _measure_words(analysis, comparison)
    if inverse.search(words):
        return True
    money = any(getattr(level, "dimension", None) == "money" for level in (comparison.before, comparison.after))
    return money and real.search(words) is not None


@check("change-endpoints-mismatch")
def change_endpoints_mismatch(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """A stated change that its two stated values do not produce (amount or direction)."""
    for comparison in analysis.get("comparisons"):
        assert isinstance(comparison, Comparison)
        if _unlike_scale(analysis, comparison):
            continue
        actual = direction_of(comparison)
        if comparison.direction and actual and comparison.direction != actual:
            earlier, later = values(comparison)
            yield Violation(
                span=comparison.span,
                message="opposite",
                args={
                    "change": Quote(comparison.text),
                    "word": Quote(comparison.word),
                    "earlier": earlier,
                    "later": later,
                    "moved": Say("rises" if actual == "increase" else "falls"),
                },
                related=endpoint_notes(comparison),
            )
            continue  # the changes stated with these values repeat the same mistake
        for change in comparison.changes:
            verdict = evaluate(comparison, change)
            if verdict is None or verdict.kind not in ("mismatch", "direction"):
                continue
            yield Violation(
                span=change.span,
                args={"change": Quote(change.text), "computation": verdict.computation},
                related=endpoint_notes(comparison),
            )
    yield from _delta_violations(analysis)


def _amount_interval(change: Change) -> tuple[float, float]:
    """An absolute change's amount as the values it stands for (rounding of its last digit)."""
    high = change.amount if change.amount_high is None else change.amount_high
    half = 0.0 if change.amount_low != high else 10.0 ** -amount_places(change) / 2 * change.amount_scale
    return change.amount_low - half, high + half


def _delta_violations(analysis: Analysis) -> Iterator[Violation]:
    """``8250元，比上年增加920元，增长12.6%``: the earlier value is 8250 − 920 = 7330."""
    text = analysis.document.text
    changes = [change for change in analysis.get("changes") if isinstance(change, Change)]
    for absolute, relative in zip(changes, changes[1:]):
        level = absolute.quantity
        if absolute.measure != "absolute" or relative.measure != "percent" or level is None:
            continue
        if absolute.amount_unit != level.unit or absolute.direction != relative.direction:
            continue
        if text[absolute.norm[1] : relative.norm[0]] not in ("，", "、"):
            continue
        now = written_interval(level)
        amount = tuple(value * level.factor for value in _amount_interval(absolute))
        if absolute.direction == "increase":
            before = (now[0] - amount[1], now[1] - amount[0])
        else:
            before = (now[0] + amount[0], now[1] + amount[1])
        ratio = quotient(amount, before) if before[0] > 0 else None
        if ratio is None:
            continue
        places = amount_places(relative)
        high = float("inf") if relative.amount_high is None else relative.amount_high
        computed = (ratio[0] * 100, ratio[1] * 100)
        if agrees(computed, relative.amount, places, (relative.amount_low, high)):
            continue
        sign = "−" if absolute.direction == "increase" else "+"
        earlier = level.value - absolute.amount if sign == "−" else level.value + absolute.amount
        amount_text = analysis.document.original_of(absolute.amount_span)
        formula = (
            f"{amount_text} ÷ ({level.text} {sign} {amount_text}) = "
            f"{absolute.amount / earlier * 100:.{max(1, places + 1)}f}%"
        )
        yield Violation(
            span=relative.span,
            args={
                "change": Quote(relative.text),
                "computation": Say("not-stated", {"formula": formula, "stated": f"{number(relative.amount)}%"}),
            },
            related=(
                RelatedSpan(level.span, "the-value", {"value": Quote(level.text)}),
                RelatedSpan(absolute.amount_span, "the-change", {"change_words": Quote(absolute.text)}),
            ),
        )


@check("percent-points-confusion")
def percent_points_confusion(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """The difference of two percentages given in % when it is in points, or the reverse."""
    for comparison, change, computation in _verdicts(
        analysis, frozenset({"points-as-percent", "percent-as-points"})
    ):
        gap = abs(comparison.after.value - comparison.before.value)
        amount = analysis.document.original_of(change.amount_span)
        if change.measure == "percent":
            expected, written = "in-points", f"{number(gap, 4)}个百分点"
        else:
            expected, written = "in-percent", amount.replace("个百分点", "%").replace("百分点", "%")
        yield Violation(
            span=change.amount_span,
            args={
                "amount": Quote(amount),
                "expected": Say(expected),
                "computation": computation,
                "written": Quote(written),
            },
            suggestion="write",
            related=(*endpoint_notes(comparison), RelatedSpan(change.span, "the-change", {"change_words": Quote(change.text)})),
        )


@check("share-parts-mismatch")
def share_parts_mismatch(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """A part's stated share that its part and whole do not give."""
    for share in analysis.get("shares"):
        assert isinstance(share, Share)
        part, whole = written_interval(share.part), written_interval(share.whole)
        ratio = quotient(part, whole)
        if ratio is None or part[0] > whole[1]:
            continue
        stated = share.share
        decimals = written_places(stated.text, stated.decimals, stated.value)
        high = float("inf") if stated.high is None else stated.high
        if agrees((ratio[0] * 100, ratio[1] * 100), stated.value, decimals, (stated.low, high)):
            continue
        point = base_value(share.part) / base_value(share.whole) * 100
        yield Violation(
            span=stated.span,
            args={
                "share": Quote(stated.text),
                "computation": f"{share.part.text} ÷ {share.whole.text} = {point:.{max(1, decimals + 1)}f}%",
            },
            related=(
                RelatedSpan(share.part.span, "the-part", {"value": Quote(share.part.text)}),
                RelatedSpan(share.whole.span, "the-whole", {"value": Quote(share.whole.text)}),
            ),
        )


#: An average per unit of time (年人均, 日均, 每年): a rate, not a total divided by a count.
_TIME_RATE = lazy(r"(?:[年月日周季]人?均|每(?:年|月|日|天|周)|人均每年)[^，。；\d]{0,6}$")
#: A total summed over several periods (累计支出624亿元, 历年共投入…).
_CUMULATIVE = lazy(r"累计|总计|历年|以来|至今|迄今|先后")


def _rate_of_cumulative(document: Document, average: Average) -> bool:
    """A per-year (or per-month…) average beside a total summed over several periods:
    累计支出基金624亿元，年人均支出1.4万元 is not 624亿元 ÷ the people."""
    text = document.text
    value, numerator = average.value.norm, average.numerator.norm
    rate = _TIME_RATE.search(text, max(0, value[0] - 10), value[0]) is not None
    head = document.sentence_head(numerator[0], "；")
    return rate and _CUMULATIVE.search(text, head, numerator[0]) is not None


@check("average-mismatch")
def average_mismatch(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """A per-unit or yearly average that its total and count do not give."""
    for average in analysis.get("averages"):
        assert isinstance(average, Average)
        if _rate_of_cumulative(analysis.document, average):
            continue
        violation = per_unit_violation(average)
        if violation is not None:
            yield violation
    for comparison in analysis.get("comparisons"):
        assert isinstance(comparison, Comparison)
        years = years_between(comparison)
        if years is None or _unlike_scale(analysis, comparison):
            continue
        for change in comparison.changes:
            if change.basis in YEARLY_BASES:
                violation = yearly_violation(comparison, change, years)
                if violation is not None:
                    yield violation


_ABOUT_BEFORE = lazy(r"(?P<marker>大约|大概|约)(?:有|在|是|为)$")
#: What :data:`_ABOUT_BEFORE` can end with ($ also matches before a final newline).
_ABOUT_BEFORE_LAST = frozenset("有在是为\n")
_ABOUT_AFTER = lazy(r"左右|上下|前后")
#: 上下/前后 are approximation markers only at the end of a phrase (30岁上下。), not 前后两次
_PHRASE_END = lazy(r"[，。；：！？、）”\s]|的|$")
_SKIPPED_ROLES = frozenset({Role.LABEL, Role.ORDINAL})


def _about_markers(text: str, mention: NumberMention) -> tuple[Marker, Marker] | None:
    """The 'about' marker before the number and the one after it, if it has both."""
    markers = mention.markers
    before = next((m for m in markers if m.direction == "about" and m.position == "prefix"), None) if markers else None
    if before is None:
        if text[mention.start - 1 : mention.start] not in _ABOUT_BEFORE_LAST:
            return None  # most numbers: no 约有, 大约在 … right before
        match = _ABOUT_BEFORE.search(text, max(0, mention.start - 4), mention.start)
        if match is None:
            return None
        before = Marker(match.group("marker"), "about", "prefix", match.start(), match.end("marker"))
    after = next((m for m in mention.markers if m.direction == "about" and m.position == "suffix"), None)
    if after is None:
        match = _ABOUT_AFTER.match(text, mention.end)
        if match is None:
            return None
        after = Marker(match.group(), "about", "suffix", match.start(), match.end())
    if after.text != "左右" and not _PHRASE_END.match(text, after.end):
        return None
    return before, after


@check("redundant-approximation")
def redundant_approximation(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """Two 'about' markers on one number: 约100人左右, 大约30岁上下."""
    document = analysis.document
    text = document.text
    for mention in analysis.mentions:
        if mention.role in _SKIPPED_ROLES:
            continue
        if mention.markers and any(marker.direction != "about" for marker in mention.markers):
            continue  # a bound with another marker is FC108's
        markers = _about_markers(text, mention)
        if markers is None:
            continue
        before, after = markers
        span = document.span(before.start, after.end)
        kept = document.original_of(document.span(before.start, after.start))
        other = document.original_of(document.span(before.end, after.end))
        yield Violation(
            span=span,
            args={
                "phrase": Quote(document.original_of(span)),
                "first": Quote(before.text),
                "second": Quote(after.text),
                "kept": Quote(kept),
                "other": Quote(other),
            },
            suggestion="keep-one",
            edits=(Edit(span=document.span(after.start, after.end), replacement=""),),
            fix_description="drop-second",
        )
