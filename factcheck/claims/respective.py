"""Respective claims: ``A、B、C分别下降92.3%、94.1%和98.3%``.

Subjects are the 、-separated words from the start of the clause to 分别 (or one
counted subject, ``两项工作``); values are the figures after 分别 in the same clause
joined by 、/和/及/与.
"""

from __future__ import annotations

import regex

from ..numbers.numerals import chinese_value
from ..numbers.scanner import NumberMention, Role
from .analysis import Analysis, extractor
from .enumerations import item_counts
from .models import Respective

__all__ = ["extract_respectives", "subject_counts"]

_RESPECTIVELY = regex.compile(r"分别")
_CLAUSE_MARK = regex.compile(r"[，。；：！？\n]")
_VALUE_ROLES = frozenset({Role.QUANTITY, Role.PERCENT, Role.POINTS, Role.ORDINAL, Role.MULTIPLE, Role.BARE})
_VALUE_GAP = regex.compile(r"^(?:(?:、|和|及|与|以及|，)[^\d，。；、]{0,8})?$")
_COUNTED_SUBJECT = regex.compile(r"(?P<num>[两二三四五六七八九十\d]+)(?:项|个|名|位|家|所|种|类|起|件|批|支|处)")
_ORDINAL_SUFFIX = regex.compile(r"^[名位]")
_BREAKDOWN = regex.compile(r"为|是")
#: nothing, or only what the values are compared with, stands between the figures and 分别
_BASIS_ONLY = regex.compile(
    r"(?:同比|环比|与[^，。；]{0,12}?相比|(?:比|较)(?:上年|去年|上一年|\d{4}年)(?:同期)?)?"
)


def subject_counts(subjects: list[str]) -> set[int]:
    """How many subjects a subject list may name (and/or readings, counted nouns)."""
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


def _figures_before(text: str, mentions: list[NumberMention], end: int) -> list[str]:
    """The figures the clauses right before ``end`` list, one subject per figure.

    The clause right before may list them all (104件145人，同比分别减少…); otherwise each
    earlier clause gives one (破获…20013起，抓获…23959名，…，分别增加…), back to a clause
    without a figure or the start of the sentence.
    """
    figures: list[str] = []
    clause_end = end
    while clause_end > 0:
        start = max(text.rfind(mark, 0, clause_end - 1) for mark in "，。；：！？\n") + 1
        found = [
            text[mention.start : mention.end]
            for mention in mentions
            if start <= mention.start < clause_end and mention.role is Role.QUANTITY
        ]
        if not found or (figures and len(found) > 1):
            break
        figures[:0] = found
        if len(found) > 1 or text[start - 1 : start] != "，":
            break  # a clause listing them all, or the start of the sentence
        clause_end = start
    return figures


@extractor("respectives")
def extract_respectives(analysis: Analysis) -> list[Respective]:
    document = analysis.document
    text = document.text
    mentions = analysis.mentions
    claims: list[Respective] = []
    for match in _RESPECTIVELY.finditer(text):
        position = match.start()
        clause_from = max(0, position - 100)
        for mark in _CLAUSE_MARK.finditer(text, clause_from, position):
            clause_from = mark.end()
        subject_text = text[clause_from:position].strip()
        figure_subjects = (
            _BASIS_ONLY.fullmatch(subject_text) is not None
            and _BREAKDOWN.match(text, match.end()) is None  # 2.5吨，分别为海洛因…: a breakdown
        )
        if figure_subjects:  # 抓获…23959名，缴获…12.1吨，同比分别增加…: the figures are the subjects
            subjects = _figures_before(text, mentions, clause_from)
        else:
            subjects = [item for item in subject_text.split("、") if item]
        if not subjects or (figure_subjects and len(subjects) < 2):
            continue
        clause_end_match = _CLAUSE_MARK.search(text, match.end())
        clause_end = clause_end_match.start() if clause_end_match else len(text)
        values = []
        last_end = None
        for mention in mentions:
            if mention.start < match.end() or mention.start >= clause_end:
                continue
            if mention.role not in _VALUE_ROLES:
                continue
            if last_end is not None and not _VALUE_GAP.match(text[last_end : mention.start]):
                break
            end = mention.end
            if mention.role is Role.ORDINAL:
                suffix = _ORDINAL_SUFFIX.match(text, end)
                end = suffix.end() if suffix else end
                values.append(text[mention.start - 1 : end])
            else:
                values.append(text[mention.start : end])
            last_end = end
        if not values:
            continue
        span = document.span(clause_from, last_end or match.end())
        claims.append(
            Respective(
                span=span,
                text=document.original_of(span),
                norm=(clause_from, last_end or match.end()),
                subjects=subjects,
                subject_count=(
                    len(subjects)
                    if figure_subjects
                    else min(subject_counts(subjects), default=len(subjects))
                ),
                figure_subjects=figure_subjects,
                values=values,
                value_count=len(values),
            )
        )
    return claims
