"""Spans: half-open code-point ranges into the original decoded text."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = ["Span"]


class Span(BaseModel):
    """``[start, end)`` in code points of the original decoded text (0-based)."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")
        return self

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end
