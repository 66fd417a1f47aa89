"""Lunar dates to Gregorian days, with lunar-python (loaded on first use)."""

from __future__ import annotations

from datetime import date

__all__ = ["lunar_interval"]


def lunar_interval(year: int, month: int, day: int | None) -> tuple[date, date] | None:
    """The Gregorian days of lunar ``month``/``day`` of lunar ``year`` (the whole month
    when ``day`` is ``None``), or ``None`` outside the library's range or for a day the
    month does not have."""
    from lunar_python import LunarYear

    if not 1 <= month <= 12:
        return None
    try:
        lunar_month = LunarYear.fromYear(year).getMonth(month)
        if lunar_month is None:
            return None
        days = lunar_month.getDayCount()
        if day is not None and not 1 <= day <= days:
            return None
        first = _solar(year, month, day or 1)
        last = first if day is not None else _solar(year, month, days)
    except Exception:  # the library raises plain exceptions for years out of its tables
        return None
    return first, last


def _solar(year: int, month: int, day: int) -> date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())
