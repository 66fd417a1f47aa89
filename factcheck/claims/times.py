"""Time claims: dates, periods, durations, counted days and relative years.

Each claim keeps what the text wrote (``year``, ``month``, ``part`` …) and, once read
against the article's reference date, the calendar interval it denotes (``start`` and
``end``, inclusive; ``None`` when the text does not fix them). Parsing lives in
:mod:`factcheck.dates`; the ``times`` extractor returns these claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from .base import ClaimBase

__all__ = ["CountedDay", "DatePoint", "Duration", "Period", "PeriodForm", "Relation", "RelativeTime", "TimeClaim"]

PeriodForm = Literal["range", "since", "from", "until", "before", "recent", "decade"]
Relation = Literal["span", "ago", "later"]


@dataclass(slots=True, kw_only=True)
class DatePoint(ClaimBase):
    """A date as written, whole or partial: ``2022年10月17日``, ``3月23日夜``, ``2018年底``, ``今年初``."""

    kind: Literal["date"] = "date"
    year: int | None = None  # written year: 2023, 一九五八 → 1958
    year_word: str = ""  # a year named relative to another: 今年, 去年, 同年, 次年 …
    month: int | None = None
    day: int | None = None
    part: str = ""  # the part of the year or month named: 底, 初, 上半年, 下旬 …
    time_of_day: str = ""  # 夜, 凌晨, 21时30分许 …
    lunar: bool = False  # 农历八月十五, 正月初一: a lunar date (resolved to the Gregorian days)
    month_word: str = ""  # a month named relative to the reference: 本月, 上月, 次月 …
    week: int | None = None  # 上周三 → -1, 本周五 → 0, 下周一 → 1 (weeks from the reference's)
    weekday: int | None = None  # 1 (Monday) to 7 (Sunday)
    start: date | None = None
    end: date | None = None

    @property
    def has_year(self) -> bool:
        """The year is written (digits or a relative word), not taken from the context."""
        return self.year is not None or bool(self.year_word)


@dataclass(slots=True, kw_only=True)
class Period(ClaimBase):
    """A stretch of time: ``2018年至今``, ``2023年以来``, ``2023年1月至2024年6月21日``, ``近三年来``.

    ``form`` says how it is bounded: ``range`` (first 至 last), ``since`` (first 以来 /
    至今: up to the reference date), ``from`` (自 first 起: open, possibly into the
    future), ``until`` (截至 last), ``before`` (last 前: a deadline) or ``recent``
    (近三年来, 近年来: the last ``length`` units before the reference date) or
    ``decade`` (九十年代, 上世纪80年代初: ``length`` is the decade, 90; the century is
    the written one, else the latest in which that decade has begun by the reference date).
    """

    kind: Literal["period"] = "period"
    form: PeriodForm
    first: DatePoint | None = None
    last: DatePoint | None = None
    length: float | None = None  # recent periods: 近三年来 → 3
    unit: str = ""  # 年, 个月, 天 for recent periods
    start: date | None = None
    end: date | None = None


@dataclass(slots=True, kw_only=True)
class Duration(ClaimBase):
    """A length of time: ``连续6年``, ``历时9个月``, ``近两个多月``, ``二十多年前``, ``一年多后``."""

    kind: Literal["duration"] = "duration"
    low: float
    high: float | None  # None when unbounded (十多年 has a bound, 6年以上 has none)
    unit: str  # 年, 个月, 周, 天, 小时 …
    consecutive: bool = False  # 连续6年, 连续第五天
    relation: Relation = "span"  # 二十多年前 → ago, 一年多后 → later


@dataclass(slots=True, kw_only=True)
class CountedDay(ClaimBase):
    """A day named by its date with a dot: ``“6·26”国际禁毒日``, ``12·4国家宪法日``."""

    kind: Literal["counted-day"] = "counted-day"
    month: int
    day: int
    name: str  # the name written after the date: 国际禁毒日, 宪法日, 禁毒日 …


@dataclass(slots=True, kw_only=True)
class RelativeTime(ClaimBase):
    """A year named relative to the reference date: ``今年``, ``去年同期``, ``上年``."""

    kind: Literal["relative"] = "relative"
    word: str  # 今年, 去年, 上年 …
    offset: int  # years from the reference year: 今年 0, 去年 -1
    same_period: bool = False  # 去年同期: the same part of that year
    start: date | None = None
    end: date | None = None


TimeClaim = DatePoint | Period | Duration | CountedDay | RelativeTime
