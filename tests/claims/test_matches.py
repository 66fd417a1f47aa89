"""The match index answers as a scan of the slice would, for patterns that do not look around."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from factcheck.claims.matches import MatchIndex

#: Overlapping alternatives of different lengths, so that a match of the whole text can
#: cross a range's ends where the slice matches differently (抓获 vs 获, 毒品 vs 品).
PATTERNS = [
    regex.compile("抓获|获|缴获毒品|毒品|品"),
    regex.compile("全(?:国|市)|该(?:市|大队)|市公安局"),
    regex.compile(r"\d+(?:万|亿)?元"),
]
ALPHABET = "抓获缴毒品全国市该大队公安局1２0万亿元，、"


def _slice_matches(pattern: regex.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + a, start + b) for a, b in (m.span() for m in pattern.finditer(text[start:end]))]


@given(st.sampled_from(PATTERNS), st.text(alphabet=ALPHABET, max_size=40), st.data())
def test_within_and_last_agree_with_scanning_the_slice(pattern: regex.Pattern[str], text: str, data: st.DataObject) -> None:
    index = MatchIndex(pattern, text, short=data.draw(st.sampled_from([0, 5, 48])))
    for _ in range(data.draw(st.integers(1, 6))):  # one index answers many ranges, in any order
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(0, len(text)))
        expected = _slice_matches(pattern, text, start, end) if start < end else []
        assert index.within(start, end) == expected
        assert index.last(start, end) == (expected[-1] if expected else None)


def test_a_match_crossing_the_range_is_not_reported() -> None:
    text = "警方缴获毒品3公斤"
    index = MatchIndex(PATTERNS[0], text, short=0)
    assert index.within(0, len(text)) == [(2, 6)]  # 缴获毒品, as one word
    assert index.within(0, 4) == [(3, 4)]  # the slice 警方缴获 holds only 获
    assert index.last(4, len(text)) == (4, 6)  # and 毒品 alone after it
