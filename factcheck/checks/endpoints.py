"""A stated change checked against the two values it connects (rules FC502 and FC503).

:func:`evaluate` recomputes the change from the earlier and later values of a
:class:`~factcheck.claims.models.Comparison`, with every figure read as the interval it
stands for, and says whether the stated amount agrees — or how it disagrees: the wrong
direction, a wrong amount, or percentage points given as a percentage (and the reverse).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..resources import lexicon_cache
from ..claims.comparisons import YEARLY_BASES
from ..claims.models import Change, Comparison, Percentage, Quantity
from ..engine.messages import Quote, Say
from ..engine.registry import RelatedSpan
from ..lexicon import lexicons
from .formatting import number
from .intervals import (
    Interval,
    agrees,
    difference,
    display,
    quotient,
    written_interval,
    written_places,
)

__all__ = [
    "Verdict",
    "amount_places",
    "base_value",
    "direction_of",
    "endpoint_notes",
    "evaluate",
    "scale_name",
    "values",
]

Kind = Literal["agrees", "direction", "mismatch", "points-as-percent", "percent-as-points"]


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: Kind
    computation: Say | None = None  # the arithmetic, a phrase of rules/messages.toml


def base_value(claim: Quantity | Percentage) -> float:
    """The stated value in base units (percent for percentages)."""
    return claim.value * claim.factor if isinstance(claim, Quantity) else claim.value


@lexicon_cache
def scale_name(scale: float) -> str:
    """The magnitude word for ``scale`` (1e8 → 亿), or ``""``."""
    names = [name for name, value in lexicons().units.magnitudes.items() if value == scale]
    return min(names, key=len) if names and scale != 1 else ""


def endpoint_notes(comparison: Comparison) -> tuple[RelatedSpan, RelatedSpan]:
    """The two values of a comparison as related spans of a finding."""
    return (
        RelatedSpan(comparison.before.span, "earlier-value", {"value": Quote(comparison.before.text)}),
        RelatedSpan(comparison.after.span, "later-value", {"value": Quote(comparison.after.text)}),
    )


def direction_of(comparison: Comparison) -> str | None:
    """``increase``/``decrease`` when the two values differ beyond their precision."""
    before, after = written_interval(comparison.before), written_interval(comparison.after)
    if after[0] > before[1]:
        return "increase"
    if after[1] < before[0]:
        return "decrease"
    return None


def values(comparison: Comparison) -> tuple[str, str]:
    """The two values as written in arithmetic: bare numbers when they share a unit."""
    before, after = comparison.before, comparison.after
    if isinstance(before, Quantity) and isinstance(after, Quantity):
        if (before.unit, before.scale) != (after.unit, after.scale):
            return before.text, after.text
        return display(before), display(after)
    return before.text, after.text


def amount_places(change: Change) -> int:
    """The decimal place of the last written digit of a change's amount (in its written scale)."""
    length = change.amount_span.end - change.amount_span.start
    return written_places(change.text[-length:], change.decimals, change.amount / change.amount_scale)


def _stated(change: Change) -> tuple[int, Interval]:
    """Decimal place of the amount and the interval its markers allow."""
    high = float("inf") if change.amount_high is None else change.amount_high
    return amount_places(change), (change.amount_low, high)


def _agrees(computed: Interval | None, change: Change) -> bool:
    if computed is None:
        return True  # nothing to compare with: no disagreement can be shown
    decimals, stated_range = _stated(change)
    return agrees(computed, change.amount, decimals, stated_range)


def _relative(ratio: Interval | None, direction: str) -> Interval | None:
    if ratio is None:
        return None
    if direction == "increase":
        return (ratio[0] - 1) * 100, (ratio[1] - 1) * 100
    return (1 - ratio[1]) * 100, (1 - ratio[0]) * 100


class _Arithmetic:
    """The point values of a comparison, written out for messages."""

    def __init__(self, comparison: Comparison, change: Change) -> None:
        self.earlier, self.later = values(comparison)
        before, after = base_value(comparison.before), base_value(comparison.after)
        self.ratio = after / before if before else None
        self.gap = abs(after - before)
        self.decimals = max(1, _stated(change)[0] + 1)
        self.direction = change.direction

    def top(self) -> str:
        """The difference in the stated direction: ``later − earlier`` for an increase."""
        if self.direction == "increase":
            return f"{self.later} − {self.earlier}"
        return f"{self.earlier} − {self.later}"

    def percent(self) -> str:
        assert self.ratio is not None
        return f"({self.top()}) ÷ {self.earlier} = {abs(self.ratio - 1) * 100:.{self.decimals}f}%"

    def points(self) -> Say:
        return Say("points-gap", {"difference": self.top(), "gap": number(self.gap, 4)})


