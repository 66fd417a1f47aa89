"""The fact sheet: one row per statement, for an editor to check against the source.

``factcheck claims`` prints each claim's line, kind, the words as written, its reading
in words (values with units, periods as days, changes with their direction), and for
figures what they measure, for whom and over which period. Readings are in the
reader's language (``rules/messages.toml``, keys ``claim-*``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..checks.formatting import number
from ..claims.figures import Figure
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
from ..engine.messages import Language, TemplateError, render
from .text import display_width

__all__ = ["FactRow", "describe_claim", "describer", "fact_rows", "render_claims", "render_claims_csv"]

Describer = Callable[[Any, Language], str]
_DESCRIBERS: dict[str, Describer] = {}


def describer(kind: str) -> Callable[[Describer], Describer]:
    """Register how claims of ``kind`` are read out on the fact sheet."""

    def register(function: Describer) -> Describer:
        _DESCRIBERS[kind] = function
        return function

    return register


def _say(key: str, language: Language, **args: object) -> str:
    return render({}, f"claim-{key}", args, language)


def _word(key: str, language: Language, fallback: str) -> str:
    """A word of the fact sheet, or ``fallback`` where there is none (a user's new unit)."""
    try:
        return _say(key, language)
    except TemplateError:
        return fallback


def _joined(items: Iterable[str], language: Language, conjunction: str = "list") -> str:
    """``items`` joined the way ``language`` joins them (``list``, ``or``, ``semicolon``)."""
    return render({}, conjunction, {}, language).join(items)


def _interval(low: float, high: float | None, unit: str, language: Language) -> str:
    if high is None:
        return _say("over", language, value=number(low), unit=unit).strip()
    if low == high:
        return _say("value", language, value=number(low), unit=unit).strip()
    return _say("range", language, low=number(low), high=number(high), unit=unit).strip()


def _dimension(name: str, language: Language) -> str:
    key = "money" if name.startswith("money") else name
    return _word(f"dim-{key}", language, name)


@describer("quantity")
def _quantity(claim: Quantity, language: Language) -> str:
    scale = claim.scale_value
    high = None if claim.high is None else claim.high / scale
    reading = _interval(claim.low / scale, high, f"{claim.scale}{claim.unit}", language)
    return _say("dimension", language, reading=reading, dimension=_dimension(claim.dimension, language))


@describer("percentage")
def _percentage(claim: Percentage, language: Language) -> str:
    reading = _interval(claim.low, claim.high, "%", language).replace(" %", "%")
    if claim.is_share:
        return _say("share", language, reading=reading, whole=claim.share_of or _say("a-whole", language))
    return reading


def _amount(claim: Change, language: Language) -> str:
    amount = number(claim.amount)
    if claim.measure == "points":
        return _say("points", language, amount=amount)
    return amount + {"percent": "%", "multiple": "×", "absolute": claim.amount_unit}.get(claim.measure, "")


@describer("change")
def _change(claim: Change, language: Language) -> str:
    reading = _say(claim.direction, language, amount=_amount(claim, language))
    if claim.basis:
        reading = _say("basis", language, reading=reading, basis=claim.basis)
    if claim.quantity is not None:
        reading = _say("of", language, reading=reading, figure=claim.quantity.text)
    return reading


@describer("breakdown")
def _breakdown(claim: Breakdown, language: Language) -> str:
    parts = " + ".join(part.quantity.text for part in claim.parts)
    completeness = _say("complete" if claim.complete else "partial", language)
    return _say("breakdown", language, total=claim.total.text, parts=parts, completeness=completeness, marker=claim.marker)


@describer("enumeration")
def _enumeration(claim: Enumeration, language: Language) -> str:
    return _say(
        "enumeration",
        language,
        label=claim.label.strip("“”\""),
        count=claim.count,
        listed=len(claim.items),
        items=_joined(claim.items, language),
        open=_say("open-ended", language) if claim.open_ended else "",
    )


@describer("respective")
def _respective(claim: Respective, language: Language) -> str:
    return _say(
        "respective", language, subjects=claim.subject_count, values=claim.value_count,
        listed=_joined(claim.values, language),
    )


@describer("comparison")
def _comparison(claim: Comparison, language: Language) -> str:
    changes = _joined((_change(change, language) for change in claim.changes), language, "semicolon")
    key = "comparison-changes" if changes else "comparison"
    return _say(key, language, before=claim.before.text, after=claim.after.text, changes=changes)


@describer("share")
def _share(claim: Share, language: Language) -> str:
    return _say("share-of", language, part=claim.part.text, whole=claim.whole.text, share=claim.share.text)


@describer("average")
def _average(claim: Average, language: Language) -> str:
    return _say(
        "average", language, value=claim.value.text, per=claim.per,
        numerator=claim.numerator.text, denominator=claim.denominator.text,
    )


@describer("place")
def _place(claim: PlaceMention, language: Language) -> str:
    where = _joined(claim.candidates[:3], language, "or") or _say("unknown-place", language)
    if not claim.follower:
        return where
    return _say("place-role", language, where=where, role=_say(f"role-{claim.role}", language), follower=claim.follower)


@describer("person")
def _person(claim: PersonMention, language: Language) -> str:
    role = _say(f"role-{claim.role}", language)
    return _say("titled", language, role=role, title=claim.title) if claim.title else role


def _days(start: object, end: object, language: Language) -> str:
    """A resolved interval: one day, or first … last; ``""`` when not resolved."""
    if start is None and end is None:
        return ""
    if start == end:
        return str(start)
    return _say("days", language, start=start or "…", end=end or "…")


def _written_date(claim: DatePoint, language: Language) -> str:
    parts = []
    if claim.year is not None:
        parts.append(_say("year", language, year=claim.year))
    elif claim.year_word:
        parts.append(claim.year_word)
    if claim.month_word:
        parts.append(claim.month_word)
    if claim.month is not None:
        parts.append(_say("lunar-month" if claim.lunar else "month", language, month=claim.month))
    if claim.day is not None:
        parts.append(_say("day", language, day=claim.day))
    if claim.week is not None:
        week = {-1: "last", 0: "this", 1: "next"}.get(claim.week)
        named = _say(f"week-{week}", language) if week else str(claim.week)
        weekday = _word(f"weekday-{claim.weekday}", language, str(claim.weekday))
        parts.append(_say("week", language, week=named, weekday=weekday))
    if claim.part:
        parts.append(claim.part)
    if claim.time_of_day:
        parts.append(claim.time_of_day)
    return _joined(parts, language)


@describer("date")
def _date(claim: DatePoint, language: Language) -> str:
    days = _days(claim.start, claim.end, language)
    written = _written_date(claim, language)
    if days:
        return _say("resolved", language, days=days, written=written)
    return _say("not-resolved", language, written=written)


@describer("period")
def _period(claim: Period, language: Language) -> str:
    days = _days(claim.start, claim.end, language)
    form = _word(f"form-{claim.form}", language, claim.form)
    if claim.form == "recent" and claim.length is not None:
        form = _say("form-recent-length", language, length=number(claim.length), unit=claim.unit)
    if days:
        return _say("resolved", language, days=days, written=form)
    return _say("form-not-resolved", language, form=form)


@describer("duration")
def _duration(claim: Duration, language: Language) -> str:
    reading = _interval(claim.low, claim.high, claim.unit, language)
    if claim.consecutive:
        reading = _say("consecutive", language, reading=reading)
    if claim.relation != "span":
        reading = _say(claim.relation, language, reading=reading)
    return reading


@describer("relative")
def _relative_time(claim: RelativeTime, language: Language) -> str:
    days = _days(claim.start, claim.end, language)
    word = _say("same-period", language, word=claim.word) if claim.same_period else claim.word
    return _say("resolved", language, days=days, written=word) if days else word


@describer("counted-day")
def _counted_day(claim: CountedDay, language: Language) -> str:
    return _say("counted-day", language, month=claim.month, day=claim.day, name=claim.name)


def describe_claim(claim: ClaimBase, language: Language = "en") -> str:
    """The claim's reading in words."""
    kind = getattr(claim, "kind", "")
    function = _DESCRIBERS.get(kind)
    if function is not None:
        return function(claim, language)
    data = claim.model_dump(mode="json", exclude={"span", "text", "kind"})
    return " ".join(f"{key}={value}" for key, value in data.items() if value not in (None, "", [], {}))


@dataclass(frozen=True, slots=True)
class FactRow:
    """One statement on the fact sheet."""

    line: int
    column: int
    kind: str
    text: str  # as written
    reading: str
    measure: str = ""  # what a figure counts: 缴获 毒品, or the words before it
    subject: str = ""  # for whom: 全市, 该大队
    period: str = ""  # over which period: 今年以来


def fact_rows(
    document: Document, claims: list[ClaimBase], figures: list[Figure], language: Language = "zh"
) -> list[FactRow]:
    """The rows of the fact sheet; ``figures`` give the measure, subject and period of quantities."""
    by_span = {(figure.span.start, figure.span.end): figure for figure in figures}
    rows = []
    for claim in claims:
        line, column = document.line_column(claim.span.start)
        kind = getattr(claim, "kind", "")
        figure = by_span.get((claim.span.start, claim.span.end)) if kind == "quantity" else None
        if kind == "change" and isinstance(claim, Change) and claim.quantity is not None:
            figure = by_span.get((claim.quantity.span.start, claim.quantity.span.end))
        measure = ""
        if figure is not None and (figure.action or figure.object):
            measure = " ".join(word for word in (figure.action, figure.object_text or figure.object) if word)
        elif isinstance(claim, (Quantity, Percentage)):
            measure = claim.label
        rows.append(
            FactRow(
                line=line,
                column=column,
                kind=kind,
                text=claim.text,
                reading=describe_claim(claim, language),
                measure=measure,
                subject=(figure.subject or "") if figure else "",
                period=(figure.period or "") if figure else "",
            )
        )
    return rows


def _cell(text: str, width: int) -> str:
    shown = text.replace("\n", "⏎")
    if display_width(shown) > width:
        while display_width(shown) > width - 1:
            shown = shown[:-1]
        shown += "…"
    return shown + " " * max(0, width - display_width(shown))


_WIDTHS = (9, 10, 24, 20, 10, 12)  # every column but the reading, which is last and whole


def render_claims(rows: list[FactRow], language: Language = "zh") -> str:
    """The fact sheet as an aligned table with a header; the reading is never cut."""
    header = _say("header", language).split("|")
    lines = ["  ".join(_cell(title, width) for title, width in zip(header, _WIDTHS)) + "  " + header[-1]]
    lines.append("  ".join("─" * width for width in (*_WIDTHS, 24)))
    for row in rows:
        kind = _word(f"kind-{row.kind}", language, row.kind)
        cells = (f"{row.line}:{row.column}", kind, row.text, row.measure, row.subject, row.period)
        fixed = "  ".join(_cell(cell, width) for cell, width in zip(cells, _WIDTHS))
        lines.append(f"{fixed}  {row.reading}".rstrip())
    return "\n".join(lines) + "\n"


def render_claims_csv(rows: list[FactRow]) -> str:
    """The fact sheet for a spreadsheet, every column in full."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["line", "column", "kind", "text", "reading", "measure", "subject", "period"])
    for row in rows:
        writer.writerow([row.line, row.column, row.kind, row.text, row.reading, row.measure, row.subject, row.period])
    return buffer.getvalue()
