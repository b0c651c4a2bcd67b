"""debatekit.scale on a real multi-process LocalCluster: the distributed run gives exactly the tables of
``debatekit.analyze`` (ids included), also when a worker dies mid-run."""

from __future__ import annotations

import os
import signal
import threading
import time

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")

from conftest import EXAMPLES  # noqa: E402

import debatekit as dk  # noqa: E402
from debatekit.scale import _name_blocks, analyze_dask  # noqa: E402

TABLES = {
    "articles": "article_id",
    "statements": "statement_id",
    "mentions": "mention_id",
    "speakers": "speaker_id",
    "matches": "match_id",
    "statement_groups": "group_id",
    "errors": None,
    "discrepancies": "discrepancy_id",
    "rebuttals": None,
    "stances": None,
    "topics": "topic_id",
    "turns": "turn_id",
}


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def assert_same(single, dist) -> None:
    for name, key in TABLES.items():
        a, b = getattr(single, name), getattr(dist, name)
        if key is not None and key in a:
            a = a.sort_values(key, kind="stable")
            b = b.sort_values(key, kind="stable")
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), obj=name)


EXAMPLE_DIRS = [str(EXAMPLES / "debate_id" / "articles"), str(EXAMPLES / "debate_en" / "articles")]


def test_examples_same_tables(client):
    single = dk.analyze(EXAMPLE_DIRS, progress=False)
    dist = analyze_dask(EXAMPLE_DIRS, npartitions=4).compute()
    assert len(dist.matches) and len(dist.statement_groups) and len(dist.speakers)
    assert_same(single, dist)


def test_example_with_transcript(client):
    src, tr = str(EXAMPLES / "debate_en" / "articles"), str(EXAMPLES / "debate_en" / "transcript.vtt")
    single = dk.analyze(src, transcript=tr, progress=False)
    dist = analyze_dask(src, npartitions=3).compute(transcript=tr)
    assert dist.statements["turn_id"].notna().any()
    assert_same(single, dist)


def test_seeds_same_tables(client, seeds_frame):
    single = dk.analyze(seeds_frame, progress=False)
    dist = analyze_dask(seeds_frame, npartitions=3).compute()
    assert_same(single, dist)
    # raw records as a Dask DataFrame are read (cleaned) on the workers, partition by partition
    raw = dd.from_pandas(seeds_frame, npartitions=2)
    assert_same(single, analyze_dask(raw).compute())


def test_until_statements_and_parquet(client, tmp_path):
    single = dk.analyze(EXAMPLE_DIRS, until="statements", progress=False)
    res = analyze_dask(EXAMPLE_DIRS, until="statements", npartitions=3)
    assert_same(single, res.compute())
    out = res.to_parquet(tmp_path / "out")
    back = pd.read_parquet(out / "statements")
    assert sorted(back["statement_id"]) == sorted(single.statements["statement_id"])


def test_worker_killed_mid_run(client):
    """Kill one worker process while the cross-article stages run: nothing lost, nothing doubled."""
    single = dk.analyze(EXAMPLE_DIRS, progress=False)
    pids = client.run(os.getpid)
    killed: list[str] = []
    stop = threading.Event()

    def kill(addr: str) -> None:
        os.kill(pids[addr], signal.SIGKILL)
        killed.append(addr)

    def killer() -> None:
        while not stop.is_set() and not killed:
            for addr, keys in client.processing().items():
                # once extraction results sit on the workers: the lost ones must be recomputed
                if any("pairs" in str(k) or "score" in str(k) or "shuffle" in str(k) for k in keys):
                    kill(addr)
                    return
            time.sleep(0.005)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    persisted = analyze_dask(EXAMPLE_DIRS, npartitions=6)
    stop.set()
    thread.join(timeout=5)
    if not killed:
        # The stages ran faster than the poller could see them: kill a worker now, before gathering, so
        # the persisted partitions it held are lost and must be recomputed, never doubled.
        kill(sorted(pids)[0])
    dist = persisted.compute()
    assert killed, "no worker was killed during the run"
    assert dist.statements["statement_id"].is_unique and dist.matches["match_id"].is_unique
    assert_same(single, dist)
    client.wait_for_workers(2, timeout=30)  # the nanny restarts it for later tests


def test_no_statements_gives_empty_tables(client):
    frame = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": ["Hujan turun sejak pagi di kota itu.", "Jalan raya ditutup sore ini."],
        }
    )
    single = dk.analyze(frame, progress=False)
    dist = analyze_dask(frame).compute()
    assert dist.statements.empty and dist.matches.empty
    assert_same(single, dist)


