"""Place mentions: every division named in the text, found with one leftmost-longest scan.

Full names of provinces and prefectures always count, and so do short ones (昭通, 广西).
A county-level name needs more, because so many are also syllables of ordinary text
(公安, 通道, 卫东 in 毛卫东): it counts when written right after a higher place that
contains it (河南省西峡县), when an organisation or venue word follows it (汝州警方,
正定中学), or when it starts a word (after punctuation or a function word) and its
prefecture, or the county itself by full name, is named in the same article. Names
that are ordinary words (平安, 长治) count only after a higher place; a name followed
by 路/街 is a street (滨江路). Candidates are narrowed by the article's year, by the
higher place written before, and to the highest level for short names (海南 is the
province).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..automaton import find_literals
from ..document import Document
from ..places.gazetteer import Gazetteer, Level, Place, gazetteer
from ..places.words import PlaceWords, place_words
from ..regexes import lazy
from ..words import is_han, is_word
from .analysis import Analysis, extractor
from .models import PlaceMention

__all__ = ["extract_places", "article_year", "mention_places", "starts_word"]

_YEAR = lazy(r"(?<!\d)(19[5-9]\d|20[0-4]\d)\s*年")
_ENUMERATION = frozenset("、和及与")
# characters after which a word starts: punctuation aside, function words and verbs of place
_WORD_START = frozenset("在于至到从赴往由是为对向经将把被给与及和、的了共其该原属据交自抵去回入")
_HAN = lazy(r"\p{Han}")


def article_year(document: Document) -> int | None:
    """The latest year the text mentions (the year it was written, near enough); read once
    per document, for the place names of that year's map."""
    known = vars(document)
    if "_article_year" not in known:  # lives and dies with the document
        years = [int(match.group(1)) for match in _YEAR.finditer(document.text)]
        known["_article_year"] = max(years) if years else None
    return known["_article_year"]


@dataclass(slots=True)
class _Match:
    name: str
    start: int
    end: int
    short: bool
    places: tuple[Place, ...]
    qualified: bool
    role: str
    follower: str
    misplaced_in: Place | None = None  # a higher place written right before it, of another province


def _narrow(places: tuple[Place, ...], short: bool, within: Place | None) -> tuple[Place, ...]:
    if within is not None:
        inside = tuple(place for place in places if within.contains(place) and place != within)
        places = inside or places
    if short and len(places) > 1:
        top = min(place.level for place in places)
        places = tuple(place for place in places if place.level == top)
    return places


def _follower(text: str, end: int, words: PlaceWords) -> tuple[str, str]:
    for role, pattern in (("organisation", words.organisation_after), ("venue", words.venue_after)):
        match = pattern.match(text, end)
        if match:
            return role, match.group()
    return "plain", ""


def starts_word(text: str, start: int) -> bool:
    """A word can start at ``start``: after punctuation, a function word or a verb of place."""
    return start == 0 or not _HAN.match(text, start - 1) or text[start - 1] in _WORD_START


def _scan(text: str, places: Gazetteer, words: PlaceWords, year: int) -> list[_Match]:
    """Every name the matcher finds, narrowed, with the qualifier written before it."""
    found: list[_Match] = []
    qualifier: tuple[int, Place] | None = None  # (end, place) of the higher place just written
    for pattern, start, end in find_literals(places.matcher, text):
        name = places.names[pattern]
        if words.street_after.match(text, end):
            qualifier = None
            continue
        within = None
        if qualifier is not None:
            between = text[qualifier[0] : start]
            if not between or set(between) <= _ENUMERATION:
                within = qualifier[1]
        short = name not in places.by_full
        candidates = _narrow(places.lookup(name, year), short, within)
        qualified = within is not None and all(within.contains(p) and p != within for p in candidates)
        role, follower = _follower(text, end, words)
        misplaced = None
        if (
            within is not None
            and qualifier is not None
            and qualifier[0] == start  # written right after it (河北省西峡县), not in a list
            and not short
            and candidates
            and not any(within.province == p.province for p in candidates)  # not a re-organised prefecture
        ):
            misplaced = within
        found.append(_Match(name, start, end, short, candidates, qualified, role, follower, misplaced))
        if len(candidates) == 1 and candidates[0].level < Level.COUNTY and not qualified:
            qualifier = (end, candidates[0])
        elif qualified and within is not None:
            qualifier = (end, within)  # 河南省鲁山县、三门峡市: the province qualifies both
        else:
            qualifier = None
    return found


