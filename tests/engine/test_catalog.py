"""The rule catalogue is complete and honest: docs, examples, implementations."""

from __future__ import annotations

import pytest

from factcheck.engine import catalog, registered_checks
from factcheck.engine.catalog import load_rule
from factcheck.resources import RuleDataError


def test_every_rule_has_an_implementation_and_every_check_a_rule() -> None:
    names = {rule.name for rule in catalog()}
    assert names == set(registered_checks())


def test_codes_are_unique_and_grouped_by_family() -> None:
    families: dict[str, set[str]] = {}
    for rule in catalog():
        families.setdefault(rule.family, set()).add(rule.code[:3])
    for family, prefixes in families.items():
        assert len(prefixes) == 1, f"family {family} spans code ranges {prefixes}"


@pytest.mark.parametrize("rule", list(catalog()), ids=lambda rule: rule.code)
def test_docs_are_filled_in(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.docs.what.strip() and rule.docs.why.strip() and rule.docs.use_instead.strip()
    assert rule.source.startswith(f"rules/{rule.family}/{rule.code}-{rule.name}")
    if rule.fix != "none":
        assert rule.docs.fix.strip(), "a rule with a fix documents it"


def test_malformed_rule_names_the_file() -> None:
    with pytest.raises(RuleDataError, match="rules/x/bad.toml"):
        load_rule({"code": "FC9", "name": "x"}, "rules/x/bad.toml")
