"""Write and read the debate graph: GraphML, node-link JSON, GEXF and AIF JSON.

GraphML and GEXF hold only scalar attributes, so list and dict values are written as JSON strings and the
names of those attributes are kept in the graph attribute ``json_attributes`` (itself a JSON list); the
readers decode them again. Node-link JSON keeps lists as they are; its key names are passed explicitly
(``nodes="nodes", edges="edges", source="source", target="target", name="id", key="key"``) so files do not
change with networkx's defaults.

AIF (Argument Interchange Format, AIFdb JSON: ``nodes``, ``edges``, ``locutions``, ``participants``)
holds the argument part of the graph: each statement is an L-node (the locution, "Speaker: text") that
asserts (YA-node) an I-node (its content); propositions are I-nodes; ``rebuts`` is a CA-node (conflict),
``supports`` an RA-node (inference), ``same_as`` an MA-node (rephrase), both between I-nodes; ``answers``
is a TA-node (transition) from the answered locution to the answer. Speakers are participants.
:func:`from_aif` rebuilds that part (speakers, statements, propositions and those edges);
:func:`argument_view` gives the same part of a full graph, for comparison.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from debatekit.relate.graph import LIST_ATTRIBUTES

NODE_LINK_KEYS = {
    "source": "source",
    "target": "target",
    "name": "id",
    "key": "key",
    "edges": "edges",
    "nodes": "nodes",
}
JSON_ATTRIBUTES = "json_attributes"


# --- scalar-only formats -------------------------------------------------------------------------


def _scalar_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    encoded: set[str] = set()

    def enc(d: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in d.items():
            if v is None:
                continue
            if isinstance(v, (list, tuple, dict, set)):
                encoded.add(k)
                v = json.dumps(sorted(v) if isinstance(v, set) else v, ensure_ascii=False)
            elif hasattr(v, "item"):  # numpy scalar
                v = v.item()
            out[k] = v
        return out

    copy = nx.MultiDiGraph()
    copy.add_nodes_from((n, enc(d)) for n, d in graph.nodes(data=True))
    copy.add_edges_from((u, v, k, enc(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    copy.graph.update(enc({k: v for k, v in graph.graph.items() if k != JSON_ATTRIBUTES}))
    copy.graph[JSON_ATTRIBUTES] = json.dumps(sorted(encoded))
    return copy


def _decode(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    # GEXF drops graph attributes; the documented list attributes are decoded then.
    names = set(json.loads(graph.graph.pop(JSON_ATTRIBUTES, json.dumps(LIST_ATTRIBUTES))))

    def dec(d: dict[str, Any]) -> None:
        for k in names & set(d):
            if isinstance(d[k], str):
                try:
                    d[k] = json.loads(d[k])
                except ValueError:  # a plain string under a list attribute's name: keep it
                    pass

    for _, d in graph.nodes(data=True):
        dec(d)
    for _, _, d in graph.edges(data=True):
        dec(d)
    dec(graph.graph)
    return graph


def to_graphml(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write GraphML (list attributes as JSON strings, see module docstring)."""
    path = Path(path)
    nx.write_graphml(_scalar_copy(graph), path, named_key_ids=True)
    return path


def from_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Read a GraphML file written by :func:`to_graphml` back into a MultiDiGraph."""
    g = nx.read_graphml(path, node_type=str, edge_key_type=str, force_multigraph=True)
    return _decode(nx.MultiDiGraph(g))


def to_gexf(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write GEXF 1.2 (list attributes as JSON strings)."""
    path = Path(path)
    nx.write_gexf(_scalar_copy(graph), path)
    return path


def from_gexf(path: str | Path) -> nx.MultiDiGraph:
    """Read a GEXF file written by :func:`to_gexf` back into a MultiDiGraph with the original edge keys."""
    g = nx.read_gexf(path, node_type=str)
    out = nx.MultiDiGraph()
    out.graph.update(g.graph)
    out.add_nodes_from(g.nodes(data=True))
    edges = (
        g.edges(keys=True, data=True)
        if g.is_multigraph()
        else ((u, v, None, d) for u, v, d in g.edges(data=True))
    )
    for u, v, _, d in edges:
        d = dict(d)
        d.pop("id", None)
        out.add_edge(u, v, key=d.get("relation"), **d)
    return _decode(out)


# --- node-link JSON --------------------------------------------------------------------------------


