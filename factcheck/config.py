"""Configuration: which rules run, at what severity, against which reference date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from datetime import date, datetime, time
from typing import Any, Literal

from .findings import Severity
from .records import CheckedRecord, FieldError, record

__all__ = ["Config", "DEFAULT_MAX_FILE_SIZE", "shared_checks", "codes", "severities", "words", "day", "choice", "count"]

DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024
LANGUAGES = ("zh", "en")


@record
class Config(CheckedRecord):
    """Options for a check run; every field has a sensible default.

    ``select``/``ignore`` take rule codes or code prefixes (``FC1`` selects FC101–FC199,
    ``ALL`` selects everything). When both match a rule, the longer prefix wins. Values are
    checked and normalised when a configuration is built (codes upper-cased, ``"error"``
    read as :attr:`Severity.ERROR`, ``"2024-06-01"`` as a date); a wrong one raises
    :class:`~factcheck.records.FieldError`, an unknown option ``TypeError``.
    """

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    reference_date: date | None = None
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    #: Folders of the user's lexicon files merged onto the built-in ones (``units.toml`` …).
    extend_lexicons: tuple[str, ...] = ()
    #: The language of messages and rule documentation.
    language: Literal["zh", "en"] = "zh"

    def __post_init__(self) -> None:
        checked = {
            **shared_checks(self),
            "severity": severities("severity", self.severity, upper=False),
            "max_file_size": count("max_file_size", self.max_file_size),
            "extend_lexicons": tuple(words("extend_lexicons", self.extend_lexicons)),
        }
        for name, value in checked.items():
            object.__setattr__(self, name, value)

    def is_enabled(self, code: str, default: bool = True) -> bool:
        """Whether the rule ``code`` runs under this configuration."""
        selectors = self.extend_select + (self.select if self.select is not None else [])
        selected = _longest_match(code, selectors)
        ignored = _longest_match(code, self.ignore)
        if selected < 0 and ignored < 0:
            return default if self.select is None else False
        return selected > ignored


def _longest_match(code: str, prefixes: list[str]) -> int:
    """Length of the longest prefix of ``code`` in ``prefixes`` (``ALL`` counts as 0), or -1."""
    best = -1
    for prefix in prefixes:
        if prefix == "ALL":
            best = max(best, 0)
        elif code.startswith(prefix):
            best = max(best, len(prefix))
    return best


# -- checking option values: each raises FieldError naming the option ---------------------


def shared_checks(options: Any) -> dict[str, Any]:
    """The checked values of the options a configuration file and a run share (rule
    selection, reference date, language), by field name."""
    return {
        "select": None if options.select is None else codes("select", options.select),
        "extend_select": codes("extend_select", options.extend_select),
        "ignore": codes("ignore", options.ignore),
        "reference_date": day("reference_date", options.reference_date),
        "language": choice("language", options.language, LANGUAGES),
    }


def words(name: str, value: Any) -> list[str]:
    """A list (or tuple) of strings."""
    if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
        raise FieldError(name, f"expected a list of strings, got {value!r}")
    return list(value)


def codes(name: str, value: Any) -> list[str]:
    """Rule codes or prefixes, upper-cased, blanks dropped."""
    return [item.strip().upper() for item in words(name, value) if item.strip()]


def severities(name: str, value: Any, *, upper: bool = True) -> dict[str, Severity]:
    """Rule code → severity (``"error"``, ``"warning"``, ``"info"``)."""
    if not isinstance(value, dict):
        raise FieldError(name, f"expected a table of rule codes and severities, got {value!r}")
    table: dict[str, Severity] = {}
    for code, level in value.items():
        if not isinstance(code, str):
            raise FieldError(name, f"expected rule codes as keys, got {code!r}")
        table[code.strip().upper() if upper else code] = severity(f"{name}.{code}", level)
    return table


def severity(name: str, value: Any) -> Severity:
    if isinstance(value, Severity):
        return value
    return Severity(choice(name, value, tuple(Severity)))


def day(name: str, value: Any) -> date | None:
    """A date, given as one (or as midnight of it) or as ``YYYY-MM-DD``."""
    if value is None or type(value) is date:
        return value
    if isinstance(value, datetime) and value.time() == time(0) and value.tzinfo is None:
        return value.date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise FieldError(name, f"expected a date (YYYY-MM-DD), got {value!r}")


def choice(name: str, value: Any, choices: Iterable[str]) -> Any:
    """One of ``choices``."""
    allowed = tuple(str(item) for item in choices)
    if not isinstance(value, str) or value not in allowed:
        raise FieldError(name, f"expected one of {', '.join(map(repr, allowed))}, got {value!r}")
    return value


def count(name: str, value: Any) -> int:
    """A positive whole number."""
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise FieldError(name, f"expected a positive whole number, got {value!r}")
    return value
