"""The result of :func:`debatekit.analyze`: every table, the graph, and saving/loading them."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from debatekit import schema
from debatekit.cells import is_true as is_fatal
from debatekit.cells import value_counts


def _empty(name: str) -> pd.DataFrame:
    return schema.frame(schema.TABLES[name])


@dataclass
class Analysis:
    """Everything debatekit found in a corpus, as pandas DataFrames plus a networkx graph.

    Attributes
    ----------
    articles, statements, speakers, mentions, matches, statement_groups, discrepancies, rebuttals,
    stances, topics, turns, errors, participation, events : pandas.DataFrame
        Columns as defined in :mod:`debatekit.schema`.
    graph : networkx.MultiDiGraph
        Speakers, statements, articles and topics with their relations (see :mod:`debatekit.relate.graph`).

    Examples
    --------
    >>> import debatekit as dk
    >>> result = dk.analyze("examples/debate_en/articles", until="statements")
    >>> sorted(result.statements["kind"].unique())
    ['direct', 'indirect']
    >>> result.table_names()[:3]
    ('articles', 'statements', 'speakers')
    >>> dk.Analysis().statements.empty  # an empty analysis still has every column
    True
    """

    articles: pd.DataFrame = field(default_factory=lambda: _empty("articles"))
    statements: pd.DataFrame = field(default_factory=lambda: _empty("statements"))
    speakers: pd.DataFrame = field(default_factory=lambda: _empty("speakers"))
    mentions: pd.DataFrame = field(default_factory=lambda: _empty("mentions"))
    matches: pd.DataFrame = field(default_factory=lambda: _empty("matches"))
    statement_groups: pd.DataFrame = field(default_factory=lambda: _empty("statement_groups"))
    discrepancies: pd.DataFrame = field(default_factory=lambda: _empty("discrepancies"))
    rebuttals: pd.DataFrame = field(default_factory=lambda: _empty("rebuttals"))
    stances: pd.DataFrame = field(default_factory=lambda: _empty("stances"))
    topics: pd.DataFrame = field(default_factory=lambda: _empty("topics"))
    turns: pd.DataFrame = field(default_factory=lambda: _empty("turns"))
    errors: pd.DataFrame = field(default_factory=lambda: _empty("errors"))
    participation: pd.DataFrame = field(default_factory=lambda: _empty("participation"))
    events: pd.DataFrame = field(default_factory=lambda: _empty("events"))
    graph: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph)

    @classmethod
    def table_names(cls) -> tuple[str, ...]:
        """Names of the DataFrame attributes, in a fixed order.

        Examples
        --------
        >>> "matches" in Analysis.table_names()
        True
        """
        return tuple(f.name for f in fields(cls) if f.name != "graph")

    @classmethod
    def empty_tables(cls) -> dict[str, pd.DataFrame]:
        """Every table, empty with its schema columns, by name: the start of a stage chain.

        Examples
        --------
        >>> list(Analysis.empty_tables()["speakers"].columns) == list(Analysis().speakers.columns)
        True
        """
        empty = cls()  # one set of empty tables, not one Analysis per table
        return {name: getattr(empty, name) for name in cls.table_names()}

    def summary(self) -> dict[str, Any]:
        """Counts a person wants first: articles, outlets, speakers, statements, matches, discrepancies.

        Returns
        -------
        dict
            ``articles``, ``outlets``, ``speakers``, ``rebuttals`` and ``skipped`` (unreadable files) as
            ints; ``statements``, ``matches`` and ``discrepancies`` as ``{kind or relation: count}``.

        Examples
        --------
        >>> Analysis().summary()["statements"]
        {}
        """
        return {
            "articles": len(self.articles),
            "outlets": int(self.articles["outlet"].nunique()) if len(self.articles) else 0,
            "speakers": len(self.speakers),
            "statements": value_counts(self.statements, "kind"),
            "matches": value_counts(self.matches, "relation"),
            "discrepancies": value_counts(self.discrepancies, "kind"),
            "rebuttals": len(self.rebuttals),
            "skipped": int(self.errors["fatal"].map(is_fatal).sum()) if len(self.errors) else 0,
        }

    # Persistence and display live in debatekit.report, imported here only when called: debatekit.report
    # never imports this module at run time (only for type hints), so there is no import cycle.
    def save(self, directory: str | Path, format: str = "csv") -> Path:
        """Write every table, the graph and the HTML report to ``directory`` (see :func:`load`).

        Parameters
        ----------
        directory : str or Path
            Created if missing. The files are those the command line writes (``debatekit.json`` is the
            manifest :func:`load` reads).
        format : {"csv", "parquet"}
            Format of the tables (Parquet needs pyarrow).

        Returns
        -------
        Path
            ``directory``.

        Raises
        ------
        ValueError
            For another ``format``.

        Examples
        --------
        >>> import tempfile
        >>> import debatekit as dk
        >>> result = dk.analyze("examples/debate_en/articles/en1_lns.txt", until="statements")
        >>> folder = result.save(tempfile.mkdtemp())
        >>> (folder / "statements.csv").is_file(), (folder / "report.html").is_file()
        (True, True)
        >>> dk.load(folder).statements["statement_id"].equals(result.statements["statement_id"])
        True
        """
        from debatekit.report.store import save_analysis

        return save_analysis(self, directory, format=format)

    def to_html(self, path: str | Path) -> Path:
        """Write the self-contained HTML report to ``path``.

        Parameters
        ----------
        path : str or Path
            The HTML file (missing parent folders are created).

        Returns
        -------
        Path
            ``path``.

        Examples
        --------
        >>> import tempfile
        >>> from pathlib import Path
        >>> page = Analysis().to_html(Path(tempfile.mkdtemp()) / "report.html")
        >>> page.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")
        True
        """
        from debatekit.report.html import write_report

        return write_report(self, path)

    def to_convokit(self, directory: str | Path) -> Path:
        """Write a ConvoKit corpus directory (``convokit.Corpus(filename=dir)`` reads it; see
        :mod:`debatekit.report.convokit`).

        Parameters
        ----------
        directory : str or Path
            Created if missing; its five ConvoKit files are overwritten.

        Returns
        -------
        Path
            ``directory``.

        Examples
        --------
        >>> import tempfile
        >>> import debatekit as dk
        >>> result = dk.analyze("examples/debate_en/articles/en1_lns.txt", until="statements")
        >>> folder = result.to_convokit(tempfile.mkdtemp())
        >>> sorted(p.name for p in folder.iterdir())
        ['conversations.json', 'corpus.json', 'index.json', 'speakers.json', 'utterances.jsonl']
        """
        from debatekit.report.convokit import write_convokit

        return write_convokit(self, directory)

    @classmethod
    def from_convokit(cls, directory: str | Path) -> Analysis:
        """Read a ConvoKit corpus directory (one :meth:`to_convokit` wrote gives the same tables back).

        The parameters, what is read and the errors raised are those of
        :func:`debatekit.report.convokit.read_convokit`.

        Examples
        --------
        >>> import tempfile
        >>> import debatekit as dk
        >>> result = dk.analyze("examples/debate_en/articles/en1_lns.txt", until="statements")
        >>> back = dk.Analysis.from_convokit(result.to_convokit(tempfile.mkdtemp()))
        >>> back.statements["statement_id"].tolist() == result.statements["statement_id"].tolist()
        True
        """
        from debatekit.report.convokit import read_convokit

        return read_convokit(directory)

    def _repr_html_(self) -> str:
        """Jupyter display: the summary counts and the first rows of the key tables."""
        from debatekit.report.notebook import repr_html

        return repr_html(self)

    def draw(self, ax: Any = None, max_speakers: int = 30) -> Any:
        """Draw the speaker graph (rebuttals red, agreement green) with matplotlib; returns the Axes.

        Parameters
        ----------
        ax : matplotlib Axes, optional
            Where to draw (default: a new figure).
        max_speakers : int
            At most this many speakers: those in a rebuttal, then the most quoted.

        Returns
        -------
        matplotlib.axes.Axes
        """
        from debatekit.report.speaker_graph import draw

        return draw(self, ax=ax, max_nodes=max_speakers)


def load(directory: str | Path) -> Analysis:
    """Reopen an analysis written by :meth:`Analysis.save` (or by ``debatekit analyze --out``).

    Parameters
    ----------
    directory : str or Path
        The folder holding ``debatekit.json`` and the tables.

    Returns
    -------
    Analysis
        The same tables (CSV cells read back as lists, numbers and booleans) and graph.

    Raises
    ------
    FileNotFoundError
        When ``directory`` holds neither ``debatekit.json`` nor any table file.

    Examples
    --------
    >>> import tempfile
    >>> import debatekit as dk
    >>> folder = dk.analyze("examples/debate_en/articles/en1_lns.txt", until="statements").save(tempfile.mkdtemp())
    >>> dk.load(folder).articles["outlet"].tolist()
    ['LNS']
    """
    from debatekit.report.store import load_analysis

    return load_analysis(directory)
