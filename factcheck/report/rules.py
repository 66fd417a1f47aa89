"""A rule's documentation as text, in the reader's language (``factcheck rule CODE``)."""

from __future__ import annotations

import regex

from ..engine.catalog import RuleSpec
from ..engine.messages import Language, render

__all__ = ["explain", "unwrap"]

_WRAP = regex.compile(r"\s*\n\s*")
_LATIN_END = regex.compile(r"[\p{Latin}\d.,;:!?)\]]$")
_LATIN_START = regex.compile(r"^[\p{Latin}\d(\[]")


def unwrap(text: str) -> str:
    """``text`` as one line: wrapped lines are joined with a space between Latin words and
    with nothing between Chinese characters (the line breaks of a TOML paragraph)."""
    parts = [part for part in _WRAP.split(text.strip()) if part]
    joined = parts[:1]
    for part in parts[1:]:
        space = " " if _LATIN_END.search(joined[-1]) and _LATIN_START.search(part) else ""
        joined.append(space + part)
    return "".join(joined)


def explain(rule: RuleSpec, language: Language) -> str:
    """The rule's code, name, severity, summary, documentation and examples."""
    def say(key: str, **args: object) -> str:
        return render({}, f"ui-{key}", args, language)

    docs = rule.docs_in(language)
    severity = say(rule.severity.value)
    family = say(f"family-{rule.family}")
    lines = [f"{rule.code} {rule.name} ({say('family', severity=severity, family=family)})", ""]
    lines += [unwrap(rule.summary_in(language)), ""]
    lines += [say("what"), "  " + unwrap(docs.what), ""]
    lines += [say("why"), "  " + unwrap(docs.why), ""]
    lines += [say("instead"), "  " + unwrap(docs.use_instead), ""]
    if rule.fix != "none":
        safety = say(f"fix-{rule.fix}")
        lines += [say("fix", safety=safety), "  " + unwrap(docs.fix or rule.summary_in(language)), ""]
    lines.append(say("flagged"))
    lines += [f"  ✗ {example.text}" for example in rule.bad]
    lines.append(say("not-flagged"))
    lines += [f"  ✓ {example.text}" for example in rule.good]
    return "\n".join(lines)
