"""The time rules (FC401–FC406) beyond the examples in their rule files."""

from __future__ import annotations

from datetime import date

import factcheck
from factcheck import Config


def flagged(text: str, code: str, on: str | None = None) -> list[str]:
    config = Config(language="en", select=[code], reference_date=date.fromisoformat(on) if on else None)
    report = factcheck.check(text, config)
    assert report.errors == []
    return [text[f.span.start : f.span.end] for f in report.findings]


def messages(text: str, code: str, on: str | None = None) -> list[str]:
    config = Config(language="en", select=[code], reference_date=date.fromisoformat(on) if on else None)
    return [f.message for f in factcheck.check(text, config).findings]


# FC401 duration-exceeds-window


def test_window_counts_calendar_years_inclusively() -> None:
    text = "2018年至今，全区已连续{}年实现毒品原植物“零产量”。"
    assert flagged(text.format(6), "FC401", on="2023-01-05") == []
    assert flagged(text.format(7), "FC401", on="2023-01-05") == ["连续7年"]


def test_window_message_shows_the_arithmetic() -> None:
    (message,) = messages("2023年以来，全市社会面吸毒人员数量连续6年下降。", "FC401", on="2024-06-26")
    assert message == "“2023年以来” spans at most 2 calendar years (2023–2024) by 2024-06-26 (given), but “连续6年” needs 6"


def test_months_in_a_window() -> None:
    text = "今年以来，全市已连续{}个月未发生命案。"
    assert flagged(text.format(6), "FC401", on="2024-06-26") == []
    assert flagged(text.format(7), "FC401", on="2024-06-26") == ["连续7个月"]


def test_guessed_reference_is_read_as_its_whole_year() -> None:
    text = "2024年3月5日，召开会议。今年以来，全市已连续7个月未发生命案。"
    assert flagged(text, "FC401") == []  # the article may be from later in 2024


def test_a_window_start_alone_does_not_date_the_article() -> None:
    assert flagged("2023年以来，全市吸毒人员连续6年下降。", "FC401") == []
    assert flagged("2024年6月21日，召开会议。2023年以来，全市吸毒人员连续6年下降。", "FC401") == ["连续6年"]


def test_runs_that_are_not_in_a_window() -> None:
    assert flagged("2023年，该大队连续6年被评为先进单位。", "FC401", on="2024-06-26") == []
    assert flagged("近三年来，全市吸毒人员连续6年下降。", "FC401", on="2024-06-26") == []
    assert flagged("2023年以来，全市破获案件58起。连续6年下降。", "FC401", on="2024-06-26") == []


# FC402 impossible-date


def test_impossible_dates() -> None:
    text = "2月30日开会；2021年2月29日成立；2023年13月获悉；9月31日夜查获；4月31日收网；3月32日结案。"
    assert flagged(text, "FC402") == ["2月30日", "2021年2月29日", "2023年13月", "9月31日夜", "4月31日", "3月32日"]


def test_possible_dates() -> None:
    text = "2020年2月29日开会；2月29日值班；9月30日收网；农历二月三十日赶集；第13个月度报告。"
    assert flagged(text, "FC402") == []


def test_impossible_date_message() -> None:
    assert messages("2021年2月29日", "FC402") == [
        "“2021年2月29日” is not a date: 2021 is not a leap year, so February has 28 days"
    ]
    assert messages("9月31日", "FC402") == ["“9月31日” is not a date: 9月 has 30 days"]


# FC403 wrong-observance-date


def test_wrong_observance_forms() -> None:
    text = "“12·5”国家宪法日；12月5日国家宪法日；12月5日是第十个国家宪法日；国家宪法日（12月5日）；6·25国际禁毒日。"
    assert flagged(text, "FC403") == ["“12·5”国家宪法日", "12月5日国家宪法日", "12月5日是第十个国家宪法日", "国家宪法日（12月5日", "6·25国际禁毒日"]


def test_right_and_unknown_observances() -> None:
    text = "“12·4”国家宪法日；3·15消费者权益日；11·9消防日；4·23世界读书日；10·26禁毒日；8·8全民健身日；12月5日晚，国家宪法日宣传周。"
    assert flagged(text, "FC403") == []


