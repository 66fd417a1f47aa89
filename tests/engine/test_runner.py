"""The runner: rule data errors surface as such; a crashing rule does not hide the others."""

from __future__ import annotations

import pytest

import factcheck
from factcheck import Config
from factcheck.engine import registered_checks, registry
from factcheck.resources import RuleDataError


def test_rule_data_error_is_not_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    check = registered_checks()["impossible-decrease"]

    def broken(analysis, params):  # type: ignore[no-untyped-def]
        raise RuleDataError("rules/lexicons/changes.toml: invalid TOML")

    monkeypatch.setitem(registry._CHECKS, "impossible-decrease", registry.Check(check.name, broken, check.params))
    with pytest.raises(RuleDataError, match="changes.toml"):
        factcheck.check("下降896%", Config(select=["FC101"]))


def test_a_crashing_rule_is_reported_and_others_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    check = registered_checks()["impossible-decrease"]

    def crashing(analysis, params):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(registry._CHECKS, "impossible-decrease", registry.Check(check.name, crashing, check.params))
    report = factcheck.check("逾2万余人，同比下降896%。", Config(select=["FC101", "FC108"]))
    assert [finding.code for finding in report.findings] == ["FC108"]
    (error,) = report.errors
    assert "internal error in rule FC101" in error.message


def test_a_check_without_its_rule_file_is_an_error_not_a_missing_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """A deleted rule file must not silently remove its rule: the run fails, naming the check."""
    check = registered_checks()["impossible-decrease"]
    monkeypatch.setitem(registry._CHECKS, "orphan-check", registry.Check("orphan-check", check.function, check.params))
    with pytest.raises(RuleDataError, match="no rule file for the check.*orphan-check"):
        factcheck.check("下降896%", Config(select=["ALL"]))


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        ({"min_chars": "20"}, "min_chars: expected int"),
        ({"min_chars": True}, "min_chars: expected int"),
        ({"similarity": 0.3}, "similarity: must be above 0.5"),
        ({"min_chars": 4}, "min_chars: must be at least 8"),
        ({"min_chars": 20, "colour": 1}, "colour: unknown key"),
    ],
)
def test_bad_rule_parameters_name_the_rule_file(params: dict[str, object], problem: str) -> None:
    from factcheck.engine.catalog import catalog
    from factcheck.engine.runner import _implementation

    rule = catalog().get("FC205")
    assert rule is not None and rule.params  # the rule with parameters
    check = registered_checks()[rule.name]
    assert _implementation(rule, check)[2] == check.params.from_table(rule.params)
    with pytest.raises(RuleDataError, match=f"{rule.source}: \\[params\\]: {problem}"):
        _implementation(rule.model_copy(update={"params": params}), check)
    assert check.params.from_table({"similarity": 1}).similarity == 1  # an integer where a number is asked


def test_parameters_are_checked_by_their_declared_types() -> None:
    from factcheck.engine.registry import Params
    from factcheck.records import InvalidRecord, record

    @record
    class Limits(Params):
        limit: int = 3
        words: tuple[str, ...] = ()

    assert Limits.from_table({"limit": 5}).limit == 5
    with pytest.raises(InvalidRecord, match="limit: expected int, got '3'"):
        Limits.from_table({"limit": "3"})
    with pytest.raises(InvalidRecord, match="words: a parameter must be a number, a flag or a word"):
        Limits.from_table({"words": "abc"})
