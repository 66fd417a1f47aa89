"""Rules on places and people (family ``places``, FC301–FC303)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import islice

from ..claims.analysis import Analysis
from ..claims.models import PersonMention, PlaceMention
from ..claims.places import article_year, mention_places, starts_word
from ..claims.regions import HomeRegion, in_relation
from ..document import Block, BlockKind, Document, Sentence
from ..engine.messages import Joined, Quote, Say
from ..engine.registry import Params, RelatedSpan, Violation, check
from ..places.gazetteer import Level, Place, gazetteer
from ..places.words import PlaceWords, place_words
from ..regexes import lazy
from ..span import Ranges, merged_ranges
from ..words import is_word

_COPY_LENGTH = 12  # characters shared with another story that make a sentence a copy
_COPY_STORIES = 16  # the other stories about the region where a copy is looked for
_ADMINISTRATIVE = lazy("[县区市]")
_HAN_RUN = lazy(r"\p{Han}+")
#: Words a place name's 县/市/区 begins that still belong to the name (宁陵县委, 郏县长).
_OFFICE = frozenset("委长政府")
_FORMER = lazy(r"(?:时任|原任|曾任|前任|原|曾)$")


# -- FC301 ------------------------------------------------------------------------


class _Homes:
    """The home region of each story, found by position: a bisection, not a pass over the
    stories (a page of thousands of stories asks once per place name)."""

    def __init__(self, analysis: Analysis) -> None:
        pairs = list(zip(analysis.get("home_regions"), analysis.document.stories))
        self.regions = [region for region, _ in pairs]
        self.stories = [story for _, story in pairs]
        self.ends = [story.end for story in self.stories]  # stories follow one another
        self._holding: dict[Place, list[int]] = {}

    def at(self, position: int) -> HomeRegion | None:
        """The home region of the first story that holds ``position`` (its end included)."""
        index = bisect_left(self.ends, position)
        if index < len(self.stories) and self.stories[index].start <= position:
            return self.regions[index]
        return None

    def copy_of(self, text: str, start: int, end: int, place: Place, story: int) -> tuple[int, int] | None:
        """The range of another story, about ``place``'s region, that repeats the sentence
        ``text[start:end]``: in the first such story (in page order) that holds any
        ``_COPY_LENGTH`` characters of it, the first such characters, extended as far as
        the story repeats them.

        Only the first ``_COPY_STORIES`` stories about the region are read: a page of
        thousands of stories costs a bounded read per sentence, not a read of the page.
        """
        holding = self._holding.get(place)
        if holding is None:  # the stories about a region that holds the place, once per place
            holding = self._holding[place] = [
                index for index, region in enumerate(self.regions) if region.contains(place)
            ]
        sentence = text[start:end]
        others = (index for index in holding if self.stories[index].index != story)
        for index in islice(others, _COPY_STORIES):
            other = self.stories[index]
            body = text[other.start : other.end]
            for offset in range(len(sentence) - _COPY_LENGTH + 1):
                found = body.find(sentence[offset : offset + _COPY_LENGTH])
                if found >= 0:
                    length = _COPY_LENGTH
                    while offset + length < len(sentence) and sentence[offset : offset + length + 1] in body:
                        length += 1
                    found = body.find(sentence[offset : offset + length])
                    return other.start + found, other.start + found + length
        return None


def _home_actor_in(document: Document, start: int, end: int, covered: Ranges) -> bool:
    """The story's own actors are named without their place (市公安局, 我市, 全县) in the range."""
    for match in place_words().home_actor.finditer(document.text, start, end):
        if not covered.holds(match.start(), match.start() + 1):
            return True
    return False


