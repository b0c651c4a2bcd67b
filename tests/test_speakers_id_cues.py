"""Indonesian cue words and introducing statements: one test per pattern, on passages written for these tests.

A quote with only "katanya" takes the person the article introduced just before; that works only when the
introducing sentence is read as someone speaking.
"""

from __future__ import annotations

import pandas as pd

import debatekit as dk

HEAD = (
    "Pasar Daring untuk Pedagang Kecil\n\n"
    "Rapat itu dihadiri Gubernur Sumber Raya Santoso Wiryo di Jakarta, Senin.\n\n"
    "”Kami mendukung program ini,” kata Santoso.\n\n"
)
FILLER = "Pemerintah membuka program baru bagi pedagang kecil di pasar tradisional.\n\n"
QUOTE = "”Kami akan membantu pedagang kecil agar bisa berjualan secara daring,” katanya.\n"


def statements(text: str) -> pd.DataFrame:
    df = pd.DataFrame([{"article_id": "a", "text": text, "language": "id"}])
    return dk.analyze(df, until="statements").statements


def speaker_of(st: pd.DataFrame, start: str = "Kami akan membantu") -> str | None:
    rows = st[st.text.str.startswith(start)]
    assert len(rows), f"no statement starts with {start!r}: {list(st.text)}"
    return rows.iloc[0].speaker


def test_membenarkan_introduces_the_next_quote():
    intro = (
        "Kepala Dinas Kesehatan Kabupaten Sukamaju Bagus Hartono membenarkan bahwa dua pegawainya sakit.\n\n"
    )
    st = statements(HEAD + intro + FILLER + QUOTE)
    assert speaker_of(st, "dua pegawainya sakit") == "Bagus Hartono"
    assert speaker_of(st) == "Bagus Hartono"


def test_memprediksi_is_a_reporting_verb():
    intro = "Ekonom Bagus Hartono memprediksi, jumlah pemudik tahun ini turun separuh.\n\n"
    st = statements(HEAD + intro + FILLER + QUOTE)
    assert speaker_of(st, "jumlah pemudik tahun ini") == "Bagus Hartono"
    assert speaker_of(st) == "Bagus Hartono"


def test_a_passive_cue_verb_names_the_speaker_after_it():
    text = HEAD + FILLER + "”Kami akan meminta kelonggaran kepada pemerintah,” ditambahkan Bagus Hartono.\n"
    assert speaker_of(statements(text), "Kami akan meminta") == "Bagus Hartono"


def test_a_one_word_name_opening_a_sentence_before_its_role_is_a_name():
    # "Saraswati, Koordinator ..., mengatakan": the role after the comma confirms the name
    intro = (
        "Hartini, Sekretaris Koperasi Sinar Jaya pada Dinas Koperasi Kota Sukamaju, mengatakan, sudah saatnya"
        " pemerintah mendukung peternak.\n\n"
    )
    st = statements(HEAD + intro + FILLER + QUOTE)
    assert speaker_of(st, "sudah saatnya pemerintah") == "Hartini"
    assert speaker_of(st) == "Hartini"


def test_a_capitalised_sentence_opener_without_a_role_is_still_no_name():
    intro = "Sekedar, Ketua RT mengatakan, ada warga yang sakit di kampung itu.\n\n"
    st = statements(HEAD + intro + FILLER + QUOTE)
    assert "Sekedar" not in set(st.speaker.dropna())


def test_a_title_going_on_after_a_preposition_ends_in_the_name():
    text = (
        HEAD
        + FILLER
        + "”Belum ada perkembangan terbaru,” ujar Kepala Biro Komunikasi, Layanan Informasi Publik, dan Kerja Sama"
        " pada Kementerian Energi dan Sumber Daya Mineral Bagus Hartono.\n"
    )
    assert speaker_of(statements(text), "Belum ada perkembangan") == "Bagus Hartono"
