"""The archive run: articles per second on 1 and 2 Dask workers, memory per worker, cost per million.

    python benchmarks/archive.py [--articles 20000] [--workers 1,2]

Builds a JSON Lines archive of ``--articles`` articles from the news corpus in
``../shared/corpus-news/`` (each story repeated under new ids; the corpus is read, never
copied into the repository), then runs ``factcheck archive`` on a local Dask cluster of
each size (one thread per worker process) and prints one table: wall time, articles per
second, the peak resident memory of each worker, and the projected worker-hours per
million articles. Needs the dask extra.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NEWS = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared")) / "corpus-news"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    return time.process_time()


def build_archive(path: Path, count: int) -> int:
    stories = [p.read_text(encoding="utf-8") for p in sorted(NEWS.glob("*.txt"))]
    characters = 0
    with path.open("w", encoding="utf-8") as stream:
        for number in range(count):
            text = stories[number % len(stories)]
            characters += len(text)
            stream.write(json.dumps({"id": f"story-{number:06d}", "text": text}, ensure_ascii=False) + "\n")
    return characters


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--workers", default="1,2")
    options = parser.parse_args()
    if not NEWS.is_dir():
        print(f"{NEWS} is absent: nothing to measure", file=sys.stderr)
        return 0
    from distributed import Client, LocalCluster

    from factcheck.batch.archive import archive
    from factcheck.dask import client_runner

    print("| Dask workers | articles | wall | CPU (all workers) | articles/s | peak RSS per worker | worker-hours per million |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "archive.jsonl"
        characters = build_archive(source, options.articles)
        for workers in (int(n) for n in options.workers.split(",")):
            out = Path(folder) / f"findings-{workers}.parquet"
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                cpu_before = sum(client.run(_cpu_seconds).values())
                started = time.perf_counter()
                run = archive(source, out, runner=client_runner(client))
                wall = time.perf_counter() - started
                cpu = sum(client.run(_cpu_seconds).values()) - cpu_before
                peaks = sorted(client.run(_peak_rss_mb).values())
            rate = run.articles / wall
            hours = 1e6 / rate / 3600 * workers
            print(f"| {workers} | {run.articles:,} ({characters / 1e6:.1f} M chars) | {wall:.0f} s | {cpu:.0f} s | {rate:,.0f} | "
                  f"{', '.join(f'{peak:.0f} MB' for peak in peaks)} | {hours:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
