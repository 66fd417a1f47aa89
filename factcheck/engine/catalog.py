"""The rule catalogue: every rule documented as data in ``rules/<family>/*.toml``.

A rule file gives the stable code, the name, default severity, message template,
documentation (what / why / use instead), fix safety, parameters, and examples that
run as tests. Mistakes in a rule file are reported with the file name.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from dataclasses import field

from ..records import FieldError, Record, record
from ..resources import RuleDataError, as_record, iter_toml, read_record, rules_root
from ..findings import Severity
from .messages import Language, Phrase

__all__ = ["Example", "RuleDocs", "ChineseDocs", "Phrase", "RuleSpec", "Catalog", "catalog"]


@record
class Example(Record):
    """A text the rule must flag (``bad``) or must leave alone (``good``)."""

    text: str
    count: int | None = None  # exact number of findings expected for a bad example
    flags: list[str] = field(default_factory=list)  # original text of each expected span
    options: dict[str, Any] = field(default_factory=dict)  # e.g. reference_date
    note: str = ""


@record
class RuleDocs(Record):
    what: str
    why: str
    use_instead: str
    fix: str = ""


@record
class ChineseDocs(RuleDocs):
    """The rule's summary and documentation in Chinese (the ``[zh]`` table)."""

    summary: str


@record
class RuleSpec(Record):
    code: str
    name: str
    family: str
    severity: Severity
    summary: str
    fix: Literal["none", "safe", "unsafe"] = "none"
    default: bool = True  # enabled unless deselected
    docs: RuleDocs
    zh: ChineseDocs
    #: Message templates by key; ``message`` is the finding's message.
    text: dict[str, Phrase]
    params: dict[str, Any] = field(default_factory=dict)
    bad: list[Example]
    good: list[Example]
    source: str = ""

    def __post_init__(self) -> None:
        code = self.code
        if not (len(code) == 5 and code.startswith("FC") and code[2:].isdigit()):
            raise FieldError("code", f"rule code must look like FC123, got {code!r}")
        if "message" not in self.text:
            raise FieldError("text", "a [text.message] template is required")
        for name in ("bad", "good"):
            if not getattr(self, name):
                raise FieldError(name, "each rule needs at least one bad and one good example")


    def summary_in(self, language: Language) -> str:
        return self.zh.summary if language == "zh" else self.summary

    def docs_in(self, language: Language) -> RuleDocs:
        return self.zh if language == "zh" else self.docs


class Catalog:
    """All rules, by code."""

    def __init__(self, rules: list[RuleSpec]) -> None:
        self.rules: dict[str, RuleSpec] = {}
        names: dict[str, str] = {}
        for rule in sorted(rules, key=lambda item: item.code):
            if rule.code in self.rules:
                raise RuleDataError(
                    f"{rule.source}: code {rule.code} is already used by {self.rules[rule.code].source}"
                )
            if rule.name in names:
                raise RuleDataError(f"{rule.source}: name {rule.name!r} is already used by {names[rule.name]}")
            self.rules[rule.code] = rule
            names[rule.name] = rule.code

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rules.values())

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, code_or_name: str) -> RuleSpec | None:
        key = code_or_name.strip()
        if key.upper() in self.rules:
            return self.rules[key.upper()]
        return next((rule for rule in self.rules.values() if rule.name == key), None)


def load_rule(data: dict[str, Any], source: str) -> RuleSpec:
    """A rule from the parsed ``data`` of its file; :class:`RuleDataError` naming ``source``."""
    return as_record(RuleSpec, {**data, "source": source}, source)


@cache
def catalog() -> Catalog:
    """The built-in rule catalogue."""
    root = rules_root()
    rules = []
    for family in sorted(root.iterdir(), key=lambda node: node.name):
        if not family.is_dir() or family.name == "lexicons":
            continue
        for resource in iter_toml(family):
            source = f"rules/{family.name}/{resource.name}"
            rules.append(read_record(resource, source, RuleSpec, source=source))
    return Catalog(rules)
