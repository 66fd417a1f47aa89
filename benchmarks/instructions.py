"""Instructions executed by the pipeline, counted by ``valgrind --tool=callgrind``.

    python benchmarks/instructions.py [--tree PATH ...] [WORKLOAD ...]

Wall times on a shared machine swing by a quarter or more between runs of the same code;
instruction counts repeat exactly (with ``PYTHONHASHSEED=0``), so they are how two
versions are compared. Each workload is run twice per source tree: once checking its
articles and once with the warm-up alone, and the difference is reported, so imports and
table loading do not count. ``cold`` instead counts a whole command-line run on one
short article, start-up included.

Workloads: ``examples`` (the example articles), ``news`` (the first 40 stories of
``../shared/corpus-news``), ``cold``, or any other word, checked repeated 1,500 times
(``1万元``, ``2024年``). ``--tree`` names source checkouts to compare (default: this one);
``git worktree add /tmp/base <rev>`` makes one of an earlier revision.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))

_WORKLOAD = """
import glob, sys
sys.path.insert(0, {tree!r})
import factcheck
from factcheck import Config
config = Config(select=["ALL"])
factcheck.check("预热。今年3月全市共破获毒品案件120起，同比减少12%。", config)
try:  # patterns compile on first use: compile them all now, as start-up, not as work
    from factcheck.regexes import compile_declared
except ImportError:  # a tree from before lazy patterns
    pass
else:
    compile_declared()
mode = {mode!r}
if mode == "examples":
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob({tree!r} + "/examples/*.txt"))]
elif mode == "news":
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob({news!r} + "/*.txt"))[:40]]
elif mode == "":
    texts = []
else:
    texts = [mode * 1500]
for text in texts:
    factcheck.check(text, config)
"""

_COLD = """
import sys
sys.path.insert(0, {tree!r})
sys.argv = ["factcheck", "check", {article!r}, "--no-cache", "-q"]
from factcheck.__main__ import main  # the console script's entry point
main()
"""


def _count(script: str, snapshot: str = "off") -> int:
    """Instructions of ``python -c script`` under callgrind (start-up snapshot: a folder, or off)."""
    environment = {**os.environ, "PYTHONHASHSEED": "0", "FACTCHECK_DATA_CACHE": snapshot}
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", script],
        capture_output=True, text=True, env=environment, check=False,
    )
    found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind gave no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def measure(tree: Path, workload: str, scratch: Path) -> int:
    if workload == "cold":
        article = scratch / "short.txt"
        article.write_text("今年3月全市共破获毒品案件120起，同比减少12%。\n", encoding="utf-8")
        script = _COLD.format(tree=str(tree), article=str(article))
        snapshot = str(scratch / f"snapshot-{abs(hash(str(tree)))}")
        _count(script, snapshot)  # the first run writes the start-up snapshot; count the second
        return _count(script, snapshot)
    # without a snapshot both runs parse the data files alike, and the difference is the work
    news = str(SHARED / "corpus-news")
    loaded = _count(_WORKLOAD.format(tree=str(tree), mode=workload, news=news))
    warm_up = _count(_WORKLOAD.format(tree=str(tree), mode="", news=news))
    return loaded - warm_up


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workloads", nargs="*", default=["examples", "news", "1万元", "cold"])
    parser.add_argument("--tree", action="append", type=Path, help="a source checkout (repeatable)")
    options = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    trees = [tree.resolve() for tree in options.tree or [ROOT]]
    for tree in trees:  # every tree reads compiled bytecode, as an installed package does
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "factcheck")], check=True,
                       capture_output=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""})
    if "news" in options.workloads and not (SHARED / "corpus-news").is_dir():
        raise SystemExit(f"no news corpus at {SHARED / 'corpus-news'}")
    print("| workload | " + " | ".join(str(tree) for tree in trees) + " |")
    print("|---|" + "---|" * len(trees))
    with tempfile.TemporaryDirectory() as folder:
        for workload in options.workloads:
            counts = [measure(tree, workload, Path(folder)) for tree in trees]
            cells = [f"{counts[0] / 1e6:,.0f}M"] + [
                f"{count / 1e6:,.0f}M ({(count - counts[0]) / counts[0]:+.0%})" for count in counts[1:]
            ]
            print(f"| {workload} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
