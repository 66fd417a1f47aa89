"""Golden output: what the pipeline finds and extracts today, to prove a refactoring changed nothing.

    python benchmarks/golden.py --write    # record tests/golden/*.json
    python benchmarks/golden.py            # compare, print the differences

For the examples the record holds every finding (code, span, message) and every claim
(type, span, a hash of its fields). For the corpora in ``../shared/`` (third-party text,
never copied here) it holds only codes, offsets and hashes — no text of theirs.
``tests/test_golden.py`` runs the comparison.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck import Config  # noqa: E402
from factcheck.document import Document  # noqa: E402

SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))
GOLDEN = ROOT / "tests" / "golden"
SETS = {"examples": ROOT / "examples", "corpus-news": SHARED / "corpus-news", "corpus": SHARED / "corpus"}
ALL = Config(select=["ALL"], language="en")  # the record predates the Chinese messages


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def record(name: str, folder: Path) -> dict[str, object]:
    """Findings and claims of every article in ``folder``, in the shape stored for ``name``."""
    files: dict[str, object] = {}
    for path in sorted(folder.glob("*.txt")):
        document = Document.from_bytes(path.read_bytes())
        findings = factcheck.check(document, ALL).findings
        claims = factcheck.extract(document)
        if name == "examples":
            files[path.name] = {
                "findings": [[f.code, f.span.start, f.span.end, f.message] for f in findings],
                "claims": [[type(c).__name__, c.span.start, c.span.end, _digest(c.model_dump_json())] for c in claims],
            }
        else:
            files[path.name] = {
                "findings": [[f.code, f.span.start, f.span.end, _digest(f.message)] for f in findings],
                "claims": _digest(json.dumps([c.model_dump(mode="json") for c in claims], ensure_ascii=False)),
            }
    return files


def differences(name: str, folder: Path) -> list[str]:
    stored = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    now = json.loads(json.dumps(record(name, folder), ensure_ascii=False))
    found = []
    for file in sorted(set(stored) | set(now)):
        for part in ("findings", "claims"):
            before = (stored.get(file) or {}).get(part)
            after = (now.get(file) or {}).get(part)
            if before != after:
                found.append(f"{name}/{file}: {part} differ:\n  before {before}\n  after  {after}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true")
    options = parser.parse_args()
    GOLDEN.mkdir(parents=True, exist_ok=True)
    problems = []
    for name, folder in SETS.items():
        if not folder.is_dir():
            print(f"{name}: not present, skipped")
            continue
        if options.write:
            (GOLDEN / f"{name}.json").write_text(
                json.dumps(record(name, folder), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
            print(f"{name}: recorded")
        else:
            problems += differences(name, folder)
    print("\n".join(problems) if problems else "no differences")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
