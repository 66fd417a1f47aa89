"""Document.marks: clause and sentence punctuation, read once, asked for by set."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.document import Document
from factcheck.document.model import MARKS


@given(st.text(alphabet=MARKS + "年1a，", max_size=200), st.sets(st.sampled_from(MARKS), min_size=1))
def test_marks_are_the_positions_of_those_characters(text: str, wanted: set[str]) -> None:
    document = Document(text)
    characters = "".join(sorted(wanted))
    expected = [index for index, char in enumerate(document.text) if char in wanted]
    assert list(document.marks(characters)) == expected
    assert document.marks(characters) is document.marks(characters)  # asked again: not read again
    assert document.marks(characters[::-1]) is document.marks(characters)  # the same marks, any order


def test_marks_are_held_as_machine_integers() -> None:
    """A long text has hundreds of thousands of marks: an array, not a list of int objects."""
    document = Document("今年，全市接待游客3万人次；同比增长12%。" * 100)
    assert document.marks("，").itemsize == 8 and len(document.marks("，")) == 100


def test_sentence_and_clause_marks() -> None:
    document = Document("今年，全市接待游客3万人次；同比增长12%。下一句！")
    text = document.text
    assert [text[position] for position in document.marks("。！")] == ["。", "！"]
    assert [text[position] for position in document.marks("，；")] == ["，", "；"]


def test_a_character_outside_the_marks_is_refused() -> None:
    with pytest.raises(ValueError, match="not a clause or sentence mark"):
        Document("一。").marks("。x")


@given(
    st.text(alphabet="。，年1a", max_size=120),
    st.integers(0, 130),
    st.integers(0, 130),
    st.sampled_from(["。", "，", "。，"]),
)
def test_the_mark_before_and_after_a_position(text: str, position: int, bound: int, characters: str) -> None:
    document = Document(text)
    text = document.text
    floor, ceiling = min(bound, position), max(bound, position)
    before = [index for index in range(floor, min(position, len(text))) if text[index] in characters]
    after = [index for index in range(position, min(ceiling, len(text))) if text[index] in characters]
    assert document.mark_before(characters, position, floor) == (before[-1] if before else None)
    assert document.mark_after(characters, position, ceiling) == (after[0] if after else None)
    everywhere = [index for index in range(position, len(text)) if text[index] in characters]
    assert document.mark_after(characters, position) == (everywhere[0] if everywhere else None)
