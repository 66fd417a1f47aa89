"""Find time expressions in normalised text and turn them into (unresolved) time claims.

Calendar expressions are read in two steps: :data:`_POINT` finds every written date
(``2022年10月17日``, ``3月23日夜``, ``2018年底``, ``今年初``, ``上半年``); then the words
around each date join it into a period (``至``, ``以来``, ``至今``, ``自…起``, ``截至``,
``…前``). Durations (``连续6年``, ``二十多年前``, ``近三年来``) come from the number
scanner's time quantities, counted days (``“6·26”国际禁毒日``) from a dotted month·day
followed by a name. Nothing here knows the reference date: see :mod:`.resolve`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

from ..claims.times import CountedDay, DatePoint, Duration, Period, PeriodForm, Relation, RelativeTime
from ..document import Document
from ..numerics.numerals import CHINESE_DIGITS, chinese_value
from .intervals import DECADE_PARTS
from ..numerics.scanner import NumberMention, Role
from ..regexes import lazy

__all__ = ["ANAPHORIC_YEARS", "RELATIVE_MONTHS", "RELATIVE_YEARS", "CENTURIES", "scan_calendar", "scan_counted_days", "scan_durations"]

#: Year words relative to the reference year.
RELATIVE_YEARS: dict[str, int] = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "后年": 2}
#: Month words relative to the reference month (本月18日, 上月底).
RELATIVE_MONTHS: dict[str, int] = {
    "本月": 0, "当月": 0, "同月": 0, "上月": -1, "上个月": -1, "次月": 1, "下月": 1, "下个月": 1,
}
#: Year words relative to the year mentioned just before (当年 = that year).
ANAPHORIC_YEARS: dict[str, int] = {"当年": 0, "同年": 0, "次年": 1, "翌年": 1}

_CN = "〇零一二三四五六七八九"
_YEAR_PART = (
    r"上半年|下半年|前三季度|第[一二三四]季度|[一二三四]季度|年初|年底|年末|年中|全年"
    r"|初(?![步期级中心始次衷创见])|底(?![线数子层蕴气色])|末(?![期梢端])"
)
_POINT = lazy(
    rf"""
    (?=\d{{1,4}}[ ]?[年月]|[{_CN}十]{{1,4}}[ ]?[年月]|[两二]千[零一二十三四五六七八九]{{1,4}}年|[今本去上前明当同次翌]年|农历|阴历|[上下]半年|前三季度|第[一二三四]季度)
    (?P<lunar>农历|阴历)?
    (?:
      (?:
        (?P<year>(?<![\d.·\-])(?:1\d|20|21)\d\d(?!\d)|(?<![\d.·\-])0\d(?!\d)|(?<![{_CN}十百千万])[一二][{_CN}]{{3}}
                 |(?<![{_CN}十百千万两])(?:[两二]千零[一二三四五六七八九]|[两二]千零?[一二]十[一二三四五六七八九]?))[ ]?年(?!代|级|轻)
        | (?P<word>今年|本年|去年|上年|(?<!\p{{Han}})前年|(?<=[在于到从自至和与及比较]|^)前年|明年|当年|同年|次年|翌年)
      )
      (?P<ypart>{_YEAR_PART})?
      | (?P<bare>上半年|下半年|前三季度|第[一二三四]季度)
    )?
    (?:
      (?P<month>(?<![\d.·])\d{{1,2}}|(?<![{_CN}十百千万两几第每])(?:十[一二]?|[一二三四五六七八九]))[ ]?月(?![薪亮光球饼])
      (?:
        (?P<day>\d{{1,2}}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])[ ]?[日号](?!报(?!道)|[记志元])
        (?P<tod>凌晨|清晨|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|深夜|夜里|夜(?![校市])|晚(?![会宴报餐])
           |\d{{1,2}}时(?:\d{{1,2}}分)?许?)?
      )?
      (?P<mpart>上旬|中旬|下旬|初|底|末|份)?
    )?
    """,
    regex.VERBOSE,
)
#: A date in digits with one separator throughout: 2023-01-29, 2023/1/29, 2023.1.29.
_NUMERIC_DATE = lazy(
    r"(?<![\dA-Za-z.\-/])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<day>0?[1-9]|[12]\d|3[01])(?![\d.\-/])"
)
_DAY_ONLY = lazy(r"(?P<day>\d{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])[日号]")
#: 2021—2025年, （2021—2023）: two years joined by a dash, the first without 年 (not a
#: standard's number and year: GB/T 1234-2020).
_YEAR_SPAN = lazy(
    r"(?=\d{4}\s*[—–\-~－])(?<![\d.])(?<!(?:GB|GB/T|GB/Z|ISO|IEC|JJG|HJ|YY|DB\d{0,4}|[A-Z]{2,4}/T)\s?)"
    r"((?:1\d|20|21)\d\d)\s*[—–\-~－]\s*((?:1\d|20|21)\d\d)(?:年|(?![\d人名个家件起次户元吨米亩万亿千百多余]))"
)
#: 1—9月, 1至6月份, 一至九月.
_MONTH_SPAN = lazy(
    rf"(?=(?:\d{{1,2}}|[{_CN}十]{{1,2}})\s*[—–\-~－至到])"
    rf"(?<![\d.])(\d{{1,2}}|[{_CN}十]{{1,2}})\s*(?:[—–\-~－至到])\s*(\d{{1,2}}|[{_CN}十]{{1,3}})月份?"
)
_RANGE_JOIN = lazy(r"\s{0,4}(?:至|到|—|–|-|~|－|～)\s{0,4}")
_SINCE = lazy(r"以来|至今|迄今|到现在|至目前|到目前|至现在")
_FROM = lazy(r"起|开始|以后|之后")
_BEFORE = lazy(r"以前|之前|前(?![后夕期沿列景提往进来去行])")


class _Words:
    """Words read right before a date, with the characters they end with: most dates follow
    none of them, and one look-up says so."""

    __slots__ = ("words", "last")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self.last = frozenset(word[-1] for word in words)


_UNTIL_WORDS = _Words(("截至到", "截止到", "截至", "截止", "到", "至"))
_LASTING = lazy(r"(?:延长|延续|持续|推迟|延期|延至|力争|争取|计划|预计|将|要)$")
_OPENERS = _Words(("自从", "自", "从"))
#: The characters (besides white space) that :data:`_RANGE_JOIN`, :data:`_SINCE`,
#: :data:`_FROM` and :data:`_BEFORE` can start with: after most dates none of them stands.
_AFTER_POINT = frozenset("至到—–-~－～以迄起开之前")
_SAME_PERIOD = "同期"
_VAGUE_RECENT = lazy(r"近(?:些)?年来|近年|多年来|长期以来")

#: Lunar dates: 农历八月十五, 正月初一, 腊月二十三 (a lunar month name or day form, or 农历).
_LUNAR_DAY = r"初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?"
_LUNAR = lazy(
    rf"(?P<mark>农历|阴历)?(?P<month>正|冬|腊|十[一二]?|(?<![{_CN}十百千万两几第每])[一二三四五六七八九])月"
    rf"(?P<day>{_LUNAR_DAY})?(?![日号{_CN}十])"
)
_LUNAR_MONTH_NAMES = {"正": 1, "冬": 11, "腊": 12}
#: A day written without its month (记者30日获悉, 本月18日): resolved against the reference.
_DAY_ALONE = lazy(
    r"(?P<mword>本月|当月|同月|上个?月|次月|下个?月)(?P<wday>[12]?\d|3[01]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])[日号]"
    r"|(?<![\d.·\-/第每初零〇一二三四五六七八九十百千万两几数多])(?P<day>[12]?\d|3[01])日(?![报记志元本内前后起子常用益夜趋程均间游])"
)
#: The groups of :data:`_DAY_ALONE`, in order (read at once, as for :data:`_POINT_GROUPS`).
_DAY_ALONE_GROUPS = ("mword", "wday", "day")
_DAY_CUES = _Words(("连续", "历时", "为期", "长达", "共", "近", "用时", "仅用", "不到", "超过", "仅"))
#: 上周三, 本周五, 下个星期一.
_WEEKDAY = lazy(r"(?P<week>上个?|本|这个?|下个?)(?:周|星期|礼拜)(?P<day>[一二三四五六日天])")
_WEEK_OFFSETS = {"上": -1, "本": 0, "这": 0, "下": 1}
_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
#: 九十年代, 上世纪80年代初, 20世纪90年代末.
_DECADE = lazy(
    r"(?P<century>上个?世纪|本世纪|(?:19|20|21|十九|二十一|二十)世纪)?"
    r"(?P<decade>(?<![\d{_CN}])[1-9]0|(?<![{_CN}十])[一二三四五六七八九]十)年代"
    r"(?P<part>初期|初(?![步级中心始次衷创见])|前期|中期|中(?![国心央华])|末期|末|后期)?".replace("{_CN}", _CN)
)
#: Century words → the first year of the century (上世纪 and 本世纪 are resolved later).
CENTURIES: dict[str, int] = {"19世纪": 1800, "十九世纪": 1800, "20世纪": 1900, "二十世纪": 1900,
                             "21世纪": 2000, "二十一世纪": 2000}
#: 今明两年, 明后两年: two years named together.
_TWO_YEARS = lazy(r"(?P<first>今|明)(?P<last>明|后)两年")

_AGO = lazy(r"前(?![夕后期沿列景提])")
_LATER = lazy(r"以后|之后|后(?![备续期勤方台])")
_RECENT = lazy(r"(?:以)?来")
_COUNTED = lazy(r"(?<![\d.·])(?P<month>\d{1,2})·(?P<day>\d{1,2})(?![\d·])(?P<close>[”’\"]?)")
_OPENING_QUOTES = ("“", "‘", "\"")
_DAY_NAME = lazy(r"\p{Han}{1,10}?(?:日|节)")


def _year(text: str | None) -> int | None:
    """A year as written: 2008, 二〇〇八, 两千零八, and 08 (a leading zero: 2008)."""
    if text and len(text) == 2 and text[0] == "0":
        return 2000 + int(text)
    return _number(text)


def _number(text: str | None) -> int | None:
    """``12`` → 12, ``十二`` → 12, ``一九五八`` → 1958."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if len(text) == 4 and all(char in _CN for char in text):  # 一九五八
        return int("".join(str(CHINESE_DIGITS[char]) for char in text))
    value = chinese_value(text)
    return int(value[0]) if value is not None and value[0] == value[1] else None


