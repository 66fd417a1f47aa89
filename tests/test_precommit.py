"""The pre-commit hook, run for real: pre-commit installs this checkout into its own
environment and runs it on a throw-away content repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
pytestmark = pytest.mark.skipif(
    not PRE_COMMIT.exists() or shutil.which("git") is None,
    reason="pre-commit (the test extra) or git is not installed",
)

ARTICLE = "# 禁毒工作通报\n\n共查获并铲除毒品原植物337株，相比去年同期下降896%，打击处理5人。\n"


def _git(folder: Path, *arguments: str) -> str:
    environment = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    done = subprocess.run(["git", *arguments], cwd=folder, env=environment, check=True,
                          capture_output=True, text=True)
    return done.stdout.strip()


def _hook_repository(tmp_path: Path) -> tuple[Path, str]:
    """A git repository holding this checkout's working tree (what pre-commit installs)."""
    repository = tmp_path / "factcheck-hook"
    repository.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, repository / name)
    for folder in ("factcheck", "rules"):
        shutil.copytree(ROOT / folder, repository / folder, ignore=shutil.ignore_patterns("__pycache__"))
    _git(repository, "init", "-q")
    _git(repository, "add", ".")
    _git(repository, "commit", "-q", "-m", "hook")
    return repository, _git(repository, "rev-parse", "HEAD")


def _run_pre_commit(content: Path, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run([str(PRE_COMMIT), "run", "--all-files", "--color", "never"], cwd=content,
                          env=environment, capture_output=True, text=True, timeout=900)


def test_pre_commit_fails_on_an_impossible_drop_and_passes_once_suppressed(tmp_path: Path) -> None:
    hook, revision = _hook_repository(tmp_path)
    content = tmp_path / "content"
    content.mkdir()
    _git(content, "init", "-q")
    (content / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook}\n    rev: {revision}\n    hooks:\n      - id: factcheck\n", encoding="utf-8"
    )
    (content / "news").mkdir()
    article = content / "news" / "2024-06-26.md"
    article.write_text(ARTICLE, encoding="utf-8")
    (content / "notes.yaml").write_text("title: 下降896%\n", encoding="utf-8")  # not an article type
    _git(content, "add", ".")

    failed = _run_pre_commit(content, tmp_path / "pre-commit-home")
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "news/2024-06-26.md:3:" in output and "FC101" in output
    assert "notes.yaml" not in output

    article.write_text(ARTICLE.replace("共查获", "<!-- factcheck: ignore FC101 -- 原稿数字，待核实 -->\n共查获"),
                       encoding="utf-8")
    _git(content, "add", ".")
    passed = _run_pre_commit(content, tmp_path / "pre-commit-home")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert article.read_text(encoding="utf-8").count("factcheck: ignore FC101") == 1  # the hook changed nothing
