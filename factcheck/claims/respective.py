"""Respective claims: ``A、B、C分别下降92.3%、94.1%和98.3%``.

Subjects are the 、-separated words from the start of the clause to 分别 (or one
counted subject, ``两项工作``); values are the figures after 分别 in the same clause
joined by 、/和/及/与.
"""

from __future__ import annotations

from bisect import bisect_left

from ..document import Document
from ..numerics.numerals import chinese_value
from ..numerics.scanner import NumberMention, Role
from ..regexes import lazy
from .analysis import Analysis, extractor
from .enumerations import item_counts
from .models import Respective

__all__ = ["extract_respectives", "subject_counts"]

_RESPECTIVELY = lazy(r"分别")
_CLAUSE_MARKS = "，。；：！？\n"
_VALUE_ROLES = frozenset({Role.QUANTITY, Role.PERCENT, Role.POINTS, Role.ORDINAL, Role.MULTIPLE, Role.BARE})
_VALUE_SEPARATOR = r"(?:、|和|及|与|以及|，)"
_VALUE_GAP = lazy(rf"^(?:{_VALUE_SEPARATOR}[^\d，。；、]{{0,8}})?$")
#: a gap that starts a new value item (连续4年高于20%、连续3年…: 、 does, 高于 does not)
_SEPARATOR = lazy(rf"^{_VALUE_SEPARATOR}")
_COUNTED_SUBJECT = lazy(r"(?P<num>[两二三四五六七八九十\d]{1,12})(?:项|个|名|位|家|所|种|类|起|件|批|支|处)")
_ORDINAL_SUFFIX = lazy(r"^[名位]")
_BREAKDOWN = lazy(r"为|是")
#: nothing, or only what the values are compared with, stands between the figures and 分别
_BASIS_ONLY = lazy(
    r"(?:同比|环比|与[^，。；]{0,12}?相比|(?:比|较)(?:上年|去年|上一年|\d{4}年)(?:同期)?)?"
)


_NAME_CLAUSE = lazy(r"[^\d，。；：！？\n]{1,30}")
#: What makes a clause a frame (a time, a source, a connective) rather than a name.
_FRAME_WORDS = lazy(
    r"[年月日时]|以来|期间|季度|显示|表明|看$|指出|介绍|其中|此外|同时|另外|据|从|在|对"
)


def _leading_clauses(document: Document, clause_from: int, subject_text: str) -> int:
    """Name clauses before ``clause_from``, listed with commas like the subjects.

    ``住宿和餐饮业，租赁和商务服务业，批发和零售业，信息传输、软件和信息技术服务业…分别增长…``:
    clauses without a figure, a time, a source or a connective, that end with the same
    head character (业), which the subject clause holds too. A name may hold 、 or 和.
    """
    text = document.text
    if clause_from == 0 or text[clause_from - 1] != "，":
        return 0
    sentence_from = document.sentence_head(clause_from, "；")
    clauses = text[sentence_from : clause_from - 1].split("，")
    head = clauses[-1][-1:] if clauses else ""
    if not head or head not in subject_text:
        return 0
    count = 0
    for clause in reversed(clauses):
        if _NAME_CLAUSE.fullmatch(clause) is None or _FRAME_WORDS.search(clause) or not clause.endswith(head):
            break
        count += 1
    return count


def subject_counts(subjects: list[str], leading_clauses: int = 0) -> set[int]:
    """How many subjects a subject list may name (and/or readings, counted nouns).

    With ``leading_clauses`` parallel name clauses before it (see :func:`_leading_clauses`;
    前10个月 and 数据显示 are frames, not names), the subjects may also be the last of those
    clauses plus this one, each a name that may itself hold 、 or 和.
    """
    counts = _own_counts(subjects)
    if counts:  # an uncounted single subject stays unknown
        for extra in range(1, leading_clauses + 1):
            counts |= {extra + 1} | {extra + count for count in set(counts)}
    return counts


def _own_counts(subjects: list[str]) -> set[int]:
    if len(subjects) == 1:
        counted = _COUNTED_SUBJECT.search(subjects[0])
        if counted is None:
            return set()
        numeral = counted.group("num")
        if numeral.isdigit():
            return {int(numeral)}
        value = chinese_value(numeral)
        return {int(value[0])} if value and value[0] == value[1] else set()
    return item_counts(subjects)


