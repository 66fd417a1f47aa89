"""Hostile input: 1 MB of one token repeated, each in a fresh process with a time limit.

    python benchmarks/hostile.py [--megabytes 1] [--limit 120] [TOKEN ...]

Prints, per token, the time and peak memory of ``factcheck.check`` with every rule, and
the time per MB. A linear pipeline keeps each row near the rate of ordinary text.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKENS = ["一", "多", "约", "分别", "2024年", "1万元", "1人，", "1日", "1", "的", "１２", "十", "第", "。", "\n"]

_RUN = """
import sys, time
sys.path.insert(0, {root!r})
import factcheck
from factcheck import Config
token = {token!r}
size = int({megabytes} * 1024 * 1024)
text = (token * (size // len(token.encode()) + 1))
text = text.encode()[:size].decode(errors="ignore")
factcheck.check("预热。", Config(select=["ALL"]))
started = time.perf_counter()
factcheck.check(text, Config(select=["ALL"]))
print(time.perf_counter() - started)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tokens", nargs="*", default=TOKENS)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--limit", type=float, default=120.0)
    options = parser.parse_args()
    print("| token | time | time per MB | peak memory |\n|---|---|---|---|")
    for token in options.tokens:
        script = _RUN.format(root=str(ROOT), token=token, megabytes=options.megabytes)
        try:
            done = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-c", script],
                                  capture_output=True, text=True, timeout=options.limit)
        except subprocess.TimeoutExpired:
            print(f"| {token!r} | > {options.limit:.0f} s | | |")
            continue
        if done.returncode != 0:
            print(f"| {token!r} | failed: {done.stderr.strip().splitlines()[-2:]} | | |")
            continue
        seconds = float(done.stdout.strip())
        peak = int(done.stderr.strip().splitlines()[-1]) / 1024
        print(f"| {token!r} | {seconds:.1f} s | {seconds / options.megabytes:.1f} s/MB | {peak:.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
