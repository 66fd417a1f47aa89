"""The rule catalogue: every rule documented as data in ``rules/<family>/*.toml``.

A rule file gives the stable code, the name, default severity, message template,
documentation (what / why / use instead), fix safety, parameters, and examples that
run as tests. Mistakes in a rule file are reported with the file name.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..resources import RuleDataError, iter_toml, read_toml, rules_root
from ..findings import Severity
from .messages import Language, Phrase

__all__ = ["Example", "RuleDocs", "ChineseDocs", "Phrase", "RuleSpec", "Catalog", "catalog"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Example(_Strict):
    """A text the rule must flag (``bad``) or must leave alone (``good``)."""

    text: str
    count: int | None = None  # exact number of findings expected for a bad example
    flags: list[str] = Field(default_factory=list)  # original text of each expected span
    options: dict[str, Any] = Field(default_factory=dict)  # e.g. reference_date
    note: str = ""


class RuleDocs(_Strict):
    what: str
    why: str
    use_instead: str
    fix: str = ""


class ChineseDocs(RuleDocs):
    """The rule's summary and documentation in Chinese (the ``[zh]`` table)."""

    summary: str


class RuleSpec(_Strict):
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
    params: dict[str, Any] = Field(default_factory=dict)
    bad: list[Example]
    good: list[Example]
    source: str = ""

    @field_validator("code")
    @classmethod
    def _code_shape(cls, value: str) -> str:
        if not (len(value) == 5 and value.startswith("FC") and value[2:].isdigit()):
            raise ValueError(f"rule code must look like FC123, got {value!r}")
        return value

    @field_validator("text")
    @classmethod
    def _has_message(cls, value: dict[str, Phrase]) -> dict[str, Phrase]:
        if "message" not in value:
            raise ValueError("a [text.message] template is required")
        return value

    @field_validator("bad", "good")
    @classmethod
    def _has_examples(cls, value: list[Example]) -> list[Example]:
        if not value:
            raise ValueError("each rule needs at least one bad and one good example")
        return value


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
    try:
        return RuleSpec.model_validate({**data, "source": source})
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item['loc']) or 'file'}: {item['msg']}"
            for item in error.errors()
        )
        raise RuleDataError(f"{source}: {problems}") from None


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
            rules.append(load_rule(read_toml(resource, source), source))
    return Catalog(rules)
