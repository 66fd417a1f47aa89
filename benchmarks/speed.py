"""Speed, in one table: throughput against a bare regex pass, many files on one and two
cores, one article of growing size, and cold start.

    python benchmarks/speed.py [--megabytes 2] [--files 2000] [--sizes 0.25,1,4,10]

* **In-process throughput**: every rule over a workload of whole articles (the examples
  repeated to ``--megabytes``; each corpus in ``../shared/`` when present), against a bare
  ``regex.findall`` of numbers over the same articles in the same run (the ratio is the
  figure to compare across machines).
* **Many files**: ``--files`` article files made from the news corpus (or the examples),
  checked by the command line with ``--jobs 1`` and ``--jobs 2`` (no cache): wall time,
  CPU time and peak memory; proselint on the same files when it is installed.
* **One article**: the news stories joined into one article of each size: time, time per
  MB, and peak memory (each in a fresh process).
* **Cold start**: one short article, against ``python -c pass``.

Sizes are UTF-8 megabytes. Speed is measured here, never in timed tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))
NUMBER = regex.compile(r"\d+(?:[.,]\d+)*%?")
MB = 1024 * 1024


def _articles(folder: Path) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]


def _size(texts: list[str]) -> float:
    return sum(len(text.encode("utf-8")) for text in texts) / MB


def _repeat_to(texts: list[str], megabytes: float) -> list[str]:
    out: list[str] = []
    while texts and _size(out) < megabytes:
        out.extend(texts)
    return out


def throughput(name: str, articles: list[str]) -> list[str]:
    sys.path.insert(0, str(ROOT))
    import factcheck
    from factcheck import Config

    config = Config(select=["ALL"])
    factcheck.check(articles[0], config)  # load the tables first
    started = time.perf_counter()
    for article in articles:
        factcheck.check(article, config)
    lint = time.perf_counter() - started
    bare_runs = []
    for _ in range(5):
        started = time.perf_counter()
        for article in articles:
            NUMBER.findall(article)
        bare_runs.append(time.perf_counter() - started)
    bare = statistics.median(bare_runs)
    size = _size(articles)
    return [f"| throughput, {name} ({len(articles)} articles, {size:.1f} MB) | {size / lint:.2f} MB/s "
            f"| bare scan {size / bare:.0f} MB/s | **{lint / bare:.0f}×** the bare scan |"]


def _timed(command: list[str], cwd: Path | None = None) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (children included) and peak RSS (KB) of a command."""
    done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *command], cwd=cwd,
                          capture_output=True, text=True)
    wall, user, system, peak = done.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(peak)


def many_files(count: int, work: Path) -> list[str]:
    source = SHARED / "corpus-news" if (SHARED / "corpus-news").is_dir() else ROOT / "examples"
    stories = sorted(source.glob("*.txt"))
    folder = work / "files"
    folder.mkdir()
    for index in range(count):
        shutil.copyfile(stories[index % len(stories)], folder / f"{index:05d}.txt")
    size = sum(path.stat().st_size for path in folder.iterdir()) / MB
    rows = []
    for jobs in (1, 2):
        wall, cpu, peak = _timed([sys.executable, "-m", "factcheck", "check", str(folder), "-q",
                                  "--no-cache", "--jobs", str(jobs)])
        rows.append(f"| {count} files ({size:.1f} MB), `--jobs {jobs}` | {wall:.1f} s wall | {cpu:.1f} s CPU "
                    f"| {peak / 1024:.0f} MB peak (largest process) |")
    proselint = shutil.which("proselint")
    if proselint:
        wall, cpu, peak = _timed([proselint, *map(str, sorted(folder.iterdir()))])
        rows.append(f"| proselint, same files | {wall:.1f} s wall | {cpu:.1f} s CPU | {peak / 1024:.0f} MB peak |")
    return rows


_ONE = """
import sys, time
sys.path.insert(0, {root!r})
import factcheck
from factcheck import Config
text = open({path!r}, encoding="utf-8").read()
factcheck.check("预热。", Config(select=["ALL"]))
started = time.perf_counter()
factcheck.check(text, Config(select=["ALL"]))
print(time.perf_counter() - started)
"""


def one_article(sizes: list[float], work: Path) -> list[str]:
    source = SHARED / "corpus-news" if (SHARED / "corpus-news").is_dir() else ROOT / "examples"
    stories = "\n\n".join(_articles(source))
    rows, first = [], None
    for megabytes in sizes:
        text = stories
        while len(text.encode("utf-8")) < megabytes * MB:
            text += "\n\n" + stories
        text = text.encode("utf-8")[: int(megabytes * MB)].decode("utf-8", errors="ignore")
        path = work / f"one-{megabytes}.txt"
        path.write_text(text, encoding="utf-8")
        script = work / "one.py"
        script.write_text(_ONE.format(root=str(ROOT), path=str(path)), encoding="utf-8")
        done = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, str(script)], capture_output=True, text=True)
        seconds = float(done.stdout.strip())
        peak = int(done.stderr.strip().splitlines()[-1])
        per_mb = seconds / megabytes
        first = first or per_mb
        rows.append(f"| one article, {megabytes:g} MB | {seconds:.1f} s | {per_mb:.1f} s/MB "
                    f"({per_mb / first:.2f}× the smallest) | {peak / 1024:.0f} MB peak |")
    return rows


def cold_start(work: Path) -> list[str]:
    article = work / "short.txt"
    article.write_text((ROOT / "examples" / sorted(os.listdir(ROOT / "examples"))[0]).read_text(encoding="utf-8"),
                       encoding="utf-8")
    runs = [_timed([sys.executable, "-m", "factcheck", "check", str(article), "-q", "--no-cache"])[0]
            for _ in range(5)]
    empty = [_timed([sys.executable, "-c", "pass"])[0] for _ in range(5)]
    imports = [_timed([sys.executable, "-c", "import factcheck"])[0] for _ in range(5)]
    return [f"| cold start, one article | {statistics.median(runs):.2f} s | `python -c pass` "
            f"{statistics.median(empty):.2f} s | `import factcheck` {statistics.median(imports):.2f} s |"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--sizes", default="0.25,1,4,10")
    options = parser.parse_args()
    rows = ["| measure | | | |", "|---|---|---|---|"]
    rows += throughput("examples", _repeat_to(_articles(ROOT / "examples"), options.megabytes))
    for name in ("corpus-news", "corpus"):
        if (SHARED / name).is_dir():
            rows += throughput(name, _articles(SHARED / name))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        rows += many_files(options.files, work)
        rows += one_article([float(size) for size in options.sizes.split(",")], work)
        rows += cold_start(work)
    print("\n".join(rows))


if __name__ == "__main__":
    main()
