"""Claims: typed quantitative statements extracted from a document."""

from . import (  # noqa: F401  (importing registers the extractors)
    breakdowns,
    changes,
    enumerations,
    figures,
    people,
    places,
    quantities,
    regions,
    respective,
)
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
