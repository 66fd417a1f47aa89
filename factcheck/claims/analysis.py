"""The analysis of one document: number mentions and claims, computed once, on demand.

Extractors register under a name with :func:`extractor`; rules ask the analysis for
what they need (``analysis.get("changes")``), so a run with a few rules selected only
pays for the extractors those rules use.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

from ..document import Document
from ..numerics.scanner import NumberMention, scan_numbers

__all__ = ["Analysis", "extractor", "public_extractors"]

Extractor = Callable[["Analysis"], list[Any]]
_EXTRACTORS: dict[str, Extractor] = {}
_PUBLIC: list[str] = []


def extractor(name: str, *, public: bool = True) -> Callable[[Extractor], Extractor]:
    """Register an extractor; ``public`` ones contribute to :func:`factcheck.extract`."""

    def register(function: Extractor) -> Extractor:
        if name in _EXTRACTORS:
            raise ValueError(f"extractor {name!r} registered twice")
        _EXTRACTORS[name] = function
        if public:
            _PUBLIC.append(name)
        return function

    return register


def public_extractors() -> list[str]:
    return list(_PUBLIC)


class Analysis:
    """Lazily computed facts about one :class:`Document`."""

    def __init__(self, document: Document, options: dict[str, Any] | None = None) -> None:
        self.document = document
        self.options: dict[str, Any] = dict(options or {})
        self._cache: dict[str, list[Any]] = {}

    @cached_property
    def mentions(self) -> list[NumberMention]:
        return scan_numbers(self.document.text)

    def get(self, name: str) -> list[Any]:
        """The output of extractor ``name``, computed on first use."""
        if name not in self._cache:
            try:
                function = _EXTRACTORS[name]
            except KeyError:
                raise KeyError(f"no extractor named {name!r}") from None
            self._cache[name] = function(self)
        return self._cache[name]
