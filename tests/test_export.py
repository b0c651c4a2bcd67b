"""Graph exports round-trip: GraphML, node-link JSON, GEXF, AIF; the report store uses them."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from test_relate_gold import GOLD_PROPOSITION, gold_analysis

from debatekit.relate import export, relate


@pytest.fixture(scope="module")
def graph(shared_dir, seeds_gold) -> nx.MultiDiGraph:
    analysis, _ = gold_analysis(shared_dir, seeds_gold)
    return relate(analysis, propositions=[GOLD_PROPOSITION])["graph"]


def assert_same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert sorted(a.nodes) == sorted(b.nodes)
    assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
    for n in a.nodes:
        assert a.nodes[n] == b.nodes[n], n
    for u, v, k in a.edges(keys=True):
        assert a.edges[u, v, k] == b.edges[u, v, k], (u, v, k)


def test_graph_has_every_kind_and_relation(graph):
    kinds = {d["kind"] for _, d in graph.nodes(data=True)}
    assert kinds == {"speaker", "statement", "article", "topic", "proposition"}
    relations = {d["relation"] for _, _, d in graph.edges(data=True)}
    assert {"says", "reports", "same_as", "rebuts", "supports", "about"} <= relations


@pytest.mark.parametrize(
    ("write", "read", "name"),
    [
        (export.to_graphml, export.from_graphml, "g.graphml"),
        (export.to_node_link_json, export.from_node_link_json, "g.json"),
        (export.to_gexf, export.from_gexf, "g.gexf"),
    ],
)
def test_round_trip(graph, tmp_path, write, read, name):
    path = write(graph, tmp_path / name)
    assert_same(graph, read(path))


def test_graphml_is_scalar_and_node_link_keys_explicit(graph, tmp_path):
    text = export.to_graphml(graph, tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert '["Akhyar", "Akhyar Nasution"' in text  # a list attribute, as a JSON string
    data = json.loads(export.to_node_link_json(graph, tmp_path / "g.json").read_text(encoding="utf-8"))
    assert set(data) >= {"nodes", "edges"} and {"source", "target", "key"} <= set(data["edges"][0])


def test_aif_round_trip_and_node_types(graph, tmp_path):
    path = export.to_aif_json(graph, tmp_path / "g.aif.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    types = {n["type"] for n in data["nodes"]}
    assert {"I", "L", "YA", "CA", "RA", "MA"} <= types
    ids = {n["nodeID"] for n in data["nodes"]}
    assert all(e["fromID"] in ids and e["toID"] in ids for e in data["edges"])
    assert {p["participantID"] for p in data["participants"]} >= {
        loc["personID"] for loc in data["locutions"]
    }
    # the rebuttal: Akhyar's I-node -> CA -> Bobby's I-node
    ca = [n["nodeID"] for n in data["nodes"] if n["type"] == "CA" and "proposition" not in n["nodeID"]]
    assert len(ca) == 1
    back = export.from_aif_json(path)
    view = export.argument_view(graph)
    assert sorted(view.nodes) == sorted(back.nodes)
    assert sorted(view.edges(keys=True)) == sorted(back.edges(keys=True))


def test_report_store_uses_these_exporters(graph, tmp_path):
    from debatekit.report.store import read_graph, write_graph

    write_graph(graph, tmp_path)
    assert_same(graph, read_graph(tmp_path))
    assert_same(graph, export.from_graphml(tmp_path / "graph.graphml"))


def test_aif_answers_are_transitions(tmp_path):
    from test_relate import make

    text = (
        "Debat kota\n"
        '"Pasar baru akan dibangun tahun ini," kata Budi Santoso. '
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
    g = relate(a)["graph"]
    data = export.to_aif(g)
    (ta,) = [n for n in data["nodes"] if n["type"] == "TA"]
    into = [e["fromID"] for e in data["edges"] if e["toID"] == ta["nodeID"]]
    out = [e["toID"] for e in data["edges"] if e["fromID"] == ta["nodeID"]]
    assert into == ["L:statement:a1:d12"] and out[0].startswith("L:statement:a1:d") and out != into
    back = export.from_aif(data)
    assert sorted(back.edges(keys=True)) == sorted(export.argument_view(g).edges(keys=True))
