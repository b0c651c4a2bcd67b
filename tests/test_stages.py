"""Every stage's contract holds on the examples: it reads only the columns it requires (a view of just
those gives the same output as the whole tables) and gives exactly the tables and columns it provides."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest
from conftest import EXAMPLES

import debatekit as dk
from debatekit import schema, stages
from debatekit.analysis import Analysis
from debatekit.io import Corpus
from debatekit.pipeline import STAGES_UNTIL


def _source_tables(lang: str) -> stages.Tables:
    corpus = dk.read_corpus(EXAMPLES / f"debate_{lang}" / "articles", progress=False)
    transcript = next((EXAMPLES / f"debate_{lang}").glob("transcript.*"))
    tables: stages.Tables = {name: getattr(Analysis(), name) for name in Analysis.table_names()}
    tables.update(articles=corpus.articles, errors=corpus.errors, turns=dk.read_transcript(transcript))
    return tables


def _same(a, b) -> bool:
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b)
        return True
    return sorted(a.edges(keys=True, data=True), key=repr) == sorted(b.edges(keys=True, data=True), key=repr)


@pytest.fixture(scope="module", params=["id", "en"])
def runs(request) -> list[tuple[stages.Stage, stages.Tables, stages.Tables]]:
    """(stage, tables before, tables after) for each stage of the full pipeline on one example."""
    tables, out = _source_tables(request.param), []
    for stage in stages.STAGES:
        after = stage.apply(tables, stages.Options())
        out.append((stage, tables, after))
        tables = after
    return out


@pytest.mark.parametrize("k", range(len(stages.STAGES)), ids=[s.name for s in stages.STAGES])
def test_stage_reads_only_what_it_requires(runs, k):
    stage, before, _ = runs[k]
    on_view = stage.run(stage.inputs(before), stages.Options())
    on_everything = stage.run(dict(before), stages.Options())  # every table, every column
    assert set(on_view) == set(on_everything) == set(stage.provides)
    for name, cols in stage.provides.items():
        a, b = on_view[name], on_everything[name]
        if name not in stages.NOT_A_TABLE and not stage.replaces(name):
            a, b = a[list(cols)], b[list(cols)]  # a filled table: the view has only the required columns
        assert _same(a, b), name


@pytest.mark.parametrize("k", range(len(stages.STAGES)), ids=[s.name for s in stages.STAGES])
def test_stage_provides_exactly_what_it_declares(runs, k):
    stage, before, after = runs[k]
    assert {n for n in after if after[n] is not before.get(n)} <= set(stage.provides)
    for name, cols in stage.provides.items():
        if name in stages.NOT_A_TABLE:
            continue
        assert tuple(after[name].columns) == schema.TABLES[name]
        if not stage.replaces(name):  # fills some columns: the others and the rows stay as they were
            rest = [c for c in after[name].columns if c not in cols]
            pd.testing.assert_frame_equal(after[name][rest], before[name][rest])
    assert len(after["statements"]) or stage.name == "languages"  # the examples give statements


def test_the_stages_produce_something_on_the_examples(runs):
    final = runs[-1][2]
    assert final["statements"]["group_id"].notna().any()
    assert final["statements"]["turn_id"].notna().any()
    assert final["statements"]["topic_id"].notna().any()
    assert len(final["discrepancies"]) and len(final["graph"])


def test_every_until_chain_is_in_a_valid_order():
    for until, chain in STAGES_UNTIL.items():
        assert stages.check_order(chain) == [], until
    assert stages.check_order([stages.CHECK, stages.ALIGN])  # check before align lacks matches


def test_the_pipeline_is_the_stages_applied_in_order():
    tables = _source_tables("en")
    chained = stages.run_stages(stages.STAGES, tables, stages.Options())
    res = dk.analyze(Corpus(tables["articles"], tables["errors"]), transcript=tables["turns"], progress=False)
    for name in Analysis.table_names():
        pd.testing.assert_frame_equal(getattr(res, name), chained[name], obj=name)


def test_a_missing_required_column_is_named():
    tables = _source_tables("en")
    tables["articles"] = tables["articles"].drop(columns=["language"])
    with pytest.raises(stages.ContractError, match=r"'languages' requires articles\.\['language'\]"):
        stages.LANGUAGES.apply(tables, stages.Options())


def test_an_undeclared_output_is_refused():
    leaky = replace(stages.LANGUAGES, run=lambda t, o: {"articles": t["articles"], "topics": None})
    with pytest.raises(stages.ContractError, match="gave tables"):
        leaky.apply(_source_tables("en"), stages.Options())


def test_a_stage_that_drops_rows_of_a_table_it_fills_is_refused():
    shrink = replace(stages.LANGUAGES, run=lambda t, o: {"articles": t["articles"].iloc[1:]})
    with pytest.raises(stages.ContractError, match="row for row"):
        shrink.apply(_source_tables("en"), stages.Options())


def test_contracts_table_lists_every_stage():
    table = stages.contracts_table()
    assert all(f"| {s.name} | {s.label} |" in table for s in stages.STAGES)
    assert "`statements`: `group_id`" in table


def test_readme_shows_the_current_contracts():
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    assert stages.contracts_table() in readme


def test_an_unknown_until_is_refused():
    with pytest.raises(ValueError, match="until='relate'"):
        dk.analyze(EXAMPLES / "debate_en" / "articles", until="relate")


def test_the_callers_tables_are_never_changed():
    tables = _source_tables("id")
    kept = {name: df.copy(deep=True) for name, df in tables.items()}
    res = dk.analyze(Corpus(tables["articles"], tables["errors"]), language="en", progress=False)
    assert set(res.articles["language"]) == {"en"}
    for name, df in tables.items():
        pd.testing.assert_frame_equal(df, kept[name], obj=name)
