"""The fields every claim has (kept apart so claim families in other modules can build on it)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ..span import Span

__all__ = ["ClaimBase"]


class ClaimBase(BaseModel):
    """Fields every claim has."""

    model_config = ConfigDict(frozen=True)

    span: Span
    text: str
    norm: tuple[int, int] = Field(default=(0, 0), exclude=True, repr=False)
