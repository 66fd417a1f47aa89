"""Run the selected rules over a document and turn violations into findings."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager


from ..claims.analysis import Analysis
from ..config import Config
from ..document import Block, Document, Sentence
from ..resources import RuleDataError, extended_lexicons
from ..span import Span
from ..suppression import Suppressions
from .catalog import RuleSpec, catalog
from ..findings import FileError, Finding, Fix, Related, Report, Suppressed
from ..records import InvalidRecord
from .plugins import registered_checks
from .messages import Language, TemplateError, render, unwrap
from .registry import Check, Params, Violation

__all__ = ["selected_rules", "run_rules", "finding_of", "fingerprint"]


def selected_rules(config: Config) -> list[tuple[RuleSpec, Check, Params]]:
    """The rules ``config`` enables, with their implementations and parsed parameters
    (validated once per selection and set of implementations)."""
    checks = registered_checks()
    rules = catalog()
    if len(checks) > len(rules):  # a rule file was deleted: say so instead of dropping the rule
        documented = {rule.name for rule in rules}
        missing = sorted(name for name in checks if name not in documented)
        raise RuleDataError(f"rules/: no rule file for the check(s) {', '.join(missing)} (the installation is incomplete)")
    selectors = (
        rules,
        None if config.select is None else tuple(config.select),
        tuple(config.extend_select),
        tuple(config.ignore),
    )
    enabled = _ENABLED.get(selectors)
    if enabled is None:  # once per selection, not once per article
        enabled = _ENABLED[selectors] = [rule for rule in rules if config.is_enabled(rule.code, rule.default)]
    key = tuple((rule.code, id(checks.get(rule.name))) for rule in enabled)
    chosen = _SELECTIONS.get(key)
    if chosen is None:
        chosen = _SELECTIONS[key] = [_implementation(rule, checks.get(rule.name)) for rule in enabled]
    return list(chosen)


_SELECTIONS: dict[tuple[tuple[str, int], ...], list[tuple[RuleSpec, Check, Params]]] = {}
_ENABLED: dict[tuple[object, ...], list[RuleSpec]] = {}


def _implementation(rule: RuleSpec, implementation: Check | None) -> tuple[RuleSpec, Check, Params]:
    if implementation is None:
        raise RuleDataError(f"{rule.source}: no implementation registered for {rule.name!r}")
    try:
        params = implementation.params.from_table(rule.params)
    except InvalidRecord as error:
        raise RuleDataError(f"{rule.source}: [params]: {error}") from None
    return rule, implementation, params


def _say(rule: RuleSpec, key: str, args: Mapping[str, object], language: Language) -> str:
    try:
        return render(rule.text, key, args, language)
    except TemplateError as error:  # a rule file out of step with its check; tests catch it
        return f"{rule.code}: message template error: {error}"


def finding_of(rule: RuleSpec, violation: Violation, document: Document, config: Config) -> Finding:
    span = violation.span
    language = config.language
    args = violation.args
    line, column = document.line_column(span.start)
    end_line, end_column = document.line_column(span.end)
    fix = None
    layout = document.layout
    markup_safe = rule.family == "meta" or not any(layout.touches_markup(edit.span) for edit in violation.edits)
    if violation.edits and markup_safe:
        if violation.fix_description:
            description = _say(rule, violation.fix_description, args, language)
        else:
            docs = rule.docs_in(language)
            description = unwrap(docs.fix or rule.summary_in(language))
        fix = Fix(
            description=description,
            edits=list(violation.edits),
            safe=rule.fix == "safe",
        )
    related = []
    for item in violation.related:
        related_line, related_column = document.line_column(item.span.start)
        note = _say(rule, item.note, {**args, **item.args}, language)
        related.append(Related(span=item.span, line=related_line, column=related_column, note=note))
    return Finding(
        code=rule.code,
        rule=rule.name,
        severity=config.severity.get(rule.code, rule.severity),
        message=_say(rule, violation.message, args, language),
        span=span,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        suggestion=None if violation.suggestion is None else _say(rule, violation.suggestion, args, language),
        fix=fix,
        related=related,
        fingerprint=fingerprint(rule.code, span, document),
    )


#: How far before and after a finding its sentence counts in its fingerprint (characters):
#: all of an ordinary sentence, a bounded window of one that runs on for pages.
_CONTEXT_REACH = 200


def fingerprint(code: str, span: Span, document: Document) -> str:
    """A key for a finding that survives edits elsewhere in the file: its code, its text
    and the text of its sentence (white space removed; of a sentence longer than
    ``_CONTEXT_REACH`` characters on either side, that much around it), hashed."""
    position = document.offsets.to_normalized(span.start)
    holder: Sentence | Block | None = document.sentence_at(position)
    if holder is None:
        holder = document.block_at(position)
    context = ""
    if holder is not None:
        start = max(holder.start, position - _CONTEXT_REACH)
        end = min(holder.end, position + len(span) + _CONTEXT_REACH)
        context = document.text[start:end]
    flagged = "".join(document.original[span.start : span.end].split())
    digest = hashlib.sha1(f"{code}\0{flagged}\0{''.join(context.split())}".encode())
    return digest.hexdigest()[:16]


def run_rules(document: Document, config: Config, path: str | None = None) -> Report:
    """Check ``document`` with the rules ``config`` selects.

    Findings that a suppression comment covers are moved to ``Report.suppressed``; rules
    of the ``meta`` family (unused suppressions) run last, over what the others found. A
    fix that would change markup (a Markdown or HTML tag, a comment) is withheld.
    """
    with extended_lexicons(config.extend_lexicons), _collector_paused():
        return _run(document, config, path)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cycle collector while one document is checked.

    A check allocates many small objects that live until it ends; the collector's full
    passes over an ever larger heap would make a long article cost more than linear
    time. Reference counting still frees everything acyclic at once; cycles wait until
    the check ends.
    """
    if not gc.isenabled():
        yield
        return
    try:
        gc.disable()
        yield
    finally:
        gc.enable()


