"""Spans: half-open code-point ranges into the original decoded text."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

__all__ = ["Span", "Ranges", "merged_ranges"]


class _Pair(NamedTuple):
    start: int
    end: int


class Span(_Pair):
    """``[start, end)`` in code points of the original decoded text (0-based).

    An immutable pair (a tuple: tens of thousands are made per document, and a claim
    whose normalised range is the same pair keeps one object for both, see
    :meth:`~factcheck.document.Document.ranges`). ``len(span)`` is its length in code
    points. Pydantic models holding a ``Span`` validate and serialise it as
    ``{"start": …, "end": …}``.
    """

    __slots__ = ()

    def __new__(cls, start: int, end: int) -> Span:
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
            raise TypeError(f"span positions must be integers, not {start!r} and {end!r}")
        if not 0 <= start <= end:
            raise ValueError(f"invalid span [{start}, {end})")
        return _new_pair(cls, (start, end))

    @staticmethod
    def trusted(start: int, end: int) -> Span:
        """A span of positions already known to be valid (``0 <= start <= end``), built
        without the checks: a document makes one per claim."""
        return _new_pair(Span, (start, end))

    def __repr__(self) -> str:
        return f"Span(start={self[0]}, end={self[1]})"

    def __len__(self) -> int:
        return self[1] - self[0]

    def __getnewargs__(self) -> tuple[int, int]:  # copy and pickle: Span(start, end)
        return (self[0], self[1])

    @classmethod
    def from_json(cls, value: object) -> Span:
        """A span given as ``{"start": …, "end": …}`` (non-negative integers) or as a
        ``Span``; ``ValueError`` for anything else."""
        if isinstance(value, Span):
            return value
        if isinstance(value, dict) and set(value) == {"start", "end"}:
            start, end = value["start"], value["end"]
            if type(start) is int and type(end) is int:
                return cls(start, end)  # ValueError when not 0 <= start <= end
        raise ValueError(f"a span is {{'start': int, 'end': int}}, not {value!r}")

    def to_json(self) -> dict[str, int]:
        return {"start": self[0], "end": self[1]}

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """Validated from ``{"start", "end"}`` (or a ``Span``), serialised back to it."""
        from pydantic_core import core_schema

        position = core_schema.int_schema(ge=0, strict=True)
        fields = core_schema.typed_dict_schema(
            {"start": core_schema.typed_dict_field(position), "end": core_schema.typed_dict_field(position)},
            ref="Span", extra_behavior="forbid",
        )
        from_fields = core_schema.no_info_after_validator_function(lambda pair: cls(pair["start"], pair["end"]), fields)
        return core_schema.json_or_python_schema(
            json_schema=from_fields,
            python_schema=core_schema.no_info_plain_validator_function(cls.from_json),
            serialization=core_schema.plain_serializer_function_ser_schema(cls.to_json),
        )


_new_pair = tuple.__new__


class Ranges:
    """Sorted ranges that do not overlap (as :func:`merged_ranges` gives them), asked by
    bisection whether a range lies inside one of them."""

    __slots__ = ("ranges", "_starts")

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = ranges
        self._starts = [start for start, _ in ranges]

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def holds(self, start: int, end: int) -> bool:
        """``[start, end)`` lies inside one of the ranges (a position ``p`` is ``[p, p + 1)``)."""
        index = bisect_right(self._starts, start) - 1
        return index >= 0 and end <= self.ranges[index][1]


def merged_ranges(ranges: list[tuple[int, int]], *, touching: bool) -> list[tuple[int, int]]:
    """``ranges`` sorted, with overlapping ones joined (and, with ``touching``, also those
    where one ends exactly where the next starts)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and (start <= merged[-1][1] if touching else start < merged[-1][1]):
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
