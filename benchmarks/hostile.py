"""Hostile input: 1 MB of one token repeated, each in a fresh process with a time limit.

    python benchmarks/hostile.py [--megabytes 1] [--limit 120] [--examples] [TOKEN ...]

Prints, per token, the time and peak memory of ``factcheck.check`` with every rule, and
the time per MB. A linear pipeline keeps each row near the rate of ordinary text.
``--examples`` repeats every rule's bad and good example instead (real phrasings: a page
of similar stories) and prints the slowest ten and the largest peak.
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
    parser.add_argument("--examples", action="store_true", help="repeat every rule example")
    options = parser.parse_args()
    if options.examples:
        _examples(options)
        return
    print("| token | time | time per MB | peak memory |\n|---|---|---|---|")
    for token in options.tokens:
        print(_row(token, _measure(token, options)), flush=True)


def _measure(token: str, options: argparse.Namespace) -> tuple[float, float] | str:
    """(seconds, peak MB) of checking ``token`` repeated, or why it could not be measured."""
    script = _RUN.format(root=str(ROOT), token=token, megabytes=options.megabytes)
    try:
        done = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-c", script],
                              capture_output=True, text=True, timeout=options.limit)
    except subprocess.TimeoutExpired:
        return f"> {options.limit:.0f} s"
    if done.returncode != 0:
        return f"failed: {done.stderr.strip().splitlines()[-2:]}"
    return float(done.stdout.strip()), int(done.stderr.strip().splitlines()[-1]) / 1024


def _row(token: str, measured: tuple[float, float] | str, megabytes: float = 1.0) -> str:
    shown = token if len(token) <= 24 else token[:24] + "…"
    if isinstance(measured, str):
        return f"| {shown!r} | {measured} | | |"
    seconds, peak = measured
    return f"| {shown!r} | {seconds:.1f} s | {seconds / megabytes:.1f} s/MB | {peak:.0f} MB |"


def _examples(options: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT))
    from factcheck.engine.catalog import catalog

    texts = sorted({
        example.text if example.text.endswith(("。", "\n")) else example.text + "。"
        for rule in catalog() for example in (*rule.bad, *rule.good)
    })
    results = [(text, _measure(text, options)) for text in texts]
    failed = [(text, measured) for text, measured in results if isinstance(measured, str)]
    timed = [(text, measured) for text, measured in results if not isinstance(measured, str)]
    timed.sort(key=lambda item: -item[1][0])
    print(f"{len(texts)} examples, each repeated to {options.megabytes:g} MB; the slowest ten:")
    for text, measured in [*failed, *timed[:10]]:
        print(_row(text, measured, options.megabytes))
    if timed:
        text, measured = max(timed, key=lambda item: item[1][1])
        print(f"largest peak: {measured[1]:.0f} MB ({text[:24]!r})")


if __name__ == "__main__":
    main()
