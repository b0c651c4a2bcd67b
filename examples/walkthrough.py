"""A walk through debatekit on the bundled example debates, as you would do it in a notebook.

Run it from the repository root::

    python examples/walkthrough.py [OUTPUT_DIR]

Each step prints what a notebook cell would show. The tests run this script end to end.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pandas as pd

import debatekit as dk

HERE = Path(__file__).resolve().parent
CORPORA = [HERE / "debate_id" / "articles", HERE / "debate_en" / "articles"]

pd.set_option("display.width", 160)
pd.set_option("display.max_colwidth", 70)


def step(title: str) -> None:
    print(f"\n=== {title} ===")


def main(out_dir: Path) -> dk.Analysis:
    step("1. Analyse both example debates (Indonesian and English coverage)")
    result = dk.analyze([str(p) for p in CORPORA if p.is_dir()], progress=False)
    for key, value in result.summary().items():
        print(f"{key:>14}: {value}")

    step("2. The articles: outlet, date and language read from each page")
    print(result.articles[["article_id", "outlet", "published", "language", "title"]].to_string(index=False))

    step("3. Who said what: direct quotes and reported statements with their speakers")
    print(result.statements[["speaker", "kind", "cue", "text"]].head(12).to_string(index=False))

    step("4. Speakers resolved across outlets, with every name they were called")
    print(result.speakers[["name", "aliases", "n_statements", "n_articles"]].to_string(index=False))

    step("5. How the outlets differ: the same statement across articles, with a word-level diff")
    for match in result.matches.head(5).itertuples(index=False):
        changes = [d for d in (match.diff or []) if d.get("op") != "equal"]
        shown = "; ".join(f"{d['op']}: {d.get('a', '')!r} -> {d.get('b', '')!r}" for d in changes[:4])
        print(
            f"{match.relation:>18} ({match.score:.0f}) {match.article_id_a} vs {match.article_id_b}: {shown or 'no change'}"
        )

    step("6. Facts the outlets get wrong or disagree on")
    for d in result.discrepancies.itertuples(index=False):
        print(f"[{d.kind}] {d.detail}")

    step("7. Who rebuts whom, and where each speaker stands")
    print(
        result.rebuttals[["source_speaker_id", "relation", "target_speaker_id", "cue"]].to_string(index=False)
    )
    print(result.stances[["speaker", "target", "stance", "score"]].to_string(index=False))
    graph = result.graph
    print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")

    step("8. Save everything, reopen it, and write the HTML report")
    saved = result.save(out_dir / "analysis")
    again = dk.load(saved)
    same = all(getattr(result, n).shape == getattr(again, n).shape for n in result.table_names())
    print(f"saved to {saved}; reloaded with the same table shapes: {same}")
    print(f"report: {result.to_html(out_dir / 'report.html')}")

    step("9. Draw the speaker graph (matplotlib, if installed)")
    try:
        import matplotlib

        matplotlib.use("Agg")  # no window: write a file
        ax = result.draw()
        ax.figure.savefig(out_dir / "speakers.png", dpi=100, bbox_inches="tight")
        print(f"drawing: {out_dir / 'speakers.png'}")
    except ImportError:
        print("matplotlib is not installed: pip install 'debatekit[plot]'")
    return result


if __name__ == "__main__":
    target = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="debatekit-walkthrough-"))
    )
    target.mkdir(parents=True, exist_ok=True)
    main(target)
