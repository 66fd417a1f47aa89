"""Configuration: which rules run, at what severity, against which reference date."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .findings import Severity

__all__ = ["Config", "DEFAULT_MAX_FILE_SIZE"]

DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024


class Config(BaseModel):
    """Options for a check run; every field has a sensible default.

    ``select``/``ignore`` take rule codes or code prefixes (``FC1`` selects FC101–FC199,
    ``ALL`` selects everything). When both match a rule, the longer prefix wins.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    select: list[str] | None = None
    extend_select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    reference_date: date | None = None
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    #: Folders of the user's lexicon files merged onto the built-in ones (``units.toml`` …).
    extend_lexicons: tuple[str, ...] = ()
    #: The language of messages and rule documentation.
    language: Literal["zh", "en"] = "zh"

    @field_validator("select", "extend_select", "ignore")
    @classmethod
    def _upper(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        return [item.strip().upper() for item in value if item.strip()]

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
