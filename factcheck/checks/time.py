"""Rules on time (family ``time``, FC401–FC406): windows, calendar, observances, order, sub-periods."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from datetime import date

import regex

from ..claims.analysis import Analysis
from ..claims.figures import Figure, Scope, measure_lexicon
from ..claims.timeline import reference_at
from ..claims.times import CountedDay, DatePoint, Duration, Period
from ..dates.intervals import calendar_days, calendar_months, calendar_years, is_valid_date
from ..dates.observances import Observance, observance_names, observances
from ..document import Document
from ..dates.reference import PLAN_CUES, ReferenceDate
from ..dates.resolve import SENTENCE_MARKS
from ..engine.messages import Quote, Say
from ..engine.registry import Params, RelatedSpan, Violation, check
from ..numerics.scanner import NumberMention, Role
from ..span import Span
from .formatting import number
from ..regexes import lazy

__all__: list[str] = []

_TOLERANCE = 1e-9


def _points(claims: list[object]) -> Iterator[DatePoint]:
    """Every written date, including the ends of periods."""
    for claim in claims:
        if isinstance(claim, DatePoint):
            yield claim
        elif isinstance(claim, Period):
            yield from (point for point in (claim.first, claim.last) if point is not None)


def _day(value: date) -> str:
    return value.isoformat()


# -- FC401 ------------------------------------------------------------------------

#: Units of a run of time → (English name, counter of calendar units in an interval).
_RUN_UNITS = {
    "年": ("years", calendar_years),
    "个月": ("months", calendar_months),
    "天": ("days", calendar_days),
    "日": ("days", calendar_days),
}


def _window_before(analysis: Analysis, earlier: Scope, run: Duration, starts: list[int]) -> Period | None:
    """The closed window (2023年以来, 2021年至2023年) that governs the run ``run``, given
    ``earlier``, the last time expression before the run, and ``starts``, where each of the
    analysis's mentions starts (in text order).

    The window is the last time expression before the run in its sentence. It governs
    the run only while nothing else is reported for it: once the sentence gives the
    window's figures (查获…337株，打击处理5人), a run after them (连续十五年实现“零产量”)
    states where things stand now, not what happened inside the window.
    """
    if analysis.document.mark_after(SENTENCE_MARKS, earlier.norm[1], run.norm[0]) is not None:
        return None  # not in the run's sentence
    if not isinstance(earlier, Period) or earlier.form not in ("since", "range"):
        return None
    if earlier.start is None or earlier.end is None:
        return None
    mentions = analysis.mentions
    first, last = bisect_left(starts, earlier.norm[1]), bisect_left(starts, run.norm[0])
    if any(_reports_figure(mentions[index]) for index in range(first, last)):
        return None
    return earlier


def _reports_figure(mention: NumberMention) -> bool:
    """A figure (a count, an amount, a rate), as opposed to a length of time or a date."""
    if mention.role in (Role.PERCENT, Role.POINTS, Role.MULTIPLE):
        return True
    return mention.role is Role.QUANTITY and mention.unit is not None and mention.unit.kind != "time"


def _dates_now(reference: ReferenceDate | None, start: date) -> bool:
    """Whether ``reference`` says when "now" is for a window that starts at ``start``.

    A guessed date says so only when it is in a later year than the start: an article
    whose latest date is the start of its own window (2019年以来…) may be from any year.
    """
    return reference is not None and (reference.firm or reference.year > start.year)


def _reference_source(reference: ReferenceDate, form: str = "reference") -> Say:
    """The reference date and where it comes from (given, date line, title, latest date),
    as the article's date (``form`` ``reference``) or as how far "now" reaches (``as-of``)."""
    key = f"{form}-{reference.source.replace(' ', '-')}"
    return Say(key, {"day": str(reference), "year": reference.year})


