"""Rule implementations, registered by rule name.

A check is a function ``(analysis, params) -> Iterable[Violation]``. It reads the
document and claims from the :class:`~factcheck.claims.Analysis`, never touches I/O,
and reports :class:`Violation` values: template keys of the rule file (its ``[text]``
tables) and the values that fill them, never sentences of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from ..claims.analysis import Analysis
from ..records import FieldError, InvalidRecord, Problem, Record, record
from ..span import Span
from ..findings import Edit

__all__ = ["Violation", "RelatedSpan", "Params", "Check", "check", "registrations"]


@record
class Params(Record):
    """Base for a check's parameters (the ``[params]`` table of its rule file).

    Parameters are numbers, flags and words: :meth:`from_table` checks each against the
    field's declared type, and a subclass checks its bounds in ``__post_init__``.
    """

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> Params:
        """The parameters given by ``table``; :class:`InvalidRecord` if they do not fit."""
        declared = {item.name: item.type for item in fields(cls)}
        problems = [Problem((key,), "unknown key", unknown_key=True) for key in table if key not in declared]
        for key, value in table.items():
            expected = _SIMPLE_TYPES.get(str(declared.get(key)))
            if expected is not None and (not isinstance(value, expected) or isinstance(value, bool) is not (bool in expected)):
                problems.append(Problem((key,), f"expected {declared[key]}, got {value!r}"))
        if problems:
            raise InvalidRecord(problems)
        try:
            return cls(**table)
        except FieldError as error:
            raise InvalidRecord([Problem((error.field,), str(error))]) from None


#: Field types a ``[params]`` value may have, and the TOML values each accepts.
_SIMPLE_TYPES: dict[str, tuple[type, ...]] = {"int": (int,), "float": (int, float), "bool": (bool,), "str": (str,)}


@dataclass(frozen=True, slots=True)
class RelatedSpan:
    """Another span of the finding (the other figure of a mismatch); ``note`` is a template key."""

    span: Span
    note: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Violation:
    """One occurrence of a rule's pattern, before it becomes a :class:`Finding`.

    ``message``, ``suggestion`` and ``fix_description`` are keys of the rule's templates,
    all filled from ``args``; an empty ``fix_description`` means the rule's fix docs.
    """

    span: Span
    args: Mapping[str, Any] = field(default_factory=dict)
    message: str = "message"
    suggestion: str | None = None
    edits: tuple[Edit, ...] = ()
    fix_description: str = ""
    related: tuple[RelatedSpan, ...] = ()


CheckFunction = Callable[[Analysis, Any], Iterable[Violation]]


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    function: CheckFunction
    params: type[Params]


_CHECKS: dict[str, Check] = {}


def check(name: str, params: type[Params] = Params) -> Callable[[CheckFunction], CheckFunction]:
    """Register the implementation of the rule called ``name``."""

    def register(function: CheckFunction) -> CheckFunction:
        if name in _CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        _CHECKS[name] = Check(name=name, function=function, params=params)
        return function

    return register


def registrations() -> dict[str, Check]:
    """The checks registered so far (see :func:`factcheck.engine.plugins.registered_checks`)."""
    return dict(_CHECKS)
