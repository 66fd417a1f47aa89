"""``factcheck server`` driven by a real LSP client (pygls's own) over stdio: the server
runs in its own process, exactly as an editor starts it."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the language server needs pygls: pip install '.[lsp]'")

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from factcheck.server import lsp_positions

DROP = "全市发案数比上年同期下降126.7%，治安持续好转。\n约100人左右参加了培训。\n"
TIMEOUT = 30.0


class _Editor:
    """A minimal editor: keeps the text it sent and the diagnostics it was sent."""

    def __init__(self) -> None:
        self.client = LanguageClient("factcheck-test", "1")
        self.diagnostics: dict[str, asyncio.Queue[list[types.Diagnostic]]] = {}
        self.texts: dict[str, str] = {}
        self.versions: dict[str, int] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.queue(params.uri).put_nowait(params.diagnostics)

    def queue(self, uri: str) -> asyncio.Queue[list[types.Diagnostic]]:
        return self.diagnostics.setdefault(uri, asyncio.Queue())

    async def start(self, root: Path, encodings: list[str] | None = None) -> None:
        await self.client.start_io(sys.executable, "-m", "factcheck", "server", cwd=str(root))
        general = types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None
        await asyncio.wait_for(
            self.client.initialize_async(
                types.InitializeParams(
                    capabilities=types.ClientCapabilities(general=general), root_uri=root.as_uri(), process_id=None
                )
            ),
            TIMEOUT,
        )
        self.client.initialized(types.InitializedParams())

    async def open(self, path: Path, text: str) -> list[types.Diagnostic]:
        uri = path.as_uri()
        self.texts[uri], self.versions[uri] = text, 1
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)
            )
        )
        return await self.next(uri)

    def send(self, uri: str, text: str) -> None:
        """Tell the server the document is now ``text`` (a whole-document change)."""
        self.texts[uri] = text
        self.versions[uri] += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    async def change(self, uri: str, text: str) -> list[types.Diagnostic]:
        self.send(uri, text)
        return await self.next(uri)

    async def actions(self, uri: str, diagnostics: list[types.Diagnostic]) -> list[types.CodeAction]:
        """The code actions the server offers for ``diagnostics`` (at the first one's range)."""
        found = await asyncio.wait_for(
            self.client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    range=diagnostics[0].range,
                    context=types.CodeActionContext(diagnostics=diagnostics),
                )
            ),
            TIMEOUT,
        )
        assert found is not None
        return [action for action in found if isinstance(action, types.CodeAction)]

    async def next(self, uri: str) -> list[types.Diagnostic]:
        return await asyncio.wait_for(self.queue(uri).get(), TIMEOUT)

    def apply(self, uri: str, edit: types.WorkspaceEdit) -> str:
        """The document text with a workspace edit applied (last edit first)."""
        assert edit.changes is not None
        text = self.texts[uri]
        starts = lsp_positions(text)
        offsets = []
        for change in edit.changes[uri]:
            start = _offset(text, starts, change.range.start)
            end = _offset(text, starts, change.range.end)
            offsets.append((start, end, change.new_text))
        for start, end, new in sorted(offsets, reverse=True):
            text = text[:start] + new + text[end:]
        return text

    async def stop(self) -> None:
        await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
        self.client.exit(None)
        await asyncio.wait_for(self.client.stop(), TIMEOUT)


def _offset(text: str, starts: list[int], position: types.Position) -> int:
    index, units = starts[position.line], 0
    while units < position.character:
        units += 2 if ord(text[index]) > 0xFFFF else 1
        index += 1
    return index


def _with_editor(
    root: Path, body: Callable[[_Editor], Awaitable[None]], encodings: list[str] | None = None
) -> None:
    """Start the server for ``root``, run ``body`` with the editor, and shut the server down."""

    async def session() -> None:
        editor = _Editor()
        await editor.start(root, encodings)
        try:
            await body(editor)
        finally:
            await editor.stop()

    asyncio.run(asyncio.wait_for(session(), 120))


