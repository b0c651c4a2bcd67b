"""Who is speaking: one test per attribution pattern, on short passages written for these tests."""

from __future__ import annotations

import pandas as pd

import debatekit as dk


def run(text: str, language: str = "en", **options) -> dk.Analysis:
    df = pd.DataFrame([{"article_id": "a", "text": text, "language": language}])
    return dk.analyze(df, until="statements", **options)


def speaker_of(result, start: str) -> str | None:
    st = result.statements
    rows = st[st.text.str.startswith(start)]
    assert len(rows), f"no statement starts with {start!r}: {list(st.text)}"
    return rows.iloc[0].speaker


HEAD = "Harbour Council Votes on Ferry Fares\n\n"


def test_premodified_name_before_the_verb_after_a_quote():
    text = HEAD + '"The ferry has never been this crowded," former harbour master Ottilie Brannock said.\n'
    assert speaker_of(run(text), "The ferry has never") == "Ottilie Brannock"


def test_appositive_between_name_and_verb_after_a_quote():
    text = HEAD + '"We cannot raise fares again," Ottilie Brannock, a ferry captain from Port Elwin, said.\n'
    assert speaker_of(run(text), "We cannot raise") == "Ottilie Brannock"


def test_verb_first_cue_takes_the_last_name_of_the_noun_phrase():
    text = (
        HEAD
        + '"The vote is a betrayal of commuters," said Riverside Transit Union president Casimir Obuya.\n'
        + '"We will keep counting the ballots," added his deputy campaign manager Lorna Fitch.\n'
        + '"Nobody asked the islanders," said Wendell Ashgrove of the Elwin Residents Forum.\n'
    )
    res = run(text)
    assert speaker_of(res, "The vote is a betrayal") == "Casimir Obuya"
    assert speaker_of(res, "We will keep counting") == "Lorna Fitch"
    assert speaker_of(res, "Nobody asked the islanders") == "Wendell Ashgrove"


def test_abbreviated_title_after_a_verb_does_not_end_the_sentence():
    text = HEAD + '"Fares must come down," said Rep. Imelda Sorrento at a town hall.\n'
    assert speaker_of(run(text), "Fares must come down") == "Imelda Sorrento"


def test_possessive_is_no_name_and_no_subject():
    text = (
        HEAD
        + "Ottilie Brannock criticised the plan on Monday.\n"
        + "Casimir Obuya opened by attacking Brannock's record, arguing that fares had doubled in a decade.\n"
    )
    res = run(text)
    assert speaker_of(res, "fares had doubled") == "Casimir Obuya"
    assert not any("'" in n for n in res.speakers.name)


def test_tweeted_and_wrote_are_cues():
    text = (
        HEAD
        + '"The council has lost its way on the ferries," Ottilie Brannock tweeted on Friday.\n'
        + '"Our crews deserve better than this," Casimir Obuya wrote in a letter.\n'
    )
    res = run(text)
    assert speaker_of(res, "The council has lost") == "Ottilie Brannock"
    assert speaker_of(res, "Our crews deserve") == "Casimir Obuya"


def test_scare_quote_inside_the_reporters_sentence_is_not_read_past_the_quote():
    text = (
        HEAD
        + 'The council promised "robust steps" before the vote, though the ferry captains were not consulted.\n'
    )
    st = run(text).statements
    assert not len(st[(st.kind == "direct") & (st.text == "robust steps")].dropna(subset=["speaker"]))


# -- one person, one id ------------------------------------------------------------------------------
def corpus(*texts: str, language: str = "en", **options) -> dk.Analysis:
    df = pd.DataFrame([{"article_id": f"a{i}", "text": t, "language": language} for i, t in enumerate(texts)])
    return dk.analyze(df, until="statements", **options)


def ids_of(result, start: str) -> set[str]:
    st = result.statements
    return set(st[st.text.str.startswith(start)].speaker_id)


def statements_by_article(head: str, language: str, **bodies: str) -> pd.DataFrame:
    """Statements of one article per keyword (id: the keyword, text: ``head`` + the value), by article id."""
    df = pd.DataFrame(
        [{"article_id": aid, "language": language, "text": head + body} for aid, body in bodies.items()]
    )
    return dk.analyze(df, until="statements").statements.set_index("article_id")


