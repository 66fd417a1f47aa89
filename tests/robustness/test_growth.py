"""Cost grows linearly with the text, whatever the text: repeated tokens and every pattern.

Growth is measured as ratios between two sizes of the same input in the same run —
Python function calls (exact and repeatable) and, for the regular-expression engines
whose backtracking no profiler sees, generous wall-time ratios. No absolute time is
asserted anywhere.
"""

from __future__ import annotations

import cProfile
import importlib
import pkgutil
import pstats
import re
import time
import tracemalloc

import pytest
import regex

import factcheck
from factcheck import Config
from factcheck.lexicon import lexicons
from factcheck.regexes import declared_patterns

SMALL, LARGE = 2_000, 16_000
RATIO = LARGE / SMALL
ALL = Config(select=["ALL"])

TOKENS = [
    "1", "12", "1.5", "1,000", "１２", "一", "十", "两", "几", "多", "余", "约", "近", "逾", "第", "的",
    "分别", "其中", "包括", "共", "同比", "下降", "增长", "个百分点", "%", "1万元", "2024年", "1月",
    "1日", "1人，", "3起、", "“", "《", "（", "，", "、", "。", "——", "\n", "\n\n", " ", "县", "省", "市",
    "公安局", "记者", "摄", "打开网易新闻", "加强", "factcheck: ignore FC101\n",
]


def _lexicon_words() -> list[str]:
    """A word from each lexicon table: markers, change words, units, magnitudes."""
    tables = lexicons()
    words = [text for marker in tables.approximation.marker for text in marker.text[:2]]
    words += list(tables.changes.increase.verbs[:3]) + list(tables.changes.decrease.verbs[:3])
    words += [unit.names[0] for unit in tables.units.unit[:20]]
    words += list(tables.units.magnitudes)[:4]
    return sorted(set(words))


def _calls(text: str) -> int:
    profile = cProfile.Profile()
    profile.enable()
    factcheck.check(text, ALL)
    profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined]


def _repeat(token: str, size: int) -> str:
    return (token * (size // len(token) + 1))[:size]


def _assert_calls_grow_linearly(name: str, text: str) -> None:
    small, large = _calls(_repeat(text, SMALL)), _calls(_repeat(text, LARGE))
    assert large <= 1.5 * RATIO * max(small, 200), f"{name}: {small} → {large} calls"


def _assert_time_grows_linearly(name: str, text: str, small: int, large: int) -> None:
    """Work inside one call (a backtracking pattern, a hash of a whole sentence, a search to
    the end of the text) counts no calls: a generous ratio of wall times catches it."""
    started = time.perf_counter()
    factcheck.check(_repeat(text, small), ALL)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    factcheck.check(_repeat(text, large), ALL)
    large_time = time.perf_counter() - started
    bound = 3 * large / small * max(small_time, 0.02)
    assert large_time <= bound, f"{name}: {small_time:.3f} s → {large_time:.3f} s"


@pytest.mark.parametrize("token", TOKENS + _lexicon_words())
def test_checking_repeated_tokens_grows_linearly(token: str) -> None:
    factcheck.check("预热。", ALL)
    _assert_calls_grow_linearly(repr(token), token)
    _assert_time_grows_linearly(repr(token), token, SMALL, LARGE)


def _rule_examples() -> list[tuple[str, str]]:
    """Every rule's bad and good examples: real phrasings, each a sentence or a short story."""
    from factcheck.engine.catalog import catalog

    found = []
    for rule in catalog():
        for kind, examples in (("bad", rule.bad), ("good", rule.good)):
            for number, example in enumerate(examples):
                text = example.text if example.text.endswith(("。", "\n")) else example.text + "。"
                found.append((f"{rule.code}-{kind}-{number}", text))
    return found


@pytest.mark.parametrize(("name", "text"), _rule_examples(), ids=[name for name, _ in _rule_examples()])
def test_checking_repeated_examples_grows_linearly(name: str, text: str) -> None:
    """A long text of one phrasing repeated (a page of similar stories, a report of similar
    sentences): pairs of figures, names and stories must be found by look-ups, not by
    comparing each with every other."""
    factcheck.check("预热。", ALL)
    _assert_calls_grow_linearly(name, text)
    _assert_time_grows_linearly(name, text, LARGE, LARGE * 8)  # where a cost per figure times the text shows


#: Peak memory allowed per character of the densest texts (every few characters a figure, a
#: date or both; the worst measured about 330 bytes): what keeps 1 MB of them near 200 MB.
BYTES_PER_CHARACTER = 600


@pytest.mark.parametrize("token", ["1万元", "2024年", "1人，", "1日", "1月", "3起、", "分别", "一"])
def test_memory_is_proportional_to_the_text(token: str) -> None:
    factcheck.check("预热。", ALL)
    tracemalloc.start()
    factcheck.check(_repeat(token, LARGE), ALL)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < BYTES_PER_CHARACTER * LARGE, f"{token!r}: {peak / 1e6:.1f} MB for {LARGE} characters"


def _patterns() -> list[tuple[str, object]]:
    """Every compiled pattern at module level in the package."""
    found = []
    package = importlib.import_module("factcheck")
    for module_info in pkgutil.walk_packages(package.__path__, "factcheck."):
        try:
            module = importlib.import_module(module_info.name)
        except ModuleNotFoundError as error:  # a module of an extra that is not installed (pygls …)
            if error.name is not None and error.name.split(".")[0] in ("pygls", "lsprotocol", "dask", "distributed", "pyarrow"):
                continue
            raise
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):  # none, by tests/test_regexes.py
                found.append((f"{module_info.name}.{name}", value))
    return found + [(name, pattern.compiled()) for name, pattern in declared_patterns()]


ADVERSARIAL = ["1", "12,", "1.", "一", "十", "年", "，", "、", "“", "a", " ", "—", "1万", "约1", "分别"]


@pytest.mark.parametrize(("name", "pattern"), _patterns(), ids=[name for name, _ in _patterns()])
def test_every_pattern_is_linear_on_adversarial_runs(name: str, pattern: re.Pattern[str]) -> None:
    for token in ADVERSARIAL:
        timings = []
        for size in (SMALL, LARGE):
            text = _repeat(token, size) + "\x00"  # a final character nothing expects
            started = time.perf_counter()
            for _ in pattern.finditer(text):
                pass
            timings.append(time.perf_counter() - started)
        assert timings[1] <= 3 * RATIO * max(timings[0], 0.002), f"{name} on {token!r}: {timings}"