@dataclass(slots=True)
class _Point:
    """A written date in normalised coordinates, before it becomes a claim."""

    start: int
    end: int
    year: int | None = None
    year_word: str = ""
    month: int | None = None
    day: int | None = None
    part: str = ""
    time_of_day: str = ""
    lunar: bool = False

    @property
    def year_only(self) -> bool:
        return self.month is None and self.day is None and not self.part


def _point(match: regex.Match[str]) -> _Point | None:
    lunar, year, word, ypart, bare, month, day, tod, mpart = match.groups()  # in _POINT_GROUPS order
    year_value = _year(year) if year else None
    month_value = _number(month) if month else None
    word = word or ""
    part = ypart or bare or mpart or ""
    if year_value is None and not word and month_value is None and not part:
        return None
    if word in ANAPHORIC_YEARS and month_value is None and not part:
        return None  # 当年就投产: "that very year", not a date
    if ypart is not None and mpart is not None:
        part = mpart
    start, end = match.span()
    return _Point(
        start, end, year_value, word, month_value, _number(day) if day else None, part,
        tod.strip() if tod else "", lunar is not None,
    )


#: The groups of :data:`_POINT` in the order the pattern opens them (a test holds it to that):
#: ``regex`` reads a group by name about ten times slower than all groups at once.
_POINT_GROUPS = ("lunar", "year", "word", "ypart", "bare", "month", "day", "tod", "mpart")


