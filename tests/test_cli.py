"""`debatekit analyze` end to end, as a person runs it: files in, tables + report out, summary printed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import debatekit as dk
from debatekit import schema
from debatekit.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
OUTPUTS = [
    "articles.csv",
    "statements.csv",
    "speakers.csv",
    "matches.csv",
    "discrepancies.csv",
    "rebuttals.csv",
    "stances.csv",
    "graph.graphml",
    "graph.json",
    "report.html",
]

ARTICLE = """{title}

Jakarta (Kabar{n}) - Calon wali kota Budi Santoso berbicara dalam debat pada Sabtu (7/11/2020).
"Kami akan membangun pasar rakyat di setiap kecamatan," kata Budi Santoso kepada wartawan.
Menurut dia, anggaran kota cukup untuk program itu.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        (folder / f"berita{n}.txt").write_text(
            ARTICLE.format(title=f"Debat kota, bagian {n}", n=n), encoding="utf-8"
        )
    (folder / "kosong.txt").write_text("", encoding="utf-8")
    return folder


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"debatekit {dk.__version__}"


def test_help_lists_every_option(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for option in ("--out", "--transcript", "--language", "--format", "--until", "--quiet"):
        assert option in out


def test_missing_out_is_a_usage_error(corpus, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(corpus)])
    assert exc.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_analyze_writes_every_output_and_prints_a_summary(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out)]) == 0
    for name in OUTPUTS:
        assert (out / name).is_file(), name
    articles = pd.read_csv(out / "articles.csv")
    assert list(articles.columns) == list(schema.ARTICLE_COLUMNS)
    assert len(articles) == 3
    for name, cols in (("statements", schema.STATEMENT_COLUMNS), ("matches", schema.MATCH_COLUMNS)):
        assert list(pd.read_csv(out / f"{name}.csv").columns) == list(cols)
    printed = capsys.readouterr().out
    assert re.search(r"^articles +3$", printed, re.M)
    assert "skipped files" in printed
    assert "kosong.txt" in printed  # the empty file is named with its reason
    reloaded = dk.load(out)
    assert len(reloaded.articles) == 3


def test_several_paths_and_parquet(corpus, tmp_path, capsys):
    pytest.importorskip("pyarrow")
    other = tmp_path / "more"
    other.mkdir()
    (other / "lain.txt").write_text(ARTICLE.format(title="Debat lain", n=9), encoding="utf-8")
    out = tmp_path / "out"
    assert (
        main(
            ["analyze", str(corpus), str(other / "lain.txt"), "--out", str(out), "--format", "parquet", "-q"]
        )
        == 0
    )
    assert capsys.readouterr().out == ""  # --quiet prints nothing on success
    assert len(pd.read_parquet(out / "articles.parquet")) == 4
    assert json.loads((out / "debatekit.json").read_text())["format"] == "parquet"


def test_until_articles_leaves_later_tables_empty(corpus, tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out), "--until", "articles", "-q"]) == 0
    assert len(pd.read_csv(out / "articles.csv")) == 3
    assert pd.read_csv(out / "statements.csv").empty


