"""A rule's documentation as text, in the reader's language (``factcheck rule CODE``)."""

from __future__ import annotations

from ..engine.catalog import RuleSpec
from ..engine.messages import Language, render, unwrap

__all__ = ["explain", "sections"]


def sections(rule: RuleSpec, language: Language) -> list[tuple[str, str]]:
    """The rule's documentation as (title, paragraph): what it does, why, what instead."""
    docs = rule.docs_in(language)
    return [
        (render({}, f"ui-{key}", {}, language), unwrap(text))
        for key, text in (("what", docs.what), ("why", docs.why), ("instead", docs.use_instead))
    ]


def explain(rule: RuleSpec, language: Language) -> str:
    """The rule's code, name, severity, summary, documentation and examples."""
    def say(key: str, **args: object) -> str:
        return render({}, f"ui-{key}", args, language)

    docs = rule.docs_in(language)
    severity = say(rule.severity.value)
    family = say(f"family-{rule.family}")
    lines = [f"{rule.code} {rule.name} ({say('family', severity=severity, family=family)})", ""]
    lines += [unwrap(rule.summary_in(language)), ""]
    for title, paragraph in sections(rule, language):
        lines += [title, "  " + paragraph, ""]
    if rule.fix != "none":
        safety = say(f"fix-{rule.fix}")
        lines += [say("fix", safety=safety), "  " + unwrap(docs.fix or rule.summary_in(language)), ""]
    lines.append(say("flagged"))
    lines += [f"  ✗ {example.text}" for example in rule.bad]
    lines.append(say("not-flagged"))
    lines += [f"  ✓ {example.text}" for example in rule.good]
    return "\n".join(lines)
