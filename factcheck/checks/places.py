"""Rules on places and people (family ``places``, FC301–FC303)."""

from __future__ import annotations

from collections.abc import Iterator

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
from ..words import is_word

_COPY_LENGTH = 12  # characters shared with another story that make a sentence a copy
_ADMINISTRATIVE = lazy("[县区市]")
_HAN_RUN = lazy(r"\p{Han}+")
#: Words a place name's 县/市/区 begins that still belong to the name (宁陵县委, 郏县长).
_OFFICE = frozenset("委长政府")
_FORMER = lazy(r"(?:时任|原任|曾任|前任|原|曾)$")


def _home_of(analysis: Analysis, position: int) -> HomeRegion | None:
    regions: list[HomeRegion] = analysis.get("home_regions")
    for region, story in zip(regions, analysis.document.stories):
        if story.start <= position <= story.end:
            return region
    return None


# -- FC301 ------------------------------------------------------------------------


def _home_actor_in(document: Document, start: int, end: int, mentions: list[PlaceMention]) -> bool:
    """The story's own actors are named without their place (市公安局, 我市, 全县) in the range."""
    covered = [mention.norm for mention in mentions]
    for match in place_words().home_actor.finditer(document.text, start, end):
        if not any(first <= match.start() < last for first, last in covered):
            return True
    return False


def _copied_from(analysis: Analysis, start: int, end: int, place: Place, story: int) -> tuple[int, int] | None:
    """The range of another story, about ``place``'s region, that repeats this sentence."""
    document = analysis.document
    sentence = document.text[start:end]
    for region, other in zip(analysis.get("home_regions"), document.stories):
        if other.index == story or not region.contains(place):
            continue
        body = document.text[other.start : other.end]
        for offset in range(len(sentence) - _COPY_LENGTH + 1):
            found = body.find(sentence[offset : offset + _COPY_LENGTH])
            if found >= 0:
                length = _COPY_LENGTH
                while offset + length < len(sentence) and sentence[offset : offset + length + 1] in body:
                    length += 1
                found = body.find(sentence[offset : offset + length])
                return other.start + found, other.start + found + length
    return None


@check("region-misattribution")
def region_misattribution(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """A story's own scene or results placed in another province."""
    document = analysis.document
    text = document.text
    mentions: list[PlaceMention] = analysis.get("places")
    words = place_words()
    provinces = _Provinces(document, mentions)
    introduced = _introduced(document, mentions)
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
        home = _home_of(analysis, mention.norm[0])
        if home is None or home.province is None:
            continue
        places = mention_places(mention)
        if in_relation(document, mention):
            continue
        sentence = document.sentence_at(mention.norm[0])
        block = document.block_at(mention.norm[0])
        if any(home.contains(place) for place in places):
            if sentence is not None and block is not None and _other_city_force(analysis, mention, home, sentence, block):
                yield _other_city_violation(mention, places[0], home)
            continue
        if sentence is None or block is None:
            continue
        start, end = mention.norm
        if (
            mention.role == "venue"
            and text[start - 1 : start] == "在"
            and (block.kind is BlockKind.CAPTION or _home_actor_in(document, sentence.start, sentence.end, mentions))
        ):
            reason = Say("actors-placed", {"scene": Quote(f"{mention.text}{mention.follower}")})
        elif (
            mention.role == "organisation"
            and words.result.search(text, sentence.start, sentence.end)
            and _home_actor_in(document, block.start, block.end, mentions)
        ):
            reason = Say("results-credited", {"agency": Quote(f"{mention.text}{mention.follower}")})
        elif (block.story, mention.places) not in introduced and _plainly_elsewhere(
            analysis, mention, home, block, provinces
        ):
            reason = Say("named-plainly")
        else:
            continue
        related: tuple[RelatedSpan, ...] = ()
        copy = _copied_from(analysis, sentence.start, sentence.end, places[0], block.story)
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
    analysis: Analysis, mention: PlaceMention, home: HomeRegion, sentence: Sentence, block: Block
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
        document, block.start, block.end, analysis.get("places")
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
    for start, end in _unknown_names(document, analysis.get("places"), place_words()):
        home = _home_of(analysis, start)
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
    for credit in people:
        if credit.role != "credit" or (credit.story, credit.name) in reported:
            continue
        subjects = [p for p in people if p.name == credit.name and p.story == credit.story and p.role != "credit"]
        if not subjects:
            continue
        reported.add((credit.story, credit.name))
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
    officials = [p for p in people if p.role == "official"]
    for index, later in enumerate(officials):
        for earlier in officials[:index]:
            if earlier.name != later.name or earlier.story != later.story or (later.story, later.name) in reported:
                continue
            titles = {earlier.title, later.title}
            deputy = any(f"副{title}" in titles for title in titles)
            current = [p for p in (earlier, later) if not _FORMER.search(_before(document, p))]
            if deputy and len(current) == 2:
                reported.add((later.story, later.name))
                yield Violation(
                    span=later.span,
                    args={"name": Quote(later.text), "first": earlier.title, "second": later.title},
                    related=(RelatedSpan(earlier.span, "person-as", {"person": earlier.name, "role": earlier.title}),),
                    suggestion="check-title",
                )
