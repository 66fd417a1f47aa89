"""Records: plain frozen dataclasses for the data the pipeline passes around, pydantic at the edge.

Findings, reports, settings and the tables read from rule and lexicon files are
:class:`Record` dataclasses. Inside a run they are built from values already checked,
pickled into the start-up snapshot and written out by a walk over their fields
(:meth:`Record.model_dump`), so a check imports no validation library at all.

Pydantic validates only the data files that come with factcheck or extend it: a rule, lexicon or message file read
from source (:meth:`Record.model_validate`), through a type adapter built per class on first
use. Unknown keys are refused. A record checks its own invariants in ``__post_init__``
(raising :class:`FieldError` names the field). Settings and rule parameters, read on
every run, check the type of each value there too and are read by :meth:`Record.from_table`
without pydantic. Problems are reported as one :class:`InvalidRecord`, never as a
pydantic exception.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, Self, TypeVar, dataclass_transform

from .span import Span

if TYPE_CHECKING:
    from pydantic import TypeAdapter

__all__ = ["Record", "CheckedRecord", "record", "FieldError", "InvalidRecord", "Problem", "adapter", "dump"]

R = TypeVar("R", bound=type)


@dataclass_transform(kw_only_default=True, frozen_default=True)
def record(cls: R | None = None, *, slots: bool = True, frozen: bool = True) -> Any:
    """``cls`` as a keyword-only dataclass (frozen and slotted unless told otherwise)."""

    def wrap(target: R) -> R:
        return dataclasses.dataclass(target, frozen=frozen, slots=slots, kw_only=True)  # type: ignore[no-any-return]

    return wrap if cls is None else wrap(cls)


class FieldError(ValueError):
    """An invariant of one field broken (raised by a record's ``__post_init__``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class Problem(NamedTuple):
    """One reason data does not fit a record: where (keys and indexes) and what."""

    location: tuple[str | int, ...]
    message: str
    unknown_key: bool = False

    def __str__(self) -> str:
        where = ".".join(str(part) for part in self.location)
        return f"{where}: {self.message}" if where else self.message


class InvalidRecord(ValueError):
    """Data that does not fit a record; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(problem) for problem in problems))
        self.problems = problems


class Record:
    """Base of the records: reading, copying and writing them the same way everywhere."""

    __slots__ = ()
    #: How pydantic validates input: unknown keys are refused.
    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}
    #: Field name → key in the data (``per_file_ignores`` → ``per-file-ignores``), if different.
    aliases: ClassVar[Callable[[str], str] | None] = None

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """A record from untrusted data (a parsed file); :class:`InvalidRecord` if it does not fit."""
        from pydantic import ValidationError

        try:
            return adapter(cls).validate_python(data)  # type: ignore[no-any-return]
        except ValidationError as error:
            raise InvalidRecord([_problem(item) for item in error.errors()]) from None
        except FieldError as error:  # raised by __post_init__ outside validation
            raise InvalidRecord([Problem((error.field,), str(error))]) from None

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> Self:
        """A record from a table of options, for records that check their own fields in
        ``__post_init__`` (settings, parameters): no validator is imported. Keys may be
        field names or their aliases; unknown keys and broken invariants raise
        :class:`InvalidRecord`."""
        names = _names(cls)
        rename = cls.aliases
        by_key = {**{rename(name): name for name in names}, **{name: name for name in names}} if rename else None
        given: dict[str, Any] = {}
        problems = []
        for key, value in table.items():
            name = by_key.get(key) if by_key is not None else (key if key in names else None)
            if name is None:
                problems.append(Problem((key,), "unknown key", unknown_key=True))
            else:
                given[name] = value
        problems += cls._value_problems(given)
        if problems:
            raise InvalidRecord(problems)
        try:
            return cls(**given)
        except FieldError as error:
            head, dot, rest = error.field.partition(".")  # severity.FC101: only the field is renamed
            raise InvalidRecord([Problem((f"{rename(head) if rename else head}{dot}{rest}",), str(error))]) from None
        except TypeError as error:  # a required field missing
            raise InvalidRecord([Problem((), str(error))]) from None

    @classmethod
    def _value_problems(cls, given: dict[str, Any]) -> list[Problem]:
        """What is wrong with the values of a table before the record is built (none by default)."""
        return []

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Self:
        """A copy with ``update`` applied (fields checked again, as when built)."""
        return dataclasses.replace(self, **(update or {}))  # type: ignore[type-var]

    def model_dump(self, *, mode: str = "python", exclude: Iterable[str] = (), by_alias: bool = False) -> dict[str, Any]:
        """The record as a dictionary; ``mode="json"`` gives JSON values only."""
        return _fields(self, mode == "json", frozenset(exclude), by_alias)

    def model_dump_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


class CheckedRecord(Record):
    """A record whose ``__post_init__`` checks the type of every value (settings and rule
    parameters, read on every run): validating one is :meth:`Record.from_table`, no pydantic."""

    __slots__ = ()

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        if not isinstance(data, Mapping):
            raise InvalidRecord([Problem((), f"expected a table, got {data!r}")])
        return cls.from_table(data)


def dump(value: Any, as_json: bool = True, by_alias: bool = False) -> Any:
    """``value`` with records as dictionaries (and, ``as_json``, enums, dates and tuples as JSON)."""
    if isinstance(value, Span):
        return value.to_json()
    if isinstance(value, Record):
        return _fields(value, as_json, frozenset(), by_alias)
    if isinstance(value, (list, tuple)):
        items = [dump(item, as_json, by_alias) for item in value]
        return items if as_json or isinstance(value, list) else tuple(items)
    if isinstance(value, dict):
        return {dump(key, as_json) if as_json else key: dump(item, as_json, by_alias) for key, item in value.items()}
    if as_json:
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, (date, datetime)):
            return value.isoformat()
    return value


def _fields(item: Record, as_json: bool, exclude: frozenset[str], by_alias: bool) -> dict[str, Any]:
    rename = type(item).aliases if by_alias else None
    return {
        rename(name) if rename else name: dump(getattr(item, name), as_json, by_alias)
        for name in _names(type(item))
        if name not in exclude
    }


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(cls))


def _problem(item: Any) -> Problem:
    location = tuple(item["loc"])
    error = item.get("ctx", {}).get("error")
    if item["type"] == "unexpected_keyword_argument":
        return Problem(location, "unknown key", unknown_key=True)
    if isinstance(error, FieldError):
        return Problem((*location, error.field), str(error))
    if item["type"] in ("value_error", "assertion_error") and error is not None:
        return Problem(location, str(error))
    if item["type"] == "missing_keyword_only_argument":
        return Problem(location, "required")
    return Problem(location, item["msg"])


@cache
def adapter(cls: type) -> TypeAdapter[Any]:
    """Pydantic's type adapter for ``cls``, built on first use (pydantic is imported only here)."""
    from pydantic import TypeAdapter

    return TypeAdapter(cls)
