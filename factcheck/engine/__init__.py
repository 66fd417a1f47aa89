"""The rule engine: catalogue, check registry, runner and the finding model.

The registry, runner and plugins load on first use: a module that needs only the messages
(``engine.messages``) or the catalogue does not load the checks, the claims and the
document pipeline with them. The catalogue is imported at once: its function ``catalog``
shares its module's name, and must not be shadowed by it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..exports import lazy_exports
from ..findings import Edit, FileError, Finding, Fix, Related, Report, Severity
from .catalog import Catalog, Example, RuleDocs, RuleSpec, catalog

_EXPORTS: dict[str, str] = {
    "registered_checks": ".plugins",
    **dict.fromkeys(["Check", "Params", "RelatedSpan", "Violation", "check"], ".registry"),
    **dict.fromkeys(["run_rules", "selected_rules"], ".runner"),
}

__all__ = sorted([*_EXPORTS, "Catalog", "Example", "RuleDocs", "RuleSpec", "catalog",
                  "Edit", "FileError", "Finding", "Fix", "Related", "Report", "Severity"])

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, __all__)

if TYPE_CHECKING:  # for type checkers and editors: the names as ordinary imports
    from .plugins import registered_checks
    from .registry import Check, Params, RelatedSpan, Violation, check
    from .runner import run_rules, selected_rules