def _lunar_day(text: str | None) -> int | None:
    if not text:
        return None
    if text[0] == "初":
        return _number(text[1:])
    if text[0] == "廿":
        return 20 + (_number(text[1:]) or 0)
    return _number(text)


def _lunar_points(text: str) -> list[_Point]:
    found = []
    for match in _LUNAR.finditer(text):
        month_text, day_text = match["month"], match["day"]
        lunar_form = bool(match["mark"]) or month_text in _LUNAR_MONTH_NAMES or (
            day_text is not None and day_text[0] in "初廿"
        )
        if not lunar_form or (day_text is None and not match["mark"]):
            continue
        month = _LUNAR_MONTH_NAMES.get(month_text) or _number(month_text)
        found.append(_Point(match.start(), match.end(), month=month, day=_lunar_day(day_text), lunar=True))
    return found


def _points(text: str) -> list[_Point]:
    found = []
    lunar = _lunar_points(text) if "月" in text else []
    for match in _POINT.finditer(text):
        if match.end() > match.start():
            point = _point(match)
            if point is not None:
                found.append(point)
    numeric = [
        _Point(match.start(), match.end(), year=int(match["year"]), month=int(match["month"]), day=int(match["day"]))
        for match in _NUMERIC_DATE.finditer(text)
    ]
    if numeric:  # 2023-01-29, 2023/1/29, 2023.1.29: written without 年月日
        taken = [(point.start, point.end) for point in found]
        found += [p for p in numeric if not any(s < p.end and p.start < e for s, e in taken)]
        found.sort(key=lambda point: point.start)
    if lunar:  # 农历八月十五 is one lunar date, not the Gregorian 八月 and a number
        found = _without_overlaps(found, lunar)
        for point in found:  # 2023年农历八月: the year carries the lunar month
            if point.year_only and (following := next((p for p in lunar if p.start == point.end), None)):
                following.start, following.year, following.year_word = point.start, point.year, point.year_word
        found = _without_overlaps(found, lunar) + lunar
        found.sort(key=lambda point: point.start)
    return found


