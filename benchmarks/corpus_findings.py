"""Findings per rule on the real corpora in ``../shared/`` (false-alarm measurement).

    python benchmarks/corpus_findings.py                # per-rule table for both corpora
    python benchmarks/corpus_findings.py --list FC204   # every finding of those rules, in context
    python benchmarks/corpus_findings.py --json out.json

The corpora are third-party text and are never copied into the repository; each one
that is absent is skipped. Read every finding a rule change produces: most findings on
edited, published news are false alarms, so the table alone says little.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.document import Document  # noqa: E402

SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))
CORPORA = {"news": SHARED / "corpus-news", "reports": SHARED / "corpus"}
_CONTEXT = 40


def measure(folder: Path) -> tuple[int, list[dict[str, object]]]:
    """Characters read and every finding (with its file and context) in ``folder``."""
    characters = 0
    rows: list[dict[str, object]] = []
    for path in sorted(folder.glob("*.txt")):
        document = Document.from_bytes(path.read_bytes())
        text = document.original
        characters += len(text)
        for finding in factcheck.check(document).findings:
            start, end = finding.span.start, finding.span.end
            rows.append(
                {
                    "file": path.name,
                    "code": finding.code,
                    "line": finding.line,
                    "message": finding.message,
                    "context": (text[max(0, start - _CONTEXT) : start] + "【" + text[start:end] + "】"
                                + text[end : end + _CONTEXT]).replace("\n", "⏎"),
                }
            )
    return characters, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", metavar="PREFIXES", help="print every finding whose code starts with one of these (comma-separated)")
    parser.add_argument("--json", metavar="FILE", help="write every finding as JSON")
    args = parser.parse_args(argv)
    everything: dict[str, list[dict[str, object]]] = {}
    table: dict[str, Counter[str]] = {}
    sizes: dict[str, int] = {}
    for name, folder in CORPORA.items():
        if not folder.is_dir():
            print(f"{name}: {folder} is absent, skipped", file=sys.stderr)
            continue
        sizes[name], everything[name] = measure(folder)
        table[name] = Counter(str(row["code"]) for row in everything[name])
    codes = sorted({code for counts in table.values() for code in counts})
    header = "| rule | " + " | ".join(f"{name} ({sizes[name]:,} chars)" for name in table) + " |"
    print(header)
    print("|---" * (len(table) + 1) + "|")
    for code in codes + ["all"]:
        cells = []
        for name, counts in table.items():
            count = sum(counts.values()) if code == "all" else counts[code]
            cells.append(f"{count} ({count / sizes[name] * 10_000:.3f}/10k)")
        print(f"| {code} | " + " | ".join(cells) + " |")
    if args.list:
        prefixes = tuple(args.list.split(","))
        for name, rows in everything.items():
            for row in rows:
                if str(row["code"]).startswith(prefixes):
                    print(f"\n{name}/{row['file']}:{row['line']} {row['code']} {row['message']}\n    {row['context']}")
    if args.json:
        Path(args.json).write_text(json.dumps(everything, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
