"""The library entry points: :func:`check` and :func:`extract`."""

from __future__ import annotations

from datetime import date
from typing import Literal

from .claims import Analysis, public_extractors
from .claims.figures import Figure
from .claims.models import ClaimBase
from .config import Config
from .document import Document
from .findings import Report
from .engine.runner import run_rules
from .resources import extended_lexicons

__all__ = ["check", "extract"]


def _document(text: str | bytes | Document) -> Document:
    if isinstance(text, Document):
        return text
    if isinstance(text, bytes):
        return Document.from_bytes(text)
    return Document(text)


def check(
    text: str | bytes | Document,
    config: Config | None = None,
    *,
    reference_date: date | None = None,
    language: Literal["zh", "en"] | None = None,
) -> Report:
    """Check an article and return a :class:`Report` of findings.

    ``text`` is the article (``str``, raw ``bytes`` in UTF-8 or GB18030, or a
    :class:`Document`). ``config`` selects rules and severities; ``reference_date``
    overrides the date the article is read against (今年, 去年); ``language`` chooses
    the language of the messages (Chinese unless ``config`` says otherwise). Spans in the findings
    index the original text. Raises
    :class:`~factcheck.document.DecodeError` only for undecodable ``bytes``.
    """
    config = config or Config()
    if reference_date is not None:
        config = config.model_copy(update={"reference_date": reference_date})
    if language is not None:
        config = config.model_copy(update={"language": language})
    with extended_lexicons(config.extend_lexicons):  # the document is read with the same lexicons
        return run_rules(_document(text), config)


def extract(text: str | bytes | Document, *, reference_date: date | None = None) -> list[ClaimBase]:
    """All claims of an article (quantities, percentages, changes, breakdowns …), in text order.

    Time claims are resolved against ``reference_date`` when given (今年, 去年, 30日),
    else against the date the article states (its dateline, front matter) when it does.
    """
    return fact_sheet(_document(text), reference_date=reference_date)[0]


def fact_sheet(document: Document, *, reference_date: date | None = None) -> tuple[list[ClaimBase], list[Figure]]:
    """The claims of :func:`extract` and, from the same reading, the figures (what each
    quantity measures, for whom, over which period) that the fact sheet shows."""
    reference = reference_date or document.layout.reference_date
    analysis = Analysis(document, options={"reference_date": reference})
    claims: list[ClaimBase] = []
    for name in public_extractors():
        claims.extend(analysis.get(name))
    claims.sort(key=lambda claim: (claim.span.start, claim.span.end))
    return claims, analysis.get("figures")