def _is_county(match: _Match) -> bool:
    return all(place.level is Level.COUNTY for place in match.places)


#: Pronouns and adverbs after which a common word that starts a name reads as a verb.
_SUBJECT_BEFORE = frozenset("他她我你们并将又还也都亦曾")


def _read_as_verb(text: str, match: "_Match") -> bool:
    """The name's stem is a common word (会同, 和平) right after a pronoun or adverb (他会同县领导)."""
    stem = match.name[:-1] if not match.short else match.name
    return text[match.start - 1 : match.start] in _SUBJECT_BEFORE and len(stem) >= 2 and is_word(stem[:2])


def _joined_to_word_before(text: str, start: int) -> bool:
    """The character before ``start`` and the first of the name form a common word
    (豫西 in 豫西山区, 江西 in 江西山区): the name does not start there."""
    before = text[start - 1 : start]
    return is_han(before) and is_word(before + text[start])


def _accepted(matches: list[_Match], text: str, words: PlaceWords) -> list[_Match]:
    anchors = {
        place
        for match in matches
        if not (match.short and _is_county(match)) and match.name not in words.ordinary_words
        for place in match.places
    }
    accepted = []
    previous_end = -1
    for match in matches:
        keep = True
        if match.name in words.ordinary_words:
            keep = match.qualified
        elif (
            _is_county(match)
            and not match.qualified
            and match.start != previous_end  # 海东市民和县: 市 ends the name before, not a word 市民
            and _joined_to_word_before(text, match.start)
            and not gazetteer().lookup(text[max(0, match.start - 2) : match.start])  # 北京房山区
        ):
            keep = False  # 豫西山区: 西 belongs to the word 豫西, there is no 西山区 here
        elif _is_county(match) and not match.qualified and _read_as_verb(text, match):
            keep = False  # 他会同县领导: 会同 (together with) after a pronoun, not 会同县
        elif _is_county(match) and not match.qualified and len(match.name) == 2 and not match.short and match.role != "plain":
            keep = match.start != previous_end and starts_word(text, match.start)  # 李某和县政府
        elif _is_county(match) and not match.qualified and match.role == "plain":
            # glued to the name before it, it is part of a longer proper name (西山区西华派出所)
            word = match.start != previous_end and starts_word(text, match.start)
            if match.short:
                keep = word and any(
                    anchor.level < Level.COUNTY and anchor.contains(place) and (
                        anchor.level is Level.PREFECTURE or not place.prefecture
                    )
                    or anchor == place
                    for place in match.places
                    for anchor in anchors
                )
            elif len(match.name) == 2:  # 和县 in 市和县, 范县 in 示范县
                keep = word
        if keep:
            accepted.append(match)
        previous_end = match.end
    return accepted


@extractor("places")
def extract_places(analysis: Analysis) -> list[PlaceMention]:
    document = analysis.document
    text = document.text
    places = gazetteer()
    words = place_words()
    index = places.index
    mentions = []
    year = article_year(document) or places.last_year
    for match in _accepted(_scan(text, places, words, year), text, words):
        provinces = {place.province for place in match.places}
        span, norm = document.ranges(match.start, match.end)
        mentions.append(
            PlaceMention(
                span=span,
                text=document.original_of(span),
                norm=norm,
                name=match.name,
                form="short" if match.short else "full",
                candidates=[place.describe() for place in match.places],
                province=provinces.pop() if len(provinces) == 1 else None,
                qualified=match.qualified,
                role=match.role,  # type: ignore[arg-type]
                follower=match.follower,
                misplaced_in=match.misplaced_in.describe() if match.misplaced_in is not None else "",
                places=tuple(index[place] for place in match.places),
            )
        )
    return mentions


def mention_places(mention: PlaceMention) -> list[Place]:
    """The gazetteer places a mention may denote."""
    table = gazetteer().places
    return [table[number] for number in mention.places]
