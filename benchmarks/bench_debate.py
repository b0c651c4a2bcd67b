"""Speed of a transcript-only run on a synthetic 90-minute debate (not a test: prints figures).

usage: python benchmarks/bench_debate.py [--words 20000] [--seed 0] [--repeat 3]

The transcript is generated: a moderator asks a question every few turns, two candidates answer in turns
of 20-250 words (sentences of 6-30 words from a Zipf vocabulary mixed with English stopwords), now and then
open with a rejection ("That's not true") or an agreement ("I agree with the governor"), cut in on each
other (short turns ending in "--") and draw applause. Figures: wall time of reading the file and of
``debatekit.analyze([], transcript=path)`` (participants, statements, exchanges, graph, participation,
the relate stage on no articles), best of ``--repeat`` runs, on one core; CPU time too (the machine may be
shared: wall time then overstates it).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

import numpy as np

OPENINGS = ("That's not true.", "I agree with the governor.", "Well, let me say this.", "No.", "")


def make_transcript(n_words: int, seed: int = 0) -> str:
    from debatekit.lang import get_pack

    rng = np.random.default_rng(seed)
    stop = sorted(get_pack("en").text.STOPWORDS)
    vocab = [f"w{i}ord" for i in range(5000)]
    ranks = np.minimum(rng.zipf(1.2, size=n_words * 2), len(vocab)) - 1

    def sentence(k: int) -> str:
        words = [
            stop[rng.integers(len(stop))] if rng.random() < 0.45 else vocab[ranks[(k + i) % len(ranks)]]
            for i in range(int(rng.integers(6, 30)))
        ]
        return " ".join(words).capitalize() + ("?" if rng.random() < 0.05 else ".")

    lines = ["MODERATOR: Good evening. I'm Pat Lane. Welcome Maria Santos and Thomas Reed."]
    words = 0
    speaker = "SANTOS"
    while words < n_words:
        if rng.random() < 0.2:
            lines.append(f"MODERATOR: {sentence(words)[:-1]}, what would you do about it?")
        n = int(rng.integers(20, 250)) if rng.random() > 0.2 else int(rng.integers(3, 12))
        parts = [OPENINGS[rng.integers(len(OPENINGS))]]
        while sum(len(p.split()) for p in parts) < n:
            parts.append(sentence(words + len(parts)))
        text = " ".join(p for p in parts if p)
        if n < 12:
            text += " --"
        elif rng.random() < 0.1:
            text += " (APPLAUSE)"
        lines.append(f"{speaker}: {text}")
        words += len(text.split())
        speaker = "REED" if speaker == "SANTOS" else "SANTOS"
    return "\n\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import debatekit as dk

    text = make_transcript(args.words, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "debate.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        read_t, run_t, cpu_t = [], [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            dk.read_transcript(path)
            read_t.append(time.perf_counter() - t0)
            t0, c0 = time.perf_counter(), time.process_time()
            res = dk.analyze([], transcript=path)
            run_t.append(time.perf_counter() - t0)
            cpu_t.append(time.process_time() - c0)
    spoken = int((res.statements["kind"] == "spoken").sum())
    print(
        f"words={len(text.split())} turns={len(res.turns)} spoken_statements={spoken} "
        f"edges={len(res.rebuttals)} read_s={min(read_t):.3f} analyze_s={min(run_t):.3f} "
        f"analyze_cpu_s={min(cpu_t):.3f}"
    )


if __name__ == "__main__":
    main()
