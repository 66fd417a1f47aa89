"""Claims: typed quantitative statements extracted from a document."""

from . import (  # noqa: F401  (importing registers the extractors)
    averages,
    breakdowns,
    changes,
    comparisons,
    enumerations,
    figures,
    people,
    places,
    quantities,
    regions,
    respective,
    shares,
)
from .analysis import Analysis, extractor, public_extractors
from .models import (
    Average,
    Breakdown,
    BreakdownPart,
    Change,
    Claim,
    ClaimBase,
    Comparison,
    Enumeration,
    Percentage,
    PersonMention,
    PlaceMention,
    Quantity,
    Respective,
    Share,
)

__all__ = [
    "Analysis",
    "Average",
    "Breakdown",
    "BreakdownPart",
    "Change",
    "Claim",
    "ClaimBase",
    "Comparison",
    "Enumeration",
    "Percentage",
    "PersonMention",
    "PlaceMention",
    "Quantity",
    "Respective",
    "Share",
    "extractor",
    "public_extractors",
]
