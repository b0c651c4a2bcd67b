"""Speed of the relate stage (topics, rebuttals, stances, graph) on the IndoSum political articles.

usage: python benchmarks/relate_indosum.py [N_ARTICLES]
Prints the number of statements, the relate time, and what it found.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pandas as pd

import debatekit as dk
from debatekit.relate import relate

CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "indosum_political" / "articles.jsonl"
)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else None
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()][:n]
    base = dk.analyze(pd.DataFrame(rows), until="matches", progress=False)
    t0 = time.perf_counter()
    out = relate(base, propositions=["Pemerintah sudah menangani korupsi"])
    dt = time.perf_counter() - t0
    rb = out["rebuttals"]
    print(
        f"articles {len(base.articles)}  statements {len(base.statements)}  relate {dt:.2f}s "
        f"({1000 * dt / max(1, len(base.statements)):.2f} ms/statement)"
    )
    print(
        f"topics {len(out['topics'])}  rebuttal rows {rb.relation.value_counts().to_dict()}  stances {len(out['stances'])}"
    )
    print(f"graph {out['graph']}")


if __name__ == "__main__":
    main()