def test_surname_only_article_joins_the_one_full_name():
    res = corpus(
        HEAD + "Ottilie Brannock said the ferry fares would fall next year.\n",
        HEAD + '"The timetable is a mess," Brannock said.\n',
        HEAD + '"Crews are tired," Ottilie told reporters on the pier.\n',
    )
    assert ids_of(res, "the ferry fares") == ids_of(res, "The timetable") == ids_of(res, "Crews are tired")
    assert res.speakers.name.tolist() == ["Ottilie Brannock"]
    assert {"Brannock", "Ottilie", "Ottilie Brannock"} <= set(res.speakers.aliases.iloc[0])


def test_shared_surname_goes_to_the_person_named_in_far_more_articles():
    full = HEAD + "Casimir Obuya said the ferry fares would fall.\n"
    res = corpus(
        full,
        full,
        full,
        full,
        HEAD + "Lorna Obuya said the pier was unsafe.\n",
        HEAD + '"The timetable is a mess," Obuya said.\n',
    )
    assert ids_of(res, "The timetable") == {"casimir-obuya"}


def test_generational_suffix_keeps_father_and_son_apart():
    res = corpus(
        HEAD + "Casimir Obuya Jr. said the fares were too high. Casimir Obuya said the pier was unsafe.\n",
        HEAD + '"The ferry is late again," Casimir Obuya said.\n',
    )
    son, father = ids_of(res, "the fares were"), ids_of(res, "the pier was")
    assert son != father
    assert ids_of(res, "The ferry is late") == father


def test_middle_initial_stays_inside_the_name():
    res = corpus(
        HEAD + "Ottilie K. Brannock said the ferry fares would fall.\n",
        HEAD + "Ottilie Brannock said the pier was unsafe.\n",
    )
    assert ids_of(res, "the ferry fares") == ids_of(res, "the pier was")
    assert res.speakers.name.iloc[0].replace(".", "") == "Ottilie K Brannock"


def test_sentence_opening_word_is_not_glued_to_a_name():
    res = corpus(
        HEAD
        + "Casimir Obuya spoke at the pier.\n"
        + "Despite Obuya's warnings, the council voted.\n"
        + "Obuya said the vote was rushed.\n"
    )
    assert res.speakers.name.tolist() == ["Casimir Obuya"]
    assert not any("Despite" in a for a in res.speakers.aliases.iloc[0])


# -- a user's alias table ----------------------------------------------------------------------------
def test_alias_table_joins_a_nickname_and_initials_to_the_full_name(tmp_path):
    texts = (
        HEAD + "Casimir Obuya said the ferry fares would fall.\n",
        HEAD + '"The timetable is a mess," Cazzo said.\n',
    )
    plain = corpus(*texts)
    assert len(set(plain.statements.speaker_id)) == 2
    joined = corpus(*texts, aliases={"Casimir Obuya": ["Cazzo"]})
    assert set(joined.statements.speaker) == {"Casimir Obuya"}
    assert {"Cazzo", "Casimir Obuya"} <= set(joined.speakers.aliases.iloc[0])

    from debatekit.extract.aliases import apply_aliases, read_aliases_csv

    path = tmp_path / "aliases.csv"
    path.write_text("name,alias\nCasimir Obuya,Cazzo\n", encoding="utf-8")
    assert read_aliases_csv(path) == {"Casimir Obuya": ["Cazzo"]}
    moved, names = apply_aliases(
        {1: {"Casimir Obuya"}, 2: {"CO"}}, {1: "Casimir Obuya", 2: "CO"}, {"Casimir Obuya": ()}
    )
    assert moved == {1: 1, 2: 1} and names == {1: "Casimir Obuya"}


def test_alias_table_errors_are_clear(tmp_path):
    import pytest

    with pytest.raises(TypeError, match="aliases must be a mapping"):
        corpus(HEAD + "Casimir Obuya said the fares would fall.\n", aliases=["Cazzo"])
    path = tmp_path / "bad.csv"
    path.write_text("Casimir Obuya\n", encoding="utf-8")
    from debatekit.extract.aliases import read_aliases_csv

    with pytest.raises(ValueError, match=r"bad.csv, line 1"):
        read_aliases_csv(path)


