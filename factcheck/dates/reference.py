"""The reference date: the day an article (or one story or letter in it) is read against.

In order of preference:

1. the date given by the caller (``Config.reference_date``, ``--date``, ``check(…, reference_date=)``);
2. a date line: a paragraph that is just a full date, at the head of the article or of
   a story (``2025年1月18日在…会议上``, ``2024年6月26日 星期三``) or signing a letter at
   its foot (``2022年2月26日``; it dates the text back to the heading above it);
3. the year a title opens with (``2025年云南省政府工作报告``);
4. the latest date written with its year in the text, leaving out titles (《…》),
   deadlines and targets (到2035年, 2025年底前), and clauses about plans (将, 计划 …).

Only 1. and 2. are firm. A guessed date (3., 4.) is a lower bound: the article was
written on or after it, most likely in the same year, so its ``latest`` is the end of
that year.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from operator import itemgetter
from typing import TYPE_CHECKING, Literal

from ..claims.matches import MatchIndex
from ..claims.times import DatePoint, Period, RelativeTime
from ..document.structure import BlockKind
from ..records import Record, record
from ..regexes import lazy
from ..span import Span
from .intervals import interval_of
from .parse import scan_calendar

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["PLAN_CUES", "Dating", "ReferenceDate", "dating_of", "reference_date_of"]

#: Words that make a clause about the future (plans, targets, schedules).
PLAN_CUES = lazy(
    r"将|计划|预计|力争|争取|目标|规划|展望|预期|远景|有望|拟|届时|纲要|方案|即将|定于|预定|面向"
)
_CLAUSE_MARKS = "，。；！？：\n"
_DATE_LINE_REST = lazy(r"\s{0,8}(?:(?:星期|周)[一二三四五六日天])?\s{0,8}(?:$|在)")
_DASHES = lazy(r"[—\-－\s]*")
_HEAD_BLOCKS = 6  # a date line heads an article or story within its first blocks
_TITLE_KINDS = frozenset({BlockKind.HEADING, BlockKind.KICKER, BlockKind.SUBTITLE})


@record
class ReferenceDate(Record):
    """A reference date with its precision and where it comes from."""

    value: date  # the first day of what is known (2024 → 2024-01-01)
    precision: Literal["day", "month", "year"]
    source: Literal["given", "date line", "title", "latest date"]
    text: str = ""  # the date as written in the article
    span: Span | None = None

    @classmethod
    def given(cls, value: date) -> "ReferenceDate":
        return cls(value=value, precision="day", source="given")

    @property
    def year(self) -> int:
        return self.value.year

    @property
    def firm(self) -> bool:
        """Stated (by the caller or a date line), not guessed from the latest date in the text."""
        return self.source in ("given", "date line")

    @property
    def latest(self) -> date:
        """The latest day the article can be read at (the end of the year for a guessed date)."""
        if not self.firm or self.precision == "year":
            return date(self.year, 12, 31)
        if self.precision == "month":
            interval = interval_of(self.year, self.value.month)
            assert interval is not None
            return interval[1]
        return self.value

    def __str__(self) -> str:
        shown = {"day": self.value.isoformat(), "month": self.value.isoformat()[:7], "year": str(self.year)}
        return shown[self.precision]

    def describe(self) -> str:
        """``2024-06-21 (the latest date in the text)``: the date and where it comes from."""
        where = {
            "given": "given", "date line": "date line", "title": "the year in the title",
            "latest date": "the latest date in the text",
        }
        return f"{self} ({where[self.source]})"


_Precision = Literal["day", "month", "year"]
_RANKS: dict[str, int] = {"year": 0, "month": 1, "day": 2}


def _first_day(point: DatePoint) -> tuple[date, _Precision] | None:
    """The first day a point written with its year denotes, and how precisely."""
    if point.year is None or point.lunar:
        return None
    interval = interval_of(point.year, point.month, point.day, point.part)
    if interval is None:
        return None
    return interval[0], "day" if point.day else "month" if point.month else "year"


def _recency(point: DatePoint) -> tuple[date, int] | None:
    """How late and how precise a point is: the later first day wins, then the finer date."""
    found = _first_day(point)
    return (found[0], _RANKS[found[1]]) if found is not None else None


def _reference(point: DatePoint, source: Literal["date line", "title", "latest date"]) -> ReferenceDate | None:
    found = _first_day(point)
    if found is None:
        return None
    value, precision = found
    return ReferenceDate(value=value, precision=precision, source=source, text=point.text, span=point.span)


@dataclass(frozen=True, slots=True)
class _Governed:
    """A date line and the normalised range of text it dates."""

    start: int
    end: int
    reference: ReferenceDate


def dating_of(document: "Document") -> "Dating":
    """The :class:`Dating` of ``document``, computed once per document."""
    found = vars(document).get("_dating")
    if found is None:
        found = vars(document)["_dating"] = Dating(document)  # lives and dies with the document
    return found


def reference_date_of(document: "Document") -> "ReferenceDate | None":
    """The date the article is read against: its date line, else its latest explicit date."""
    return dating_of(document).article


class Dating:
    """The time expressions of a document and the reference date of each part of it."""

    def __init__(self, document: "Document") -> None:
        self.document = document

    @cached_property
    def calendar(self) -> list[DatePoint | Period | RelativeTime]:
        """Dates, periods and relative years, unresolved (see :func:`~.parse.scan_calendar`)."""
        return scan_calendar(self.document)

    def release_calendar(self, *, read_references: bool = True) -> None:
        """Drop the unresolved calendar, so that a caller resolving its claims (copying
        them) holds the only reference to each and a dense text never holds every date
        twice. With ``read_references``, the reference dates :meth:`at` needs are read
        from it first; read again, the calendar is scanned again."""
        if read_references:
            _ = self._segments, self.article
        vars(self).pop("calendar", None)

    @cached_property
    def _firsts(self) -> dict[int, DatePoint]:
        """The dates that open a paragraph (after any leading dashes), by normalised start:
        the only places a date line or a title's year can stand."""
        document = self.document
        leads = {_DASHES.match(document.text, block.start).end() for block in document.blocks}
        leads.update(block.start for block in document.blocks[:1])
        return {
            claim.norm[0]: claim
            for claim in self.calendar
            if claim.norm[0] in leads and isinstance(claim, DatePoint)
        }

    @cached_property
    def _date_lines(self) -> list[tuple[int, DatePoint]]:
        """``(block index, date)`` of every paragraph that is a date line."""
        document = self.document
        lines = []
        for block in document.blocks:
            lead = _DASHES.match(document.text, block.start).end()
            point = self._firsts.get(lead)
            if point is None or point.year is None or point.day is None:
                continue
            if _DATE_LINE_REST.match(document.text[point.norm[1] : block.end]):
                lines.append((block.index, point))
        return lines

    @cached_property
    def _governed(self) -> tuple[ReferenceDate | None, list[_Governed]]:
        """The article's own date line, and the ranges dated by the other date lines."""
        blocks = self.document.blocks
        stories = self.document.stories
        article: ReferenceDate | None = None
        ranges: list[_Governed] = []
        first_bodies: dict[int, int] = {}
        headings: dict[int, list[int]] | None = None
        for block in blocks:
            if block.kind is BlockKind.BODY:
                first_bodies.setdefault(block.story, block.index)
        for index, point in self._date_lines:
            reference = _reference(point, "date line")
            if reference is None:
                continue
            block = blocks[index]
            story = stories[block.story]
            before = bisect_left(story.blocks, index)  # the story's blocks above the date line
            first_body = first_bodies.get(story.index)
            if first_body is None or first_body >= index:
                if index < _HEAD_BLOCKS and article is None:
                    article = reference
                elif before < _HEAD_BLOCKS:
                    ranges.append(_Governed(story.start, story.end, reference))
            elif block.kind is BlockKind.SIGNATURE:
                if headings is None:  # each story's headings, found at the first signed date line
                    headings = {
                        other.index: [i for i in other.blocks if blocks[i].kind is BlockKind.HEADING]
                        for other in stories
                    }
                above = bisect_left(headings[story.index], index)  # the story's headings above it
                heading = blocks[headings[story.index][above - 1]] if above else blocks[story.blocks[0]]
                ranges.append(_Governed(heading.start, block.end, reference))
        return article, ranges

    @cached_property
    def title_year(self) -> ReferenceDate | None:
        """The year a title opens with (2025年云南省政府工作报告), when the first paragraph is a title."""
        blocks = self.document.blocks
        if not blocks or blocks[0].kind not in _TITLE_KINDS:
            return None
        point = self._firsts.get(blocks[0].start)
        if point is None or point.year is None or point.month is not None or point.part:
            return None
        return _reference(point, "title")

    @cached_property
    def latest(self) -> ReferenceDate | None:
        """The latest date written with its year, outside titles, deadlines and plans.

        A year written only once, on its own and outside headings (2028年建成…), is
        trusted only when nothing else is: it is more often a target than a past date.
        """
        candidates, sure = self._past_points()
        counts = Counter(point.year for point in candidates)
        trusted = [
            point for index, point in enumerate(candidates)
            if index in sure or point.month is not None or counts[point.year] > 1 or self._in_heading(point)
        ]
        pool = trusted or candidates
        dated = ((key, point) for point in pool if (key := _recency(point)) is not None)
        found = max(dated, key=itemgetter(0), default=None)  # the first of equals
        return _reference(found[1], "latest date") if found is not None else None

    def _in_heading(self, point: DatePoint) -> bool:
        block = self.document.block_at(point.norm[0])
        return block is not None and block.kind is BlockKind.HEADING

    def _past_points(self) -> tuple[list[DatePoint], set[int]]:
        """Dates written with their year that are not plans, and the indexes among them of
        the ends of past periods (sure to be past)."""
        text = self.document.text
        plans: _Plans | None = None  # read only if a date would count
        points: list[DatePoint] = []
        sure: set[int] = set()
        for claim in self.calendar:
            if isinstance(claim, DatePoint):
                found = [claim] if claim.year is not None else []
            elif isinstance(claim, Period) and claim.form in ("range", "since"):
                found = [point for point in (claim.first, claim.last) if point and point.year]
            else:
                continue
            # the clause is read only for a date that would count
            if not found or _in_title(text, claim.norm[0]):
                continue
            plans = plans or _Plans(self.document)
            if not plans.planned(claim.norm):
                if isinstance(claim, Period):
                    sure.update(range(len(points), len(points) + len(found)))
                points.extend(found)
        return points, sure

    @property
    def article(self) -> ReferenceDate | None:
        """The reference date of the article as a whole."""
        own, _ = self._governed
        return own or self.title_year or self.latest

    @property
    def sections(self) -> list[tuple[int, int, ReferenceDate]]:
        """``(start, end, date)``: the normalised ranges dated by a date line of their own."""
        _, ranges = self._governed
        return [(item.start, item.end, item.reference) for item in ranges]

    @cached_property
    def _segments(self) -> tuple[list[int], list[ReferenceDate | None]]:
        """The dated ranges cut into pieces, each with the date of the narrowest range over
        it: ``at`` becomes one bisection (ranges may nest: a signed item inside a story)."""
        _, ranges = self._governed
        bounds = sorted({item.start for item in ranges} | {item.end + 1 for item in ranges})
        by_start = sorted(range(len(ranges)), key=lambda index: ranges[index].start)
        active: list[tuple[int, int, int]] = []  # (length, order, index): the narrowest on top
        dates: list[ReferenceDate | None] = []
        cursor = 0
        for bound in bounds:
            while cursor < len(by_start) and ranges[by_start[cursor]].start <= bound:
                item = ranges[by_start[cursor]]
                heapq.heappush(active, (item.end - item.start, cursor, by_start[cursor]))
                cursor += 1
            while active and ranges[active[0][2]].end < bound:
                heapq.heappop(active)  # ended; ended ranges below the top are never read
            dates.append(ranges[active[0][2]].reference if active else None)
        return bounds, dates

    def at(self, position: int | None = None) -> ReferenceDate | None:
        """The reference date at normalised ``position`` (the article's when ``None``)."""
        if position is not None:
            bounds, dates = self._segments
            index = bisect_right(bounds, position) - 1
            if index >= 0 and dates[index] is not None:
                return dates[index]
        return self.article


