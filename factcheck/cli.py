"""The ``factcheck`` command line: check articles, print claims, explain rules."""

from __future__ import annotations

import argparse
import codecs
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import date
from typing import TextIO

from . import __version__
from .baseline import Baseline, BaselineError
from .cache import CACHE_FOLDER, ResultCache
from .config import DEFAULT_MAX_FILE_SIZE
from .engine.messages import Language, render
from .files import STDIN, discover, display_path, read_article, read_bytes
from .findings import FileError, Severity
from .jobs import FileJob, default_jobs, run_jobs
from .markup import format_of
from .progress import Progress, terminal_stream
from .report import FileResult, RunResult, render_json
from .report.json import jsonl_rows
from .report.text import display_width, render_statistics, render_summary, render_text
from .resources import RuleDataError
from .settings import ConfigFileError, Overrides, Resolver, parse_size, unknown_selector

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A mistake in the command line; reported without a traceback, exit code 2."""


def _codes(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _size(value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


FORMATS = ("text", "json", "jsonl", "sarif", "github", "gitlab", "junit", "html")


def _add_config_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="use this configuration file for every file")
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factcheck",
        description="Check Chinese news articles for numeric and factual inconsistencies.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    run = commands.add_parser("check", help="check articles and report findings")
    run.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                     help="files or folders (folders: *.txt, *.md, *.markdown, *.html, *.htm); - reads stdin")
    run.add_argument("--format", choices=FORMATS, default="text")
    run.add_argument("-o", "--output-file", metavar="FILE", help="write the report to FILE instead of stdout")
    run.add_argument("--select", type=_codes, help="comma-separated codes or prefixes to run (ALL for every rule)")
    run.add_argument("--extend-select", type=_codes, default=[], help="codes or prefixes to add to the selection")
    run.add_argument("--ignore", type=_codes, default=[], help="comma-separated codes or prefixes to skip")
    run.add_argument("--date", type=_date, dest="reference_date", help="read the articles as of this date (YYYY-MM-DD)")
    run.add_argument("--max-file-size", type=_size, help="skip larger files with an error (default 10M)")
    run.add_argument("--lang", choices=("zh", "en"), dest="language", help="language of the messages")
    _add_config_options(run)
    run.add_argument("--stdin-filename", metavar="NAME",
                     help="the name of the file read from stdin: its type, configuration and name in the report")
    run.add_argument("--fail-on", choices=("info", "warning", "error"),
                     help="lowest severity that fails the run (default: warning)")
    run.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    run.add_argument("--statistics", action="store_true", help="print the number of findings per rule instead")
    run.add_argument("-q", "--quiet", action="store_true", help="print the findings only, no summary or notes")
    run.add_argument("--no-source", action="store_true", help="text format: do not show the source line")
    run.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    run.add_argument("--fix", action="store_true", help="apply the safe fixes to the files, then report what remains")
    run.add_argument("--diff", action="store_true", help="show the fixes as a unified diff; change no file")
    run.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff, apply unsafe fixes too")
    run.add_argument("--force", action="store_true", help="with --fix, rewrite read-only files too")
    run.add_argument("--encoding", metavar="NAME", help="read every file in this encoding (default: detect)")
    run.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in this baseline")
    run.add_argument("--write-baseline", metavar="FILE", help="record the current findings in FILE")
    run.add_argument("--timeout", type=float, default=300.0, metavar="SECONDS",
                     help="give up on a file after this long, with an error (default 300; 0: no limit)")
    run.add_argument("-j", "--jobs", type=_positive, help="files checked in parallel (default: all cores)")
    run.add_argument("--no-cache", action="store_true", help="do not read or write the result cache")
    run.add_argument("--cache-dir", metavar="DIR", help="where the cache lives (default: .factcheck_cache in the project)")

    show = commands.add_parser("config", help="show the settings that apply to a file or folder, and their sources")
    show.add_argument("path", nargs="?", default=".", metavar="PATH")
    show.add_argument("--format", choices=("text", "json"), default="text")
    _add_config_options(show)

    claims = commands.add_parser("claims", help="print the claims of an article (a fact sheet)")
    claims.add_argument("path", metavar="FILE")
    claims.add_argument("--lang", choices=("zh", "en"), dest="language", help="language of the fact sheet")
    _add_config_options(claims)
    claims.add_argument("--format", choices=("text", "json", "csv"), default="text")
    claims.add_argument("--sections", action="store_true", help="also show the article's structure")
    claims.add_argument(
        "--date", type=_date, dest="reference_date", help="resolve 今年, 30日 … as of this date (YYYY-MM-DD)"
    )

    audit = commands.add_parser(
        "archive", help="check an archive (folder, JSON Lines or Parquet) and write findings as Parquet"
    )
    audit.add_argument("source", metavar="SRC", help="a folder of articles, a .jsonl file or a .parquet file")
    audit.add_argument("--out", required=True, metavar="OUT",
                       help="findings dataset (a folder, say findings.parquet); summaries go to OUT's .summary.parquet")
    audit.add_argument("--id-key", default="id", metavar="NAME", help="id field or column (default id)")
    audit.add_argument("--text-key", default="text", metavar="NAME", help="text field or column (default text)")
    audit.add_argument("--part-size", type=_positive, default=2000, metavar="N",
                       help="articles per Parquet part; a stopped run resumes after the last part (default 2000)")
    audit.add_argument("-j", "--jobs", type=_positive, help="local worker processes (default: all cores)")
    audit.add_argument("--scheduler", metavar="ADDRESS", help="run on this Dask scheduler (tcp://HOST:PORT)")
    audit.add_argument("--dask-workers", type=_positive, metavar="N", help="run on a local Dask cluster of N workers")
    audit.add_argument("--select", type=_codes, help="comma-separated codes or prefixes to run (ALL for every rule)")
    audit.add_argument("--extend-select", type=_codes, default=[], help="codes or prefixes to add to the selection")
    audit.add_argument("--ignore", type=_codes, default=[], help="comma-separated codes or prefixes to skip")
    audit.add_argument("--date", type=_date, dest="reference_date", help="read the articles as of this date (YYYY-MM-DD)")
    audit.add_argument("--max-file-size", type=_size, help="skip larger files with an error (default 10M)")
    _add_config_options(audit)
    audit.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")

    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.add_argument("--lang", choices=("zh", "en"), dest="language", help="language of the summaries")
    _add_config_options(rules)

    server = commands.add_parser("server", help="run the Language Server over stdio (for editors)")
    server.add_argument("--lang", choices=("zh", "en"), dest="language", help="language of the diagnostics")
    _add_config_options(server)

    rule = commands.add_parser("rule", help="explain one rule")
    rule.add_argument("code", metavar="CODE")
    rule.add_argument("--lang", choices=("zh", "en"), dest="language", help="language of the documentation")
    _add_config_options(rule)
    return parser


class _Terminated(BaseException):
    """SIGTERM: unwind like an interrupt, so no temporary file is left behind."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 clean, 1 findings, 2 errors)."""
    if threading.current_thread() is not threading.main_thread():
        return _main(argv)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return _main(argv)
    except _Terminated:
        return 128 + signal.SIGTERM
    finally:
        signal.signal(signal.SIGTERM, previous)


