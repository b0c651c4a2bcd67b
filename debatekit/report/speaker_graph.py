"""The speaker graph shown in the report and by ``Analysis.draw()``: who rebuts or supports whom.

Built from the ``speakers`` and ``rebuttals`` tables (statement-level rows aggregated per speaker pair),
laid out with networkx's spring layout under a fixed seed so the picture is the same on every run.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from debatekit.cells import records

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.analysis import Analysis

LAYOUT_SEED = 7
# Edge colours by relation; anything else (e.g. "answers") is drawn grey.
COLORS = {"rebuts": "#c0392b", "supports": "#2e8b57"}
OTHER_COLOR = "#7a8694"
MAX_NODES = 30
MAX_UNLINKED_NODES = 12
CIRCLE_UP_TO = 14


def speaker_graph(analysis: Analysis, max_nodes: int = MAX_NODES) -> nx.MultiDiGraph:
    """Speakers (``n_statements``, ``name``) joined by ``rebuts``/``supports`` edges (``count``, ``cues``).

    Speakers in a rebuttal always appear; the rest are the most quoted, up to ``max_nodes`` in all.
    """
    sp = analysis.speakers
    names = dict(zip(sp["speaker_id"], sp["name"], strict=True))
    counts = dict(
        zip(sp["speaker_id"], pd.to_numeric(sp["n_statements"], errors="coerce").fillna(0), strict=True)
    )
    pairs: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in records(analysis.rebuttals):
        s, t = r.get("source_speaker_id"), r.get("target_speaker_id")
        if not isinstance(s, str) or not isinstance(t, str):
            continue
        rel: str = r["relation"] if isinstance(r.get("relation"), str) else "rebuts"
        entry = pairs.setdefault((s, t, rel), {"count": 0, "cues": []})
        entry["count"] += 1
        if isinstance(r.get("cue"), str) and r["cue"] not in entry["cues"]:
            entry["cues"].append(r["cue"])
    involved = sorted({s for s, _, _ in pairs} | {t for _, t, _ in pairs})
    rest = sorted((s for s in counts if s not in involved), key=lambda s: (-counts[s], str(s)))
    chosen = involved + rest[: max(0, max_nodes - len(involved))]
    g = nx.MultiDiGraph()
    for s in chosen:
        name = names.get(s)
        g.add_node(s, name=name if isinstance(name, str) else s, n_statements=int(counts.get(s, 0)))
    for (s, t, rel), entry in sorted(pairs.items()):
        g.add_edge(s, t, key=rel, relation=rel, **entry)
    return g


def _ring_order(g: nx.Graph) -> list:
    """Nodes in ring order with the linked ones spread evenly, so their arrows cross the middle."""
    nodes = sorted(g, key=str)
    linked = [n for n in nodes if g.degree(n) > 0]
    if not linked:
        return nodes
    slots: list = [None] * len(nodes)
    for j, n in enumerate(linked):
        slots[round(j * len(nodes) / len(linked)) % len(nodes)] = n
    rest = iter(n for n in nodes if n not in linked)
    return [n if n is not None else next(rest) for n in slots]


def layout(
    g: nx.Graph, width: float = 760, height: float = 460, margin: float = 70
) -> dict[Any, tuple[float, float]]:
    """Node positions in pixels: a circle for a few nodes, else a spring layout with a fixed seed."""
    if len(g) == 0:
        return {}
    if len(g) == 1:
        return {next(iter(g)): (width / 2, height / 2)}
    simple = nx.Graph(g)
    if len(g) <= CIRCLE_UP_TO:  # a ring keeps a few labels apart; spring layouts bunch linked nodes
        pos = nx.circular_layout(_ring_order(simple))
    else:
        pos = nx.spring_layout(simple, seed=LAYOUT_SEED, k=1.6 / math.sqrt(len(g)), iterations=200)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)

    def scale(v: float, lo: float, hi: float, size: float) -> float:
        if hi - lo < 1e-6:  # all on one line: centre them on that axis
            return size / 2
        return margin + (v - lo) * (size - 2 * margin) / (hi - lo)

    return {n: (scale(p[0], x0, x1, width), scale(p[1], y0, y1, height)) for n, p in pos.items()}


def svg_model(analysis: Analysis, width: int = 760, height: int | None = None) -> dict[str, Any]:
    """Numbers the template draws as an inline SVG: nodes (x, y, r, label) and curved edges."""
    g = speaker_graph(analysis)
    if g.number_of_edges() == 0:  # nothing links them: a ring of the few most quoted says enough
        g = speaker_graph(analysis, max_nodes=MAX_UNLINKED_NODES)
    if height is None:  # a handful of speakers needs no tall canvas
        height = 280 if len(g) <= 4 else 460
    pos = layout(g, width, height)
    nodes = []
    for n, d in g.nodes(data=True):
        x, y = pos[n]
        r = 8 + 4 * math.sqrt(d["n_statements"])
        nodes.append(
            {
                "x": round(x, 1),
                "y": round(y, 1),
                "r": round(min(r, 30), 1),
                "label": d["name"],
                "n": d["n_statements"],
                "id": n,
            }
        )
    radius = {n["id"]: n["r"] for n in nodes}
    edges = []
    seen_pairs: dict[tuple[Any, Any], int] = {}
    for s, t, d in g.edges(data=True):
        nth = seen_pairs[(s, t)] = seen_pairs.get((s, t), -1) + 1  # parallel edges bend further out
        (x1, y1), (x2, y2) = pos[s], pos[t]
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1.0
        # Stop the line at the target's rim so the arrowhead shows; bend it so A->B and B->A don't overlap.
        ux, uy = dx / dist, dy / dist
        sx, sy = x1 + ux * radius[s], y1 + uy * radius[s]
        ex, ey = x2 - ux * (radius[t] + 4), y2 - uy * (radius[t] + 4)
        bend = (0.12 + 0.12 * nth) * dist
        cx, cy = (sx + ex) / 2 - uy * bend, (sy + ey) / 2 + ux * bend
        edges.append(
            {
                "d": f"M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}",
                "relation": d["relation"],
                "marker": d["relation"] if d["relation"] in COLORS else "other",
                "color": COLORS.get(d["relation"], OTHER_COLOR),
                "count": d["count"],
                "width": round(min(1.5 + d["count"], 6), 1),
                "title": f"{g.nodes[s]['name']} {d['relation']} {g.nodes[t]['name']} ({d['count']}×)"
                + (": " + " | ".join(d["cues"][:3]) if d["cues"] else ""),
                "lx": round(0.25 * sx + 0.5 * cx + 0.25 * ex, 1),  # the curve's midpoint
                "ly": round(0.25 * sy + 0.5 * cy + 0.25 * ey - 4, 1),
            }
        )
    return {
        "width": width,
        "height": height,
        "nodes": nodes,
        "edges": edges,
        "hidden": max(0, len(analysis.speakers) - len(nodes)),
    }


def draw(analysis: Analysis, ax: Any = None, max_nodes: int = MAX_NODES) -> Any:
    """Draw the speaker graph with matplotlib; returns the Axes.

    Rebuttals are red arrows, agreement green; node size follows the number of statements.
    """
    import matplotlib.pyplot as plt

    g = speaker_graph(analysis, max_nodes=max_nodes)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 5))
    pos = layout(g, 1.0, 1.0, 0.1) if len(g) else {}
    pos = {n: (x, 1 - y) for n, (x, y) in pos.items()}  # SVG y grows downwards, matplotlib's upwards
    sizes = [200 + 120 * g.nodes[n]["n_statements"] ** 0.5 * 4 for n in g]
    nx.draw_networkx_nodes(g, pos, ax=ax, node_size=sizes, node_color="#dbe7f5", edgecolors="#35608f")
    nx.draw_networkx_labels(g, pos, ax=ax, labels={n: d["name"] for n, d in g.nodes(data=True)}, font_size=9)
    relations = sorted({d["relation"] for _, _, d in g.edges(data=True)})
    for rel in relations:
        color = COLORS.get(rel, OTHER_COLOR)
        edges = [(s, t) for s, t, d in g.edges(data=True) if d["relation"] == rel]
        if edges:
            nx.draw_networkx_edges(
                g,
                pos,
                ax=ax,
                edgelist=edges,
                edge_color=color,
                width=2,
                arrows=True,
                arrowsize=18,
                connectionstyle="arc3,rad=0.15",
                node_size=sizes,
            )
    if relations:
        from matplotlib.lines import Line2D

        handles = [Line2D([0], [0], color=COLORS.get(r, OTHER_COLOR), lw=2, label=r) for r in relations]
        ax.legend(handles=handles, loc="lower right", frameon=False)
    ax.set_title(f"Speakers: {len(g)}, rebuttal/agreement links: {g.number_of_edges()}")
    ax.set_axis_off()
    return ax
