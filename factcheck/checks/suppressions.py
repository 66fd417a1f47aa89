"""FC001: suppression comments that silenced nothing, or name codes no rule has."""

from __future__ import annotations

from collections.abc import Iterator

from ..claims.analysis import Analysis
from ..engine.catalog import catalog
from ..findings import Edit
from ..engine.messages import Joined, Quote, Say
from ..engine.registry import Params, Violation, check
from ..suppression import Suppressions

__all__ = ["unused_suppression"]


@check("unused-suppression")
def unused_suppression(analysis: Analysis, params: Params) -> Iterator[Violation]:
    """Runs after every other rule: the runner leaves the resolved suppressions in the options."""
    suppressions: Suppressions | None = analysis.options.get("suppressions")
    if suppressions is None:
        return
    enabled = analysis.options.get("enabled", lambda code: True)
    known = [rule.code for rule in catalog()]
    meta = frozenset(rule.code for rule in catalog() if rule.family == "meta")
    original = analysis.document.original
    for item in suppressions.unused(enabled, known, meta):
        directive = item.directive
        if item.orphan:
            reasons = [Say("orphan")]
        else:
            reasons = []
            if item.unknown:
                reasons.append(Say("unknown", {"codes": Joined(item.unknown)}))
            if item.unused:
                reasons.append(Say("idle", {"codes": Joined(item.unused)}))
        if item.keep:
            edit = Edit(span=directive.span, replacement=directive.render(item.keep))
            description = "keep-only"
        else:
            edit = Edit(span=directive.removal, replacement="")
            description = "remove"
        yield Violation(
            span=directive.span,
            args={
                "directive": Quote(original[directive.span.start : directive.span.end].strip()),
                "why": Joined(reasons, "semicolon"),
                "keep": Joined(item.keep),
                "rewritten": Quote(edit.replacement),
            },
            edits=(edit,),
            fix_description=description,
        )