def to_node_link(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Node-link data with explicit key names (:data:`NODE_LINK_KEYS`)."""
    return nx.node_link_data(graph, **NODE_LINK_KEYS)


def to_node_link_json(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write node-link JSON (UTF-8, sorted keys)."""
    path = Path(path)
    path.write_text(
        json.dumps(to_node_link(graph), ensure_ascii=False, indent=1, sort_keys=True, default=_default),
        encoding="utf-8",
    )
    return path


def _default(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, set):
        return sorted(value)
    return str(value)


def from_node_link(data: dict[str, Any]) -> nx.MultiDiGraph:
    """Graph from node-link data written by :func:`to_node_link`."""
    return nx.node_link_graph(data, directed=True, multigraph=True, **NODE_LINK_KEYS)


def from_node_link_json(path: str | Path) -> nx.MultiDiGraph:
    """Read a node-link JSON file written by :func:`to_node_link_json`."""
    return from_node_link(json.loads(Path(path).read_text(encoding="utf-8")))


# --- AIF ---------------------------------------------------------------------------------------------

_ARG_RELATIONS = {
    "rebuts": ("CA", "Default Conflict"),
    "supports": ("RA", "Default Inference"),
    "same_as": ("MA", "Default Rephrase"),
}
_FROM_S = {"CA": "rebuts", "RA": "supports", "MA": "same_as"}


def argument_view(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The part of the graph AIF holds: speakers, statements, propositions; statement-level
    ``says``, ``same_as``, ``rebuts``, ``supports``, ``answers`` edges (relation only)."""
    keep = {n for n, d in graph.nodes(data=True) if d.get("kind") in ("speaker", "statement", "proposition")}
    out = nx.MultiDiGraph()
    out.add_nodes_from(sorted(keep))
    for u, v, d in graph.edges(data=True):
        rel = d.get("relation")
        if (
            u in keep
            and v in keep
            and graph.nodes[v].get("kind") != "speaker"
            and rel in ("says", "same_as", "rebuts", "supports", "answers")
        ):
            if graph.nodes[u].get("kind") == "speaker" and rel != "says":
                continue  # aggregated speaker edges are derived, not arguments
            out.add_edge(u, v, key=rel, relation=rel)
    return out


def to_aif(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """AIF JSON of the argument part of the graph (see module docstring)."""
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    locutions: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []

    def edge(a: str, b: str) -> None:
        edges.append({"edgeID": f"E{len(edges)}", "fromID": a, "toID": b})

    for n, d in sorted(graph.nodes(data=True)):
        if d.get("kind") == "speaker":
            name = d.get("name") or d.get("speaker_id")
            first, _, last = str(name).partition(" ")
            participants.append(
                {"participantID": n, "firstname": first, "surname": last, "speakerID": d.get("speaker_id")}
            )
    who = {}
    for u, v, d in graph.edges(data=True):
        if d.get("relation") == "says":
            who[v] = u
    for n, d in sorted(graph.nodes(data=True)):
        kind = d.get("kind")
        if kind == "proposition":
            nodes.append({"nodeID": f"I:{n}", "text": d.get("text", ""), "type": "I"})
        elif kind == "statement":
            speaker = graph.nodes[who[n]].get("name", who[n]) if n in who else "Unknown"
            nodes.append({"nodeID": f"L:{n}", "text": f"{speaker}: {d.get('text', '')}", "type": "L"})
            nodes.append({"nodeID": f"I:{n}", "text": d.get("text", ""), "type": "I"})
            nodes.append({"nodeID": f"YA:{n}", "text": "Asserting", "type": "YA"})
            edge(f"L:{n}", f"YA:{n}")
            edge(f"YA:{n}", f"I:{n}")
            if n in who:
                locutions.append({"nodeID": f"L:{n}", "personID": who[n]})
    view = argument_view(graph)
    for u, v, k in sorted(view.edges(keys=True)):
        if k == "says":
            continue
        if k == "answers":  # dialogue transition: from the answered locution to the answer
            s = f"TA:{u}>{v}"
            nodes.append({"nodeID": s, "text": "Default Transition", "type": "TA"})
            edge(f"L:{v}", s)
            edge(s, f"L:{u}")
            continue
        typ, text = _ARG_RELATIONS[k]
        s = f"{typ}:{u}>{v}"
        nodes.append({"nodeID": s, "text": text, "type": typ})
        edge(f"I:{u}", s)
        edge(s, f"I:{v}")
    return {"nodes": nodes, "edges": edges, "locutions": locutions, "participants": participants}


def to_aif_json(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write :func:`to_aif` to a JSON file."""
    path = Path(path)
    path.write_text(json.dumps(to_aif(graph), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def from_aif(data: dict[str, Any]) -> nx.MultiDiGraph:
    """Rebuild the argument part of a debate graph from AIF written by :func:`to_aif`.

    Node ids and kinds come back from the AIF node ids; statement and proposition text from the I-nodes;
    speakers from the participants and locutions.
    """
    g = nx.MultiDiGraph()
    for p in data.get("participants", []):
        g.add_node(
            p["participantID"],
            kind="speaker",
            speaker_id=p.get("speakerID"),
            name=f"{p.get('firstname', '')} {p.get('surname', '')}".strip(),
        )
    by_id = {n["nodeID"]: n for n in data.get("nodes", [])}
    for n in data.get("nodes", []):
        if n["type"] == "I":
            gid = n["nodeID"][2:]
            kind = gid.split(":", 1)[0]
            key = "statement_id" if kind == "statement" else "proposition_id"
            g.add_node(gid, kind=kind, text=n.get("text", ""), **{key: gid.split(":", 1)[1]})
    for loc in data.get("locutions", []):
        stmt = loc["nodeID"][2:]
        if loc["personID"] in g and stmt in g:
            g.add_edge(loc["personID"], stmt, key="says", relation="says")
    incoming: dict[str, list[str]] = {}
    outgoing: dict[str, list[str]] = {}
    for e in data.get("edges", []):
        outgoing.setdefault(e["fromID"], []).append(e["toID"])
        incoming.setdefault(e["toID"], []).append(e["fromID"])
    for nid, n in by_id.items():
        typ = n["type"]
        if typ not in _FROM_S and typ != "TA":
            continue
        for a in incoming.get(nid, []):
            for b in outgoing.get(nid, []):
                if typ == "TA":  # answered locution -> TA -> answer: the answer answers the other
                    g.add_edge(b[2:], a[2:], key="answers", relation="answers")
                else:
                    rel = _FROM_S[typ]
                    g.add_edge(a[2:], b[2:], key=rel, relation=rel)
    return g


def from_aif_json(path: str | Path) -> nx.MultiDiGraph:
    """Read an AIF JSON file written by :func:`to_aif_json`."""
    return from_aif(json.loads(Path(path).read_text(encoding="utf-8")))
