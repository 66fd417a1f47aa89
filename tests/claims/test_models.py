"""Claim models: plain slotted data inside, pydantic only where claims leave the pipeline."""

from __future__ import annotations

import json

import pytest

from factcheck.claims.models import Change, Comparison, PlaceMention, Quantity, validate_claim
from factcheck.span import Span


def _quantity(value: float, norm: tuple[int, int] = (0, 2)) -> Quantity:
    return Quantity(span=Span(0, 2), text="5人", norm=norm, value=value, low=value, high=value, decimals=0,
                    unit="人", dimension="people", countable=True, approximate=False)


def test_claims_are_slotted_and_take_no_stray_attributes() -> None:
    claim = _quantity(5)
    assert not hasattr(claim, "__dict__")
    with pytest.raises(AttributeError):
        claim.bogus = 6  # type: ignore[attr-defined]


def test_copies_change_only_named_fields() -> None:
    first = _quantity(5)
    copied = first.model_copy(update={"label": "抓获"})
    assert copied.label == "抓获" and first.label == ""
    assert copied.model_dump() == {**first.model_dump(), "label": "抓获"}
    with pytest.raises(ValueError, match="no field bogus"):
        first.model_copy(update={"bogus": 1})


def test_every_claim_class_can_be_copied_slot_by_slot() -> None:
    """``model_copy`` fills a copy's slots without ``__init__``: sound only while no claim
    class checks or derives anything on construction."""
    from factcheck.claims.base import ClaimBase

    def subclasses(cls: type) -> list[type]:
        return [cls] + [sub for direct in cls.__subclasses__() for sub in subclasses(direct)]

    import factcheck.claims  # noqa: F401  (registers every claim family)

    classes = subclasses(ClaimBase)
    assert len(classes) > 10
    for cls in classes:
        assert not hasattr(cls, "__post_init__"), cls


def test_internal_fields_are_never_serialised_at_any_depth() -> None:
    quantity = _quantity(5, norm=(7, 9))
    change = Change(span=Span(0, 6), text="增长5人", norm=(3, 9), direction="increase", measure="absolute",
                    amount=5, amount_low=5, amount_high=5, decimals=0, word="增长", amount_span=Span(2, 4),
                    quantity=quantity)
    comparison = Comparison(span=Span(0, 9), text="由5人增至5人", form="transition", before=quantity,
                            after=quantity, word="增至", changes=[change])
    place = PlaceMention(span=Span(0, 2), text="昭通", name="昭通", form="short", candidates=["云南省/昭通市"],
                         province="云南省", places=(12, 13))
    for claim in (quantity, change, comparison, place):
        dumped = json.dumps(claim.model_dump(mode="json"), ensure_ascii=False)
        assert '"norm"' not in dumped and '"places"' not in dumped
        assert json.loads(claim.model_dump_json()) == claim.model_dump(mode="json")


def test_serialised_claims_read_back_equal_apart_from_internal_fields() -> None:
    quantity = _quantity(5, norm=(7, 9))
    comparison = Comparison(span=Span(0, 9), text="由5人增至5人", form="transition", before=quantity,
                            after=quantity, word="增至")
    again = validate_claim(json.loads(json.dumps(comparison.model_dump(mode="json"))))
    assert isinstance(again, Comparison) and isinstance(again.before, Quantity)
    assert again.model_dump() == comparison.model_dump()
    with pytest.raises(ValueError):
        validate_claim({"kind": "quantity", "text": "5人"})


def test_a_trusted_span_is_an_ordinary_span() -> None:
    trusted = Span.trusted(3, 7)
    assert trusted == Span(3, 7) and hash(trusted) == hash(Span(3, 7)) and len(trusted) == 4
    with pytest.raises(AttributeError):
        trusted.start = 1  # type: ignore[misc]
