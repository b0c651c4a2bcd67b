"""Indonesian speakers: a place word does not open the name that closes a long title."""

from __future__ import annotations

import pandas as pd

import debatekit as dk


def _speaker_of(text: str, fragment: str) -> set[str]:
    df = pd.DataFrame(
        {"article_id": ["a0"], "text": [text], "outlet": ["Harian Kota"], "published": ["2024-03-01"]}
    )
    st = dk.analyze(df, language="id").statements
    return set(st[st.text.str.contains(fragment, regex=False)].speaker.dropna())


def test_place_word_does_not_open_the_name_after_a_long_title():
    text = (
        "ASN Bekerja dari Rumah\n\n"
        "Kepala Badan Kepegawaian, Pendidikan, dan Pelatihan Daerah Kota Sukamaju Karyono menambahkan, "
        "ASN akan membantu warga di sekitar tempat tinggalnya.\n\n"
        "”Mereka akan membantu di tingkat kelurahan hingga RT,” katanya.\n\n"
        "Para ASN dari Dinas Pariwisata Kota Sukamaju disebar ke kecamatan."
    )
    assert _speaker_of(text, "tingkat kelurahan") == {"Karyono"}
