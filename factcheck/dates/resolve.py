"""Read time claims against the reference date: the calendar interval each one denotes.

A date's year is the one written; else the one its word names (今年 → the reference
year, 去年 → the year before, 同年/次年 → the year last written in the sentence); else
the year last written in the sentence (2022年7月27日…7月30日); else the reference year.
The end of a range takes what it leaves out from its start (5月20日至25日); an end
month before the start month without its own year falls in the next year (11月至3月).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import regex

from ..claims.times import DatePoint, Period, RelativeTime, TimeClaim
from ..document import Document
from .intervals import interval_of
from .parse import ANAPHORIC_YEARS, RELATIVE_YEARS
from .reference import ReferenceDate

__all__ = ["SENTENCE_END", "resolve_times"]

#: The end of a sentence: a year written before it does not carry over.
SENTENCE_END = regex.compile(r"[。！？!?\n]")

ReferenceAt = Callable[[int], ReferenceDate | None]


def _year(point: DatePoint, reference: ReferenceDate | None, context: int | None) -> int | None:
    if point.year is not None:
        return point.year
    if point.year_word in RELATIVE_YEARS:
        return reference.year + RELATIVE_YEARS[point.year_word] if reference else None
    if point.year_word in ANAPHORIC_YEARS:
        return context + ANAPHORIC_YEARS[point.year_word] if context else None
    if context is not None:
        return context
    return reference.year if reference else None


def _dated(point: DatePoint, year: int | None, month: int | None = None) -> DatePoint:
    if year is None or point.lunar:
        return point
    interval = interval_of(year, point.month or month, point.day, point.part)
    if interval is None:
        return point
    return point.model_copy(update={"start": interval[0], "end": interval[1]})


def _point(point: DatePoint, reference: ReferenceDate | None, context: int | None) -> DatePoint:
    return _dated(point, _year(point, reference, context))


def _range_end(
    first: DatePoint, last: DatePoint, reference: ReferenceDate | None, context: int | None
) -> DatePoint:
    if last.has_year:
        return _point(last, reference, context)
    year = first.start.year if first.start else _year(first, reference, context)
    month = first.month if last.month is None else None
    dated = _dated(last, year, month)
    if year is not None and month is None and dated.start and first.start and dated.start < first.start:
        dated = _dated(last, year + 1)  # 11月至3月: March of the next year
    return dated


def _period(period: Period, reference: ReferenceDate | None, context: int | None) -> Period:
    first = _point(period.first, reference, context) if period.first else None
    if period.last is None:
        last = None
    elif first is not None:
        last = _range_end(first, period.last, reference, context)
    else:
        last = _point(period.last, reference, context)
    start: date | None = first.start if first else None
    end: date | None = last.end if last else None
    if period.form == "since" and start is not None and reference is not None:
        end = max(reference.latest, start)
    return period.model_copy(update={"first": first, "last": last, "start": start, "end": end})


def _relative(relative: RelativeTime, reference: ReferenceDate | None) -> RelativeTime:
    if reference is None:
        return relative
    year = reference.year + relative.offset
    return relative.model_copy(update={"start": date(year, 1, 1), "end": date(year, 12, 31)})


def _written_year(claim: TimeClaim) -> int | None:
    """The year a claim fixes for what follows in its sentence."""
    if isinstance(claim, DatePoint) and claim.has_year and claim.start:
        return claim.start.year
    if isinstance(claim, Period):
        point = claim.last or claim.first
        if point is not None and point.has_year and point.start:
            return point.start.year
    return None


def resolve_times(document: Document, claims: list[TimeClaim], reference_at: ReferenceAt) -> list[TimeClaim]:
    """``claims`` (in text order) with their calendar intervals filled in."""
    text = document.text
    resolved: list[TimeClaim] = []
    context: tuple[int, int] | None = None  # (end, year) of the year last written
    for claim in claims:
        year = None
        if context is not None and not SENTENCE_END.search(text, context[0], claim.norm[0]):
            year = context[1]
        reference = reference_at(claim.norm[0])
        if isinstance(claim, DatePoint):
            claim = _point(claim, reference, year)
        elif isinstance(claim, Period):
            claim = _period(claim, reference, year)
        elif isinstance(claim, RelativeTime):
            claim = _relative(claim, reference)
        written = _written_year(claim)
        if written is not None:
            context = (claim.norm[1], written)
        resolved.append(claim)
    return resolved
