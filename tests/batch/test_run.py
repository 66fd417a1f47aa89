"""check_many and check_articles: rows in input order, error rows, bounded laziness, workers."""

from __future__ import annotations

import itertools
from pathlib import Path

import factcheck
from factcheck.batch import FINDING_COLUMNS, SUMMARY_COLUMNS, check_articles, check_many

BAD = "共查获并铲除毒品原植物337株，相比去年同期下降896%。"
DATE = "2月30日，召开会议。"


def test_rows_follow_the_input_order_and_carry_the_schema() -> None:
    rows = list(check_many([("b", DATE), ("a", BAD), ("c", "正常的一句话。")]))
    assert [(row["id"], row["code"]) for row in rows] == [("b", "FC402"), ("a", "FC101")]
    assert all(list(row) == [name for name, _, _ in FINDING_COLUMNS] for row in rows)
    drop = rows[1]
    assert drop["flagged"] == BAD[drop["start"] : drop["end"]] and drop["severity"] == "error"
    assert (drop["line"], drop["column"]) == (1, drop["start"] + 1)


def test_a_bad_item_is_an_error_row_and_the_run_goes_on(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    rows = list(check_many([("binary", b"\x00\x01\x02 not text"), str(missing), ("fine", BAD)]))
    assert [(row["id"], row["type"]) for row in rows] == [
        ("binary", "error"), (str(missing), "error"), ("fine", "finding")
    ]
    assert "binary" in rows[0]["message"] and rows[1]["code"] is None


def test_paths_are_read_and_named_by_their_path(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# 标题\n\n" + BAD + "\n", encoding="utf-8")
    (row,) = check_many([article])
    assert row["id"] == str(article) and row["code"] == "FC101" and row["line"] == 3


def test_items_are_read_lazily() -> None:
    endless = ((str(number), BAD) for number in itertools.count())
    first = list(itertools.islice(check_many(endless), 5))
    assert [row["id"] for row in first] == ["0", "1", "2", "3", "4"]


def test_workers_give_the_same_rows_in_the_same_order() -> None:
    items = [(str(number), [BAD, DATE, "没有问题。"][number % 3]) for number in range(90)]
    assert list(check_many(items, jobs=2)) == list(check_many(items))


def test_summaries_count_findings_per_rule() -> None:
    results = list(check_articles([("a", BAD + DATE)]))
    summary = results[0].summary()
    assert list(summary) == [name for name, _, _ in SUMMARY_COLUMNS]
    assert summary["findings"] == 2 and summary["figures"] >= 2 and summary["error"] is None
    assert summary["by_code"] == '{"FC101": 1, "FC402": 1}'


def test_the_package_exposes_check_many() -> None:
    assert factcheck.check_many is check_many
