"""One test per quoting and attribution pattern, in Indonesian and English, on short written passages."""

from __future__ import annotations

import pandas as pd
import pytest

import debatekit as dk


def run(text: str, language: str = "id", **extra) -> pd.DataFrame:
    df = pd.DataFrame([{"article_id": "a", "text": text, "language": language, **extra}])
    return dk.analyze(df, until="statements")


def direct(result) -> pd.DataFrame:
    return result.statements[result.statements.kind == "direct"].reset_index(drop=True)


ID_DEBATE = """Dua Calon Beradu Gagasan

Kotabaru (Warta) - Calon Wali Kota Kotabaru nomor urut 1, Rahmat Siregar, menyinggung banjir yang belum tertangani.
"Sudah lima tahun banjir tidak pernah selesai. Kita butuh tindakan nyata," kata Rahmat dalam debat, Sabtu (12/10).
Namun, pernyataan Rahmat itu dibantah oleh calon nomor urut 2, Dewi Lubis. Dewi yang juga petahana ini mengatakan drainase kota sudah dibangun ulang.
"Kami sudah membangun ulang drainase di tiga kecamatan," ujarnya.
Menurut Dewi, anggaran banjir naik setiap tahun.
Menantu mantan gubernur itu menegaskan bahwa program "Kota Kering" akan dilanjutkan.
Rahmat menjawab, ”Program itu hanya slogan. Warga masih mengungsi setiap musim hujan.”
"Apakah Ibu pernah datang ke lokasi banjir?" tanya Rahmat.
"""


@pytest.fixture(scope="module")
def id_debate():
    return run(ID_DEBATE)


def test_cue_after_quote_with_name(id_debate):
    d = direct(id_debate)
    row = d[d.text.str.startswith("Sudah lima tahun")].iloc[0]
    assert row.speaker == "Rahmat Siregar" and row.cue == "kata"
    assert row.text.endswith("tindakan nyata,")


def test_nya_suffix_resolves_to_the_salient_person(id_debate):
    d = direct(id_debate)
    assert d[d.text.str.startswith("Kami sudah")].iloc[0].speaker == "Dewi Lubis"


def test_quote_opened_after_comma_with_typographic_closing_mark_as_opener(id_debate):
    d = direct(id_debate)
    row = d[d.text.str.startswith("Program itu hanya slogan")].iloc[0]
    assert row.speaker == "Rahmat Siregar"


def test_question_quote(id_debate):
    d = direct(id_debate)
    row = d[d.text.str.startswith("Apakah Ibu")].iloc[0]
    assert row.speaker == "Rahmat Siregar" and row.cue == "tanya"


def test_programme_title_in_quotes_is_not_a_quote(id_debate):
    assert "Kota Kering" not in set(direct(id_debate).text)


def test_reported_speech_and_menurut(id_debate):
    ind = id_debate.statements[id_debate.statements.kind == "indirect"]
    by_text = dict(zip(ind.text, ind.speaker, strict=True))
    assert by_text["drainase kota sudah dibangun ulang"] == "Dewi Lubis"
    assert by_text["anggaran banjir naik setiap tahun"] == "Dewi Lubis"
    assert any(t.startswith("program") and s == "Dewi Lubis" for t, s in by_text.items())  # epithet subject


def test_role_appositive_and_two_people_apart(id_debate):
    sp = id_debate.speakers.set_index("name")
    assert set(sp.index) == {"Rahmat Siregar", "Dewi Lubis"}
    assert any("nomor urut 1" in r for r in sp.loc["Rahmat Siregar", "roles"])
    assert "Menantu mantan gubernur" in sp.loc["Dewi Lubis", "aliases"]


def test_multi_paragraph_quote_is_one_statement():
    text = (
        "Judul\n\nAndi Wijaya berbicara panjang soal pajak.\n"
        '"Pajak daerah harus turun tahun depan. Warga sudah terlalu lama menanggung beban.\n'
        '"Kami akan memangkas retribusi pasar dan parkir," kata Andi.\n'
    )
    d = direct(run(text))
    assert len(d) == 1
    assert d.iloc[0].text.startswith("Pajak daerah") and d.iloc[0].text.endswith("parkir,")
    assert d.iloc[0].speaker == "Andi Wijaya"


