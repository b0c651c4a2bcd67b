"""debatekit: analyse political debates as the news reports them.

>>> import debatekit as dk
>>> result = dk.analyze("examples/")            # doctest: +SKIP
>>> result.statements.head()                    # doctest: +SKIP

Public API: :func:`read_corpus`, :func:`read_transcript`, :func:`analyze`, :func:`load`,
:class:`Corpus`, :class:`Analysis`. Importing the package does no work: submodules load on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

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
