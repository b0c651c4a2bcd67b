"""The stages of :func:`debatekit.analyze`, each with the tables and columns it reads and writes.

A :class:`Stage` declares ``requires`` (table -> columns it reads) and ``provides`` (table -> columns it
writes), as spaCy's components declare ``requires`` / ``assigns``. It runs on exactly those input columns,
never on the whole :class:`~debatekit.analysis.Analysis`: :meth:`Stage.apply` hands it a view of the
required columns and merges back what it provides, so a stage that reads an undeclared column fails at
once (``tests/test_stages.py`` runs every stage on the examples this way). A stage that provides every
column of a table replaces the table; one that provides some columns of a table it also requires fills
those columns, row for row.

:data:`STAGES` is the single-machine backend; :mod:`debatekit.scale` maps some stage names to Dask
implementations with the same contracts (``dataclasses.replace(stage, run=...)``). :func:`contracts_table`
renders the contracts as the README's table, and :func:`check_order` is spaCy's ``analyze_pipes``: it
names every stage that requires a column no earlier stage provides.

Adding a stage: write ``_name(tables, options) -> {table: frame}`` calling the stage package's public
function, declare it as a :class:`Stage` below (new columns go to :mod:`debatekit.schema` first), put it in
:data:`STAGES` and in ``debatekit.pipeline.STAGES_UNTIL``; ``tests/test_stages.py`` then checks its
contract. A new user setting is a new field of :class:`Options`.

>>> [s.name for s in STAGES]
['languages', 'extract', 'align', 'transcript', 'events', 'check', 'relate', 'debate']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pandas as pd

from debatekit import schema

Tables = dict[str, Any]  # table name -> pandas (or Dask) DataFrame; "graph" -> networkx.MultiDiGraph
NOT_A_TABLE = ("graph",)  # outputs without columns
SOURCES: Mapping[str, tuple[str, ...]] = {  # what the reading step gives (debatekit.io), before any stage
    "articles": schema.ARTICLE_COLUMNS,
    "errors": schema.ERROR_COLUMNS,
    "turns": schema.TURN_COLUMNS,
}


@dataclass(frozen=True)
class Options:
    """User settings a stage may read (the keyword arguments of :func:`debatekit.analyze`).

    Examples
    --------
    >>> Options(language="en").language
    'en'
    """

    language: str | None = None
    propositions: Sequence[str] | None = None
    topics: Mapping[str, Sequence[str]] | None = None
    stance_model: Any = None
    speakers: Mapping[str, Any] | None = None  # transcript label -> full name (or {"name", "role"})
    debate: bool | None = None  # analyse the debate itself; None: only when there are no articles
    aliases: Mapping[str, Sequence[str]] | None = None  # full name -> nicknames and acronyms
    attributor: Any = None  # per-article extraction (debatekit.extract.attributor.Attributor)


class ContractError(RuntimeError):
    """A stage was given less than it requires, or gave back other than it provides."""


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline and its contract.

    Attributes
    ----------
    name : str
    requires, provides : mapping of table name to column names
        What the stage reads and what it writes.
    run : callable ``(tables, options) -> tables``
        The implementation: gets the required tables (only the required columns), returns the provided
        ones.
    label : str
        What it does, for progress bars and the README ("extracting statements").

    Examples
    --------
    >>> import pandas as pd
    >>> LANGUAGES.requires, LANGUAGES.provides
    ({'articles': ('text', 'language')}, {'articles': ('language',)})
    >>> articles = pd.DataFrame({"text": ["We will win."], "language": ["en"], "title": ["t"]})
    >>> LANGUAGES.apply({"articles": articles}, Options())["articles"].columns.tolist()
    ['text', 'language', 'title']

    A stage given less than it requires fails at once:

    >>> LANGUAGES.apply({"articles": articles[["text"]]}, Options())
    Traceback (most recent call last):
    ...
    debatekit.stages.ContractError: stage 'languages' requires articles.['language'], which are absent

    A stage of one's own declares its contract the same way (as :mod:`debatekit.scale` does):

    >>> def shout(tables, options):
    ...     return {"articles": tables["articles"].assign(title=tables["articles"]["title"].str.upper())}
    >>> upper = Stage("shout", {"articles": ("title",)}, {"articles": ("title",)}, shout)
    >>> run_stages([LANGUAGES, upper], {"articles": articles}, Options())["articles"]["title"].tolist()
    ['T']
    >>> articles["title"].tolist()  # the input is not changed
    ['t']
    """

    name: str
    requires: Mapping[str, tuple[str, ...]]
    provides: Mapping[str, tuple[str, ...]]
    run: Callable[[Tables, Options], Tables]
    label: str = ""

    def inputs(self, tables: Mapping[str, Any]) -> Tables:
        """The required columns of ``tables`` (column selections: nothing is copied).

        Raises
        ------
        ContractError
            A required table or column is absent.
        """
        out: Tables = {}
        for name, cols in self.requires.items():
            table = tables.get(name)
            if table is None:
                raise ContractError(f"stage {self.name!r} requires the table {name!r}, which is absent")
            if name in NOT_A_TABLE:
                out[name] = table
                continue
            missing = [c for c in cols if c not in table.columns]
            if missing:
                raise ContractError(f"stage {self.name!r} requires {name}.{missing}, which are absent")
            out[name] = table[list(cols)]
        return out

    def apply(self, tables: Mapping[str, Any], options: Options) -> Tables:
        """Run the stage on ``tables`` and return them with its outputs merged in (inputs untouched).

        Parameters
        ----------
        tables : mapping of table name to DataFrame (``"graph"``: a networkx graph)
        options : Options

        Returns
        -------
        dict
            ``tables`` with the provided tables replaced, or their provided columns filled.

        Raises
        ------
        ContractError
            A required column is absent, or the stage gave back other tables, columns or rows than it
            declares.
        """
        produced = self.run(self.inputs(tables), options)
        if set(produced) != set(self.provides):
            raise ContractError(
                f"stage {self.name!r} gave tables {sorted(produced)}, declared {sorted(self.provides)}"
            )
        merged = dict(tables)
        for name, cols in self.provides.items():
            merged[name] = self._merge(name, cols, tables.get(name), produced[name])
        return merged

    def _merge(self, name: str, cols: tuple[str, ...], before: Any, after: Any) -> Any:
        if name in NOT_A_TABLE:
            return after
        if self.replaces(name):
            if tuple(after.columns) != cols:
                raise ContractError(f"stage {self.name!r} gave {name} columns {list(after.columns)}")
            return after
        if before is not None and not isinstance(before, pd.DataFrame):  # a Dask frame (debatekit.scale)
            if after.npartitions != before.npartitions:
                raise ContractError(
                    f"stage {self.name!r} must fill {name}.{list(cols)} partition for partition"
                )
            return before.assign(**{c: after[c] for c in cols})
        if before is None or len(after) != len(before) or not after.index.equals(before.index):
            raise ContractError(f"stage {self.name!r} must fill {name}.{list(cols)} row for row")
        out = before.copy(deep=False)  # copy-on-write: the caller's frame is never changed
        for c in cols:
            out[c] = after[c]
        return out

    def replaces(self, name: str) -> bool:
        """Whether the stage gives the whole table ``name`` (else it fills some of its columns)."""
        return name not in self.requires or set(self.provides[name]) >= set(schema.TABLES[name])


