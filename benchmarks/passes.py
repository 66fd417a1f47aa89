"""How often the pipeline reads the text: pattern passes per article, per pattern.

    python benchmarks/passes.py [--stories 300] [--top 30]

Every module-level pattern of the package is wrapped to count the characters each call
covers (``finditer``/``sub`` over its whole range; ``search``/``match`` up to the match).
A call covering more than half of an article counts as a full pass. Printed: characters
read by patterns per character of text, full passes and calls per article, then the
patterns that read most. Patterns built from lexicons at run time and the Aho-Corasick
automaton are not counted. The "read once" design of issue 11 drives the full passes down.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck import Config  # noqa: E402
from factcheck.regexes import compile_declared, declared_patterns  # noqa: E402

SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))
_SPANNED = ("search", "match", "fullmatch")
_WHOLE = {"sub": 1, "split": 0}  # where the string stands among the arguments


class _Tally:
    """Characters read, calls and full passes per pattern, for the article being checked."""

    def __init__(self) -> None:
        self.read: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.full: Counter[str] = Counter()
        self.length = 1

    def add(self, label: str, covered: int) -> None:
        self.read[label] += covered
        self.calls[label] += 1
        if covered > self.length / 2:
            self.full[label] += 1


def _wrap(tally: _Tally, label: str, pattern: object, name: str) -> None:
    method = getattr(pattern, name)
    if name in _WHOLE:  # sub(replacement, string …), split(string, maxsplit …): the whole string
        at = _WHOLE[name]

        def whole(*arguments, **options):  # type: ignore[no-untyped-def]
            tally.add(label, len(arguments[at]))
            return method(*arguments, **options)

        setattr(pattern, name, whole)
        return

    def ranged(string, pos=0, endpos=None, *rest, **options):  # type: ignore[no-untyped-def]
        stop = len(string) if endpos is None else min(endpos, len(string))
        found = method(string, pos, stop, *rest, **options)
        covered = max(0, stop - pos)  # a scan, or a search that found nothing: the whole range
        if name in _SPANNED:
            if found is not None:
                covered = found.end() - pos
            elif name != "search":
                covered = min(covered, 1)  # an anchored match that failed read (about) one character
        tally.add(label, covered)
        return found

    setattr(pattern, name, ranged)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--top", type=int, default=30)
    options = parser.parse_args()
    folder = SHARED / "corpus-news"
    paths = sorted(folder.glob("*.txt"))[: options.stories] if folder.is_dir() else sorted((ROOT / "examples").glob("*.txt"))
    config = Config(select=["ALL"])
    factcheck.check("预热。2024年3月，1万元。", config)
    compile_declared()
    tally = _Tally()
    seen: set[int] = set()
    for label, pattern in declared_patterns():
        if id(pattern) in seen:  # one pattern imported under two names counts once
            continue
        seen.add(id(pattern))
        for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
            if hasattr(pattern.compiled(), name):
                _wrap(tally, label, pattern, name)
    total = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        tally.length = len(text)
        total += len(text)
        factcheck.check(text, config)
    articles = len(paths)
    print(f"{articles} articles, {total:,} characters: patterns read {sum(tally.read.values()) / total:.1f}× the text; "
          f"{sum(tally.full.values()) / articles:.1f} full passes and {sum(tally.calls.values()) / articles:.0f} calls per article\n")
    print("| pattern | read (× text) | full passes per article | calls per article |\n|---|---|---|---|")
    for label, read in tally.read.most_common(options.top):
        print(f"| `{label}` | {read / total:.2f} | {tally.full[label] / articles:.2f} | {tally.calls[label] / articles:.1f} |")


if __name__ == "__main__":
    main()
