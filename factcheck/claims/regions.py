"""The home region of each story: the province (and prefecture) a story is about.

Evidence is the places the story names outside captions and outside relations to other
regions (从…, 与…签订, 涉及…): a place in a headline or named with its own organisation
(兰州市公安局, 江西戒毒系统) weighs 2, one named after a region's organisation that acts
elsewhere (北京军区, 浙江商会) 0, any other 1; a county counts for its
prefecture and province. The province with at least half the weight (and at least 2)
is home, and its prefecture likewise. A story without enough evidence inherits the
region of the whole article.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from ..document import Block, BlockKind, Document
from ..places.gazetteer import Level, Place, gazetteer
from ..places.words import place_words
from ..regexes import lazy
from .analysis import Analysis, extractor
from .models import PlaceMention
from .places import mention_places

__all__ = ["HomeRegion", "extract_home_regions", "in_relation"]

_TITLE_KINDS = frozenset({BlockKind.HEADING, BlockKind.SUBTITLE, BlockKind.KICKER})
_LAST_CLAUSE = lazy(r"[^，。；！？：,;!?:\n]*$")
_MINIMUM_WEIGHT = 2


@dataclass(frozen=True, slots=True)
class HomeRegion:
    """The region story ``story`` is about; ``province`` is ``None`` when unknown."""

    story: int
    province: Place | None
    prefecture: Place | None
    inherited: bool = False

    def contains(self, place: Place) -> bool:
        return self.province is not None and self.province.contains(place)

    def describe(self) -> str:
        if self.prefecture is not None:
            return self.prefecture.describe()
        return self.province.name if self.province is not None else "unknown"


def in_relation(document: Document, mention: PlaceMention) -> bool:
    """The clause puts the place in a relation with another region (a route, a partner)."""
    start = mention.norm[0]
    window = document.text[max(0, start - 40) : start]
    clause = _LAST_CLAUSE.search(window)
    return place_words().relates(clause.group() if clause else window)


#: Organisations named after a region that act elsewhere: 北京军区, 驻京办, 浙江商会.
_ELSEWHERE_ORGANISATION = lazy(r"军区|商会|同乡会|老乡会|办事处|驻\p{Han}{0,2}办")


def _weight(document: Document, block: Block, mention: PlaceMention) -> int:
    """How much a mention tells of the story's region: an organisation of its own 2, a
    headline 2 (evidence, not decisive against the body), an organisation named after
    a region that acts elsewhere (北京军区, 浙江商会, 驻京办) 0, any other 1."""
    text = document.text
    start, end = mention.norm
    if _ELSEWHERE_ORGANISATION.match(text, end, min(len(text), end + 8)) or text[max(0, start - 1) : start] == "驻":
        return 0
    if block.kind in _TITLE_KINDS:
        return 2
    return 2 if mention.role == "organisation" else 1


def _decide(mentions: list[tuple[PlaceMention, int]]) -> tuple[Place | None, Place | None]:
    places = gazetteer()
    provinces: Counter[str] = Counter()
    for mention, weight in mentions:
        if mention.province is not None:
            provinces[mention.province] += weight
    if not provinces:
        return None, None
    name, weight = provinces.most_common(1)[0]
    if weight < _MINIMUM_WEIGHT or weight * 2 < sum(provinces.values()):
        return None, None
    province = places.province(name)
    prefectures: Counter[Place] = Counter()
    for mention, weight in mentions:
        found = {places.parent(p) if p.level is Level.COUNTY else p for p in mention_places(mention)}
        found = {p for p in found if p is not None and p.level is Level.PREFECTURE}
        if len(found) == 1 and mention.province == name:
            prefectures[found.pop()] += weight
    prefecture = None
    if prefectures:
        top, top_weight = prefectures.most_common(1)[0]
        if top_weight * 2 >= provinces[name] and top_weight >= _MINIMUM_WEIGHT:
            prefecture = top
    return province, prefecture


@extractor("home_regions", public=False)
def extract_home_regions(analysis: Analysis) -> list[HomeRegion]:
    document = analysis.document
    if not document.blocks:
        return []
    stories = document.stories  # grouping the stories also numbers the blocks' stories
    evidence: dict[int, list[tuple[PlaceMention, int]]] = {}
    starts = [block.start for block in document.blocks]
    for mention in analysis.get("places"):
        block = document.blocks[bisect_right(starts, mention.norm[0]) - 1]
        if block.kind is BlockKind.CAPTION or in_relation(document, mention):
            continue
        evidence.setdefault(block.story, []).append((mention, _weight(document, block, mention)))
    article = _decide([item for items in evidence.values() for item in items])
    regions = []
    for story in stories:
        province, prefecture = _decide(evidence.get(story.index, []))
        if province is None:
            regions.append(HomeRegion(story.index, *article, inherited=True))
        else:
            regions.append(HomeRegion(story.index, province, prefecture))
    return regions
