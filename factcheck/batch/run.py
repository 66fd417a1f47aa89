"""Check a stream of articles, in this process or a pool of workers, in input order."""

from __future__ import annotations

import concurrent.futures
import gc
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, Union

from ..config import Config
from ..document import Document
from ..engine.runner import run_rules
from ..files import parse_article, read_bytes
from ..findings import FileError
from ..markup import format_of
from ..resources import RuleDataError, extended_lexicons
from .rows import ArticleResult

__all__ = ["Item", "Unreadable", "check_articles", "check_many", "check_chunk"]


class Unreadable(str):
    """The content of an item that could not be read from its source (a malformed
    record): the item becomes an error row with this message."""

#: An article: ``(id, text or bytes)``, or the path of a file (its id is the path).
Item = Union[tuple[str, Union[str, bytes]], str, "os.PathLike[str]"]
#: One unit of work: (id, content, path); content is None when the path is to be read.
Work = tuple[str, Union[str, bytes, None], Union[str, None]]

CHUNK = 32  # articles sent to a worker at a time


def _work(item: Item) -> Work:
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(f"an article is (id, text or bytes) or a path, not a {len(item)}-tuple")
        article_id, content = item
        return str(article_id), content, None
    path = os.fspath(item)
    return path, None, path


def _check(work: Work, config: Config) -> ArticleResult:
    article_id, content, path = work
    if isinstance(content, Unreadable):
        return ArticleResult.failed(article_id, str(content))
    try:
        if content is None and path is not None:
            data = read_bytes(path, config.max_file_size)
            if not isinstance(data, bytes):
                return ArticleResult.failed(article_id, data.message)
            content = data
        if isinstance(content, bytes):
            article = parse_article(article_id, content, format_of(path) if path else "text")
            if isinstance(article, FileError):
                return ArticleResult.failed(article_id, article.message)
            document = article.document if article is not None else None
        elif isinstance(content, str):
            document = Document(content, format=format_of(path) if path else "text") if content.strip() else None
        else:
            return ArticleResult.failed(article_id, f"not text: {type(content).__name__}")
        if document is None or not document.original.strip():
            return ArticleResult(article_id)  # nothing to check
        return ArticleResult.of(article_id, document.original, run_rules(document, config, article_id))
    except RuleDataError:
        raise  # the installation is broken: no article can be checked
    except Exception as error:  # one bad article must not stop an archive run
        return ArticleResult.failed(article_id, f"internal error: {type(error).__name__}: {error}")


def check_chunk(works: list[Work], config: Config) -> list[ArticleResult]:
    """Check a few articles (a worker's unit of work)."""
    with extended_lexicons(config.extend_lexicons):
        return [_check(work, config) for work in works]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Work]]:
    iterator = iter(items)
    while chunk := [_work(item) for item in islice(iterator, size)]:
        yield chunk


def check_articles(
    items: Iterable[Item], config: Config | None = None, *, jobs: int | None = None
) -> Iterator[ArticleResult]:
    """One :class:`ArticleResult` per article, in input order.

    ``items`` is read lazily and at most a few chunks per worker are in flight, so memory
    stays bounded however many articles are fed. ``jobs``: worker processes (default 1;
    0 or less: every core).
    """
    from ..jobs import _context, _warm_up, default_jobs

    config = config or Config()
    workers = default_jobs() if jobs is not None and jobs <= 0 else (jobs or 1)
    if workers <= 1:
        for chunk in _chunks(items, CHUNK):
            yield from check_chunk(chunk, config)
        return
    context = _context()
    forked = context.get_start_method() == "fork"
    if forked:
        _warm_up([config])
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            pending: deque[concurrent.futures.Future[list[ArticleResult]]] = deque()
            for chunk in _chunks(items, CHUNK):
                pending.append(pool.submit(check_chunk, chunk, config))
                if len(pending) >= workers * 2:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
    finally:
        if forked:
            gc.unfreeze()


def check_many(
    items: Iterable[Item], config: Config | None = None, *, jobs: int | None = None
) -> Iterator[dict[str, Any]]:
    """Check many articles and yield plain rows, article by article in input order.

    ``items`` are ``(id, text_or_bytes)`` pairs or file paths. Each finding is a row
    (see :data:`factcheck.batch.FINDING_COLUMNS`); an article that cannot be checked
    (undecodable bytes, unreadable file) yields one ``type = "error"`` row and the run
    goes on. Memory is bounded however many items are fed.
    """
    for result in check_articles(items, config, jobs=jobs):
        yield from result.rows