# -- the attributor seam -----------------------------------------------------------------------------
def test_attributor_replaces_the_rules_for_every_article():
    from debatekit.extract.attributor import RuleAttributor

    class Recording(RuleAttributor):
        seen: list[str] = []

        def extract(self, article_id, text, language, title):
            self.seen.append(article_id)
            ex = super().extract(article_id, text, language, title)
            ex.statements = [s for s in ex.statements if s["kind"] == "direct"]
            return ex

    text = HEAD + "Casimir Obuya said the fares would fall.\n" + '"The pier is unsafe," Obuya said.\n'
    model = Recording()
    res = run(text, attributor=model)
    assert model.seen == ["a"]
    assert list(res.statements.kind) == ["direct"] and res.statements.speaker.iloc[0] == "Casimir Obuya"
    assert len(run(text).statements) == 2


def test_attributor_without_extract_is_refused():
    import pytest

    with pytest.raises(TypeError, match="attributor must have an extract"):
        run(HEAD + "Casimir Obuya said the fares would fall.\n", attributor=object())


def test_colon_lead_in_without_a_verb_names_the_speaker():
    text = HEAD + 'Here is Ottilie Brannock at the pier in 2019: "The boats are older than the captains."\n'
    res = run(text)
    assert speaker_of(res, "The boats are older") == "Ottilie Brannock"
    assert res.statements.cue.iloc[0] == ":"


def test_quote_without_a_cue_takes_the_speaker_of_reported_speech_just_before():
    text = (
        HEAD
        + "Casimir Obuya said the council had ignored the crews for years.\n"
        + '"We asked for new boats in the spring and nobody answered."\n'
    )
    assert speaker_of(run(text), "We asked for new boats") == "Casimir Obuya"


def test_quote_without_a_cue_after_someone_else_is_introduced_is_not_inherited():
    text = (
        HEAD
        + "Casimir Obuya said the council had ignored the crews for years.\n"
        + "Lorna Fitch, who runs the kiosk, sells tickets to tourists every morning.\n"
        + '"We asked for new boats in the spring and nobody answered."\n'
    )
    assert speaker_of(run(text), "We asked for new boats") != "Casimir Obuya"


# -- Indonesian ----------------------------------------------------------------------------------------
ID_HEAD = "Warga Tolak Kenaikan Tarif Kapal\n\n"


def test_indonesian_verb_first_cue_with_a_long_description_before_the_name():
    text = (
        ID_HEAD
        + '"Tarif kapal naik dua kali tahun ini," kata anggota tim peneliti dari Universitas Tanjung, '
        + "Wiratmo Sastrodiharjo, seusai rapat, Senin (3/2).\n"
        + '"Nelayan tidak pernah diajak bicara," kata ekonom dan pemerhati kebijakan Larasati Wuryaningsih '
        + "pada diskusi daring.\n"
    )
    res = run(text, language="id")
    assert speaker_of(res, "Tarif kapal naik") == "Wiratmo Sastrodiharjo"
    assert speaker_of(res, "Nelayan tidak pernah") == "Larasati Wuryaningsih"


def test_indonesian_sentence_opening_word_is_not_part_of_the_name():
    text = (
        ID_HEAD
        + "Wiratmo Sastrodiharjo hadir di dermaga.\n"
        + 'Lagi-lagi Wiratmo menolak rencana itu. "Kami tidak setuju," ujar Wiratmo.\n'
    )
    res = run(text, language="id")
    assert res.speakers.name.tolist() == ["Wiratmo Sastrodiharjo"]


# -- speaker kind ------------------------------------------------------------------------------------
def test_speaker_kind_column_and_places_never_speak():
    from debatekit.extract.kinds import speaker_kind

    assert speaker_kind("Ottilie Brannock", "en") == "person"
    assert speaker_kind("Harbour Ferry Union", "en") == "organisation"
    assert speaker_kind("Ohio", "en") == "place" and speaker_kind("Indonesia", "id") == "place"
    assert speaker_kind("a spokesperson", "en") == "description"
    text = HEAD + '"The ferry fares will fall," Ohio said. Ottilie Brannock said the pier was unsafe.\n'
    res = run(text)
    assert res.speakers.kind.tolist() == ["person"] and res.speakers.name.tolist() == ["Ottilie Brannock"]
    assert pd.isna(speaker_of(res, "The ferry fares"))


def test_place_inside_an_appositive_does_not_win_the_speaker():
    text = HEAD + "Ottilie Brannock, a teacher from Surabaya, said the ferry fares would fall.\n"
    assert speaker_of(run(text), "the ferry fares") == "Ottilie Brannock"


