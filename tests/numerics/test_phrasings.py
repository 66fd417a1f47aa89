"""Phrasings the number parser reads: negated bounds, thousands separators, currencies, years,
percent words, discounts, tenths and fractions — and the look-alikes it must leave alone."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

import factcheck

FLOORS = ["不少于", "不低于", "不小于", "不下于", "至少", "起码", "超过", "高于"]
CEILINGS = ["不超过", "不高于", "不大于", "不多于", "至多", "最多", "不足", "不到", "低于"]


@given(st.sampled_from(FLOORS), st.integers(min_value=1, max_value=10**6), st.sampled_from(["人", "%", "吨"]))
def test_a_floor_never_admits_smaller_values(word: str, value: int, unit: str) -> None:
    (claim,) = factcheck.extract(f"参加人数{word}{value}{unit}。")
    assert claim.low == value and claim.high is None


@given(st.sampled_from(CEILINGS), st.integers(min_value=1, max_value=10**6), st.sampled_from(["人", "%", "吨"]))
def test_a_ceiling_never_admits_larger_values(word: str, value: int, unit: str) -> None:
    (claim,) = factcheck.extract(f"参加人数{word}{value}{unit}。")
    assert claim.high == value and claim.low is not None and claim.low < value


@pytest.mark.parametrize("text", ["不少于100人", "不低于6%"])
def test_negated_words_are_not_read_as_their_positive(text: str) -> None:
    (claim,) = factcheck.extract(text)
    assert claim.high is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("共７，８２１人", 7821), ("收入合计２７，２０３，３１９，０００元", 27_203_319_000), ("金额12，345.00元", 12345)],
)
def test_full_width_thousands_separators_join_one_number(text: str, value: float) -> None:
    (claim,) = factcheck.extract(text)
    assert claim.value == value
    assert text[claim.span.start : claim.span.end] == claim.text


def test_a_comma_between_small_numbers_still_separates_them() -> None:
    assert [claim.value for claim in factcheck.extract("分别为3，5人")] == [5]


@pytest.mark.parametrize(
    ("text", "unit", "dimension"),
    [("投资100亿日元。", "日元", "money-jpy"), ("兑换500港币。", "港币", "money-hkd"), ("售价300台币。", "台币", "money-twd"),
     ("5000英镑", "英镑", "money-gbp"), ("1.2万卢布", "卢布", "money-rub"), ("共3台电脑。", "台", None)],
)
def test_currencies_are_money_of_their_own_not_days_or_machines(text: str, unit: str, dimension: str | None) -> None:
    (claim,) = factcheck.extract(text)
    assert claim.unit == unit
    if dimension is not None:
        assert claim.dimension == dimension


@pytest.mark.parametrize(
    ("text", "year"),
    [("二〇〇八年北京举办奥运会。", 2008), ("08年奥运会期间", 2008), ("两千零八年，北京举办奥运会。", 2008),
     ("二千零二十三年全年", 2023)],
)
def test_years_written_short_or_spelled_out_are_dates_not_durations(text: str, year: int) -> None:
    claims = factcheck.extract(text)
    assert [claim.year for claim in claims if type(claim).__name__ == "DatePoint"] == [year]
    assert not [claim for claim in claims if type(claim).__name__ in ("Duration", "Quantity")]


@pytest.mark.parametrize("text", ["建党98年来", "两千年来", "8年来", "2023年08月05日召开"])
def test_durations_and_padded_months_are_left_alone(text: str) -> None:
    years = [claim.year for claim in factcheck.extract(text) if type(claim).__name__ == "DatePoint"]
    assert years in ([], [2023])


@pytest.mark.parametrize(
    ("text", "percent"),
    [("同比增长百分之3.7。", 3.7), ("发射成功率百分之百。", 100), ("自然增长率降到千分之六点一。", 0.61),
     ("占万分之五。", 0.05), ("同比增长百分之二十。", 20), ("增长5‰。", 0.5)],
)
def test_fractions_of_a_hundred_thousand_and_ten_thousand_are_percentages(text: str, percent: float) -> None:
    (claim,) = [claim for claim in factcheck.extract(text) if type(claim).__name__ == "Percentage"]
    assert claim.value == pytest.approx(percent)
    assert claim.text.startswith(("百分之", "千分之", "万分之")) or claim.text.endswith("‰")


@pytest.mark.parametrize(
    ("text", "percent"),
    [("全场打八折。", 80), ("打八五折。", 85), ("享受75折优惠。", 75), ("9.5折", 95), ("三成半", 35), ("三成", 30),
     ("三分之一的企业", 100 / 3), ("占4分之3。", 75), ("滋养着全国九分之一的人口", 100 / 9)],
)
def test_discounts_tenths_and_fractions_are_percentages(text: str, percent: float) -> None:
    (claim,) = [claim for claim in factcheck.extract(text) if type(claim).__name__ == "Percentage"]
    assert claim.value == pytest.approx(percent)


@pytest.mark.parametrize("text", ["折合人民币100元。", "女篮世界杯四分之一决赛中", "过程一波三折", "百折不挠的精神", "固定资产折旧"])
def test_words_with_these_characters_are_no_percentages(text: str) -> None:
    assert [claim for claim in factcheck.extract(text) if type(claim).__name__ == "Percentage"] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("缴获毒品一吨半。", 1.5, "吨"), ("历时三年半。", 3.5, "年"), ("用时两个半小时。", 2.5, "个小时"),
     ("历时三个半月", 3.5, "个月"), ("人均只有一亩半耕地", 1.5, "亩"), ("5公斤半", 5.5, "公斤")],
)
def test_halves_add_a_half(text: str, value: float, unit: str) -> None:
    (claim,) = [claim for claim in factcheck.extract(text) if type(claim).__name__ == "Quantity"]
    assert (claim.value, claim.unit) == (value, unit)


@pytest.mark.parametrize(("text", "value"), [("三年半导体产业", 3), ("共三名半", 3), ("两个多月", 2)])
def test_half_is_not_read_into_words_or_counted_things(text: str, value: float) -> None:
    (claim,) = [claim for claim in factcheck.extract(text) if type(claim).__name__ == "Quantity"]
    assert claim.value == value


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [("期限为3到5年。", 3, 5, "年"), ("投资1万-5万元", 10_000, 50_000, "元"), ("1.5—2吨", 1.5, 2, "吨"),
     ("共3至5人", 3, 5, "人"), ("所得额100至300万元部分", 1_000_000, 3_000_000, "元"), ("航程2225—3700公里", 2225, 3700, "公里")],
)
def test_ranges_are_one_interval(text: str, low: float, high: float, unit: str) -> None:
    (claim,) = [claim for claim in factcheck.extract(text) if type(claim).__name__ == "Quantity"]
    assert (claim.low, claim.high, claim.unit) == (low, high, unit)
    assert any(joiner in claim.text for joiner in "到至-—")


@pytest.mark.parametrize("text", ["2020-2023年", "第3到5名", "比分3-1", "从10人增至5人"])
def test_year_spans_ordinals_scores_and_falls_are_no_ranges(text: str) -> None:
    assert [claim for claim in factcheck.extract(text) if type(claim).__name__ == "Quantity" and claim.low != claim.high] == []


@pytest.mark.parametrize(
    "text", ["会议于2023-01-29召开。", "2023/1/29发布", "2023.1.29，记者获悉"],
)
def test_dates_written_in_digits_are_dates(text: str) -> None:
    (claim,) = [claim for claim in factcheck.extract(text) if type(claim).__name__ == "DatePoint"]
    assert (claim.year, claim.month, claim.day) == (2023, 1, 29)


def test_an_impossible_digit_date_is_reported_and_version_numbers_are_no_dates() -> None:
    assert [f.code for f in factcheck.check("定于2023-02-30召开。").findings] == ["FC402"]
    assert [c for c in factcheck.extract("版本1.2.3发布") if type(c).__name__ == "DatePoint"] == []


@pytest.mark.parametrize(("text", "first", "last"), [("清朝（1644—1911年）", 1644, 1911), ("明朝1368-1644年", 1368, 1644),
                                                   ("2022—2023赛季", 2022, 2023)])
def test_historical_and_season_spans_are_periods(text: str, first: int, last: int) -> None:
    (period,) = [c for c in factcheck.extract(text) if type(c).__name__ == "Period"]
    assert (period.first.year, period.last.year) == (first, last)


@pytest.mark.parametrize("text", ["依据GB/T 1234-2020标准", "执行GB 1990-2020规定"])
def test_a_standard_number_and_year_is_no_period(text: str) -> None:
    assert [c for c in factcheck.extract(text) if type(c).__name__ == "Period"] == []


def test_a_count_range_of_four_digit_numbers_is_no_year_span() -> None:
    (claim,) = factcheck.extract("失联人数仍有1000—1100人。")
    assert (type(claim).__name__, claim.low, claim.high) == ("Quantity", 1000, 1100)


@pytest.mark.parametrize(
    ("text", "percent"),
    [("发病率为十万分之一", 0.001), ("百万分之五", 0.0005), ("五百分之一", 0.2), ("打十折", 100)],
)
def test_fractions_with_their_own_denominator(text: str, percent: float) -> None:
    (claim,) = factcheck.extract(text)
    assert claim.value == pytest.approx(percent)
    assert text.endswith(claim.text)


@pytest.mark.parametrize("text", ["5公里半程马拉松", "一年半载", "30年半个世纪"])
def test_half_that_starts_a_word_adds_nothing(text: str) -> None:
    assert all(claim.value == int(claim.value) for claim in factcheck.extract(text) if type(claim).__name__ == "Quantity")


@pytest.mark.parametrize("text", ["2023-13-45", "版本v2023.1.2发布"])
def test_digit_dates_must_be_calendar_dates_without_a_letter_before(text: str) -> None:
    assert [c for c in factcheck.extract(text) if type(c).__name__ == "DatePoint"] == []


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1000, max_value=9999))
def test_mixed_numerals_round_trip(high: int, low: int) -> None:
    (number,) = factcheck.numbers(f"投资{high}万{low}元。")
    assert number.value == high * 10000 + low and number.unit == "元"


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9))
def test_digits_with_place_words_round_trip(ten_thousands: int, thousands: int, hundreds: int) -> None:
    (number,) = factcheck.numbers(f"共{ten_thousands}万{thousands}千{hundreds}百人")
    assert number.value == ten_thousands * 10000 + thousands * 1000 + hundreds * 100


@given(st.decimals(min_value="0.1", max_value="99.9", places=1), st.sampled_from(["增长", "变化为", "（", "，"]))
def test_a_minus_sign_after_a_word_or_mark_negates_a_percentage(value: object, before: str) -> None:
    (number,) = factcheck.numbers(f"{before}-{value}%")
    assert number.value == -float(str(value)) and number.high <= 0


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_a_dash_between_figures_never_makes_a_negative(first: int, second: int) -> None:
    found = factcheck.numbers(f"共{first}-{second}人")
    assert all(number.low >= 0 for number in found)
