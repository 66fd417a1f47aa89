"""Claim extraction: changes, breakdowns, enumerations, 分别 and the public extract()."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.claims import Analysis, Breakdown, Change, Enumeration, Respective
from factcheck.document import Document
from factcheck.numerics.scanner import Role
from tests.strategies import article_text


def claims(text: str, name: str) -> list:  # type: ignore[type-arg]
    return Analysis(Document(text)).get(name)


def test_change_with_basis_and_quantity() -> None:
    (change,) = claims("查获吸毒人员711人次，同比提升170.34%。", "changes")
    assert isinstance(change, Change)
    assert (change.direction, change.measure, change.amount, change.basis) == ("increase", "percent", 170.34, "同比")
    assert change.quantity is not None and change.quantity.value == 711


def test_level_is_not_a_change() -> None:
    assert claims("新吸毒人员增幅连续下降至0.09%。", "changes") == []


def test_change_noun_and_points() -> None:
    changes = claims("年均降幅达14.6%，覆盖率提高2.5个百分点，降低两倍。", "changes")
    assert [(c.direction, c.measure, c.amount) for c in changes] == [
        ("decrease", "percent", 14.6),
        ("increase", "points", 2.5),
        ("decrease", "multiple", 2),
    ]


def test_listed_changes_inherit_direction() -> None:
    changes = claims("分别下降92.3%、94.1%和98.3%。", "changes")
    assert [c.amount for c in changes] == [92.3, 94.1, 98.3]
    assert {c.direction for c in changes} == {"decrease"}


def test_breakdown_in_parentheses() -> None:
    (breakdown,) = claims("缴获各类毒品29.29892千克（其中，海洛因0.69925千克、冰毒1.99787千克、片剂26.6018千克）。", "breakdowns")
    assert isinstance(breakdown, Breakdown)
    assert breakdown.total.value == 29.29892
    assert [part.quantity.value for part in breakdown.parts] == [0.69925, 1.99787, 26.6018]
    assert [part.label for part in breakdown.parts] == ["海洛因", "冰毒", "片剂"]
    assert not breakdown.complete


def test_complete_breakdown_with_units() -> None:
    (breakdown,) = claims("共缴获毒品2.5吨，分别为海洛因1800公斤、冰毒700千克。", "breakdowns")
    assert breakdown.complete and breakdown.total.factor == 1000


def test_parts_then_total() -> None:
    (breakdown,) = claims("刑事案件40起、行政案件12起，共计52起。", "breakdowns")
    assert breakdown.complete and len(breakdown.parts) == 2


def test_enumeration_with_list_after() -> None:
    (enumeration,) = claims("积极推进禁毒宣传“四进”活动（进校园、进乡村、进快递、进万家）。", "enumerations")
    assert isinstance(enumeration, Enumeration)
    assert (enumeration.label, enumeration.count, len(enumeration.items)) == ("四进", 4, 4)


def test_enumeration_with_list_before() -> None:
    (enumeration,) = claims("抓住生产、经营、购买、运输“四个环节”。", "enumerations")
    assert enumeration.items[-1] == "运输" and enumeration.count == 4


def test_respective() -> None:
    (respective,) = claims("查处吸毒人数、新发现吸毒人员、强制隔离戒毒人员分别下降92.3%、94.1%和98.3%。", "respectives")
    assert isinstance(respective, Respective)
    assert (respective.subject_count, respective.value_count) == (3, 3)


def test_extract_is_json_serialisable_and_ordered() -> None:
    text = "今年以来，共破获毒品犯罪案件114起，同比下降12.4%，缴获毒品29.29892千克（其中海洛因0.69925千克、冰毒28.59967千克）。"
    extracted = factcheck.extract(text)
    kinds = {claim.kind for claim in extracted}
    assert {"quantity", "percentage", "change", "breakdown"} <= kinds
    starts = [claim.span.start for claim in extracted]
    assert starts == sorted(starts)
    payload = json.dumps([claim.model_dump(mode="json") for claim in extracted], ensure_ascii=False)
    assert "norm" not in payload
    for claim in extracted:
        assert text[claim.span.start : claim.span.end] == claim.text


def test_change_does_not_qualify_last_years_figure() -> None:
    (change,) = claims("今年共破获案件150起，去年同期125起，同比增长25%。", "changes")
    assert change.quantity is None


_TOTAL_WORDS = ["其中", "分别为", "分别是", "分为", "包括", "含", "（", "，", " ", "共计", "合计", "总计", "为", "达", "\n"]


@given(st.lists(st.one_of(st.sampled_from(_TOTAL_WORDS), article_text), max_size=8).map("".join))
def test_breakdown_character_gates_match_their_patterns(text: str) -> None:
    """The breakdown extractor tries its total patterns only after (before) a character
    they can start (end) with: a match anywhere else would be a gate that drops one."""
    from factcheck.claims import breakdowns

    for position in range(len(text) + 1):
        after = breakdowns._AFTER_TOTAL.match(text, position)
        if after is not None:
            first = text[position : position + 1]
            assert first in breakdowns._AFTER_TOTAL_FIRST or first.isspace()
        before = breakdowns._TOTAL_AFTER_PARTS.search(text, max(0, position - 8), position)
        if before is not None:
            assert text[position - 1 : position] in breakdowns._TOTAL_AFTER_PARTS_LAST


def test_figure_objects_start_with_a_first_character() -> None:
    from factcheck.claims.figures import _vocabulary, measure_lexicon

    vocabulary = _vocabulary()
    for item in measure_lexicon().object:
        for phrasing in item.phrasings:
            assert phrasing[0] in vocabulary.object_first
            assert vocabulary.objects.match(phrasing) is not None


@given(article_text, st.sets(st.sampled_from(list(Role)), min_size=1))
def test_positions_are_the_indexes_of_the_mentions_of_those_roles(text: str, roles: set[Role]) -> None:
    analysis = Analysis(Document(text))
    mentions = analysis.mentions
    assert list(analysis.positions(*roles)) == [i for i, mention in enumerate(mentions) if mention.role in roles]
    assert list(analysis.marked) == [i for i, mention in enumerate(mentions) if mention.markers]


def test_positions_of_mixed_roles_are_merged_in_text_order() -> None:
    analysis = Analysis(Document("今年1—9月，全市接报案件120起，同比下降12.5%，为去年的1.5倍，约300人。"))
    roles = {mention.role for mention in analysis.mentions}
    assert {Role.DATE, Role.QUANTITY, Role.PERCENT, Role.MULTIPLE} <= roles
    every = analysis.positions(*Role)
    assert list(every) == list(range(len(analysis.mentions)))
    assert list(analysis.marked) == [i for i, mention in enumerate(analysis.mentions) if mention.markers] != []
