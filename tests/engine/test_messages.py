"""Messages in both languages: every template of every rule renders, and none is missing."""

from __future__ import annotations

from datetime import date

import pytest
import regex

import factcheck
from factcheck import Config
from factcheck.engine import catalog, messages, runner
from factcheck.engine.messages import Joined, Phrase, Quote, Say, TemplateError, render

#: Latin words a Chinese message may carry: rule codes, formats and the directive syntax.
_LATIN_ALLOWED = regex.compile(r"FC\d+|Markdown|HTML|PDF|factcheck|disable|enable|ignore")
_QUOTED = regex.compile(r"「[^」]*」")


def _findings(rule, example, language):  # type: ignore[no-untyped-def]
    options = dict(example.options)
    reference = options.pop("reference_date", None)
    config = Config(select=[rule.code], language=language, **options)
    if reference:
        config = config.model_copy(update={"reference_date": date.fromisoformat(reference)})
    return [f for f in factcheck.check(example.text, config).findings if f.code == rule.code]


def _texts(finding) -> list[str]:  # type: ignore[no-untyped-def]
    texts = [finding.message, *(item.note for item in finding.related)]
    if finding.suggestion is not None:
        texts.append(finding.suggestion)
    if finding.fix is not None:
        texts.append(finding.fix.description)
    return texts


@pytest.fixture(scope="module")
def used_keys() -> dict[str, set[str]]:
    """Every template key rendered while the bad examples run in both languages."""
    used: dict[str, set[str]] = {}
    original = messages.render

    def recording(templates, key, args, language, depth=0):  # type: ignore[no-untyped-def]
        used.setdefault(id(templates), set()).add(key)
        return original(templates, key, args, language, depth)

    patch = pytest.MonkeyPatch()
    patch.setattr(messages, "render", recording)
    patch.setattr(runner, "render", recording)
    try:
        for rule in catalog():
            for example in rule.bad:
                for language in ("zh", "en"):
                    _findings(rule, example, language)
    finally:
        patch.undo()
    return {rule.code: used.get(id(rule.text), set()) for rule in catalog()}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("rule", list(catalog()), ids=lambda rule: rule.code)
def test_every_bad_example_renders(rule, language) -> None:  # type: ignore[no-untyped-def]
    for example in rule.bad:
        findings = _findings(rule, example, language)
        assert findings, example.text
        for finding in findings:
            for text in _texts(finding):
                assert "template error" not in text, text
                assert not regex.search(r"\{\w*\}", text), f"unfilled template: {text}"
                if language == "zh":
                    latin = regex.findall(r"[A-Za-z]{3,}", _LATIN_ALLOWED.sub("", _QUOTED.sub("", text)))
                    assert not latin, f"English left in a Chinese message: {text}"
                else:
                    assert not _QUOTED.search(text), f"Chinese quotation marks in an English message: {text}"


def test_every_template_is_used_by_a_bad_example(used_keys: dict[str, set[str]]) -> None:
    unused = {
        rule.code: sorted(set(rule.text) - used_keys[rule.code]) for rule in catalog() if set(rule.text) - used_keys[rule.code]
    }
    assert unused == {}, "templates no bad example renders (add an example or drop the template)"


def test_every_rule_is_documented_in_both_languages() -> None:
    for rule in catalog():
        for language in ("zh", "en"):
            docs = rule.docs_in(language)
            assert docs.what.strip() and docs.why.strip() and docs.use_instead.strip(), rule.code
            assert rule.summary_in(language).strip(), rule.code
            if rule.fix != "none":
                assert docs.fix.strip(), f"{rule.code}: the fix is not documented in {language}"
        assert regex.search(r"\p{Han}", rule.zh.what), rule.code


def test_impossible_decrease_reads_like_a_copy_editor() -> None:
    text = "共查获并铲除毒品原植物337株，相比去年同期下降896%，打击处理5人。"
    (finding,) = factcheck.check(text, Config(select=["FC101"])).findings
    assert finding.message.startswith("「相比去年同期下降896%」不可能：下降超过100%意味着数量小于零")
    assert finding.suggestion is not None and "896 ÷ (100 + 896) = 89.96%" in finding.suggestion
    english = factcheck.check(text, Config(select=["FC101"]), language="en").findings[0]
    assert english.message.startswith("“相比去年同期下降896%” is impossible")


def test_the_api_language_switch_wins_over_the_config() -> None:
    text = "约100人左右参加。"
    zh = factcheck.check(text, Config(select=["FC506"], language="en"), language="zh").findings[0]
    assert zh.message.startswith("「约100人左右」")
    assert zh.fix is not None and zh.fix.description == "删去「左右」：「约100人」"


# -- the renderer ------------------------------------------------------------------


TEMPLATES = {
    "message": Phrase(zh="{phrase}：{why}", en="{phrase}: {why}"),
    "why": Phrase(zh="有{count}项", en="{count} items"),
}


def test_nested_phrases_and_lists_render_in_each_language() -> None:
    args = {"phrase": Quote("“南瓜藏毒”"), "why": Say("why", {"count": 3})}
    assert render(TEMPLATES, "message", args, "zh") == "「南瓜藏毒」：有3项"
    assert render(TEMPLATES, "message", args, "en") == "“南瓜藏毒”: 3 items"
    listed = {"phrase": Joined(["甲", "乙"], "or"), "why": "x"}
    assert render(TEMPLATES, "message", listed, "zh") == "甲或乙：x"
    assert render(TEMPLATES, "message", listed, "en") == "甲 or 乙: x"


def test_a_quote_keeps_inner_quotation_marks() -> None:
    assert render(TEMPLATES, "message", {"phrase": Quote("“四进”和“三治”"), "why": ""}, "zh") == "「“四进”和“三治”」："


def test_a_phrase_that_names_itself_does_not_recurse() -> None:
    templates = {"message": Phrase(zh="{why}", en="{why}"), "why": Phrase(zh="因为{why}", en="because {why}")}
    with pytest.raises(TemplateError):
        render(templates, "message", {"why": Say("why", {"why": Say("why")})}, "zh")


def test_missing_keys_and_values_are_template_errors() -> None:
    with pytest.raises(TemplateError):
        render(TEMPLATES, "absent", {}, "zh")
    with pytest.raises(TemplateError):
        render(TEMPLATES, "why", {}, "en")