@check("region-misattribution")
def region_misattribution(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """A story's own scene or results placed in another province."""
    document = analysis.document
    text = document.text
    mentions: list[PlaceMention] = analysis.get("places")
    words = place_words()
    provinces = _Provinces(document, mentions)
    introduced = _introduced(document, mentions)
    homes, covered = _Homes(analysis), Ranges(merged_ranges([mention.norm for mention in mentions], touching=False))
    for mention in mentions:
        if mention.misplaced_in:
            where = mention_places(mention)[0].describe()
            yield Violation(
                span=mention.span,
                args={"place": Quote(mention.text), "where": where, "home": mention.misplaced_in,
                      "reason": Say("written-in", {"parent": mention.misplaced_in})},
                suggestion="check-where",
            )
            continue
        if mention.qualified or mention.province is None:
            continue
        home = homes.at(mention.norm[0])
        if home is None or home.province is None:
            continue
        places = mention_places(mention)
        if in_relation(document, mention):
            continue
        sentence = document.sentence_at(mention.norm[0])
        block = document.block_at(mention.norm[0])
        if any(home.contains(place) for place in places):
            if (
                sentence is not None
                and block is not None
                and _other_city_force(analysis, mention, home, sentence, block, covered)
            ):
                yield _other_city_violation(mention, places[0], home)
            continue
        if sentence is None or block is None:
            continue
        start, end = mention.norm
        if (
            mention.role == "venue"
            and text[start - 1 : start] == "在"
            and (block.kind is BlockKind.CAPTION or _home_actor_in(document, sentence.start, sentence.end, covered))
        ):
            reason = Say("actors-placed", {"scene": Quote(f"{mention.text}{mention.follower}")})
        elif (
            mention.role == "organisation"
            and words.result.search(text, sentence.start, sentence.end)
            and _home_actor_in(document, block.start, block.end, covered)
        ):
            reason = Say("results-credited", {"agency": Quote(f"{mention.text}{mention.follower}")})
        elif (block.story, mention.places) not in introduced and _plainly_elsewhere(
            analysis, mention, home, block, provinces
        ):
            reason = Say("named-plainly")
        else:
            continue
        related: tuple[RelatedSpan, ...] = ()
        copy = homes.copy_of(text, sentence.start, sentence.end, places[0], block.story)
        if copy is not None:
            reason = Say("copied", {"first_reason": reason})
            related = (RelatedSpan(document.span(*copy), "same-words"),)
        yield Violation(
            span=mention.span,
            args={"place": Quote(mention.text), "where": places[0].describe(), "home": home.describe(), "reason": reason},
            suggestion="name-home-venue",
            related=related,
        )


class _Provinces:
    """The provinces each story and each paragraph name places of, to tell round-ups."""

    def __init__(self, document: Document, mentions: list[PlaceMention]) -> None:
        self.by_story: dict[int, set[str]] = {}
        self.by_paragraph: dict[int, set[str]] = {}
        for mention in mentions:
            block = document.block_at(mention.norm[0])
            if block is not None and mention.province is not None:
                self.by_story.setdefault(block.story, set()).add(mention.province)
                self.by_paragraph.setdefault(block.start, set()).add(mention.province)

    def round_up(self, block: Block, mention: PlaceMention) -> bool:
        """A round-up, where any place may be named plainly: the paragraph names places
        of two other provinces, or the story of five."""
        def others(names: set[str]) -> int:
            return len(names - {mention.province})

        return others(self.by_paragraph.get(block.start, set())) >= 2 or others(self.by_story.get(block.story, set())) >= 5


def _other_city_force(
    analysis: Analysis, mention: PlaceMention, home: HomeRegion, sentence: Sentence, block: Block, covered: Ranges
) -> bool:
    """Another city's agency of the home province credited with the results of a story
    firmly about one prefecture (杭州公安…破获 in a Ningbo story), where the story's own
    actors are in the paragraph; the home city's own agency (宁波公安) is the home force."""
    if home.prefecture is None or home.inherited or mention.role != "organisation" or mention.qualified:
        return False
    places = mention_places(mention)
    if not places or any(home.prefecture.contains(place) or place.contains(home.prefecture) for place in places):
        return False
    if any(place.level is Level.PROVINCE for place in places):
        return False
    document = analysis.document
    words = place_words()
    return words.result.search(document.text, sentence.start, sentence.end) is not None and _home_actor_in(
        document, block.start, block.end, covered
    )


def _other_city_violation(mention: PlaceMention, place: Place, home: HomeRegion) -> Violation:
    return Violation(
        span=mention.span,
        args={"place": Quote(mention.text), "where": place.describe(), "home": home.describe(),
              "reason": Say("other-city-agency", {"agency": Quote(f"{mention.text}{mention.follower}")})},
        suggestion="name-home-agency",
    )


def _introduced(document: Document, mentions: list[PlaceMention]) -> set[tuple[int, tuple[int, ...]]]:
    """(story, places) of places the story writes with their province or prefecture
    (河南省商丘市柘城县): named again plainly, they are where the text already said."""
    introduced = set()
    for mention in mentions:
        block = document.block_at(mention.norm[0])
        if mention.qualified and block is not None:
            introduced.add((block.story, mention.places))
    return introduced


def _plainly_elsewhere(
    analysis: Analysis, mention: PlaceMention, home: HomeRegion, block: Block, provinces: _Provinces
) -> bool:
    """A county of another province named plainly (某县近年来…, 来到某县城) as part
    of a story firmly about one prefecture: not in a relation to it (从, 赴, 与…合作 …),
    not in a round-up of provinces, written in full and at the start of a word."""
    if home.prefecture is None or home.inherited or mention.form != "full":
        return False
    if block.kind is not BlockKind.BODY or provinces.round_up(block, mention):
        return False
    places = mention_places(mention)
    if not places or any(place.level is not Level.COUNTY for place in places):
        return False  # a prefecture is often where someone comes from or works; a county is the scene
    # a two-character name may be the tail of a word (和县 in 李某和县政府); a longer one is a name
    return len(mention.name) > 2 or starts_word(analysis.document.text, mention.norm[0])


# -- FC302 ------------------------------------------------------------------------


def _look_alike(gazetteer_char: str, written: str) -> float:
    table = gazetteer()
    return max(table.look_alikes(gazetteer_char).get(written, 0.0), table.look_alikes(written).get(gazetteer_char, 0.0))


def _neighbours(name: str, home: HomeRegion, year: int) -> list[Place]:
    """Names one character away from ``name``: a look-alike one in the home province, or
    any one in the home prefecture (降德县 for 隆德县 in a 固原 story)."""
    assert home.province is not None
    places = gazetteer()
    scored: dict[str, tuple[bool, float, Place]] = {}
    for position in range(len(name) - 1):  # the suffix (县, 区, 市) stays
        for place in places.one_character_away(home.province, name, position):
            if not place.valid_in(min(year, places.last_year)):
                continue
            similarity = _look_alike(place.name[position], name[position])
            local = home.prefecture is not None and home.prefecture.contains(place)
            if similarity > 0 or local:
                scored[place.name] = (not local, -similarity, place)
    return [place for _, (*_, place) in sorted(scored.items(), key=lambda item: (item[1][:2], item[0]))]


def _common_noun(text: str, position: int) -> bool:
    """县/市/区 at ``position`` begins a common word (从县城, 县里, 市场, 区域), not a name's end."""
    word = text[position : position + 2]
    return len(word) == 2 and word[1] not in _OFFICE and is_word(word)


def _unknown_names(document: Document, mentions: list[PlaceMention], words: PlaceWords) -> Iterator[tuple[int, int]]:
    """Ranges ``X县/XX区/XX市`` not in the gazetteer, starting a word, not a common word."""
    text = document.text
    covered = bytearray(len(text))
    for first, last in (mention.norm for mention in mentions):
        covered[first:last] = b"\x01" * (last - first)
    for match in _ADMINISTRATIVE.finditer(text):
        end = match.end()
        if covered[match.start()] or _common_noun(text, match.start()):
            continue
        for length in (1, 2):
            start = match.start() - length
            stem = text[start : match.start()]
            if start < 0 or not _HAN_RUN.fullmatch(stem):
                break
            if length == 1 and match.group() != "县":
                continue  # one-character stems exist only for counties (郏县, 叶县)
            if not starts_word(text, start):
                continue
            if length == 1 and is_word(text[max(0, start - 1) : start + 1]):
                break  # 去年县里: the stem ends the word before it
            if stem in words.not_name_stems or stem[-1] in words.not_name_stems:
                break
            if not gazetteer().is_known(text[start:end]):
                yield start, end


@check("unknown-place-name")
def unknown_place_name(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """A county, district or city name that no division has had, with a look-alike."""
    document = analysis.document
    year = article_year(document) or gazetteer().last_year
    homes = _Homes(analysis)
    for start, end in _unknown_names(document, analysis.get("places"), place_words()):
        home = homes.at(start)
        if home is None or home.province is None:
            continue
        neighbours = _neighbours(document.text[start:end], home, year)
        if not neighbours:
            continue
        span = document.span(start, end)
        yield Violation(
            span=span,
            args={
                "name": Quote(document.original_of(span)),
                "home": home.describe(),
                "options": Joined(
                    (Say("option", {"option": p.name, "chain": p.describe()}) for p in neighbours[:3]), "or"
                ),
            },
            suggestion="did-you-mean",
        )


# -- FC303 ------------------------------------------------------------------------


def _before(document: Document, person: PersonMention) -> str:
    """The few characters written before an official's title."""
    title_start = person.norm[0] - len(person.title)
    return document.text[max(0, title_start - 2) : title_start]


def _describe_role(person: PersonMention) -> Say:
    if person.role == "official":
        return Say("as-official", {"title": person.title})
    return Say("as-speaker")


@check("person-in-two-roles")
def person_in_two_roles(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """A byline name that is also a subject of the story; one name as two officials."""
    document = analysis.document
    people: list[PersonMention] = analysis.get("people")
    reported: set[tuple[int, str]] = set()
    named: dict[tuple[int, str], list[PersonMention]] = {}  # each name's mentions per story, in order
    for person in people:
        named.setdefault((person.story, person.name), []).append(person)
    looked: set[tuple[int, str]] = set()  # a name's first credit in a story decides for all
    for credit in people:
        key = (credit.story, credit.name)
        if credit.role != "credit" or key in looked:
            continue
        looked.add(key)
        subjects = [p for p in named[key] if p.role != "credit"]
        if not subjects:
            continue
        reported.add(key)
        yield Violation(
            span=credit.span,
            args={
                "name": Quote(credit.text),
                "first": Say("in-byline", {"title": credit.title}),
                "second": _describe_role(subjects[0]),
            },
            related=tuple(
                RelatedSpan(p.span, "person-as", {"person": p.name, "role": _describe_role(p)}) for p in subjects[:3]
            ),
            suggestion="check-byline",
        )
    yield from _deputy_and_chief(document, [p for p in people if p.role == "official"], reported)


def _deputy_and_chief(
    document: Document, officials: list[PersonMention], reported: set[tuple[int, str]]
) -> Iterator[Violation]:
    """One name in one story as an official and as that official's deputy (组长, 副组长),
    both current: reported at the later mention, against the first earlier one that pairs
    with it. Each name keeps its current titles as they are met, so every mention is a
    look-up, not a pass over the mentions before it."""
    titles_met: dict[tuple[int, str], dict[str, tuple[int, PersonMention]]] = {}
    for index, later in enumerate(officials):
        key = (later.story, later.name)
        if _FORMER.search(_before(document, later)):
            continue  # a former office (原组长) pairs with none
        met = titles_met.setdefault(key, {})
        if key not in reported:
            pairs = [f"副{later.title}"]
            if later.title.startswith("副"):
                pairs.append(later.title[1:])
            found = [met[title] for title in pairs if title in met]
            if found:
                earlier = min(found, key=lambda item: item[0])[1]
                reported.add(key)
                yield Violation(
                    span=later.span,
                    args={"name": Quote(later.text), "first": earlier.title, "second": later.title},
                    related=(RelatedSpan(earlier.span, "person-as", {"person": earlier.name, "role": earlier.title}),),
                    suggestion="check-title",
                )
        met.setdefault(later.title, (index, later))
