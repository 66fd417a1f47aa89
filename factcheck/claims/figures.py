"""Figures: a quantity together with what it measures, for whom, and over which period.

``抓获涉毒嫌疑人174人`` in ``今年以来，全市公安机关共破获…`` is the figure
174人 with action 抓获, object 嫌疑人, subject 全市, period 今年以来. Two figures state
the same measure when action, object and dimension agree; rules that compare figures
(restatements, parts of totals) also compare subject, period and story.

The vocabulary lives in ``rules/lexicons/measures.toml``. A figure's period is the
last time expression before it in its sentence, else near the head of its paragraph
(the ``times`` extractor); ``period_start``/``period_end`` is its calendar interval.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import regex

from ..document import last_before
from ..numerics.scanner import Role
from ..records import Record, record
from ..resources import lexicon_cache, read_lexicon_record
from .analysis import Analysis, extractor
from .matches import MatchIndex
from ..span import Span
from .models import Quantity
from .quantities import quantity_of
from .times import DatePoint, Period, RelativeTime
from ..regexes import compile_pattern, lazy

__all__ = ["Figure", "MeasureLexicon", "extract_figures", "measure_lexicon"]

_CLAUSE_BREAK = lazy(r"[。！？；\n]")
_CLAUSE_MARKS = "，。；：！？"
_CLAUSE_END = lazy(r"[，。；]")
_LIST_MARKS = "、和及"  # the words after the last one name what a figure counts
_LIST_GAP = lazy(r"[，、]?[^，。；\d]{0,12}")
#: Scope words (全市, 该大队) and organisations reduced to their level (叶县公安局 → 县公安局):
#: without word segmentation the name before an organisation is not reliable.
_SUBJECT = lazy(
    r"全(?:国|省|区|市|州|盟|县|旗|乡|镇)|(?:该|本|我)(?:省|区|市|州|县|局|所|队|大队|支队|总站|院|部门)"
    r"|[省市区县州旗盟](?:公安局|公安分局|公安厅|人民检察院|检察院|人民法院|法院|禁毒办|禁毒委|戒毒所)"
    r"|(?:边检总站|边境管理支队|禁毒支队|禁毒大队)"
)
@record
class _Object(Record):
    name: str
    phrasings: tuple[str, ...]
    kind_of: str | None = None
    dimensions: tuple[str, ...] = ()


@record
class MeasureLexicon(Record):
    verbs: tuple[tuple[str, ...], ...]
    modifiers: tuple[str, ...] = ()
    narrowing: tuple[str, ...] = ()
    object: tuple[_Object, ...] = ()

    def neutral_words(self) -> tuple[str, ...]:
        """Modifiers that do not narrow what is counted (各类, 共计), longest first."""
        words = (word for word in self.modifiers if word not in self.narrowing)
        return tuple(sorted(words, key=len, reverse=True))

    def canonical_verbs(self) -> dict[str, str]:
        return {word: group[0] for group in self.verbs for word in group}

    def objects_by_phrasing(self) -> dict[str, _Object]:
        return {phrasing: item for item in self.object for phrasing in item.phrasings}

    def broader(self, name: str) -> str | None:
        """The broader kind of an object (冰毒 → 毒品), if any."""
        return next((item.kind_of for item in self.object if item.name == name), None)


@lexicon_cache
def measure_lexicon() -> MeasureLexicon:
    return read_lexicon_record("measures.toml", MeasureLexicon)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    verbs: regex.Pattern[str]
    canonical: dict[str, str]
    objects: regex.Pattern[str]
    object_first: frozenset[str]  # the first characters of the object words
    object_names: dict[str, str]
    object_dimensions: dict[str, tuple[str, ...]]


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    lexicon = measure_lexicon()
    canonical = lexicon.canonical_verbs()
    verbs = "|".join(regex.escape(word) for word in sorted(canonical, key=len, reverse=True))
    by_phrasing = lexicon.objects_by_phrasing()
    objects = "|".join(regex.escape(word) for word in sorted(by_phrasing, key=len, reverse=True))
    return _Vocabulary(
        verbs=compile_pattern(verbs),
        canonical=canonical,
        objects=compile_pattern(objects) if objects else compile_pattern(r"(?!)"),
        object_first=frozenset(word[0] for word in by_phrasing),
        object_names={phrasing: item.name for phrasing, item in by_phrasing.items()},
        object_dimensions={item.name: item.dimensions for item in lexicon.object},
    )


@dataclass(slots=True)
class Figure:
    """A quantity with the measure it states and its scope.

    Internal to the rules (not one of :func:`factcheck.extract`'s claims), so a plain
    slotted dataclass: a long article has one per quantity. A value, like the claims:
    never changed once built (not frozen, which would make building one slower).
    """

    span: Span
    text: str
    norm: tuple[int, int]
    quantity: Quantity
    action: str | None  # canonical verb: 抓获, 缴获 …
    object: str | None  # canonical object: 嫌疑人, 毒品, 冰毒 …
    object_text: str = ""  # the words naming the object
    subject: str | None = None  # 全市, 该大队, 广西边检总站 …
    clause_start: int = 0  # where its clause starts (normalised): see :meth:`label_in`
    period: str | None = None  # 今年以来, 2023年以来 …
    period_start: date | None = None  # the period's calendar interval, when known
    period_end: date | None = None
    story: int = 0
    sentence: int = -1
    approximate: bool = False
    kind: str = "figure"

    def label_in(self, text: str) -> str:
        """The words of its clause before it in the normalised ``text`` (the quantity's own
        label stops at a number). Kept as a position: on dense text a copy per figure
        would be most of the memory."""
        return text[self.clause_start : self.norm[0]].strip()

    @property
    def measure(self) -> tuple[str | None, str | None, str]:
        """What is measured: (action, object, dimension)."""
        return self.action, self.object, self.quantity.dimension


#: How far before a figure its clause, subject and period are looked for (characters).
_LOOK_BACK = 300


def _object_in(
    objects: MatchIndex, text: str, start: int, end: int, dimension: str
) -> tuple[str | None, str]:
    """The last object named in ``text[start:end]`` that can be counted in ``dimension``."""
    for found_start, found_end in reversed(objects.within(start, end)):
        words = text[found_start:found_end]
        name = _countable(words, dimension)
        if name is not None:
            return name, words
    return None, ""


def _object_after(text: str, position: int, dimension: str) -> tuple[str | None, str]:
    """The object named right at ``position`` (25名犯罪嫌疑人), if it can be counted in ``dimension``."""
    vocabulary = _vocabulary()
    if text[position : position + 1] not in vocabulary.object_first:
        return None, ""
    match = vocabulary.objects.match(text, position, position + 10)
    name = _countable(match.group(), dimension) if match is not None else None
    return (name, match.group()) if name is not None and match is not None else (None, "")


def _countable(words: str, dimension: str) -> str | None:
    """The object that ``words`` name, if it can be counted in ``dimension``."""
    vocabulary = _vocabulary()
    name = vocabulary.object_names[words]
    dimensions = vocabulary.object_dimensions.get(name, ())
    return name if not dimensions or dimension in dimensions else None


Scope = DatePoint | Period | RelativeTime


class _Scopes:
    """The time expressions that can scope a figure (dates, periods, 今年), by end position."""

    def __init__(self, claims: list[object]) -> None:
        self.claims: list[Scope] = sorted(
            (claim for claim in claims if isinstance(claim, (DatePoint, Period, RelativeTime))),
            key=lambda claim: claim.norm[1],
        )
        self.ends = [claim.norm[1] for claim in self.claims]

    def last_within(self, start: int, end: int) -> Scope | None:
        """The last expression inside the normalised range ``[start, end)``."""
        index = bisect_right(self.ends, end) - 1
        if index >= 0 and self.claims[index].norm[0] >= start:
            return self.claims[index]
        return None


@extractor("figures", public=False)
def extract_figures(analysis: Analysis) -> list[Figure]:
    """Every quantity with its action, object, subject, period and story."""
    document = analysis.document
    text = document.text
    vocabulary = _vocabulary()
    figures: list[Figure] = []
    previous: Figure | None = None
    previous_end = -1
    scopes = _Scopes(analysis.get("times"))
    # verbs, objects and subjects found once: each figure looks up its clause's
    verbs, objects = MatchIndex(vocabulary.verbs, text), MatchIndex(vocabulary.objects, text)
    subjects = MatchIndex(_SUBJECT, text)
    object_first = vocabulary.object_first
    quantities = {quantity.norm: quantity for quantity in analysis.get("quantities")}
    clause_marks: Sequence[int] | None = None  # looked up at the first figure: a text may have none
    sentence = block = None
    mentions = analysis.mentions
    for index in analysis.positions(Role.QUANTITY):
        mention = mentions[index]
        unit = mention.unit
        if unit is None:
            continue
        dimension = unit.dimension
        if unit.kind == "time" or dimension == "age":
            continue  # durations and ages describe, they do not count results
        start = mention.start
        if sentence is None or not sentence.start <= start < sentence.end:  # most figures: the last one's
            sentence = document.sentence_at(start)
        if block is None or not block.start <= start < block.end:
            block = document.block_at(start)
        sentence_start = sentence.start if sentence else max(0, start - 60)
        # a bounded look-back: a sentence of thousands of clauses costs linear time, not quadratic
        if sentence_start < start - _LOOK_BACK:
            sentence_start = start - _LOOK_BACK
        if clause_marks is None:
            clause_marks = document.marks(_CLAUSE_MARKS)
        last_mark = last_before(clause_marks, start, sentence_start)
        clause_start = sentence_start if last_mark is None else last_mark + 1
        verb = verbs.last(clause_start, start)
        if verb is not None:
            object_name, object_text = _object_in(objects, text, verb[1], start, dimension)
        else:  # no action in the clause: only the words after its last list mark name it
            tail = clause_start
            for mark in _LIST_MARKS:
                found = text.rfind(mark, clause_start, start) + 1  # 0: not found
                if found > tail:
                    tail = found
            object_name, object_text = _object_in(objects, text, tail, start, dimension)
        if object_name is None and text[mention.end : mention.end + 1] in object_first:
            # 25名犯罪嫌疑人: the object right after the unit
            object_name, object_text = _object_after(text, mention.end, dimension)
            if verb is None and object_name is not None:
                rest = _CLAUSE_END.split(text[mention.end : mention.end + 24])[0]
                verb = verbs.last(mention.end, mention.end + len(rest))
        action = vocabulary.canonical[text[verb[0] : verb[1]]] if verb else None
        # 打掉团伙10个，窝点3个: a list continues the action of the figure before it
        continues = (
            previous is not None
            and action is None
            and _LIST_GAP.fullmatch(text, previous_end, start) is not None
        )
        if continues and previous is not None:
            action = previous.action
        subject = subjects.last(sentence_start, start)
        period = scopes.last_within(sentence_start, start)
        if period is None and block is not None and sentence is not None:
            period = scopes.last_within(block.start, min(block.end, sentence_start, block.start + 40))
        quantity = quantities.get((start, mention.end)) or quantity_of(document, mention)
        figure = Figure(
            span=quantity.span,
            text=quantity.text,
            norm=quantity.norm,
            quantity=quantity,
            action=action,
            object=object_name,
            object_text=object_text,
            subject=text[subject[0] : subject[1]] if subject else None,
            clause_start=clause_start,
            period=text[period.norm[0] : period.norm[1]] if period else None,
            period_start=period.start if period else None,
            period_end=period.end if period else None,
            story=block.story if block else 0,
            sentence=sentence.index if sentence else -1,
            approximate=not mention.exact,
        )
        figures.append(figure)
        previous, previous_end = figure, mention.end
    return figures