def test_organisation_prefix_is_not_part_of_an_indonesian_name():
    from debatekit.extract.names import lexicon, split_role_and_name
    from debatekit.extract.text_units import words
    from debatekit.lang import get_pack

    lex = lexicon(get_pack("id"))
    role, name = split_role_and_name(words("KPU Tanjung Wiratmo Sastrodiharjo"), lex)
    assert [w.text for w in name] == ["Wiratmo", "Sastrodiharjo"] and [w.text for w in role] == [
        "KPU",
        "Tanjung",
    ]
    _, plain = split_role_and_name(words("Wiratmo Sastrodiharjo"), lex)
    assert [w.text for w in plain] == ["Wiratmo", "Sastrodiharjo"]


def test_bracketed_party_and_state_between_name_and_verb():
    text = HEAD + '"The ferry is a lifeline for the islands," Rep. Imelda Sorrento (D-Wis.) said Friday.\n'
    assert speaker_of(run(text), "The ferry is a lifeline") == "Imelda Sorrento"


def test_possessive_premodifier_before_the_name_after_a_quote():
    text = HEAD + '"We are pleased with the ruling on fares," Brannock lawyer Casimir Obuya said.\n'
    assert speaker_of(run(text), "We are pleased") == "Casimir Obuya"


def test_role_with_middle_initial_and_place_after_a_verb_first_cue():
    text = (
        HEAD
        + '"The fares are a scandal for the islands," said Representative Casimir T. Obuya of Port Elwin.\n'
    )
    assert speaker_of(run(text), "The fares are a scandal").replace(".", "") == "Casimir T Obuya"


def test_dash_after_a_quote_names_the_speaker():
    text = HEAD + "“We should build a bridge and forget the ferries.” ― Lorna Fitch\n"
    res = run(text)
    assert speaker_of(res, "We should build a bridge") == "Lorna Fitch"


def test_indonesian_shortened_name_word_stands_for_the_full_name():
    text = (
        ID_HEAD
        + "Wali Kota Tanjung Larasati Wuryaningsih meninjau dermaga.\n"
        + '"Kapal harus aman untuk warga," kata Wurya.\n'
    )
    res = run(text, language="id")
    assert speaker_of(res, "Kapal harus aman") == "Larasati Wuryaningsih"
    en = run(HEAD + "Lorna Fitchley visited the pier.\n" + '"The boats must be safe," said Fitch.\n')
    assert speaker_of(en, "The boats must be safe") != "Lorna Fitchley"  # English does not truncate names


def speakers_of(result) -> set[str]:
    return set(result.statements.speaker.dropna())


def test_indonesian_institution_nouns_are_not_part_of_the_name_after_a_title():
    text = (
        ID_HEAD
        + "Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat Larasati Wuryaningsih mengatakan, tanggul sudah dibangun.\n"
        + "”Kami menambah dua pompa air tahun ini,” ujarnya.\n"
    )
    res = run(text, language="id")
    assert speaker_of(res, "Kami menambah dua pompa") == "Larasati Wuryaningsih"
    assert not any("Rakyat" in s or "Perumahan" in s for s in speakers_of(res))


def test_indonesian_place_word_after_a_role_does_not_open_the_name():
    text = (
        ID_HEAD
        + "Banjir kembali melanda permukiman di Kalimaya pada Senin.\n"
        + "Wali Kota Kalimaya Darsono meninjau lokasi banjir.\n"
        + "”Kami akan membangun tanggul baru,” ujarnya.\n"
    )
    res = run(text, language="id")
    assert speaker_of(res, "Kami akan membangun tanggul") == "Darsono"


def test_indonesian_role_and_one_name_word_after_a_cue_verb_is_a_person():
    text = (
        ID_HEAD
        + "Warga di Kalimaya menunggu bantuan sejak pekan lalu.\n"
        + "”Bantuan harus sampai minggu ini,” kata Presiden Wirabumi.\n"
        + "”Kami sudah menyiapkan gudang,” kata Wali Kota Kalimaya.\n"
    )
    res = run(text, language="id")
    assert speaker_of(res, "Bantuan harus sampai") == "Wirabumi"
    assert "Kalimaya" not in speakers_of(res)  # the article uses it as a place