def _extent(window: Period, unit: str, reference: ReferenceDate | None) -> Say:
    """``2023–2024, up to 2024 (the latest date in the text is 2024-06-21)``: what the window covers."""
    assert window.start is not None and window.end is not None
    shown = {"年": lambda day: str(day.year), "个月": lambda day: day.isoformat()[:7]}.get(unit, _day)
    span = f"{shown(window.start)}–{shown(window.end)}"
    if window.form == "since" and reference is not None:
        return Say("extent-as-of", {"range": span, "as_of": _reference_source(reference, "as-of")})
    return Say("extent", {"range": span})


def _window_advice(window: Period, run: Duration) -> tuple[str | None, dict[str, object]]:
    """The suggestion key and its values: a run of 6 years up to 2024 starts in 2019."""
    if run.unit != "年" or window.end is None or run.low != int(run.low):
        return None, {}
    last, needed = window.end.year, int(run.low)
    first = last - needed + 1
    window_text = f"{first}年以来" if window.form == "since" else f"{first}年至{last}年"
    return "start-year", {"years": needed, "last": last, "first": first, "window_text": Quote(window_text)}


@check("duration-exceeds-window")
def duration_exceeds_window(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """连续6年 inside a window (2023年以来, 2021年至2023年) of fewer calendar years."""
    claims = analysis.get("times")
    starts: list[int] | None = None  # where each mention starts: made at the first run
    earlier: Scope | None = None  # the last time expression (date, period, relative year) so far
    for run in claims:
        if isinstance(run, Scope):
            earlier = run
            continue
        if not isinstance(run, Duration) or not run.consecutive or run.unit not in _RUN_UNITS or earlier is None:
            continue
        if starts is None:
            starts = [mention.start for mention in analysis.mentions]
        window = _window_before(analysis, earlier, run, starts)
        if window is None or window.start is None or window.end is None:
            continue
        reference = reference_at(analysis, window.norm[0])
        if window.form == "since" and not _dates_now(reference, window.start):
            continue
        unit, count = _RUN_UNITS[run.unit]
        capacity = count(window.start, window.end)
        if run.low <= capacity + _TOLERANCE:
            continue
        advice, values = _window_advice(window, run)
        yield Violation(
            span=run.span,
            args={
                "window": Quote(window.text),
                "capacity": capacity,
                "unit": Say(f"unit-{unit}"),
                "extent": _extent(window, run.unit, reference),
                "run": Quote(run.text),
                "needed": number(run.low),
                **values,
            },
            suggestion=advice,
            related=(RelatedSpan(window.span, "window"),),
        )


# -- FC402 ------------------------------------------------------------------------

def _impossibility(point: DatePoint, text: str) -> Say | None:
    """Why ``point`` names no real day, or ``None`` when it may."""
    month, day = point.month, point.day
    if month is None or point.lunar:
        return None
    if not 1 <= month <= 12:
        bare = point.year is None and not point.year_word and day is None
        if bare and text.endswith(("第", "每", "个"), 0, point.norm[0]):
            return None
        return Say("no-month", {"month": month})
    if day is None or is_valid_date(point.year, month, day):
        return None
    if day <= 31 and is_valid_date(None, month, day):  # 2月29日 in a year that is not a leap year
        return Say("not-leap", {"year": point.year})
    most = 29 if month == 2 else max(d for d in (28, 29, 30, 31) if is_valid_date(2000, month, d))
    return Say("february" if month == 2 else "month-days", {"month": month, "most": most})


@check("impossible-date")
def impossible_date(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """2月30日, 9月31日, 13月, 2021年2月29日."""
    text = analysis.document.text
    for point in _points(analysis.get("times")):
        reason = _impossibility(point, text)
        if reason is not None:
            yield Violation(span=point.span, args={"date": Quote(point.text), "reason": reason})


# -- FC403 ------------------------------------------------------------------------

_ORDINAL = lazy(r"(?:是|为|即)?(?:第[\d一二三四五六七八九十百]+(?:个|届))?")


#: After a day's name, words that make the date that of something around the day
#: (12月3日国家宪法日前夕, 12月5日国家宪法日宣传周活动启动).
_AROUND_THE_DAY = lazy(r"宣传周|宣传月|周|月|期间|前夕|前后|之际|来临|到来|临近|系列")


def _named_after(text: str, position: int, names: regex.Pattern[str]) -> regex.Match[str] | None:
    """A known day's name right after ``position`` (12月4日国家宪法日, 12月4日是第十个国家宪法日)."""
    lead = _ORDINAL.match(text, position)
    name = names.match(text, lead.end() if lead else position)
    if name is None or _AROUND_THE_DAY.match(text, name.end()):
        return None
    return name


def _named_before(text: str, position: int, names: regex.Pattern[str]) -> regex.Match[str] | None:
    """国家宪法日（12月4日）: a known name right before the bracket that holds the date."""
    if not text.endswith("（", 0, position):
        return None
    for match in names.finditer(text, max(0, position - 16), position - 1):
        if match.end() == position - 1:
            return match
    return None


def _observance_violation(
    written: str, month: int, day: int, name: str, span: Span, observance: Observance
) -> Violation:
    return Violation(
        span=span,
        args={
            "written": Quote(written),
            "name": name,
            "date": f"{month}月{day}日",
            "known": observance.written,
            "right": Quote(f"{observance.month}·{observance.day}{name}"),
        },
        suggestion="write-right",
    )


@check("wrong-observance-date")
def wrong_observance_date(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """A named day (国家宪法日, 国际禁毒日 …) written with a date other than its own."""
    table = observances()
    known = table.by_name
    names = observance_names()
    document = analysis.document
    text = document.text
    claims = analysis.get("times")
    for claim in claims:
        if isinstance(claim, CountedDay) and claim.name in known:
            observance = known[claim.name]
            if (claim.month, claim.day) != (observance.month, observance.day):
                yield _observance_violation(claim.text, claim.month, claim.day, claim.name, claim.span, observance)
    for point in _points(claims):
        if point.month is None or point.day is None or point.time_of_day or point.lunar:
            continue
        name = _named_after(text, point.norm[1], names) or _named_before(text, point.norm[0], names)
        if name is None:
            continue
        observance = known[name.group()]
        if (point.month, point.day) != (observance.month, observance.day):
            start, end = min(point.norm[0], name.start()), max(point.norm[1], name.end())
            span = document.span(start, end)
            written = document.original_of(span)
            yield _observance_violation(written, point.month, point.day, name.group(), span, observance)


# -- FC404 ------------------------------------------------------------------------

#: Words that put a sentence in the future or make a date a schedule or deadline.
_SCHEDULE = lazy(r"要|需|应当|务必|确保|下一步|今后|未来|报名|截止|预告|有效期|决定|通知")
#: What tells a dated event as done: an aspect marker (已, 曾, 了) before or after the date,
#: or after it a verb whose meaning is a completed result (破获, 发生, 逝世). Without one,
#: a future date is a schedule, a decision or a deadline (决定…于3月5日召开,
#: 12月12日上午举行选举会议), not an error.
_ASPECT = lazy(r"已|曾|(?<![为除罢])了(?![解如])")
_HAPPENED = lazy(
    _ASPECT.pattern + r"|破获|侦破|查获|抓获|缴获|捣毁|发生|造成|逝世|去世|遇难|身亡|宣判|判处|落成|竣工|闭幕"
)
#: Words before a date that make it a deadline, an extent or a purpose (延至, 为…奠定基础).
_FRAME_BEFORE = lazy(r"(?:为|至|到|迄|直至|直到|截至|截止|等到|迎接|筹备)\s*$")
#: Words after a date that make it a deadline or a start (…前完成, 自…起施行).
_FRAME_AFTER = lazy(r"\s{0,8}(?:前|之前|以前|起|开始|后|之后|以后)")
_CLAUSE_MARKS = "，；：、。！？\n"
_NARRATION = 60  # characters after a date searched for what happened then


def _event_dates(claims: list[object]) -> Iterator[DatePoint]:
    """Dates that say when something happened: dates, and the starts of periods up to now."""
    for claim in claims:
        if isinstance(claim, DatePoint):
            yield claim
        elif isinstance(claim, Period) and claim.form == "since" and claim.first is not None:
            yield claim.first


def _told_as_done(document: Document, start: int, end: int) -> bool:
    """Whether the sentence tells the event dated at ``start``–``end`` as having happened."""
    text = document.text
    sentence = document.sentence_at(start)
    head = sentence.start if sentence else max(0, start - _NARRATION)
    tail = min(sentence.end if sentence else end + _NARRATION, end + _NARRATION)
    clause_head = max([head] + [text.rfind(mark, head, start) + 1 for mark in _CLAUSE_MARKS])
    before, after = text[clause_head:start], text[end:tail]
    if _FRAME_BEFORE.search(before) or _FRAME_AFTER.match(after):
        return False
    words = text[head:tail]
    if PLAN_CUES.search(words) or _SCHEDULE.search(words):
        return False
    return _ASPECT.search(before) is not None or _HAPPENED.search(after) is not None


@check("date-in-future")
def date_in_future(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """An event told as done but dated after the article's date (its date line, or --date)."""
    document = analysis.document
    for point in _event_dates(analysis.get("times")):
        if not point.has_year or point.month is None or point.start is None or point.lunar:
            continue  # a year or a part of one (2025年, 下半年) is usually a plan
        reference = reference_at(analysis, point.norm[0])
        if reference is None or not reference.firm or point.start <= reference.latest:
            continue
        if not _told_as_done(document, *point.norm):
            continue
        yield Violation(
            span=point.span,
            args={"date": Quote(point.text), "start": _day(point.start), "reference": _reference_source(reference)},
            related=(RelatedSpan(reference.span, "date-line"),) if reference.span else (),
        )


# -- FC405 ------------------------------------------------------------------------


@check("period-ends-before-start")
def period_ends_before_start(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """2023年至2021年, 5月20日至12日: a range whose end comes before its start."""
    for claim in analysis.get("times"):
        if not isinstance(claim, Period) or claim.form != "range" or claim.first is None or claim.last is None:
            continue
        first, last = claim.first, claim.last
        if last.has_year and first.start and last.end and last.end < first.start:
            start, end = _day(first.start), _day(last.end)
        elif last.month is None and first.day and last.day and last.day < first.day:  # 5月20日至12日
            start, end = f"{first.month}月{first.day}日", f"{first.month}月{last.day}日"
        else:
            continue
        yield Violation(span=claim.span, args={"period": Quote(claim.text), "start": start, "end": end})


# -- FC406 ------------------------------------------------------------------------

#: A sentence that narrates one case: 专案, 该案, 一起…案, “8·06”…案.
_CASE = lazy(r"专案|[该此本]案|一案(?!双查)|(?:一起|一宗)[^，。；]{0,20}?案|[”’][^，。；]{0,12}?案(?!件)")


def _slack(figure: Figure) -> float:
    """Half a unit of the last written digit (rounding), in base units."""
    if figure.quantity.approximate:
        return 0.0
    return 0.5 * 10.0 ** -figure.quantity.decimals * figure.quantity.factor


def _kinds(name: str) -> list[str]:
    """``name`` and every broader kind of it (冰毒 → 冰毒, 毒品): what a total that counts
    a part of ``name`` can count."""
    lexicon = measure_lexicon()
    kinds: list[str] = []
    current: str | None = name
    while current is not None and current not in kinds:
        kinds.append(current)
        current = lexicon.broader(current)
    return kinds


class _Totals:
    """The figures of one object, period and subject that can be a total (their period is
    not a single day, their sentence narrates no case), by their upper bound: a part asks
    for the smallest one it exceeds, and the answer is a look-up, not a pass over them."""

    __slots__ = ("entries", "next_sentence")

    def __init__(self, entries: list[tuple[float, int, Figure]]) -> None:
        entries.sort(key=lambda entry: (entry[0], entry[1]))
        self.entries = entries
        # for each entry, the next one in another sentence: a part skips its own sentence at once
        self.next_sentence = [len(entries)] * len(entries)
        for index in range(len(entries) - 2, -1, -1):
            same = entries[index + 1][2].sentence == entries[index][2].sentence
            self.next_sentence[index] = self.next_sentence[index + 1] if same else index + 1

    def smallest_exceeded(self, part: Figure, low: float, part_slack: float) -> tuple[float, int, Figure] | None:
        """The total with the smallest upper bound (the first written among equal ones) that
        ``part``, at least ``low`` with ``part_slack`` of rounding, exceeds."""
        entries, index = self.entries, 0
        while index < len(entries):
            high, _, total = entries[index]
            if low - part_slack <= high + _TOLERANCE:
                return None  # this total and every larger one hold the part
            if total.sentence == part.sentence:
                index = self.next_sentence[index]
                continue
            if low - part_slack - _slack(total) > high + _TOLERANCE:
                return entries[index]
            index += 1
        return None


def _totals_of(
    group: list[Figure], narrates_case: Callable[[Figure], bool]
) -> dict[str, dict[tuple[date, date, str | None], _Totals]]:
    """The figures of ``group`` that can be totals, by object, then by period and subject."""
    found: dict[str, dict[tuple[date, date, str | None], list[tuple[float, int, Figure]]]] = {}
    for index, total in enumerate(group):
        if total.object is None or total.period_start is None or total.period_end is None:
            continue
        if total.period_start == total.period_end or narrates_case(total):
            continue
        key = (total.period_start, total.period_end, total.subject)
        found.setdefault(total.object, {}).setdefault(key, []).append(
            (total.quantity.base_interval()[1], index, total)
        )
    return {name: {key: _Totals(entries) for key, entries in by_key.items()} for name, by_key in found.items()}


@check("subperiod-exceeds-total")
def subperiod_exceeds_total(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """A figure for a sub-period or one case that is larger than the total for the whole period.

    A total has the part's action, measure and story, counts the part's object or a
    broader kind of it, has no other subject, covers a longer period that contains the
    part's (the same one when the part narrates a case) and stands in a sentence of its
    own; of those the part exceeds, the smallest is named.
    """
    document = analysis.document
    groups: dict[tuple[int, str | None, str], list[Figure]] = {}
    for figure in analysis.get("figures"):
        if figure.period_start is not None and figure.action is not None:
            groups.setdefault((figure.story, figure.action, figure.quantity.dimension), []).append(figure)
    cases: dict[int, bool] = {}

    def narrates_case(figure: Figure) -> bool:
        """The sentence of ``figure`` narrates one case (read once per sentence)."""
        sentence = document.sentence_at(figure.norm[0])
        if sentence is None:
            return False
        if sentence.start not in cases:
            cases[sentence.start] = _CASE.search(sentence.text) is not None
        return cases[sentence.start]

    for group in groups.values():
        if len(group) < 2:
            continue
        totals = _totals_of(group, narrates_case)
        for part in group:
            if part.object is None or part.period_start is None or part.period_end is None:
                continue
            is_case = narrates_case(part)
            low, part_slack = part.quantity.base_interval()[0], _slack(part)
            best: tuple[float, int, Figure] | None = None
            for kind in _kinds(part.object):
                for (start, end, subject), candidates in totals.get(kind, {}).items():
                    if part.subject is not None and subject is not None and subject != part.subject:
                        continue
                    if not (start <= part.period_start and part.period_end <= end):
                        continue
                    if not is_case and (start, end) == (part.period_start, part.period_end):
                        continue
                    found = candidates.smallest_exceeded(part, low, part_slack)
                    if found is not None and (best is None or found[:2] < best[:2]):
                        best = found
            if best is None:
                continue
            total = best[2]
            scope = Say("one-case") if is_case and part.period == total.period else Quote(part.period)
            yield Violation(
                span=part.span,
                args={
                    "part": part.text,
                    "part_scope": scope,
                    "total": total.text,
                    "total_period": Quote(total.period),
                    "measure": f"{total.action}{total.object_text or total.object}",
                },
                related=(RelatedSpan(total.span, "total-for"),),
            )
