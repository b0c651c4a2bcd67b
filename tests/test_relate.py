"""The relate stage: cue resolution, contradictions, stance models, topics, graph, queries, language packs."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from debatekit import schema
from debatekit.analysis import Analysis
from debatekit.lang import AVAILABLE, get_pack
from debatekit.relate import exchange, rebuttals_of, relate, topic_subgraph
from debatekit.relate.polarity import contested_words, evaluation, flip, proposition_polarity
from debatekit.relate.propositions import named_speakers


def make(
    text: str, quotes: list[tuple[str, str, str]], language: str = "en", article_id: str = "a1"
) -> Analysis:
    """An analysis of one article; ``quotes`` are (speaker name, exact substring, kind)."""
    statements, names = [], {}
    for name, q, kind in quotes:
        start = text.index(q)
        sid = name.lower().replace(" ", "-")
        names[sid] = name
        statements.append(
            {
                "statement_id": f"{article_id}:{kind[0]}{start}",
                "article_id": article_id,
                "kind": kind,
                "text": q,
                "speaker_id": sid,
                "speaker": name,
                "start": start,
                "end": start + len(q),
            }
        )
    speakers = [{"speaker_id": s, "name": n, "aliases": [n], "roles": []} for s, n in sorted(names.items())]
    title = text.split("\n", 1)[0]
    return Analysis(
        articles=schema.frame(
            schema.ARTICLE_COLUMNS,
            [{"article_id": article_id, "title": title, "language": language, "text": text}],
        ),
        statements=schema.frame(schema.STATEMENT_COLUMNS, statements),
        speakers=schema.frame(schema.SPEAKER_COLUMNS, speakers),
    )


EN = (
    "Budget row in Springfield\n"
    'Mayor Jane Doe defended the plan. "The city budget is balanced and the deficit is gone," Doe said. '
    "Doe's claim was rebutted by challenger John Roe. "
    '"The city budget is not balanced, the deficit is still there," Roe said.'
)


def row(out: dict, i: int = 0) -> dict:
    return out["rebuttals"].to_dict("records")[i]


def test_passive_cue_source_after_target_before():
    a = make(
        EN,
        [
            ("Jane Doe", "The city budget is balanced and the deficit is gone,", "direct"),
            ("John Roe", "The city budget is not balanced, the deficit is still there,", "direct"),
        ],
    )
    out = relate(a)
    assert len(out["rebuttals"]) == 1
    r = row(out)
    assert (r["source_speaker_id"], r["target_speaker_id"], r["relation"]) == (
        "john-roe",
        "jane-doe",
        "rebuts",
    )
    assert r["cue"].startswith("rebutted by")
    assert r["source_statement_id"].endswith(str(EN.index("The city budget is not")))
    # the rebutted claim becomes a proposition stated affirmatively: Doe for, Roe against
    st = dict(zip(out["stances"].speaker_id, out["stances"].stance, strict=True))
    assert st == {"jane-doe": "for", "john-roe": "against"}


def test_active_cue_subject_is_the_source():
    text = (
        "Debate night\n"
        '"Taxes will fall next year," said Jane Doe. John Roe disputed Doe on taxes. '
        '"Nobody believes that," Roe said.'
    )
    a = make(
        text,
        [
            ("Jane Doe", "Taxes will fall next year,", "direct"),
            ("John Roe", "Nobody believes that,", "direct"),
        ],
    )
    r = row(relate(a))
    assert (r["source_speaker_id"], r["target_speaker_id"]) == ("john-roe", "jane-doe")
    assert r["cue"] == "disputed"


def test_clause_initial_indonesian_answer_cue():
    text = (
        "Debat kota\n"
        'Calon wali kota Budi Santoso berjanji membangun pasar. "Pasar baru akan dibangun tahun ini," kata Budi. '
        'Menanggapi pernyataan Budi, Andi Wijaya mengatakan rencana itu bagus. "Saya mendukung pasar baru," ujar Andi.'
    )
    a = make(
        text,
        [
            ("Budi Santoso", "Pasar baru akan dibangun tahun ini,", "direct"),
            ("Andi Wijaya", "Saya mendukung pasar baru,", "direct"),
        ],
        language="id",
    )
    r = row(relate(a))
    assert (r["source_speaker_id"], r["target_speaker_id"]) == ("andi-wijaya", "budi-santoso")
    assert r["relation"] == "answers" and r["cue"] == "menanggapi"


def test_support_cue_and_cue_inside_a_quote_ignored():
    text = (
        "Council agrees\n"
        '"We must fix the roads first," Jane Doe said. John Roe agreed with Doe. '
        '"I rebutted nothing, the roads come first," Roe said.'
    )
    a = make(
        text,
        [
            ("Jane Doe", "We must fix the roads first,", "direct"),
            ("John Roe", "I rebutted nothing, the roads come first,", "direct"),
        ],
    )
    rb = relate(a)["rebuttals"]
    assert rb[["source_speaker_id", "target_speaker_id", "relation"]].values.tolist() == [
        ["john-roe", "jane-doe", "supports"]
    ]


def test_no_rebuttal_without_a_second_side_or_across_articles():
    one = make(
        'Plan\n"There is no money for schools," Jane Doe said. The plan was disputed.',
        [("Jane Doe", "There is no money for schools,", "direct")],
    )
    assert relate(one)["rebuttals"].empty
    a = make(
        'A\n"There is no money for schools yet," Jane Doe said.',
        [("Jane Doe", "There is no money for schools yet,", "direct")],
    )
    b = make(
        'B\n"There is already money for schools," John Roe said.',
        [("John Roe", "There is already money for schools,", "direct")],
        article_id="a2",
    )
    both = Analysis(
        articles=pd.concat([a.articles, b.articles], ignore_index=True),
        statements=pd.concat([a.statements, b.statements], ignore_index=True),
        speakers=pd.concat([a.speakers, b.speakers], ignore_index=True),
    )
    assert relate(both)["rebuttals"].empty


def test_polarity_helpers():
    idp, enp = get_pack("id"), get_pack("en")
    assert flip("Hari ini Medan tidak ada digitalisasi", idp) == "Hari ini Medan sudah ada digitalisasi"
    assert flip("The budget is not balanced", enp) == "The budget is balanced"
    assert contested_words(
        "di sektor UMKM tidak ada digitalisasi", "pengrajin sudah digitalisasi", idp, idp
    ) == ["digitalisasi"]
    # the word must sit right after the polarity word, and two negations are no contradiction
    assert (
        contested_words(
            "Bukan rombongan kepresidenan", "Presiden dan rombongan sudah berada di sana", idp, idp
        )
        == []
    )
    assert contested_words("tidak pernah dan tidak tahu", "Saya belum pernah datang", idp, idp) == []
    # a shared place name in opposite clauses is not a contradiction
    assert contested_words("Medan belum siap", "Medan sudah siap", idp, idp) == ["siap"]
    assert contested_words("Di Medan tidak hujan", "Di Medan sudah panas", idp, idp) == []


class AlwaysFor:
    def predict(self, text: str, target: str) -> tuple[str, float]:
        return "for", 0.9


def test_stance_model_is_pluggable_and_checked():
    a = make(
        EN,
        [
            ("Jane Doe", "The city budget is balanced and the deficit is gone,", "direct"),
            ("John Roe", "The city budget is not balanced, the deficit is still there,", "direct"),
        ],
    )
    st = relate(a, propositions=["The city budget is balanced"], stance_model=AlwaysFor())["stances"]
    assert set(st.stance) == {"for"}
    with pytest.raises(TypeError):
        relate(a, stance_model=object())
    with pytest.raises(ValueError):
        relate(a, propositions=[""])


def test_default_stance_on_a_user_proposition():
    a = make(
        EN,
        [
            ("Jane Doe", "The city budget is balanced and the deficit is gone,", "direct"),
            ("John Roe", "The city budget is not balanced, the deficit is still there,", "direct"),
        ],
    )
    st = relate(a, propositions=["The budget is already balanced"])["stances"]
    st = st[st.target == "The budget is already balanced"]
    assert dict(zip(st.speaker_id, st.stance, strict=True)) == {"jane-doe": "for", "john-roe": "against"}


def test_user_topics():
    a = make(
        EN,
        [
            ("Jane Doe", "The city budget is balanced and the deficit is gone,", "direct"),
            ("John Roe", "The city budget is not balanced, the deficit is still there,", "direct"),
        ],
    )
    out = relate(a, topics={"Public money": ["budget", "deficit"], "Roads": ["road", "bridge"]})
    assert out["topics"].topic_id.tolist() == ["public-money", "roads"]
    assert out["topics"].n_statements.tolist() == [2, 0]
    assert set(out["statements"].topic_id) == {"public-money"}
    with pytest.raises(TypeError):
        relate(a, topics=["budget"])


def test_graph_kinds_relations_and_queries():
    a = make(
        EN,
        [
            ("Jane Doe", "The city budget is balanced and the deficit is gone,", "direct"),
            ("John Roe", "The city budget is not balanced, the deficit is still there,", "direct"),
        ],
    )
    out = relate(a)
    g = out["graph"]
    assert isinstance(g, nx.MultiDiGraph)
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    # word weights depend on document frequency only, so two statements on the budget share a topic
    assert kinds == {"speaker", "statement", "article", "proposition", "topic"}
    assert out["statements"]["topic_id"].nunique() == 1 and out["statements"]["topic_id"].notna().all()
    agg = g.edges["speaker:john-roe", "speaker:jane-doe", "rebuts"]
    assert agg["count"] == 1 and agg["level"] == "speaker" and len(agg["statement_ids"]) == 1
    for _, _, d in g.edges(data=True):
        assert d["relation"] in {"says", "reports", "same_as", "rebuts", "supports", "answers", "about"}
    assert rebuttals_of(g, "John Roe").source_speaker_id.tolist() == ["john-roe"]
    assert rebuttals_of(g, "john-roe", direction="against").empty
    assert len(exchange(g, "Jane Doe", "speaker:john-roe")) == 1
    with pytest.raises(KeyError):
        rebuttals_of(g, "Nobody")


@pytest.mark.parametrize("code", AVAILABLE)
def test_language_pack_relations(code):
    rel = get_pack(code).relations
    cues = [
        *rel.REBUT_PASSIVE,
        *rel.REBUT_ACTIVE,
        *rel.SUPPORT_PASSIVE,
        *rel.SUPPORT_ACTIVE,
        *rel.ANSWER_PASSIVE,
        *rel.ANSWER_ACTIVE,
    ]
    assert all(c == c.lower().strip() and c for c in cues)
    assert len(cues) == len(set(cues)), "a cue may belong to one relation only"
    assert rel.NEGATIONS and rel.ALREADY and not rel.NEGATIONS & rel.ALREADY
    assert rel.STANCE_FOR and rel.STANCE_AGAINST and not rel.STANCE_FOR & rel.STANCE_AGAINST
    assert all(neg and neg == neg.lower() for neg, _ in rel.POLARITY_FLIPS)
    assert rel.HEADLINE_REBUT_VERBS and not rel.HEADLINE_REBUT_VERBS & rel.HEADLINE_SUPPORT_VERBS


# --- the real pipeline on the seeds (what ../shared/eval/score_seeds.py graph checks) --------------------


def test_seeds_pipeline_graph(seeds_analysis):
    res = seeds_analysis
    assert isinstance(res.graph, nx.MultiDiGraph)
    rb = res.rebuttals
    assert rb[["source_speaker_id", "target_speaker_id", "article_id"]].values.tolist() == [
        ["akhyar-nasution", "bobby-nasution", "000"]
    ]
    st = res.stances
    assert "against" in set(st[st.speaker_id == "bobby-nasution"].stance)
    assert "for" in set(st[st.speaker_id == "akhyar-nasution"].stance)
    assert "for" not in set(st[st.speaker_id == "bobby-nasution"].stance)
    topic = dict(zip(res.statements.statement_id, res.statements.topic_id, strict=True))
    src, tgt = rb.iloc[0].source_statement_id, rb.iloc[0].target_statement_id
    assert topic[src] == topic[tgt] is not None
    sub = topic_subgraph(res.graph, topic[src])
    assert f"statement:{src}" in sub and "speaker:akhyar-nasution" in sub


@pytest.mark.parametrize(
    "sentence",
    [
        "Andi Wijaya tak menampik Budi.",  # "does not deny": an admission
        "Andi Wijaya enggan menanggapi Budi.",  # declines to answer
        "Andi Wijaya membantah pernah bertemu Budi.",  # Budi is inside what is denied
    ],
)
def test_blocked_or_content_cues_make_no_link(sentence):
    text = (
        "Kota\n"
        '"Pasar baru sudah dibangun," kata Budi Santoso. ' + sentence + ' "Saya sibuk hari ini," ujar Andi.'
    )
    a = make(
        text,
        [
            ("Budi Santoso", "Pasar baru sudah dibangun,", "direct"),
            ("Andi Wijaya", "Saya sibuk hari ini,", "direct"),
        ],
        language="id",
    )
    assert relate(a)["rebuttals"].empty


def test_conditions_are_not_claims():
    idp = get_pack("id")
    assert (
        contested_words("baru bisa berhenti jika sudah ditetapkan", "selama belum ditetapkan", idp, idp) == []
    )
    assert contested_words("KPU belum menetapkan calon", "KPU sudah menetapkan calon", idp, idp) == [
        "menetapkan"
    ]


def test_empty_analysis_gives_empty_tables():
    out = relate(Analysis(), propositions=["Pasar sudah dibangun"])
    for name in ("topics", "rebuttals", "stances", "statements"):
        assert out[name].empty
    assert list(out["graph"].nodes) == ["proposition:user:0"]  # the user's claim, with no stance yet
    assert list(out["rebuttals"].columns) == list(schema.REBUTTAL_COLUMNS)


HOUSING = (
    "Housing row in Springfield\n"
    '"Rents keep rising and the housing plan delivered nothing but speeches," John Roe said. '
    "Mayor Jane Doe pushed back. "
    '"We opened 900 housing units this year, more than ever before," Doe said. '
    'Ann Poe, a tenant organiser, spoke later. "Housing here is a crisis for every family," Poe said.'
)
HOUSING_QUOTES = [
    ("John Roe", "Rents keep rising and the housing plan delivered nothing but speeches,", "direct"),
    ("Jane Doe", "We opened 900 housing units this year, more than ever before,", "direct"),
    ("Ann Poe", "Housing here is a crisis for every family,", "direct"),
]


def test_evaluation_and_proposition_polarity():
    en = get_pack("en")
    assert evaluation("Housing is a crisis", en) == -1
    assert evaluation("That is not true", en) == -1  # a negated verdict counts the other way
    assert evaluation("Housing is not a talking point; it is a crisis", en) == -1
    assert evaluation("We opened 900 units", en) == 0
    assert evaluation("That isn’t true", en) == evaluation("That isn't true", en) == -1  # either apostrophe
    assert proposition_polarity("Housing has improved under the mayor", en) == 1
    assert proposition_polarity("Housing has not improved under the mayor", en) == -1
    assert proposition_polarity("The mayor failed on housing", en) == -1


@pytest.mark.parametrize(
    ("proposition", "sides"),
    [
        (
            "Housing in Springfield has improved under Mayor Jane Doe",
            {"jane-doe": "for", "john-roe": "against", "ann-poe": "against"},
        ),
        # negated: the named speaker still defends her record, so she is against this wording
        (
            "Housing in Springfield has not improved under Mayor Jane Doe",
            {"jane-doe": "against", "john-roe": "for", "ann-poe": "for"},
        ),
    ],
)
def test_stance_on_a_named_speakers_record(proposition, sides):
    a = make(HOUSING, HOUSING_QUOTES)
    out = relate(a, propositions=[proposition])
    assert [
        (r["source_speaker_id"], r["target_speaker_id"]) for r in out["rebuttals"].to_dict("records")
    ] == [("jane-doe", "john-roe")]
    st = out["stances"][out["stances"].target == proposition]
    assert dict(zip(st.speaker_id, st.stance, strict=True)) == sides


def test_named_speakers_need_the_whole_name():
    speakers = schema.frame(
        schema.SPEAKER_COLUMNS,
        [{"speaker_id": "jane-doe", "name": "Jane Doe"}, {"speaker_id": "john-doe", "name": "John Doe"}],
    )
    assert named_speakers("Housing improved under Mayor Jane Doe", speakers) == ["jane-doe"]
    assert named_speakers("Housing improved under Mayor Doe", speakers) == []


def test_lexicon_stance_evaluative_and_unmarked_propositions():
    from debatekit.relate.stance import LexiconStance

    m = LexiconStance("en")
    prop = "Housing in Springfield has improved under Mayor Jane Doe"
    assert m.predict("Housing here is a crisis for every family.", prop)[0] == "against"
    assert m.predict("Housing is better than it was.", prop)[0] == "for"
    assert m.predict("Housing is not better than it was.", prop)[0] == "against"
    assert m.predict("The buses are a crisis.", prop)[0] == "neutral"  # not about housing
    # an unmarked claim is not contradicted by a negation near one of its words
    claim = "The mayor promised affordable housing and delivered press releases"
    assert m.predict("Housing is not a talking point.", claim)[0] == "neutral"
    assert m.predict("The mayor never delivered affordable housing.", claim)[0] == "against"


def test_graph_keeps_list_cells_that_parquet_returns_as_arrays():
    import numpy as np

    from debatekit.relate.graph import build_graph

    articles = pd.DataFrame([{"article_id": "a1", "outlet": "Warta", "title": "Judul", "published": None}])
    statements = pd.DataFrame(
        [
            {
                "statement_id": "a1:d0",
                "article_id": "a1",
                "kind": "direct",
                "text": "Jalan desa harus mulus.",
                "speaker_id": "rahmat-siregar",
                "speaker": "Rahmat Siregar",
                "start": 0,
                "end": 10,
                "topic_id": None,
            }
        ]
    )
    speakers = pd.DataFrame(
        [
            {
                "speaker_id": "rahmat-siregar",
                "name": "Rahmat Siregar",
                "aliases": np.array(["Rahmat", "Rahmat Siregar"]),
                "roles": np.array(["Wali Kota Kotabaru"]),
                "n_statements": 1,
                "n_articles": 1,
            }
        ]
    )
    g = build_graph(articles=articles, statements=statements, speakers=speakers)
    node = g.nodes["speaker:rahmat-siregar"]
    assert list(node["aliases"]) == ["Rahmat", "Rahmat Siregar"] and list(node["roles"]) == [
        "Wali Kota Kotabaru"
    ]
