"""Claims: typed quantitative statements extracted from a document."""

from . import breakdowns, changes, enumerations, figures, quantities, respective  # noqa: F401
from .analysis import Analysis, extractor, public_extractors
from .models import (
    Breakdown,
    BreakdownPart,
    Change,
    Claim,
    ClaimBase,
    Enumeration,
    Percentage,
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
    "Quantity",
    "Respective",
    "extractor",
    "public_extractors",
]
