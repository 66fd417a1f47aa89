"""The GRIM test: can a percentage come from whole counts at its stated precision?

A count N that changed by p% had a whole-number base B; a part N that is p% of a whole
had a whole-number whole W. If no integer B (or W) reproduces p when rounded — or
truncated — to the decimals written, the figures cannot all be right.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["GrimResult", "change_base", "share_whole", "matches_stated"]

#: Beyond this many candidate bases every percentage is reachable: the test says nothing.
MAX_CANDIDATES = 2000


@dataclass(frozen=True, slots=True)
class GrimResult:
    consistent: bool
    base: int | None  # a base that works, when consistent
    nearest: tuple[tuple[int, float], ...]  # (base, percentage) either side, when not


def matches_stated(computed: float, stated: float, decimals: int) -> bool:
    """``computed`` rounds (half up or half even) or truncates to ``stated``."""
    unit = 10.0 ** -decimals
    epsilon = 1e-9 * max(1.0, abs(stated))
    if abs(computed - stated) <= unit / 2 + epsilon:
        return True
    truncated = math.floor(abs(computed) / unit + 1e-9) * unit
    return abs(truncated - abs(stated)) <= epsilon


def _search(
    low: float,
    high: float,
    percentage_of: Callable[[int], float | None],
    stated: float,
    decimals: int,
) -> GrimResult | None:
    first = max(1, math.floor(low) - 1)
    last = math.ceil(high) + 1
    if last - first > MAX_CANDIDATES:
        return None
    tried: list[tuple[int, float]] = []
    for candidate in range(first, last + 1):
        computed = percentage_of(candidate)
        if computed is None:
            continue
        if matches_stated(computed, stated, decimals):
            return GrimResult(True, candidate, ())
        tried.append((candidate, computed))
    higher = min((item for item in tried if item[1] > stated), key=lambda item: item[1], default=None)
    lower = max((item for item in tried if item[1] < stated), key=lambda item: item[1], default=None)
    return GrimResult(False, None, tuple(item for item in (lower, higher) if item is not None))


def change_base(count: int, stated: float, decimals: int, increase: bool) -> GrimResult | None:
    """Test ``count`` after a change of ``stated``% (``None``: too imprecise to tell)."""
    unit = 10.0 ** -decimals
    sign = 1 if increase else -1
    ratios = [1 + sign * (stated + delta) / 100 for delta in (-unit, unit)]
    if min(ratios) <= 0:
        return None
    bases = [count / ratio for ratio in ratios]

    def percentage_of(base: int) -> float | None:
        return (count - base) / base * 100 if increase else (base - count) / base * 100

    return _search(min(bases), max(bases), percentage_of, stated, decimals)


def share_whole(part: int, stated: float, decimals: int) -> GrimResult | None:
    """Test ``part`` being ``stated``% of some whole number ``W >= part``."""
    unit = 10.0 ** -decimals
    high_share, low_share = stated + unit, max(stated - unit, unit / 10)
    if stated <= 0 or stated > 100:
        return None
    wholes = [part * 100 / high_share, part * 100 / low_share]

    def percentage_of(whole: int) -> float | None:
        return part / whole * 100 if whole >= part else None

    return _search(min(wholes), max(wholes), percentage_of, stated, decimals)
