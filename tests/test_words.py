"""The common-word list: look-ups and segmentation used for word-level evidence."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from factcheck.words import is_verb, is_word, segments_into_words
from tests.conftest import ROOT


@pytest.mark.parametrize("word", ["加强", "制毒", "国旗", "签约", "附近", "大约", "研究", "公安局"])
def test_common_words_are_words(word: str) -> None:
    assert is_word(word)


@pytest.mark.parametrize("text", ["税缓", "建共", "二〇", "比奥", "共约", "", "加", "加 强", "全面建设社会"])
def test_other_strings_are_not_words(text: str) -> None:
    assert not is_word(text)


def test_segmentation_into_common_words() -> None:
    assert segments_into_words("全面建设") and segments_into_words("禁毒支队")
    assert not segments_into_words("税缓") and not segments_into_words("")


def test_verbs_are_pure_verbs() -> None:
    assert is_verb("推动") and is_verb("践行")
    assert not is_verb("生产") and not is_verb("国旗") and not is_verb("推动工作")


def test_word_lists_record_source_and_licence() -> None:
    for name in ("common.tsv", "verbs.tsv"):
        header = (ROOT / "rules" / "words" / name).read_text(encoding="utf-8")[:500]
        assert "jieba" in header and "MIT" in header and "build_wordlist.py" in header


@pytest.mark.skipif(importlib.util.find_spec("jieba") is None, reason="jieba is not installed (pip install -e '.[data]')")
def test_shipped_word_lists_match_a_fresh_build() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_wordlist.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_a_malformed_word_list_is_reported_with_its_file(tmp_path, monkeypatch) -> None:
    """A corrupted data file names itself instead of failing somewhere inside a rule."""
    from factcheck import words
    from factcheck.resources import RuleDataError

    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "common.tsv").write_text("加强\n", encoding="utf-8")
    monkeypatch.setattr(words, "rules_root", lambda: tmp_path)
    words._endings.cache_clear()
    try:
        with pytest.raises(RuleDataError, match="rules/words/common.tsv:1"):
            words.is_word("加强")
    finally:
        words._endings.cache_clear()
