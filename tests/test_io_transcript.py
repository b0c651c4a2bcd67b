"""Transcripts: plain text, CSV/JSON, WebVTT/SRT with voice tags; noisy text kept as is."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from debatekit import schema
from debatekit.io import ReadError, read_transcript

PLAIN = """MODERATOR: Selamat malam, silakan calon nomor satu.
Calon Satu: terima kasih eh pak moderator, kita kan sudah online
jadi digitalisasi sudah terjadi

CALON DUA
Hari ini UMKM belum ada digitalisasi.
Itu kenyataannya.
"""

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.500
<v Moderator>Selamat malam semuanya.

00:00:04.500 --> 00:00:08.000
<v Calon Satu>Kita sudah pakai online.

00:00:08.000 --> 00:00:10.000
bukan barang baru eh

NOTE a comment block

00:00:10.000 --> 00:00:12.250
<v.loud Calon Dua>Belum ada <i>digitalisasi</i>.
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
Moderator: Pertanyaan pertama.

2
00:00:03,500 --> 00:00:06,000
Calon Satu: Jawaban saya.
"""


def test_plain_text_colon_and_own_line_labels(tmp_path):
    p = tmp_path / "debat.txt"
    p.write_text(PLAIN, encoding="utf-8")
    t = read_transcript(p)
    assert list(t.columns) == list(schema.TURN_COLUMNS)
    assert list(t["speaker"]) == ["MODERATOR", "Calon Satu", "CALON DUA"]
    assert list(t["turn_id"]) == ["debat:t0", "debat:t1", "debat:t2"]
    # ASR noise ("eh", lower case) is kept exactly
    assert (
        t.loc[1, "text"]
        == "terima kasih eh pak moderator, kita kan sudah online\njadi digitalisasi sudah terjadi"
    )
    assert t.loc[2, "text"] == "Hari ini UMKM belum ada digitalisasi.\nItu kenyataannya."


def test_plain_text_given_as_string():
    t = read_transcript("A: satu\nB: dua\n")
    assert list(t["speaker"]) == ["A", "B"] and t.loc[0, "turn_id"] == "transcript:t0"


def test_webvtt_voice_tags_merge_and_times(tmp_path):
    p = tmp_path / "debat.vtt"
    p.write_text(VTT, encoding="utf-8")
    t = read_transcript(p)
    assert list(t["speaker"]) == ["Moderator", "Calon Satu", "Calon Dua"]
    assert t.loc[1, "text"] == "Kita sudah pakai online. bukan barang baru eh"
    assert (t.loc[1, "start_time"], t.loc[1, "end_time"]) == (4.5, 10.0)
    assert t.loc[2, "text"] == "Belum ada digitalisasi."


def test_srt_speaker_prefix(tmp_path):
    p = tmp_path / "debat.srt"
    p.write_text(SRT, encoding="utf-8")
    t = read_transcript(p)
    assert list(t["speaker"]) == ["Moderator", "Calon Satu"]
    assert list(t["text"]) == ["Pertanyaan pertama.", "Jawaban saya."]
    assert t.loc[1, "start_time"] == 3.5


def test_csv_json_jsonl_and_dataframe(tmp_path):
    rows = [
        {"speaker": "A", "text": "satu", "start": "00:01:02.5", "end": 65},
        {"speaker": "B", "text": "dua"},
    ]
    pd.DataFrame(rows).to_csv(tmp_path / "t.csv", index=False)
    (tmp_path / "t.json").write_text(json.dumps(rows), encoding="utf-8")
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    for name in ("t.csv", "t.json", "t.jsonl"):
        t = read_transcript(tmp_path / name)
        assert list(t["speaker"]) == ["A", "B"] and list(t["text"]) == ["satu", "dua"], name
        assert t.loc[0, "start_time"] == 62.5 and t.loc[0, "end_time"] == 65.0, name
    df = pd.DataFrame(rows)
    before = df.copy()
    assert list(read_transcript(df)["speaker"]) == ["A", "B"]
    pd.testing.assert_frame_equal(df, before)


def test_bad_transcripts_name_the_file(tmp_path):
    with pytest.raises(ReadError, match="missing.txt"):
        read_transcript(tmp_path / "missing.txt")
    (tmp_path / "bad.json").write_text("[{", encoding="utf-8")
    with pytest.raises(ReadError, match="bad.json.*malformed JSON"):
        read_transcript(tmp_path / "bad.json")
    with pytest.raises(ValueError, match="'text'"):
        read_transcript(pd.DataFrame({"speaker": ["A"]}))


def test_clock_times_and_numbers_are_not_speakers():
    t = read_transcript("Moderator: Pukul 10:30 kita mulai.\nPukul 10:30 kita lanjut\n12: angka\n")
    assert list(t["speaker"]) == ["Moderator"]
    assert t.loc[0, "text"] == "Pukul 10:30 kita mulai.\nPukul 10:30 kita lanjut\n12: angka"