def test_nothing_readable_exits_non_zero_and_names_the_file(tmp_path, capsys):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "kosong.txt").write_text("", encoding="utf-8")
    (folder / "biner.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    assert main(["analyze", str(folder), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "kosong.txt" in err and "biner.txt" in err


def test_missing_path_exits_non_zero(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 1
    assert "nowhere" in capsys.readouterr().err


def test_console_script_runs(corpus, tmp_path):
    script = Path(sys.executable).with_name("debatekit")
    if not script.exists():
        pytest.skip("debatekit console script not installed in this environment")
    out = tmp_path / "out"
    proc = subprocess.run(
        [str(script), "analyze", str(corpus), "--out", str(out)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert (out / "report.html").is_file()
    assert "outlets" in proc.stdout


@pytest.mark.skipif(not (EXAMPLES / "debate_id" / "gold.json").is_file(), reason="example corpus not present")
def test_examples_end_to_end(tmp_path, capsys):
    """The README's main job: both example debates, every output, every gold outlet in the report."""
    out = tmp_path / "out"
    folders = [
        EXAMPLES / d / "articles" for d in ("debate_id", "debate_en") if (EXAMPLES / d / "articles").is_dir()
    ]
    assert main(["analyze", *map(str, folders), "--out", str(out)]) == 0
    for name in OUTPUTS:
        assert (out / name).is_file(), name
    html = (out / "report.html").read_text(encoding="utf-8")
    for folder in folders:
        gold_path = folder.parent / "gold.json"
        if gold_path.is_file():
            for doc in json.loads(gold_path.read_text(encoding="utf-8"))["documents"].values():
                if doc.get("outlet"):
                    assert doc["outlet"] in html, doc["outlet"]
    n_files = sum(1 for f in folders for p in f.iterdir() if p.is_file())
    assert len(pd.read_csv(out / "articles.csv")) == n_files  # every example article reads
    assert re.search(rf"^articles +{n_files}$", capsys.readouterr().out, re.M)


def test_progress_bar_on_a_terminal(tmp_path):
    """On a terminal, a corpus of more than a few files shows a tqdm bar on stderr; --quiet hides it."""
    pty = pytest.importorskip("pty")
    fcntl = pytest.importorskip("fcntl")
    termios = pytest.importorskip("termios")
    import os
    import struct

    from debatekit.io.corpus import PROGRESS_MIN_ITEMS

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(PROGRESS_MIN_ITEMS + 2):
        (folder / f"b{n:02d}.txt").write_text(ARTICLE.format(title=f"Judul {n}", n=n), encoding="utf-8")

    def run(*extra: str) -> str:
        master, slave = pty.openpty()
        # A real terminal has a size; tqdm draws nothing on a 0-column one.
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
        code = "import sys; from debatekit.cli import main; sys.exit(main(sys.argv[1:]))"
        proc = subprocess.Popen(
            [sys.executable, "-c", code, "analyze", str(folder), "--out", str(tmp_path / "o"), *extra],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=slave,
        )
        os.close(slave)  # the child holds the only slave end now: EIO on read means it is gone
        chunks = []
        while True:  # read while it runs, so nothing sits in a closing pty's buffer
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        assert proc.wait(timeout=120) == 0
        return b"".join(chunks).decode("utf-8", "replace")

    assert f"{PROGRESS_MIN_ITEMS + 2}/{PROGRESS_MIN_ITEMS + 2}" in run()
    assert "%|" not in run("--quiet")


def test_transcript_is_read_and_saved(corpus, tmp_path):
    transcript = tmp_path / "debat.txt"
    transcript.write_text(
        "MODERATOR: Selamat malam.\nBudi Santoso: Kami akan membangun pasar rakyat di setiap kecamatan.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out), "--transcript", str(transcript), "-q"]) == 0
    turns = dk.load(out).turns
    assert list(turns["speaker"]) == ["MODERATOR", "Budi Santoso"]


def test_missing_transcript_is_named(corpus, tmp_path, capsys):
    assert (
        main(["analyze", str(corpus), "--out", str(tmp_path / "o"), "--transcript", str(tmp_path / "no.txt")])
        == 1
    )
    assert "no.txt" in capsys.readouterr().err


def test_out_that_is_a_file_is_refused_clearly(corpus, tmp_path, capsys):
    target = tmp_path / "taken"
    target.write_text("not a folder", encoding="utf-8")
    assert main(["analyze", str(corpus), "--out", str(target), "-q"]) == 1
    assert f"cannot write to {target}" in capsys.readouterr().err


def test_out_inside_the_input_folder_is_not_read_back(corpus, capsys):
    """Run twice with --out inside the input: the second run reads the same 3 articles, not its own tables."""
    out = corpus / "out"
    for _ in range(2):
        assert main(["analyze", str(corpus), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert len(pd.read_csv(out / "articles.csv")) == 3
    assert re.findall(r"^articles +(\d+)$", printed, re.M) == ["3", "3"]
    assert "own output, not read as input" in printed
    errors = pd.read_csv(out / "errors.csv")
    assert "own_output" in set(errors["problem"])


@pytest.mark.parametrize("value", ["-1", "0", "two"])
def test_invalid_workers_refused_at_once(corpus, tmp_path, capsys, value):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(corpus), "--out", str(tmp_path / "out"), "--workers", value])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--workers" in err and value in err
    assert not (tmp_path / "out").exists()


def test_encoding_option(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "latin.txt").write_bytes(ARTICLE.format(title="Debat José Peña", n=1).encode("latin-1"))
    out = tmp_path / "out"
    assert main(["analyze", str(src), "--out", str(out), "--encoding", "latin-1", "-q"]) == 0
    assert pd.read_csv(out / "articles.csv")["title"].tolist() == ["Debat José Peña"]
    assert pd.read_csv(out / "errors.csv").empty
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(src), "--out", str(out), "--encoding", "klingon"])
    assert exc.value.code == 2 and "klingon" in capsys.readouterr().err


def test_help_example_never_breaks_a_path(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    out = capsys.readouterr().out
    assert "  debatekit analyze examples/debate_id/articles examples/debate_en/articles \\\n" in out
    assert "      --out debatekit-out\n" in out
    assert not re.search(r"[\w/]-\n", out), "a word or path is split at a hyphen"
    assert "--encoding" in out and "never read as" in out


def test_every_ignored_file_is_named_in_the_summary(corpus, tmp_path, capsys):
    (corpus / "notes.md").write_text("not an article", encoding="utf-8")
    (corpus / "header_only.csv").write_text("text,title\n", encoding="utf-8")
    (corpus / "linked").symlink_to(tmp_path, target_is_directory=True)
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    for name, why in (
        ("notes.md", "not an article file"),
        ("header_only.csv", "header but no rows"),
        ("linked", "symlinked folder"),
        ("kosong.txt", "empty"),
    ):
        line = next((ln for ln in printed.splitlines() if name in ln), "")
        assert "skipped" in line and why in line, (name, printed)


@pytest.mark.skipif(not (EXAMPLES / "debate_id" / "articles").is_dir(), reason="example corpus not present")
def test_readme_names_every_output_file(tmp_path):
    """The README's list of output files is the list the CLI writes (it drifted once: 10 of 16 named)."""
    out = tmp_path / "out"
    assert main(["analyze", str(EXAMPLES / "debate_id" / "articles"), "--out", str(out), "--quiet"]) == 0
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    paragraph = readme[readme.index("It writes ") :].split("\n\n", 1)[0]
    named = set(re.findall(r"`([\w.]+\.(?:csv|graphml|json|html))`", paragraph))
    written = {p.name for p in out.iterdir()}
    assert named == written
    assert re.search(rf"It writes {len(written)} files", paragraph)


def test_main_collects_garbage_less_often_and_restores_the_thresholds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse
    import gc

    from debatekit import cli

    seen: list[tuple[int, ...]] = []
    real = cli.run_analyze

    def spy(args: argparse.Namespace) -> int:
        seen.append(gc.get_threshold())
        return real(args)

    monkeypatch.setattr(cli, "run_analyze", spy)
    before = gc.get_threshold()
    gc.set_threshold(1234, 5, 6)
    try:
        assert main(["analyze", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 1
        assert seen == [cli.GC_THRESHOLDS]
        assert gc.get_threshold() == (1234, 5, 6)
    finally:
        gc.set_threshold(*before)


@pytest.mark.parametrize("good", [True, False])
def test_the_program_flushes_its_output_and_keeps_the_status(
    corpus: Path, tmp_path: Path, good: bool
) -> None:
    """``python -m debatekit.cli`` (the program, ending with ``os._exit``): every line it printed reaches
    the pipe, the files are complete and the exit status is main's."""
    out = tmp_path / "out"
    source = corpus if good else tmp_path / "nowhere"
    done = subprocess.run(
        [sys.executable, "-m", "debatekit.cli", "analyze", str(source), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    if not good:
        assert done.returncode == 1
        assert "no article could be read" in done.stderr
        return
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith(f"(open {out / 'report.html'})")
    assert pd.read_csv(out / "articles.csv")["outlet"].nunique() == 3
    assert json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert (out / "report.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_the_program_under_a_profiler_exits_the_usual_way(corpus: Path, tmp_path: Path) -> None:
    """``python -m cProfile -o FILE -m debatekit.cli``: the profiler writes FILE after the program
    returns, so the quick exit (``os._exit``) must not cut it off."""
    stats = tmp_path / "cli.prof"
    out = tmp_path / "out"
    command = ["-m", "debatekit.cli", "analyze", str(corpus), "--out", str(out), "--quiet"]
    done = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(stats), *command], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert (out / "report.html").exists()
    import pstats

    assert any(name == "run_analyze" for _file, _line, name in pstats.Stats(str(stats)).stats)