def _main(argv: Sequence[str] | None) -> int:
    try:
        arguments = _parser().parse_args(list(argv) if argv is not None else None)
        if arguments.command is None:
            _parser().print_help()
            return EXIT_OK
        handler = {
            "check": _check, "claims": _claims, "rules": _rules, "rule": _rule, "config": _show_config,
            "archive": _archive, "server": _server,
        }
        return handler[arguments.command](arguments)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_ERROR
    except ConfigFileError as error:
        print(f"factcheck: configuration error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BaselineError as error:
        print(f"factcheck: baseline error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except RuleDataError as error:
        print(f"factcheck: rule data error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _archive(arguments: argparse.Namespace) -> int:
    """``factcheck archive``: findings and summaries of a whole archive as Parquet."""
    from pathlib import Path

    from .batch.archive import ArchiveError, archive

    source, out = Path(arguments.source), Path(arguments.out)
    config = Resolver(_overrides(arguments)).for_path(source if source.is_dir() else source.parent).config_for()
    progress = None if arguments.no_progress else terminal_stream()
    try:
        if arguments.scheduler or arguments.dask_workers:
            with _dask_client(arguments) as client:
                from .dask import client_runner

                run = archive(source, out, config, part_size=arguments.part_size, id_key=arguments.id_key,
                              text_key=arguments.text_key, progress=progress, runner=client_runner(client, config))
        else:
            run = archive(source, out, config, jobs=arguments.jobs or 0, part_size=arguments.part_size,
                          id_key=arguments.id_key, text_key=arguments.text_key, progress=progress)
    except ArchiveError as error:
        print(f"factcheck: {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        print(f"factcheck: {error.filename or out}: {error.strerror or error}", file=sys.stderr)
        return EXIT_ERROR
    rate = run.articles / run.seconds if run.seconds else 0.0
    skipped = f", {run.skipped} already done" if run.skipped else ""
    print(f"{run.articles} articles checked in {run.seconds:.1f} s ({rate:,.0f}/s){skipped}: "
          f"{run.findings} findings, {run.errors} errors → {out}", file=sys.stderr)
    return EXIT_OK


def _dask_client(arguments: argparse.Namespace):  # type: ignore[no-untyped-def]
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("factcheck: --scheduler and --dask-workers need Dask: pip install 'factcheck[dask]'") from None
    if arguments.scheduler:
        return Client(arguments.scheduler)
    cluster = LocalCluster(n_workers=arguments.dask_workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster)


def _overrides(arguments: argparse.Namespace) -> Overrides:
    for selector in [*(arguments.select or []), *arguments.extend_select, *arguments.ignore]:
        if message := unknown_selector(selector.upper()):
            raise UsageError(f"factcheck: {message}")
    return Overrides(
        select=arguments.select,
        extend_select=arguments.extend_select,
        ignore=arguments.ignore,
        reference_date=arguments.reference_date,
        max_file_size=arguments.max_file_size,
        language=getattr(arguments, "language", None),  # archive has no messages and no gate
        fail_on=getattr(arguments, "fail_on", None),
        config_file=arguments.config,
        isolated=arguments.isolated,
    )


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def _jobs(arguments: argparse.Namespace, resolver: Resolver, paths: list[str], mode: str) -> list[FileJob]:
    jobs = []
    for path in paths:
        if path == STDIN:
            name = arguments.stdin_filename
            settings = resolver.for_path(name if name else ".")
            config = settings.config_for(name)
            data = read_bytes(STDIN, config.max_file_size)
            if isinstance(data, FileError):
                raise UsageError(f"factcheck: <stdin>: {data.message}")
            jobs.append(FileJob(path=STDIN, shown=name or "<stdin>", config=config, mode=mode,
                                unsafe=arguments.unsafe_fixes, format=format_of(name), data=data,
                                fail_on=settings.options.fail_on, encoding=arguments.encoding,
                                timeout=arguments.timeout, keep_source=arguments.format == "html"))
            continue
        settings = resolver.for_path(path)
        jobs.append(FileJob(path=path, shown=display_path(path), config=settings.config_for(path), mode=mode,
                            unsafe=arguments.unsafe_fixes, fail_on=settings.options.fail_on,
                            encoding=arguments.encoding, force=arguments.force, timeout=arguments.timeout,
                            keep_source=arguments.format == "html"))
    return jobs


def _check(arguments: argparse.Namespace) -> int:
    resolver = Resolver(_overrides(arguments))
    if arguments.unsafe_fixes and not (arguments.fix or arguments.diff):
        raise UsageError("factcheck: --unsafe-fixes works with --fix or --diff")
    if arguments.encoding:
        try:
            codecs.lookup(arguments.encoding)
        except LookupError:
            raise UsageError(f"factcheck: unknown encoding {arguments.encoding!r}") from None
    if arguments.baseline and arguments.write_baseline:
        raise UsageError("factcheck: use --baseline or --write-baseline, not both")
    excluded: list[str] = []
    paths, errors = discover(arguments.paths, resolver, excluded=excluded)
    if not paths and not errors and excluded:
        if not arguments.quiet:
            print(f"factcheck: nothing to check: {len(excluded)} file(s) excluded by the configuration", file=sys.stderr)
        return EXIT_OK
    if not paths and not errors:
        raise UsageError(
            "factcheck: no article files (*.txt, *.md, *.markdown, *.html, *.htm, or as `include` sets) under "
            + ", ".join(arguments.paths) + ": nothing was checked"
        )
    if arguments.fix and not arguments.diff and STDIN in paths:
        raise UsageError("factcheck: --fix rewrites files and cannot fix standard input; use --diff")
    mode = "diff" if arguments.diff else "fix" if arguments.fix else "check"
    home = resolver.for_path(".")
    baseline = Baseline.load(arguments.baseline) if arguments.baseline else None
    recording = Baseline(arguments.write_baseline) if arguments.write_baseline else None
    cache = None
    if mode == "check" and not arguments.no_cache and arguments.format != "html":  # the page needs the texts
        cache = ResultCache(arguments.cache_dir or home.root / CACHE_FOLDER)
    jobs = _jobs(arguments, resolver, paths, mode)
    # a worker costs a start-up (loading the tables): by default, one per 8 files at most
    workers = min(arguments.jobs, len(jobs)) if arguments.jobs else min(default_jobs(), max(1, len(jobs) // 8))
    result = RunResult(errors=list(errors))
    output = open(arguments.output_file, "w", encoding="utf-8") if arguments.output_file else sys.stdout  # noqa: SIM115
    streaming = arguments.format == "jsonl" and not arguments.statistics
    shown = not arguments.quiet and arguments.format == "text" and len(jobs) > 1
    progress = Progress(len(jobs), "files", terminal_stream() if shown else None, delay=2.0)
    diffs: list[str] = []
    sources: dict[str, str] = {}  # shown path → original text, for the report page
    try:
        if streaming:
            output.write(jsonl_rows(FileResult(path=""), errors))  # paths that do not exist
        for done, outcome in enumerate(run_jobs(jobs, workers=workers, cache=cache), start=1):
            findings = outcome.findings
            if recording is not None:
                recording.record(outcome.shown, findings)
            if baseline is not None:
                findings = baseline.filter(outcome.shown, findings)
            file_result = FileResult(path=outcome.shown, findings=findings, suppressed=outcome.suppressed,
                                     lines=outcome.lines, texts=outcome.texts, characters=outcome.characters,
                                     fail_on=Severity(jobs[done - 1].fail_on))
            if outcome.read:
                result.files.append(file_result)
            result.errors.extend(outcome.errors)
            result.fixed += outcome.fixed
            if outcome.notice:
                result.notices.append(outcome.notice)
            if outcome.diff:
                diffs.append(outcome.diff)
            if outcome.source:
                sources[outcome.shown] = outcome.source
            if streaming:
                output.write(jsonl_rows(file_result, outcome.errors))
                output.flush()
                file_result.lines, file_result.texts = {}, {}  # written: only the findings stay, for the exit code
            progress.update(done)
        progress.close(len(jobs))
        if recording is not None:
            recording.write()
        if baseline is not None:
            result.baseline_gone = baseline.gone({job.shown for job in jobs})
        if mode == "diff":
            return _report_diff(result, diffs, output)
        _render(arguments, result, output, streaming, home.config_for().language, sources)
    finally:
        if output is not sys.stdout:
            output.close()
    code = result.exit_code()
    if recording is not None and code == EXIT_FINDINGS:
        return EXIT_OK  # the findings are now the baseline
    if arguments.exit_zero and code == EXIT_FINDINGS:
        return EXIT_OK
    return code


def _render(
    arguments: argparse.Namespace,
    result: RunResult,
    output: TextIO,
    streamed: bool,
    language: Language,
    sources: dict[str, str],
) -> None:
    if arguments.statistics:
        output.write(render_statistics(result))
        if not arguments.quiet:
            print("\n".join(render_summary(result, language)), file=sys.stderr)
        return
    if streamed:
        return  # written file by file
    if arguments.format in ("sarif", "github", "gitlab", "junit"):  # loaded only for these formats
        from .report.ci import render_github, render_gitlab, render_junit, render_sarif

        renderers = {"json": render_json, "sarif": render_sarif, "github": render_github,
                     "gitlab": render_gitlab, "junit": render_junit}
    else:
        renderers = {"json": render_json}
    if arguments.format == "sarif":
        output.write(render_sarif(result, language))
        return
    if arguments.format in renderers:
        output.write(renderers[arguments.format](result))
        return
    if arguments.format == "html":
        from .report.html import render_html

        output.write(render_html(result, sources, language))
        return
    output.write(render_text(result, color=_use_color(arguments.color, output), show_source=not arguments.no_source,
                             summary=not arguments.quiet, language=language))
    if not arguments.quiet:
        for notice in result.notices:
            print(f"note: {notice}", file=sys.stderr)


def _report_diff(result: RunResult, diffs: list[str], output: TextIO) -> int:
    output.write("".join(diffs))
    for error in result.errors:
        print(f"{error.path}: error: {error.message}", file=sys.stderr)
    changed = sum(1 for diff in diffs if diff)
    noun = "finding" if result.fixed == 1 else "findings"
    print(f"Would fix {result.fixed} {noun} in {changed} file{'s' if changed != 1 else ''}.", file=sys.stderr)
    if result.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if result.fixed else EXIT_OK


def _show_config(arguments: argparse.Namespace) -> int:
    overrides = Overrides(config_file=arguments.config, isolated=arguments.isolated)
    settings = Resolver(overrides).for_path(arguments.path)
    rows = settings.describe()
    if arguments.format == "json":
        payload = {"path": arguments.path, "config_file": str(settings.source) if settings.source else None,
                   "settings": {key: {"value": value, "source": source} for key, value, source in rows}}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"settings for {arguments.path}: " + (f"from {settings.source}" if settings.source else "defaults (no configuration file found)"))
    width = max(len(key) for key, _, _ in rows)
    for key, value, source in rows:
        print(f"  {key:<{width}} = {json.dumps(value, ensure_ascii=False)}    # {source}")
    return EXIT_OK


def _claims(arguments: argparse.Namespace) -> int:
    from .api import fact_sheet
    from .dates.reference import dating_of
    from .report.claims import fact_rows, render_claims, render_claims_csv
    from .report.sections import render_sections, sections_payload

    article = read_article(arguments.path, DEFAULT_MAX_FILE_SIZE, format_of(arguments.path))
    if isinstance(article, FileError):
        print(f"{article.path}: error: {article.message}", file=sys.stderr)
        return EXIT_ERROR
    if article is None:
        print(f"{arguments.path}: empty file, nothing to show", file=sys.stderr)
        return EXIT_OK
    document = article.document
    claims, figures = fact_sheet(document, reference_date=arguments.reference_date)
    if arguments.format == "json":
        payload: dict[str, object] = {
            "reference_dates": _reference_dates(document),
            "claims": [claim.model_dump(mode="json") for claim in claims],
        }
        if arguments.sections:
            payload.update(sections_payload(document))
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    language = _language(arguments)
    rows = fact_rows(document, claims, figures, language)
    if arguments.format == "csv":
        sys.stdout.write(render_claims_csv(rows))
        return EXIT_OK
    if arguments.reference_date is not None:
        given = render({}, "reference-given", {"day": arguments.reference_date}, language)
        print(render({}, "ui-reference", {"reference": given}, language) + "\n")
    for dated in [] if arguments.reference_date is not None else _reference_dates(document):
        source = render({}, "reference-" + str(dated["source"]).replace(" ", "-"), {"day": dated["shown"]}, language)
        line = render({}, "ui-reference", {"reference": source}, language)
        if dated["lines"] is not None:
            first, last = dated["lines"]  # type: ignore[misc]
            line = render({}, "ui-reference-lines", {"reference": source, "first": first, "last": last}, language)
        if dated["text"]:
            line += render({}, "ui-reference-where", {"line": dated["line"], "text": dated["text"]}, language)
        print(line)
    if dating_of(document).article is not None and arguments.reference_date is None:
        print()
    if arguments.sections:
        print(render_sections(document))
    sys.stdout.write(render_claims(rows, language))
    return EXIT_OK


def _reference_dates(document) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """The article's reference date, then those of parts dated by a date line of their own."""
    from .dates.reference import dating_of

    dating = dating_of(document)
    found = [(None, dating.article)] + [((start, end), reference) for start, end, reference in dating.sections]
    rows = []
    for scope, reference in found:
        if reference is None:
            continue
        line = document.line_column(reference.span.start)[0] if reference.span else None
        lines = None if scope is None else [document.line_column(document.span(*scope).start)[0],
                                            document.line_column(document.span(*scope).end)[0]]
        row = {**reference.model_dump(mode="json"), "describe": reference.describe(), "shown": str(reference),
               "line": line, "lines": lines}
        rows.append(row)
    return rows


def _language(arguments: argparse.Namespace) -> Language:
    """The language asked for, else the project's configured one (Chinese by default)."""
    if arguments.language:
        return arguments.language
    overrides = Overrides(config_file=arguments.config, isolated=arguments.isolated)
    return Resolver(overrides).for_path(".").config_for().language


def _server(arguments: argparse.Namespace) -> int:
    try:
        from .server import serve
    except ImportError:
        raise UsageError("factcheck: the language server needs pygls: pip install 'factcheck[lsp]'") from None
    serve(Overrides(language=arguments.language, config_file=arguments.config, isolated=arguments.isolated))
    return EXIT_OK


def _rules(arguments: argparse.Namespace) -> int:
    from .engine.catalog import catalog

    rules = list(catalog())
    if arguments.format == "json":
        print(json.dumps([rule.model_dump(mode="json", exclude={"source"}) for rule in rules], ensure_ascii=False, indent=2))
        return EXIT_OK
    language = _language(arguments)
    for rule in rules:
        fix = f" [{render({}, f'ui-fix-{rule.fix}', {}, language)}]" if rule.fix != "none" else ""
        severity = render({}, f"ui-{rule.severity.value}", {}, language)
        padding = " " * max(1, 9 - display_width(severity))
        print(f"{rule.code}  {rule.name:<30} {severity}{padding}{rule.summary_in(language)}{fix}")
    return EXIT_OK


def _rule(arguments: argparse.Namespace) -> int:
    from .engine.catalog import catalog

    rule = catalog().get(arguments.code)
    if rule is None:
        raise UsageError(f"factcheck: unknown rule {arguments.code!r} (see `factcheck rules`)")
    from .report.rules import explain

    print(explain(rule, _language(arguments)))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
