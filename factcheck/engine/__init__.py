"""The rule engine: catalogue, check registry, runner and the finding model."""

from .catalog import Catalog, Example, RuleDocs, RuleSpec, catalog
from ..findings import Edit, FileError, Finding, Fix, Related, Report, Severity
from .plugins import registered_checks
from .registry import Check, Params, RelatedSpan, Violation, check
from .runner import run_rules, selected_rules

__all__ = [
    "Catalog",
    "Check",
    "Edit",
    "Example",
    "FileError",
    "Finding",
    "Fix",
    "Params",
    "Related",
    "RelatedSpan",
    "Report",
    "RuleDocs",
    "RuleSpec",
    "Severity",
    "Violation",
    "catalog",
    "check",
    "registered_checks",
    "run_rules",
    "selected_rules",
]
