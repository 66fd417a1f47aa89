"""Run the selected rules over a document and turn violations into findings."""

from __future__ import annotations

from pydantic import ValidationError

from ..claims.analysis import Analysis
from ..config import Config
from ..document import Document
from ..resources import RuleDataError
from .catalog import RuleSpec, catalog
from ..findings import FileError, Finding, Fix, Related, Report
from .registry import Check, Params, Violation, registered_checks

__all__ = ["selected_rules", "run_rules", "finding_of"]


def selected_rules(config: Config) -> list[tuple[RuleSpec, Check, Params]]:
    """The rules ``config`` enables, with their implementations and parsed parameters."""
    checks = registered_checks()
    chosen = []
    for rule in catalog():
        if not config.is_enabled(rule.code, rule.default):
            continue
        implementation = checks.get(rule.name)
        if implementation is None:
            raise RuleDataError(f"{rule.source}: no implementation registered for {rule.name!r}")
        try:
            params = implementation.params.model_validate(rule.params)
        except ValidationError as error:
            raise RuleDataError(f"{rule.source}: [params]: {error}") from None
        chosen.append((rule, implementation, params))
    return chosen


def _format(template: str, args: dict[str, object]) -> str:
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError) as error:
        return f"{template} [message template error: {error}]"


def finding_of(rule: RuleSpec, violation: Violation, document: Document, config: Config) -> Finding:
    span = violation.span
    line, column = document.line_column(span.start)
    end_line, end_column = document.line_column(span.end)
    fix = None
    if violation.edits:
        fix = Fix(
            description=violation.fix_description or rule.docs.fix or rule.summary,
            edits=list(violation.edits),
            safe=rule.fix == "safe",
        )
    related = []
    for item in violation.related:
        related_line, related_column = document.line_column(item.span.start)
        related.append(Related(span=item.span, line=related_line, column=related_column, note=item.note))
    return Finding(
        code=rule.code,
        rule=rule.name,
        severity=config.severity.get(rule.code, rule.severity),
        message=_format(rule.message, violation.args),
        span=span,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        suggestion=violation.suggestion,
        fix=fix,
        related=related,
    )


def run_rules(document: Document, config: Config, path: str | None = None) -> Report:
    """Check ``document`` with the rules ``config`` selects."""
    analysis = Analysis(document, options={"reference_date": config.reference_date})
    findings: list[Finding] = []
    errors: list[FileError] = []
    seen: set[tuple[str, int, int]] = set()
    for rule, implementation, params in selected_rules(config):
        try:
            violations = list(implementation.function(analysis, params))
        except RuleDataError:
            raise  # a malformed rule or lexicon file: the caller reports it, naming the file
        except Exception as error:  # a bug in one rule must not hide the others' findings
            errors.append(
                FileError(
                    path=path or "<text>",
                    message=f"internal error in rule {rule.code} ({rule.name}): "
                    f"{type(error).__name__}: {error}; please report it",
                )
            )
            continue
        for violation in violations:
            key = (rule.code, violation.span.start, violation.span.end)
            if key in seen:
                continue
            seen.add(key)
            findings.append(finding_of(rule, violation, document, config))
    findings.sort(key=lambda finding: (finding.span.start, finding.span.end, finding.code))
    if path is not None:
        findings = [finding.model_copy(update={"path": path}) for finding in findings]
    return Report(
        findings=findings,
        errors=errors,
        reference_date=analysis.options.get("reference_date"),
    )
