"""ConvoKit corpus export and import, without depending on ConvoKit (it pulls in torch and spaCy).

`ConvoKit <https://convokit.cornell.edu>`_ is the field's corpus format for conversations. A corpus is a
directory that ``convokit.Corpus(filename=dir)`` reads::

    utterances.jsonl    one utterance a line: id, speaker, conversation_id, reply-to, timestamp, text,
                        meta, vectors (the keys ``Corpus.dump`` writes)
    speakers.json       {speaker id: {"meta": {...}, "vectors": []}}
    conversations.json  {conversation id: {"meta": {...}, "vectors": []}}
    corpus.json         the corpus-level metadata
    index.json          the metadata index: for each of utterances, speakers, conversations and the corpus,
                        {meta key: [str(type(value)), ...]} ("<class 'str'>"), plus version and vectors

What debatekit puts there:

- **utterances**: every news statement (id ``statement_id``; conversation: its article; ``reply-to``
  None) and every transcript turn (id ``turn_id``; conversation: ``transcript:<id>``; ``reply-to``
  the turn it answers when the turns table has a ``responds_to`` column, else None). Meta: the other
  columns of the statement or turn (offsets, cue, confidence, group, transcript relation: the
  evidence), ``kind`` (``direct``/``indirect``/``spoken``), and the statement's ``matches`` (other
  statement, relation, score) and ``rebuttals`` (target statement and speaker, relation, cue).
- **speakers**: the speakers table (meta: name, aliases, roles, counts); transcript labels that name
  no known speaker and statements nobody could be found for get speakers of their own
  (``known: False``).
- **conversations**: the articles (meta: outlet, title, published, language, url, source, text) and
  the transcripts.
- **corpus**: the generator and, as lists of rows, the whole matches and rebuttals tables and the
  tables ConvoKit has no place for (statement groups, discrepancies, stances, topics, mentions, errors).

:func:`read_convokit` reads such a directory back into an :class:`~debatekit.analysis.Analysis` with
the same tables; the graph is rebuilt from them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from debatekit import schema

if TYPE_CHECKING:  # pragma: no cover
    from debatekit.analysis import Analysis

FILES = ("utterances.jsonl", "speakers.json", "conversations.json", "corpus.json", "index.json")
TRANSCRIPT_PREFIX = "transcript:"
UNATTRIBUTED = "<unattributed>"
SPOKEN = "spoken"
# which debatekit table an utterance came from: spoken statements and turns share kind "spoken"
UNIT_KEY = "debatekit_unit"
# Tables that are ConvoKit's own objects: articles are conversations, statements and turns utterances,
# speakers speakers.
OBJECT_TABLES = ("articles", "statements", "turns", "speakers")
# Every other table is kept whole in corpus.json (matches and rebuttals are also summarised on their
# utterances), so a table added to the schema travels without a change here.
CORPUS_TABLES = tuple(name for name in schema.TABLES if name not in OBJECT_TABLES)
MATCH_SUMMARY = ("match_id", "statement_id_b", "relation", "score")
REBUTTAL_SUMMARY = ("rebuttal_id", "target_statement_id", "target_speaker_id", "relation", "cue")
INDEX_KEYS = {
    "utterance": "utterances-index",
    "speaker": "speakers-index",
    "conversation": "conversations-index",
    "corpus": "overall-index",
}


def _plain(value: Any) -> Any:
    """A JSON-ready Python value: numpy scalars and arrays unwrapped, NaN and NA as None."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        return _plain(value.tolist())
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=str)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _rows(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): _plain(v) for k, v in row.items()} for row in df.to_dict("records")]


def _type_name(value: Any) -> str:
    return str(type(value))  # ConvoKit's index names a type as str(type(value)): "<class 'str'>"


def _index(objects: Iterable[dict[str, Any]]) -> dict[str, list[str]]:
    """ConvoKit's metadata index of some metadata dicts: every key with the types of its non-None values."""
    index: dict[str, list[str]] = {}
    for meta in objects:
        for key, value in meta.items():
            types = index.setdefault(key, [])
            if value is not None and _type_name(value) not in types:
                types.append(_type_name(value))
    return {k: v for k, v in index.items() if v}


def _timestamp(published: Any) -> int | None:
    """Seconds since 1970 (UTC) of an ISO date, as ConvoKit timestamps are; None when not a date."""
    if not isinstance(published, str) or not published:
        return None
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp())


def _transcript_of(turn_id: str) -> str:
    return TRANSCRIPT_PREFIX + (turn_id.rsplit(":t", 1)[0] if ":t" in turn_id else turn_id)


def _speaker_lookup(speakers: pd.DataFrame) -> dict[str, str]:
    """Casefolded names and aliases to speaker ids (the first speaker wins a shared alias)."""
    lookup: dict[str, str] = {}
    for row in _rows(speakers):
        for name in [row.get("name"), *(row.get("aliases") or [])]:
            if isinstance(name, str) and name.strip():
                lookup.setdefault(name.casefold().strip(), row["speaker_id"])
    return lookup


