"""Checking files, one job per file: in this process or a pool of workers, with a cache.

A :class:`FileJob` names a file and the configuration that applies to it; :func:`run_file`
reads, checks (or fixes) it and returns a :class:`FileOutcome` of plain data, so it can run
in a worker process and be cached. :func:`run_jobs` yields outcomes in the order of the
jobs, whatever the number of workers, and keeps no document after its file is reported.
"""

from __future__ import annotations

import gc
import signal
import threading
import time
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .config import Config
from .files import STDIN, parse_article, read_bytes, write_article
from .findings import FileError, Finding, Suppressed
from .resources import extended_lexicons

if TYPE_CHECKING:
    import concurrent.futures
    import multiprocessing.context

    from .cache import ResultCache
    from .document import Document

__all__ = ["FileJob", "FileOutcome", "run_file", "run_jobs"]


@dataclass(frozen=True, slots=True)
class FileJob:
    """One file to check: where it is, how to show it, and under which configuration."""

    path: str
    shown: str
    config: Config
    mode: str = "check"  # "check", "fix" (write the file) or "diff" (show the fixes)
    unsafe: bool = False
    format: str | None = None  # None: from the file name
    data: bytes | None = None  # already read (standard input)
    fail_on: str = "warning"  # the lowest severity that fails the run for this file
    encoding: str | None = None  # None: detected
    force: bool = False  # fix read-only files too
    timeout: float = 0.0  # seconds one file may take; 0: no limit
    keep_source: bool = False  # return the whole original text (for the report page)


