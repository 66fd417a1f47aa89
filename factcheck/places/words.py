"""The word lists of ``rules/lexicons/places.toml``, validated and compiled once."""

from __future__ import annotations


import regex
from ..records import Record, record
from ..resources import RuleDataError, lexicon_cache, lexicon_label, read_lexicon_record
from ..regexes import compile_pattern

__all__ = ["PlaceWords", "place_words"]



@record
class _PlaceWordLists(Record):
    ordinary_words: tuple[str, ...]
    organisations: tuple[str, ...]
    venues: tuple[str, ...]
    relations: tuple[str, ...]
    not_relations: tuple[str, ...] = ()
    results: tuple[str, ...]
    home_actors: tuple[str, ...]
    not_name_stems: tuple[str, ...]
    titles: tuple[str, ...]
    surnames: str
    compound_surnames: tuple[str, ...]
    speech: tuple[str, ...]
    credit_roles: tuple[str, ...]
    streets: tuple[str, ...]


def _literal(words: tuple[str, ...]) -> str:
    """An alternation of ``words``, longest first (so 人民法院 wins over 法院), in one order
    from run to run (the compiled pattern is kept between runs by its source)."""
    return "|".join(regex.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


class PlaceWords:
    """Compiled word lists: ``*_after`` match at a position, others search a clause."""

    def relates(self, clause: str) -> bool:
        """``clause`` has a relation word (从, 赴, 与…合作) that is not part of a word
        relating nothing (来到, 自治州, 同比)."""
        blocked = [match.span() for match in self.not_relation.finditer(clause)]
        return any(
            not any(start < end_ and start_ < end for start_, end_ in blocked)
            for match in self.relation.finditer(clause)
            for start, end in [match.span()]
        )

    def has_surname(self, name: str) -> bool:
        """``name`` starts with a surname (and has a given name after it)."""
        if name[:2] in self.compound_surnames:
            return len(name) >= 3
        return name[:1] in self.surnames

    def __init__(self, lists: _PlaceWordLists) -> None:
        self.ordinary_words = frozenset(lists.ordinary_words)
        self.not_name_stems = frozenset(lists.not_name_stems)
        self.surnames = frozenset(lists.surnames)
        self.compound_surnames = frozenset(lists.compound_surnames)
        self.organisation_after = compile_pattern(_literal(lists.organisations))
        self.venue_after = compile_pattern(_literal(lists.venues))
        self.street_after = compile_pattern(_literal(lists.streets))
        self.relation = compile_pattern(_literal(lists.relations))
        self.not_relation = compile_pattern(_literal(lists.not_relations) or r"(?!)")
        self.result = compile_pattern(_literal(lists.results))
        self.title_before = compile_pattern(rf"(?:{_literal(lists.titles)})$")
        self.title_search = compile_pattern(_literal(lists.titles))
        self.speech_after = compile_pattern(_literal(lists.speech))
        self.credit_role = compile_pattern(_literal(lists.credit_roles))
        try:
            self.home_actor = compile_pattern("|".join(f"(?:{p})" for p in lists.home_actors))
        except regex.error as error:
            raise RuleDataError(f"{lexicon_label('places.toml')}: bad home_actors pattern: {error}") from None


@lexicon_cache
def place_words() -> PlaceWords:
    """The process-wide place word lists."""
    return PlaceWords(read_lexicon_record("places.toml", _PlaceWordLists))
