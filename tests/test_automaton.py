"""Aho-Corasick searches leave no UTF-8 copy of the searched text behind."""

from __future__ import annotations

import sys

import ahocorasick_rs
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.automaton import find_literals

WORDS = ["北京", "北京市", "重庆", "綦江区", "𠀀字"]
AUTOMATON = ahocorasick_rs.AhoCorasick(WORDS, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def test_a_long_text_keeps_its_size_and_the_matches_are_the_same() -> None:
    text = "".join(f"第{index}条：北京市和重庆市綦江区，𠀀字。\n" for index in range(2000))
    size = sys.getsizeof(text)
    found = find_literals(AUTOMATON, text)
    assert sys.getsizeof(text) == size  # no UTF-8 form kept inside the string
    assert found == AUTOMATON.find_matches_as_indexes(text)
    assert sys.getsizeof(text) > size  # what searching the text itself leaves behind
    assert [text[start:end] for _, start, end in found[:4]] == ["北京市", "重庆", "綦江区", "𠀀字"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, "市", "区", "，", "a", "\n", "𠀀"]), max_size=3000).map("".join))
def test_any_text_gives_the_automatons_own_matches(text: str) -> None:
    assert find_literals(AUTOMATON, text) == AUTOMATON.find_matches_as_indexes(text)