def evaluate(comparison: Comparison, change: Change) -> Verdict | None:
    """How ``change`` agrees with the values of ``comparison``; ``None`` when it cannot be told."""
    if change.basis in YEARLY_BASES:
        return None  # a yearly average: FC505's
    before, after = written_interval(comparison.before), written_interval(comparison.after)
    ratio = quotient(after, before)
    arithmetic = _Arithmetic(comparison, change)
    stated = number(change.amount)
    if arithmetic.ratio is None:
        return None
    if change.measure == "ratio":
        if _agrees(ratio, change):
            return Verdict("agrees")
        formula = f"{arithmetic.later} ÷ {arithmetic.earlier} = {arithmetic.ratio:.2f}"
        return Verdict("mismatch", Say("not-stated", {"formula": formula, "stated": stated}))
    actual = direction_of(comparison)
    if actual is not None and actual != change.direction:
        return Verdict(
            "direction",
            Say(
                "rose" if actual == "increase" else "fell",
                {"before": Quote(comparison.before.text), "after": Quote(comparison.after.text)},
            ),
        )
    percentages = isinstance(comparison.before, Percentage) and isinstance(comparison.after, Percentage)
    points = _gap(before, after, change.direction)
    if change.measure == "multiple":
        return _multiple(change, ratio, arithmetic)
    if change.measure == "percent":
        if _agrees(_relative(ratio, change.direction), change):
            return Verdict("agrees")
        if percentages and _agrees(points, change):
            return Verdict(
                "points-as-percent",
                Say("points-as-percent", {"points": arithmetic.points(), "percent": arithmetic.percent()}),
            )
        return Verdict("mismatch", Say("not-stated", {"formula": arithmetic.percent(), "stated": f"{stated}%"}))
    if change.measure == "points":
        if not percentages:
            return None
        if _agrees(points, change):
            return Verdict("agrees")
        if _agrees(_relative(ratio, change.direction), change):
            return Verdict(
                "percent-as-points",
                Say(
                    "percent-as-points",
                    {"points": arithmetic.points(), "stated": stated, "percent": arithmetic.percent()},
                ),
            )
        return Verdict("mismatch", Say("points-not-stated", {"points": arithmetic.points(), "stated": stated}))
    return _absolute(comparison, change, before, after, arithmetic)


def _gap(before: Interval, after: Interval, direction: str) -> Interval:
    return difference(after, before) if direction == "increase" else difference(before, after)


def _multiple(change: Change, ratio: Interval | None, arithmetic: _Arithmetic) -> Verdict | None:
    if change.direction == "decrease":
        return None  # 降低两倍 is FC102's
    growth = None if ratio is None else (ratio[0] - 1, ratio[1] - 1)
    if _agrees(growth, change):
        return Verdict("agrees")
    assert arithmetic.ratio is not None
    args = {
        "formula": f"{arithmetic.later} ÷ {arithmetic.earlier} = {arithmetic.ratio:.2f}",
        "growth": f"{arithmetic.ratio - 1:.2f}",
        "stated": number(change.amount),
    }
    if _agrees(ratio, change):
        return Verdict(
            "mismatch",
            Say(
                "multiple-as-growth",
                {**args, "times": number(change.amount + 1), "rounded": number(arithmetic.ratio - 1, 2)},
            ),
        )
    return Verdict("mismatch", Say("multiple-not-stated", args))


def _absolute(
    comparison: Comparison, change: Change, before: Interval, after: Interval, arithmetic: _Arithmetic
) -> Verdict | None:
    unit = lexicons().units.by_name.get(change.amount_unit)
    if unit is None or not isinstance(comparison.before, Quantity):
        return None
    if unit.dimension != comparison.before.dimension:
        return None
    divisor = unit.factor * change.amount_scale
    gap = _gap(before, after, change.direction)
    written = change.amount / change.amount_scale
    places, (low, high) = _stated(change)
    computed = (gap[0] / divisor, gap[1] / divisor)
    if agrees(computed, written, places, (low / change.amount_scale, high / change.amount_scale)):
        return Verdict("agrees")
    words = f"{scale_name(change.amount_scale)}{change.amount_unit}"
    formula = f"{arithmetic.top()} = {number(arithmetic.gap / divisor, 4)}{words}"
    return Verdict("mismatch", Say("not-stated", {"formula": formula, "stated": f"{number(written)}{words}"}))
