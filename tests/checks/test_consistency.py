"""Figures checked against each other (FC501–FC506): what is flagged, what is left alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import Config, Finding
from factcheck.checks.intervals import written_interval, written_places
from factcheck.claims import Analysis
from factcheck.document import Document
from tests.strategies import article_text


def findings(text: str, code: str) -> list[Finding]:
    report = factcheck.check(text, Config(language="en", select=[code]))
    assert report.errors == []
    return report.findings


def flagged(text: str, code: str) -> list[str]:
    return [text[finding.span.start : finding.span.end] for finding in findings(text, code)]


def related(text: str, finding: Finding) -> list[str]:
    return [text[item.span.start : item.span.end] for item in finding.related]


# -- FC501 restated figure -------------------------------------------------------------

RESTATED = "今年以来，全市共抓获犯罪嫌疑人86名。据统计，今年以来，全市公安机关共抓获犯罪嫌疑人68名。"


def test_restated_figure_names_both_statements() -> None:
    (finding,) = findings(RESTATED, "FC501")
    assert RESTATED[finding.span.start : finding.span.end] == "68名"
    assert related(RESTATED, finding) == ["86名"]
    assert "抓获嫌疑人 (全市, 今年以来)" in finding.message and "86名" in finding.message


def test_headline_against_body() -> None:
    text = "抓获犯罪嫌疑人86名\n\n今年以来，全市公安机关共破获毒品犯罪案件52起，共抓获犯罪嫌疑人68名。"
    (finding,) = findings(text, "FC501")
    assert text[finding.span.start : finding.span.end] == "86名"
    assert related(text, finding) == ["68名"]
    assert "headline" in finding.message


def test_headline_adding_up_the_body_figures_is_fine() -> None:
    text = "破获毒品案件52起\n\n今年以来，全市公安机关共破获毒品刑事案件30起、行政案件22起。今年以来，全市破获毒品案件30起。"
    assert flagged(text, "FC501") == []


def test_headline_restating_one_of_the_body_figures_is_fine() -> None:
    text = "抓获犯罪嫌疑人25名\n\n今年以来，全市共抓获犯罪嫌疑人68名。今年初，专案组终将25名犯罪嫌疑人抓获。"
    assert flagged(text, "FC501") == []


@pytest.mark.parametrize(
    "text",
    [
        "今年以来，全市共抓获犯罪嫌疑人25名。今年以来，全市公安机关终将25名犯罪嫌疑人抓获归案。",
        "今年以来，全区共抓获犯罪嫌疑人1.2万余人。今年以来，全区抓获犯罪嫌疑人12,350人。",
        "今年以来，全市缴获毒品75公斤。今年以来，全市共缴获各类毒品74.6公斤。",
        "今年以来，全市共侦破毒品案件52起。今年以来，全市破获毒品刑事案件52起。",
    ],
    ids=["other-words", "approximate", "rounded", "synonyms"],
)
def test_agreeing_restatements_are_left_alone(text: str) -> None:
    assert flagged(text, "FC501") == []


@pytest.mark.parametrize(
    "text",
    [
        "2023年，全市破获毒品案件52起。今年以来，全市破获毒品案件30起。",
        "今年以来，全市破获毒品案件52起。今年以来，全县破获毒品案件30起。",
        "今年以来，全市共破获毒品案件52起。今年以来，全市破获跨境毒品案件12起。",
        "今年以来，全市共破获毒品案件52起，其中今年以来全市破获毒品案件30起为网络案件。",
        "今年，全市破获毒品案件52起。今年，全市开展“雷霆”专项行动，破获毒品案件30起。",
        "今年以来，全市破获毒品案件52起。今年以来，全市抓获犯罪嫌疑人30名。",
        "今年以来，全市共破获毒品案件52起。今年以来，全市缴获毒品30千克。",
        "今年以来，叶县公安局破获毒品案件12起。今年以来，鲁山县公安局破获毒品案件8起。",
        "涪陵区\n\n今年以来，全区共破获毒品案件52起。\n\n北碚区\n\n今年以来，全区共破获毒品案件30起。",
    ],
    ids=["period", "subject", "qualifier", "part", "operation", "measure", "object", "organisation", "sections"],
)
def test_different_figures_are_not_restatements(text: str) -> None:
    assert flagged(text, "FC501") == []


def test_different_stories_are_different_subjects() -> None:
    text = (
        "广西边检总站筑牢禁毒防线\n\n□ 本报记者 吴良艺\n\n"
        "2023年以来，全区共破获毒品刑事案件122起。\n\n"
        "□ 本报记者 申东\n\n2023年以来，全区共破获毒品犯罪案件58起。"
    )
    assert flagged(text, "FC501") == []
    merged = text.replace("\n\n□ 本报记者 申东\n\n", "")
    assert flagged(merged, "FC501") == ["58起"]


# -- FC502 change vs endpoints -----------------------------------------------------------


def test_change_against_its_endpoints_shows_the_arithmetic() -> None:
    text = "今年以来，全市破获毒品案件150起，去年同期为125起，同比增长25%。"
    (finding,) = findings(text, "FC502")
    assert text[finding.span.start : finding.span.end] == "同比增长25%"
    assert "(150 − 125) ÷ 125 = 20.0%" in finding.message
    assert related(text, finding) == ["125起", "150起"]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("全市在册吸毒人员由300人减少到240人，下降25%。", "下降25%"),
        ("破获毒品案件由64起增至80起，同比下降20%。", "同比下降20%"),
        ("破获毒品案件由64起增至80起，增加20起。", "增加20起"),
        ("破获毒品案件由50起增至100起，增长了2倍。", "增长了2倍"),
        ("破获毒品案件由50起增至150起，翻了两番。", "翻了两番"),
        ("全市共有社工500人，较去年的450人增加60人。", "增加60人"),
        ("缴获毒品由80千克增至60千克。", "由80千克增至60千克"),
    ],
    ids=["percent", "sign", "absolute", "multiple", "doubling", "basis", "wording"],
)
def test_changes_that_their_endpoints_do_not_give(text: str, flag: str) -> None:
    assert flagged(text, "FC502") == [flag]


def test_multiple_meant_as_a_ratio_is_explained() -> None:
    (finding,) = findings("破获毒品案件由50起增至100起，增长了2倍。", "FC502")
    assert "增长2倍 would be 3 times" in finding.message and "是…的2倍" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "破获毒品案件由64起增至80起，增长25%，增加16起。",
        "破获毒品案件由50起增至150起，是原来的3倍，增长了2倍。",
        "全社会研发经费由4.6万亿元增加到8.7万亿元，增长89%。",
        "由二千零四十六万吨增加到三千一百七十八万吨，增长百分之五十五点三。",
        "工程技术人员达到十七万五千人，比一九五二年的五万八千人增长两倍。",
        "破获毒品案件由64起增至80起，增长近三成。",
        "破获毒品案件由64起增至80起，增长两成多。",
        "高速公路由4771公里增加到2.52万公里，增长4.3倍。",
        "铁路营业里程从9.6万公里增加到13.6万公里，增加4万公里。",
        "今年全市吸毒人员1200人，去年为1500人，下降20%。",
        "吸毒人员由2019年的3000人减少到2023年的1200人，比上年下降5%。",
        "国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。",
    ],
    ids=[
        "exact", "ratio-and-multiple", "rounded", "chinese", "chinese-multiple", "approximate",
        "cheng", "units", "scale", "pair", "yearly-basis", "yearly-average",
    ],
)
def test_changes_that_agree_are_left_alone(text: str) -> None:
    assert flagged(text, "FC502") == []


# -- FC503 percent vs points -------------------------------------------------------------


def test_points_given_as_percent() -> None:
    text = "全市社区戒毒执行率由45.0%提高到60.0%，提高了15%。"
    (finding,) = findings(text, "FC503")
    assert text[finding.span.start : finding.span.end] == "15%"
    assert "percentage points" in finding.message and "33.3%" in finding.message
    assert finding.suggestion == "write “15个百分点”"
    assert related(text, finding) == ["45.0%", "60.0%", "提高了15%"]


def test_percent_given_as_points() -> None:
    text = "社区康复执行率由80%提高到90%，提高了12.5个百分点。"
    assert flagged(text, "FC503") == ["12.5个百分点"]
    assert flagged(text, "FC502") == []


def test_points_confusion_is_not_also_a_mismatch() -> None:
    assert flagged("全市社区戒毒执行率由45.0%提高到60.0%，提高了15%。", "FC502") == []


@pytest.mark.parametrize(
    "text",
    [
        "全市社区戒毒执行率由45.0%提高到60.0%，提高了15个百分点。",
        "全市社区戒毒执行率由45.0%提高到60.0%，提高了33.3%。",
        "失业率由5.0%降至4.8%，下降0.2个百分点。",
        "覆盖率由10%提高到12%，提高2个百分点，增长20%。",
    ],
)
def test_percent_and_points_used_right(text: str) -> None:
    assert flagged(text, "FC503") == [] and flagged(text, "FC502") == []


# -- FC504 share vs parts ------------------------------------------------------------------


def test_share_against_part_and_whole() -> None:
    text = "共有学员48人，其中女性30人，占52%。"
    (finding,) = findings(text, "FC504")
    assert text[finding.span.start : finding.span.end] == "52%"
    assert "30人 ÷ 48人 = 62.5%" in finding.message
    assert related(text, finding) == ["30人", "48人"]


@pytest.mark.parametrize(
    "text",
    [
        "共有学员48人，其中女性30人，占62.5%。",
        "共有学员48人，其中女性30人，占学员总数的六成以上。",
        "共有学员48人，其中女性30人，占全省女性学员的5%。",
        "全市建成站点95个、配备社工380人，其中专职社工300人，占79%。",
        "福建省检察机关共批捕毒品犯罪案件2115人，占同期批捕刑事案件总人数的2.67%。",
    ],
)
def test_shares_that_agree_or_cannot_be_checked(text: str) -> None:
    assert flagged(text, "FC504") == []


# -- FC505 averages ----------------------------------------------------------------------------


def test_average_per_unit() -> None:
    text = "全市建成95个社区戒毒康复站点，配备380名专职社工，平均每站3.2名。"
    (finding,) = findings(text, "FC505")
    assert text[finding.span.start : finding.span.end] == "3.2名"
    assert "380名 ÷ 95个 = 4名 per 站" in finding.message
    assert related(text, finding) == ["380名", "95个"]


def test_yearly_average_between_named_years() -> None:
    text = "全国财政收入从1997年的8651亿元增加到2002年的18914亿元，平均每年增加3053亿元。"
    (finding,) = findings(text, "FC505")
    assert "÷ 5 = 2052.6亿元 a year" in finding.message
    assert flagged(text.replace("3053", "2053"), "FC505") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年接待群众3000人次，开展活动100场，平均每场30人次。", []),
        ("全年接待群众3000人次，开展活动100场，平均每场40人次。", ["40人次"]),
        ("帮扶困难群众500人，发放救助金100万元，人均2000元。", []),
        ("帮扶困难群众500人，发放救助金100万元，人均3000元。", ["3000元"]),
        ("全市共有社工380名、督导20名，平均每站4名。", []),
        ("财政收入从2002年的1.89万亿元增加到2007年的5.13万亿元，年均增长22.1%。", []),
        ("财政收入从2002年的1.89万亿元增加到2007年的5.13万亿元，年均增长12.1%。", ["年均增长12.1%"]),
        ("目前，全市现有吸毒人数年均降幅达14.6%。", []),
    ],
)
def test_averages(text: str, expected: list[str]) -> None:
    assert flagged(text, "FC505") == expected


# -- FC506 redundant approximation ----------------------------------------------------------


def test_redundant_approximation_fix_drops_the_second_marker() -> None:
    text = "参加活动的群众约100人左右。"
    (finding,) = findings(text, "FC506")
    assert finding.severity == "info"
    assert finding.fix is not None and finding.fix.safe
    (edit,) = finding.fix.edits
    fixed = text[: edit.span.start] + edit.replacement + text[edit.span.end :]
    assert fixed == "参加活动的群众约100人。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("涉案人员年龄大约30岁上下。", ["大约30岁上下"]),
        ("现场约有200人左右参加。", ["约有200人左右"]),
        ("约百分之五十左右。", ["约百分之五十左右"]),
        ("参加活动的群众约100人。", []),
        ("参加活动的群众100人左右。", []),
        ("参加活动的群众约200余人。", []),
        ("约50人前后分三批撤离。", []),
    ],
)
def test_redundant_approximation(text: str, expected: list[str]) -> None:
    assert flagged(text, "FC506") == expected


def test_conflicting_markers_stay_with_fc108() -> None:
    text = "参加活动的群众约200余人。"
    assert [f.code for f in factcheck.check(text, Config(language="en", select=["FC108", "FC506"])).findings] == ["FC108"]


# -- what a stated number stands for ---------------------------------------------------------


def quantity(text: str):  # type: ignore[no-untyped-def]
    (found,) = Analysis(Document(text)).get("quantities")
    return found


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("80起", (80, 80)),
        ("3000人", (3000, 3000)),
        ("4.6万元", (45500, 46500)),
        ("五万八千人", (57500, 58500)),
        ("1.2万余人", (12000, 13000)),
    ],
)
def test_written_interval(text: str, interval: tuple[float, float]) -> None:
    low, high = written_interval(quantity(text))
    assert (round(low, 6), round(high, 6)) == interval


def test_written_places() -> None:
    assert written_places("55.3%", 1, 55.3) == 1
    assert written_places("百分之五十五点三", 0, 55.3) == 1
    assert written_places("两成", 0, 20) == -1
    assert written_places("一千三百八十七亿四千万元", 0, 138_740_000_000) == -7
    assert written_places("一百二十六人", 0, 126) == 0


_ABOUT_PIECES = ["约", "大约", "大概", "有", "在", "是", "为", "\n", "左右", "30人"]


@given(st.lists(st.one_of(st.sampled_from(_ABOUT_PIECES), article_text), max_size=8).map("".join))
def test_about_before_ends_where_its_gate_looks(text: str) -> None:
    """FC506 reads 约有, 大约在 … before a number only after a character the pattern can end with."""
    from factcheck.checks import consistency

    for position in range(len(text) + 1):
        if consistency._ABOUT_BEFORE.search(text, max(0, position - 4), position) is not None:
            assert text[position - 1 : position] in consistency._ABOUT_BEFORE_LAST
