"""Configuration files: discovery, validation, precedence, per-file ignores, file selection."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.files import discover
from factcheck.settings import ConfigFileError, Overrides, Resolver

BAD = "共查获并铲除毒品原植物337株，相比去年同期下降896%，打击处理5人。\n"
REPEAT = "要加强加强管理。\n"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_nearest_configuration_wins(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.factcheck]\nignore = ["FC101"]\n')
    _write(tmp_path / "desk" / ".factcheck.toml", 'select = ["FC2"]\n')
    resolver = Resolver(cwd=tmp_path)
    top = resolver.for_path(_write(tmp_path / "a.txt", BAD))
    desk = resolver.for_path(_write(tmp_path / "desk" / "deep" / "b.txt", BAD))
    assert top.source == tmp_path / "pyproject.toml"
    assert not top.config_for(tmp_path / "a.txt").is_enabled("FC101")
    assert desk.source == tmp_path / "desk" / ".factcheck.toml"
    assert desk.config_for(tmp_path / "desk" / "deep" / "b.txt").is_enabled("FC204")
    assert not desk.config_for(tmp_path / "desk" / "deep" / "b.txt").is_enabled("FC101")


def test_dot_file_wins_over_plain_over_pyproject_in_one_folder(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.factcheck]\nignore = ["FC1"]\n')
    _write(tmp_path / "factcheck.toml", 'ignore = ["FC2"]\n')
    assert Resolver(cwd=tmp_path).for_path(tmp_path).source == tmp_path / "factcheck.toml"
    _write(tmp_path / ".factcheck.toml", 'ignore = ["FC3"]\n')
    assert Resolver(cwd=tmp_path).for_path(tmp_path).source == tmp_path / ".factcheck.toml"


def test_pyproject_without_a_factcheck_table_is_not_a_configuration(tmp_path: Path) -> None:
    _write(tmp_path / "factcheck.toml", 'ignore = ["FC2"]\n')
    _write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    assert Resolver(cwd=tmp_path).for_path(tmp_path / "sub").source == tmp_path / "factcheck.toml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('selct = ["FC1"]\n', "unknown key 'selct' (did you mean 'select'?)"),
        ('per-file-ignore = {}\n', "did you mean 'per-file-ignores'?"),
        ('severity = { FC101 = "fatal" }\n', "severity.FC101"),
        ('select = ["FC9"]\n', "no rule matches 'FC9'"),
        ('ignore = ["FC10l"]\n', "did you mean FC101?"),
        ('max-file-size = "lots"\n', "not a size"),
        ("max-file-size = true\n", "max-file-size: not a size: True"),
        ('max-file-size = "inf"\n', "not a size"),
        ("respect-gitignore = 1\n", "respect-gitignore: expected true or false"),
        ('per-file-ignores = {"*.md" = 3}\n', "per-file-ignores.*.md: expected a list of strings"),
        ("reference-date = 5\n", "reference-date: expected a date"),
        ('select = "FC1"\n', "select"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_a_bad_configuration_names_the_file_and_the_key(tmp_path: Path, text: str, expected: str) -> None:
    config = _write(tmp_path / "factcheck.toml", text)
    with pytest.raises(ConfigFileError) as caught:
        Resolver(cwd=tmp_path).for_path(tmp_path)
    assert str(config) in str(caught.value)
    assert expected in str(caught.value)


def test_a_bad_configuration_is_exit_2_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.factcheck]\nbogus = 1\n')
    _write(tmp_path / "a.txt", BAD)
    assert main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml: [tool.factcheck]: unknown key 'bogus'" in err
    assert "Traceback" not in err


def test_per_file_ignores_match_globs_relative_to_the_configuration(tmp_path: Path) -> None:
    _write(tmp_path / "factcheck.toml", '[per-file-ignores]\n"archive/**" = ["FC101"]\n"*.md" = ["FC2"]\n')
    resolver = Resolver(cwd=tmp_path)
    settings = resolver.for_path(tmp_path)
    assert not settings.config_for(tmp_path / "archive" / "2019" / "a.txt").is_enabled("FC101")
    assert settings.config_for(tmp_path / "news" / "a.txt").is_enabled("FC101")
    assert not settings.config_for(tmp_path / "news" / "a.md").is_enabled("FC204")


def test_command_line_overrides_the_file(tmp_path: Path) -> None:
    _write(tmp_path / "factcheck.toml", 'select = ["FC2"]\nignore = ["FC203"]\nfail-on = "error"\n')
    settings = Resolver(Overrides(select=["FC1"], ignore=["FC102"], fail_on="info"), cwd=tmp_path).for_path(tmp_path)
    config = settings.config_for(tmp_path / "a.txt")
    assert config.is_enabled("FC101") and not config.is_enabled("FC204") and not config.is_enabled("FC102")
    assert settings.origins["select"] == "command line"
    assert settings.options.fail_on == "info"


def test_config_option_and_isolated(tmp_path: Path) -> None:
    _write(tmp_path / "factcheck.toml", 'ignore = ["FC1"]\n')
    other = _write(tmp_path / "elsewhere" / "strict.toml", 'select = ["ALL"]\n')
    assert Resolver(Overrides(config_file=str(other)), cwd=tmp_path).for_path(tmp_path).source == other.resolve()
    isolated = Resolver(Overrides(isolated=True), cwd=tmp_path).for_path(tmp_path)
    assert isolated.source is None and isolated.config_for(None).is_enabled("FC101")


def test_include_exclude_and_gitignore(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _write(tmp_path / ".gitignore", "drafts/\n*.tmp.md\n")
    _write(tmp_path / "factcheck.toml", 'exclude = ["vendor/", "**/old-*.txt"]\ninclude = ["*.txt", "*.md", "*.htm*", "*.text"]\n')
    for name in ["a.txt", "b.md", "c.html", "d.text", "e.rst", "drafts/x.txt", "f.tmp.md", "vendor/v.txt",
                 "news/old-1.txt", "news/new-1.txt", "node_modules/n.txt", ".hidden/h.txt"]:
        _write(tmp_path / name, BAD)
    found, errors = discover([str(tmp_path)], Resolver(cwd=tmp_path))
    names = sorted(str(Path(path).relative_to(tmp_path)) for path in found)
    assert names == ["a.txt", "b.md", "c.html", "d.text", "news/new-1.txt"]
    assert errors == []


def test_respect_gitignore_can_be_turned_off(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _write(tmp_path / ".gitignore", "drafts/\n")
    _write(tmp_path / "factcheck.toml", "respect-gitignore = false\n")
    _write(tmp_path / "drafts" / "x.txt", BAD)
    found, _ = discover([str(tmp_path)], Resolver(cwd=tmp_path))
    assert [Path(path).name for path in found] == ["x.txt"]


def test_exclude_applies_to_files_named_explicitly(tmp_path: Path) -> None:
    _write(tmp_path / "factcheck.toml", 'exclude = ["vendor/"]\n')
    vendored = _write(tmp_path / "vendor" / "v.txt", BAD)
    found, _ = discover([str(vendored)], Resolver(cwd=tmp_path))
    assert found == []


def test_config_command_shows_values_and_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _write(tmp_path / "factcheck.toml", 'ignore = ["FC203"]\nreference-date = 2024-06-01\n')
    assert main(["config", str(tmp_path), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["config_file"] == str(config)
    assert payload["settings"]["ignore"] == {"value": ["FC203"], "source": str(config)}
    assert payload["settings"]["reference-date"]["value"] == "2024-06-01"
    assert payload["settings"]["select"]["source"] == "default"
    assert main(["config", str(tmp_path)]) == 0
    text = capsys.readouterr().out
    assert 'ignore' in text and str(config) in text


def test_configured_reference_date_and_language_reach_the_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "factcheck.toml", 'reference-date = 2020-01-01\nlanguage = "en"\nselect = ["FC404"]\n')
    _write(tmp_path / "a.txt", "2023年5月1日，我市已召开会议。\n")
    assert main(["check", str(tmp_path), "--no-cache"]) == 1
    assert "FC404" in capsys.readouterr().out


def test_a_deeper_gitignore_can_re_include_a_file(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _write(tmp_path / ".gitignore", "*.md\n")
    _write(tmp_path / "content" / ".gitignore", "!article.md\n")
    _write(tmp_path / "content" / "article.md", BAD)
    _write(tmp_path / "content" / "other.md", BAD)
    found, _ = discover([str(tmp_path)], Resolver(cwd=tmp_path))
    assert [Path(path).name for path in found] == ["article.md"]


def test_select_on_the_command_line_starts_afresh(tmp_path: Path) -> None:
    _write(tmp_path / "factcheck.toml", 'ignore = ["FC101"]\nextend-select = ["FC506"]\n')
    config = Resolver(Overrides(select=["FC101"]), cwd=tmp_path).for_path(tmp_path).config_for(tmp_path / "a.txt")
    assert config.is_enabled("FC101") and not config.is_enabled("FC506")


def test_only_excluded_files_named_is_a_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "factcheck.toml", 'exclude = ["templates/"]\n')
    template = _write(tmp_path / "templates" / "x.md", BAD)
    assert main(["check", str(template)]) == 0
    assert "excluded" in capsys.readouterr().err


def test_fail_on_comes_from_each_file_s_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "content" / "factcheck.toml", 'fail-on = "error"\n')
    _write(tmp_path / "content" / "a.txt", "本次活动共发放宣传资料约3000余份。\n")  # FC108, a warning
    monkeypatch.chdir(tmp_path)
    assert main(["check", "content", "--no-cache"]) == 0
    monkeypatch.chdir(tmp_path / "content")
    assert main(["check", ".", "--no-cache"]) == 0
    assert main(["check", ".", "--no-cache", "--fail-on", "warning"]) == 1


def test_paths_are_shown_without_a_leading_dot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "content" / "a.txt", BAD)
    monkeypatch.chdir(tmp_path)
    found, _ = discover(["."], Resolver(cwd=tmp_path))
    assert found == ["content/a.txt"]
