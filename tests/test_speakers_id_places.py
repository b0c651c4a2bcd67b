"""Indonesian speakers: a one-word name the article uses as a place ("di Kecamatan Sukamaju") is nobody."""

from __future__ import annotations

from debatekit.extract.article import extract_article
from debatekit.lang import get_pack


def _people(text: str) -> list[str]:
    # the first paragraph is the headline
    return [p.name for p in extract_article("a0", "Berita hari ini\n\n" + text, get_pack("id")).people]


def test_place_word_after_warga_is_no_person():
    text = (
        "Banjir merendam ratusan rumah di Kecamatan Sukamaju, Kabupaten Garut, Sabtu (3/10/2020).\n\n"
        "Di Kecamatan Sukamaju, banjir menerjang tiga desa.\n\n"
        "Rahmat Hidayat, warga Sukamaju, mengatakan, air datang pada malam hari.\n\n"
        "”Kami tidak sempat menyelamatkan barang,” ujarnya."
    )
    assert "Sukamaju" not in _people(text)