def _figures_before(text: str, mentions: list[NumberMention], starts: list[int], end: int) -> list[str]:
    """The figures the clauses right before ``end`` list, one subject per figure.

    The clause right before may list them all (104件145人，同比分别减少…); otherwise each
    earlier clause gives one (破获…20013起，抓获…23959名，…，分别增加…), back to a clause
    without a figure or the start of the sentence.
    """
    figures: list[str] = []
    clause_end = end
    while clause_end > 0:
        floor = max(0, clause_end - _VALUE_REACH)
        start = max(max(text.rfind(mark, floor, clause_end - 1) for mark in "，。；：！？\n") + 1, floor)
        found = [
            text[mention.start : mention.end]
            for mention in mentions[bisect_left(starts, start) : bisect_left(starts, clause_end)]
            if mention.role is Role.QUANTITY
        ]
        if not found or (figures and len(found) > 1):
            break
        figures[:0] = found
        if len(found) > 1 or text[start - 1 : start] != "，":
            break  # a clause listing them all, or the start of the sentence
        clause_end = start
    return figures


#: How far after 分别 its values are read (characters): a clause is never longer in news.
_VALUE_REACH = 300


@extractor("respectives")
def extract_respectives(analysis: Analysis) -> list[Respective]:
    document = analysis.document
    text = document.text
    mentions = analysis.mentions
    starts = [mention.start for mention in mentions]
    claims: list[Respective] = []
    for match in _RESPECTIVELY.finditer(text):
        position = match.start()
        clause_from = max(0, position - 100)
        last_mark = document.mark_before(_CLAUSE_MARKS, position, clause_from)
        if last_mark is not None:
            clause_from = last_mark + 1
        subject_text = text[clause_from:position].strip()
        figure_subjects = (
            _BASIS_ONLY.fullmatch(subject_text) is not None
            and _BREAKDOWN.match(text, match.end()) is None  # 2.5吨，分别为海洛因…: a breakdown
        )
        if figure_subjects:  # 抓获…23959名，缴获…12.1吨，同比分别增加…: the figures are the subjects
            subjects = _figures_before(text, mentions, starts, clause_from)
        else:
            subjects = [item for item in subject_text.split("、") if item]
        if not subjects or (figure_subjects and len(subjects) < 2):
            continue
        reach = min(len(text), match.end() + _VALUE_REACH)
        next_mark = document.mark_after(_CLAUSE_MARKS, match.end(), reach)
        clause_end = reach if next_mark is None else next_mark
        values: list[str] = []
        last_end: int | None = None
        value_start = 0
        for mention in mentions[bisect_left(starts, match.end()) : bisect_left(starts, clause_end)]:
            if mention.role not in _VALUE_ROLES:
                continue
            gap = text[last_end : mention.start] if last_end is not None else ""
            if last_end is not None and not _VALUE_GAP.match(gap):
                break
            end = mention.end
            if mention.role is Role.ORDINAL:
                suffix = _ORDINAL_SUFFIX.match(text, end)
                end = suffix.end() if suffix else end
                value = text[mention.start - 1 : end]
            else:
                value = text[mention.start : end]
            if values and not _SEPARATOR.match(gap):
                values[-1] = text[value_start:end]  # 连续4年高于20%: one value item
            else:
                values.append(value)
                value_start = mention.start - (1 if mention.role is Role.ORDINAL else 0)
            last_end = end
        if not values:
            continue
        span, norm = document.ranges(clause_from, last_end or match.end())
        claims.append(
            Respective(
                span=span,
                text=document.original_of(span),
                norm=norm,
                subjects=subjects,
                subject_count=(
                    len(subjects)
                    if figure_subjects
                    else min(subject_counts(subjects), default=len(subjects))
                ),
                leading_clauses=0 if figure_subjects else _leading_clauses(document, clause_from, subject_text),
                figure_subjects=figure_subjects,
                values=values,
                value_count=len(values),
            )
        )
    return claims
