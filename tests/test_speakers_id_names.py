"""Indonesian names: a nickname the article itself declares joins the full name (passages written for these tests)."""

from __future__ import annotations

import pandas as pd

import debatekit as dk


def statements(text: str) -> pd.DataFrame:
    df = pd.DataFrame([{"article_id": "a", "text": text, "language": "id"}])
    return dk.analyze(df, until="statements").statements


def test_a_quoted_nickname_inside_a_full_name_is_the_same_person():
    text = (
        "Kasus Menurun di Ibu Kota\n\n"
        "Demikian diungkapkan Wakil Gubernur Sumber Raya Bagus ”Bagas” Hartono di Balai Kota, Senin.\n\n"
        "Bagas mengatakan, jumlah kasus menurun pekan ini di seluruh kota.\n\n"
        "”Kami terus memantau rumah sakit rujukan,” kata Bagus Hartono.\n"
    )
    st = statements(text)
    assert set(st.speaker) == {"Bagus Hartono"}
    assert st.speaker_id.nunique() == 1


def test_a_quoted_word_inside_an_organisation_name_is_no_nickname():
    text = (
        "Partai Baru Berdiri\n\n"
        "Ketua Partai Bintang ”Terang” Baru Bagus Hartono mengatakan, partainya siap ikut pemilu tahun depan.\n\n"
        "”Kami sudah mendaftar ke KPU,” kata Bagus.\n"
    )
    speakers = set(statements(text).speaker.dropna())
    assert speakers and not any(s.startswith("Bintang") or "Terang" in s for s in speakers)
