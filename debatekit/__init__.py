"""debatekit: analyse political debates as the news reports them.

Public API: :func:`read_corpus`, :func:`read_transcript`, :func:`analyze`, :func:`load`,
:class:`Corpus`, :class:`Analysis`. Importing the package does no work: submodules load on first use.
Seams: ``analyze(stance_model=, attributor=, aliases=, speakers=)``, :mod:`debatekit.scale` (Dask),
:func:`debatekit.lang.get_pack` and :mod:`debatekit.stages`.

Examples
--------
Run from the repository root (the paths are the bundled ``examples/``):

>>> import debatekit as dk
>>> corpus = dk.read_corpus("examples/debate_en/articles")
>>> len(corpus), sorted(corpus.articles["outlet"])
(4, ['HPR', 'HarwickNow', 'LNS', 'The Harwick Ledger'])
>>> turns = dk.read_transcript("examples/debate_en/transcript.vtt")
>>> turns.loc[0, ["turn_id", "speaker"]].tolist()
['transcript:t0', 'Moderator']
>>> result = dk.analyze(corpus, transcript=turns, until="matches")  # skip topics, stances, graph
>>> {"Margaret Hale", "Thomas Hale"} <= set(result.speakers["name"])
True
>>> result.summary()["articles"], result.stances.empty
(4, True)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.3.0"

_EXPORTS = {
    "read_corpus": "debatekit.io",
    "read_transcript": "debatekit.io",
    "Corpus": "debatekit.io",
    "analyze": "debatekit.pipeline",
    "Analysis": "debatekit.analysis",
    "load": "debatekit.analysis",
}

__all__ = ["Analysis", "Corpus", "__version__", "analyze", "load", "read_corpus", "read_transcript"]

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.analysis import Analysis, load
    from debatekit.io import Corpus, read_corpus, read_transcript
    from debatekit.pipeline import analyze


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'debatekit' has no attribute {name!r}")
