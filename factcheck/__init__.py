"""factcheck: a linter for factual and numeric inconsistencies in Chinese news articles.

>>> import factcheck
>>> report = factcheck.check("共查获并铲除毒品原植物337株，相比去年同期下降896%。")
>>> [finding.code for finding in report.findings]
['FC101']
"""

from .api import check, extract
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
from .span import Span

__version__ = "0.1.0"

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
    "extract",
    "fix_document",
]
