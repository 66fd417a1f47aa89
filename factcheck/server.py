"""``factcheck server``: a Language Server (pygls) for checking articles in the editor.

Over stdio it publishes diagnostics for ``.txt``, ``.md``/``.markdown`` and
``.html``/``.htm`` documents when they are opened, saved or changed (changes are
debounced), offers code actions — a rule's safe fix, and a suppression comment for the
paragraph — and shows a rule's documentation on hover. The project's configuration
(``pyproject.toml``/``factcheck.toml`` found from the document's folder) applies, its
language included. pygls is imported only here: ``pip install 'factcheck[lsp]'``.
"""

from __future__ import annotations

import asyncio
from bisect import bisect_right
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from . import __version__
from .config import Config
from .document import Document
from .engine.catalog import catalog
from .engine.messages import Language, render, unwrap
from .engine.runner import run_rules
from .findings import Finding, Severity
from .markup import format_of
from .report.rules import sections
from .resources import RuleDataError, extended_lexicons
from .settings import ConfigFileError, Overrides, Resolver

__all__ = ["FactcheckServer", "build_server", "lsp_positions", "serve"]

#: Seconds after the last change before a document is checked again.
DEBOUNCE = 0.3
_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def lsp_positions(text: str) -> list[int]:
    """The offsets where the lines of ``text`` start (``\\n``, ``\\r\\n`` and a lone ``\\r``
    end lines, as in LSP)."""
    starts = [0]
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char == "\n" or char == "\r":
            if char == "\r" and index + 1 < length and text[index + 1] == "\n":
                index += 1
            starts.append(index + 1)
        index += 1
    return starts


def _utf16_units(text: str) -> int:
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


@dataclass(slots=True)
class _Checked:
    """One open document: its text when last checked, the findings, and line starts.

    ``units`` counts a string in the position encoding agreed with the client (UTF-16
    unless the client and server settled on UTF-8 or UTF-32).
    """

    text: str
    format: str
    findings: list[Finding] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)
    language: Language = "zh"
    document: Document | None = None
    units: Callable[[str], int] = _utf16_units

    def position(self, offset: int) -> types.Position:
        """An offset into the text as an LSP position."""
        line = bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[line]
        return types.Position(line=line, character=self.units(self.text[start:offset]))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """An LSP position as an offset into the text."""
        if position.line >= len(self.line_starts):
            return len(self.text)
        index = self.line_starts[position.line]
        units = 0
        while index < len(self.text) and units < position.character and self.text[index] not in "\r\n":
            units += self.units(self.text[index])
            index += 1
        return index

    def paragraph_start(self, offset: int) -> int:
        """The start of the line that begins the paragraph holding ``offset`` (a wrapped
        paragraph is one paragraph: a suppression comment must come before all of it)."""
        start = offset
        if self.document is not None:
            position = self.document.offsets.to_normalized(offset)
            block = self.document.block_at(position)
            if block is not None:
                start = min(offset, self.document.span(block.start, block.start).start)
        return self.line_starts[bisect_right(self.line_starts, start) - 1]


class FactcheckServer(LanguageServer):
    """The server: one :class:`_Checked` per open document, checked off the event loop by
    one worker thread (a newer text waits for the check running, never runs beside it)."""

    def __init__(self) -> None:
        super().__init__("factcheck", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.documents: dict[str, _Checked] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.overrides = Overrides()  # factcheck server --config/--isolated set these
        self.checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factcheck")

    def current(self, uri: str) -> _Checked | None:
        """The last check of ``uri`` if the editor's text is still the text checked."""
        checked = self.documents.get(uri)
        if checked is None or self.workspace.get_text_document(uri).source != checked.text:
            return None  # edited since: a fix or a hover would point at the wrong words
        return checked

    def config_for(self, uri: str) -> Config:
        path = _path_of(uri)
        if path is None:
            return Resolver(self.overrides).for_path(".").config_for()
        return Resolver(self.overrides).for_path(path.parent).config_for(str(path))

    def check(self, uri: str, text: str, units: Callable[[str], int] = _utf16_units) -> _Checked | str:
        """Check ``text`` as the document ``uri`` (synchronously); a bad configuration or
        lexicon gives its message instead."""
        kind = format_of(urlparse(uri).path)
        checked = _Checked(text=text, format=kind, line_starts=lsp_positions(text), units=units)
        if not text.strip():
            return checked
        try:
            config = self.config_for(uri)
            checked.language = config.language
            with extended_lexicons(config.extend_lexicons):
                checked.document = Document(text, format=kind)
                report = run_rules(checked.document, config, path=str(_path_of(uri) or uri))
        except (ConfigFileError, RuleDataError) as error:
            return str(error)
        checked.findings = report.findings
        return checked

    async def refresh(self, uri: str, text: str, delay: float = 0.0) -> None:
        """Check the document after ``delay`` seconds (unless a newer change comes first)
        and publish its diagnostics."""
        if delay:
            await asyncio.sleep(delay)
        if self.workspace.get_text_document(uri).source != text:
            return  # changed while waiting: the newer change has its own check
        units = self.workspace.position_codec.client_num_units
        checked = await asyncio.get_running_loop().run_in_executor(self.checker, self.check, uri, text, units)
        if isinstance(checked, str):
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=checked))
            return
        current = self.workspace.get_text_document(uri)
        if current.source != text:
            return  # changed again meanwhile: the newer check publishes
        self.documents[uri] = checked
        diagnostics = [_diagnostic(uri, checked, index, finding) for index, finding in enumerate(checked.findings)]
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))

    def schedule(self, uri: str, delay: float) -> None:
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        text = self.workspace.get_text_document(uri).source
        self.pending[uri] = asyncio.ensure_future(self.refresh(uri, text, delay))


