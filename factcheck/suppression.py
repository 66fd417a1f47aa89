"""Suppression comments: which findings a directive silences, and which directives did nothing.

Directives (see :mod:`factcheck.markup.layout`) apply to original-text ranges:

* ``ignore`` after text in a paragraph: that paragraph;
* ``ignore`` on its own: the next paragraph;
* ``disable`` … ``enable``: from the one to the next ``enable`` naming any of its codes
  (or none, meaning all), else to the end of the file;
* ``ignore-file``: the whole file.

Codes are rule codes or prefixes (``FC2``); a directive without codes applies to every rule.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from .document import Document
from .findings import Finding
from .markup.layout import Directive

__all__ = ["Scope", "Suppressions", "Unused"]


def _matches(selector: str, code: str) -> bool:
    return selector == "ALL" or code.startswith(selector)


def _overlap(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two code lists (prefixes; empty means every rule) share a rule."""
    if not first or not second:
        return True
    return any(a.startswith(b) or b.startswith(a) for a in first for b in second)


@dataclass(slots=True)
class Scope:
    directive: Directive
    start: int
    end: int
    used: set[str] = field(default_factory=set)  # the selectors that silenced something

    def selectors(self) -> tuple[str, ...]:
        return self.directive.codes or ("ALL",)


@dataclass(frozen=True, slots=True)
class Unused:
    """A directive, or some of its codes, that silenced nothing (or name no rule)."""

    directive: Directive
    unused: tuple[str, ...]  # codes that silenced nothing
    unknown: tuple[str, ...]  # codes that match no rule
    keep: tuple[str, ...]  # codes to keep when the directive is rewritten
    orphan: bool = False  # an enable directive with no disable directive before it


class Suppressions:
    """The directives of one document, resolved to ranges, with what each one silenced."""

    def __init__(self, document: Document) -> None:
        self.document = document
        directives = document.layout.directives
        self.scopes: list[Scope] = []
        self.orphans: list[Directive] = []  # enable directives that closed nothing
        self._block_starts = [block.start for block in document.blocks]
        closed: set[int] = set()
        for index, directive in enumerate(directives):
            if directive.action != "enable":
                start, end = self._range(directive, index, closed)
                self.scopes.append(Scope(directive, start, end))
        self.orphans = [d for i, d in enumerate(directives) if d.action == "enable" and i not in closed]
        # the file-wide scopes, and the others sorted by start with the furthest end so far,
        # so that finding the scopes over a position never walks all of them
        self._wide = [scope for scope in self.scopes if scope.directive.action == "ignore-file"]
        self._order = {id(scope): order for order, scope in enumerate(self.scopes)}
        self._narrow = sorted((s for s in self.scopes if s.directive.action != "ignore-file"), key=lambda s: s.start)
        self._starts = [scope.start for scope in self._narrow]
        self._reach: list[int] = []
        for scope in self._narrow:
            self._reach.append(max(scope.end, self._reach[-1] if self._reach else scope.end))

    def _range(self, directive: Directive, index: int, closed: set[int]) -> tuple[int, int]:
        document = self.document
        length = len(document.original)
        if directive.action == "ignore-file":
            return 0, length
        if directive.action == "disable":
            directives = document.layout.directives
            for later in range(index + 1, len(directives)):
                other = directives[later]
                if other.action == "enable" and _overlap(directive.codes, other.codes):
                    closed.add(later)
                    return directive.span.end, other.span.start
            return directive.span.end, length
        position = document.offsets.to_normalized(directive.span.start)
        if directive.inline:
            block = document.block_at(max(0, position - 1)) or document.block_at(position)
            if block is not None:
                span = document.span(block.start, block.end)
                return min(span.start, directive.span.start), max(span.end, directive.span.end)
            return directive.span.start, directive.span.end
        following = bisect_left(self._block_starts, position)
        if following >= len(document.blocks):
            return directive.span.end, directive.span.end
        block = document.blocks[following]
        span = document.span(block.start, block.end)
        return span.start, span.end  # the paragraph itself, not the lines between

    def silencer(self, finding: Finding, *, explicit: bool = False) -> Directive | None:
        """The directive that silences ``finding``, if any (recording that it was used).

        With ``explicit`` (findings about directives themselves), only a directive that
        names the code — not one without codes — and is not the one reported can.
        """
        for scope in self._over(finding.span.start):
            if explicit and scope.directive.span == finding.span:
                continue
            if scope.start <= finding.span.start < scope.end or (
                scope.start == finding.span.start == scope.end
            ):
                for selector in scope.directive.codes if explicit else scope.selectors():
                    if _matches(selector, finding.code):
                        scope.used.add(selector)
                        return scope.directive
        return None

    def _over(self, position: int) -> list[Scope]:
        """The scopes that may cover ``position``, in the order of their directives."""
        found = list(self._wide)
        index = bisect_right(self._starts, position) - 1
        while index >= 0 and self._reach[index] >= position:
            found.append(self._narrow[index])
            index -= 1
        return sorted(found, key=lambda scope: self._order[id(scope)])

    def unused(self, enabled: Callable[[str], bool], known: list[str], meta: frozenset[str] = frozenset()) -> list[Unused]:
        """Directives that silenced nothing, or name codes no rule has.

        Codes of rules that did not run (not selected) are neither used nor unused, and so
        are the ``meta`` codes (FC001 itself: whether those silence something is only known
        after this list is made).
        """
        found: list[Unused] = []
        for scope in self.scopes:
            selectors = scope.selectors()
            unknown = tuple(s for s in selectors if s != "ALL" and not any(code.startswith(s) for code in known))
            idle = tuple(
                s for s in selectors
                if s not in unknown and s not in scope.used
                and any(_matches(s, code) and enabled(code) for code in known if code not in meta)
            )
            if not unknown and not idle:
                continue
            keep = tuple(s for s in scope.directive.codes if s not in unknown and s not in idle)
            found.append(Unused(scope.directive, idle, unknown, keep))
        for directive in self.orphans:
            found.append(Unused(directive, directive.codes, (), (), orphan=True))
        return sorted(found, key=lambda item: item.directive.span.start)
