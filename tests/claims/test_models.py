"""Claim models: memory sharing that must not change what a claim holds."""

from __future__ import annotations


def test_claims_share_their_field_names_and_copies_cannot_grow_them() -> None:
    import pytest

    from factcheck.claims.models import Quantity
    from factcheck.span import Span

    def quantity(value: float) -> Quantity:
        return Quantity(span=Span(0, 2), text="5人", value=value, low=value, high=value, decimals=0,
                        unit="人", dimension="people", countable=True, approximate=False)

    first, second = quantity(5), quantity(6)
    assert first.model_fields_set is second.model_fields_set
    copied = first.model_copy(update={"label": "抓获"})
    assert copied.label == "抓获" and copied.model_fields_set is first.model_fields_set
    with pytest.raises(ValueError, match="no field bogus"):
        first.model_copy(update={"bogus": 1})
    assert "bogus" not in second.model_fields_set
    assert copied.model_dump() == {**first.model_dump(), "label": "抓获"}
