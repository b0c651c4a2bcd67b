"""Indonesian speakers: a sentence opened by a pronoun ("Akan tetapi, ia belum ...") keeps that person as its
subject, so a later "katanya" is that person and not someone the first sentence named in passing."""

from __future__ import annotations

import pandas as pd

import debatekit as dk


def _speaker_of(text: str, fragment: str) -> set[str]:
    df = pd.DataFrame(
        {"article_id": ["a0"], "text": [text], "outlet": ["Harian Kota"], "published": ["2024-03-01"]}
    )
    st = dk.analyze(df, language="id").statements
    return set(st[st.text.str.contains(fragment, regex=False)].speaker.dropna())


def test_pronoun_subject_keeps_the_person_for_a_later_katanya():
    text = (
        "Koalisi Belum Permanen\n\n"
        "Ketua Harian Partai Maju Andi Wirawan membenarkan, dalam waktu dekat Ketua Umum Partai Maju "
        "Bambang Sulistyo dijadwalkan bertemu dengan Ketua Umum Partai Jaya Cahyo Pranoto.\n\n"
        "Agenda yang dimaksud terkait dengan pemilu.\n\n"
        "Akan tetapi, ia belum mengetahui jadwal pasti pertemuan keduanya.\n\n"
        "”Memang ada rencana, tetapi mungkin masih dimatangkan,” katanya."
    )
    assert _speaker_of(text, "masih dimatangkan") == {"Andi Wirawan"}
