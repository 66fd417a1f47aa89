"""The reference date: given, from a date line, from a title, or the latest date in the text."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import Config
from factcheck.claims import Analysis
from factcheck.claims.timeline import reference_at
from factcheck.dates.reference import _CLAUSE_REACH, PLAN_CUES, _Plans, dating_of, reference_date_of
from factcheck.document import Document
from tests.conftest import seed_text


def reference(text: str):  # type: ignore[no-untyped-def]
    return reference_date_of(Document(text))


def test_latest_explicit_date() -> None:
    found = reference("2023年1月至2024年6月21日，共破获毒品刑事案件122起。6月18日，一场宣讲课举行。")
    assert (found.value, found.precision, found.source) == (date(2024, 6, 21), "day", "latest date")
    assert found.text == "2024年6月21日"
    assert not found.firm and found.latest == date(2024, 12, 31)


def test_relative_and_yearless_dates_do_not_count() -> None:
    found = reference("2019年，全省开展专项行动。今年5月6日，考评揭晓。12月3日，召开会议。")
    assert (found.value, found.precision) == (date(2019, 1, 1), "year")


def test_titles_targets_and_plans_do_not_count() -> None:
    text = (
        "2022年10月21日，马某卫做了尿检。印发《实施方案（2021—2025年）》。到2035年，基本实现现代化。"
        "2030年前完成改造。预计2026年建成。"
    )
    assert reference(text).value == date(2022, 10, 21)


def test_a_year_written_once_alone_is_trusted_last() -> None:
    text = "一、2025年工作回顾\n2025年是很不平凡的一年。2028年分别建成津潍、潍宿高铁。"
    assert reference(text).year == 2025


def test_date_line_at_the_head() -> None:
    text = "——2025年1月18日在云南省第十四届人民代表大会第三次会议上\n各位代表：\n今年1月7日，发生地震。2025年3月将召开会议。"
    found = reference(text)
    assert (found.value, found.source, found.firm) == (date(2025, 1, 18), "date line", True)


def test_year_in_the_title() -> None:
    text = "2019年全省公安禁毒工作考评成绩揭晓——\n\n今年以来，全市公安机关共破获毒品犯罪案件52起。2011年10月，他任大队长。"
    found = reference(text)
    assert (found.year, found.source, found.firm) == (2019, "title", False)


def test_signature_dates_the_letter_above_it() -> None:
    text = seed_text("002")
    document = Document(text)
    assert reference_date_of(document).value == date(2022, 10, 21)
    letter = document.text.index("二十多年前的我")
    ludian = document.text.index("2022年10月17日")
    assert dating_of(document).at(letter).value == date(2022, 2, 26)
    assert dating_of(document).at(ludian).value == date(2022, 10, 21)
    [(start, end, signed)] = dating_of(document).sections
    assert start < letter < end < ludian and signed.source == "date line"


def test_no_date_no_reference() -> None:
    assert reference("全市公安机关共破获毒品犯罪案件52起。") is None


def test_the_given_date_wins() -> None:
    analysis = Analysis(Document("2023年以来，全市共破获毒品犯罪案件58起。"), {"reference_date": date(2025, 3, 1)})
    given = reference_at(analysis, 0)
    assert (given.value, given.source, given.firm) == (date(2025, 3, 1), "given", True)
    (period,) = analysis.get("times")
    assert period.end == date(2025, 3, 1)


def test_config_and_library_call_override_the_text() -> None:
    text = "2024年3月，专案组成立。2023年以来，全市社会面吸毒人员数量连续3年下降。"
    assert [f.code for f in factcheck.check(text, Config(select=["FC401"])).findings] == ["FC401"]
    assert factcheck.check(text, Config(select=["FC401"]), reference_date=date(2025, 6, 1)).findings == []
    config = Config(select=["FC401"], reference_date=date(2025, 6, 1))
    assert factcheck.check(text, config).findings == []


def test_seed_reference_dates() -> None:
    found = {prefix: str(reference_date_of(Document(seed_text(prefix)))) for prefix in ("000", "001", "002", "003", "004")}
    assert found == {"000": "2019-04", "001": "2024", "002": "2022-10-21", "003": "2019", "004": "2024-06-21"}


_CLAUSE_TEXT = st.text(alphabet="将计划目标年月，。；\n2024a", max_size=600)


def _clause_by_reading(text: str, start: int, end: int) -> str:
    """The clause around ``[start, end)`` read from the text itself (marks at most
    ``_CLAUSE_REACH`` characters away): what the indexed look-up must agree with."""
    floor = max(0, start - _CLAUSE_REACH)
    head = max(max(text.rfind(mark, floor, start) for mark in "，。；！？：\n") + 1, floor)
    tail = end
    while tail < min(len(text), end + _CLAUSE_REACH) and text[tail] not in "，。；！？：\n":
        tail += 1
    return text[head:tail]


@given(_CLAUSE_TEXT, st.lists(st.tuples(st.integers(0, 600), st.integers(0, 12)), max_size=30))
def test_plans_agree_with_reading_each_clause(text: str, ranges: list[tuple[int, int]]) -> None:
    document = Document(text)
    text = document.text
    plans = _Plans(document)
    for start, length in sorted(ranges):  # dates come in text order
        start = min(start, len(text))
        end = min(start + length, len(text))
        head, tail = plans.clause(start, end)
        clause = _clause_by_reading(text, start, end)
        assert text[head:tail] == clause
        assert plans.planned((start, end)) == (PLAN_CUES.search(clause) is not None)


def test_a_plan_far_away_in_unpunctuated_text_does_not_count() -> None:
    document = Document("计划" + "年" * 500 + "2023年6月" + "年" * 500)
    start = document.text.index("2023")
    assert not _Plans(document).planned((start, start + 7))
    assert _Plans(document).planned((2 + _CLAUSE_REACH - 3, 2 + _CLAUSE_REACH))


def test_the_calendar_is_released_once_resolved_and_read_again_alike() -> None:
    document = Document("2023年1月至2024年6月21日，共破获案件122起。6月18日，一场宣讲课举行。")
    dating = dating_of(document)
    unresolved = [claim.norm for claim in dating.calendar]
    analysis = Analysis(document)
    times = analysis.get("times")
    assert "calendar" not in vars(dating)  # the times hold the only copy
    assert [claim.norm for claim in dating.calendar] == unresolved  # scanned again on demand
    assert dating.article is not None and dating.article.value == date(2024, 6, 21)
    assert all(claim.start is not None for claim in times if claim.kind == "date")