def test_dates_around_a_day_are_not_the_day() -> None:
    text = "12月3日国家宪法日前夕，12月5日国家宪法日宣传周活动启动；6月25日国际禁毒日到来之际开展宣传。"
    assert flagged(text, "FC403") == []
    assert flagged("“6·25”国际禁毒日之际", "FC403") == ["“6·25”国际禁毒日"]  # a dotted date names the day


def test_observance_message() -> None:
    assert messages("12·5宪法日", "FC403") == ["“12·5宪法日” gives 12月5日, but 宪法日 is 12月4日"]


# FC404 date-in-future


def test_future_event_needs_a_firm_date() -> None:
    text = "今年7月3日，专案组在凭祥市破获一起特大贩卖毒品案。"
    assert flagged(text, "FC404", on="2024-06-26") == ["今年7月3日"]
    assert flagged("2024年6月21日，开会。" + text, "FC404") == []  # the latest date is only a guess


def test_plans_and_schedules_are_not_events() -> None:
    for text in (
        "今年7月3日，专案组将在凭祥市开展行动。",
        "计划于2024年8月举办禁毒知识竞赛。",
        "2024年9月底前完成整改。",
        "自2024年7月1日起施行。",
        "到2025年，全县毒品问题重点整治工作全面完成。",
    ):
        assert flagged(text, "FC404", on="2024-06-26") == [], text


def test_dates_without_a_year_are_never_in_the_future() -> None:
    assert flagged("7月3日，专案组破获一起特大贩卖毒品案。", "FC404", on="2024-06-26") == []


def test_date_line_makes_the_date_firm() -> None:
    text = "2024年6月26日 星期三\n\n今年8月，全市破获毒品案件3起。"
    assert flagged(text, "FC404") == ["今年8月"]


# FC405 period-ends-before-start


def test_reversed_periods() -> None:
    text = "2023年1月至2022年6月21日；2024年至2021年；5月20日至12日。"
    assert flagged(text, "FC405") == ["2023年1月至2022年6月21日", "2024年至2021年", "5月20日至12日"]


def test_ordered_periods() -> None:
    text = "2023年1月至2024年6月21日；2021—2025年；11月至3月；2023年11月至3月；1至9月。"
    assert flagged(text, "FC405") == []


# FC406 subperiod-exceeds-total

TOTAL = "2023年以来，全市共破获毒品犯罪案件58起，抓获毒品犯罪嫌疑人189名，缴获各类毒品78.24公斤。"


def test_sub_period_over_total() -> None:
    assert flagged(TOTAL + "2024年3月，全市共缴获毒品80公斤。", "FC406", on="2024-06-26") == ["80公斤"]


def test_one_case_over_total_in_the_same_period() -> None:
    text = TOTAL + "2023年以来，成功侦破公安部督办“8·06”特大贩卖毒品案，缴获毒品海洛因80公斤。"
    assert flagged(text, "FC406", on="2024-06-26") == ["80公斤"]


def test_related_span_names_the_total() -> None:
    config = Config(language="en", select=["FC406"], reference_date=date(2024, 6, 26))
    text = TOTAL + "2024年3月，全市共缴获毒品80公斤。"
    (finding,) = factcheck.check(text, config).findings
    (related,) = finding.related
    assert text[related.span.start : related.span.end] == "78.24公斤"
    assert finding.message == "80公斤 for “2024年3月” is more than the total 78.24公斤 for “2023年以来” (缴获各类毒品)"


def test_silent_when_not_nested_or_different() -> None:
    cases = [
        TOTAL + "2024年3月，全市共缴获麻黄素80公斤。",  # a precursor is not a drug
        TOTAL + "2022年3月，全市共缴获毒品80公斤。",  # before the window
        TOTAL + "近年来，全市共缴获毒品80公斤。",  # vague
        TOTAL + "2024年3月，全市共抓获吸毒人员200名。",  # another thing counted
        TOTAL + "2023年以来，全市共缴获毒品80公斤。",  # same period, not one case
        TOTAL + "2024年3月，全市共缴获毒品78.2公斤。",  # smaller
    ]
    for text in cases:
        assert flagged(text, "FC406", on="2024-06-26") == [], text


def test_rounding_of_the_last_digit_is_allowed() -> None:
    text = "今年以来，全市缴获毒品38千克。今年3月，专案组缴获冰毒38.4千克。"
    assert flagged(text, "FC406", on="2019-06-20") == []
