"""Indonesian speakers behind long titles: one test per pattern, on passages written for these tests.

Indonesian news puts a person's whole title before the name ("kata Pelaksana Tugas Direktur Jenderal
... Kementerian X Nama"); the name is the end of that title, not the organisation in it.
"""

from __future__ import annotations

import pandas as pd

import debatekit as dk

HEAD = (
    "Pasar Daring untuk Pedagang Kecil\n\n"
    "Rapat itu dihadiri Gubernur Sumber Raya Santoso Wiryo di Jakarta, Senin.\n\n"
    "Pemerintah membuka program baru bagi pedagang kecil di pasar tradisional.\n\n"
)
QUOTE = "”Kami akan membantu pedagang kecil agar bisa berjualan secara daring,” "


def speaker_of(text: str, start: str = "Kami akan membantu") -> str | None:
    df = pd.DataFrame([{"article_id": "a", "text": text, "language": "id"}])
    st = dk.analyze(df, until="statements").statements
    rows = st[st.text.str.startswith(start)]
    assert len(rows), f"no statement starts with {start!r}: {list(st.text)}"
    return rows.iloc[0].speaker


def test_an_english_company_title_opens_a_name():
    assert speaker_of(HEAD + QUOTE + "kata CEO Tokobaru Wulan Purnamasari.\n") == "Wulan Purnamasari"
    text = (
        HEAD
        + QUOTE
        + "kata Corporate Communications PT Sinar Abadi Wulan Purnamasari dalam keterangan pers.\n"
    )
    assert speaker_of(text) == "Wulan Purnamasari"


def test_a_long_government_title_ends_in_the_name():
    text = (
        HEAD
        + QUOTE
        + "kata Pelaksana Tugas Direktur Jenderal Pencegahan dan Pengendalian Penyakit Kementerian Kesehatan"
        " Bagus Hartono seusai peninjauan.\n"
    )
    assert speaker_of(text) == "Bagus Hartono"
    text = (
        HEAD
        + QUOTE
        + "tutur Deputi Bidang Protokol Pers dan Media Sekretariat Negara Bagus Hartono kepada wartawan.\n"
    )
    assert speaker_of(text) == "Bagus Hartono"


def test_a_professor_title_with_a_university_ends_in_the_name():
    text = (
        HEAD
        + QUOTE
        + "kata Guru Besar Ekonomi Fakultas Ekonomi dan Bisnis Universitas Tanjungsari Bagus Hartono, Rabu.\n"
    )
    assert speaker_of(text) == "Bagus Hartono"


def test_a_title_with_commas_after_a_bare_role_still_finds_the_name():
    # "Menteri" alone would be any minister of the article: the name closes the title after the commas
    text = (
        HEAD
        + "Menteri Perdagangan Arif Setiawan membuka rapat itu.\n\n"
        + QUOTE
        + "kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Bagus Hartono dalam konferensi pers.\n"
    )
    assert speaker_of(text) == "Bagus Hartono"


def test_two_titles_joined_by_a_slash():
    text = (
        HEAD
        + QUOTE
        + "ujar Menteri Perencanaan Pembangunan Nasional/Kepala Bappenas Bagus Hartono seusai rapat.\n"
    )
    assert speaker_of(text) == "Bagus Hartono"


def test_a_bracketed_word_inside_a_title_is_no_name():
    text = (
        HEAD + QUOTE + "kata Direktur Utama PT Sinar Jaya (Persero) Tbk Bagus Hartono dalam keterangannya.\n"
    )
    assert speaker_of(text) == "Bagus Hartono"
    text = (
        HEAD
        + QUOTE
        + "kata Ketua Komisi Tetap Hortikultura Kamar Dagang dan Industri (Kadin) Indonesia Wulan Purnamasari"
        " dalam webinar.\n"
    )
    assert speaker_of(text) == "Wulan Purnamasari"


def test_a_body_then_a_comma_then_the_name():
    assert (
        speaker_of(HEAD + QUOTE + "kata peneliti senior Pusdatin, Bagus Hartono, di Jakarta.\n")
        == "Bagus Hartono"
    )
    text = HEAD + QUOTE + "kata Camat Sukamaju, Kabupaten Tanjungsari, Bagus Hartono, Sabtu.\n"
    assert speaker_of(text) == "Bagus Hartono"
    text = (
        HEAD
        + QUOTE
        + "kata Kepala Bagian Hukum dan Humas, Rumah Sakit Umum Pusat Dr Sutomo, Bagus Hartono, saat dihubungi.\n"
    )
    assert speaker_of(text) == "Bagus Hartono"


def test_a_market_named_after_a_place_is_no_speaker():
    # "Pasar Rebo Baru" is a market: the seller is nobody the article names
    text = HEAD + QUOTE + "ujar penjual pakaian di Pasar Rebo Baru itu.\n"
    assert speaker_of(text) not in ("Rebo Baru", "Rebo")


def test_a_party_faction_after_dari_ends_in_the_subject():
    text = (
        HEAD
        + "Ketua Komisi VIII DPR dari Fraksi Partai Amanat Nasional Bagus Hartono mengatakan, batasan itu harus"
        " sama bagi semua warga.\n\n" + "Aturan itu akan dibahas pekan depan.\n\n" + QUOTE + "katanya.\n"
    )
    assert speaker_of(text, "batasan itu harus") == "Bagus Hartono"
    assert speaker_of(text) == "Bagus Hartono"


def test_one_word_in_a_comma_list_of_the_title_is_no_name():
    text = (
        HEAD
        + QUOTE
        + "ujar Deputi Bidang Usaha Energi, Logistik, Kawasan dan Pariwisata Kementerian BUMN Bagus Hartono"
        " di Jakarta.\n"
    )
    assert speaker_of(text) == "Bagus Hartono"


def test_a_bracketed_aside_inside_the_title_names_no_speaker():
    text = (
        HEAD
        + QUOTE
        + "kata Juru Bicara Forum Relawan Amanat (Wulan Purnamasari untuk Sumber Raya), Bagus Hartono saat"
        " deklarasi.\n"
    )
    assert speaker_of(text) == "Bagus Hartono"


def test_short_role_forms_alone_refer_to_the_person_the_article_gave_them():
    text = (
        HEAD
        + "Panglima TNI Marsekal Bagus Hartono yang dihubungi mengatakan, armada kapal dikerahkan untuk membantu"
        " pencarian.\n\n"
        + "”Kami kerahkan kapal survei yang dapat membantu penginderaan,” kata Panglima TNI.\n\n"
        + "Wakil Presiden Wulan Purnamasari membuka acara itu.\n\n"
        + "Peserta datang dari seluruh daerah.\n\n"
        + "”Saya minta semua pihak bersinergi,” kata Wapres.\n"
    )
    assert speaker_of(text, "Kami kerahkan kapal") == "Bagus Hartono"
    assert speaker_of(text, "Saya minta semua pihak") == "Wulan Purnamasari"


def test_a_generational_suffix_keeps_father_and_son_apart():
    text = (
        "Pemilu Amerika Serikat\n\n"
        + "Capres Partai Republik Harold Brandt mengatakan, pemilu kali ini sangat menentukan.\n\n"
        + "”Kami akan menang di semua negara bagian,” kata Harold Brandt.\n\n"
        + "Sementara itu, Harold Brandt Jr menyebut kampanye ayahnya berjalan baik di seluruh negeri.\n"
    )
    assert speaker_of(text, "Kami akan menang") == "Harold Brandt"
    assert speaker_of(text, "kampanye ayahnya") == "Harold Brandt Jr"
