"""factcheck.dask on a real local Dask cluster: the same rows as the serial check_many."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe", reason="the dask extra is not installed: pip install '.[dask]'")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed: pip install '.[dask]'")

import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

import factcheck.dask  # noqa: E402
from factcheck.batch import FINDING_COLUMNS, check_many  # noqa: E402
from factcheck.cli import main  # noqa: E402

SENTENCES = [
    "今年以来，全市共破获毒品案件{n}起，抓获犯罪嫌疑人{m}人。",
    "相比去年同期下降{p}%。",
    "{month}月{day}日，市公安局召开会议。",
    "约{n}人左右参加了活动。",
    "全年完成投资{n}亿元，同比增长{q}%。",
    "超过{n}多名群众参与。",
]


def _articles(count: int, seed: int = 11) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    articles = []
    for number in range(count):
        body = "".join(
            rng.choice(SENTENCES).format(
                n=rng.randint(2, 900), m=rng.randint(2, 90), p=rng.choice([12, 35, 120, 896]),
                month=rng.randint(1, 12), day=rng.choice([3, 15, 30, 31]), q=rng.randint(1, 30),
            )
            for _ in range(rng.randint(2, 6))
        )
        articles.append((f"article-{number:04d}", body))
    return articles


def _key(row: dict[str, object]) -> tuple[str, int, str]:
    return str(row["id"]), int(row["start"] or -1), str(row["code"])


def _normal(frame: pd.DataFrame) -> list[dict[str, object]]:
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return sorted(rows, key=_key)


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as connected:
        yield connected
    cluster.close()


def test_a_dask_dataframe_gives_the_serial_rows(client) -> None:  # type: ignore[no-untyped-def]
    articles = _articles(300)
    serial = sorted(check_many(articles), key=_key)
    assert len(serial) > 100  # the generated articles do have findings
    frame = dd.from_pandas(pd.DataFrame(articles, columns=["id", "text"]), npartitions=6)
    findings = factcheck.dask.check_dataframe(frame)
    assert list(findings.columns) == [name for name, _, _ in FINDING_COLUMNS]
    assert _normal(findings.compute()) == serial
    assert set(client.has_what()) and len(client.scheduler_info()["workers"]) == 2


def test_files_on_dask_give_the_serial_rows(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = []
    for article_id, text in _articles(40, seed=5):
        path = tmp_path / f"{article_id}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    serial = sorted(check_many(paths), key=_key)
    assert _normal(factcheck.dask.check_files(paths, npartitions=4).compute()) == serial


def test_archive_on_a_scheduler_writes_what_a_local_run_writes(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    import pyarrow.parquet as pq

    source = tmp_path / "export.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in _articles(120)),
                      encoding="utf-8")
    address = client.scheduler.address
    assert main(["archive", str(source), "--out", str(tmp_path / "dask.parquet"), "--scheduler", address,
                 "--no-progress", "--part-size", "50"]) == 0
    assert main(["archive", str(source), "--out", str(tmp_path / "local.parquet"), "--jobs", "1",
                 "--no-progress"]) == 0
    on_dask = sorted(pq.read_table(tmp_path / "dask.parquet").to_pylist(), key=_key)
    local = sorted(pq.read_table(tmp_path / "local.parquet").to_pylist(), key=_key)
    assert on_dask == local and len(local) > 30


def test_pandas_batches_give_the_serial_rows() -> None:
    articles = _articles(50, seed=3)
    frames = [pd.DataFrame(articles[:20], columns=["id", "text"]), pd.DataFrame(articles[20:], columns=["id", "text"])]
    batched = pd.concat(list(factcheck.dask.check_pandas_batches(frames)))
    assert _normal(batched) == sorted(check_many(articles), key=_key)


def test_spark_map_in_pandas_gives_the_serial_rows() -> None:
    pyspark = pytest.importorskip("pyspark.sql", reason="pyspark is not installed (the Spark paragraph is optional)")
    spark = pyspark.SparkSession.builder.master("local[2]").getOrCreate()
    try:
        articles = _articles(60, seed=9)
        kinds = {"string": "string", "int64": "long", "bool": "boolean"}
        schema = ", ".join(f"`{name}` {kinds[kind]}" for name, kind, _ in FINDING_COLUMNS)
        frame = spark.createDataFrame(articles, ["id", "text"])
        rows = frame.mapInPandas(factcheck.dask.check_pandas_batches, schema=schema).toPandas()
        assert _normal(rows) == sorted(check_many(articles), key=_key)
    finally:
        spark.stop()
