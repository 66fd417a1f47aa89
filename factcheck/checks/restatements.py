"""Figures that state the same measure twice with values that cannot both be true (FC501).

Two figures state the same thing when they are in the same story, count the same object
with the same action in the same dimension, with the same qualifiers (重特大案件 are a
narrower count than 案件), and — in body text — for the same explicit scope (全市, 该支队;
an organisation reduced to its level, 县公安局, may be any county's) and period (今年以来)
in the same section (a subheading may start another district's section, with its own
全区). A figure in a headline or caption carries no scope of its own: it restates the
body's total of that measure, and disagrees when no body figure of the measure fits it.
Parts of a total (其中…, 分别…) and figures of one operation or case restate nothing.

Figures are grouped by measure first, so the pairing stays linear in practice.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from ..resources import lexicon_cache
from ..claims.analysis import Analysis
from ..claims.figures import Figure, measure_lexicon
from ..document.structure import BlockKind
from .intervals import Interval, written_interval
from ..regexes import compile_pattern, lazy

__all__ = ["Restatement", "restatements"]

_SUMMARY_KINDS = frozenset({BlockKind.HEADING, BlockKind.SUBTITLE, BlockKind.KICKER, BlockKind.CAPTION})
_PART = lazy(r"其中|分别|包括|包含|含有|以及其他")
#: a figure for one operation, case or campaign is narrower than the subject's total
_NARROWER = lazy(r"行动|专案|战役|会战|活动中|期间|案中|该案|此案|一案")
_TOTAL = lazy(r"共|累计|合计|总计")
_RELATIVE_PERIOD = lazy(r"今年|去年|前年|本年|上年|当年|近|以来|至今|目前")
_WRITTEN_YEAR = lazy(r"\d{4}年|[〇零一二三四五六七八九]{4}年")
#: subjects that name a scope (全市, 该大队), not an organisation reduced to its level
_SCOPE_SUBJECT = lazy(r"(?:全|该|本|我)\p{Han}")


@dataclass(frozen=True, slots=True)
class Restatement:
    """``figure`` disagrees with ``others``, earlier statements of the same measure."""

    figure: Figure
    others: tuple[Figure, ...]
    summary: bool  # ``figure`` is in a headline or caption


def _alternation(words: Iterable[str]) -> regex.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    return compile_pattern("|".join(regex.escape(word) for word in ordered) or r"(?!)")


@lexicon_cache
def _words() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Verbs and neutral modifiers of the measure lexicon."""
    lexicon = measure_lexicon()
    return _alternation(lexicon.canonical_verbs()), _alternation(lexicon.neutral_words())


def qualifier(figure: Figure, text: str) -> str:
    """Words narrowing the object, between the verb and the number (重特大, 跨省); ``""`` if none."""
    verbs, neutral = _words()
    label = figure.label_in(text)
    start = 0
    for match in verbs.finditer(label):
        start = match.end()
    words = label[start:]
    if figure.object_text and figure.object_text in words:
        words = words.replace(figure.object_text, "", 1)
    elif figure.object_text:
        return ""  # the object follows the number (25名犯罪嫌疑人): nothing narrows it here
    return neutral.sub("", words).strip("，、 ")


def _overlap(first: Interval, second: Interval) -> bool:
    return first[0] <= second[1] and second[0] <= first[1]


def _compatible(first: Figure, second: Figure) -> bool:
    return _overlap(written_interval(first.quantity), written_interval(second.quantity))


def _is_part(analysis: Analysis, figure: Figure) -> bool:
    """A part of a total (其中…) or a figure for one operation or case (专项行动中, 该案)."""
    document = analysis.document
    sentence = document.sentence_at(figure.norm[0])
    start = sentence.start if sentence else max(0, figure.norm[0] - 40)
    before = document.text[start : figure.norm[0]]
    return _PART.search(before) is not None or _NARROWER.search(before) is not None


def _is_summary(analysis: Analysis, figure: Figure) -> bool:
    block = analysis.document.block_at(figure.norm[0])
    return block is not None and block.kind in _SUMMARY_KINDS


def _is_total(figure: Figure, text: str) -> bool:
    return bool(figure.subject or figure.period or _TOTAL.search(figure.label_in(text)))


def _groups(analysis: Analysis) -> dict[tuple[object, ...], list[Figure]]:
    groups: dict[tuple[object, ...], list[Figure]] = {}
    for figure in analysis.get("figures"):
        assert isinstance(figure, Figure)
        if figure.action is None or figure.object is None:
            continue
        key = (figure.story, *figure.measure, qualifier(figure, analysis.document.text))
        groups.setdefault(key, []).append(figure)
    return groups


