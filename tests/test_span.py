"""Spans: immutable pairs with a length, checked on construction, serialised as objects."""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from factcheck.span import Ranges, Span, merged_ranges


class _Holder(BaseModel):
    span: Span


def test_a_span_is_a_pair_with_its_length() -> None:
    span = Span(3, 7)
    assert (span.start, span.end) == (3, 7) and len(span) == 4
    start, end = span
    assert (start, end) == (3, 7) and span == (3, 7)
    assert sorted([Span(5, 6), (2, 9), Span(2, 4)]) == [(2, 4), (2, 9), (5, 6)]
    assert not Span(4, 4) and Span(4, 5)
    assert repr(span) == "Span(start=3, end=7)" and Span(start=3, end=7) == span


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4)])
def test_an_invalid_span_is_refused(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="invalid span"):
        Span(start, end)


def test_positions_must_be_integers() -> None:
    with pytest.raises(TypeError):
        Span(1.0, 2)  # type: ignore[arg-type]


def test_a_span_survives_copy_and_pickle_as_a_span() -> None:
    span = Span(2, 9)
    for again in (copy.copy(span), copy.deepcopy(span), pickle.loads(pickle.dumps(span))):
        assert type(again) is Span and again == span


def test_pydantic_reads_and_writes_a_span_as_an_object() -> None:
    holder = _Holder(span=Span(1, 4))
    assert holder.model_dump() == {"span": {"start": 1, "end": 4}}
    assert holder.model_dump_json() == '{"span":{"start":1,"end":4}}'
    assert _Holder.model_validate_json('{"span": {"start": 1, "end": 4}}').span == Span(1, 4)
    assert type(_Holder.model_validate({"span": {"start": 0, "end": 0}}).span) is Span


@pytest.mark.parametrize(
    "value", [{"start": 4, "end": 1}, {"start": "a", "end": 1}, {"start": 1}, (1, 2), {"start": 1, "end": 2, "x": 3}]
)
def test_pydantic_refuses_what_is_not_a_span(value: object) -> None:
    with pytest.raises(ValidationError):
        _Holder.model_validate({"span": value})


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8))), st.integers(0, 70), st.integers(0, 8))
def test_ranges_hold_what_lies_inside_one_of_them(pieces: list[tuple[int, int]], start: int, length: int) -> None:
    merged = merged_ranges([(first, first + size) for first, size in pieces], touching=False)
    end = start + length
    expected = any(first <= start and end <= last for first, last in merged)
    assert Ranges(merged).holds(start, end) is expected