def test_diagnostics_code_actions_and_hover(tmp_path: Path) -> None:
    async def body(editor: _Editor) -> None:
        article = tmp_path / "article.txt"
        uri = article.as_uri()
        diagnostics = await editor.open(article, DROP)
        by_code = {d.code: d for d in diagnostics}
        assert set(by_code) == {"FC101", "FC506"}
        drop = by_code["FC101"]
        assert drop.severity == types.DiagnosticSeverity.Error and drop.source == "factcheck"
        # the range is the flagged words, in LSP positions
        assert drop.range.start == types.Position(line=0, character=5)
        assert drop.range.end == types.Position(line=0, character=len("全市发案数比上年同期下降126.7%"))
        assert drop.message.startswith("「比上年同期下降126.7%」不可能")

        hover = await asyncio.wait_for(
            editor.client.text_document_hover_async(
                types.HoverParams(
                    text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=8)
                )
            ),
            TIMEOUT,
        )
        assert hover is not None and isinstance(hover.contents, types.MarkupContent)
        assert "FC101 impossible-decrease" in hover.contents.value and "为什么重要" in hover.contents.value

        # the safe fix of FC506, applied by the editor, clears its diagnostic
        fix = next(action for action in await editor.actions(uri, [by_code["FC506"]]) if action.is_preferred)
        assert fix.edit is not None
        fixed = editor.apply(uri, fix.edit)
        assert "约100人参加" in fixed
        assert [d.code for d in await editor.change(uri, fixed)] == ["FC101"]

        # FC101 has no safe fix: its action is the suppression comment, which clears it
        (suppress,) = await editor.actions(uri, [drop])
        assert suppress.edit is not None
        silenced = editor.apply(uri, suppress.edit)
        assert silenced.startswith("factcheck: ignore FC101\n")
        assert list(await editor.change(uri, silenced)) == []

    _with_editor(tmp_path, body)


def test_markdown_suppression_is_a_comment_and_the_project_configuration_applies(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nlanguage = "en"\nignore = ["FC506"]\n', encoding="utf-8")

    async def body(editor: _Editor) -> None:
        article = tmp_path / "article.md"
        uri = article.as_uri()
        diagnostics = await editor.open(article, "# 标题\n\n" + DROP)
        assert [d.code for d in diagnostics] == ["FC101"]  # FC506 ignored by the project
        assert "is impossible" in diagnostics[0].message  # the project's language
        (suppress,) = await editor.actions(uri, list(diagnostics))
        assert suppress.edit is not None
        silenced = editor.apply(uri, suppress.edit)
        assert "<!-- factcheck: ignore FC101 -->\n全市发案数" in silenced
        assert list(await editor.change(uri, silenced)) == []
        # other files are left alone; closing clears the diagnostics
        editor.client.text_document_did_close(
            types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        assert list(await editor.next(uri)) == []

    _with_editor(tmp_path, body)


def test_a_burst_of_changes_is_checked_once_at_the_end(tmp_path: Path) -> None:
    async def body(editor: _Editor) -> None:
        article = tmp_path / "a.txt"
        uri = article.as_uri()
        assert [d.code for d in await editor.open(article, "今天天气很好。\n")] == []
        text = "今天天气很好。\n"
        for piece in "全市发案数同比下降126.7%。":
            text += piece
            editor.send(uri, text)  # typing: no wait between the changes
        published = await editor.next(uri)
        assert [d.code for d in published] == ["FC101"]
        await asyncio.sleep(1.0)
        assert editor.queue(uri).empty(), "intermediate texts were checked and published"

    _with_editor(tmp_path, body)


def test_a_wrapped_paragraph_is_suppressed_whole_and_stale_actions_are_withheld(tmp_path: Path) -> None:
    async def body(editor: _Editor) -> None:
        article = tmp_path / "wrapped.txt"
        uri = article.as_uri()
        text = "今天上午，记者在现场看到，\n约100人左右参加了培训。\n"
        diagnostics = [d for d in await editor.open(article, text) if d.code == "FC506"]
        suppress = next(a for a in await editor.actions(uri, diagnostics) if not a.is_preferred)
        assert suppress.edit is not None
        silenced = editor.apply(uri, suppress.edit)
        assert silenced.startswith("factcheck: ignore FC506\n今天上午")
        # an edit the server has not checked yet: no fix is offered for the old text
        editor.send(uri, "今天，" + text)
        assert await editor.actions(uri, diagnostics) == []
        assert "FC506" in [d.code for d in await editor.next(uri)]
        remaining = [d.code for d in await editor.change(uri, silenced)]
        assert "FC506" not in remaining and "FC001" not in remaining  # silenced, and the comment is used

    _with_editor(tmp_path, body)


def test_positions_follow_the_encoding_agreed_with_the_client(tmp_path: Path) -> None:
    async def body(editor: _Editor) -> None:
        (drop,) = [d for d in await editor.open(tmp_path / "a.txt", "全市发案数同比下降126.7%。\n") if d.code == "FC101"]
        assert drop.range.start.character == len("全市发案数".encode())  # UTF-8 bytes, not UTF-16 units

    _with_editor(tmp_path, body, encodings=[types.PositionEncodingKind.Utf8])
