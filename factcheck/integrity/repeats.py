"""Words written twice or more in a row (加强加强, 制毒制毒制毒), told from correct reduplication.

The test, in order:

1. Only a unit of two or more characters counts, and the unit must not itself be a
   repetition (哈哈哈哈 is 哈 four times, not 哈哈 twice). Reduplication of single
   characters — AA (人人, 常常), AABB (明明白白, 家家户户), frames such as 一级抓一级,
   逐户逐人, 看一看 — therefore never reaches the test.
2. Three copies or more are always an error: reduplication doubles, it never triples.
3. Two copies are correct when the unit is 一 + a measure word (一步一步), a verb with 着
   (走着走着), or a member of a word class that reduplicates as ABAB (activity verbs:
   研究研究; vivid adjectives: 雪白雪白; sound words and emphatic degree words), listed
   in ``rules/lexicons/reduplication.toml``. Two copies followed by a word-forming
   suffix are two different words (禁毒大队|大队长, 博士|博士后) and are left alone too.
   一 + a measure + a noun written twice is distributive (一个村一个村地走).
4. The unit must be a word, or a run of words (:mod:`factcheck.words`), or hold a
   figure (2019年): text written without 、 repeats characters across word boundaries
   (退税缓税缓费 is 退税、缓税、缓费; 构建共建共治), Chinese-digit years repeat digits
   (二〇二〇年), and foreign names repeat syllables (比奥比奥). A unit of three or more
   characters may carry one affix character (市公安局).
5. A title in 《》 is quoted as written (《国旗国旗真美丽》).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon import lexicons
from ..words import segments_into_words
from ..records import Record, record
from ..resources import lexicon_cache, read_lexicon_record
from ..regexes import lazy

__all__ = ["Repetition", "find_repetitions", "is_reduplication"]

_HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: A unit of 2–8 characters with a Chinese one (加强, 2019年) directly followed by a copy.
#: The lookahead (its first two characters recur within eight) is a cheap pre-check; the
#: standard library's engine is several times faster than ``regex`` on back-references.
#: Every part is bounded, so one attempt costs a constant: further copies are counted
#: after a run is accepted, and a rejected candidate never re-reads a long run.
_REPEATED = lazy(
    rf"(?=(?P<a>.)(?P<b>.).{{0,6}}?(?P=a)(?P=b))"
    rf"(?P<unit>(?:[0-9]{{1,8}}[{_HAN}]|[{_HAN}][{_HAN}0-9])[{_HAN}0-9]{{0,6}}?)(?P=unit)",
    re.DOTALL, engine=re
)


@record
class _Lexicon(Record):
    verbs: tuple[str, ...]
    adjectives: tuple[str, ...]
    expressive: tuple[str, ...]
    measures: tuple[str, ...]
    suffixes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Repetition:
    """``unit`` written ``count`` times from normalised ``start`` to ``end``."""

    start: int
    end: int
    unit: str
    count: int


@dataclass(frozen=True, slots=True)
class _Classes:
    words: frozenset[str]  # reduplicate as ABAB
    measures: frozenset[str]  # 一 + measure reduplicates
    suffixes: frozenset[str]  # make the second copy a longer word (大队|大队长)


@lexicon_cache
def _classes() -> _Classes:
    lexicon = read_lexicon_record("reduplication.toml", _Lexicon)
    measures = frozenset(lexicon.measures) | {
        name for unit in lexicons().units.unit if unit.countable for name in unit.names
    }
    return _Classes(
        words=frozenset(lexicon.verbs + lexicon.adjectives + lexicon.expressive),
        measures=measures,
        suffixes=frozenset(lexicon.suffixes),
    )


def _is_primitive(unit: str) -> bool:
    """Whether ``unit`` is not itself a shorter unit repeated (哈哈 is; 制毒 is not)."""
    return (unit + unit).find(unit, 1) == len(unit)


def is_reduplication(unit: str, count: int, following: str = "") -> bool:
    """Whether ``unit`` written ``count`` times in a row, then ``following``, is correct Chinese.

    See the module docstring; ``following`` is the character after the run.
    """
    if count != 2:
        return False
    classes = _classes()
    if following in classes.suffixes:
        return True  # two words: 大队|大队长
    if unit[0] == "一" and any(unit[1:end] in classes.measures for end in range(2, len(unit) + 1)):
        return True  # 一步一步, and distributive 一个村一个村
    if len(unit) == 2 and unit[1] == "着":
        return True
    return unit in classes.words


_DIGIT = lazy(r"[0-9]", engine=re)
_TITLE_REACH = 40  # characters looked back for an open 《


def _is_word_like(unit: str) -> bool:
    """A word, a run of words, or a figure (2019年): what can be written twice by mistake.

    A unit of three or more characters may carry one affix character (市|公安局).
    """
    if _DIGIT.search(unit) is not None or segments_into_words(unit):
        return True
    return len(unit) >= 3 and (segments_into_words(unit[1:]) or segments_into_words(unit[:-1]))


def _in_title(text: str, position: int) -> bool:
    """Inside a title in 《》, which quotes a name as written."""
    opening = text.rfind("《", max(0, position - _TITLE_REACH), position)
    return opening >= 0 and text.find("》", opening, position) < 0


def find_repetitions(text: str) -> Iterator[Repetition]:
    """Every run of a word written twice or more in ``text`` that is not reduplication."""
    position = 0
    while (match := _REPEATED.search(text, position)) is not None:
        start, end = match.span()
        unit = match["unit"]
        if not _is_primitive(unit):
            position = start + 1
            continue
        count = 3 if text.startswith(unit, end) else 2  # two copies or more: enough to decide
        if (
            is_reduplication(unit, count, text[end : end + 1])
            or not _is_word_like(unit)
            or _in_title(text, start)
        ):
            position = start + 1  # a later, overlapping candidate may still be a repetition
            continue
        while text.startswith(unit, end):  # an accepted run is read once, to its end
            end += len(unit)
        position = end
        yield Repetition(start=start, end=end, unit=unit, count=(end - start) // len(unit))
