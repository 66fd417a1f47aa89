"""Time expressions: what is found, how it is read, and that parsing never fails."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claims import Analysis, CountedDay, DatePoint, Duration, Period, RelativeTime
from factcheck.claims.times import TimeClaim
from factcheck.document import Document
from tests.strategies import article_text
from factcheck.dates import parse

AS_OF = {"reference_date": date(2024, 6, 26)}


def times(text: str, options: dict[str, object] | None = None) -> list[TimeClaim]:
    return Analysis(Document(text), options if options is not None else AS_OF).get("times")


def only(text: str) -> TimeClaim:
    (claim,) = times(text)
    return claim


def test_full_and_partial_dates() -> None:
    found = [(c.text, c.year, c.month, c.day, c.part, c.time_of_day) for c in times(
        "2022年10月17日，3月23日夜，2018年底，今年初，2023年12月14日21时30分许。"
    ) if isinstance(c, DatePoint)]
    assert found == [
        ("2022年10月17日", 2022, 10, 17, "", ""),
        ("3月23日夜", None, 3, 23, "", "夜"),
        ("2018年底", 2018, None, None, "底", ""),
        ("今年初", None, None, None, "初", ""),
        ("2023年12月14日21时30分许", 2023, 12, 14, "", "21时30分许"),
    ]


def test_chinese_numeral_dates() -> None:
    point = only("二〇二二年二月二十六日")
    assert isinstance(point, DatePoint) and (point.year, point.month, point.day) == (2022, 2, 26)
    assert only("一九五八年上半年").start == date(1958, 1, 1)


def test_dates_resolve_to_intervals() -> None:
    assert (only("2018年底").start, only("2018年底").end) == (date(2018, 10, 1), date(2018, 12, 31))
    early = only("今年初")
    assert (early.start, early.end) == (date(2024, 1, 1), date(2024, 3, 31))
    assert only("去年6月").start == date(2023, 6, 1)


def test_year_carries_over_within_a_sentence_only() -> None:
    first, second, third = times("2022年7月27日凌晨布控，7月30日收网。8月2日结案。")
    assert second.start == date(2022, 7, 30)
    assert third.start == date(2024, 8, 2)  # a new sentence: the reference year


def test_periods() -> None:
    found = [(c.text, c.form, c.start, c.end) for c in times(
        "2023年1月至2024年6月21日；2018年至今；2023年以来；自2021年10月起；截至2023年底；2025年底前；近三年来；近年来"
    ) if isinstance(c, Period)]
    assert found == [
        ("2023年1月至2024年6月21日", "range", date(2023, 1, 1), date(2024, 6, 21)),
        ("2018年至今", "since", date(2018, 1, 1), date(2024, 6, 26)),
        ("2023年以来", "since", date(2023, 1, 1), date(2024, 6, 26)),
        ("自2021年10月起", "from", date(2021, 10, 1), None),
        ("截至2023年底", "until", None, date(2023, 12, 31)),
        ("2025年底前", "before", None, date(2025, 12, 31)),
        ("近三年来", "recent", date(2021, 6, 26), date(2024, 6, 26)),  # the last three years
        ("近年来", "recent", None, None),
    ]


def test_short_ranges() -> None:
    plan = only("（2021—2025年）")
    assert isinstance(plan, Period) and (plan.start, plan.end) == (date(2021, 1, 1), date(2025, 12, 31))
    months = only("2024年1—6月")
    assert (months.start, months.end) == (date(2024, 1, 1), date(2024, 6, 30))
    days = only("5月20日至25日")
    assert (days.start, days.end) == (date(2024, 5, 20), date(2024, 5, 25))


def test_end_month_before_start_month_is_next_year() -> None:
    winter = only("2023年11月至3月")
    assert isinstance(winter, Period) and winter.end == date(2024, 3, 31)


def test_a_date_after_a_verb_is_not_a_deadline() -> None:
    assert isinstance(only("时间追溯到2011年10月"), DatePoint)
    target = only("到2035年，基本实现现代化")
    assert isinstance(target, Period) and target.form == "until"


def test_durations() -> None:
    found = [(c.text, c.low, c.unit, c.consecutive, c.relation) for c in times(
        "连续6年下降，历时9个月，近两个多月，二十多年前，一年多后，连续第五天"
    ) if isinstance(c, Duration)]
    assert found == [
        ("连续6年", 6, "年", True, "span"),
        ("9个月", 9, "个月", False, "span"),
        ("近两个多月", 1.6, "个月", False, "span"),
        ("二十多年前", 20, "年", False, "ago"),
        ("一年多后", 1, "年", False, "later"),
        ("连续第五天", 5, "天", True, "span"),
    ]


def test_counted_days_need_a_day_name() -> None:
    found = [(c.month, c.day, c.name) for c in times(
        "“6·26”国际禁毒日，“12·5宪法日”，10·26禁毒日，“7·28”“5·18”专案，“2015·1·24”特大案，“6·26”禁毒教育平台"
    ) if isinstance(c, CountedDay)]
    assert found == [(6, 26, "国际禁毒日"), (12, 5, "宪法日"), (10, 26, "禁毒日")]


def test_relative_years() -> None:
    found = [(c.text, c.offset, c.same_period, c.start) for c in times("今年，去年同期，上年同期") if isinstance(c, RelativeTime)]
    assert found == [
        ("今年", 0, False, date(2024, 1, 1)),
        ("去年同期", -1, True, date(2023, 1, 1)),
        ("上年同期", -1, True, date(2023, 1, 1)),
    ]


def test_words_that_look_like_dates_are_not() -> None:
    assert times("此后年均增长8%，当年就投产，2023年轻人，统一部署") == []


def test_impossible_dates_are_kept_unresolved() -> None:
    point = only("2月30日")
    assert isinstance(point, DatePoint) and (point.month, point.day, point.start) == (2, 30, None)


def test_spans_map_to_the_original_text() -> None:
    text = "２０２３年１月至２０２４年６月２１日，连续６年"
    for claim in times(text):
        assert text[claim.span.start : claim.span.end] == claim.text


_TIME_PIECES = st.sampled_from([
    "2023年", "1月", "21日", "至", "—", "以来", "至今", "自", "起", "前", "截至", "到", "今年", "去年", "同期",
    "上半年", "底", "初", "连续", "6年", "个月", "多", "近", "来", "·", "“", "”", "12·5", "宪法日", "农历",
    "二〇二二年", "十二月", "三十一日", "夜", "号", " ", "，", "。", "\n",
])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(article_text, st.lists(_TIME_PIECES, max_size=40).map("".join)))
def test_parsing_never_fails_and_spans_stay_inside(text: str) -> None:
    for options in (AS_OF, {}):
        for claim in times(text, options):
            assert 0 <= claim.span.start < claim.span.end <= len(text)
            assert text[claim.span.start : claim.span.end] == claim.text
            start, end = getattr(claim, "start", None), getattr(claim, "end", None)
            if start is not None and end is not None and not isinstance(claim, Period):
                assert start <= end


def test_time_claims_round_trip_through_json() -> None:
    from pydantic import TypeAdapter

    from factcheck.claims import Claim

    adapter = TypeAdapter(Claim)
    for claim in times("2023年1月至2024年6月21日，连续6年，“6·26”国际禁毒日，去年同期，2018年底。"):
        again = adapter.validate_json(adapter.dump_json(claim))
        assert again.model_dump() == claim.model_dump()


_AFTER_WORDS = ["至", "到", "—", "–", "-", "~", "－", "～", "以来", "至今", "迄今", "到现在", "至目前", "起",
                "开始", "以后", "之后", "以前", "之前", "前", " ", "\u3000", "\n"]


@given(st.lists(st.one_of(st.sampled_from(_AFTER_WORDS), article_text), max_size=8).map("".join))
def test_words_after_a_date_start_with_a_gated_character(text: str) -> None:
    """Dates read the words after them (a join, 以来, 起, 以前) only after a character one
    of those patterns can start with; a match after any other would be lost."""
    from factcheck.dates import parse

    for position in range(len(text) + 1):
        first = text[position : position + 1]
        for pattern in (parse._RANGE_JOIN, parse._SINCE, parse._FROM, parse._BEFORE):
            found = pattern.match(text, position)
            if found is not None and found.end() > position:
                assert first in parse._AFTER_POINT or first.isspace(), (pattern.pattern, text[position:])


def test_groups_read_at_once_are_listed_in_the_order_their_patterns_open_them() -> None:
    for pattern, names in ((parse._POINT, parse._POINT_GROUPS), (parse._DAY_ALONE, parse._DAY_ALONE_GROUPS)):
        numbers = pattern.groupindex
        assert pattern.groups == len(names)  # no unnamed group between them
        assert tuple(sorted(numbers, key=numbers.__getitem__)) == names
