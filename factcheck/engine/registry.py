"""Rule implementations, registered by rule name.

A check is a function ``(analysis, params) -> Iterable[Violation]``. It reads the
document and claims from the :class:`~factcheck.claims.Analysis`, never touches I/O,
and reports :class:`Violation` values: template keys of the rule file (its ``[text]``
tables) and the values that fill them, never sentences of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, get_type_hints

from ..claims.analysis import Analysis
from ..records import CheckedRecord, Problem, record
from ..span import Span
from ..findings import Edit

__all__ = ["Violation", "RelatedSpan", "Params", "Check", "check", "registrations"]


@record
class Params(CheckedRecord):
    """Base for a check's parameters (the ``[params]`` table of its rule file).

    Parameters are numbers, flags and words, read with :meth:`~Record.from_table`: each
    value is checked against its field's declared type, and a subclass checks its bounds
    in ``__post_init__`` (raising :class:`~factcheck.records.FieldError`).
    """

    @classmethod
    def _value_problems(cls, given: dict[str, Any]) -> list[Problem]:
        declared = get_type_hints(cls)
        problems = []
        for name, value in given.items():
            kind = declared[name]
            accepted = _SIMPLE_TYPES.get(kind)
            if accepted is None:
                problems.append(Problem((name,), f"a parameter must be a number, a flag or a word, not {kind}"))
            elif not isinstance(value, accepted) or isinstance(value, bool) is not (bool in accepted):
                problems.append(Problem((name,), f"expected {kind.__name__}, got {value!r}"))
        return problems


#: Field types a ``[params]`` value may have, and the TOML values each accepts.
_SIMPLE_TYPES: dict[Any, tuple[type, ...]] = {int: (int,), float: (int, float), bool: (bool,), str: (str,)}


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
