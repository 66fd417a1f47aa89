"""The integrity rules (FC2xx) on the five seed articles: exactly the damage they contain."""

from __future__ import annotations

import factcheck
from factcheck import Config
from tests.conftest import seed_text

INTEGRITY = Config(language="en", select=["FC2"])


def found(prefix: str) -> list[tuple[str, str]]:
    """(code, flagged original text) of every FC2xx finding, in text order."""
    text = seed_text(prefix)
    return [(f.code, text[f.span.start : f.span.end]) for f in factcheck.check(text, INTEGRITY).findings]


def test_seed_000_words_cut_by_blank_lines() -> None:
    assert found("000") == [
        ("FC201", "藏\n\n毒"),  # 南瓜藏|毒
        ("FC201", "支\n\n持"),  # 支|持
        ("FC201", "毒\n\n人"),  # 吸毒|人员
        ("FC201", "全\n\n区"),  # 全|区
        ("FC201", "安\n\n局"),  # 区公安|局
        ("FC201", "务\n\n实"),  # 务|实
        ("FC201", "安\n\n局"),  # 区公安|局
        ("FC201", "毒\n\n品"),  # 毒|品
    ]


def test_seed_001_every_picture_prompt_is_reported_once() -> None:
    findings = found("001")
    assert findings == [("FC203", "打开网易新闻 查看更多图片")] * 22


def test_seed_002_cut_lines_and_the_doubled_character() -> None:
    assert found("002") == [
        ("FC202", "对\n\n对"),  # 针对|对性
        ("FC201", "度\n\n融"),
        ("FC201", "入\n\n戒"),
        ("FC201", "民\n\n警"),
        ("FC201", "队\n\n民"),
        ("FC201", "区\n\n康"),
    ]


def test_seed_003_cut_lines_and_repeated_words() -> None:
    assert found("003") == [
        ("FC201", "千\n\n克"),  # 360千|克
        ("FC204", "制毒制毒制毒"),
        ("FC204", "制毒制毒"),
        ("FC201", "查\n\n支"),
        ("FC201", "加\n\n大"),
        ("FC201", "单\n\n位"),
        ("FC201", "路\n\n派"),
        ("FC201", "市\n\n公"),
        ("FC201", "化\n\n“"),
        ("FC201", "举\n\n行"),
    ]


def test_seed_004_cut_lines_and_the_sentence_pasted_from_another_story() -> None:
    assert found("004") == [
        ("FC201", "准\n\n打"),
        ("FC201", "家\n\n的"),
        ("FC201", "，\n\n积"),
        ("FC205", "不断提升，见证着江西戒毒系统整合宣传资源、开展戒毒宣传的成效。"),
    ]


def test_seed_004_copy_names_the_jiangxi_story() -> None:
    text = seed_text("004")
    (copy,) = [f for f in factcheck.check(text, INTEGRITY).findings if f.code == "FC205"]
    assert "映山红" in copy.message and "line 95" in copy.message
    (first,) = copy.related
    assert text[first.span.start : first.span.end] == "不断提升，见证着江西戒毒系统整合宣传资源、开展戒毒宣传的成效。"
    assert "复吸率的逐年降低" in document_line(text, first.line)


def document_line(text: str, line: int) -> str:
    return text.split("\n")[line - 1]


def test_reduplication_in_the_seeds_stays_silent() -> None:
    for prefix in ("000", "002", "003", "004"):
        text = seed_text(prefix)
        repeated = [text[f.span.start : f.span.end] for f in factcheck.check(text, Config(language="en", select=["FC204"])).findings]
        assert all(run.startswith("制毒") for run in repeated), repeated
    assert "层层签订" in seed_text("002") and "一级抓一级" in seed_text("000")
    assert "人人是哨兵" in seed_text("004") and "逐户逐人" in seed_text("002")


def test_repeated_formula_and_kicker_in_seed_003_are_not_copies() -> None:
    assert [code for code, _ in found("003") if code == "FC205"] == []