@dataclass(slots=True)
class FileOutcome:
    """What checking one file gave, as plain data."""

    shown: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    lines: dict[int, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # "start:end" → original text, of flagged spans
    notice: str | None = None
    fixed: int = 0
    diff: str = ""
    characters: int = 0
    cached: bool = False
    read: bool = False  # the file was read and decoded (False: it is only an error)
    source: str = ""  # the original text, when the job asks to keep it


def _lines(document: Document, findings: list[Finding]) -> dict[int, str]:
    """The original text of the lines the findings start on (for snippets without the document)."""
    wanted = {finding.line for finding in findings}
    return {line: document.line_text(line) for line in sorted(wanted)}


def span_texts(original: str, findings: list[Finding]) -> dict[str, str]:
    """The original text of every span the findings flag or relate to, by ``start:end``."""
    spans = [finding.span for finding in findings] + [item.span for finding in findings for item in finding.related]
    return {f"{span.start}:{span.end}": original[span.start : span.end] for span in spans}


class _FileTimeout(BaseException):  # not an Exception: rules catch those
    pass


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`_FileTimeout` in this thread after ``seconds`` (main thread only)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _FileTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    earlier, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if earlier:  # the caller's own timer goes on with the time it had left
            signal.setitimer(signal.ITIMER_REAL, max(0.001, earlier - (time.monotonic() - started)))


def _stop_the_clock() -> None:
    """From here on (writing a fixed file) the time limit no longer applies: a write is
    never cut in half."""
    if threading.current_thread() is threading.main_thread():
        signal.setitimer(signal.ITIMER_REAL, 0)


def run_file(job: FileJob, data: bytes | None = None) -> FileOutcome:
    """Read, check and (in fix mode) fix one file; never raises for a bad file.

    With ``job.timeout``, a file that takes longer gets an error and is left unchanged.
    """
    try:
        with _time_limit(job.timeout):
            return _run_file(job, data)
    except _FileTimeout:
        message = f"checking took longer than {job.timeout:g} s (--timeout): skipped, the file is unchanged"
        return FileOutcome(shown=job.shown, errors=[FileError(path=job.shown, message=message)])


def _run_file(job: FileJob, data: bytes | None) -> FileOutcome:
    from .fixes import fix_document
    from .engine.runner import run_rules
    from .report.diff import unified_diff

    config = job.config
    outcome = FileOutcome(shown=job.shown)
    if data is None:
        data = job.data if job.data is not None else read_bytes(job.path, config.max_file_size)  # type: ignore[assignment]
    if isinstance(data, FileError):
        outcome.errors.append(data.model_copy(update={"path": job.shown}))
        return outcome
    with extended_lexicons(config.extend_lexicons):
        article = parse_article(job.path if job.path != STDIN else job.shown, data, job.format, job.encoding)
        if isinstance(article, FileError):
            outcome.errors.append(article.model_copy(update={"path": job.shown}))
            return outcome
        outcome.read = True
        if article is None:
            outcome.notice = f"{job.shown}: empty file, nothing to check"
            return outcome
        document = article.document
        outcome.characters = len(document.original)
        if job.mode == "check":
            report = run_rules(document, config, path=job.shown)
        else:
            fixed = fix_document(document, config, unsafe=job.unsafe, path=job.shown)
            report = fixed.report
            if job.mode == "diff":
                outcome.diff = unified_diff(job.shown, document.original, fixed.document.original)
                outcome.fixed = len(fixed.fixed)
                report = fixed.report.model_copy(update={"findings": []})
            elif fixed.changed:
                if job.timeout > 0:
                    _stop_the_clock()
                error = write_article(job.path, fixed.document, force=job.force)
                if error is not None:
                    outcome.errors.append(error.model_copy(update={"path": job.shown}))
                    report = run_rules(document, config, path=job.shown)
                else:
                    outcome.fixed = len(fixed.fixed)
                    document = fixed.document
        outcome.findings = report.findings
        outcome.suppressed = report.suppressed
        outcome.errors.extend(report.errors)
        outcome.lines = _lines(document, report.findings)
        outcome.texts = span_texts(document.original, report.findings)
        if job.keep_source:
            outcome.source = document.original
    return outcome


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing  # only for a pool of workers

    # fork shares the loaded lexicons and word lists with the workers at no cost
    method = "fork" if sys.platform == "linux" else "spawn"
    return multiprocessing.get_context(method)


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run_jobs(
    jobs: Iterable[FileJob], *, workers: int = 1, cache: ResultCache | None = None
) -> Iterator[FileOutcome]:
    """Run ``jobs`` and yield their outcomes in the same order.

    With ``workers`` > 1 the files are checked in a process pool, a bounded number at a
    time; a ``cache`` answers for files whose bytes, configuration and factcheck version
    it has seen (check mode only).
    """
    jobs = list(jobs)
    if workers <= 1 or len(jobs) < 2:
        for job in jobs:
            data, key, hit = _prepare(job, cache)
            if hit is None:
                hit = run_file(job, data)
                _store(cache, key, hit)
            yield hit
        return
    window = workers * 4
    context = _context()
    if context.get_start_method() == "fork":
        _warm_up({job.config.extend_lexicons: job.config for job in jobs}.values())  # shared by the workers
    import concurrent.futures  # only for a pool of workers

    with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        queue: deque[tuple[str | None, concurrent.futures.Future[FileOutcome] | FileOutcome]] = deque()
        upcoming = iter(jobs)
        for job in upcoming:
            data, key, hit = _prepare(job, cache)
            queue.append((key, hit if hit is not None else pool.submit(run_file, job, data)))
            if len(queue) >= window:
                yield _settle(queue.popleft(), cache)
        while queue:
            yield _settle(queue.popleft(), cache)
    if context.get_start_method() == "fork":
        gc.unfreeze()  # the tables were frozen only for the workers' sake


_WARM_TEXT = (
    "2023年5月1日，郑州市公安局共破获案件12起，同比下降20%，分别为盗窃8起、诈骗4起；"
    "约3000余人参加，“三进”活动。要加强加强管理。\n"
)


def _warm_up(configs: Iterable[Config]) -> None:
    """Load the rule catalogue, lexicons, word lists, gazetteer and patterns once in this process,
    then move them out of the garbage collector's sight (``gc.freeze``), so that forked
    workers start with them loaded and never copy their pages by collecting them."""
    from .document import Document
    from .engine.runner import run_rules
    from .regexes import compile_declared

    for config in configs:
        with extended_lexicons(config.extend_lexicons):
            run_rules(Document(_WARM_TEXT), config)
    compile_declared()  # patterns compile on first use: here once, not in every worker
    gc.collect()
    gc.freeze()


def _prepare(job: FileJob, cache: ResultCache | None) -> tuple[bytes | None, str | None, FileOutcome | None]:
    """The file's bytes, its cache key and the cached outcome, when a cache is in use."""
    if cache is None or job.mode != "check":
        return None, None, None
    data = job.data if job.data is not None else read_bytes(job.path, job.config.max_file_size)
    if isinstance(data, FileError):
        return None, None, None  # run_file reads again and reports the error
    key = cache.key(job, data)
    return data, key, cache.get(key, job.shown)


def _settle(
    item: tuple[str | None, concurrent.futures.Future[FileOutcome] | FileOutcome], cache: ResultCache | None
) -> FileOutcome:
    key, pending = item
    if isinstance(pending, FileOutcome):
        return pending
    outcome = pending.result()
    _store(cache, key, outcome)
    return outcome


def _store(cache: ResultCache | None, key: str | None, outcome: FileOutcome) -> None:
    if cache is not None and key is not None and not outcome.cached:
        cache.put(key, outcome)