REV = """Dana Parker: (00:05)
Good evening. Ms. Santos, what about housing?

Maria Santos: (00:12)
Rents have doubled. (APPLAUSE) I will build homes.

Thomas Reed : (01:02:03) That's not true [crosstalk]
"""


def test_rev_com_labels_with_time_and_stage_directions_as_events():
    t = read_transcript(REV)
    assert list(t["speaker"]) == ["Dana Parker", "Maria Santos", "Thomas Reed"]
    assert list(t["start_time"]) == [5.0, 12.0, 3723.0]
    # directions are events, not words
    assert t.loc[1, "text"] == "Rents have doubled. I will build homes."
    assert t.loc[1, "events"] == ["(APPLAUSE)"]
    assert t.loc[2, "text"] == "That's not true" and t.loc[2, "events"] == ["[crosstalk]"]
    assert t.loc[2, "interrupted"] and not t.loc[1, "interrupted"]
    assert list(t["line"]) == [1, 4, 7]


def test_interrupted_turns_and_spaced_colon_label():
    t = read_transcript(
        "MODERATOR : Your answer?\nREED: I was going to say --\nSANTOS: Let me finish…\nREED: Fine.\n"
    )
    assert list(t["speaker"]) == ["MODERATOR", "REED", "SANTOS", "REED"]
    assert list(t["interrupted"]) == [False, True, True, False]


BAD_VTT = """WEBVTT

00:00:01.000 -> 00:00:02.000
<v Moderator>First cue with a broken arrow.

00:00:02.000 --> 99:99:99.000
<v Moderator>Second cue with an impossible time.

00:00:05.000 --> 00:00:06.000
<v Calon Satu>Third cue is fine.
"""


def test_malformed_cues_become_warning_rows_with_file_and_line(tmp_path):
    p = tmp_path / "bad.vtt"
    p.write_text(BAD_VTT, encoding="utf-8")
    errors: list[dict] = []
    t = read_transcript(p, errors=errors)
    # no cue is dropped: both moderator cues are kept (without times), the good one keeps its times
    assert list(t["speaker"]) == ["Moderator", "Calon Satu"]
    assert t.loc[0, "text"] == "First cue with a broken arrow. Second cue with an impossible time."
    assert (t.loc[1, "start_time"], t.loc[1, "end_time"]) == (5.0, 6.0)
    assert [e["problem"] for e in errors] == ["bad_timestamp", "bad_timestamp"]
    assert all(e["fatal"] is False and str(p) in e["message"] for e in errors)
    assert "line 3:" in errors[0]["message"] and "line 6:" in errors[1]["message"]


def test_malformed_cue_without_errors_list_warns():
    with pytest.warns(UserWarning) as caught:
        t = read_transcript(BAD_VTT)
    assert len(t) == 2
    assert [str(w.message).split(":")[1].strip() for w in caught] == ["line 3", "line 6"]


def test_analyze_reports_transcript_warnings_in_errors(tmp_path):
    import debatekit as dk

    p = tmp_path / "bad.srt"
    p.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nModerator: Pertanyaan pertama?\n\n"
        "2\n00:00:03,500 --> 00:61:00,000\nCalon Satu: Jawaban saya.\n",
        encoding="utf-8",
    )
    res = dk.analyze([], transcript=p)
    assert list(res.errors["problem"]) == ["bad_timestamp"]
    assert "bad.srt: line 6" in res.errors.loc[0, "message"]
    assert list(res.turns["speaker"]) == ["Moderator", "Calon Satu"]


def test_crosstalk_inside_a_turn_is_no_interruption_and_titles_stay_in_labels():
    t = read_transcript(
        "MR. TRUMP: Wrong. (CROSSTALK)\nI will say this.\n\nVICE PRESIDENT BIDEN: No [crosstalk]\n"
    )
    assert list(t["speaker"]) == ["MR. TRUMP", "VICE PRESIDENT BIDEN"]
    assert list(t["interrupted"]) == [False, True]
    assert t.loc[0, "text"] == "Wrong.\nI will say this."


def test_caption_speaker_changes_split_turns():
    yt = (
        "WEBVTT\nKind: captions\n\n00:00:01.000 --> 00:00:03.000 align:start position:0%\n"
        ">> Good evening<00:00:02.000><c> everyone</c>\n\n00:00:03.000 --> 00:00:05.000\nand welcome\n\n"
        "00:00:05.000 --> 00:00:07.000\n>> Thank you very much.\n"
    )
    t = read_transcript(yt)
    assert list(t["text"]) == ["Good evening everyone and welcome", "Thank you very much."]
    assert list(t["start_time"]) == [1.0, 5.0]
    srt = "1\n00:00:01,000 --> 00:00:03,000\n- Are you ready?\n- Yes, we are - uh - ready.\n"
    assert list(read_transcript(srt)["text"]) == ["Are you ready?", "Yes, we are - uh - ready."]