def test_indonesian_blend_nickname_is_the_full_name_in_and_across_articles():
    df = pd.DataFrame(
        [
            {
                "article_id": "a",
                "language": "id",
                "text": ID_HEAD
                + "Presiden Darmo Wiratama meresmikan dermaga baru.\n"
                + "”Dermaga ini untuk nelayan,” kata Darmowi.\n",
            },
            {
                "article_id": "b",
                "language": "id",
                "text": ID_HEAD + "”Nelayan harus dilindungi,” kata Darmowi di Kalimaya.\n",
            },
        ]
    )
    st = dk.analyze(df, until="statements").statements
    assert set(st.speaker_id.dropna()) == {"darmo-wiratama"}


def test_indonesian_initials_inside_a_name_stay_in_the_name():
    text = (
        ID_HEAD
        + "Menteri Kelautan Bagas PR Santoso meninjau pelabuhan.\n"
        + "”Kapal ikan harus berizin,” kata Bagas.\n"
    )
    assert speaker_of(run(text, language="id"), "Kapal ikan harus") == "Bagas PR Santoso"


def test_indonesian_title_read_past_a_connector_and_a_bracketed_short_form():
    text = (
        ID_HEAD
        + "Ketua Umum Pengurus Besar Lembaga Dakwah Nusantara (PBLDN) Hasan Basri Munir"
        + " mengatakan, sekolah harus dibuka.\n"
        + "”Anak-anak sudah terlalu lama di rumah,” ujarnya.\n"
    )
    res = run(text, language="id")
    assert speaker_of(res, "Anak-anak sudah terlalu lama").endswith("Basri Munir")
    assert not any("Nusantara" in s for s in speakers_of(res))


def test_indonesian_third_name_word_kept_when_the_article_opens_a_run_with_the_first_two():
    text = (
        ID_HEAD
        + "Menteri Keuangan Sri Wulandari Kusumo mengatakan, anggaran cukup.\n"
        + "Sri Wulandari juga mengingatkan soal utang.\n"
        + "”Utang harus dijaga,” ujarnya.\n"
    )
    assert speaker_of(run(text, language="id"), "Utang harus dijaga") == "Sri Wulandari Kusumo"


def test_short_name_inside_two_full_names_joins_the_one_that_holds_it_as_a_run():
    st = statements_by_article(
        ID_HEAD,
        "id",
        a="”Pasar harus dibuka,” kata Made Arya Wibisono.\n",
        b="”Harga beras naik,” kata Arya Kusuma Wibisono Putra.\n",
        c="”Pedagang sudah siap,” kata Arya Wibisono.\n",
    )
    assert st.loc["c", "speaker_id"] == st.loc["a", "speaker_id"]
    assert st.loc["b", "speaker_id"] != st.loc["a", "speaker_id"]


def test_indonesian_verb_first_title_without_a_name_takes_the_name_closing_it():
    text = (
        ID_HEAD
        + "”Jadwal kereta kembali normal,” kata Manajer Humas PT Kereta Api Daop 8 Kalimaya Suprapto.\n"
    )
    assert speaker_of(run(text, language="id"), "Jadwal kereta kembali").endswith("Suprapto")


def test_indonesian_lone_name_joins_the_namesake_with_the_same_role():
    st = statements_by_article(
        ID_HEAD,
        "id",
        a="”Pasar dibuka besok,” kata Wali Kota Kalimaya Mohammad Darsono.\n",
        b="”Anggaran sudah siap,” kata anggota DPR Darsono Hadiwijoyo.\n",
        c="Banjir melanda kawasan di Kalimaya.\n”Tanggul segera dibangun,” kata Wali Kota Kalimaya Darsono.\n",
    )
    assert st.loc["c", "speaker_id"] == st.loc["a", "speaker_id"] == "mohammad-darsono"


def test_short_name_that_two_full_names_extend_differently_joins_neither():
    st = statements_by_article(
        HEAD,
        "en",
        a='"The fares must fall," said Dana Whitlow Marsh.\n',
        b='"Tickets sold out," said Dana Whitlow Benning.\n',
        c='"We expect delays," said Dana Whitlow.\n',
    )
    assert st.loc["a", "speaker_id"] != st.loc["b", "speaker_id"]


def test_indonesian_one_name_word_after_a_body_in_a_cue_subject_is_a_person():
    text = (
        ID_HEAD
        + "Direktur Perkapalan Kemenhub Wirabumi mengatakan, kapal baru tiba pekan depan.\n"
        + "”Dua kapal sudah siap berlayar,” ujarnya.\n"
    )
    assert speaker_of(run(text, language="id"), "Dua kapal sudah siap") == "Wirabumi"