def _without_overlaps(points: list[_Point], kept: list[_Point]) -> list[_Point]:
    """``points`` that overlap none of ``kept`` (both in text order)."""
    starts = [point.start for point in kept]
    result = []
    for point in points:
        index = bisect_right(starts, point.start) - 1
        if index >= 0 and kept[index].end > point.start:
            continue
        if index + 1 < len(kept) and kept[index + 1].start < point.end:
            continue
        result.append(point)
    return result


def _shorthand_spans(text: str) -> list[tuple[int, int, _Point, _Point]]:
    """``2021—2025年`` and ``1—9月``: ranges whose first end leaves out its unit."""
    spans = []
    for match in _YEAR_SPAN.finditer(text):
        first = _Point(match.start(1), match.end(1), year=int(match.group(1)))
        last = _Point(match.start(2), match.end(), year=int(match.group(2)))
        spans.append((match.start(), match.end(), first, last))
    for match in _MONTH_SPAN.finditer(text):
        first_month, last_month = _number(match.group(1)), _number(match.group(2))
        if first_month is not None and last_month is not None:
            first = _Point(match.start(1), match.end(1), month=first_month)
            last = _Point(match.start(2), match.end(), month=last_month)
            spans.append((match.start(), match.end(), first, last))
    return sorted(spans, key=lambda item: item[0])


