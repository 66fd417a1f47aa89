"""Spans: half-open code-point ranges into the original decoded text."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Span", "merged_ranges"]


@dataclass(frozen=True, slots=True)
class Span:
    """``[start, end)`` in code points of the original decoded text (0-based).

    A plain frozen dataclass rather than a pydantic model: tens of thousands are made per
    document. Pydantic models holding a ``Span`` validate and serialise it as
    ``{"start": …, "end": …}``.
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    @staticmethod
    def trusted(start: int, end: int) -> Span:
        """A span of positions already known to be valid (``0 <= start <= end``), built
        without the check: a document makes one per claim. The fields are set through
        their slots (the frozen class refuses ``setattr``), at half the cost of
        ``object.__setattr__``."""
        span = _new(Span)
        _set_start(span, start)
        _set_end(span, end)
        return span

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


_new = object.__new__
_set_start = Span.start.__set__  # type: ignore[attr-defined]
_set_end = Span.end.__set__  # type: ignore[attr-defined]


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