def test_title_is_not_carried_over_a_connector_once_a_name_ended_it():
    text = (
        HEAD
        + "Mayor Ottilie Brannock and Council member Casimir Brannock clashed on Thursday.\n"
        + '"Fares must come down," Ottilie Brannock said.\n'
        + '"Fares must go up," Casimir Brannock said.\n'
    )
    res = run(text)
    assert set(res.mentions.speaker_id) >= {"ottilie-brannock", "casimir-brannock"}
    first = res.mentions[res.mentions.start < text.index("clashed")]
    assert set(first.speaker_id) == {"ottilie-brannock", "casimir-brannock"}


def test_indonesian_nya_cue_after_a_person_only_mentioned_goes_to_the_last_speaker():
    text = (
        ID_HEAD
        + "Bupati Harun Wibisono meninjau dermaga Lembang pekan lalu.\n\n"
        + "Kepala Dinas Perikanan Kabupaten Lembang Sari Kusumawati mengatakan, nelayan masih melaut.\n\n"
        + "Dalam kunjungan itu, Harun Wibisono memilih tetap di dalam mobil.\n\n"
        + "”Kami sudah menyiapkan bantuan solar bagi nelayan kecil,” katanya.\n"
    )
    assert speaker_of(run(text, language="id"), "Kami sudah menyiapkan") == "Sari Kusumawati"


def test_indonesian_nya_cue_after_a_newly_introduced_person_stays_with_that_person():
    text = (
        ID_HEAD
        + "Kepala Dinas Perikanan Kabupaten Lembang Sari Kusumawati mengatakan, nelayan masih melaut.\n\n"
        + "Ketua Kelompok Nelayan Bahari Joko Pramudito sudah tiga hari tidak melaut.\n\n"
        + "”Solar sudah habis sejak awal bulan,” katanya.\n"
    )
    assert speaker_of(run(text, language="id"), "Solar sudah habis") == "Joko Pramudito"


def test_reporting_verbs_of_the_pack_are_cues():
    text = (
        HEAD
        + "Ottilie Brannock opened the meeting on Monday.\n\n"
        + '"We will not give up the night ferry," Casimir Obuya chimed in.\n\n'
        + 'Lorna Fitch spoke next, responding, "The night ferry loses money every week."\n\n'
        + '"The islanders voted for this service," Imelda Sorrento reminded the council.\n\n'
        + '"This budget is a joke," Wendell Ashgrove fumed.\n\n'
        + "Brannock vowed that fares would not rise this year.\n\n"
        + "Obuya pledged to keep the night ferry running.\n"
    )
    res = run(text)
    assert speaker_of(res, "We will not give up") == "Casimir Obuya"
    assert speaker_of(res, "The night ferry loses") == "Lorna Fitch"
    assert speaker_of(res, "The islanders voted") == "Imelda Sorrento"
    assert speaker_of(res, "This budget is a joke") == "Wendell Ashgrove"
    assert speaker_of(res, "fares would not rise") == "Ottilie Brannock"
    assert speaker_of(res, "to keep the night ferry") == "Casimir Obuya"


def test_indonesian_conjunction_glued_to_a_name_is_not_part_of_the_subject():
    text = (
        "Wali Kota Kotabaru Rahmat Siregar meninjau pelabuhan, Senin.\n\n"
        + "Bahwa Rahmat Siregar menyebut tarif tidak akan naik tahun ini.\n\n"
        + "Lantas Rahmat mengatakan pelabuhan baru akan dibangun.\n"
    )
    res = run(text, language="id")
    assert speaker_of(res, "tarif tidak akan naik") == "Rahmat Siregar"
    assert speaker_of(res, "pelabuhan baru akan") == "Rahmat Siregar"


def test_indonesian_singkatnya_is_a_cue_of_the_last_person():
    text = (
        "Wali Kota Kotabaru Rahmat Siregar meninjau pelabuhan, Senin.\n\n"
        + '"Kami akan menambah kapal," kata Darsono Wibowo.\n\n'
        + '"Pelabuhan ini terlalu kecil untuk kapal besar," singkatnya.\n'
    )
    res = run(text, language="id")
    st = res.statements
    row = st[st.text.str.startswith("Pelabuhan ini terlalu")].iloc[0]
    assert row.cue == "singkat"
    assert row.speaker == "Darsono Wibowo"