def test_follow_on_quote_inherits_only_when_text_supports_it():
    text = (
        "Judul\n\n"
        '"Kita akan menang di putaran pertama," kata Budi Santoso. "Semua relawan sudah bergerak."\n'
        "Sementara itu, pengamat politik menilai peluang kedua calon masih seimbang.\n"
        '"Tidak ada yang bisa memastikan hasilnya sekarang."\n'
    )
    d = direct(run(text))
    assert d[d.text.str.startswith("Semua relawan")].iloc[0].speaker == "Budi Santoso"
    orphan = d[d.text.str.startswith("Tidak ada")].iloc[0]
    assert orphan.speaker is None or pd.isna(orphan.speaker)


EN_ARTICLE = """Harmon, Lopez clash over transit

SPRINGFIELD (Metro Wire) - Mayor Diane Harmon and state Sen. Carlos Lopez clashed Tuesday over the light-rail project.
"We have delivered more miles of track than any administration before us," Harmon said. "And we will finish the job."
"The mayor keeps promising trains that never arrive," said Lopez, a former transit engineer.
According to Harmon, the delays were caused by federal permitting.
She added that the city had already secured $120 million in grants.
The mayor later said the figure included units already under construction.
"""


@pytest.fixture(scope="module")
def en_article():
    return run(EN_ARTICLE, language="en")


def test_english_cues_both_orders(en_article):
    d = direct(en_article)
    assert d[d.text.str.startswith("We have")].iloc[0].speaker == "Diane Harmon"
    assert d[d.text.str.startswith("The mayor keeps")].iloc[0].speaker == "Carlos Lopez"
    assert d[d.text.str.startswith("And we will")].iloc[0].speaker == "Diane Harmon"  # follow-on


def test_english_reported_speech_pronoun_and_role(en_article):
    ind = en_article.statements[en_article.statements.kind == "indirect"]
    by_text = dict(zip(ind.text, ind.speaker, strict=True))
    assert by_text["the delays were caused by federal permitting"] == "Diane Harmon"
    assert by_text["the city had already secured $120 million in grants"] == "Diane Harmon"
    assert by_text["the figure included units already under construction"] == "Diane Harmon"  # "the mayor"


def test_english_surname_links_to_full_name(en_article):
    assert set(en_article.speakers.name) == {"Diane Harmon", "Carlos Lopez"}


# -- bad input: never an exception, and the result says what was odd ---------------------------------
def test_unbalanced_quotation_marks_are_reported_not_raised():
    r = run('Judul\n\n"Ini kutipan yang tidak pernah ditutup, kata Budi.\nParagraf lain tanpa kutipan.\n')
    assert (r.errors.problem == "unbalanced_quote").any()
    assert not r.errors[r.errors.problem == "unbalanced_quote"].fatal.any()


def test_article_of_only_quotes_and_empty_article():
    df = pd.DataFrame(
        [
            {"article_id": "q", "text": '"Satu dua tiga empat."\n"Lima enam tujuh delapan."\n"Sembilan."'},
            {"article_id": "e", "text": "   "},
        ]
    )
    r = dk.analyze(df, until="statements")
    assert (r.statements.article_id == "e").sum() == 0
    q = r.statements[r.statements.article_id == "q"]
    assert len(q) >= 1 and q.speaker.isna().all()  # quotes with nobody to attribute them to


def test_five_megabyte_article_is_fully_read():
    paras = (
        f'"Kami akan membangun jalan baru di desa nomor {i}," kata Budi Santoso.\n' for i in range(70_000)
    )
    text = "Judul\n\n" + "".join(paras)
    assert len(text) > 5_000_000
    r = run(text)
    assert len(r.statements) == text.count("kata Budi")  # no silent truncation
    assert set(r.statements.speaker) == {"Budi Santoso"}


