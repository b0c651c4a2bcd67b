"""Patterns of issue 10's list that had no test of their own: a verb-first cue before a premodified name
("said coach Jane Roe"), "remarking" as a cue, and the Indonesian back-reference "Menjawab itu, X"."""

from __future__ import annotations

import pandas as pd
from english_news import analyze_english, ids_saying

import debatekit as dk


def test_verb_first_cue_before_a_premodified_name():
    res = analyze_english('"The ferry will run all winter," said coach Jane Roe after the game.')
    assert ids_saying(res, "all winter") == {"jane-roe"}
    assert set(res.statements.speaker_mention) == {"Jane Roe"}  # "coach" is no part of the name


def test_remarking_reports_a_quote_and_an_embedded_quote():
    res = analyze_english(
        "The harbour council met on Friday night.\n\n"
        'The council met on Friday, and Sam Lee spoke first, remarking that the harbour "needs a new pier '
        'before the storms come."\n\n'
        'Lee opened the session, remarking, "We have waited long enough for this pier."'
    )
    assert ids_saying(res, "new pier") == {"sam-lee"}
    assert ids_saying(res, "waited long enough") == {"sam-lee"}
    assert set(res.statements.cue) == {"remarking"}


def test_indonesian_menjawab_itu_is_no_name_and_the_speaker_follows_it():
    text = (
        "Wali Kota Depok Rahmat Siregar meninjau banjir di Kecamatan Sukamaju, Senin.\n\n"
        "Warga mempertanyakan lambatnya bantuan dari pemerintah kota.\n\n"
        "Menjawab itu, Rahmat mengatakan bantuan akan tiba dalam dua hari ke depan.\n\n"
        '"Kami sudah menyiapkan tenda dan dapur umum," ujarnya.'
    )
    df = pd.DataFrame(
        {"article_id": ["a0"], "text": [text], "outlet": ["Harian"], "published": ["2024-03-01"]}
    )
    res = dk.analyze(df, language="id")
    st = res.statements
    assert set(st[st.text.str.contains("dua hari")].speaker_id) == {"rahmat-siregar"}
    assert set(st[st.text.str.contains("dapur umum")].speaker_id) == {"rahmat-siregar"}
    assert list(res.speakers.speaker_id) == ["rahmat-siregar"]  # "Menjawab" names nobody
