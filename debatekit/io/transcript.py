"""``read_transcript``: speaker-labelled debate transcripts to turns (``schema.TURN_COLUMNS``).

Formats: plain text (``SPEAKER: text`` or a label on its own line followed by its text), CSV / JSON /
JSONL with ``speaker`` and ``text`` (optional ``start``/``end``, seconds or ``HH:MM:SS.mmm``), and WebVTT /
SRT subtitles (speaker from ``<v Speaker>`` voice tags or a ``Speaker:`` prefix; cues without one continue
the previous speaker, and consecutive cues of one speaker form one turn). Text is kept as written: noisy
speech-recognition output is not corrected.

Also read: rev.com labels with the time on the label line (``Donald Trump: (03:12)``), stage directions
(``(APPLAUSE)``, ``[crosstalk]``: taken out of the words and kept in ``turns.events``), and interrupted
turns (ending in ``--`` or an ellipsis, or cut by ``[crosstalk]``: ``turns.interrupted``). A malformed cue
or timestamp becomes a warning row naming the file and line (``errors`` argument), never a silent drop.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from debatekit import schema
from debatekit.io.decode import DEFAULT_MAX_BYTES, decode, read_bytes
from debatekit.io.errors import ReadError

# "Budi Santoso:", "MODERATOR :", "Calon 02:", "[00:01:02] Moderator:" (words capitalised, at most 6)
_LABEL_WORD = r"[A-Z0-9][\w.'’()-]*"
_TIMESTAMP = r"(?:\[?(?P<ts>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?)\]?\s*)?"
# the colon must end the label ("Pukul 10:30" is no speaker) and the label must hold a letter
_COLON_TURN = re.compile(
    rf"^{_TIMESTAMP}(?P<speaker>(?=[^:]*[^\W\d_]){_LABEL_WORD}(?: {_LABEL_WORD}){{0,5}})\s*:(?:\s+|$)(?P<text>.*)$"
)
_OWN_LINE = re.compile(rf"^{_TIMESTAMP}(?P<speaker>{_LABEL_WORD}(?: {_LABEL_WORD}){{0,5}})\s*:?$")
# rev.com: "Donald Trump: (03:12)", "Speaker 1 (00:03):", "Chris Wallace: (01:02:03) text on the same line"
_REV_LABEL = re.compile(
    rf"^(?P<speaker>{_LABEL_WORD}(?: {_LABEL_WORD}){{0,5}})\s*:?\s*\((?P<ts>(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}})\)\s*:?\s*(?P<text>.*)$"
)
# stage directions: "(APPLAUSE)", "[crosstalk]", "[inaudible 00:12:03]", "(LAUGHTER)"; lower-case words in
# parentheses come from the language packs (STAGE_DIRECTIONS), so the pattern is built on first use
_DIRECTION_SHAPE = r"\s*(?P<d>\[[^\]\n]{{1,60}}\]|\((?:[A-Z][A-Z ,.'-]{{2,40}}|(?i:{words})[^)\n]{{0,30}})\))"


@cache
def _direction() -> re.Pattern[str]:
    from debatekit.lang import all_packs

    words = sorted({w for p in all_packs() for w in p.relations.STAGE_DIRECTIONS})
    return re.compile(_DIRECTION_SHAPE.format(words="|".join(map(re.escape, words)) or "(?!)"))


@cache
def _interrupting() -> frozenset[str]:
    from debatekit.lang import all_packs

    return frozenset(w for p in all_packs() for w in p.relations.INTERRUPTION_DIRECTIONS)


_INTERRUPTED_END = re.compile(r"(?:--|—|–|\.\.\.|…)\s*$")
# a timing line as written ("00:00:01.000 --> ..."), valid or not, so a broken one is reported, not dropped
_TIMING_LIKE = re.compile(r"^(?:\d+\s+)?[\d:.,]*\d[\d:.,]*\s*-+>|-->|^\d{1,2}:\d{1,2}.*-")
_STRICT_TIME = re.compile(r"^(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>\d{2})(?:[.,](?P<f>\d{1,3}))?$")
_CUE_TIME = re.compile(
    r"^(?:\d+\s+)?(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?P<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})"
)
_SPEAKER_CHANGE = re.compile(r"\s*>>\s*")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<speaker>[^>]+)>")
_TAG = re.compile(r"</?[^>]+>")


def parse_time(value: Any) -> float | None:
    """Seconds from ``12.5``, ``"12.5"``, ``"01:02"`` or ``"00:01:02,500"``; None when absent."""
    if value is None or (isinstance(value, float) and value != value) or str(value).strip() == "":
        return None
    if isinstance(value, (int, float)):
        return float(value)
    s = str(value).strip().replace(",", ".")
    try:
        parts = [float(p) for p in s.split(":")]
    except ValueError:
        return None
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    return seconds


def cue_time(value: str) -> float | None:
    """Seconds of a subtitle timestamp, or None when it is not a valid clock time (minutes and seconds
    below 60: ``"99:99:99,000"`` is None)."""
    m = _STRICT_TIME.match(value.strip())
    if not m or int(m.group("m")) >= 60 or int(m.group("s")) >= 60:
        return None
    return (
        int(m.group("h") or 0) * 3600
        + int(m.group("m")) * 60
        + int(m.group("s"))
        + float(f"0.{m.group('f') or 0}")
    )


def split_directions(text: str) -> tuple[str, list[str]]:
    """The spoken words of ``text`` and its stage directions, in order.

    Examples
    --------
    >>> split_directions("We will win. (APPLAUSE) Thank you [crosstalk]")
    ('We will win. Thank you', ['(APPLAUSE)', '[crosstalk]'])
    """
    events = [m.group("d") for m in _direction().finditer(text)]
    if not events:
        return text, []
    words = _direction().sub("", text)
    return "\n".join(re.sub(r"[ \t]{2,}", " ", ln).strip() for ln in words.split("\n")).strip(), events


def _is_interrupted(raw: str, text: str) -> bool:
    """Cut off: the words end in a dash or an ellipsis, or the turn ends with a crosstalk direction."""
    if _INTERRUPTED_END.search(text):
        return True
    ends = [m for m in _direction().finditer(raw) if not raw[m.end() :].strip(" \t\n.,;")]
    return bool(ends) and any(w in ends[-1].group("d").lower() for w in _interrupting())


def _turns_frame(turns: list[dict], tid: str) -> pd.DataFrame:
    rows: list[dict] = []
    for t in turns:
        text, events = split_directions(t["text"])
        if not text and not events:
            continue
        rows.append(
            {
                "turn_id": f"{tid}:t{len(rows)}",
                "speaker": t.get("speaker"),
                "text": text,
                "start_time": t.get("start_time"),
                "end_time": t.get("end_time"),
                "events": events,
                "interrupted": _is_interrupted(t["text"], text),
                "line": t.get("line"),
            }
        )
    return schema.frame(schema.TURN_COLUMNS, rows)


def _own_line_label(lines: list[str], i: int) -> re.Match[str] | None:
    """A label alone on its line (group ``speaker``): ends with ':' or is in capitals, or a capitalised
    name after a blank line."""
    line = lines[i].strip()
    m = _OWN_LINE.match(line)
    if not m or i + 1 >= len(lines) or not lines[i + 1].strip():
        return None
    speaker = m.group("speaker")
    letters = [c for c in speaker if c.isalpha()]
    if line.endswith(":") or (letters and all(c.isupper() for c in letters)):
        return m
    if (i == 0 or not lines[i - 1].strip()) and len(speaker.split()) <= 4:
        return m
    return None


def parse_plain(text: str) -> list[dict]:
    """Turns of a plain-text transcript (text before the first label gets speaker None)."""
    lines = text.split("\n")
    turns: list[dict] = []
    current: dict | None = None
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        rev = _REV_LABEL.match(line)
        label = None if rev else _own_line_label(lines, i)
        m = rev or label or _COLON_TURN.match(line)
        if m:
            current = {
                "speaker": m.group("speaker"),
                "text": "" if label else m.group("text").strip(),
                "start_time": parse_time(m.group("ts")),
                "line": i + 1,
            }
            turns.append(current)
            continue
        if current is None:
            current = {"speaker": None, "text": "", "line": i + 1}
            turns.append(current)
        current["text"] = f"{current['text']}\n{line}" if current["text"] else line
    return [t for t in turns if t["text"]]


def _cue_pieces(lines: list[str]) -> tuple[list[str], bool]:
    """The words of one cue split where another speaker starts (a line opening with a dialogue dash, or a
    ``>>`` anywhere), and whether there was such a change."""
    pieces: list[str] = []
    changes = False
    for line in lines:
        dash = line.startswith("- ")
        parts = _SPEAKER_CHANGE.split(line[2:] if dash else line)
        changes = changes or dash or len(parts) > 1 or line.startswith(">>")
        if dash or line.startswith(">>") or not pieces:
            pieces.append(parts[0])
        else:
            pieces[-1] += " " + parts[0]
        pieces.extend(parts[1:])
    return [p for p in pieces if p.strip()], changes


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Blank-line separated blocks with the 1-based line number of their first line."""
    out: list[tuple[int, list[str]]] = []
    cur: list[str] = []
    first = 0
    for n, raw in enumerate(text.split("\n"), 1):
        if raw.strip():
            if not cur:
                first = n
            cur.append(raw.strip())
        elif cur:
            out.append((first, cur))
            cur = []
    if cur:
        out.append((first, cur))
    return out


