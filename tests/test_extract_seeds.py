"""Statement extraction and attribution on the five real seed articles against the hand annotation."""

from __future__ import annotations

import re

import pytest


def _norm(s: str) -> str:
    return re.sub(r"[\W_]+", " ", str(s).lower()).strip()


@pytest.fixture(scope="module")
def seed_statements(seeds_frame):
    import debatekit as dk

    return dk.analyze(seeds_frame, until="statements")


def _speaker_ok(pred, gold_name, gold) -> bool:
    if not isinstance(pred, str):
        return False
    aliases = {_norm(a) for a in gold["speakers"][gold_name]} | {_norm(gold_name)}
    return _norm(pred) in aliases


def test_every_gold_direct_quote_found_exactly_with_its_speaker(seed_statements, seeds_gold):
    st = seed_statements.statements
    direct = st[st.kind == "direct"]
    for q in seeds_gold["quotes"]:
        rows = direct[(direct.article_id == q["doc"]) & (direct.text.map(_norm) == _norm(q["text"]))]
        assert len(rows) == 1, f"{q['id']} not found exactly once"
        assert _speaker_ok(rows.iloc[0].speaker, q["speaker"], seeds_gold), (q["id"], rows.iloc[0].speaker)


def test_no_extra_direct_quotes_and_no_scare_quotes(seed_statements, seeds_gold):
    direct = seed_statements.statements.query("kind == 'direct'")
    assert len(direct) == len(seeds_gold["quotes"])
    for nq in seeds_gold["not_quotes"]:
        texts = direct[direct.article_id == nq["doc"]].text.map(_norm)
        assert _norm(nq["text"]) not in set(texts), nq


def test_text_is_exact_slice_of_cleaned_article(seed_statements):
    arts = seed_statements.articles.set_index("article_id")["text"]
    for row in seed_statements.statements.itertuples():
        assert arts[row.article_id][row.start : row.end] == row.text


def test_indirect_statements_found_with_speaker(seed_statements, seeds_gold):
    ind = seed_statements.statements.query("kind == 'indirect'")
    ok = 0
    for g in seeds_gold["indirect_statements"]:
        cands = ind[(ind.article_id == g["doc"]) & ind.text.map(lambda t, g=g: _norm(g["text"]) in _norm(t))]
        if any(_speaker_ok(s, g["speaker"], seeds_gold) for s in cands.speaker):
            ok += 1
    assert ok >= 11, ok


def test_speakers_are_the_gold_people_once_each(seed_statements, seeds_gold):
    names = list(seed_statements.speakers["name"])
    assert len(names) == len(seeds_gold["speakers"])
    for gold_name in seeds_gold["speakers"]:
        assert sum(_speaker_ok(n, gold_name, seeds_gold) for n in names) == 1, gold_name
    # the two Nasutions stay apart
    ids = dict(zip(seed_statements.speakers.name, seed_statements.speakers.speaker_id, strict=True))
    assert ids["Bobby Nasution"] != ids["Akhyar Nasution"]


def test_full_name_with_degrees_and_epithets_resolve_to_one_speaker(seed_statements):
    sp = seed_statements.speakers.set_index("name")
    aliases = set(sp.loc["Bobby Nasution", "aliases"])
    assert "Muhammad Bobby Afif Nasution" in aliases  # "..., S.E., M.M." stripped
    assert "Menantu Presiden Jokowi" in aliases  # an epithet is not a new person
    assert "Wali Kota Medan" in sp.loc["Bobby Nasution", "roles"]
    assert sp.loc["Bobby Nasution", "n_articles"] == 4


def test_ids_are_deterministic(seeds_frame):
    import debatekit as dk

    a = dk.analyze(seeds_frame, until="statements").statements
    b = dk.analyze(seeds_frame.iloc[::-1].reset_index(drop=True), until="statements").statements
    assert list(a.statement_id) == list(b.statement_id)
    assert list(a.speaker_id) == list(b.speaker_id)
