"""The fields every claim has (kept apart so claim families in other modules can build on it).

Claims are plain slotted dataclasses: a long article has tens of thousands of them, and
the pipeline builds them from values it has already checked. They are values: once built,
a claim is never changed (a changed claim is a copy, :meth:`ClaimBase.model_copy`). They
are not frozen because a frozen dataclass sets each field through ``object.__setattr__``,
which made building one two and a half times slower (7.3 against 2.9 µs for a quantity).

Pydantic stays at the edge: it serialises claims (``model_dump``) and validates claims
read back from JSON (``models.validate_claim``), through a type adapter built on first use.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..records import adapter
from ..span import Span

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

__all__ = ["ClaimBase"]


@dataclass(slots=True, kw_only=True)
class ClaimBase:
    """Fields every claim has: ``span`` into the original text, that ``text``, and
    ``norm``, the same range in the normalised text (for rules; never serialised)."""

    #: Fields left out of serialised claims (internal positions and indexes).
    internal: ClassVar[frozenset[str]] = frozenset({"norm"})

    span: Span
    text: str
    norm: tuple[int, int] = field(default=(0, 0), repr=False)

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Self:
        """A copy with ``update`` applied; every key must name a field.

        The copy is filled field by field rather than through ``__init__`` (date resolution
        copies every date): claims check nothing on construction, and a test holds every
        claim class to that (no ``__post_init__``).
        """
        cls = type(self)
        names, copier = _plan(cls)
        copy = copier(self)
        if update:
            for name, value in update.items():
                if name not in names:
                    unknown = sorted(set(update) - names)
                    raise ValueError(f"{cls.__name__} has no field {', '.join(unknown)}")
                setattr(copy, name, value)
        return copy

    def model_dump(self, *, mode: str = "python", exclude: Iterable[str] = ()) -> dict[str, Any]:
        """The claim as a dictionary (``mode="json"``: JSON values), without internal fields."""
        return adapter(type(self)).dump_python(self, mode=mode, exclude=set(exclude) or None)

    def model_dump_json(self) -> str:
        return adapter(type(self)).dump_json(self).decode()

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """Pydantic's schema for the dataclass, with the ``internal`` fields never serialised
        (at any depth: a change's quantity drops its ``norm`` too)."""
        schema = handler(source)
        _exclude(schema, cls.internal)
        return schema


def _exclude(schema: Any, names: frozenset[str]) -> None:
    while schema.get("type") in ("dataclass", "definitions"):
        schema = schema["schema"]
    if schema.get("type") == "dataclass-args":
        for item in schema["fields"]:
            if item["name"] in names:
                item["serialization_exclude"] = True


@cache
def _fields(cls: type[ClaimBase]) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """The names of the fields of ``cls`` in order, and a reader of all their values."""
    names = tuple(item.name for item in dataclasses.fields(cls))
    return names, attrgetter(*names)


@cache
def _copier(cls: type[ClaimBase]) -> Callable[[Any], Any]:
    """A function that copies a ``cls`` field by field, written out once per class the way
    :mod:`dataclasses` writes ``__init__``: a loop over the fields costs five times as much."""
    names = _fields(cls)[0]
    assert all(name.isidentifier() for name in names)
    source = "\n".join(
        ["def copy(claim, new=object.__new__, cls=cls):", "    copied = new(cls)"]
        + [f"    copied.{name} = claim.{name}" for name in names]
        + ["    return copied"]
    )
    namespace: dict[str, Any] = {"cls": cls}
    exec(source, namespace)  # noqa: S102 (field names of our own dataclasses)
    return namespace["copy"]


@cache
def _plan(cls: type[ClaimBase]) -> tuple[frozenset[str], Callable[[Any], Any]]:
    """The names of the fields of ``cls`` and its copier (one look-up per copy)."""
    return frozenset(_fields(cls)[0]), _copier(cls)

