"""Throughput of `factcheck.check` against a bare regex pass over the same text.

    python benchmarks/throughput.py [--megabytes 10] [--corpus ../shared/corpus]

Builds a workload of whole articles (the examples repeated until it reaches the size
asked for, plus the shared corpus when present), checks every article with all rules,
and times a plain `regex.findall` of numbers over the same articles in the same run.
Prints MB/s (UTF-8 bytes), articles/s and the ratio between the two.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck import Config  # noqa: E402

NUMBER = regex.compile(r"\d+(?:[.,]\d+)*%?")


def workload(folder: Path, megabytes: float) -> list[str]:
    articles = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    if not articles:
        return []
    target = megabytes * 1024 * 1024
    out: list[str] = []
    size = 0
    while size < target:
        for article in articles:
            out.append(article)
            size += len(article.encode("utf-8"))
    return out


def timed(function, articles: list[str], repeat: int) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for article in articles:
            function(article)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def measure(name: str, articles: list[str], repeat: int) -> None:
    config = Config(select=["ALL"])
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1024 / 1024
    factcheck.check(articles[0], config)  # warm caches and lazy imports
    lint = timed(lambda text: factcheck.check(text, config), articles, 1)
    bare = timed(NUMBER.findall, articles, repeat)
    print(f"{name}: {len(articles)} articles, {megabytes:.1f} MB")
    print(f"  factcheck check   {megabytes / lint:8.2f} MB/s  {len(articles) / lint:9.0f} articles/s")
    print(f"  regex findall     {megabytes / bare:8.2f} MB/s  {len(articles) / bare:9.0f} articles/s")
    print(f"  ratio             {lint / bare:8.1f}x the time of the bare regex pass")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=3, help="repeats of the regex pass (median)")
    arguments = parser.parse_args()
    measure("examples", workload(ROOT / "examples", arguments.megabytes), arguments.repeat)
    if arguments.corpus.is_dir():
        measure("corpus", workload(arguments.corpus, arguments.megabytes), arguments.repeat)


if __name__ == "__main__":
    main()
