"""The fact sheet: one concise line per claim, for `factcheck claims`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..checks.formatting import number
from ..claims.models import (
    Average,
    Breakdown,
    Change,
    ClaimBase,
    Comparison,
    Enumeration,
    Percentage,
    PersonMention,
    PlaceMention,
    Quantity,
    Respective,
    Share,
)
from ..claims.times import CountedDay, DatePoint, Duration, Period, RelativeTime
from ..document import Document
from .text import display_width

__all__ = ["describe_claim", "render_claims", "render_claims_csv", "describer"]

_DESCRIBERS: dict[str, Callable[[Any], str]] = {}


def describer(kind: str) -> Callable[[Callable[[Any], str]], Callable[[Any], str]]:
    """Register how claims of ``kind`` are summarised on the fact sheet."""

    def register(function: Callable[[Any], str]) -> Callable[[Any], str]:
        _DESCRIBERS[kind] = function
        return function

    return register


def _interval(low: float, high: float | None, unit: str) -> str:
    if high is None:
        return f"over {number(low)} {unit}".rstrip()
    if low == high:
        return f"{number(low)} {unit}".rstrip()
    return f"{number(low)}–{number(high)} {unit}".rstrip()


@describer("quantity")
def _quantity(claim: Quantity) -> str:
    scale = claim.scale_value
    high = None if claim.high is None else claim.high / scale
    reading = _interval(claim.low / scale, high, f"{claim.scale}{claim.unit}")
    what = f"  ({claim.label})" if claim.label else ""
    return f"{reading} [{claim.dimension}]{what}"


@describer("percentage")
def _percentage(claim: Percentage) -> str:
    reading = _interval(claim.low, claim.high, "%").replace(" %", "%")
    if claim.is_share:
        return f"{reading}, share of {claim.share_of or 'a whole'}"
    return f"{reading}  ({claim.label})" if claim.label else reading


@describer("change")
def _change(claim: Change) -> str:
    unit = {"percent": "%", "points": " percentage points", "multiple": "×", "absolute": claim.amount_unit}
    reading = f"{claim.direction} of {number(claim.amount)}{unit[claim.measure]}"
    if claim.basis:
        reading += f", {claim.basis}"
    if claim.quantity is not None:
        reading += f", of {claim.quantity.text}"
    return reading


@describer("breakdown")
def _breakdown(claim: Breakdown) -> str:
    parts = " + ".join(part.quantity.text for part in claim.parts)
    kind = "complete" if claim.complete else "partial"
    return f"{claim.total.text} ⊇ {parts}  ({kind}, {claim.marker})"


@describer("enumeration")
def _enumeration(claim: Enumeration) -> str:
    open_ended = " (open-ended: 等)" if claim.open_ended else ""
    return f"“{claim.label}” counts {claim.count}; listed {len(claim.items)}: {'、'.join(claim.items)}{open_ended}"


@describer("respective")
def _respective(claim: Respective) -> str:
    return f"{claim.subject_count} subjects ↔ {claim.value_count} values: {'、'.join(claim.values)}"


@describer("comparison")
def _comparison(claim: Comparison) -> str:
    changes = "; ".join(_change(change) for change in claim.changes)
    reading = f"{claim.before.text} → {claim.after.text}"
    return f"{reading}  ({changes})" if changes else reading


@describer("share")
def _share(claim: Share) -> str:
    return f"{claim.part.text} of {claim.whole.text} stated as {claim.share.text}"


@describer("average")
def _average(claim: Average) -> str:
    return (
        f"{claim.value.text} per {claim.per} from "
        f"{claim.numerator.text} ÷ {claim.denominator.text}"
    )


@describer("place")
def _place(claim: PlaceMention) -> str:
    where = " or ".join(claim.candidates[:3]) or "unknown"
    follower = f", {claim.role} {claim.follower}" if claim.follower else ""
    return f"{where}{follower}"


@describer("person")
def _person(claim: PersonMention) -> str:
    title = f" ({claim.title})" if claim.title else ""
    return f"{claim.role}{title}"


def _days(start: object, end: object) -> str:
    """A resolved interval: one day, or first … last; ``""`` when not resolved."""
    if start is None and end is None:
        return ""
    if start == end:
        return str(start)
    return f"{start or '…'} … {end or '…'}"


def _written_date(claim: DatePoint) -> str:
    parts = []
    if claim.year is not None:
        parts.append(f"year {claim.year}")
    elif claim.year_word:
        parts.append(claim.year_word)
    if claim.month_word:
        parts.append(claim.month_word)
    if claim.month is not None:
        parts.append(f"{'lunar ' if claim.lunar else ''}month {claim.month}")
    if claim.day is not None:
        parts.append(f"day {claim.day}")
    if claim.week is not None:
        parts.append(f"{['last', 'this', 'next'][claim.week + 1] if -1 <= claim.week <= 1 else claim.week} week, weekday {claim.weekday}")
    if claim.part:
        parts.append(claim.part)
    if claim.time_of_day:
        parts.append(claim.time_of_day)
    return ", ".join(parts)


@describer("date")
def _date(claim: DatePoint) -> str:
    days = _days(claim.start, claim.end)
    written = _written_date(claim)
    return f"{days}  ({written})" if days else f"{written} (not resolved: no reference date)"


_FORMS = {
    "range": "from … to", "since": "since, up to the reference date", "from": "from, open-ended",
    "until": "up to", "before": "by", "recent": "the last", "decade": "decade",
}


@describer("period")
def _period(claim: Period) -> str:
    days = _days(claim.start, claim.end)
    form = _FORMS.get(claim.form, claim.form)
    if claim.form == "recent" and claim.length is not None:
        form = f"the last {number(claim.length)} {claim.unit}"
    return f"{days}  ({form})" if days else f"{form} (not resolved)"


@describer("duration")
def _duration(claim: Duration) -> str:
    reading = _interval(claim.low, claim.high, claim.unit)
    relation = {"ago": ", ago", "later": ", later", "span": ""}[claim.relation]
    return f"{reading}{', consecutive' if claim.consecutive else ''}{relation}"


@describer("relative")
def _relative_time(claim: RelativeTime) -> str:
    days = _days(claim.start, claim.end)
    same = ", same period" if claim.same_period else ""
    return f"{days}  ({claim.word}{same})" if days else f"{claim.word}{same}"


@describer("counted-day")
def _counted_day(claim: CountedDay) -> str:
    return f"month {claim.month}, day {claim.day}: {claim.name}"


def describe_claim(claim: ClaimBase) -> str:
    kind = getattr(claim, "kind", "")
    function = _DESCRIBERS.get(kind)
    if function is not None:
        return function(claim)
    data = claim.model_dump(mode="json", exclude={"span", "text", "kind"})
    return " ".join(f"{key}={value}" for key, value in data.items() if value not in (None, "", [], {}))


def render_claims(document: Document, claims: list[ClaimBase]) -> str:
    lines = []
    for claim in claims:
        line, column = document.line_column(claim.span.start)
        kind = getattr(claim, "kind", "")
        text = claim.text.replace("\n", "⏎")
        if len(text) > 30:
            text = text[:29] + "…"
        padding = " " * max(1, 26 - display_width(text))
        lines.append(f"{line:>5}:{column:<4} {kind:<12} {text}{padding}{describe_claim(claim)}")
    return "\n".join(lines) + ("\n" if lines else "")


def render_claims_csv(document: Document, claims: list[ClaimBase]) -> str:
    """The fact sheet for a spreadsheet: line, column, kind, the text as written, the reading."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["line", "column", "kind", "text", "reading"])
    for claim in claims:
        line, column = document.line_column(claim.span.start)
        writer.writerow([line, column, getattr(claim, "kind", ""), claim.text, describe_claim(claim)])
    return buffer.getvalue()
