"""Formatting numbers for messages: plain, no float noise (29.29892, not 29.298920000000003)."""

from __future__ import annotations

__all__ = ["number", "percent"]


def number(value: float, digits: int = 6) -> str:
    """``value`` with at most ``digits`` decimals and no trailing zeros."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


def percent(value: float, decimals: int = 2) -> str:
    return f"{value:.{decimals}f}%"
