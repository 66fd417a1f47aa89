"""Recall on real text: inject known errors into real news stories and count the catches.

    python benchmarks/injection.py [--stories 300] [--seed 7]

Each story of ``../shared/corpus-news/`` (third-party text, never copied into the
repository) gets one error of each kind below, one kind at a time, at a place chosen
at random among those where the kind applies; an injection is caught when a finding of
the expected rule overlaps the injected text. The same stories unchanged are the
control: their findings are counted too, so a gain in recall that costs precision shows.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.words import is_word  # noqa: E402

NEWS = ROOT.parent / "shared" / "corpus-news"
#: an injection: (new text, start, end of the injected error in it) or None when the story offers no place
Injected = tuple[str, int, int] | None

_COUNT = regex.compile(r"(?<![\d.约近超逾余多])(\d{2,4})(人|家|个|起|件|吨|所|名)(?![\d余多以左])")
_PERCENT_DROP = regex.compile(r"下降(\d{1,2}(?:\.\d)?)%")
_DAY = regex.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
_HAN_PAIR = regex.compile(r"(?<=\p{Han})(\p{Han}{2})(?=\p{Han})")


def _body_start(text: str) -> int:
    """Skip the title and date lines."""
    second = text.find("\n", text.find("\n") + 1)
    return second + 1 if second > 0 else 0


def _choose(rng: random.Random, matches: list[regex.Match[str]]) -> regex.Match[str] | None:
    return rng.choice(matches) if matches else None


def doubled_word(text: str, rng: random.Random) -> Injected:
    start = _body_start(text)
    match = _choose(rng, [m for m in _HAN_PAIR.finditer(text, start) if is_word(m.group(1))])
    if match is None:
        return None
    word = match.group(1)
    return text[: match.end()] + word + text[match.end() :], match.start(), match.end() + len(word)


def _replace_one(
    text: str, rng: random.Random, pattern: regex.Pattern[str], rewrite: Callable[[regex.Match[str]], str]
) -> Injected:
    """Rewrite one match of ``pattern`` in the body, chosen at random."""
    match = _choose(rng, list(pattern.finditer(text, _body_start(text))))
    if match is None:
        return None
    new = rewrite(match)
    return text[: match.start()] + new + text[match.end() :], match.start(), match.start() + len(new)


def doubled_marker(text: str, rng: random.Random) -> Injected:
    return _replace_one(text, rng, _COUNT, lambda match: f"超过{match.group(1)}多{match.group(2)}")


def about_twice(text: str, rng: random.Random) -> Injected:
    return _replace_one(text, rng, _COUNT, lambda match: f"约{match.group(1)}{match.group(2)}左右")


def _over_hundred(match: regex.Match[str]) -> str:
    amount = match.group(1)
    decimals = len(amount.partition(".")[2])
    return f"下降{100 + float(amount):.{decimals}f}%"


def impossible_drop(text: str, rng: random.Random) -> Injected:
    return _replace_one(text, rng, _PERCENT_DROP, _over_hundred)


def impossible_date(text: str, rng: random.Random) -> Injected:
    return _replace_one(text, rng, _DAY, lambda match: "2月30日")


def future_event(text: str, rng: random.Random) -> Injected:
    lines = text.split("\n")
    if len(lines) < 3 or not regex.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", lines[1].strip()):
        return None
    year = int(lines[1][:4]) + 1
    sentence = f"{year}年3月5日，当地警方破获一起案件。"
    body = _body_start(text)
    ends = [index + 1 for index, char in enumerate(text) if char == "。" and index >= body]
    if not ends:
        return None
    at = rng.choice(ends)
    return text[:at] + sentence + text[at:], at, at + len(sentence.split("，")[0])


def _two_character_words(text: str, start: int) -> list[tuple[int, int]]:
    """Where the text has a two-character word, as a segmenter reads it in context.

    jieba (a test extra) segments the story, so a cut falls inside a word of the sentence
    (经|济 in 经济发展), not across two words that happen to spell another (我国|交通 has
    国交). Without jieba, any listed pair between Han characters is taken.
    """
    try:
        import jieba
    except ImportError:
        return [m.span(1) for m in _HAN_PAIR.finditer(text, start) if is_word(m.group(1))]
    jieba.setLogLevel(60)
    return [
        (begin, end)
        for word, begin, end in jieba.tokenize(text[start:])
        if len(word) == 2 and is_word(word) and regex.fullmatch(r"\p{Han}{2}", word)
        for begin, end in [(begin + start, end + start)]
    ]


def cut_word(text: str, rng: random.Random) -> Injected:
    words = _two_character_words(text, _body_start(text))
    if not words:
        return None
    begin, end = rng.choice(words)
    middle = begin + 1
    return text[:middle] + "\n\n" + text[middle:], begin, end + 2


def _counties_by_province() -> dict[str, list[str]]:
    """Full county names that name one place only, by province (the names a swap writes)."""
    from factcheck.places.gazetteer import Level, gazetteer

    table = gazetteer()
    found: dict[str, list[str]] = {}
    for place in table.places:
        if place.level is Level.COUNTY and place.last_year >= 2020 and len(table.by_full.get(place.name, ())) == 1:
            found.setdefault(place.province, []).append(place.name)
    return {province: sorted(names) for province, names in found.items()}


def region_swap(text: str, rng: random.Random) -> Injected:
    """Copy-paste across regions: a county or city of the story's own region, named in the
    body, becomes a county of another province (梧州市近年来… → 西峡县近年来…). Only stories
    whose region is still clear without the swapped name are used."""
    from factcheck.claims import Analysis
    from factcheck.claims.places import mention_places
    from factcheck.document import BlockKind, Document
    from factcheck.places.gazetteer import Level

    document = Document(text)
    analysis = Analysis(document)
    regions = analysis.get("home_regions")
    choices = []
    for mention in analysis.get("places"):
        block = document.block_at(mention.norm[0])
        if block is None or block.kind is not BlockKind.BODY or mention.form != "full" or block.story >= len(regions):
            continue
        home = regions[block.story]
        places = mention_places(mention)
        if home.prefecture is None or home.inherited or not places:
            continue
        if all(home.prefecture.contains(place) and place.level is not Level.PROVINCE for place in places):
            choices.append((mention, home.province.name))
    if not choices or document.text != text:
        return None
    mention, province = rng.choice(choices)
    counties = _counties_by_province()
    others = sorted(name for name in counties if name != province)
    name = rng.choice(counties[rng.choice(others)])
    start, end = mention.norm
    new = text[:start] + name + text[end:]
    story = document.block_at(start).story
    after = Analysis(Document(new)).get("home_regions")
    if story >= len(after) or after[story].prefecture != regions[story].prefecture or after[story].inherited:
        return None  # the swapped name was the story's only evidence of its region: nothing to judge it by
    return new, start, start + len(name)


KINDS: dict[str, tuple[str, Callable[[str, random.Random], Injected]]] = {
    "doubled word": ("FC204", doubled_word),
    "doubled bound (超过…多)": ("FC108", doubled_marker),
    "about twice (约…左右)": ("FC506", about_twice),
    "drop over 100%": ("FC101", impossible_drop),
    "2月30日": ("FC402", impossible_date),
    "future event told as done": ("FC404", future_event),
    "word cut by a paragraph break": ("FC201", cut_word),
    "county of another province (region swap)": ("FC301", region_swap),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=300, help="stories sampled (default 300)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if not NEWS.is_dir():
        print(f"{NEWS} is absent: nothing to measure", file=sys.stderr)
        return 0
    rng = random.Random(args.seed)
    paths = sorted(NEWS.glob("*.txt"))
    paths = rng.sample(paths, min(args.stories, len(paths)))
    tried: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    control = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        control += len(factcheck.check(text).findings)
        for name, (code, inject) in KINDS.items():
            injected = inject(text, rng)
            if injected is None:
                continue
            new, start, end = injected
            tried[name] += 1
            findings = factcheck.check(new).findings
            if any(f.code == code and f.span.start < end and f.span.end > start for f in findings):
                caught[name] += 1
    print(f"{len(paths)} real stories; findings on them unchanged (control): {control}\n")
    print("| injected error | rule | caught |")
    print("|---|---|---|")
    for name, (code, _) in KINDS.items():
        if tried[name]:
            print(f"| {name} | {code} | {caught[name]}/{tried[name]} ({caught[name] / tried[name]:.0%}) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
