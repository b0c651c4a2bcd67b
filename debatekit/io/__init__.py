"""Reading sources into a Corpus: readers, boilerplate cleaning, metadata, transcripts.

Modules, one job each: ``readers`` (sources and file formats to records), ``decode`` (bytes to text),
``html`` (main text of a page), ``clean`` (page debris out, offsets back to the raw text), ``metadata``
(outlet, date, language), ``corpus`` (``read_corpus`` and :class:`Corpus`), ``transcript``
(``read_transcript``).

Cleaned text convention: ``articles.text`` holds the kept lines of ``raw_text`` joined by a single
``"\\n"``, the headline first; map an offset back with :func:`to_raw_offset`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debatekit.io.clean import clean_text, to_raw_offset
from debatekit.io.corpus import Corpus, read_corpus
from debatekit.io.errors import ReadError

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.io.transcript import read_transcript

__all__ = ["Corpus", "ReadError", "clean_text", "read_corpus", "read_transcript", "to_raw_offset"]


def __getattr__(name: str) -> Any:
    # The transcript reader loads when first asked for: reading articles alone never needs it.
    if name == "read_transcript":
        from debatekit.io.transcript import read_transcript

        globals()[name] = read_transcript
        return read_transcript
    raise AttributeError(f"module 'debatekit.io' has no attribute {name!r}")
