"""The analysis of one document: number mentions and claims, computed once, on demand.

Extractors register under a name with :func:`extractor`; rules ask the analysis for
what they need (``analysis.get("changes")``), so a run with a few rules selected only
pays for the extractors those rules use.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from functools import cached_property
from heapq import merge
from typing import Any

from ..document import Document
from ..numerics.scanner import NumberMention, Role, scan_numbers
from ..regexes import lazy
from ..span import Ranges
from ..words import is_word

__all__ = ["Analysis", "extractor", "public_extractors"]

Extractor = Callable[["Analysis"], list[Any]]
_HAN_NUMERAL = lazy(r"[〇零一二两三四五六七八九十百千万亿]")


def _numeral_place(text: str, place: Any) -> bool:
    """A place name written with a numeral (三门峡, 七台河) that the text uses as the place:
    written in full (三门峡市), as an agency or venue, or not running on into a word of
    its last character (七台河道, 三门峡谷 are 七台 + 河道 and 三门 + 峡谷)."""
    if not _HAN_NUMERAL.search(place.text):
        return False
    if place.form == "full" or place.role != "plain":
        return True
    end = place.norm[1]
    return not is_word(text[end - 1 : end + 1])


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
        self._positions: dict[frozenset[Role], Sequence[int]] = {}

    @cached_property
    def mentions(self) -> list[NumberMention]:
        """The numbers of the text, without numerals that belong to a place name (三门峡,
        六盘水, 七台河): those are read only when a number is written in Chinese numerals."""
        text = self.document.text
        found = scan_numbers(text)
        if _HAN_NUMERAL.search(text) is None:  # no Han numeral anywhere (stops at the first)
            return found
        if not any(_HAN_NUMERAL.search(text, mention.start, mention.end) for mention in found):
            return found
        names = sorted(place.norm for place in self.get("places") if _numeral_place(text, place))
        if not names:
            return found
        inside = Ranges(names).holds  # place names do not overlap
        return [mention for mention in found if not inside(mention.start, mention.end)]

    @cached_property
    def _by_role(self) -> dict[Role, array[int]]:
        """The indexes into :attr:`mentions` of each role's mentions, found in one pass."""
        found: dict[Role, array[int]] = {role: array("q") for role in Role}
        for index, mention in enumerate(self.mentions):
            found[mention.role].append(index)
        return found

    def positions(self, *roles: Role) -> Sequence[int]:
        """The indexes into :attr:`mentions` of the mentions of ``roles``, in text order: an
        extractor that reads one kind of figure visits only those (kept as compact arrays:
        a dense text has hundreds of thousands)."""
        key = frozenset(roles)
        found = self._positions.get(key)
        if found is None:
            lists = [self._by_role[role] for role in key if self._by_role[role]]
            if len(lists) <= 1:  # most texts: the roles asked for are one, or only one occurs
                found = lists[0] if lists else array("q")
            else:  # merged lazily: no list of every index is ever held
                found = array("q", merge(*lists))
            self._positions[key] = found
        return found

    @cached_property
    def marked(self) -> array[int]:
        """The indexes into :attr:`mentions` of the mentions with approximation markers."""
        return array("q", (index for index, mention in enumerate(self.mentions) if mention.markers))

    def get(self, name: str) -> list[Any]:
        """The output of extractor ``name``, computed on first use."""
        if name not in self._cache:
            try:
                function = _EXTRACTORS[name]
            except KeyError:
                raise KeyError(f"no extractor named {name!r}") from None
            self._cache[name] = function(self)
        return self._cache[name]
