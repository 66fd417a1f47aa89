"""The fields every claim has (kept apart so claim families in other modules can build on it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field

from ..span import Span

__all__ = ["ClaimBase"]

#: One set of field names per claim class, shared by all its instances (see ``model_post_init``).
_FIELD_NAMES: dict[type, set[str]] = {}


class ClaimBase(BaseModel):
    """Fields every claim has.

    Claims are frozen and built with every field, so each instance shares its class's one
    set of field names as pydantic's "fields set" instead of carrying a copy: a long
    article has tens of thousands of claims, and that set was half of each one's memory.
    """

    model_config = ConfigDict(frozen=True)

    span: Span
    text: str
    norm: tuple[int, int] = Field(default=(0, 0), exclude=True, repr=False)

    def model_post_init(self, context: Any, /) -> None:
        object.__setattr__(self, "__pydantic_fields_set__", _field_names(type(self)))

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with ``update`` applied; every key must be a field (the shared set of field
        names must never grow)."""
        if update and not _field_names(type(self)).issuperset(update):
            unknown = sorted(set(update) - _field_names(type(self)))
            raise ValueError(f"{type(self).__name__} has no field {', '.join(unknown)}")
        return super().model_copy(update=update, deep=deep)

    def __copy__(self) -> Self:
        """A shallow copy (``model_copy``) that shares the field names too."""
        copied = super().__copy__()
        object.__setattr__(copied, "__pydantic_fields_set__", _field_names(type(self)))
        return copied


def _field_names(cls: type[ClaimBase]) -> set[str]:
    """Every field of ``cls``: never changed, since updates only name fields already in it."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = set(cls.model_fields)
    return names