def test_caller_dataframe_is_not_mutated():
    df = pd.DataFrame([{"article_id": "a", "text": ID_DEBATE}])
    before = df.copy()
    dk.analyze(df, until="statements")
    pd.testing.assert_frame_equal(df, before)


def test_british_single_quotes_when_an_article_has_no_double_marks():
    text = (
        "Council row\n\n"
        "LONDON - Councillor Ruth Ellison said the budget was unfair.\n"
        "‘We cannot keep cutting the libraries’ opening hours,’ Ellison said. ‘It’s the poorest who pay.’\n"
    )
    d = direct(run(text, language="en"))
    assert list(d.text) == [
        "We cannot keep cutting the libraries’ opening hours,",
        "It’s the poorest who pay.",
    ]
    assert set(d.speaker) == {"Ruth Ellison"}


def test_more_marks_and_clause_openers():
    text = (
        "Title\n\n"
        "BERLIN - „Wir werden das schaffen und wir bauen neue Schulen“, said Anna Weber.\n"
        "«The budget is balanced for the first time in a decade,» Weber added.\n"
        "Tom Reyes, the mayor, said on Tuesday that the new bridge would open in May.\n"
    )
    r = run(text, language="en")
    d = direct(r)
    assert list(d.text) == [
        "Wir werden das schaffen und wir bauen neue Schulen",
        "The budget is balanced for the first time in a decade,",
    ]
    assert set(d.speaker) == {"Anna Weber"}
    ind = r.statements[r.statements.kind == "indirect"]
    assert list(zip(ind.text, ind.speaker, strict=True)) == [
        ("the new bridge would open in May", "Tom Reyes")
    ]


def test_candidate_number_roles_resolve_within_the_article():
    text = (
        "Judul\n\n"
        "Capres nomor urut 1, Andi Saputra, dan capres nomor urut 2, Budi Hartono, hadir dalam debat.\n"
        "Capres nomor urut 2 itu mengatakan kepada wartawan bahwa harga pangan harus turun tahun ini.\n"
    )
    ind = run(text).statements.query("kind == 'indirect'")
    assert list(zip(ind.text, ind.speaker, strict=True)) == [
        ("harga pangan harus turun tahun ini", "Budi Hartono")
    ]


def test_parenthetical_cue_inside_a_sentence():
    text = (
        "Judul\n\n"
        "Juru bicara kampanye Rina Marlina hadir dalam konferensi pers.\n"
        "Pemeriksaan itu, kata Rina, merupakan tindak lanjut dari laporan warga pekan lalu.\n"
    )
    ind = run(text).statements.query("kind == 'indirect'")
    row = ind[ind.text.str.startswith("Pemeriksaan itu")].iloc[0]
    assert row.speaker == "Rina Marlina" and row.cue == "kata"


def test_lowercase_role_then_name_and_bracketed_acronym_appositive():
    text = (
        "Judul\n\n"
        '"Pemilu ulang akan mahal sekali bagi daerah," kata analis politik Jerome Sainte dari lembaga survei.\n'
        '"Kami akan melaporkan kasus ini," kata Koordinator Masyarakat Antikorupsi (MAKA), Boyamin Saiman.\n'
    )
    d = direct(run(text))
    assert list(d.speaker) == ["Jerome Sainte", "Boyamin Saiman"]


def test_long_titles_with_conjunctions_and_acronyms():
    text = (
        "Judul\n\n"
        '"Kontrak itu akan selesai dibahas bulan depan," kata Menteri Energi dan Sumber Daya Mineral (ESDM) '
        "Ignasius Jonan di Jakarta.\n"
        '"Kami menyambut baik kedatangan tamu," kata Uskup Agung Jakarta Ignatius Suharyo, Rabu (31/5).\n'
    )
    d = direct(run(text))
    assert list(d.speaker) == ["Ignasius Jonan", "Ignatius Suharyo"]


def test_stage_progress_bar_when_asked(capsys):
    dk.analyze(pd.DataFrame([{"article_id": "a", "text": ID_DEBATE}]), progress=True, until="statements")
    assert "extracting statements" in capsys.readouterr().err