class _Builder:
    """Turns points into claims with spans into the original text."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text

    def date(self, point: _Point, **fields: object) -> DatePoint:
        span, norm = self.document.ranges(point.start, point.end)
        return DatePoint(
            span=span, text=self.document.original_of(span), norm=norm,
            year=point.year, year_word=point.year_word, month=point.month, day=point.day,
            part=point.part, time_of_day=point.time_of_day, lunar=point.lunar, **fields,
        )

    def day(self, start: int, end: int, day: int | None, month_word: str) -> DatePoint:
        """A day written without its month and year (30日, 本月18日): :meth:`date` of a
        point that has only a day, with fewer fields to fill (a dense text has many)."""
        span, norm = self.document.ranges(start, end)
        return DatePoint(
            span=span, text=self.document.original_of(span), norm=norm, day=day, month_word=month_word
        )

    def period(self, start: int, end: int, form: PeriodForm, first: _Point | None, last: _Point | None) -> Period:
        span, norm = self.document.ranges(start, end)
        return Period(
            span=span, text=self.document.original_of(span), norm=norm, form=form,
            first=self.date(first) if first else None, last=self.date(last) if last else None,
        )

    def relative(self, point: _Point) -> RelativeTime:
        end = point.end
        same = self.text.startswith(_SAME_PERIOD, end)
        if same:
            end += len(_SAME_PERIOD)
        span, norm = self.document.ranges(point.start, end)
        return RelativeTime(
            span=span, text=self.document.original_of(span), norm=norm,
            word=point.year_word, offset=RELATIVE_YEARS[point.year_word], same_period=same,
        )


def _prefix(text: str, start: int, words: _Words) -> str:
    """The first of ``words`` written right before ``start``, or ``""``."""
    if text[start - 1 : start] not in words.last:
        return ""  # most dates: no word of the list ends just before
    return next((word for word in words.words if text.endswith(word, 0, start)), "")


def scan_calendar(document: Document) -> list[DatePoint | Period | RelativeTime]:
    """Dates, periods and relative years in ``document``, in text order."""
    text = document.text
    build = _Builder(document)
    claims: list[DatePoint | Period | RelativeTime] = []
    points = _points(text)
    shorthands = _shorthand_spans(text)
    taken_until = -1
    # the first such point wins; wanted only where a shorthand range is written
    years_ending_at = {p.end: p for p in reversed(points) if p.year_only} if shorthands else {}
    for start, end, first, last in shorthands:
        if start < taken_until:
            continue
        year_before = years_ending_at.get(start)
        if year_before is not None and first.year is None:  # 2024年1—6月
            first.year = last.year = year_before.year
            first.year_word = last.year_word = year_before.year_word
            first.start = start = year_before.start
        claims.append(build.period(start, end, "range", first, last))
        taken_until = end
    taken_starts = [claim.norm[0] for claim in claims]  # in text order, not overlapping
    taken_ends = [claim.norm[1] for claim in claims]

    def _taken(position: int) -> bool:
        index = bisect_right(taken_starts, position) - 1
        return index >= 0 and position < taken_ends[index]

    # reversed, so that each point is popped (and freed) as it becomes a claim
    pending = [p for p in reversed(points) if not _taken(p.start)]
    del points
    while pending:
        point = pending.pop()
        following = pending[-1] if pending else None
        opener = _prefix(text, point.start, _OPENERS)
        start = point.start - len(opener)
        after = text[point.end : point.end + 1]
        reads_on = after in _AFTER_POINT or after.isspace()  # a join, 以来, 起, 以前 …
        join = _RANGE_JOIN.match(text, point.end) if reads_on else None
        if join is not None and following is not None and following.start == join.end():
            claims.append(build.period(start, following.end, "range", point, following))
            pending.pop()
        elif join is not None and point.day is not None and (day := _DAY_ONLY.match(text, join.end())):
            last = _Point(day.start(), day.end(), day=_number(day.group("day")))
            claims.append(build.period(start, last.end, "range", point, last))
        elif reads_on and (since := _SINCE.match(text, point.end)) is not None:
            claims.append(build.period(start, since.end(), "since", point, None))
        elif (
            reads_on
            and (begin := _FROM.match(text, point.end)) is not None
            and (opener or begin.group() in ("起", "开始"))
        ):
            claims.append(build.period(start, begin.end(), "from", point, None))
        elif reads_on and (before := _BEFORE.match(text, point.end)) is not None:
            claims.append(build.period(point.start, before.end(), "before", None, point))
        elif until := _until(text, point):
            claims.append(build.period(point.start - len(until), point.end, "until", None, point))
        elif point.year_word in RELATIVE_YEARS and point.month is None and not point.part:
            claims.append(build.relative(point))
        else:
            claims.append(build.date(point))
    claims.extend(_loose_dates(document, build, claims))
    for match in _VAGUE_RECENT.finditer(text):
        span, norm = document.ranges(*match.span())
        claims.append(Period(span=span, text=document.original_of(span), norm=norm, form="recent"))
    claims.sort(key=lambda claim: claim.norm)
    return claims


def _loose_dates(
    document: Document, build: _Builder, claims: list[DatePoint | Period | RelativeTime]
) -> list[DatePoint | Period]:
    """Dates written without a year and month (30日, 本月18日, 上周三), decades (九十年代)
    and pairs of years (今明两年), where no other time claim stands."""
    text = document.text
    taken = sorted(claim.norm for claim in claims)
    starts = [start for start, _ in taken]

    def free(start: int, end: int) -> bool:
        """No other time claim overlaps ``[start, end)`` (30日 in 3月30日 is taken)."""
        index = bisect_right(starts, start) - 1
        return not (
            (index >= 0 and taken[index][1] > start) or (index + 1 < len(taken) and taken[index + 1][0] < end)
        )

    found: list[DatePoint | Period] = []
    last_end = -1
    for match in _DAY_ALONE.finditer(text):
        start, end = match.span()
        if not free(start, end):
            continue
        word, written_day, day = match.groups()  # in _DAY_ALONE_GROUPS order
        if day is not None and _prefix(text, start, _DAY_CUES):
            continue  # 连续30日, 历时15日: a duration
        if start == last_end:  # 1日2日: one position object for the end and the next start
            start = last_end
        found.append(build.day(start, end, _number(written_day or day), word or ""))
        last_end = end
    for match in _WEEKDAY.finditer(text):
        if not free(*match.span()):
            continue
        point = _Point(match.start(), match.end())
        found.append(build.date(point, week=_WEEK_OFFSETS[match["week"][0]], weekday=_WEEKDAYS[match["day"]]))
    for match in _DECADE.finditer(text):
        decade = _number(match["decade"])
        if decade is None or not free(*match.span()):
            continue
        span, norm = document.ranges(*match.span())
        century = match["century"] or ""
        first = last = None
        if century in CENTURIES:
            low, high = DECADE_PARTS[match["part"] or ""]
            year = CENTURIES[century] + decade
            first, last = build.date(_Point(*match.span(), year=year + low)), build.date(_Point(*match.span(), year=year + high))
        found.append(Period(
            span=span, text=document.original_of(span), norm=norm, form="decade",
            first=first, last=last, length=float(decade), unit=f"{century}|{match['part'] or ''}",
        ))
    for match in _TWO_YEARS.finditer(text):
        if not free(*match.span()):
            continue
        first_word = match["first"] + "年"
        last_word = {"明": "明年", "后": "后年"}[match["last"]]
        found.append(build.period(
            match.start(), match.end(), "range",
            _Point(match.start(), match.end(), year_word=first_word), _Point(match.start(), match.end(), year_word=last_word),
        ))
    found.sort(key=lambda claim: claim.norm)
    return found


def _until(text: str, point: _Point) -> str:
    """截至2023年底, 到2035年: the word that makes ``point`` the end of a period, if any.

    到 and 至 mark an end only at the head of a clause (到2035年，…) or after a verb of
    lasting (延长至): after another date they join a range (handled before), after other
    verbs they just point at a date (追溯到2011年10月).
    """
    word = _prefix(text, point.start, _UNTIL_WORDS)
    if word not in ("到", "至"):
        return word
    head = point.start - len(word)
    if head == 0 or text[head - 1] in "，。；：！？\n“" or _LASTING.search(text, max(0, head - 4), head):
        return word
    return ""


def scan_durations(document: Document, mentions: list[NumberMention]) -> list[Duration | Period]:
    """Lengths of time (``连续6年``, ``二十多年前``) and recent periods (``近三年来``)."""
    text = document.text
    found: list[Duration | Period] = []
    for mention in mentions:
        unit = mention.unit
        if unit is None or unit.kind != "time" or mention.role not in (Role.QUANTITY, Role.ORDINAL):
            continue
        start, end = mention.start, max(mention.unit_end, mention.end)
        before = text[max(0, start - 3) : start]
        if mention.role is Role.ORDINAL:
            if not before.endswith("连续第"):
                continue
            start -= 3
        elif before.endswith("连续"):
            start -= 2
        elif before.endswith(("今明", "明后")):
            continue  # 今明两年: two named years (a period), not a length of time
        consecutive = text.startswith("连续", start)
        if (recent := _RECENT.match(text, end)) is not None and not consecutive:
            near = text.endswith("近", 0, start)
            first = start - 1 if near else start
            span, norm = document.ranges(first, recent.end())
            found.append(Period(
                span=span, text=document.original_of(span), norm=norm, form="recent",
                length=mention.value if not mention.is_range and (mention.exact or near) else None, unit=mention.unit_text,
            ))
            continue
        relation: Relation = "span"
        if (ago := _AGO.match(text, end)) is not None:
            relation, end = "ago", ago.end()
        elif (later := _LATER.match(text, end)) is not None:
            relation, end = "later", later.end()
        span, norm = document.ranges(start, end)
        found.append(Duration(
            span=span, text=document.original_of(span), norm=norm,
            low=mention.low, high=None if mention.high == float("inf") else mention.high,
            unit=mention.unit_text, consecutive=consecutive, relation=relation,
        ))
    return found


def scan_counted_days(document: Document, names: regex.Pattern[str]) -> list[CountedDay]:
    """Days named by a dotted date and a name: ``“6·26”国际禁毒日``, ``12·5宪法日``.

    ``names`` matches the names of known days (the longest wins); otherwise any short
    name ending in 日 or 节 is taken. A dotted date without such a name (case names such
    as ``“7·28”专案``) is not a day.
    """
    text = document.text
    found = []
    for match in _COUNTED.finditer(text):
        name = names.match(text, match.end()) or _DAY_NAME.match(text, match.end())
        if name is None:
            continue
        start = match.start()
        if match.group("close") and text[start - 1 : start] in _OPENING_QUOTES:
            start -= 1  # “6·26”国际禁毒日: keep the quotes balanced
        span, norm = document.ranges(start, name.end())
        found.append(CountedDay(
            span=span, text=document.original_of(span), norm=norm,
            month=int(match.group("month")), day=int(match.group("day")), name=name.group(),
        ))
    return found
