"""``factcheck archive``: check an archive export and write findings and summaries as Parquet.

Sources: a folder of article files, a JSON Lines file of ``{"id": …, "text": …}``
records, or a Parquet file with id and text columns. The output ``OUT`` (say
``findings.parquet``) is a Parquet dataset folder of finding rows, and ``OUT``'s
``.summary.parquet`` sibling one of summary rows (one per article), both written in parts
of ``part_size`` articles. A part of findings is written before its part of summaries,
each atomically, so a run that stops is resumed by skipping the ids already summarised.
pyarrow is needed (``pip install 'factcheck[archive]'``).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..config import Config
from ..files import replace_atomically
from ..progress import Progress
from ..settings import DEFAULT_INCLUDE
from .rows import FINDING_COLUMNS, SUMMARY_COLUMNS, ArticleResult
from .run import Item, Unreadable, check_articles

__all__ = ["ArchiveError", "ArchiveRun", "archive", "read_source", "summary_path"]


class ArchiveError(Exception):
    """A source or output that cannot be used (named in the message)."""


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ArchiveError("Parquet needs pyarrow: pip install 'factcheck[archive]'") from None
    return pyarrow


def arrow_schema(columns: tuple[tuple[str, str, str], ...]) -> Any:
    """The Arrow schema of a row schema (FINDING_COLUMNS or SUMMARY_COLUMNS)."""
    pa = _pyarrow()
    types = {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_()}
    return pa.schema([pa.field(name, types[kind]) for name, kind, _ in columns])


def summary_path(out: Path) -> Path:
    """Where the summaries of ``out`` go: ``findings.parquet`` → ``findings.summary.parquet``."""
    return out.with_name(out.name.removesuffix(".parquet") + ".summary.parquet")


# -- sources ------------------------------------------------------------------


def _folder_items(folder: Path) -> tuple[int, Iterator[Item]]:
    suffixes = {pattern.removeprefix("*") for pattern in DEFAULT_INCLUDE}
    paths = sorted(
        path
        for path in folder.rglob("*")
        if path.suffix in suffixes
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
    return len(paths), (str(path) for path in paths)


def _jsonl_items(path: Path, id_key: str, text_key: str) -> tuple[int, Iterator[Item]]:
    with path.open("rb") as stream:
        total = sum(1 for line in stream if line.strip())

    def items() -> Iterator[Item]:
        with path.open("r", encoding="utf-8", errors="replace") as stream:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    yield where, Unreadable(f"{where}: not a JSON record: {error.msg}")
                    continue
                if not isinstance(record, dict) or not isinstance(record.get(text_key), str):
                    yield where, Unreadable(f"{where}: no {text_key!r} string in the record")
                    continue
                yield str(record.get(id_key, where)), record[text_key]

    return total, items()


def _parquet_items(path: Path, id_key: str, text_key: str) -> tuple[int, Iterator[Item]]:
    pa = _pyarrow()
    try:
        source = pa.parquet.ParquetFile(path)
    except (OSError, pa.ArrowException) as error:
        raise ArchiveError(f"{path}: not a readable Parquet file: {error}") from None
    names = source.schema_arrow.names
    missing = [key for key in (id_key, text_key) if key not in names]
    if missing:
        raise ArchiveError(f"{path}: no column {missing[0]!r} (columns: {', '.join(names)})")

    def items() -> Iterator[Item]:
        for batch in source.iter_batches(batch_size=1024, columns=[id_key, text_key]):
            ids, texts = batch.column(0).to_pylist(), batch.column(1).to_pylist()
            for article_id, text in zip(ids, texts, strict=True):
                yield str(article_id), text if isinstance(text, str) else Unreadable(f"{article_id}: no text")

    return source.metadata.num_rows, items()


def read_source(source: Path, *, id_key: str = "id", text_key: str = "text") -> tuple[int, Iterator[Item]]:
    """The number of articles in ``source`` and an iterator over them."""
    if source.is_dir():
        return _folder_items(source)
    if not source.is_file():
        raise ArchiveError(f"{source}: no such file or folder")
    if source.suffix in (".jsonl", ".ndjson"):
        return _jsonl_items(source, id_key, text_key)
    if source.suffix == ".parquet":
        return _parquet_items(source, id_key, text_key)
    raise ArchiveError(f"{source}: expected a folder, a .jsonl file or a .parquet file")


# -- output -------------------------------------------------------------------


def _done_ids(summaries: Path) -> tuple[set[str], int]:
    """Ids already summarised in ``summaries`` and the next part number."""
    if not summaries.is_dir():
        return set(), 0
    pa = _pyarrow()
    done: set[str] = set()
    numbers = [-1]
    for part in sorted(summaries.glob("part-*.parquet")):
        try:
            done.update(pa.parquet.read_table(part, columns=["id"]).column(0).to_pylist())
        except (OSError, pa.ArrowException) as error:
            raise ArchiveError(f"{part}: unreadable part of an earlier run: {error}") from None
        numbers.append(int(part.stem.removeprefix("part-")))
    return done, max(numbers) + 1


def _write_part(folder: Path, number: int, rows: list[dict[str, Any]], schema: Any) -> None:
    pa = _pyarrow()
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=schema)
    sink = pa.BufferOutputStream()
    pa.parquet.write_table(table, sink, compression="zstd")
    replace_atomically(folder / f"part-{number:06d}.parquet", sink.getvalue().to_pybytes())


@dataclass
class ArchiveRun:
    """What a run did."""

    articles: int = 0  # checked in this run
    skipped: int = 0  # already in the output (resumed)
    findings: int = 0
    errors: int = 0
    seconds: float = 0.0


def archive(
    source: Path,
    out: Path,
    config: Config | None = None,
    *,
    jobs: int | None = None,
    part_size: int = 2000,
    id_key: str = "id",
    text_key: str = "text",
    progress: IO[str] | None = None,
    runner: Callable[[Iterable[Item]], Iterator[ArticleResult]] | None = None,
) -> ArchiveRun:
    """Check every article of ``source`` not yet in ``out`` and write the rows as Parquet.

    ``runner`` checks a stream of items (default: :func:`check_articles` with ``jobs``
    local workers; the Dask runner of :mod:`factcheck.dask` runs it on a cluster).
    """
    finding_schema, summary_schema = arrow_schema(FINDING_COLUMNS), arrow_schema(SUMMARY_COLUMNS)
    summaries = summary_path(out)
    if out.exists() and not out.is_dir():
        raise ArchiveError(f"{out}: exists and is not a Parquet dataset folder")
    done, number = _done_ids(summaries)
    total, items = read_source(source, id_key=id_key, text_key=text_key)
    run = ArchiveRun(skipped=len(done))
    bar = Progress(max(0, total - len(done)), "articles", progress, bar=True)

    def fresh() -> Iterator[Item]:
        for item in items:
            article_id = item[0] if isinstance(item, tuple) else os.fspath(item)
            if article_id not in done:
                yield item

    started = time.monotonic()
    check = runner or (lambda stream: check_articles(stream, config, jobs=jobs))
    findings: list[dict[str, Any]] = []
    summary: list[dict[str, Any]] = []
    for result in check(fresh()):
        findings.extend(result.rows)
        summary.append(result.summary())
        run.articles += 1
        run.findings += sum(1 for row in result.rows if row["type"] == "finding")
        run.errors += result.error is not None
        if len(summary) >= part_size:
            _write_part(out, number, findings, finding_schema)  # findings first: summaries mark a part done
            _write_part(summaries, number, summary, summary_schema)
            number, findings, summary = number + 1, [], []
        bar.update(run.articles)
    if summary:
        _write_part(out, number, findings, finding_schema)
        _write_part(summaries, number, summary, summary_schema)
    out.mkdir(parents=True, exist_ok=True)
    bar.close(run.articles)
    run.seconds = time.monotonic() - started
    return run