def parse_subtitles(text: str, name: str = "<text>", errors: list[dict] | None = None) -> list[dict]:
    """Turns of a WebVTT or SRT file: one per run of cues by the same speaker.

    A cue whose timing line is malformed ("00:00:01.000 -> ...", "99:99:99,000") keeps its words, without
    times, and adds a warning row (file and line) to ``errors``.
    """
    turns: list[dict] = []
    speaker = None

    def warn(line: int, problem: str, detail: str) -> None:
        row = ReadError(name, problem, f"{name}: line {line}: {detail}", fatal=False).as_row()
        if errors is not None:
            errors.append(row)
        else:
            warnings.warn(row["message"], stacklevel=3)

    for first, lines in _blocks(text):
        head = lines[0].upper()
        if head.startswith(("WEBVTT", "NOTE", "STYLE", "REGION")) and not any("-->" in ln for ln in lines):
            continue
        timing = next((k for k, ln in enumerate(lines) if _TIMING_LIKE.search(ln)), None)
        start = end = None
        if timing is None:
            if lines == [lines[0]] and lines[0].isdigit():
                continue  # a stray cue number
            warn(first, "malformed", "cue without a timing line; its words continue the previous cue")
            body_lines = lines[1:] if lines[0].isdigit() else lines
        else:
            m = _CUE_TIME.match(lines[timing])
            if m:
                start, end = cue_time(m.group("start")), cue_time(m.group("end"))
            if m is None or start is None or end is None:
                warn(
                    first + timing,
                    "bad_timestamp",
                    f"malformed cue timing {lines[timing]!r}; words kept, no time",
                )
                start = end = None
            elif end < start:
                warn(
                    first + timing,
                    "bad_timestamp",
                    f"cue ends before it starts ({lines[timing]!r}); words kept",
                )
                end = start
            body_lines = lines[timing + 1 :]
        # a dialogue dash ("- Yes.") or a YouTube ">>" starts another speaker's words inside one cue
        pieces, changes = _cue_pieces(body_lines)
        for n_piece, piece in enumerate(pieces):
            voice = _VOICE.search(piece)
            cue_speaker = voice.group("speaker").strip() if voice else None
            body = _TAG.sub("", piece).strip()
            prefix = _COLON_TURN.match(body)
            if cue_speaker is None and prefix:
                cue_speaker, body = prefix.group("speaker"), prefix.group("text").strip()
            if not body:
                continue
            new_turn = changes and (n_piece > 0 or cue_speaker is None)
            if cue_speaker is not None:
                speaker = cue_speaker
            elif new_turn:
                speaker = None  # someone else speaks, unnamed
            if turns and turns[-1]["speaker"] == speaker and not new_turn:
                turns[-1]["text"] += " " + body
                if end is not None:
                    turns[-1]["end_time"] = end
            else:
                turns.append(
                    {"speaker": speaker, "text": body, "start_time": start, "end_time": end, "line": first}
                )
    return turns


