"""The table of observance days (``rules/lexicons/observances.toml``): name → fixed date."""

from __future__ import annotations

from functools import cached_property
from importlib.resources.abc import Traversable
from pathlib import Path

import regex
from ..records import FieldError, Record, record
from ..resources import as_record, lexicon_cache, read_lexicon_record, read_toml
from ..regexes import compile_pattern
from .intervals import is_valid_date

__all__ = ["Observance", "ObservanceTable", "load_observances", "observance_names", "observances"]

_LABEL = "rules/lexicons/observances.toml"


@record
class Observance(Record):
    """A day observed every year on the same date, with every name it goes by."""

    names: tuple[str, ...]
    month: int
    day: int

    def __post_init__(self) -> None:
        if not self.names or any(not name.strip() for name in self.names):
            raise FieldError("names", "a day needs at least one non-empty name")
        if not is_valid_date(None, self.month, self.day):
            raise ValueError(f"{self.month}月{self.day}日 is not a date")

    @property
    def written(self) -> str:
        return f"{self.month}月{self.day}日"


@record(slots=False)  # by_name is cached on the instance
class ObservanceTable(Record):
    """All known days; each name belongs to exactly one day."""

    day: tuple[Observance, ...]

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for observance in self.day:
            for name in observance.names:
                if name in seen:
                    raise ValueError(f"the name {name!r} is listed twice")
                seen.add(name)

    @cached_property
    def by_name(self) -> dict[str, Observance]:
        """Each day by each of its names (built once; read it, never change it)."""
        return {name: observance for observance in self.day for name in observance.names}

    def names_pattern(self) -> regex.Pattern[str]:
        """Matches any known name, the longest first (国家宪法日 before 宪法日)."""
        names = sorted(self.by_name, key=len, reverse=True)
        return compile_pattern("|".join(regex.escape(name) for name in names) or r"(?!)")


def load_observances(resource: Traversable | Path, label: str = _LABEL) -> ObservanceTable:
    """Read and validate a table of days; mistakes raise :class:`RuleDataError` naming ``label``."""
    return as_record(ObservanceTable, read_toml(resource, label), label)


@lexicon_cache
def observances() -> ObservanceTable:
    """The built-in table with the user's extensions, loaded once."""
    return read_lexicon_record("observances.toml", ObservanceTable)


@lexicon_cache
def observance_names() -> regex.Pattern[str]:
    """The names of the built-in table's days, compiled once."""
    return observances().names_pattern()
