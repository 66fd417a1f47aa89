"""A content repository of real Markdown articles, set up and checked as a team would.

    python benchmarks/content_repo.py [--articles 1000] [--keep DIR]

Builds a throw-away git repository of Markdown articles made from the CCTV news corpus
(``../shared/corpus-news``; never copied into this repository): front matter with the
broadcast date, the title as a heading, paragraphs hard-wrapped at 40 characters, a
code block and a link in some of them, desks in folders, drafts ignored by git. Then:

1. configure (``factcheck.toml``: exclude, per-file ignores) and suppress the findings of
   a few articles with comments;
2. write a baseline;
3. check with ``--jobs 1`` and ``--jobs 2`` (no cache), then twice with the cache (cold,
   warm), then against the baseline;

and prints wall time and peak memory of each run, and whether the Markdown articles
give the same findings as the same stories read as plain text (soft wraps must not be
cut lines, markup must not be checked).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))
NEWS = SHARED / "corpus-news"
DESKS = ("economy", "society", "world", "science")


def _wrap(paragraph: str, width: int = 40) -> str:
    return "\n".join(paragraph[start : start + width] for start in range(0, len(paragraph), width))


def _markdown(story: str, index: int) -> str:
    lines = [line.strip() for line in story.splitlines() if line.strip()]
    title, day, body = lines[0], lines[1], lines[2:]
    found = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", day)
    stamp = f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}" if found else "2023-01-01"
    parts = [f"---\ntitle: {title}\ndate: {stamp}\n---", f"# {title}"]
    parts += [_wrap(paragraph) for paragraph in body]
    if index % 5 == 0:
        parts.append("```\n下降896% 这是代码，不是正文\n```")
    if index % 7 == 0:
        parts.append(f"原文见[央视网](https://tv.cctv.com/{stamp}/下降896%.shtml)。")
    return "\n\n".join(parts) + "\n"


def build(root: Path, count: int) -> tuple[list[Path], list[Path]]:
    stories = sorted(NEWS.glob("*.txt"))
    markdown, plain = [], []
    for index in range(count):
        story = stories[index % len(stories)]
        text = story.read_text(encoding="utf-8")
        desk = root / DESKS[index % len(DESKS)] / story.stem[5:11]
        desk.mkdir(parents=True, exist_ok=True)
        article = desk / f"{index:04d}-{story.stem}.md"
        article.write_text(_markdown(text, index), encoding="utf-8")
        markdown.append(article)
        plain.append(story)
    (root / "drafts").mkdir()
    (root / "drafts" / "draft.md").write_text("# 草稿\n\n同比下降896%。\n", encoding="utf-8")
    (root / ".gitignore").write_text("drafts/\n", encoding="utf-8")
    (root / "factcheck.toml").write_text(
        'exclude = ["templates/"]\n[per-file-ignores]\n"world/**" = ["FC301"]\n', encoding="utf-8"
    )
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    return markdown, plain


def factcheck(root: Path, *arguments: str) -> tuple[float, int, str]:
    """Run the installed command line; wall time, peak memory (KB) of the run, stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "factcheck", *arguments], cwd=root,
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode not in (0, 1):
        raise SystemExit(f"factcheck {' '.join(arguments)} failed: {done.stderr}")
    return elapsed, max(peak, before), done.stdout


def suppress(root: Path, report: dict) -> int:
    """Add an ignore comment before the paragraph of the first findings of a few files."""
    done = 0
    for finding in report["findings"][:10]:
        path = root / finding["path"]
        text = path.read_text(encoding="utf-8")
        start = text.rfind("\n\n", 0, finding["span"]["start"]) + 2
        comment = f"<!-- factcheck: ignore {finding['code']} -- 已核实 -->\n"
        path.write_text(text[:start] + comment + text[start:], encoding="utf-8")
        done += 1
    return done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="build the repository here and keep it")
    options = parser.parse_args()
    if not NEWS.is_dir():
        raise SystemExit(f"the news corpus is not at {NEWS}")
    root = options.keep or Path(tempfile.mkdtemp(prefix="factcheck-content-"))
    root.mkdir(parents=True, exist_ok=True)
    markdown, plain = build(root, options.articles)
    characters = sum(len(path.read_text(encoding="utf-8")) for path in markdown)
    print(f"{len(markdown)} Markdown articles, {characters:,} characters, in {root}")

    rows = []
    seconds, peak, out = factcheck(root, "check", ".", "--format", "json", "--no-cache", "--jobs", "1")
    first = json.loads(out)
    rows.append(("check, --jobs 1, no cache (before suppressing)", seconds, peak, len(first["findings"])))
    suppressed = suppress(root, first)
    seconds, peak, out = factcheck(root, "check", ".", "--write-baseline", "baseline.json", "--no-cache", "--jobs", "2")
    rows.append((f"write baseline, --jobs 2 ({suppressed} findings suppressed by comments)", seconds, peak, None))
    for label, arguments in [
        ("check, --jobs 1, no cache", ("--no-cache", "--jobs", "1")),
        ("check, --jobs 2, no cache", ("--no-cache", "--jobs", "2")),
        ("check, --jobs 2, cache cold", ("--jobs", "2")),
        ("check, --jobs 2, cache warm", ("--jobs", "2")),
        ("check, --jobs 2, cache warm, --baseline", ("--jobs", "2", "--baseline", "baseline.json")),
    ]:
        seconds, peak, out = factcheck(root, "check", ".", "--format", "json", *arguments)
        rows.append((label, seconds, peak, len(json.loads(out)["findings"])))
    print("\n| run | wall time | largest process so far (peak RSS) | findings |\n|---|---|---|---|")
    for label, seconds, peak, found in rows:
        print(f"| {label} | {seconds:.2f} s | {peak / 1024:.0f} MB | {'' if found is None else found} |")

    # the same stories as plain text: the Markdown reading must find the same things, minus cut lines
    import factcheck as library  # noqa: PLC0415
    from factcheck.document import Document  # noqa: PLC0415

    as_text = Counter(f.code for path in plain for f in library.check(Document.from_bytes(path.read_bytes())).findings)
    as_markdown = Counter(f["code"] for f in first["findings"])
    print(f"\nfindings as plain text: {dict(sorted(as_text.items()))}")
    print(f"findings as Markdown:   {dict(sorted(as_markdown.items()))}")
    if options.keep is None:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
