"""The one exception readers raise, carrying a short problem code for ``Corpus.errors``."""

from __future__ import annotations


class ReadError(ValueError):
    """A source could not be read (or was read with a warning).

    Parameters
    ----------
    source : str
        File path (or record) concerned.
    problem : str
        Short code. Fatal (item skipped): ``empty``, ``binary``, ``encoding`` (no encoding fits, or
        not the one asked for), ``malformed`` (a file, or one CSV row / JSON Lines line, named by line),
        ``too_large``, ``missing``, ``unreadable``, ``unsupported`` (not an article file type),
        ``no_text``, ``no_records`` (a CSV with a header only, an empty JSON list), ``hidden``
        (hidden file or folder), ``symlink`` (symlinked folder, not followed), ``own_output``
        (debatekit's own output: the ``--out`` folder, a saved analysis, a ConvoKit export).
        Warnings (item loaded): ``encoding`` (decoded with a detected fallback), ``duplicate_id``
        (renamed ``id~2``...), ``all_debris`` (every line looked like debris, all were kept).
    message : str
        Human sentence; it names the source and the problem.
    fatal : bool
        False for warnings (the item still loaded).
    """

    def __init__(self, source: str, problem: str, message: str, *, fatal: bool = True) -> None:
        super().__init__(message)
        self.source = source
        self.problem = problem
        self.message = message
        self.fatal = fatal

    def as_row(self) -> dict:
        """The row this error becomes in ``Corpus.errors`` (``schema.ERROR_COLUMNS``)."""
        return {"source": self.source, "problem": self.problem, "message": self.message, "fatal": self.fatal}
