"""Messages in the reader's language, from the templates of the rule files.

A rule file's ``[text.<key>]`` tables hold one template per language (``zh``, ``en``);
``rules/messages.toml`` holds the phrases every rule shares (list joins, quotation).
A check reports template keys and values only; this module renders them. Values may be
:class:`Say` (a nested phrase of the same rule), :class:`Joined` (a list joined the way
the language joins lists) or :class:`Quote` (the article's words, quoted); checks
format their numbers themselves (:mod:`factcheck.checks.formatting`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from string import Formatter
from typing import Any, Literal

from ..records import Record, record
from ..regexes import lazy
from ..resources import read_record, rules_root

__all__ = [
    "LANGUAGES",
    "Joined",
    "Language",
    "Phrase",
    "Quote",
    "Say",
    "TemplateError",
    "Templates",
    "render",
    "shared_templates",
    "unwrap",
]

Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = ("zh", "en")


@dataclass(frozen=True, slots=True)
class Say:
    """A phrase of the rule's templates, with values of its own (merged over the outer ones)."""

    key: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Joined:
    """Items joined by a shared conjunction: ``list`` (、 / , ), ``or``, ``and``, ``plus``."""

    items: tuple[Any, ...]
    conjunction: str = "list"

    def __init__(self, items: Iterable[Any], conjunction: str = "list") -> None:
        object.__setattr__(self, "items", tuple(items))
        object.__setattr__(self, "conjunction", conjunction)


@dataclass(frozen=True, slots=True)
class Quote:
    """Words of the article, quoted as the language quotes (「…」 / “…”).

    Quotation marks of the article at both ends of the words are dropped, so a quote
    never nests another (「南瓜藏毒」, not 「“南瓜藏毒”」).
    """

    words: str


@record
class Phrase(Record):
    """One message template, in each language."""

    zh: str
    en: str


#: Templates by key.
Templates = Mapping[str, Phrase]

_OPENING, _CLOSING = "“‘「『\"'《", "”’」』\"'》"


@record
class _SharedPhrases(Record):
    text: dict[str, Phrase]


@cache
def shared_templates() -> dict[str, Phrase]:
    """The phrases every rule shares, from ``rules/messages.toml`` (its ``[text]`` tables)."""
    return read_record(rules_root().joinpath("messages.toml"), "rules/messages.toml", _SharedPhrases).text


class TemplateError(LookupError):
    """A template is missing or names a value the check did not give."""


_MAX_NESTING = 8


def render(templates: Templates, key: str, args: Mapping[str, Any], language: Language, depth: int = 0) -> str:
    """The template ``key`` in ``language``, filled with ``args``.

    Raises :class:`TemplateError` when the key or one of its values is missing, or when
    phrases nest deeper than any message needs (a phrase that names itself).
    """
    if depth > _MAX_NESTING:
        raise TemplateError(f"template {key!r} ({language}): phrases nest too deep")
    template = _template(templates, key, language)
    try:
        names = _fields(template)
        values = {name: _realise(templates, args[name], args, language, depth) for name in names}
        return template.format_map(values)
    except (KeyError, IndexError, ValueError) as error:
        raise TemplateError(f"template {key!r} ({language}): {type(error).__name__}: {error}") from None


@cache
def _fields(template: str) -> tuple[str, ...]:
    """The names a template fills (only those are rendered: a phrase never renders itself)."""
    return tuple({name for _, name, _, _ in Formatter().parse(template) if name})


def _template(templates: Templates, key: str, language: Language) -> str:
    phrase = templates.get(key) or shared_templates().get(key)
    if phrase is not None:
        return phrase.zh if language == "zh" else phrase.en
    raise TemplateError(f"no template {key!r} in {language}")


def _realise(templates: Templates, value: Any, outer: Mapping[str, Any], language: Language, depth: int) -> str:
    if isinstance(value, Say):
        return render(templates, value.key, {**outer, **value.args}, language, depth + 1)
    if isinstance(value, Joined):
        separator = _template(templates, value.conjunction, language)
        return separator.join(_realise(templates, item, outer, language, depth) for item in value.items)
    if isinstance(value, Quote):
        return _template(templates, "quote", language).format(_unquoted(value.words))
    return str(value)


_LATIN_END = lazy(r"[A-Za-z0-9.,;:!?)\]]$", engine=re)
_LATIN_START = lazy(r"^[A-Za-z0-9(\[]", engine=re)


def unwrap(text: str) -> str:
    """``text`` as one line: wrapped lines are joined with a space between Latin words and
    with nothing between Chinese characters (the line breaks of a TOML paragraph)."""
    parts = [line.strip() for line in text.splitlines() if line.strip()]
    joined = parts[:1]
    for part in parts[1:]:
        space = " " if _LATIN_END.search(joined[-1]) and _LATIN_START.search(part) else ""
        joined.append(space + part)
    return "".join(joined)


def _unquoted(words: str) -> str:
    """``words`` without one pair of quotation marks around all of it (not “A”和“B”)."""
    text = words.strip()
    inner = text[1:-1]
    if len(text) >= 2 and text[0] in _OPENING and text[-1] in _CLOSING and not any(
        mark in inner for mark in _OPENING + _CLOSING
    ):
        return inner.strip()
    return text
