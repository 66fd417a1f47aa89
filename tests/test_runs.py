"""Runs over many files: the process pool, the cache, baselines, standard input, lexicon extensions."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

DROP = "共查获毒品原植物337株，相比去年同期下降896%。\n"
REPEAT = "要加强加强管理。\n"
CLEAN = "今年以来，全市共破获毒品犯罪案件114起，抓获涉毒嫌疑人174人。\n"


def _articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        text = [CLEAN, DROP, REPEAT][index % 3]
        path = folder / f"{index:03d}.md"
        path.write_text(f"# 第{index}篇\n\n{text}", encoding="utf-8")
        paths.append(path)
    return paths


def _json(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, dict]:
    code = main(["check", *arguments, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def test_two_workers_give_the_same_output_in_the_same_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _articles(tmp_path / "news", 24)
    one = _json(capsys, str(tmp_path / "news"), "--jobs", "1", "--no-cache")
    two = _json(capsys, str(tmp_path / "news"), "--jobs", "2", "--no-cache")
    assert one == two
    assert one[1]["summary"]["by_code"] == {"FC101": 8, "FC204": 8}


def test_the_cache_answers_for_unchanged_files_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = _articles(tmp_path / "news", 6)
    cache = tmp_path / "cache"
    first = _json(capsys, str(tmp_path / "news"), "--cache-dir", str(cache))
    entries = list(cache.rglob("*.json"))
    assert len(entries) == 6 and (cache / "CACHEDIR.TAG").exists()
    assert _json(capsys, str(tmp_path / "news"), "--cache-dir", str(cache)) == first
    paths[0].write_text("# 改\n\n" + DROP, encoding="utf-8")  # a changed file is checked again
    code, payload = _json(capsys, str(tmp_path / "news"), "--cache-dir", str(cache))
    assert payload["summary"]["by_code"]["FC101"] == first[1]["summary"]["by_code"]["FC101"] + 1
    # another configuration is another key
    code, payload = _json(capsys, str(tmp_path / "news"), "--cache-dir", str(cache), "--ignore", "FC204")
    assert "FC204" not in payload["summary"]["by_code"]


def test_a_corrupt_cache_entry_is_a_miss(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _articles(tmp_path / "news", 3)
    cache = tmp_path / "cache"
    first = _json(capsys, str(tmp_path / "news"), "--cache-dir", str(cache))
    for entry in cache.rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert _json(capsys, str(tmp_path / "news"), "--cache-dir", str(cache)) == first


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: {**entry, "suppressed": [{"finding": [], "directive_line": 1}]},
        lambda entry: {**entry, "findings": [{**item, "fix": {**item["fix"], "safe": "false"}} if item.get("fix") else item
                                             for item in entry["findings"]]},
        lambda entry: {**entry, "findings": [None]},
        lambda entry: [entry],
    ],
)
def test_a_cache_entry_of_the_wrong_shape_is_a_miss(tmp_path: Path, capsys: pytest.CaptureFixture[str], damage) -> None:  # type: ignore[no-untyped-def]
    _articles(tmp_path / "news", 3)
    cache = tmp_path / "cache"
    first = _json(capsys, str(tmp_path / "news"), "--cache-dir", str(cache))
    for entry in cache.rglob("*.json"):
        entry.write_text(json.dumps(damage(json.loads(entry.read_text(encoding="utf-8")))), encoding="utf-8")
    assert _json(capsys, str(tmp_path / "news"), "--cache-dir", str(cache)) == first


def test_baseline_reports_only_new_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "news" / "a.txt"
    article.parent.mkdir()
    article.write_text(DROP + CLEAN, encoding="utf-8")
    assert main(["check", "news", "--write-baseline", "baseline.json", "--no-cache"]) == 0
    capsys.readouterr()
    recorded = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert recorded["format"] == "factcheck-baseline/1" and list(recorded["files"]) == ["news/a.txt"]
    # edits elsewhere (a new first paragraph moves every line) keep the baseline valid
    article.write_text("新的导语。\n" + CLEAN + DROP, encoding="utf-8")
    assert main(["check", "news", "--baseline", "baseline.json", "--no-cache"]) == 0
    capsys.readouterr()
    article.write_text(DROP + REPEAT, encoding="utf-8")
    code, payload = _json(capsys, "news", "--baseline", "baseline.json", "--no-cache")
    assert code == 1 and [finding["code"] for finding in payload["findings"]] == ["FC204"]
    article.write_text(CLEAN, encoding="utf-8")
    code, payload = _json(capsys, "news", "--baseline", "baseline.json", "--no-cache")
    assert code == 0 and payload["summary"]["baseline_gone"] == 1


def test_a_broken_baseline_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "baseline.json").write_text("[1, 2]", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt"), "--baseline", str(tmp_path / "baseline.json")]) == 2
    assert "not a factcheck baseline" in capsys.readouterr().err


def test_stdin_with_a_filename_gets_its_type_and_configuration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "factcheck.toml").write_text('ignore = ["FC204"]\n', encoding="utf-8")
    text = "```\n" + DROP + "```\n\n" + REPEAT
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code = main(["check", "-", "--stdin-filename", str(tmp_path / "desk" / "story.md"), "--format", "json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0 and payload["findings"] == []  # the drop is in a code block, FC204 is ignored there
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    assert main(["check", "-", "--format", "json"]) == 1
    assert {f["code"] for f in json.loads(capsys.readouterr().out)["findings"]} == {"FC101", "FC204"}


def test_extend_lexicons_from_the_configuration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "boilerplate.toml").write_text('phrases = ["本报新媒体中心出品"]\n', encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text('extend-lexicons = "lexicons"\nselect = ["FC203"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("正文第一段。\n本报新媒体中心出品\n正文第二段。\n", encoding="utf-8")
    code, payload = _json(capsys, str(article), "--no-cache")
    assert code == 1 and [f["code"] for f in payload["findings"]] == ["FC203"]
    code, payload = _json(capsys, str(article), "--no-cache", "--isolated", "--select", "FC203")
    assert code == 0


def test_a_bad_user_lexicon_names_its_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "unitz.toml").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text('extend-lexicons = "lexicons"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt"), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert "unitz.toml" in err and "units.toml" in err and "Traceback" not in err
    (tmp_path / "lexicons" / "unitz.toml").unlink()
    (tmp_path / "lexicons" / "units.toml").write_text('[[unit]]\nnames = ["个"]\n', encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt"), "--no-cache"]) == 2
    assert "units.toml" in capsys.readouterr().err


def test_zero_matching_files_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.rst").write_text(DROP, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no article files" in err and "All checks passed" not in err


def test_html_and_markdown_files_are_read_by_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "page.htm").write_text(
        "<html><head><script>var s='下降896%';</script></head><body><p>" + DROP.strip() + "</p></body></html>",
        encoding="utf-8")
    (tmp_path / "story.markdown").write_text("```\n" + DROP + "```\n", encoding="utf-8")
    code, payload = _json(capsys, str(tmp_path), "--no-cache")
    assert [(Path(f["path"]).name, f["code"]) for f in payload["findings"]] == [("page.htm", "FC101")]


def test_progress_is_shown_on_a_terminal_only_after_a_while(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.progress import Progress, terminal_stream

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    progress = Progress(10, "files", terminal_stream(), delay=2.0)
    progress.update(1)
    assert stream.getvalue() == ""  # not in the first two seconds
    progress.started -= 5
    progress.update(5)
    assert "checked 5/10 files" in stream.getvalue()
    progress.close(5)
    assert stream.getvalue().endswith("\r\x1b[K")


def test_progress_with_a_bar_leaves_its_last_line() -> None:
    from factcheck.progress import Progress

    stream = io.StringIO()
    progress = Progress(4, "articles", stream, bar=True)
    progress.close(4)
    assert "[" + "#" * 30 + "] 4/4 articles" in stream.getvalue() and stream.getvalue().endswith("\n")


def test_bad_jobs_value_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    assert main(["check", str(tmp_path), "--jobs", "0"]) == 2
    assert "at least 1" in capsys.readouterr().err


def test_the_cache_misses_when_a_user_lexicon_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "lexicons").mkdir()
    lexicon = tmp_path / "lexicons" / "boilerplate.toml"
    lexicon.write_text('phrases = ["本报新媒体中心制作"]\n', encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text('extend-lexicons = "lexicons"\nselect = ["FC203"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("正文第一段。\n本报新媒体中心出品\n正文第二段。\n", encoding="utf-8")
    cache = str(tmp_path / "cache")
    assert _json(capsys, str(article), "--cache-dir", cache)[0] == 0
    lexicon.write_text('phrases = ["本报新媒体中心出品"]\n', encoding="utf-8")
    assert _json(capsys, str(article), "--cache-dir", cache)[0] == 1


def test_junit_has_one_case_for_an_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from xml.etree import ElementTree

    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\x00\x00")
    assert main(["check", str(tmp_path), "--format", "junit", "--no-cache"]) == 2
    suite = ElementTree.fromstring(capsys.readouterr().out).find("testsuite")
    assert suite is not None and suite.get("tests") == "2" and suite.get("errors") == "1"


def test_a_file_over_the_time_limit_is_an_error_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text("1万元，" * 400000, encoding="utf-8")  # 4 MB of figures: far over 3 s
    code, payload = _json(capsys, str(tmp_path), "--no-cache", "--jobs", "1", "--timeout", "3")
    assert code == 2
    assert [Path(error["path"]).name for error in payload["errors"]] == ["b.txt"]
    assert "--timeout" in payload["errors"][0]["message"]


def test_the_time_limit_leaves_the_caller_s_timer_running() -> None:
    import signal

    from factcheck import Config
    from factcheck.jobs import FileJob, run_file

    previous = signal.signal(signal.SIGALRM, lambda *_: None)
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        run_file(FileJob(path="-", shown="a.txt", config=Config(), data=CLEAN.encode(), timeout=5))
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 20 < remaining <= 30
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_a_checked_document_is_freed() -> None:
    import gc
    import weakref

    import factcheck
    from factcheck import Document

    document = Document("2023年5月1日，全市共破获案件12起。")
    factcheck.check(document)
    reference = weakref.ref(document)
    del document
    gc.collect()
    assert reference() is None


def test_the_library_and_the_command_line_agree_under_user_lexicons(tmp_path: Path) -> None:
    import factcheck
    from factcheck import Config
    from factcheck.jobs import FileJob, run_file

    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "boilerplate.toml").write_text('phrases = ["本报新媒体中心出品"]\n', encoding="utf-8")
    text = "正文第一段。\n本报新媒体中心出品\n警方查获香烟1200\n\n箱，案值50万元。\n"
    config = Config(select=["FC2"], extend_lexicons=(str(tmp_path / "lexicons"),))
    library = [(f.code, f.span) for f in factcheck.check(text, config).findings]
    command_line = [(f.code, f.span) for f in run_file(FileJob(path="-", shown="a.txt", config=config,
                                                                 data=text.encode())).findings]
    assert library == command_line and [code for code, _ in library] == ["FC203", "FC201"]
