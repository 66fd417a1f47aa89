"""Word lexicons matched in two passes (literal words, then patterns one by one)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from factcheck.lexicon import PhraseMatcher, lexicons
from factcheck.resources import RuleDataError

ENTRIES = ("一批", "一番", "标准普尔500", r"[一二三0-9]{1,2}期(?=工程|项目)", r"(?<!第)一起(?!案)", r"[0-9]{1,2}年级")


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    covered: set[int] = {index for start, end in spans for index in range(start, end)}
    result: list[tuple[int, int]] = []
    for index in sorted(covered):
        if result and result[-1][1] == index:
            result[-1] = (result[-1][0], index + 1)
        else:
            result.append((index, index + 1))
    return result


@given(st.text(alphabet="一二三第期工程项目起案批番年级0123456789标准普尔，", max_size=60))
def test_the_pattern_pass_covers_exactly_what_each_pattern_matches(text: str) -> None:
    matcher = PhraseMatcher("test.toml", ENTRIES)
    words, patterns = matcher.spans(text)
    expected = [match.span() for entry in ENTRIES[3:] for match in regex.finditer(entry, text)]
    covered = _union(expected)
    assert _union(patterns) == covered  # nothing lost, nothing added
    for spans in (words, patterns):
        assert spans == sorted(spans)
        assert all(first[1] <= second[0] for first, second in zip(spans, spans[1:], strict=False))


def test_words_are_found_leftmost_longest() -> None:
    words, patterns = PhraseMatcher("test.toml", ENTRIES).spans("标准普尔500指数，这一批货，三期工程，一起去，第一起案")
    assert words == [(0, 7), (11, 13)]
    assert patterns == [(15, 17), (20, 22)]  # 三期 before 工程, 一起 not after 第


def test_a_bad_pattern_names_the_lexicon() -> None:
    with pytest.raises(RuleDataError, match=r"test\.toml.*bad pattern"):
        PhraseMatcher("test.toml", ("一批", "[未闭合"))


def test_the_shipped_lexicon_finds_its_phrases_on_long_digit_runs() -> None:
    matcher = lexicons().not_numbers
    words, patterns = matcher.spans("1" * 5000 + "危害一方" + "3期工程")
    assert words == [] or all(end <= 5000 or start >= 5000 for start, end in words)
    assert (5000, 5004) in patterns and (5004, 5006) in patterns
