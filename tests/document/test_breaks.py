"""Which line breaks cut a sentence, and the evidence for each."""

from __future__ import annotations

import pytest

from factcheck.document.breaks import find_line_joins


def reasons(text: str) -> list[tuple[str, str, str]]:
    return [(join.before, join.after, join.reason) for join in find_line_joins(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("抓获犯罪嫌疑人947人，缴获各类毒品360千\n\n克，有效遏制了蔓延态势。", ("千", "克", "number")),
        ("专案组成立并展开调查，并顺藤摸瓜收获了“南瓜藏\n\n毒”一案。", ("藏", "毒", "quote")),
        ("江西戒毒系统民警通过毒品知识讲解等多种形式，\n\n积极开展禁毒宣传活动。", ("，", "积", "clause")),
        ("最大限度地为民警办案提供信息情报支\n\n持。近年来，成效明显。", ("支", "持", "word")),
        ("再三打磨修改课件是大家\n\n的日常操作。", ("家", "的", "word")),
        ("开展禁毒宣传进单位活动。全市\n\n公安禁毒部门在国家机关开展讲座。", ("市", "公", "sentence")),
        ("今年3月28日，市公安局矿工路\n\n派出所开展场所排查中，发现有人吸毒。", ("路", "派", "sentence")),
    ],
)
def test_cuts_and_their_evidence(text: str, expected: tuple[str, str, str]) -> None:
    assert reasons(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a lead-in sentence without end punctuation over its paragraph (government reports)
        "五年来，改革逐步在科技、教育、文化、政治等领域展开，日益显示出重大作用\n通过科技体制的改革，开始把竞争机制引进科技领域。",
        # a paragraph closing on a quotation, and a footnote after the full stop
        "深化治理，确保“一清水永续北上”\n深化污染防治攻坚。加强重点行业治理。",
        "职工增加的收入将达到12.5亿元。（⑵⑶）\n全国国营工业的劳动生产率有很大的提高。",
        # an ordinal section heading, a title line before a salutation
        "第五，积极发展科技教育文化事业\n科技、教育、文化工作的根本任务，是提高全民族的素质。",
        "2025年1月18日在省第十四届人民代表大会第三次会议上省长作政府工作报告\n各位代表：\n现在，我代表省人民政府报告工作。",
        # verse
        "生命诚可贵，\n毒品请远离。",
    ],
)
def test_real_paragraph_ends_are_not_joined(text: str) -> None:
    assert reasons(text) == []


def test_a_continued_line_carries_the_evidence_of_its_paragraph() -> None:
    text = "群众的意识普遍增强。”区公安\n\n局禁毒支队负责人说，旨在进一步增强青少年对毒\n\n品的免疫力。"
    assert [join.reason for join in find_line_joins(text)] == ["sentence", "word"]  # 毒|品 is also a cut word
