"""The table of observance days (``rules/lexicons/observances.toml``): name → fixed date."""

from __future__ import annotations

from functools import cached_property
from importlib.resources.abc import Traversable
from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from ..resources import RuleDataError, lexicon_cache, lexicon_label, read_lexicon, read_toml
from ..regexes import compile_pattern
from .intervals import is_valid_date

__all__ = ["Observance", "ObservanceTable", "load_observances", "observance_names", "observances"]

_LABEL = "rules/lexicons/observances.toml"


class Observance(BaseModel):
    """A day observed every year on the same date, with every name it goes by."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    names: tuple[str, ...]
    month: int
    day: int

    @field_validator("names")
    @classmethod
    def _some_names(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        if not names or any(not name.strip() for name in names):
            raise ValueError("a day needs at least one non-empty name")
        return names

    @model_validator(mode="after")
    def _real_date(self) -> "Observance":
        if not is_valid_date(None, self.month, self.day):
            raise ValueError(f"{self.month}月{self.day}日 is not a date")
        return self

    @property
    def written(self) -> str:
        return f"{self.month}月{self.day}日"


class ObservanceTable(BaseModel):
    """All known days; each name belongs to exactly one day."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    day: tuple[Observance, ...]

    @model_validator(mode="after")
    def _unique_names(self) -> "ObservanceTable":
        seen: set[str] = set()
        for observance in self.day:
            for name in observance.names:
                if name in seen:
                    raise ValueError(f"the name {name!r} is listed twice")
                seen.add(name)
        return self

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
    return _validated(read_toml(resource, label), label)


def _validated(data: dict[str, object], label: str) -> ObservanceTable:
    try:
        return ObservanceTable.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item['loc']) or 'file'}: {item['msg']}" for item in error.errors()
        )
        raise RuleDataError(f"{label}: {problems}") from None


@lexicon_cache
def observances() -> ObservanceTable:
    """The built-in table with the user's extensions, loaded once."""
    return _validated(read_lexicon("observances.toml"), lexicon_label("observances.toml"))


@lexicon_cache
def observance_names() -> regex.Pattern[str]:
    """The names of the built-in table's days, compiled once."""
    return observances().names_pattern()