def _path_of(uri: str) -> Path | None:
    parsed = urlparse(uri)
    return Path(unquote(parsed.path)) if parsed.scheme == "file" else None


def _diagnostic(uri: str, checked: _Checked, index: int, finding: Finding) -> types.Diagnostic:
    message = finding.message
    if finding.suggestion:
        message += "\n" + render({}, "ui-suggestion", {"text": finding.suggestion}, checked.language).strip(" =")
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri=uri, range=checked.range(item.span.start, item.span.end)), message=item.note
        )
        for item in finding.related
    ]
    return types.Diagnostic(
        range=checked.range(finding.span.start, finding.span.end),
        message=message,
        severity=_SEVERITY[finding.severity],
        code=finding.code,
        source="factcheck",
        related_information=related or None,
        data={"index": index, "fingerprint": finding.fingerprint},
    )


def _finding_of(checked: _Checked, diagnostic: types.Diagnostic) -> Finding | None:
    data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
    index = data.get("index")
    if isinstance(index, int) and 0 <= index < len(checked.findings):
        finding = checked.findings[index]
        if finding.fingerprint == data.get("fingerprint"):
            return finding
    return None


def _suppression(uri: str, checked: _Checked, finding: Finding) -> types.CodeAction:
    """Insert ``factcheck: ignore CODE`` on its own line before the finding's paragraph: it
    silences that rule in the paragraph that follows."""
    line_start = checked.paragraph_start(finding.span.start)
    directive = f"factcheck: ignore {finding.code}"
    if checked.format != "text":
        directive = f"<!-- {directive} -->"
    newline = "\r\n" if "\r\n" in checked.text else "\n"
    position = checked.position(line_start)
    edit = types.TextEdit(range=types.Range(start=position, end=position), new_text=directive + newline)
    title = render({}, "ui-lsp-suppress", {"code": finding.code}, checked.language)
    return types.CodeAction(
        title=title, kind=types.CodeActionKind.QuickFix, edit=types.WorkspaceEdit(changes={uri: [edit]})
    )


def _fix(uri: str, checked: _Checked, finding: Finding, diagnostic: types.Diagnostic) -> types.CodeAction | None:
    if finding.fix is None or not finding.fix.safe:
        return None
    edits = [
        types.TextEdit(range=checked.range(edit.span.start, edit.span.end), new_text=edit.replacement)
        for edit in finding.fix.edits
    ]
    return types.CodeAction(
        title=f"{finding.code}: {finding.fix.description}",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=True,
        edit=types.WorkspaceEdit(changes={uri: edits}),
    )


def _hover_text(finding: Finding, language: Language) -> str:
    rule = catalog().get(finding.code)
    lines = [f"**{finding.code} {finding.rule}** — {finding.message}"]
    if rule is not None:
        lines.append(f"*{unwrap(rule.summary_in(language))}*")
        lines += [f"**{title}** {paragraph}" for title, paragraph in sections(rule, language)]
    return "\n\n".join(lines)


def build_server() -> FactcheckServer:
    server = FactcheckServer()

    def wanted(uri: str) -> bool:
        return urlparse(uri).path.lower().endswith(_SUFFIXES)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: FactcheckServer, params: types.DidOpenTextDocumentParams) -> None:
        if wanted(params.text_document.uri):
            ls.schedule(params.text_document.uri, 0.0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: FactcheckServer, params: types.DidChangeTextDocumentParams) -> None:
        if wanted(params.text_document.uri):
            ls.schedule(params.text_document.uri, DEBOUNCE)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: FactcheckServer, params: types.DidSaveTextDocumentParams) -> None:
        if wanted(params.text_document.uri):
            ls.schedule(params.text_document.uri, 0.0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.documents.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: FactcheckServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        checked = ls.current(uri)
        if checked is None:
            return []
        actions: list[types.CodeAction] = []
        for diagnostic in params.context.diagnostics:
            if diagnostic.source != "factcheck":
                continue
            finding = _finding_of(checked, diagnostic)
            if finding is None:
                continue
            fix = _fix(uri, checked, finding, diagnostic)
            if fix is not None:
                actions.append(fix)
            suppress = _suppression(uri, checked, finding)
            suppress.diagnostics = [diagnostic]
            actions.append(suppress)
        return actions

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactcheckServer, params: types.HoverParams) -> types.Hover | None:
        checked = ls.current(params.text_document.uri)
        if checked is None:
            return None
        offset = checked.offset(params.position)
        found = [f for f in checked.findings if f.span.start <= offset < f.span.end]
        if not found:
            return None
        text = "\n\n---\n\n".join(_hover_text(finding, checked.language) for finding in found)
        first = found[0]
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
            range=checked.range(first.span.start, first.span.end),
        )

    return server


def serve(overrides: Overrides | None = None) -> None:
    """Run the server over stdin and stdout until the client exits."""
    server = build_server()
    if overrides is not None:
        server.overrides = overrides
    server.start_io()
