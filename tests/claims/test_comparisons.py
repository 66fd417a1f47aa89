"""Comparisons, shares, averages and ratio changes: the claims the consistency rules link."""

from __future__ import annotations

import json

import factcheck
from factcheck.claims import Analysis, Average, Comparison, Share
from factcheck.claims.comparisons import years_between
from factcheck.document import Document


def claims(text: str, name: str) -> list:  # type: ignore[type-arg]
    return Analysis(Document(text)).get(name)


def test_transition_with_its_change() -> None:
    (comparison,) = claims("破获案件由64起增至80起，增长25%。", "comparisons")
    assert isinstance(comparison, Comparison)
    assert (comparison.form, comparison.before.text, comparison.after.text) == ("transition", "64起", "80起")
    assert comparison.direction == "increase"
    assert [change.text for change in comparison.changes] == ["增长25%"]


def test_transition_between_percentages_with_years() -> None:
    (comparison,) = claims("研发经费占比由2007年的1.4%提高到2012年的1.97%。", "comparisons")
    assert comparison.before.kind == comparison.after.kind == "percentage"
    assert (comparison.before_label, comparison.after_label) == ("2007年的", "2012年的")
    assert years_between(comparison) == 5


def test_transition_with_a_level_verb_ending_in_wei() -> None:
    (comparison,) = claims("私营工业所占的比重由1954年的25%下降为16%。", "comparisons")
    assert comparison.direction == "decrease"
    assert claims("私营工业所占的比重由1954年的25%下降为16%。", "changes") == []


def test_transition_in_other_units_and_scales() -> None:
    (comparison,) = claims("高速公路由4771公里增加到2.52万公里，增长4.3倍。", "comparisons")
    assert comparison.after.value == 25200
    assert [change.measure for change in comparison.changes] == ["multiple"]


def test_pair_this_year_and_last_year() -> None:
    (comparison,) = claims("今年以来破获案件150起，去年同期为125起，同比增长25%。", "comparisons")
    assert (comparison.form, comparison.before.text, comparison.after.text) == ("pair", "125起", "150起")
    assert [change.basis for change in comparison.changes] == ["同比"]


def test_pair_last_year_first() -> None:
    (comparison,) = claims("去年同期破获案件50起，今年150起，是去年的3倍。", "comparisons")
    assert (comparison.before.text, comparison.after.text) == ("50起", "150起")
    assert [change.measure for change in comparison.changes] == ["ratio"]


def test_basis_holding_the_earlier_value() -> None:
    (comparison,) = claims("农业总产值达到了六百零三亿五千万元，比一九五二年的四百八十三亿九千万元增长百分之二十五。", "comparisons")
    assert comparison.form == "basis"
    assert comparison.before.value == 48_390_000_000
    assert [change.amount for change in comparison.changes] == [25]


def test_a_change_amount_is_not_a_value() -> None:
    assert claims("占全部投资的53.22%，比上年实际增长46.02%。", "comparisons") == []


def test_values_of_different_dimensions_are_not_compared() -> None:
    assert claims("今年破获案件150起，去年同期抓获嫌疑人125人。", "comparisons") == []


def test_a_yearly_change_does_not_relate_values_years_apart() -> None:
    (comparison,) = claims("吸毒人员由2019年的3000人减少到2023年的1200人，比上年下降5%。", "comparisons")
    assert comparison.changes == []


def test_listed_changes_after_several_transitions_are_not_attached() -> None:
    found = claims("A类由10起增至20起、B类由30起增至40起，分别增长100%、33.3%。", "comparisons")
    assert [comparison.changes for comparison in found] == [[], []]


def test_ratio_changes() -> None:
    changes = claims("2002年在校生1600万人，是1997年的2.3倍；财政收入翻了一番。", "changes")
    assert [(c.measure, c.amount, c.basis) for c in changes] == [("ratio", 2.3, "1997年"), ("ratio", 2.0, None)]
    assert changes[0].quantity is not None and changes[0].quantity.text == "1600万人"


def test_share_of_a_whole_after_qizhong() -> None:
    (share,) = claims("共有学员48人，其中女性30人，占62.5%。", "shares")
    assert isinstance(share, Share)
    assert (share.whole.text, share.part.text, share.share.text) == ("48人", "30人", "62.5%")


def test_share_of_another_whole_is_left_out() -> None:
    assert claims("共有学员48人，其中女性30人，占全省女性学员的5%。", "shares") == []
    assert len(claims("共有学员48人，其中女性30人，占学员总数的62.5%。", "shares")) == 1


def test_average_per_station() -> None:
    (average,) = claims("全市建成95个社区戒毒康复站点，配备380名专职社工，平均每站4名。", "averages")
    assert isinstance(average, Average)
    assert (average.per, average.numerator.text, average.denominator.text) == ("站", "380名", "95个")


def test_average_per_person() -> None:
    (average,) = claims("帮扶困难群众500人，发放救助金100万元，人均2000元。", "averages")
    assert (average.per, average.numerator.text, average.denominator.text) == ("人", "100万元", "500人")


def test_ambiguous_average_is_not_a_claim() -> None:
    assert claims("全市共有社工380名、督导20名，平均每站4名。", "averages") == []
    assert claims("全市年均增长5%，平均每年增加2053亿元。", "averages") == []


def test_new_claims_are_public_and_serialisable() -> None:
    text = "破获案件由64起增至80起，增长25%。共有学员48人，其中女性30人，占62.5%。"
    extracted = factcheck.extract(text)
    assert {"comparison", "share"} <= {claim.kind for claim in extracted}
    payload = json.dumps([claim.model_dump(mode="json") for claim in extracted], ensure_ascii=False)
    assert "norm" not in payload