def _in_title(text: str, position: int) -> bool:
    """Inside 《…》 (a document's title: 《…实施方案（2021—2025年）》)."""
    opening = text.rfind("《", max(0, position - 60), position)
    return opening >= 0 and text.find("》", opening, position) < 0


#: How far around a time expression its clause is read (characters): bounded, so a text
#: without punctuation costs linear time.
_CLAUSE_REACH = 200


class _Plans:
    """Whether the clause around a time expression speaks of plans or targets.

    The clause marks and the plan cues of the text are found once; each question is then
    a bisection and a look-up, not a read of the clause (up to ``_CLAUSE_REACH``
    characters each side on text without punctuation).
    """

    def __init__(self, document: Document) -> None:
        self._document = document
        self._cues = MatchIndex(PLAN_CUES, document.text)
        # a text without any plan cue plans nothing (the search stops at the first cue)
        self._any = PLAN_CUES.search(document.text) is not None

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``[start, end)``: from the last mark before it, to the first
        mark after it, each at most ``_CLAUSE_REACH`` characters away."""
        document = self._document
        floor = max(0, start - _CLAUSE_REACH)
        ceiling = min(len(document.text), end + _CLAUSE_REACH)
        before = document.mark_before(_CLAUSE_MARKS, start, floor)
        after = document.mark_after(_CLAUSE_MARKS, end, ceiling)
        return floor if before is None else before + 1, ceiling if after is None else after

    def planned(self, norm: tuple[int, int]) -> bool:
        return self._any and self._cues.last(*self.clause(*norm)) is not None
