"""Records: plain dataclasses written out by a walk over their fields, validated at the edge."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from pydantic import TypeAdapter

import factcheck
from factcheck import Config
from factcheck.engine.catalog import RuleSpec, catalog
from factcheck.findings import Finding, Severity, Suppressed
from factcheck.records import FieldError, InvalidRecord, Record, record
from factcheck.settings import FileOptions
from factcheck.span import Span

from .strategies import article_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").iterdir())


@record
class _Part(Record):
    span: Span
    level: Severity
    when: date | None = None
    tags: tuple[str, ...] = ()


@record
class _Whole(Record):
    name: str
    parts: list[_Part]
    weight: int = 1

    def __post_init__(self) -> None:
        if self.weight < 1:
            raise FieldError("weight", "must be positive")


def _findings() -> list[Finding]:
    return [finding for path in EXAMPLES for finding in factcheck.check(path.read_text(encoding="utf-8")).findings]


def test_a_record_is_written_as_pydantic_writes_the_same_dataclass() -> None:
    whole = _Whole(name="a", parts=[_Part(span=Span(1, 3), level=Severity.ERROR, when=date(2024, 6, 1), tags=("x",))])
    assert whole.model_dump(mode="json") == TypeAdapter(_Whole).dump_python(whole, mode="json")
    assert whole.model_dump(mode="json") == {
        "name": "a", "weight": 1,
        "parts": [{"span": {"start": 1, "end": 3}, "level": "error", "when": "2024-06-01", "tags": ["x"]}],
    }
    python = whole.model_dump()
    assert python["parts"][0]["level"] is Severity.ERROR and python["parts"][0]["tags"] == ("x",)
    assert whole.model_dump(exclude={"parts"}) == {"name": "a", "weight": 1}


def test_findings_and_rules_are_written_as_before() -> None:
    """The JSON of every finding on the examples and of every rule is what pydantic writes."""
    findings = _findings()
    assert len(findings) > 50
    adapter = TypeAdapter(Finding)
    for finding in findings:
        assert finding.model_dump(mode="json") == adapter.dump_python(finding, mode="json")
    rules = TypeAdapter(RuleSpec)
    for rule in catalog():
        assert rule.model_dump(mode="json") == rules.dump_python(rule, mode="json")


def test_a_finding_reads_back_from_its_json() -> None:
    for finding in _findings():
        assert Finding.from_json(finding.model_dump(mode="json")) == finding
        suppressed = Suppressed(finding=finding, reason="checked", directive_line=3)
        assert Suppressed.from_json(suppressed.model_dump(mode="json")) == suppressed


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_any_finding_reads_back_from_its_json(text: str) -> None:
    for finding in factcheck.check(text, Config(select=["ALL"])).findings:
        assert Finding.from_json(finding.model_dump(mode="json")) == finding


@pytest.mark.parametrize(
    "damage",
    [{"line": "3"}, {"line": True}, {"span": {"start": 5, "end": 2}}, {"severity": "fatal"}, {"code": None}],
)
def test_a_damaged_cached_finding_is_refused(damage: dict[str, object]) -> None:
    data = _findings()[0].model_dump(mode="json")
    with pytest.raises((ValueError, TypeError, KeyError)):
        Finding.from_json({**data, **damage})


def test_validation_refuses_unknown_keys_and_names_the_field() -> None:
    good = {"name": "a", "parts": [{"span": {"start": 0, "end": 1}, "level": "info"}]}
    assert _Whole.model_validate(good).parts[0].level is Severity.INFO
    with pytest.raises(InvalidRecord) as caught:
        _Whole.model_validate({**good, "colour": "red"})
    assert caught.value.problems[0].unknown_key and caught.value.problems[0].location == ("colour",)
    with pytest.raises(InvalidRecord, match="weight: must be positive"):
        _Whole.model_validate({**good, "weight": 0})
    with pytest.raises(InvalidRecord, match="parts.0.level"):
        _Whole.model_validate({"name": "a", "parts": [{"span": {"start": 0, "end": 1}, "level": "loud"}]})


def test_a_table_of_options_is_read_without_a_validator() -> None:
    options = FileOptions.from_table({"per-file-ignores": {"*.md": ["fc2"]}, "max_file_size": "2M", "extend-lexicons": "x"})
    assert options.per_file_ignores == {"*.md": ["FC2"]}
    assert options.max_file_size == 2 * 1024 * 1024 and options.extend_lexicons == ["x"]
    with pytest.raises(InvalidRecord) as caught:
        FileOptions.from_table({"fail-on": "never"})
    assert str(caught.value).startswith("fail-on: expected one of")
    with pytest.raises(InvalidRecord) as caught:
        FileOptions.from_table({"per-file-ignores": {"my_notes/*.md": "FC1"}})
    assert str(caught.value).startswith("per-file-ignores.my_notes/*.md: expected a list of strings")
    with pytest.raises(InvalidRecord) as caught:
        FileOptions.from_table({"respect-gitignore": "yes", "colour": 1})
    assert [problem.location for problem in caught.value.problems] == [("colour",)]


def test_a_copy_is_checked_like_a_new_record() -> None:
    whole = _Whole(name="a", parts=[])
    assert whole.model_copy(update={"weight": 2}).weight == 2
    with pytest.raises(FieldError):
        whole.model_copy(update={"weight": 0})
    with pytest.raises(TypeError):
        whole.model_copy(update={"colour": "red"})
    assert Config(select=["fc1"]).model_copy(update={"language": "en"}).select == ["FC1"]


def test_a_second_run_imports_no_validator(tmp_path: Path) -> None:
    """With the start-up snapshot written, checking (with a configuration file, options on
    the command line, JSON output, a result cache) never imports pydantic."""
    (tmp_path / "a.txt").write_text(EXAMPLES[0].read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factcheck]\nignore = ["FC2"]\nmax-file-size = "5M"\nper-file-ignores = {"b*.txt" = ["fc1"]}\n',
        encoding="utf-8",
    )
    script = (
        "import sys\n"
        "from factcheck.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in ('pydantic', 'pydantic_core')), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    environment = {**os.environ, "FACTCHECK_DATA_CACHE": str(tmp_path / "snapshots")}
    runs = [["check", "a.txt"], ["check", "a.txt", "--format", "json", "--select", "FC1", "--date", "2024-01-01"],
            ["check", "a.txt", "--format", "sarif"], ["check", "a.txt", "--no-cache"]]
    imported = []
    for arguments in [runs[0], *runs]:  # the first run reads the data files and writes the snapshot
        done = subprocess.run([sys.executable, "-c", script, *arguments], capture_output=True, text=True,
                              env=environment, cwd=tmp_path, timeout=120)
        assert done.returncode == 1, done.stderr
        imported.append(done.stderr.strip().splitlines()[-1])
    assert imported[0] != "[]" and imported[1:] == ["[]"] * len(runs)


def test_settings_validate_as_they_read_a_table() -> None:
    assert FileOptions.model_validate({"max-file-size": "2M"}).max_file_size == 2 * 1024 * 1024
    assert Config.model_validate({"max_file_size": 10}).max_file_size == 10
    with pytest.raises(InvalidRecord, match="max_file_size: expected a positive whole number"):
        Config.model_validate({"max_file_size": "10"})
    with pytest.raises(InvalidRecord, match="expected a table"):
        Config.model_validate(["select"])


def test_a_date_may_be_given_as_its_midnight() -> None:
    from datetime import datetime

    assert Config(reference_date=datetime(2024, 6, 1)).reference_date == date(2024, 6, 1)  # type: ignore[arg-type]
    with pytest.raises(FieldError):
        Config(reference_date=datetime(2024, 6, 1, 12))  # type: ignore[arg-type]
