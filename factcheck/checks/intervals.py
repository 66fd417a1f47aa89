"""What a stated number stands for, as an interval, and whether a computation agrees with it.

A figure written ``4.6万亿元`` stands for anything that rounds to it (4.55–4.65万亿);
``1.2万余人`` for 12,000–13,000; ``五万八千人`` for 57,500–58,500 (a large Chinese numeral
is precise to its last written unit); an Arabic count (80起, 3000人) for itself. A
computed value agrees with a stated one when some value of the computed interval rounds
or truncates to the stated figure at its written precision
(:func:`~factcheck.checks.grim.matches_stated`).
"""

from __future__ import annotations

import math

from ..claims.models import Percentage, Quantity
from ..regexes import lazy
from .formatting import number
from .grim import matches_stated

__all__ = [
    "Interval",
    "agrees",
    "difference",
    "display",
    "quotient",
    "written_interval",
    "written_places",
]

Interval = tuple[float, float]

_CHINESE_DECIMALS = lazy(r"点([零〇一二三四五六七八九]+)")
_TENTHS = lazy(r"[一二三四五六七八九十两]成")  # 两成 = 20%, written to the 10%
#: a Chinese numeral this large is written to its last unit (五万八千, 一千三百八十七亿四千万)
_ROUNDED_CHINESE = 10_000


def written_places(text: str, decimals: int, value: float) -> int:
    """The decimal place of the last written digit of the number in ``text``.

    Arabic numerals: the decimals written (``decimals``). Chinese numerals: the digits after
    点 (五十五点三 → 1); 成 is written to tenths (两成 → -1 in percent); a large whole number
    is precise to its last unit (五万八千 → -3).
    """
    if decimals or any(char.isdigit() for char in text):
        return decimals
    match = _CHINESE_DECIMALS.search(text)
    if match:
        return len(match.group(1))
    if _TENTHS.search(text):
        return -1
    whole, place = int(abs(value)), 0
    if whole < _ROUNDED_CHINESE or whole != abs(value):
        return 0
    while whole % 10 == 0:
        whole //= 10
        place -= 1
    return place


def _step(places: int) -> float:
    return 10.0**-places


def written_interval(claim: Quantity | Percentage) -> Interval:
    """The values ``claim`` stands for: its markers' interval, or rounding to its last digit.

    Quantities are in base units (kg, 元 …); percentages in percent. An exact Arabic count
    of countable things stands for itself.
    """
    if isinstance(claim, Percentage):  # 60% is 59.5–60.5
        low, high = claim.low, math.inf if claim.high is None else claim.high
        if claim.approximate:
            return low, high
        half = _step(written_places(claim.text, claim.decimals, claim.value)) / 2
        return low - half, high + half
    low, high = claim.base_interval()
    if claim.approximate:
        return low, high
    written = claim.value / claim.scale_value
    places = written_places(claim.text, claim.decimals, written)
    if claim.countable and places == 0 and written == int(written):
        return low, high
    half = _step(places) / 2 * claim.scale_value * claim.factor
    return low - half, high + half


def quotient(numerator: Interval, denominator: Interval) -> Interval | None:
    """``numerator / denominator`` for positive intervals; ``None`` when the divisor may be 0."""
    if denominator[0] <= 0 or numerator[0] < 0:
        return None
    return numerator[0] / denominator[1], numerator[1] / denominator[0]


def difference(larger: Interval, smaller: Interval) -> Interval:
    """``larger − smaller``."""
    return larger[0] - smaller[1], larger[1] - smaller[0]


def agrees(computed: Interval, stated: float, decimals: int, stated_range: Interval | None = None) -> bool:
    """Some value in ``computed`` rounds or truncates to ``stated`` (or lies in its range).

    ``stated_range`` is the interval of an approximate statement (一倍以上 → 1–∞).
    """
    low, high = computed
    if stated_range is not None and stated_range[0] != stated_range[1]:
        step = _step(decimals)
        return high >= stated_range[0] - step / 2 and low < stated_range[1] + step
    return matches_stated(min(max(stated, low), high), stated, decimals)


def display(claim: Quantity | Percentage) -> str:
    """A stated value as a plain number in its written scale: 4.6万亿, 8651亿, 45.0."""
    if isinstance(claim, Percentage):
        return number(claim.value)
    if claim.scale:
        return f"{number(claim.value / claim.scale_value)}{claim.scale}"
    for scale, name in ((1e8, "亿"), (1e4, "万")):
        if claim.value >= scale * 10 and (claim.value / scale) * 10_000 == int((claim.value / scale) * 10_000):
            return f"{number(claim.value / scale)}{name}"
    return number(claim.value)