def _records_to_turns(records: list[Any], name: str) -> list[dict]:
    turns = []
    for n, r in enumerate(records):
        if not isinstance(r, dict) or not isinstance(r.get("text"), str):
            raise ReadError(name, "malformed", f"{name}: turn {n} has no 'text'")
        speaker = r.get("speaker")
        speaker = (
            None if speaker is None or (isinstance(speaker, float) and speaker != speaker) else str(speaker)
        )
        turns.append(
            {
                "speaker": speaker,
                "text": r["text"],
                "start_time": parse_time(r.get("start_time", r.get("start"))),
                "end_time": parse_time(r.get("end_time", r.get("end"))),
            }
        )
    return turns


def read_transcript(
    source: Any,
    *,
    transcript_id: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    errors: list[dict] | None = None,
) -> pd.DataFrame:
    """Read a debate transcript into speaker turns.

    Parameters
    ----------
    source : path, DataFrame, or str
        A file (``.txt``, ``.csv``, ``.json``, ``.jsonl``, ``.vtt``, ``.srt``), a DataFrame with ``speaker``
        and ``text`` columns (``start``/``end`` optional), or the transcript text itself (a string with
        line breaks that is not a file path).
    transcript_id : str, optional
        Prefix of ``turn_id`` (default: the file stem, or ``"transcript"``).
    errors : list, optional
        Receives warning rows (``schema.ERROR_COLUMNS``) for malformed cues and timestamps; without it they
        are issued as Python warnings.

    Returns
    -------
    pandas.DataFrame
        Columns ``schema.TURN_COLUMNS``; ``turn_id`` is ``"<transcript id>:t<n>"``.

    Raises
    ------
    ReadError
        (a ValueError) naming the file and the problem: missing, empty, binary, malformed, no turns.

    Examples
    --------
    >>> import debatekit as dk
    >>> turns = dk.read_transcript("examples/debate_en/transcript.vtt")
    >>> turns.loc[1, ["turn_id", "speaker"]].tolist(), float(turns.loc[1, "start_time"])
    (['transcript:t1', 'Thomas Hale'], 18.0)
    >>> turns = dk.read_transcript("MODERATOR: Your answer?\\nROE: We will fix the roads.\\n")
    >>> turns[["speaker", "text"]].values.tolist()
    [['MODERATOR', 'Your answer?'], ['ROE', 'We will fix the roads.']]
    >>> dk.read_transcript("examples/no-such-file.txt")
    Traceback (most recent call last):
    ...
    debatekit.io.errors.ReadError: examples/no-such-file.txt: file not found
    """
    if isinstance(source, pd.DataFrame):
        if "text" not in source.columns:
            raise ValueError(
                f"transcript DataFrame has no 'text' column (columns: {', '.join(map(str, source.columns))})"
            )
        return _turns_frame(
            _records_to_turns(source.to_dict("records"), "<dataframe>"), transcript_id or "transcript"
        )
    if isinstance(source, str) and "\n" in source and not os.path.exists(source):
        turns = parse_subtitles(source, "<text>", errors) if "-->" in source else parse_plain(source)
        return _turns_frame(turns, transcript_id or "transcript")
    path = Path(os.fspath(source))
    name = str(path)
    text, _warning = decode(read_bytes(path, max_bytes=max_bytes), name)
    suffix = path.suffix.lower()
    if suffix in (".vtt", ".srt") or (suffix == ".txt" and "-->" in text):
        turns = parse_subtitles(text, name, errors)
    elif suffix == ".csv":
        import io

        try:
            df = pd.read_csv(io.StringIO(text), dtype=object, keep_default_na=False)
        except (pd.errors.ParserError, ValueError) as exc:
            raise ReadError(name, "malformed", f"{name}: malformed CSV ({str(exc).strip()[:200]})") from None
        if "text" not in df.columns:
            raise ReadError(name, "no_text", f"{name}: transcript CSV has no 'text' column")
        turns = _records_to_turns(df.to_dict("records"), name)
    elif suffix in (".json", ".jsonl"):
        try:
            if suffix == ".json":
                data = json.loads(text)
                data = data.get("turns", data) if isinstance(data, dict) else data
            else:
                data = [json.loads(ln) for ln in text.split("\n") if ln.strip()]
        except json.JSONDecodeError as exc:
            raise ReadError(
                name, "malformed", f"{name}: malformed JSON ({exc.msg} at line {exc.lineno})"
            ) from None
        turns = _records_to_turns(data if isinstance(data, list) else [data], name)
    else:
        turns = parse_plain(text)
    if not turns:
        raise ReadError(name, "empty", f"{name}: no transcript turns found")
    return _turns_frame(turns, transcript_id or path.stem)