def _relations(df: pd.DataFrame, key: str, keep: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    """The rows of a relation table by the statement they start from, with the ``keep`` columns."""
    out: dict[str, list[dict[str, Any]]] = {}
    if key in df:
        for row in _rows(df):
            if row.get(key) is not None:
                out.setdefault(row[key], []).append({k: row.get(k) for k in keep})
    return out


def _utterances(analysis: Analysis, speakers: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    matches = _relations(analysis.matches, "statement_id_a", MATCH_SUMMARY)
    rebuttals = _relations(analysis.rebuttals, "source_statement_id", REBUTTAL_SUMMARY)
    published = dict(zip(analysis.articles["article_id"], analysis.articles["published"], strict=True))
    utterances = []
    for row in _rows(analysis.statements):
        sid = row.get("speaker_id") or UNATTRIBUTED
        if sid not in speakers:
            speakers[sid] = {"name": row.get("speaker"), "known": False}
        meta = {k: v for k, v in row.items() if k not in ("statement_id", "text")}
        meta["matches"] = matches.get(row["statement_id"], [])
        meta["rebuttals"] = rebuttals.get(row["statement_id"], [])
        meta[UNIT_KEY] = "statement"
        # a spoken statement has no article: its conversation is the transcript of its turn
        spoken_turn = row.get("turn_id") if not isinstance(row.get("article_id"), str) else None
        utterances.append(
            {
                "id": row["statement_id"],
                "conversation_id": _transcript_of(spoken_turn)
                if isinstance(spoken_turn, str)
                else row["article_id"],
                "text": row.get("text") or "",
                "speaker": sid,
                "meta": meta,
                "reply-to": None,
                "timestamp": _timestamp(published.get(row["article_id"])),
                "vectors": [],
            }
        )
    lookup = _speaker_lookup(analysis.speakers)
    turns = _rows(analysis.turns)
    turn_ids = {t["turn_id"] for t in turns}
    for row in turns:
        label = row.get("speaker")
        sid = lookup.get(label.casefold().strip()) if isinstance(label, str) else None
        if sid is None:
            sid = label if isinstance(label, str) and label.strip() else UNATTRIBUTED
            speakers.setdefault(sid, {"name": label, "known": False})
        answers = row.get("responds_to")
        meta = {k: v for k, v in row.items() if k not in ("turn_id", "text")}
        meta["kind"] = SPOKEN
        meta[UNIT_KEY] = "turn"
        utterances.append(
            {
                "id": row["turn_id"],
                "conversation_id": _transcript_of(row["turn_id"]),
                "text": row.get("text") or "",
                "speaker": sid,
                "meta": meta,
                # a reply must point into the corpus, or ConvoKit refuses to load it
                "reply-to": answers if answers in turn_ids and answers != row["turn_id"] else None,
                "timestamp": row.get("start_time"),
                "vectors": [],
            }
        )
    return utterances


def write_convokit(analysis: Analysis, directory: str | Path) -> Path:
    """Write ``analysis`` as a ConvoKit corpus directory (see the module docstring for the mapping).

    Parameters
    ----------
    analysis : Analysis
    directory : str or Path
        Created if missing; the five files are overwritten.

    Returns
    -------
    Path
        The directory, ready for ``convokit.Corpus(filename=str(directory))``.

    Examples
    --------
    >>> import json, tempfile
    >>> import debatekit as dk
    >>> result = dk.analyze("examples/debate_en/articles/en1_lns.txt", until="statements")
    >>> folder = write_convokit(result, tempfile.mkdtemp())
    >>> first = json.loads((folder / "utterances.jsonl").read_text(encoding="utf-8").splitlines()[0])
    >>> sorted(first)
    ['conversation_id', 'id', 'meta', 'reply-to', 'speaker', 'text', 'timestamp', 'vectors']
    >>> first["conversation_id"] in set(result.articles["article_id"])
    True
    """
    from debatekit import __version__

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    speakers: dict[str, dict[str, Any]] = {
        row["speaker_id"]: {**{k: v for k, v in row.items() if k != "speaker_id"}, "known": True}
        for row in _rows(analysis.speakers)
    }
    utterances = _utterances(analysis, speakers)
    conversations: dict[str, dict[str, Any]] = {
        row["article_id"]: {**{k: v for k, v in row.items() if k != "article_id"}, "kind": "article"}
        for row in _rows(analysis.articles)
    }
    for u in utterances:
        cid = u["conversation_id"]
        if isinstance(cid, str) and cid.startswith(TRANSCRIPT_PREFIX) and cid not in conversations:
            conversations[cid] = {"kind": "transcript"}
    corpus_meta: dict[str, Any] = {"generator": f"debatekit {__version__}"}
    corpus_meta.update({name: _rows(getattr(analysis, name)) for name in CORPUS_TABLES})

    with open(out / "utterances.jsonl", "w", encoding="utf-8") as f:
        for u in utterances:
            f.write(json.dumps(u, ensure_ascii=False) + "\n")
    _write_json(out / "speakers.json", {k: {"meta": v, "vectors": []} for k, v in speakers.items()})
    _write_json(out / "conversations.json", {k: {"meta": v, "vectors": []} for k, v in conversations.items()})
    _write_json(out / "corpus.json", corpus_meta)
    index = {
        INDEX_KEYS["utterance"]: _index(u["meta"] for u in utterances),
        INDEX_KEYS["speaker"]: _index(speakers.values()),
        INDEX_KEYS["conversation"]: _index(conversations.values()),
        INDEX_KEYS["corpus"]: _index([corpus_meta]),
        "version": 1,
        "vectors": [],
    }
    _write_json(out / "index.json", index)
    return out


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _meta(entry: Any) -> dict[str, Any]:
    # ConvoKit writes {"meta": ..., "vectors": ...}; corpora from before vectors hold the meta itself.
    if isinstance(entry, dict) and "meta" in entry and set(entry) <= {"meta", "vectors"}:
        return dict(entry["meta"] or {})
    return dict(entry or {})


def read_convokit(directory: str | Path) -> Analysis:
    """Read a ConvoKit corpus directory back into an :class:`~debatekit.analysis.Analysis`.

    A directory written by :func:`write_convokit` gives back the same tables. Other ConvoKit corpora
    load too: every utterance becomes a ``spoken`` turn (``speaker`` its speaker id, ``responds_to`` its
    ``reply-to`` when the turns table has that column).

    Parameters
    ----------
    directory : str or Path
        A ConvoKit corpus directory (``utterances.jsonl`` and, optionally, the four JSON files).

    Returns
    -------
    Analysis
        The tables (the graph rebuilt from them).

    Raises
    ------
    FileNotFoundError
        When ``directory`` holds no ``utterances.jsonl``.
    ValueError
        A line of ``utterances.jsonl`` that is not JSON (named with its line number).

    Examples
    --------
    >>> import tempfile
    >>> import debatekit as dk
    >>> result = dk.analyze(
    ...     "examples/debate_en/articles", transcript="examples/debate_en/transcript.vtt", until="matches"
    ... )
    >>> back = read_convokit(write_convokit(result, tempfile.mkdtemp()))
    >>> back.turns["turn_id"].tolist() == result.turns["turn_id"].tolist()
    True
    >>> back.matches["match_id"].tolist() == result.matches["match_id"].tolist()
    True
    """
    from debatekit.analysis import Analysis

    folder = Path(directory)
    path = folder / "utterances.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{folder}: not a ConvoKit corpus (no utterances.jsonl)")
    utterances = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                utterances.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: line {lineno} is not JSON ({exc.msg})") from None

    def load(name: str) -> dict[str, Any]:
        p = folder / name
        return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else {}

    speakers = {k: _meta(v) for k, v in load("speakers.json").items()}
    conversations = {k: _meta(v) for k, v in load("conversations.json").items()}
    corpus_meta = load("corpus.json")

    statements, turns = [], []
    for u in utterances:
        meta = dict(u.get("meta") or {})
        unit = meta.pop(UNIT_KEY, None)
        # corpora written before UNIT_KEY, or by other tools, tell turns by their kind
        is_turn = unit == "turn" if unit else meta.get("kind") == SPOKEN or "article_id" not in meta
        if is_turn:
            label = meta.get("speaker", speakers.get(u.get("speaker"), {}).get("name") or u.get("speaker"))
            reply = u.get("reply-to", u.get("reply_to"))
            turns.append(
                {
                    **meta,
                    "turn_id": u["id"],
                    "text": u.get("text"),
                    "speaker": label,
                    "responds_to": meta.get("responds_to", reply),
                }
            )
            continue
        statements.append({**meta, "statement_id": u["id"], "text": u.get("text")})
    articles = [
        {**meta, "article_id": cid}
        for cid, meta in conversations.items()
        if meta.get("kind", "article") == "article" and not cid.startswith(TRANSCRIPT_PREFIX)
    ]
    known = [{**meta, "speaker_id": sid} for sid, meta in speakers.items() if meta.get("known", True)]
    turn_columns = schema.TURN_COLUMNS
    tables: dict[str, pd.DataFrame] = {
        "articles": schema.frame(schema.ARTICLE_COLUMNS, articles),
        "statements": schema.frame(schema.STATEMENT_COLUMNS, statements),
        "speakers": schema.frame(schema.SPEAKER_COLUMNS, known),
        "turns": schema.frame(turn_columns, turns),
    }
    for name in CORPUS_TABLES:
        tables[name] = schema.frame(schema.TABLES[name], corpus_meta.get(name) or [])
    return Analysis(**tables, graph=_graph(tables))


def _graph(tables: dict[str, pd.DataFrame]):
    from debatekit.relate.graph import build_graph

    return build_graph(
        articles=tables["articles"],
        statements=tables["statements"],
        speakers=tables["speakers"],
        matches=tables["matches"],
        topics=tables["topics"],
        rebuttals=tables["rebuttals"],
        stances=tables["stances"],
    )
