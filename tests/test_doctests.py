"""The docstring examples of the public API run as written (a stale example fails here).

Each module's examples run with the stdlib :mod:`doctest` from the repository root, so the paths in them
("examples/debate_en/articles") are the bundled examples.
"""

from __future__ import annotations

import doctest
import importlib
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# The modules of the public API and its documented seams.
MODULES = (
    "debatekit",
    "debatekit.io.corpus",
    "debatekit.io.transcript",
    "debatekit.pipeline",
    "debatekit.analysis",
    "debatekit.stages",
    "debatekit.cells",
    "debatekit.lang",
    "debatekit.lang.spec",
    "debatekit.extract.attributor",
    "debatekit.relate.stance",
    "debatekit.report.convokit",
    "debatekit.report.notebook",
    "debatekit.scale",
)
NEEDS = {"debatekit.scale": "dask.dataframe"}  # the optional extra its examples import

# Public names (module:attribute) whose docstring must hold an Examples section that runs.
DOCUMENTED = (
    "debatekit.io.corpus:read_corpus",
    "debatekit.io.corpus:Corpus",
    "debatekit.io.corpus:Corpus.to_raw_offset",
    "debatekit.io.transcript:read_transcript",
    "debatekit.pipeline:analyze",
    "debatekit.analysis:Analysis",
    "debatekit.analysis:Analysis.save",
    "debatekit.analysis:Analysis.to_html",
    "debatekit.analysis:Analysis.to_convokit",
    "debatekit.analysis:Analysis.from_convokit",
    "debatekit.analysis:Analysis.summary",
    "debatekit.analysis:load",
    "debatekit.stages:Stage",
    "debatekit.stages:check_order",
    "debatekit.stages:contracts_table",
    "debatekit.lang:get_pack",
    "debatekit.extract.attributor:RuleAttributor",
    "debatekit.extract.attributor:Attributor",
    "debatekit.relate.stance:LexiconStance",
    "debatekit.relate.stance:StanceModel",
    "debatekit.report.convokit:write_convokit",
    "debatekit.report.convokit:read_convokit",
    "debatekit.report.notebook:repr_html",
    "debatekit.scale:analyze_dask",
)


def _resolve(name: str) -> object:
    module, _, attributes = name.partition(":")
    obj: object = importlib.import_module(module)
    for attribute in attributes.split("."):
        obj = getattr(obj, attribute)
    return obj


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name, monkeypatch, tmp_path):
    if name in NEEDS:
        pytest.importorskip(NEEDS[name])
    monkeypatch.chdir(REPO)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the examples' tempfile.mkdtemp() folders
    module = importlib.import_module(name)
    tests = [t for t in doctest.DocTestFinder().find(module, name) if t.examples]
    assert tests, f"{name} has no docstring examples"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in tests:
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples of {name} failed (see above)"


@pytest.mark.parametrize("dotted", DOCUMENTED)
def test_public_api_has_a_running_example(dotted):
    doc = getattr(_resolve(dotted), "__doc__", None) or ""
    assert "Examples\n" in doc, f"{dotted}: no Examples section"
    steps = [e for e in doctest.DocTestParser().get_examples(doc)]
    assert steps, f"{dotted}: the Examples section holds no >>> example"
    runnable = [e for e in steps if not e.options.get(doctest.SKIP)]
    assert runnable or dotted == "debatekit.scale.analyze_dask", f"{dotted}: every example is skipped"
