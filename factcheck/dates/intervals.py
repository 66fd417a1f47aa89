"""Calendar arithmetic: the interval a written date denotes, and inclusive counting.

Intervals are pairs of :class:`datetime.date`, both ends included. Parts of a year or
month (底, 上半年, 下旬 …) widen or narrow a date to the months or days they cover;
vague parts are given generous bounds (初 is the first quarter, 底 the last) so that a
rule that asks "is this inside that?" errs towards "not sure".
"""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache

__all__ = [
    "DECADE_PARTS",
    "MONTH_PARTS",
    "YEAR_PARTS",
    "Interval",
    "calendar_days",
    "calendar_months",
    "calendar_years",
    "interval_of",
    "is_valid_date",
    "month_end",
]

Interval = tuple[date, date]

#: Parts of a year → (first month, last month).
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "初": (1, 3), "年初": (1, 3), "上半年": (1, 6), "年中": (5, 8), "下半年": (7, 12),
    "前三季度": (1, 9), "一季度": (1, 3), "第一季度": (1, 3), "二季度": (4, 6),
    "第二季度": (4, 6), "三季度": (7, 9), "第三季度": (7, 9), "四季度": (10, 12),
    "第四季度": (10, 12), "底": (10, 12), "年底": (10, 12), "末": (10, 12), "年末": (10, 12),
    "全年": (1, 12),
}
#: Parts of a decade → (first year, last year) within it (九十年代初 → 1990–1993).
DECADE_PARTS: dict[str, tuple[int, int]] = {
    "": (0, 9), "初": (0, 3), "初期": (0, 3), "前期": (0, 3), "中": (3, 6), "中期": (3, 6),
    "末": (6, 9), "末期": (6, 9), "后期": (6, 9),
}
#: Parts of a month → (first day, last day); 31 stands for the month's last day.
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "底": (21, 31),
    "末": (21, 31), "份": (1, 31),
}


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def is_valid_date(year: int | None, month: int | None, day: int | None) -> bool:
    """Whether the written parts can name a real date (a missing year allows 2月29日)."""
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if month is None:
        return 1 <= day <= 31
    leap_year = 2000 if year is None else year
    return 1 <= day <= calendar.monthrange(leap_year, month)[1]


@lru_cache(maxsize=4096)  # pure, and a text names the same days again and again
def interval_of(year: int, month: int | None = None, day: int | None = None, part: str = "") -> Interval | None:
    """The days a date denotes: a year, a month or a day, narrowed by ``part``."""
    if not 1 <= year <= 9999 or not is_valid_date(year, month, day):
        return None
    if month is None:
        first, last = YEAR_PARTS.get(part, (1, 12))
        return date(year, first, 1), month_end(year, last)
    if day is None:
        end = month_end(year, month)
        first_day, last_day = MONTH_PARTS.get(part, (1, 31))
        return date(year, month, first_day), date(year, month, min(last_day, end.day))
    return date(year, month, day), date(year, month, day)


def calendar_years(start: date, end: date) -> int:
    """Calendar years touched by ``[start, end]``, counting both ends (2018–2023 → 6)."""
    return end.year - start.year + 1


def calendar_months(start: date, end: date) -> int:
    """Calendar months touched by ``[start, end]``, counting both ends."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def calendar_days(start: date, end: date) -> int:
    """Days in ``[start, end]``, counting both ends."""
    return (end - start).days + 1
