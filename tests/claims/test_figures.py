"""Figures: what a quantity measures, for whom, over which period."""

from __future__ import annotations

from factcheck.claims import Analysis
from factcheck.claims.figures import Figure
from factcheck.document import Document


def figures(text: str) -> list[Figure]:
    return Analysis(Document(text)).get("figures")


def test_action_object_subject_period() -> None:
    text = "今年以来，全市公安机关共破获毒品犯罪案件52起，刑拘毒品犯罪嫌疑人65人，缴获毒品38千克。"
    found = [(f.text, f.action, f.object, f.subject, f.period) for f in figures(text)]
    assert found == [
        ("52起", "破获", "案件", "全市", "今年以来"),
        ("65人", "刑拘", "嫌疑人", "全市", "今年以来"),
        ("38千克", "缴获", "毒品", "全市", "今年以来"),
    ]


def test_synonyms_share_a_measure() -> None:
    first, second = figures("侦破毒品案件5起。破获毒品刑事案件7起。")
    assert first.measure == second.measure == ("破获", "案件", "cases")


def test_specific_drug_is_a_kind_of_drug() -> None:
    (figure,) = figures("缴获冰毒26千克。")
    from factcheck.claims.figures import measure_lexicon

    assert figure.object == "冰毒"
    assert measure_lexicon().broader("冰毒") == "毒品"


def test_precursor_is_not_a_drug() -> None:
    (figure,) = figures("查获麻黄素25公斤。")
    assert figure.object == "制毒物品"


def test_object_after_the_unit() -> None:
    (figure,) = figures("终将25名犯罪嫌疑人抓获。")
    assert (figure.action, figure.object) == ("抓获", "嫌疑人")


def test_list_continues_the_action() -> None:
    gangs, dens = figures("打掉制贩毒团伙10个，制毒窝点3个。")
    assert (dens.action, dens.object) == ("打掉", "窝点")


def test_object_must_fit_the_unit() -> None:
    (figure,) = figures("打造5所毒品预防示范学校。")
    assert figure.object is None


def test_durations_are_not_figures() -> None:
    assert figures("连续6年下降。") == []


def test_period_range() -> None:
    (figure, *_) = figures("2023年1月至2024年6月21日，共破获毒品刑事案件122起。")
    assert figure.period == "2023年1月至2024年6月21日"


def test_period_interval_from_the_time_model() -> None:
    from datetime import date

    analysis = Analysis(Document("2023年以来，全市共缴获毒品78.24公斤。今年3月，专案组缴获冰毒5公斤。"),
                        {"reference_date": date(2024, 6, 26)})
    total, part = analysis.get("figures")
    assert (total.period, total.period_start, total.period_end) == ("2023年以来", date(2023, 1, 1), date(2024, 6, 26))
    assert (part.period, part.period_start, part.period_end) == ("今年3月", date(2024, 3, 1), date(2024, 3, 31))


def test_period_from_the_head_of_the_paragraph() -> None:
    (figure,) = figures("今年以来，按照总体部署开展行动。共破获毒品犯罪案件114起。")
    assert figure.period == "今年以来"
