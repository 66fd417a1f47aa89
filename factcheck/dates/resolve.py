"""Read time claims against the reference date: the calendar interval each one denotes.

A date's year is the one written; else the one its word names (今年 → the reference
year, 去年 → the year before, 同年/次年 → the year last written in the sentence); else
the year last written in the sentence (2022年7月27日…7月30日); else the reference year.
The end of a range takes what it leaves out from its start (5月20日至25日); an end
month before the start month without its own year falls in the next year (11月至3月).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from ..claims.times import DatePoint, Period, RelativeTime, TimeClaim
from ..document import Document
from .intervals import DECADE_PARTS, interval_of
from .lunar import lunar_interval
from .parse import ANAPHORIC_YEARS, RELATIVE_MONTHS, RELATIVE_YEARS
from .reference import ReferenceDate

__all__ = ["SENTENCE_MARKS", "resolve_times"]

#: The end of a sentence: a year or month written before it does not carry over.
SENTENCE_MARKS = "。！？!?\n"

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


def _point(
    point: DatePoint, reference: ReferenceDate | None, context: int | None, month: tuple[int, int] | None = None
) -> DatePoint:
    if point.week is not None:
        return _weekday(point, reference)
    if point.lunar:
        return _lunar(point, _year(point, reference, context))
    if point.month is None and point.day is not None and not point.has_year:
        return _day_alone(point, reference, month)
    return _dated(point, _year(point, reference, context))


def _day_alone(point: DatePoint, reference: ReferenceDate | None, month: tuple[int, int] | None) -> DatePoint:
    """30日: in the month written last in the sentence; else the reference month (本月,
    上月 … move it), and a day after the reference day is last month's (the news
    convention: a story dated the 2nd tells of the 30th of the month before)."""
    if point.month_word and reference is not None:
        year, number = reference.year, reference.value.month + RELATIVE_MONTHS[point.month_word]
    elif month is not None:
        year, number = month
    elif reference is not None and reference.precision == "day":
        year, number = reference.year, reference.value.month
        if point.day is not None and point.day > reference.value.day:
            number -= 1
    else:
        return point
    year, number = year + (number - 1) // 12, (number - 1) % 12 + 1
    return _dated(point, year, number)


def _weekday(point: DatePoint, reference: ReferenceDate | None) -> DatePoint:
    """上周三: the Wednesday of the week before the reference date's (weeks start on Monday)."""
    if reference is None or reference.precision != "day" or point.weekday is None:
        return point
    monday = reference.value - timedelta(days=reference.value.weekday())
    day = monday + timedelta(weeks=point.week or 0, days=point.weekday - 1)
    return point.model_copy(update={"start": day, "end": day})


def _lunar(point: DatePoint, year: int | None) -> DatePoint:
    if year is None or point.month is None:
        return point
    interval = lunar_interval(year, point.month, point.day)
    if interval is None:
        return point
    return point.model_copy(update={"start": interval[0], "end": interval[1]})


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


def _decade(period: Period, reference: ReferenceDate | None, context: int | None) -> Period:
    """九十年代初: the years of the decade (or its part) in the century written, else the
    latest century in which the decade has begun by the reference year."""
    if period.first is not None and period.last is not None:
        return _period(period.model_copy(update={"form": "range"}), reference, context).model_copy(
            update={"form": "decade"}
        )
    if reference is None or period.length is None:
        return period
    century_word, _, part = period.unit.partition("|")
    now = reference.year - reference.year % 100
    if century_word.startswith("上"):
        base = now - 100
    elif century_word.startswith("本"):
        base = now
    else:
        base = now if now + period.length <= reference.year else now - 100
    low, high = DECADE_PARTS[part]
    first = base + int(period.length)
    return period.model_copy(update={"start": date(first + low, 1, 1), "end": date(first + high, 12, 31)})


def _recent(period: Period, reference: ReferenceDate | None) -> Period:
    """近三年来: the last ``length`` years (months, days) up to the reference date."""
    if reference is None or period.length is None or period.length != int(period.length):
        return period
    end = reference.latest
    length = int(period.length)
    if not 0 < length < 1000:
        return period  # 近五千年来: before the calendar this module reads
    if period.unit == "年":
        start = date(end.year - length, end.month, min(end.day, 28))
    elif period.unit in ("个月", "月"):
        months = end.year * 12 + end.month - 1 - length
        start = date(months // 12, months % 12 + 1, min(end.day, 28))
    elif period.unit in ("天", "日", "周"):
        start = end - timedelta(days=length * (7 if period.unit == "周" else 1))
    else:
        return period
    return period.model_copy(update={"start": start, "end": end})


def _period(period: Period, reference: ReferenceDate | None, context: int | None) -> Period:
    if period.form == "decade":
        return _decade(period, reference, context)
    if period.form == "recent":
        return _recent(period, reference)
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
    if isinstance(claim, DatePoint):  # most claims; an unresolved one (30日) fixes none
        return claim.start.year if claim.start and claim.has_year else None
    if isinstance(claim, Period):
        point = claim.last or claim.first
        if point is not None and point.start and point.has_year:
            return point.start.year
    return None


def resolve_times(document: Document, claims: list[TimeClaim], reference_at: ReferenceAt) -> list[TimeClaim]:
    """``claims`` (in text order) with their calendar intervals filled in.

    Each claim is replaced in the list by its resolved copy as it is reached, so the
    unresolved one can be freed at once; the list itself is returned.
    """
    if not claims:
        return claims

    def same_sentence(start: int, end: int) -> bool:
        """No sentence ends in ``text[start:end]``."""
        return document.mark_after(SENTENCE_MARKS, start, end) is None

    context: tuple[int, int] | None = None  # (end, year) of the year last written
    month_context: tuple[int, int, int] | None = None  # (end, year, month) of the month last written
    for index, claim in enumerate(claims):
        year = None
        if context is not None and same_sentence(context[0], claim.norm[0]):
            year = context[1]
        month = None
        if month_context is not None and same_sentence(month_context[0], claim.norm[0]):
            month = month_context[1:]
        reference = reference_at(claim.norm[0])
        if isinstance(claim, DatePoint):
            claim = _point(claim, reference, year, month)
            if claim.month is not None and claim.start is not None and not claim.lunar:
                month_context = (claim.norm[1], claim.start.year, claim.start.month)
        elif isinstance(claim, Period):
            claim = _period(claim, reference, year)
        elif isinstance(claim, RelativeTime):
            claim = _relative(claim, reference)
        written = _written_year(claim)
        if written is not None:
            context = (claim.norm[1], written)
        claims[index] = claim
    return claims
