"""Claims: typed quantitative statements extracted from a document."""

from . import breakdowns, changes, enumerations, places, quantities, respective  # noqa: F401  (register)
from .analysis import Analysis, extractor, public_extractors
from .models import (
    Breakdown,
    BreakdownPart,
    Change,
    Claim,
    ClaimBase,
    Enumeration,
    Percentage,
    PersonMention,
    PlaceMention,
    Quantity,
    Respective,
)

__all__ = [
    "Analysis",
    "Breakdown",
    "BreakdownPart",
    "Change",
    "Claim",
    "ClaimBase",
    "Enumeration",
    "Percentage",
    "PersonMention",
    "PlaceMention",
    "Quantity",
    "Respective",
    "extractor",
    "public_extractors",
]