def test_name_blocks_follow_shared_words():
    blocks = _name_blocks(
        [
            frozenset({"dewi", "siregar"}),
            frozenset({"andi"}),
            frozenset({"siregar"}),
            frozenset({"andi", "lubis"}),
        ]
    )
    assert sorted(blocks) == [[0, 2], [1, 3]]


def test_cli_scheduler_writes_the_same_tables(client, tmp_path):
    from debatekit.cli import main

    src = str(EXAMPLES / "debate_id" / "articles")
    addr = client.scheduler.address
    assert main(["analyze", src, "--out", str(tmp_path / "d"), "--scheduler", addr, "-q"]) == 0
    assert main(["analyze", src, "--out", str(tmp_path / "s"), "-q"]) == 0
    for table in ("statements", "speakers", "matches", "discrepancies"):
        a = pd.read_csv(tmp_path / "s" / f"{table}.csv")
        b = pd.read_csv(tmp_path / "d" / f"{table}.csv")
        pd.testing.assert_frame_equal(a, b, obj=table)


def test_cli_on_dask_reads_aliases_and_analyses_the_debate_as_on_one_machine(client, tmp_path):
    from debatekit.cli import main

    src = tmp_path / "news"
    src.mkdir()
    (src / "a1.txt").write_text(
        "Council agrees on budget\n\nMayor Margaret Hale spoke to reporters on Monday.\n\n"
        '"The budget will pass this week and the bridge will be repaired," said Margaret Hale.\n',
        encoding="utf-8",
    )
    (src / "a2.txt").write_text(
        "Budget vote set for Friday\n\nThe vote comes after months of talks.\n\n"
        '"We will repair the old bridge before winter," said Peggy Marlowe.\n',
        encoding="utf-8",
    )
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("Margaret Hale,Peggy Marlowe\n", encoding="utf-8")
    tr = str(EXAMPLES / "debate_en" / "transcript.vtt")
    common = ["--language", "en", "--transcript", tr, "--aliases", str(aliases), "-q"]
    addr = client.scheduler.address
    assert main(["analyze", str(src), "--out", str(tmp_path / "d"), "--scheduler", addr, *common]) == 0
    assert main(["analyze", str(src), "--out", str(tmp_path / "s"), *common]) == 0
    statements = pd.read_csv(tmp_path / "d" / "statements.csv")
    news = statements[statements["kind"] != "spoken"]
    assert set(news["speaker_id"]) == {"margaret-hale"}  # the alias table joined the two names
    assert (statements["kind"] == "spoken").any()  # the debate itself, as on one machine
    for table in ("statements", "speakers", "turns", "participation", "rebuttals"):
        a = pd.read_csv(tmp_path / "s" / f"{table}.csv")
        b = pd.read_csv(tmp_path / "d" / f"{table}.csv")
        pd.testing.assert_frame_equal(a, b, obj=table)


def test_dask_stages_keep_the_contracts_of_the_pandas_stages(client):
    from debatekit import schema, stages
    from debatekit.scale import DASK_STAGES, read_articles

    for name, stage in DASK_STAGES.items():
        pandas_stage = next(s for s in stages.STAGES if s.name == name)
        assert (stage.requires, stage.provides) == (pandas_stage.requires, pandas_stage.provides)
    articles, errors = read_articles(EXAMPLE_DIRS, npartitions=3)
    tables = {"articles": articles, "errors": errors}
    for name in ("languages", "extract", "align"):
        before, tables = tables, DASK_STAGES[name].apply(tables, stages.Options())
        changed = {t for t in tables if tables[t] is not before.get(t)}
        assert changed == set(DASK_STAGES[name].provides), name
        assert all(tuple(tables[t].columns) == schema.TABLES[t] for t in changed), name
    single = dk.analyze(EXAMPLE_DIRS, until="matches", progress=False)
    assert sorted(tables["matches"]["match_id"].compute()) == sorted(single.matches["match_id"])


def test_forced_language_same_as_single_machine(client):
    src = str(EXAMPLES / "debate_id" / "articles")
    single = dk.analyze(dk.read_corpus(src), language="en", progress=False)
    dist = analyze_dask(src, language="en", npartitions=2).compute()
    assert set(dist.articles["language"]) == {"en"}
    assert_same(single, dist)
    with pytest.raises(ValueError, match="available packs: id, en"):
        analyze_dask(src, language="fr")
