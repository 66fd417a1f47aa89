"""Claims: typed quantitative statements extracted from a document."""

from . import breakdowns, changes, enumerations, figures, quantities, respective, timeline  # noqa: F401
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
from .times import CountedDay, DatePoint, Duration, Period, RelativeTime, TimeClaim

__all__ = [
    "Analysis",
    "Breakdown",
    "BreakdownPart",
    "Change",
    "Claim",
    "ClaimBase",
    "CountedDay",
    "DatePoint",
    "Duration",
    "Enumeration",
    "Percentage",
    "Period",
    "Quantity",
    "RelativeTime",
    "Respective",
    "TimeClaim",
    "extractor",
    "public_extractors",
]
