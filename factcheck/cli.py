"""The ``factcheck`` command line: check articles, print claims, explain rules."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date

from pydantic import ValidationError

from . import __version__
from .api import check_document, extract
from .config import DEFAULT_MAX_FILE_SIZE, Config
from .engine.catalog import RuleSpec, catalog
from .files import STDIN, Article, discover, read_article, write_article
from .findings import FileError
from .fixes import fix_document
from .report import FileResult, RunResult, render_json, render_text
from .report.claims import render_claims
from .report.diff import unified_diff
from .report.sections import render_sections, sections_payload
from .resources import RuleDataError

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
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = value.strip().lower().removesuffix("b")
    factor = units.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in units else text
    try:
        size = int(float(number) * factor)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (try 10M)") from None
    if size <= 0:
        raise argparse.ArgumentTypeError("the size limit must be positive")
    return size


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factcheck",
        description="Check Chinese news articles for numeric and factual inconsistencies.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    run = commands.add_parser("check", help="check articles and report findings")
    run.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                     help="files or folders (folders: *.txt and *.md, recursively); - reads stdin")
    run.add_argument("--format", choices=("text", "json"), default="text")
    run.add_argument("--select", type=_codes, help="comma-separated codes or prefixes to run (ALL for every rule)")
    run.add_argument("--extend-select", type=_codes, default=[], help="codes or prefixes to add to the selection")
    run.add_argument("--ignore", type=_codes, default=[], help="comma-separated codes or prefixes to skip")
    run.add_argument("--date", type=_date, dest="reference_date", help="read the articles as of this date (YYYY-MM-DD)")
    run.add_argument("--max-file-size", type=_size, default=DEFAULT_MAX_FILE_SIZE,
                     help="skip larger files with an error (default 10M)")
    run.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    run.add_argument("--no-source", action="store_true", help="text format: do not show the source line")
    run.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    run.add_argument("--fix", action="store_true", help="apply the safe fixes to the files, then report what remains")
    run.add_argument("--diff", action="store_true", help="show the fixes as a unified diff; change no file")
    run.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff, apply unsafe fixes too")

    claims = commands.add_parser("claims", help="print the claims of an article (a fact sheet)")
    claims.add_argument("path", metavar="FILE")
    claims.add_argument("--format", choices=("text", "json"), default="text")
    claims.add_argument("--sections", action="store_true", help="also show the article's structure")

    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--format", choices=("text", "json"), default="text")

    rule = commands.add_parser("rule", help="explain one rule")
    rule.add_argument("code", metavar="CODE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 clean, 1 findings, 2 errors)."""
    try:
        arguments = _parser().parse_args(list(argv) if argv is not None else None)
        if arguments.command is None:
            _parser().print_help()
            return EXIT_OK
        handler = {"check": _check, "claims": _claims, "rules": _rules, "rule": _rule}[arguments.command]
        return handler(arguments)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_ERROR
    except RuleDataError as error:
        print(f"factcheck: rule data error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _config(arguments: argparse.Namespace) -> Config:
    try:
        return Config(
            select=arguments.select,
            extend_select=arguments.extend_select,
            ignore=arguments.ignore,
            reference_date=arguments.reference_date,
            max_file_size=arguments.max_file_size,
        )
    except ValidationError as error:
        raise UsageError(f"factcheck: invalid options: {error}") from None


def _check_unknown_codes(config: Config) -> None:
    known = [rule.code for rule in catalog()]
    for selector in [*(config.select or []), *config.extend_select, *config.ignore]:
        if selector != "ALL" and not any(code.startswith(selector) for code in known):
            raise UsageError(f"factcheck: no rule matches {selector!r} (see `factcheck rules`)")


def _use_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _check(arguments: argparse.Namespace) -> int:
    config = _config(arguments)
    _check_unknown_codes(config)
    if arguments.unsafe_fixes and not (arguments.fix or arguments.diff):
        raise UsageError("factcheck: --unsafe-fixes works with --fix or --diff")
    paths, errors = discover(arguments.paths)
    if not paths and not errors:
        raise UsageError(
            "factcheck: no article files (*.txt, *.md) under " + ", ".join(arguments.paths) + ": nothing was checked"
        )
    if arguments.fix and not arguments.diff and STDIN in paths:
        raise UsageError("factcheck: --fix rewrites files and cannot fix standard input; use --diff")
    result = RunResult(errors=list(errors))
    diffs: list[str] = []
    for path in paths:
        article = read_article(path, config.max_file_size)
        shown = "<stdin>" if path == STDIN else path
        if article is None:
            result.notices.append(f"{shown}: empty file, nothing to check")
            result.files.append(FileResult(path=shown, document=None))
            continue
        if isinstance(article, FileError):
            result.errors.append(article.model_copy(update={"path": shown}))
            continue
        if arguments.fix or arguments.diff:
            _fix(article, shown, config, arguments, result, diffs)
            continue
        report = check_document(article.document, config, path=shown)
        result.files.append(FileResult(path=shown, document=article.document, findings=report.findings))
        result.errors.extend(report.errors)
    if arguments.diff:
        return _report_diff(result, diffs)
    if arguments.format == "json":
        sys.stdout.write(render_json(result))
    else:
        sys.stdout.write(render_text(result, color=_use_color(arguments.color), show_source=not arguments.no_source))
        for notice in result.notices:
            print(f"note: {notice}", file=sys.stderr)
    code = result.exit_code()
    if arguments.exit_zero and code == EXIT_FINDINGS:
        return EXIT_OK
    return code


def _fix(
    article: Article, shown: str, config: Config, arguments: argparse.Namespace, result: RunResult, diffs: list[str]
) -> None:
    """Fix one article: write it (``--fix``) or collect its diff (``--diff``)."""
    fixed = fix_document(article.document, config, unsafe=arguments.unsafe_fixes, path=shown)
    result.errors.extend(fixed.report.errors)
    if arguments.diff:
        diffs.append(unified_diff(shown, article.document.original, fixed.document.original))
        result.fixed += len(fixed.fixed)
        result.files.append(FileResult(path=shown, document=article.document))
        return
    error = write_article(article.path, fixed.document) if fixed.changed else None
    if error is not None:
        result.errors.append(error.model_copy(update={"path": shown}))
        report = check_document(article.document, config, path=shown)
        result.files.append(FileResult(path=shown, document=article.document, findings=report.findings))
        return
    result.fixed += len(fixed.fixed)
    result.files.append(FileResult(path=shown, document=fixed.document, findings=fixed.report.findings))


def _report_diff(result: RunResult, diffs: list[str]) -> int:
    sys.stdout.write("".join(diffs))
    for error in result.errors:
        print(f"{error.path}: error: {error.message}", file=sys.stderr)
    changed = sum(1 for diff in diffs if diff)
    noun = "finding" if result.fixed == 1 else "findings"
    print(f"Would fix {result.fixed} {noun} in {changed} file{'s' if changed != 1 else ''}.", file=sys.stderr)
    if result.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if result.fixed else EXIT_OK


def _claims(arguments: argparse.Namespace) -> int:
    article = read_article(arguments.path, DEFAULT_MAX_FILE_SIZE)
    if isinstance(article, FileError):
        print(f"{article.path}: error: {article.message}", file=sys.stderr)
        return EXIT_ERROR
    if article is None:
        print(f"{arguments.path}: empty file, nothing to show", file=sys.stderr)
        return EXIT_OK
    document = article.document
    claims = extract(document)
    if arguments.format == "json":
        payload: dict[str, object] = {
            "reference_dates": _reference_dates(document),
            "claims": [claim.model_dump(mode="json") for claim in claims],
        }
        if arguments.sections:
            payload.update(sections_payload(document))
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    for dated in _reference_dates(document):
        where = f"line {dated['line']}: {dated['text']}" if dated["text"] else ""
        scope = "" if dated["lines"] is None else f" for lines {dated['lines'][0]}–{dated['lines'][1]}"
        print(f"reference date{scope}: {dated['describe']}" + (f" — {where}" if where else ""))
    if document.dating.article is not None:
        print()
    if arguments.sections:
        print(render_sections(document))
    sys.stdout.write(render_claims(document, claims))
    return EXIT_OK


def _reference_dates(document) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """The article's reference date, then those of parts dated by a date line of their own."""
    dating = document.dating
    found = [(None, dating.article)] + [((start, end), reference) for start, end, reference in dating.sections]
    rows = []
    for scope, reference in found:
        if reference is None:
            continue
        line = document.line_column(reference.span.start)[0] if reference.span else None
        lines = None if scope is None else [document.line_column(document.span(*scope).start)[0],
                                            document.line_column(document.span(*scope).end)[0]]
        row = {**reference.model_dump(mode="json"), "describe": reference.describe(), "line": line, "lines": lines}
        rows.append(row)
    return rows


def _rules(arguments: argparse.Namespace) -> int:
    rules = list(catalog())
    if arguments.format == "json":
        print(json.dumps([rule.model_dump(mode="json", exclude={"source"}) for rule in rules], ensure_ascii=False, indent=2))
        return EXIT_OK
    for rule in rules:
        fix = f" ({rule.fix} fix)" if rule.fix != "none" else ""
        print(f"{rule.code}  {rule.name:<30} {rule.severity.value:<8} {rule.summary}{fix}")
    return EXIT_OK


def _rule(arguments: argparse.Namespace) -> int:
    rule = catalog().get(arguments.code)
    if rule is None:
        raise UsageError(f"factcheck: unknown rule {arguments.code!r} (see `factcheck rules`)")
    print(_explain(rule))
    return EXIT_OK


def _explain(rule: RuleSpec) -> str:
    lines = [f"{rule.code} {rule.name} ({rule.severity.value}, family {rule.family})", "", rule.summary, ""]
    lines += ["What it does", "  " + " ".join(rule.docs.what.split()), ""]
    lines += ["Why it matters", "  " + " ".join(rule.docs.why.split()), ""]
    lines += ["Instead", "  " + " ".join(rule.docs.use_instead.split()), ""]
    if rule.fix != "none":
        lines += [f"Fix ({rule.fix})", "  " + " ".join((rule.docs.fix or rule.summary).split()), ""]
    lines.append("Flagged:")
    lines += [f"  ✗ {example.text}" for example in rule.bad]
    lines.append("Not flagged:")
    lines += [f"  ✓ {example.text}" for example in rule.good]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
