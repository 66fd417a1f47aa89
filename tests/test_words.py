"""The common-word list: look-ups and segmentation used for word-level evidence."""

from __future__ import annotations

import pytest

from factcheck.words import is_verb, is_word, segments_into_words


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