def _run(document: Document, config: Config, path: str | None) -> Report:
    reference = config.reference_date or document.layout.reference_date
    analysis = Analysis(document, options={"reference_date": reference})
    chosen = selected_rules(config)
    errors: list[FileError] = []
    findings = _apply(
        [rule for rule in chosen if rule[0].family != "meta"], analysis, document, config, path, errors
    )
    suppressions = Suppressions(document)
    kept, suppressed = _sift(findings, suppressions, document)
    analysis.options["suppressions"] = suppressions
    enabled = {rule.code for rule, _, _ in chosen}
    analysis.options["enabled"] = enabled.__contains__
    after = _apply([rule for rule in chosen if rule[0].family == "meta"], analysis, document, config, path, errors)
    more, silenced = _sift(after, suppressions, document, explicit=True)
    kept = sorted(kept + more, key=lambda finding: (finding.span.start, finding.span.end, finding.code))
    if path is not None:
        kept = [finding.model_copy(update={"path": path}) for finding in kept]
    return Report(
        findings=kept,
        errors=errors,
        suppressed=suppressed + silenced,
        reference_date=analysis.options.get("reference_date"),
        figures=len(analysis.mentions),
    )


def _apply(
    chosen: list[tuple[RuleSpec, Check, Params]],
    analysis: Analysis,
    document: Document,
    config: Config,
    path: str | None,
    errors: list[FileError],
) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple[str, int, int]] = set()
    for rule, implementation, params in chosen:
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
    return findings


def _sift(
    findings: list[Finding], suppressions: Suppressions, document: Document, *, explicit: bool = False
) -> tuple[list[Finding], list[Suppressed]]:
    """Split findings into those reported and those a directive silences."""
    kept: list[Finding] = []
    silenced: list[Suppressed] = []
    for finding in findings:
        directive = suppressions.silencer(finding, explicit=explicit)
        if directive is None:
            kept.append(finding)
        else:
            line = document.line_column(directive.span.start)[0]
            silenced.append(Suppressed(finding=finding, reason=directive.reason, directive_line=line))
    return kept, silenced
