"""Averages recomputed from what they divide (rule FC505).

A per-unit figure (平均每站4名) against its total and count, and a yearly average
(平均每年增加2053亿元, 年均增长25.5%) against two values whose years are named. Yearly
growth may be compound or simple; either reading that agrees is accepted.
"""

from __future__ import annotations

from ..claims.models import Average, Change, Comparison, Quantity
from ..engine.messages import Quote, Say
from ..engine.registry import RelatedSpan, Violation
from .endpoints import amount_places, base_value, endpoint_notes, scale_name, values
from .formatting import number
from .intervals import agrees, quotient, written_interval, written_places

__all__ = ["per_unit_violation", "yearly_violation"]


def per_unit_violation(average: Average) -> Violation | None:
    """A violation when ``average`` is not its numerator divided by its denominator."""
    value = average.value
    ratio = quotient(written_interval(average.numerator), written_interval(average.denominator))
    if ratio is None:
        return None
    divisor = value.factor
    computed = (ratio[0] / divisor, ratio[1] / divisor)
    written = value.value / value.scale_value
    places = written_places(value.text, value.decimals, written)
    high = float("inf") if value.high is None else value.high
    low, high = value.low / value.scale_value, high / value.scale_value
    if agrees((computed[0] / value.scale_value, computed[1] / value.scale_value), written, places, (low, high)):
        return None
    point = base_value(average.numerator) / base_value(average.denominator) / divisor
    return Violation(
        span=value.span,
        args={
            "average": Quote(value.text),
            "computation": Say(
                "per-unit",
                {
                    "formula": f"{average.numerator.text} ÷ {average.denominator.text}",
                    "result": f"{number(point, max(2, places + 1))}{value.unit}",
                    "per": average.per,
                    "stated": value.text,
                },
            ),
        },
        related=(
            RelatedSpan(average.numerator.span, "the-total", {"value": Quote(average.numerator.text)}),
            RelatedSpan(average.denominator.span, "the-count", {"value": Quote(average.denominator.text)}),
        ),
    )


def yearly_violation(comparison: Comparison, change: Change, years: int) -> Violation | None:
    """A violation when a yearly average ``change`` does not join the two values over ``years``."""
    before, after = written_interval(comparison.before), written_interval(comparison.after)
    earlier, later = values(comparison)
    decimals = amount_places(change)
    start, end = base_value(comparison.before), base_value(comparison.after)
    if change.measure == "percent":
        ratio = quotient(after, before)
        if ratio is None or start <= 0:
            return None
        compound = ((ratio[0] ** (1 / years) - 1) * 100, (ratio[1] ** (1 / years) - 1) * 100)
        simple = ((ratio[0] - 1) * 100 / years, (ratio[1] - 1) * 100 / years)
        if agrees(compound, change.amount, decimals) or agrees(simple, change.amount, decimals):
            return None
        point = ((end / start) ** (1 / years) - 1) * 100
        result = f"({later} ÷ {earlier})^(1/{years}) − 1 = {point:.{max(1, decimals + 1)}f}%"
    elif change.measure == "absolute" and isinstance(comparison.before, Quantity):
        divisor = comparison.before.factor * change.amount_scale
        per_year = ((after[0] - before[1]) / years / divisor, (after[1] - before[0]) / years / divisor)
        if change.direction == "decrease":
            per_year = (-per_year[1], -per_year[0])
        written = change.amount / change.amount_scale
        if agrees(per_year, written, decimals):
            return None
        words = f"{scale_name(change.amount_scale)}{change.amount_unit}"
        top = f"{later} − {earlier}" if change.direction == "increase" else f"{earlier} − {later}"
        result = f"({top}) ÷ {years} = {number(abs(end - start) / years / divisor, 2)}{words}"
    else:
        return None
    return Violation(
        span=change.span,
        args={"average": Quote(change.text), "computation": Say("yearly", {"result": result, "years": years})},
        related=endpoint_notes(comparison),
    )
