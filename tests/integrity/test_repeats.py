"""Repeated words versus correct reduplication."""

from __future__ import annotations

import pytest

from factcheck.integrity import find_repetitions, is_reduplication


def runs(text: str) -> list[tuple[str, int]]:
    return [(repetition.unit, repetition.count) for repetition in find_repetitions(text)]


@pytest.mark.parametrize(
    "text",
    ["明明白白", "人人是哨兵", "家家户户", "层层签订", "逐户逐人", "一级抓一级", "常常", "天天", "看一看",
     "研究研究", "一步一步", "一级一级地落实", "走着走着", "雪白雪白", "非常非常重要", "哈哈哈哈",
     "2020年", "禁毒大队大队长", "大湾区博士博士后创新创业大赛", "散散步",
     "退税缓税缓费", "构建共建共治共享", "二〇二〇年", "比奥比奥大区", "一个村一个村地走",
     "一件一件地办", "《国旗国旗真美丽》"],
)
def test_correct_reduplication_is_silent(text: str) -> None:
    assert runs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("要加强加强管理", [("加强", 2)]),
        ("举报制毒制毒制毒行为", [("制毒", 3)]),
        ("研究研究研究", [("研究", 3)]),  # reduplication doubles, it never triples
        ("2019年2019年全市", [("2019年", 2)]),
        ("市公安局市公安局禁毒支队", [("市公安局", 2)]),
    ],
)
def test_repeated_words_are_found(text: str, expected: list[tuple[str, int]]) -> None:
    assert runs(text) == expected


def test_span_covers_every_copy() -> None:
    (run,) = find_repetitions("积极举报制毒制毒制毒行为")
    assert (run.start, run.end) == (4, 10)


def test_overlapping_candidates_are_reported_once() -> None:
    assert runs("制毒制毒制毒制毒") == [("制毒", 4)]


def test_is_reduplication_classes() -> None:
    assert is_reduplication("讨论", 2) and not is_reduplication("讨论", 3)
    assert is_reduplication("一个", 2) and is_reduplication("说着", 2)
    assert not is_reduplication("加强", 2)
    assert is_reduplication("大队", 2, following="长")


def test_a_unit_that_is_not_a_word_is_not_a_doubled_word() -> None:
    """Characters repeated across word boundaries are not a word written twice."""
    assert runs("税缓税缓") == [] and runs("建共建共") == []
    assert runs("要落实落实") == [("落实", 2)]
