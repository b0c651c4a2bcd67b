"""Reporting verbs used in a sense that reports nothing ("adding to her lead", "claimed victory",
"claiming 41 percent", "tell them apart", "menambahkan dua gol") give no reported statement; the same
verbs reporting speech still do."""

from __future__ import annotations

from english_news import analyze_english

from debatekit.extract.cues import reports_nothing
from debatekit.extract.names import lexicon
from debatekit.extract.text_units import words
from debatekit.lang import get_pack


def _texts(res) -> list[str]:
    return list(res.statements.text)


def test_a_verb_with_a_non_reporting_object_gives_no_statement():
    res = analyze_english(
        "Jo Perkins won the harbour primary on Tuesday, adding to her lead over the mayor.\n\n"
        "Perkins claimed victory in the three towns on the island before midnight.\n\n"
        "Sam Lee, the mayor, claiming 41 percent of the vote in the port, did not concede.\n\n"
        "Perkins added that the count in the port was close and would be checked."
    )
    texts = _texts(res)
    assert not any("her lead" in t or "three towns" in t or "of the vote" in t for t in texts)
    assert any(t.startswith("the count in the port was close") for t in texts)


def test_the_frame_needs_the_words_right_after_the_verb():
    en = lexicon(get_pack("en"))
    text = 'Roe added, to the crowd, that it was over. They told them apart. Lee claimed "victory" early'
    ws = words(text)
    at = {w.text: i for i, w in enumerate(ws)}
    assert not reports_nothing(ws, at["added"], en, text)  # a comma: "to the crowd" is no object
    assert reports_nothing(ws, at["told"], en, text)
    assert not reports_nothing(ws, at["claimed"], en, text)  # a quotation mark between


def test_indonesian_pack_reads_scoring_as_no_report():
    id_ = lexicon(get_pack("id"))
    text = "Rahmat menambahkan dua gol lagi. Rahmat menambahkan bahwa timnya siap."
    ws = words(text)
    firsts = [i for i, w in enumerate(ws) if w.text == "menambahkan"]
    assert reports_nothing(ws, firsts[0], id_, text)
    assert not reports_nothing(ws, firsts[1], id_, text)
