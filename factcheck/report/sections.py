"""The structure of an article as data and as text, for ``factcheck claims --sections``."""

from __future__ import annotations

from typing import Any

from ..document import Block, Document, Story

__all__ = ["sections_payload", "render_sections"]

_SHOWN = 40  # characters of a block's text shown


def _short(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _line(document: Document, block: Block) -> int:
    return document.line_column(document.span(block.start, block.end).start)[0]


def _roles(story: Story) -> dict[int, str]:
    roles = {story.headline: "headline", story.subtitle: "subtitle", story.kicker: "kicker"}
    return {index: role for index, role in roles.items() if index is not None}


def _title(document: Document, index: int | None) -> dict[str, Any] | None:
    if index is None:
        return None
    block = document.blocks[index]
    return {"line": _line(document, block), "text": block.text}


def sections_payload(document: Document) -> dict[str, Any]:
    """Blocks (line, story, kind, role, text, span) and stories (titles, people)."""
    roles: dict[int, str] = {}
    stories = []
    for story in document.stories:
        roles.update(_roles(story))
        blocks = [document.blocks[index] for index in story.blocks]
        stories.append(
            {
                "index": story.index,
                "first_line": _line(document, blocks[0]),
                "last_line": _line(document, blocks[-1]),
                "headline": _title(document, story.headline),
                "subtitle": _title(document, story.subtitle),
                "kicker": _title(document, story.kicker),
                "credits": [
                    {"name": credit.name, "role": credit.role, "kind": credit.kind,
                     "line": _line(document, document.blocks[credit.block])}
                    for credit in document.credits_in(story)
                ],
            }
        )
    sections = []
    for block in document.blocks:
        span = document.span(block.start, block.end)
        sections.append(
            {"line": _line(document, block), "story": block.story, "kind": block.kind.value,
             "role": roles.get(block.index, ""), "text": _short(block.text),
             "span": {"start": span.start, "end": span.end}}
        )
    return {"sections": sections, "stories": stories}


def render_sections(document: Document) -> str:
    """One header per story (headline, people) followed by its blocks, one per line."""
    payload = sections_payload(document)
    lines: list[str] = []
    for story in payload["stories"]:
        headline = story["headline"]["text"] if story["headline"] else "(no headline)"
        lines.append(f"story {story['index']}  lines {story['first_line']}–{story['last_line']}  {headline}")
        people = "; ".join(f"{credit['role']} {credit['name']} ({credit['kind']})" for credit in story["credits"])
        if people:
            lines.append(f"         credits: {people}")
        for row in payload["sections"]:
            if row["story"] == story["index"]:
                kind = row["kind"] + (f"/{row['role']}" if row["role"] not in ("", row["kind"]) else "")
                lines.append(f"{row['line']:>6}  {kind:<18} {row['text']}")
    return "\n".join(lines) + "\n"
