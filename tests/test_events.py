"""Events: articles of one occasion, from dates (published or written), matches and shared speakers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import debatekit as dk
from debatekit import schema
from debatekit.align import align_statements
from debatekit.align.events import attach_events, build_events, days_apart, text_date
from debatekit.analysis import Analysis
from debatekit.check import find_discrepancies

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

QUOTE = "Kami akan membangun dua puluh sekolah baru di seluruh kabupaten dengan anggaran daerah tahun depan"
OTHER = "Pasar tradisional di pusat kota direnovasi agar pedagang kembali berjualan dengan nyaman"


def _statement(sid, art, text, speaker="x"):
    return {
        "statement_id": sid,
        "article_id": art,
        "kind": "direct",
        "text": text,
        "speaker_id": speaker,
        "speaker": speaker.upper(),
        "start": 0,
        "end": len(text),
    }


def _analysis(arts, sts):
    st = schema.frame(schema.STATEMENT_COLUMNS, sts)
    result = Analysis(articles=schema.frame(schema.ARTICLE_COLUMNS, arts), statements=st)
    result.matches, result.statement_groups, result.statements = align_statements(st)
    return result


def test_text_date_reads_year_less_dateline_before_past_full_dates():
    text = "Kasus itu bermula pada 2 November 2007. Ia berbicara di Jakarta, Rabu (24/8)."
    assert text_date(text, "id").iso() == "--08-24"
    assert text_date("The mayor spoke on Thursday, Oct. 17, 2024.", "en").iso() == "2024-10-17"
    assert text_date("Tidak ada tanggal di sini.", "id") is None


def test_days_apart_on_the_calendar_cycle_without_a_year():
    a, b = text_date("Senin (30/12)", "id"), text_date("Kamis (2/1)", "id")
    assert days_apart(a, b) == 3


def test_same_quote_months_apart_is_two_events_and_no_omission_across():
    arts = [
        {
            "article_id": "a",
            "text": "Jakarta, Senin (5/2/2024).",
            "language": "id",
            "published": "2024-02-05",
        },
        {"article_id": "b", "text": "", "language": "id", "published": "2024-02-06"},
        {"article_id": "c", "text": "", "language": "id", "published": "2024-05-20"},
    ]
    sts = [
        _statement("a:d0", "a", QUOTE),
        _statement("b:d0", "b", QUOTE),
        _statement("c:d0", "c", QUOTE),
        _statement("c:d200", "c", OTHER, "y"),
    ]
    result = _analysis(arts, sts)
    events, event_of = build_events(result.articles, result.statements, result.matches)
    assert event_of["a"] == event_of["b"] != event_of["c"]
    assert events["n_articles"].tolist().count(2) == 1 and len(events) == 2
    d = find_discrepancies(result)
    # c's other quote is not an omission: nobody else covers c's occasion
    assert "omission" not in set(d["kind"])
    # with c a day after b it is one event and c's second quote is what a and b left out
    arts[2]["published"] = "2024-02-07"
    d = find_discrepancies(_analysis(arts, sts))
    om = d[d.kind == "omission"]
    assert om["statement_ids"].tolist() == [["c:d200"]]
    # a follow-up of the same outlet leaves nothing out
    same_outlet = [dict(a, outlet="Kabar") for a in arts]
    assert "omission" not in set(find_discrepancies(_analysis(same_outlet, sts))["kind"])
    assert (
        om["event_id"].iloc[0]
        == build_events(schema.frame(schema.ARTICLE_COLUMNS, arts), None, _analysis(arts, sts).matches)[1][
            "c"
        ]
    )


def test_a_debate_corpus_stays_one_event_and_tables_carry_event_ids():
    result = dk.analyze(EXAMPLES / "debate_en" / "articles", until="matches")
    assert len(result.events) == 1
    ev = result.events.iloc[0]
    assert ev["n_articles"] == len(result.articles) and ev["first_date"] <= ev["last_date"]
    assert set(result.articles["event_id"]) == {ev["event_id"]}
    assert set(result.matches["event_id"]) == {ev["event_id"]}
    assert tuple(result.events.columns) == schema.EVENT_COLUMNS


def test_attach_events_is_deterministic_and_leaves_inputs_alone():
    arts = pd.DataFrame(
        {"article_id": ["b", "a"], "text": ["Selasa (12/12)", "Rabu (13/12)"], "language": ["id", "id"]}
    )
    m = schema.frame(schema.MATCH_COLUMNS, [{"article_id_a": "a", "article_id_b": "b", "match_id": "m"}])
    e1, a1, m1, _, _ = attach_events(arts, schema.frame(schema.STATEMENT_COLUMNS), m)
    e2, *_ = attach_events(arts.iloc[::-1], schema.frame(schema.STATEMENT_COLUMNS), m)
    assert e1.equals(e2) and len(e1) == 1
    assert "event_id" not in arts and m["event_id"].isna().all()
    assert a1["event_id"].nunique() == 1 and m1["event_id"].iloc[0] == e1["event_id"].iloc[0]


def test_a_talking_point_repeated_weeks_later_is_not_a_match_but_a_reprint_is():
    reworded = "Kami akan membangun dua puluh sekolah baru di kabupaten ini dengan anggaran daerah yang ada"
    arts = [
        {"article_id": "a", "text": "", "language": "id", "published": "2024-02-05"},
        {"article_id": "b", "text": "", "language": "id", "published": "2024-02-06"},
        {"article_id": "c", "text": "", "language": "id", "published": "2024-05-20"},
        {"article_id": "d", "text": "", "language": "id", "published": "2024-08-21"},
    ]
    sts = [
        _statement("a:d0", "a", QUOTE),
        _statement("b:d0", "b", QUOTE),
        _statement("c:d0", "c", QUOTE),  # a reprint months later: kept, without an event
        _statement("d:d0", "d", reworded),  # the same point in other words months later: dropped
    ]
    result = _analysis(arts, sts)
    assert {"verbatim", "reworded"} <= set(result.matches["relation"])
    events, _, matches, groups, statements = attach_events(
        result.articles, result.statements, result.matches, result.statement_groups
    )
    pairs = {(r.statement_id_a, r.statement_id_b): r.event_id for r in matches.itertuples()}
    assert ("a:d0", "b:d0") in pairs and pairs[("a:d0", "b:d0")] is not None
    assert ("a:d0", "c:d0") in pairs and pairs[("a:d0", "c:d0")] is None
    assert not [p for p in pairs if "d:d0" in p]
    assert statements.set_index("statement_id")["group_id"].isna().tolist() == [False, False, False, True]
    assert groups["n_statements"].tolist() == [3]
    assert result.statements["group_id"].notna().all()  # the caller's frame is unchanged


def test_groups_follow_sentences_not_a_whole_long_quote():
    from debatekit.align.groups import matched_part

    long = (
        "This budget puts families first and keeps property taxes flat. We are not asking anyone to pay "
        "more. We are asking the harbour to pay its own way."
    )
    assert matched_part(long, "We are asking the harbor to pay its own way.") == "s3"
    assert matched_part(long, long) is None
    arts = [{"article_id": x, "text": "", "language": "en", "published": "2025-03-04"} for x in "abc"]
    sts = [
        _statement("a:d0", "a", long),
        _statement("b:d0", "b", "This budget puts families first and keeps property taxes flat,"),
        _statement("c:d0", "c", "We are asking the harbor to pay its own way."),
    ]
    result = _analysis(arts, sts)
    assert len(result.statement_groups) == 1  # the aligner alone: one component through the long quote
    _, _, _, groups, statements = attach_events(
        result.articles, result.statements, result.matches, result.statement_groups
    )
    got = sorted(list(zip(g.statement_ids, g.parts, strict=True)) for g in groups.itertuples())
    assert got == [[("a:d0", "s1"), ("b:d0", None)], [("a:d0", "s3"), ("c:d0", None)]]
    gid = statements.set_index("statement_id")["group_id"]
    assert gid["b:d0"] != gid["c:d0"] and gid["a:d0"] in set(groups["group_id"])


def test_same_day_articles_quoting_three_of_the_same_people_are_one_event_two_are_not():
    arts = [
        {"article_id": x, "text": "", "language": "id", "published": "2024-03-10"} for x in ("a", "b", "c")
    ]
    sts = [_statement(f"{a}:d{k}", a, f"kalimat {a} nomor {k}", s) for a in "ab" for k, s in enumerate("xyz")]
    sts += [_statement(f"c:d{k}", "c", f"kalimat c nomor {k}", s) for k, s in enumerate("xy")]
    st = schema.frame(schema.STATEMENT_COLUMNS, sts)
    _, event_of = build_events(schema.frame(schema.ARTICLE_COLUMNS, arts), st, None)
    assert event_of["a"] == event_of["b"] != event_of["c"]


def test_relative_weekday_mentions_name_the_occasion_not_days_to_come():
    from debatekit.align.weekdays import relative_weekday

    assert relative_weekday("The governor said on Tuesday that the port would reopen.", "en") == 1
    assert relative_weekday("The vote is set for next Friday; the mayor spoke Wednesday.", "en") == 2
    assert relative_weekday("Menteri berbicara pada Selasa di Surabaya.", "id") == 1
    assert relative_weekday("Kamis lalu, bupati meresmikan jembatan itu.", "id") == 3
    assert relative_weekday("Sidang ditunda hingga Jumat, lalu dilanjutkan Senin depan.", "id") is None
    assert relative_weekday("Pertemuan akan dilakukan Senin pekan depan di kantor itu.", "id") is None
    assert relative_weekday("Bentrokan terjadi Jumat pekan lalu di pasar.", "id") == 4
    # a weekday with its date is a written date (text_date), not a relative mention
    assert relative_weekday("Bupati berbicara Rabu (24/8) di pendopo.", "id") is None
    # "minggu" is also "week": only read as Sunday after a past marker
    assert relative_weekday("Minggu lalu harga beras naik.", "id") is None
    assert relative_weekday("Warga berkumpul pada hari Minggu di alun-alun.", "id") == 6
    assert relative_weekday("He sat in the sun all day.", "en") is None
    # the occasion is named in the lead, not in the tenth paragraph
    assert relative_weekday("The port.\n" * 10 + "It closed on Monday.", "en") is None


def test_event_dates_come_from_the_weekday_of_the_occasion():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": [
                "The governor said on Tuesday that the port would reopen in June.",
                "The governor announced the port would reopen in June.",
            ],
            "published": ["2024-05-16", "2024-05-14"],  # a Thursday, and the Tuesday itself
            "language": ["en", "en"],
        }
    )
    m = pd.DataFrame({"article_id_a": ["a"], "article_id_b": ["b"]})
    events, event_of = build_events(arts, None, m)
    assert event_of["a"] == event_of["b"]
    assert (events.loc[0, "first_date"], events.loc[0, "last_date"]) == ("2024-05-14", "2024-05-14")
    # without a published date, the weekday is resolved against the date written in the text; a weekday
    # after that date is a detail of the story it dates
    undated = arts.drop(columns="published").assign(
        text=[
            "Gubernur berbicara pada Selasa di pelabuhan, kata juru bicaranya, Kamis (16/5/2024).",
            "Jakarta, Kamis (16/5/2024) - Gubernur berbicara. Pada Selasa, rapat digelar di pelabuhan.",
        ],
        language=["id", "id"],
    )
    events, _ = build_events(undated.iloc[:1], None, None)
    assert events.loc[0, "first_date"] == "2024-05-14"
    events, _ = build_events(undated.iloc[1:], None, None)
    assert events.loc[0, "first_date"] == "2024-05-16"


def test_a_weekday_occasion_never_stretches_the_window_of_published_dates():
    # both name Monday 13 May, but they were published six days apart: two events
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": ["The council met on Monday.", "The council met on Monday, members recalled."],
            "published": ["2024-05-13", "2024-05-19"],
            "language": ["en", "en"],
        }
    )
    m = pd.DataFrame({"article_id_a": ["a"], "article_id_b": ["b"]})
    events, event_of = build_events(arts, None, m)
    assert event_of["a"] != event_of["b"]
    assert sorted(events["first_date"]) == ["2024-05-13", "2024-05-13"]


# a spokesperson's formula said on two occasions (own text): the same words, two utterances
FORMULA_A = (
    "Jakarta - Komisi antikorupsi memeriksa Budi Santoso, kepala dinas pekerjaan umum, dalam kasus proyek"
    ' jembatan.\n"Dia diperiksa sebagai saksi untuk tersangka HS (Hendra Saputra)," kata juru bicara'
    ' komisi, Rina Kusuma, Rabu (6/3).\nBudi tiba di gedung komisi pukul 10.00 WIB.\n"Mereka juga'
    ' diperiksa sebagai saksi untuk HS," jelas Rina.'
)
FORMULA_B = (
    "Jakarta - Komisi antikorupsi memeriksa pengacara Dewi Lestari dalam kasus proyek jembatan.\n"
    '"Yang bersangkutan diperiksa sebagai saksi untuk tersangka Hendra Saputra (HS)," kata juru bicara'
    ' komisi Rina Kusuma di Jakarta, Jumat (8/3/2024).\n"Dua orang itu juga diperiksa sebagai saksi untuk'
    ' tersangka Hendra Saputra (HS)," kata Rina.\n"Kami meminta keterangan soal rapat di kantor dinas pada'
    ' awal tahun," kata Rina.'
)
FORMULA_C = (
    "Jakarta - Kepala dinas pekerjaan umum Budi Santoso diperiksa komisi antikorupsi dalam kasus proyek"
    ' jembatan.\n"Dia diperiksa sebagai saksi untuk tersangka Hendra Saputra (HS)," ujar juru bicara komisi'
    " Rina Kusuma, Rabu (6/3/2024)."
)


def test_said_on_reads_the_attribution_clause_of_a_statement():
    from debatekit.align.events import said_on

    start = FORMULA_A.index("Dia diperiksa")
    end = FORMULA_A.index('," kata juru')
    assert said_on(FORMULA_A, start, end, "id").iso() == "--03-06"
    later = FORMULA_A.index("Mereka juga")
    assert said_on(FORMULA_A, later, later + 40, "id") is None  # "jelas Rina." names no day
    text = 'On Tuesday, May 14, the mayor said: "We will reopen the bridge." Work starts June 3.'
    start = text.index("We will")
    assert said_on(text, start, text.index('."'), "en").iso() == "--05-14"  # before the quote


def test_one_formula_said_on_two_days_is_not_a_match_nor_one_event():
    arts = pd.DataFrame(
        [
            {"article_id": "a", "outlet": "kabar", "published": "2024-03-06", "text": FORMULA_A},
            {"article_id": "b", "outlet": "warta", "published": "2024-03-08", "text": FORMULA_B},
            {"article_id": "c", "outlet": "warta", "published": "2024-03-06", "text": FORMULA_C},
        ]
    )
    res = dk.analyze(arts, progress=False)
    pairs = {
        tuple(sorted((a, b))) for a, b in zip(res.matches.article_id_a, res.matches.article_id_b, strict=True)
    }
    assert ("a", "b") not in pairs and ("b", "c") not in pairs  # Wednesday's and Friday's examinations
    assert pairs == {("a", "c")}  # one day, one utterance, two outlets
    # "Mereka juga diperiksa" is another statement in the formula: c printed a's "Dia diperiksa" already
    assert res.matches.relation.tolist() == ["minor_edit"]
    events = sorted(sorted(a) for a in res.events.article_ids)
    assert events == [["a", "c"], ["b"]]
    flags = find_discrepancies(res)
    assert "wording" not in set(flags.kind)
    assert all(ids == ["a"] for ids in flags[flags.kind == "omission"].article_ids)


def test_a_short_phrase_on_another_occasion_is_not_kept_as_a_reprint():
    long = "mengakui kota pelabuhan sebagai ibu kota provinsi jika terpilih menjadi gubernur"
    short = "kota pelabuhan sebagai ibu kota provinsi"
    arts = [
        {"article_id": "a", "text": "x", "language": "id", "published": "2024-01-10"},
        {"article_id": "b", "text": "y", "language": "id", "published": "2024-09-02"},
    ]
    sts = [_statement("a:i0", "a", long), _statement("b:i0", "b", short)]
    for s in sts:
        s["kind"] = "indirect"
    result = _analysis(arts, sts)
    assert len(result.matches) == 1  # the matcher pairs them: one speaker, the words inside the other
    _, _, matches, _, _ = attach_events(result.articles, result.statements, result.matches)
    assert matches.empty


def test_with_a_published_date_a_weekday_after_the_first_written_date_is_no_occasion():
    # the published date dates the article, and the written dates are read only to bound the weekday
    # mentions: before the first one a weekday names the occasion, after it it is a detail of the story
    from debatekit.align.events import article_dates

    texts = {
        "before": "Gubernur berbicara pada Selasa di pelabuhan, kata juru bicaranya, Kamis (16/5/2024).",
        "after": "Jakarta, Kamis (16/5/2024) - Gubernur berbicara. Pada Selasa, rapat digelar di pelabuhan.",
        "undated": "Gubernur berbicara pada Selasa di pelabuhan.",
        "none": "Jakarta, Kamis (16/5/2024) - Gubernur berbicara di pelabuhan.",
    }
    arts = pd.DataFrame(
        {"article_id": list(texts), "text": list(texts.values()), "published": "2024-05-17", "language": "id"}
    )
    got = {a: (d.iso(), o.iso() if o else None) for a, (d, o) in article_dates(arts).items()}
    assert got == {
        "before": ("2024-05-17", "2024-05-14"),
        "after": ("2024-05-17", None),
        "undated": ("2024-05-17", "2024-05-14"),
        "none": ("2024-05-17", None),
    }