def run_stages(stages: Iterable[Stage], tables: Mapping[str, Any], options: Options) -> Tables:
    """Apply ``stages`` in order (the pipeline: :func:`debatekit.analyze`).

    Examples
    --------
    >>> import pandas as pd
    >>> articles = pd.DataFrame({"text": ["Kami akan menang, kata dia."], "language": [None]})
    >>> run_stages([LANGUAGES], {"articles": articles}, Options(language="id"))["articles"]["language"][0]
    'id'
    """
    out = dict(tables)
    for stage in stages:
        out = stage.apply(out, options)
    return out


# ---------------------------------------------------------------------------------------------------------
# single-machine implementations: each calls the stage package's public function


def _languages(t: Tables, o: Options) -> Tables:
    from debatekit.io.metadata import detect_language
    from debatekit.lang import DEFAULT_LANGUAGE, UnknownLanguageError, pack_code

    def resolved(code: Any, text: Any) -> str:
        if o.language is not None:
            return pack_code(o.language)
        try:  # the reader's value (given by the source, or detected), when a pack has it
            return pack_code(code) if isinstance(code, str) and code else _detect(text)
        except UnknownLanguageError:  # "fr" in a file: read it with the pack its words match best
            return _detect(text)

    def _detect(text: Any) -> str:
        return detect_language(text if isinstance(text, str) else "", DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE

    articles = t["articles"]
    codes = [resolved(c, x) for c, x in zip(articles["language"], articles["text"], strict=True)]
    out = articles.copy(deep=False)
    if codes != articles["language"].tolist():  # keep the reader's column (and dtype) when nothing changes
        out["language"] = pd.Series(codes, index=articles.index, dtype=object)
    return {"articles": out}


def _extract(t: Tables, o: Options) -> Tables:
    from debatekit.extract import extract_corpus

    ex = extract_corpus(
        t["articles"], aliases=o.aliases, attributor=o.attributor
    )  # the language is articles.language (the languages stage)
    errors = pd.concat([t["errors"], ex.warnings], ignore_index=True) if len(ex.warnings) else t["errors"]
    return {"statements": ex.statements, "mentions": ex.mentions, "speakers": ex.speakers, "errors": errors}


def _align(t: Tables, o: Options) -> Tables:
    from debatekit.align import align_statements

    matches, groups, statements = align_statements(t["statements"])
    return {"matches": matches, "statement_groups": groups, "statements": statements}


def _transcript(t: Tables, o: Options) -> Tables:
    from debatekit.align import align_transcript

    return {"statements": align_transcript(t["statements"], t["turns"], t["speakers"])}


def _events(t: Tables, o: Options) -> Tables:
    from debatekit.align.events import attach_events

    events, articles, matches, groups, statements = attach_events(
        t["articles"], t["statements"], t["matches"], t["statement_groups"]
    )
    return {
        "events": events,
        "articles": articles[["event_id"]],
        "matches": matches,
        "statement_groups": groups,
        "statements": statements[["group_id"]],
    }


def _check(t: Tables, o: Options) -> Tables:
    from debatekit.check import find_discrepancies

    return {"discrepancies": find_discrepancies(SimpleNamespace(**t))}


def _relate(t: Tables, o: Options) -> Tables:
    from debatekit.relate import relate

    related = relate(
        SimpleNamespace(**t), propositions=o.propositions, topics=o.topics, stance_model=o.stance_model
    )
    return {name: related[name] for name in ("topics", "rebuttals", "stances", "graph", "statements")}


def _debate(t: Tables, o: Options) -> Tables:
    from debatekit.debate.merge import add_debate, debate_of

    names = ("turns", "statements", "speakers", "rebuttals", "graph")
    wanted = o.debate if o.debate is not None else t["articles"].empty
    result = SimpleNamespace(**{name: t[name] for name in names})
    result.participation = schema.frame(schema.PARTICIPATION_COLUMNS)
    if not wanted or not len(t["turns"]):
        return {name: getattr(result, name) for name in (*names, "participation")}
    result.graph = t["graph"].copy()  # add_debate draws into the graph: never into the caller's
    add_debate(result, debate_of(result, language=o.language, names=o.speakers))
    return {name: getattr(result, name) for name in (*names, "participation")}


_ARTICLE_TEXT = ("article_id", "text", "language")
_STATEMENT_CORE = ("statement_id", "article_id", "outlet", "kind", "text", "speaker_id")

LANGUAGES = Stage(
    "languages",
    requires={"articles": ("text", "language")},
    provides={"articles": ("language",)},
    run=_languages,
    label="resolving languages",
)
EXTRACT = Stage(
    "extract",
    requires={"articles": (*_ARTICLE_TEXT, "title", "outlet", "source"), "errors": schema.ERROR_COLUMNS},
    provides={
        "statements": schema.STATEMENT_COLUMNS,
        "mentions": schema.MENTION_COLUMNS,
        "speakers": schema.SPEAKER_COLUMNS,
        "errors": schema.ERROR_COLUMNS,
    },
    run=_extract,
    label="extracting statements",
)
ALIGN = Stage(
    "align",
    requires={"statements": _STATEMENT_CORE},
    provides={
        "matches": schema.MATCH_COLUMNS,
        "statement_groups": schema.STATEMENT_GROUP_COLUMNS,
        "statements": ("group_id",),
    },
    run=_align,
    label="matching across outlets",
)
TRANSCRIPT = Stage(
    "transcript",
    requires={
        "statements": ("kind", "text", "speaker_id"),
        "turns": ("turn_id", "speaker", "text"),
        "speakers": ("speaker_id", "name", "aliases"),
    },
    provides={"statements": ("turn_id", "transcript_relation", "transcript_score")},
    run=_transcript,
    label="aligning the transcript",
)
EVENTS = Stage(
    "events",
    requires={
        "articles": tuple(c for c in schema.ARTICLE_COLUMNS if c != "event_id"),
        "statements": schema.STATEMENT_COLUMNS,
        "matches": tuple(c for c in schema.MATCH_COLUMNS if c != "event_id"),
        "statement_groups": schema.STATEMENT_GROUP_COLUMNS,
    },
    provides={
        "events": schema.EVENT_COLUMNS,
        "articles": ("event_id",),
        "matches": schema.MATCH_COLUMNS,
        "statement_groups": schema.STATEMENT_GROUP_COLUMNS,
        "statements": ("group_id",),
    },
    run=_events,
    label="finding events",
)
CHECK = Stage(
    "check",
    requires={
        "articles": (*_ARTICLE_TEXT, "outlet", "published"),
        "statements": ("statement_id", "article_id", "kind", "text", "start", "end", "speaker", "group_id"),
        "matches": tuple(c for c in schema.MATCH_COLUMNS if c != "score"),
        "statement_groups": (),  # handed to check.matches, which reads none of its columns
        "events": schema.EVENT_COLUMNS,
    },
    provides={"discrepancies": schema.DISCREPANCY_COLUMNS},
    run=_check,
    label="checking facts",
)


RELATE = Stage(
    "relate",
    requires={
        "articles": schema.ARTICLE_COLUMNS,
        "statements": schema.STATEMENT_COLUMNS,
        "speakers": schema.SPEAKER_COLUMNS,
        "mentions": schema.MENTION_COLUMNS,
        "matches": schema.MATCH_COLUMNS,
    },
    provides={
        "topics": schema.TOPIC_COLUMNS,
        "rebuttals": schema.REBUTTAL_COLUMNS,
        "stances": schema.STANCE_COLUMNS,
        "graph": (),
        "statements": ("topic_id",),
    },
    run=_relate,
    label="relating speakers",
)

DEBATE = Stage(
    "debate",
    requires={
        "articles": ("article_id",),
        "turns": schema.TURN_COLUMNS,
        "statements": schema.STATEMENT_COLUMNS,
        "speakers": schema.SPEAKER_COLUMNS,
        "rebuttals": schema.REBUTTAL_COLUMNS,
        "graph": (),
    },
    provides={
        "turns": schema.TURN_COLUMNS,
        "statements": schema.STATEMENT_COLUMNS,
        "speakers": schema.SPEAKER_COLUMNS,
        "rebuttals": schema.REBUTTAL_COLUMNS,
        "participation": schema.PARTICIPATION_COLUMNS,
        "graph": (),
    },
    run=_debate,
    label="analysing the debate",
)

STAGES: tuple[Stage, ...] = (LANGUAGES, EXTRACT, ALIGN, TRANSCRIPT, EVENTS, CHECK, RELATE, DEBATE)


def check_order(stages: Sequence[Stage], available: Mapping[str, Sequence[str]] = SOURCES) -> list[str]:
    """Problems of a stage order: each required column no earlier stage (nor the reader) provides.

    Parameters
    ----------
    stages : sequence of Stage
    available : mapping of table name to columns
        What there is before the first stage (default: what :mod:`debatekit.io` reads).

    Returns
    -------
    list of str
        One message per missing column; empty for a sound order.

    Examples
    --------
    >>> check_order(STAGES)
    []
    >>> check_order([ALIGN])[0]
    "stage 'align' requires statements.statement_id, which nothing before it provides"
    """
    have = {name: set(cols) for name, cols in available.items()}
    problems = []
    for stage in stages:
        for name, cols in stage.requires.items():
            for c in cols:
                if c not in have.get(name, set()):
                    problems.append(
                        f"stage {stage.name!r} requires {name}.{c}, which nothing before it provides"
                    )
        for name, cols in stage.provides.items():
            if name not in NOT_A_TABLE and stage.replaces(name):
                have[name] = set(cols)
            else:
                have.setdefault(name, set()).update(cols)
    return problems


def contracts_table(stages: Sequence[Stage] = STAGES) -> str:
    """The contracts as a Markdown table (the README's "How it works" shows it): a table named alone is
    read or written whole, else its columns are listed.

    Examples
    --------
    >>> print(contracts_table([LANGUAGES]))
    | stage | what it does | requires | provides |
    | --- | --- | --- | --- |
    | languages | resolving languages | `articles`: `text`, `language` | `articles`: `language` |
    """

    def cell(spec: Mapping[str, tuple[str, ...]]) -> str:
        whole = [n for n, cols in spec.items() if n in NOT_A_TABLE or set(cols) >= set(schema.TABLES[n])]
        return "<br>".join(
            f"`{n}`" if n in whole else f"`{n}`: " + (", ".join(f"`{c}`" for c in cols) or "no column")
            for n, cols in spec.items()
        )

    lines = ["| stage | what it does | requires | provides |", "| --- | --- | --- | --- |"]
    lines += [f"| {s.name} | {s.label} | {cell(s.requires)} | {cell(s.provides)} |" for s in stages]
    return "\n".join(lines)
