"""Person mentions: names in bylines and credits, officials with titles, speakers.

Names are two or three Han characters and, outside bylines, start with a surname (from
``rules/lexicons/places.toml``); masked names (李某某, 周某, 阮某龙) are never
mentions. Reporters and photographers come from ``Document.credits`` (bylines, photo
credits, the byline of a 本报讯 lead). In the
story, a name right after a title is an official (副局长毛卫东), a name that starts a
clause and is followed by a verb of speech is a speaker (卢拥军说) when the article
names the same person with a title or in a credit.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import BlockKind, Document
from ..places.words import PlaceWords, place_words
from ..regexes import lazy
from .analysis import Analysis, extractor
from .models import PersonMention

__all__ = ["extract_people"]

_NAME = lazy(r"^\p{Han}{2,3}$")
_HAN_RUN = lazy(r"\p{Han}{1,3}")
_CREDIT_KINDS = frozenset({"byline", "photo"})
# a name ends before these: verbs and function words that follow names
_AFTER_NAME = frozenset("任说和与及等在为是对带一同表介指强坦感认谈的了也都将已率向被从到告作")
# a name does not start with these (书记就…, 县长任…, 他说)
_NOT_NAME_START = frozenset("该此这那其我他她它你全各本每有据经记民就任对在于与和为是向将把被从按通")
_NOT_NAME_END = frozenset("警员人长者们师生众友士官兵方局队部委办所站")
_NOT_NAME_BEGIN = frozenset({"关于", "国家", "国际", "于是", "由于", "成为", "同时", "因为", "经过", "时间"})
_CLAUSE = lazy(r"(?:^|(?<=[，。；！？：“”\s、]))(\p{Han}{2,3})$")  # the name before a verb of speech


def _person(document: Document, start: int, end: int, role: str, title: str, story: int) -> PersonMention:
    span, norm = document.ranges(start, end)
    name = document.text[start:end]
    return PersonMention(
        span=span, text=document.original_of(span), norm=norm, name=name,
        role=role, title=title, story=story,  # type: ignore[arg-type]
    )


def _credits(document: Document) -> Iterator[PersonMention]:
    """Reporters and photographers named in bylines and credits (see ``Document.credits``)."""
    for credit in document.credits:
        if credit.kind in _CREDIT_KINDS and _NAME.match(credit.name) and "某" not in credit.name:
            yield _person(document, credit.start, credit.end, "credit", credit.role, credit.story)


def _name_after(text: str, position: int) -> int:
    """The end of a name starting at ``position``, or ``position`` when none starts there."""
    run = _HAN_RUN.match(text[position : position + 3])
    if (
        run is None
        or len(run.group()) < 2
        or run.group()[0] in _NOT_NAME_START
        or run.group()[:2] in _NOT_NAME_BEGIN
        or run.group()[1] in _AFTER_NAME
    ):
        return position
    if len(run.group()) == 3 and run.group()[2] in _AFTER_NAME:
        return position + 2
    return position + len(run.group())


def _officials(document: Document, words: PlaceWords, credited: set[int]) -> Iterator[PersonMention]:
    text = document.text
    for block in document.blocks:
        if block.kind in (BlockKind.BYLINE, BlockKind.CREDIT) or block.index in credited:
            continue
        for match in words.title_search.finditer(text, block.start, block.end):
            if text[match.start() - 1 : match.start()] == "总":
                continue  # 总书记, 总队长: not the title that was matched
            end = _name_after(text, match.end())
            name = text[match.end() : end]
            if end > match.end() and "某" not in name and words.has_surname(name):
                yield _person(document, match.end(), end, "official", match.group(), block.story)
        for verb in words.speech_after.finditer(text, block.start, block.end):
            match = _CLAUSE.search(text, max(block.start, verb.start() - 4), verb.start())
            if match is None:
                continue
            name = match.group(1)
            if name[-1] in _NOT_NAME_END or "某" in name or not words.has_surname(name):
                continue
            if words.title_before.search(text[max(block.start, match.start(1) - 5) : match.start(1)]):
                continue  # already an official
            yield _person(document, match.start(1), match.end(1), "speaker", "", block.story)


@extractor("people")
def extract_people(analysis: Analysis) -> list[PersonMention]:
    document = analysis.document
    if not document.blocks:
        return []
    document.stories  # grouping the stories numbers the blocks' stories
    words = place_words()
    credits = list(_credits(document))
    credited = {document.block_at(person.norm[0]).index for person in credits if document.block_at(person.norm[0])}
    credited = {index for index in credited if document.blocks[index].kind is not BlockKind.BODY}
    found = credits + list(_officials(document, words, credited))
    introduced = {person.name for person in found if person.role != "speaker"}
    people = [person for person in found if person.role != "speaker" or person.name in introduced]
    return sorted(people, key=lambda person: person.norm)
