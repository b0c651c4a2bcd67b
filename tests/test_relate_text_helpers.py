"""The relate stage's text helpers give the same words and sentences on their fast paths as word by word."""

from __future__ import annotations

from debatekit.check.numbers import sentences
from debatekit.relate.spans import _WORD, sentence_spans, words


def _word_by_word(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def test_words_lower_each_word_as_written() -> None:
    # a capital sigma ends a word in its final form, whatever follows the word
    assert words("ΟΔΟΣ.Β") == ["οδος", "β"]
    # "İ" lower-cases to two characters: the word keeps its dot, as lower-casing the word gives it
    assert words("İstanbul can’t WIN") == ["i̇stanbul", "can't", "win"]
    for text in ("Hale’s PLAN", "pelatihan-pelatihan DESA", "ΑΣ'Β ας", "Straße STRASSE ǅemal", "", "12 ab3c"):
        assert words(text) == _word_by_word(text)


def test_sentence_breaks_after_marks_and_line_breaks() -> None:
    text = 'He won. "Yes!" she said.\nNext day Mr. Roe spoke. 2024 was good.'
    assert [text[a:b] for a, b in sentence_spans(text, ["mr"])] == [
        "He won.",
        '"Yes!" she said.',
        "Next day Mr. Roe spoke.",
        "2024 was good.",
    ]
    # the figure check's split needs a capital or a quote after the mark, and knows no abbreviation
    assert [text[a:b] for a, b in sentences(text)] == [
        "He won.",
        '"Yes!" she said.',
        "Next day Mr.",
        "Roe spoke. 2024 was good.",
    ]
    assert sentence_spans("?! A", []) == [(0, 2), (3, 4)]
