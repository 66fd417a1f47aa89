"""factcheck on Dask: findings of a whole archive as a Dask DataFrame (``pip install 'factcheck[dask]'``).

Each partition is checked by one task; a worker process loads the rule tables (lexicons,
word lists, gazetteer) on its first task and keeps them for the next ones. The rows have
the schema of :data:`factcheck.batch.FINDING_COLUMNS`, the same as
:func:`factcheck.batch.check_many`, JSON Lines and ``factcheck archive``.

    >>> import dask.dataframe as dd, factcheck.dask
    >>> articles = dd.read_parquet("archive.parquet")          # columns id, text
    >>> findings = factcheck.dask.check_dataframe(articles)     # lazy
    >>> findings.groupby("code").size().compute()
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from .batch.rows import FINDING_COLUMNS, ArticleResult
from .batch.run import CHUNK, Item, _work, check_chunk
from .config import Config

__all__ = ["check_dataframe", "check_files", "check_pandas_batches", "client_runner", "findings_meta"]

_PANDAS_TYPES = {"string": "object", "int64": "Int64", "bool": "boolean"}


def findings_meta() -> Any:
    """An empty pandas DataFrame with the finding rows' columns and types."""
    import pandas as pd

    return pd.DataFrame({name: pd.Series(dtype=_PANDAS_TYPES[kind]) for name, kind, _ in FINDING_COLUMNS})


def _frame(results: Iterable[ArticleResult]) -> Any:
    import pandas as pd

    rows = [row for result in results for row in result.rows]
    frame = pd.DataFrame(rows, columns=[name for name, _, _ in FINDING_COLUMNS])
    return frame.astype({name: _PANDAS_TYPES[kind] for name, kind, _ in FINDING_COLUMNS})


def _check_partition(partition: Any, id_column: str, text_column: str, config: Config | None) -> Any:
    works = [
        _work((str(article_id), text if isinstance(text, (str, bytes)) else ""))
        for article_id, text in zip(partition[id_column], partition[text_column], strict=True)
    ]
    return _frame(check_chunk(works, config or Config()))


def check_pandas_batches(
    frames: Iterable[Any], text: str = "text", id: str = "id", config: Config | None = None  # noqa: A002
) -> Iterator[Any]:
    """Finding rows for each pandas DataFrame of articles: the shape Spark's
    ``DataFrame.mapInPandas`` calls, so the same check runs on a Spark cluster::

        schema = ", ".join(f"{name} {kind}" for name, kind, _ in FINDING_COLUMNS)
        articles.mapInPandas(factcheck.dask.check_pandas_batches, schema=schema)
    """
    for frame in frames:
        yield _check_partition(frame, id, text, config)


def check_dataframe(frame: Any, text: str = "text", id: str = "id", config: Config | None = None) -> Any:  # noqa: A002
    """The finding rows of every article of the Dask DataFrame ``frame`` (lazy).

    ``text`` and ``id`` name its columns. An article that cannot be checked gives one
    ``type = "error"`` row.
    """
    return frame[[id, text]].map_partitions(_check_partition, id, text, config, meta=findings_meta())


def _check_paths(partition: Any, config: Config | None) -> Any:
    return _frame(check_chunk([_work(path) for path in partition["path"]], config or Config()))


def check_files(paths: Sequence[str], config: Config | None = None, *, npartitions: int | None = None) -> Any:
    """The finding rows of the article files ``paths`` (lazy); each file's id is its path."""
    import dask.dataframe as dd
    import pandas as pd

    paths = [str(path) for path in paths]
    parts = npartitions or max(1, min(len(paths) // CHUNK, 256))
    frame = dd.from_pandas(pd.DataFrame({"path": paths}), npartitions=parts)
    return frame.map_partitions(_check_paths, config, meta=findings_meta())


def client_runner(client: Any, config: Config | None = None, *, in_flight: int | None = None) -> Any:
    """A runner for :func:`factcheck.batch.archive.archive` that checks chunks of articles
    as tasks of the Dask ``client`` (a cluster's scheduler), in input order."""
    config = config or Config()
    window = in_flight or max(2, 2 * sum(client.nthreads().values()))

    def run(items: Iterable[Item]) -> Iterator[ArticleResult]:
        iterator = iter(items)
        pending: deque[Any] = deque()
        while chunk := [_work(item) for item in islice(iterator, CHUNK)]:
            pending.append(client.submit(check_chunk, chunk, config, pure=False))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    return run
