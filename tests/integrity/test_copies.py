"""Copies of paragraphs, sentences and sentence endings within one article."""

from __future__ import annotations

from factcheck.document import Document
from factcheck.integrity import find_copies

JIANGXI = "如今，江西“映山红”戒毒服务团常年活跃。复吸率的逐年降低、戒断率的不断提升，见证着江西戒毒系统整合宣传资源、开展戒毒宣传的成效。"
LANZHOU = "兰州市统筹运用多种措施。加大管控力度，戒断率不断提升，见证着江西戒毒系统整合宣传资源、开展戒毒宣传的成效。"


def copies(text: str) -> list[tuple[str, str, str]]:
    document = Document(text)
    return [
        (copy.unit, document.text[copy.start : copy.end], document.text[copy.first_start : copy.first_end])
        for copy in find_copies(document)
    ]


def test_copied_sentence_ending() -> None:
    ((unit, later, first),) = copies(f"{JIANGXI}\n\n{LANZHOU}")
    assert unit == "ending"
    assert later == first == "不断提升，见证着江西戒毒系统整合宣传资源、开展戒毒宣传的成效。"


def test_identical_and_near_identical_sentences() -> None:
    sentence = "全市共组织开展禁毒宣传活动6000余场次，印制发放禁毒资料26万余份。"
    near = "全市共组织开展禁毒宣传活动6000余场次，印制发放禁毒资料27万余份。"
    first = "据统计，2023年以来，兰州市各级禁毒部门持续推进禁毒宣传工作。"
    second = "此外，全市青少年毒品预防教育数字化平台应用率达100%，成效不断巩固。"
    assert copies(f"{first}{sentence}\n{second}{sentence}")[0][0] == "sentence"
    ((unit, _, _),) = copies(f"{first}{sentence}\n{second}{near}")
    assert unit == "sentence"


def test_repeated_paragraph_is_one_copy() -> None:
    paragraph = "当前的国内形势和国际形势，对我国的建设和改革都很有利。我们一定要团结奋斗，沿着有中国特色的社会主义道路奋勇前进。"
    ((unit, later, first),) = copies(f"{paragraph}\n{paragraph[6:]}")
    assert unit == "paragraph" and later == paragraph[6:] and first == paragraph


def test_parallel_openings_and_short_stock_sentences_are_not_copies() -> None:
    frame = "今年以来，全市公安禁毒部门在市公安局犯罪侦查支队禁毒大队的带领下，"
    text = (
        f"{frame}坚持全链条打击制毒、贩毒犯罪。公安部禁毒局将此案确立为部级目标案件。\n"
        f"{frame}始终坚持常态化收戒管控吸毒人员。公安部禁毒局将此案确立为部级目标案件。"
    )
    assert copies(text) == []


def test_headings_and_captions_restating_the_body_are_not_copies() -> None:
    heading = "纵深推进“大收戒”常态化，最大限度遏制新吸毒人员滋生"
    caption = "▲ 近日，民警深入学校开展禁毒宣传活动，切实增强市民的防毒、拒毒意识。"
    body = "近日，民警深入学校开展禁毒宣传活动，切实增强市民的防毒、拒毒意识。"
    assert copies(f"{heading}\n{heading}，是今年的工作重点。\n{caption}\n{body}") == []
