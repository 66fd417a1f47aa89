"""factcheck archive: sources, Parquet output, resuming, errors naming the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow", reason="the archive extra (pyarrow) is not installed: pip install '.[archive]'")
import pyarrow.parquet as pq  # noqa: E402

from factcheck.batch.archive import ArchiveError, archive, summary_path  # noqa: E402
from factcheck.cli import main  # noqa: E402

BAD = "共查获并铲除毒品原植物337株，相比去年同期下降896%。"
FINE = "全年完成投资860亿元，同比增长9.9%。"


def _articles(count: int) -> list[tuple[str, str]]:
    return [(f"a{number:03d}", BAD if number % 4 == 0 else FINE) for number in range(count)]


def _write_jsonl(path: Path, records: list[tuple[str, str]]) -> None:
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in records),
                    encoding="utf-8")


def test_a_jsonl_archive_gives_findings_and_one_summary_per_article(tmp_path: Path) -> None:
    source = tmp_path / "export.jsonl"
    _write_jsonl(source, _articles(10))
    out = tmp_path / "findings.parquet"
    run = archive(source, out, part_size=4)
    findings, summaries = pq.read_table(out).to_pylist(), pq.read_table(summary_path(out)).to_pylist()
    assert run.articles == 10 and run.findings == 3
    assert sorted(row["id"] for row in findings) == ["a000", "a004", "a008"]
    assert [row["id"] for row in summaries] == [f"a{n:03d}" for n in range(10)]
    assert len(list(out.glob("part-*.parquet"))) == 3  # parts of 4, 4 and 2 articles


def test_a_parquet_archive_with_other_column_names(tmp_path: Path) -> None:
    source = tmp_path / "export.parquet"
    records = _articles(6)
    pq.write_table(pa.table({"doc": [i for i, _ in records], "body": [t for _, t in records]}), source)
    out = tmp_path / "out.parquet"
    archive(source, out, id_key="doc", text_key="body")
    assert sorted(row["id"] for row in pq.read_table(out).to_pylist()) == ["a000", "a004"]
    with pytest.raises(ArchiveError, match="export.parquet: no column 'id'"):
        archive(source, tmp_path / "again.parquet")


def test_a_folder_archive(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    (folder / "2023").mkdir(parents=True)
    (folder / "2023" / "a.md").write_text(BAD, encoding="utf-8")
    (folder / "b.txt").write_text(FINE, encoding="utf-8")
    (folder / "notes.csv").write_text(BAD, encoding="utf-8")
    out = tmp_path / "f.parquet"
    run = archive(folder, out)
    assert run.articles == 2
    assert [row["id"] for row in pq.read_table(out).to_pylist()] == [str(folder / "2023" / "a.md")]


def test_a_stopped_run_resumes_after_its_last_complete_part(tmp_path: Path) -> None:
    source = tmp_path / "export.jsonl"
    _write_jsonl(source, _articles(10))
    out = tmp_path / "findings.parquet"
    archive(source, out, part_size=4)
    (summary_path(out) / "part-000002.parquet").unlink()  # the run stopped before its last part was done
    again = archive(source, out, part_size=4)
    assert (again.skipped, again.articles) == (8, 2)
    summaries = pq.read_table(summary_path(out)).to_pylist()
    assert sorted(row["id"] for row in summaries) == [f"a{n:03d}" for n in range(10)]
    assert sorted(row["id"] for row in pq.read_table(out).to_pylist()) == ["a000", "a004", "a008"]


def test_malformed_records_are_error_rows(tmp_path: Path) -> None:
    source = tmp_path / "export.jsonl"
    source.write_text('{"id": "x", "text": "' + BAD + '"}\nnot json\n{"id": "y"}\n', encoding="utf-8")
    out = tmp_path / "f.parquet"
    run = archive(source, out)
    rows = pq.read_table(out).to_pylist()
    assert run.errors == 2
    assert [(row["id"], row["type"]) for row in rows] == [
        ("x", "finding"), (f"{source}:2", "error"), (f"{source}:3", "error")
    ]
    assert "not a JSON record" in rows[1]["message"] and "no 'text'" in rows[2]["message"]


def test_the_command_line_names_a_bad_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "export.csv"
    source.write_text("id,text\n", encoding="utf-8")
    assert main(["archive", str(source), "--out", str(tmp_path / "f.parquet")]) == 2
    assert "export.csv: expected a folder, a .jsonl file or a .parquet file" in capsys.readouterr().err
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    assert main(["archive", str(broken), "--out", str(tmp_path / "g.parquet")]) == 2
    assert "broken.parquet: not a readable Parquet file" in capsys.readouterr().err


def test_the_command_line_writes_the_dataset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "export.jsonl"
    _write_jsonl(source, _articles(8))
    out = tmp_path / "findings.parquet"
    assert main(["archive", str(source), "--out", str(out), "--jobs", "2", "--no-progress"]) == 0
    assert "8 articles checked" in capsys.readouterr().err
    assert pq.read_table(out).num_rows == 2
