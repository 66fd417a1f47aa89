"""factcheck: a linter for factual and numeric inconsistencies in Chinese news articles.

>>> import factcheck
>>> report = factcheck.check("共查获并铲除毒品原植物337株，相比去年同期下降896%。")
>>> [finding.code for finding in report.findings]
['FC101']

``import factcheck`` is cheap: the pipeline (patterns, lexicons, the gazetteer) loads
when a public name is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .exports import lazy_exports

__version__ = "0.1.0"

#: Public name → the module that defines it (imported on first access).
_EXPORTS: dict[str, str] = {
    "check": ".api",
    "extract": ".api",
    "check_many": ".batch",
    "numbers": ".numerics.public",
    "Number": ".numerics.public",
    "Average": ".claims.models",
    "Breakdown": ".claims.models",
    "BreakdownPart": ".claims.models",
    "Change": ".claims.models",
    "Claim": ".claims.models",
    "Comparison": ".claims.models",
    "Enumeration": ".claims.models",
    "Percentage": ".claims.models",
    "PersonMention": ".claims.models",
    "PlaceMention": ".claims.models",
    "Quantity": ".claims.models",
    "Respective": ".claims.models",
    "Share": ".claims.models",
    "CountedDay": ".claims.times",
    "DatePoint": ".claims.times",
    "Duration": ".claims.times",
    "Period": ".claims.times",
    "RelativeTime": ".claims.times",
    "Config": ".config",
    "ReferenceDate": ".dates.reference",
    "DecodeError": ".document",
    "Document": ".document",
    "Edit": ".findings",
    "FileError": ".findings",
    "Finding": ".findings",
    "Fix": ".findings",
    "Related": ".findings",
    "Report": ".findings",
    "Severity": ".findings",
    "apply_fixes": ".fixes",
    "fix_document": ".fixes",
    "Span": ".span",
}

__all__ = [
    "Average",
    "Breakdown",
    "BreakdownPart",
    "Change",
    "Claim",
    "Comparison",
    "Config",
    "CountedDay",
    "DatePoint",
    "DecodeError",
    "Document",
    "Duration",
    "Edit",
    "Enumeration",
    "FileError",
    "Finding",
    "Fix",
    "Number",
    "Percentage",
    "Period",
    "PersonMention",
    "PlaceMention",
    "Quantity",
    "ReferenceDate",
    "Related",
    "RelativeTime",
    "Report",
    "Respective",
    "Severity",
    "Share",
    "Span",
    "__version__",
    "apply_fixes",
    "check",
    "check_many",
    "extract",
    "fix_document",
    "numbers",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, __all__)


if TYPE_CHECKING:  # for type checkers and editors: the names as ordinary imports
    from .api import check, extract
    from .batch import check_many
    from .claims.models import (
        Average,
        Breakdown,
        BreakdownPart,
        Change,
        Claim,
        Comparison,
        Enumeration,
        Percentage,
        PersonMention,
        PlaceMention,
        Quantity,
        Respective,
        Share,
    )
    from .claims.times import CountedDay, DatePoint, Duration, Period, RelativeTime
    from .config import Config
    from .dates.reference import ReferenceDate
    from .document import DecodeError, Document
    from .findings import Edit, FileError, Finding, Fix, Related, Report, Severity
    from .fixes import apply_fixes, fix_document
    from .numerics.public import Number, numbers
    from .span import Span