class _Sections:
    """The section of a story each figure is in: the last heading above it."""

    def __init__(self, analysis: Analysis) -> None:
        blocks = analysis.document.blocks
        self._headings = [block.start for block in blocks if block.kind is BlockKind.HEADING]

    def of(self, figure: Figure) -> int:
        return bisect_right(self._headings, figure.norm[0])


_SPELLINGS = (
    ("上半年", "1月至6月"),
    ("下半年", "7月至12月"),
    ("前三季度", "1月至9月"),
    ("第一季度", "1月至3月"),
    ("一季度", "1月至3月"),
    ("月份", "月"),
)
_MONTH_RANGE = lazy(r"(\d{1,2})月?(?:至|到|-|—|~)(\d{1,2})月")


def _spelled_out(period: str) -> str:
    """One wording per period: 今年上半年, 今年1至6月 and 今年1-6月 all read 今年1月至6月."""
    for words, months in _SPELLINGS:
        period = period.replace(words, months)
    return _MONTH_RANGE.sub(r"\1月至\2月", period)


def _period(figure: Figure) -> object:
    """The period as calendar dates when resolved (今年上半年 = 今年1月至6月), else as written.

    A period relative to the article's date (今年以来) is never equated with an absolute
    one (2023年): the reference date may be a guess.
    """
    if figure.period is None:
        return None
    if figure.period_start is None or figure.period_end is None:
        return _spelled_out(figure.period)  # no reference date: compare the wording
    # 今年上半年 and 1月至6月 both depend on the reference date: they compare by their days
    relative = _RELATIVE_PERIOD.search(figure.period) is not None or _WRITTEN_YEAR.search(figure.period) is None
    return (relative, figure.period_start, figure.period_end)


def _body_restatements(body: list[Figure], sections: _Sections) -> Iterator[Restatement]:
    scoped: dict[tuple[str, object, int], list[Figure]] = {}
    for figure in body:
        if figure.subject and figure.period and _SCOPE_SUBJECT.match(figure.subject):
            scoped.setdefault((figure.subject, _period(figure), sections.of(figure)), []).append(figure)
    for figures in scoped.values():
        first = figures[0]
        for figure in figures[1:]:
            if figure.sentence != first.sentence and not _compatible(first, figure):
                yield Restatement(figure, (first,), summary=False)


def _fits_scope(summary: Figure, figure: Figure) -> bool:
    return (not summary.subject or summary.subject == figure.subject) and (
        not summary.period or _period(summary) == _period(figure)
    )


def _sentence_sums(analysis: Analysis) -> dict[tuple[object, ...], list[Interval]]:
    """Per story, action and dimension: the sum of each body sentence's figures.

    A headline may add up what the body lists (破获毒品案件52起 for 刑事案件30起、行政案件22起).
    """
    totals: dict[tuple[object, ...], Interval] = {}
    for figure in analysis.get("figures"):
        assert isinstance(figure, Figure)
        if figure.action is None or _is_summary(analysis, figure):
            continue
        key = (figure.story, figure.action, figure.quantity.dimension, figure.sentence)
        low, high = totals.get(key, (0.0, 0.0))
        interval = written_interval(figure.quantity)
        totals[key] = (low + interval[0], high + interval[1])
    sums: dict[tuple[object, ...], list[Interval]] = {}
    for (story, action, dimension, _), interval in totals.items():
        sums.setdefault((story, action, dimension), []).append(interval)
    return sums


def _summary_restatements(
    summaries: list[Figure],
    body: list[Figure],
    totals: list[Figure],
    sections: _Sections,
    sums: list[Interval],
) -> Iterator[Restatement]:
    for summary in summaries:
        scoped = tuple(figure for figure in totals if _fits_scope(summary, figure))
        if len({sections.of(figure) for figure in scoped}) != 1:
            continue  # no total, or totals of several sections (districts) the headline may sum
        if any(_compatible(summary, figure) for figure in body):
            continue
        stated = written_interval(summary.quantity)
        if not any(_overlap(stated, total) for total in sums):
            yield Restatement(summary, scoped, summary=True)


def restatements(analysis: Analysis) -> Iterator[Restatement]:
    """Every figure that restates an earlier (or the body's) figure with another value."""
    sections = _Sections(analysis)
    sums: dict[tuple[object, ...], list[Interval]] | None = None
    for figures in _groups(analysis).values():
        if len(figures) < 2:
            continue
        summaries = [figure for figure in figures if _is_summary(analysis, figure)]
        body = [figure for figure in figures if not _is_summary(analysis, figure)]
        whole = [figure for figure in body if not _is_part(analysis, figure)]
        yield from _body_restatements(whole, sections)
        totals = [figure for figure in whole if _is_total(figure, analysis.document.text)]
        if summaries and totals:
            sums = _sentence_sums(analysis) if sums is None else sums
            first = summaries[0]
            key = (first.story, first.action, first.quantity.dimension)
            yield from _summary_restatements(summaries, body, totals, sections, sums.get(key, []))
