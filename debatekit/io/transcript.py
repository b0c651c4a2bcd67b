"""``read_transcript``: speaker-labelled debate transcripts to turns (``schema.TURN_COLUMNS``).

Formats: plain text (``SPEAKER: text`` or a label on its own line followed by its text), CSV / JSON /
JSONL with ``speaker`` and ``text`` (optional ``start``/``end``, seconds or ``HH:MM:SS.mmm``), and WebVTT /
SRT subtitles (speaker from ``<v Speaker>`` voice tags or a ``Speaker:`` prefix; cues without one continue
the previous speaker, and consecutive cues of one speaker form one turn). Text is kept as written: noisy
speech-recognition output is not corrected.
"""

from __future__ import annotations

import json
import os
import re
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
_CUE_TIME = re.compile(
    r"^(?:\d+\s+)?(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?P<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})"
)
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


def _turns_frame(turns: list[dict], tid: str) -> pd.DataFrame:
    rows = [
        {
            "turn_id": f"{tid}:t{n}",
            "speaker": t.get("speaker"),
            "text": t["text"],
            "start_time": t.get("start_time"),
            "end_time": t.get("end_time"),
        }
        for n, t in enumerate(turns)
    ]
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
        label = _own_line_label(lines, i)
        m = label or _COLON_TURN.match(line)
        if m:
            current = {
                "speaker": m.group("speaker"),
                "text": "" if label else m.group("text").strip(),
                "start_time": parse_time(m.group("ts")),
            }
            turns.append(current)
            continue
        if current is None:
            current = {"speaker": None, "text": ""}
            turns.append(current)
        current["text"] = f"{current['text']}\n{line}" if current["text"] else line
    return [t for t in turns if t["text"]]


def parse_subtitles(text: str) -> list[dict]:
    """Turns of a WebVTT or SRT file: one per run of cues by the same speaker."""
    turns: list[dict] = []
    speaker = None
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.strip().split("\n") if ln.strip()]
        timing = next((k for k, ln in enumerate(lines) if _CUE_TIME.match(ln)), None)
        if timing is None:
            continue  # header, NOTE or STYLE block
        m = _CUE_TIME.match(lines[timing])
        start, end = parse_time(m.group("start")), parse_time(m.group("end"))
        body = " ".join(lines[timing + 1 :])
        voice = _VOICE.search(body)
        cue_speaker = voice.group("speaker").strip() if voice else None
        body = _TAG.sub("", body).strip()
        prefix = _COLON_TURN.match(body)
        if cue_speaker is None and prefix:
            cue_speaker, body = prefix.group("speaker"), prefix.group("text").strip()
        if body.startswith("- "):  # dialogue dash
            body = body[2:]
        if not body:
            continue
        if cue_speaker is not None:
            speaker = cue_speaker
        if turns and turns[-1]["speaker"] == speaker:
            turns[-1]["text"] += " " + body
            turns[-1]["end_time"] = end
        else:
            turns.append({"speaker": speaker, "text": body, "start_time": start, "end_time": end})
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
    source: Any, *, transcript_id: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
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

    Returns
    -------
    pandas.DataFrame
        Columns ``schema.TURN_COLUMNS``; ``turn_id`` is ``"<transcript id>:t<n>"``.

    Raises
    ------
    ReadError
        (a ValueError) naming the file and the problem: missing, empty, binary, malformed, no turns.
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
        turns = parse_subtitles(source) if "-->" in source else parse_plain(source)
        return _turns_frame(turns, transcript_id or "transcript")
    path = Path(os.fspath(source))
    name = str(path)
    text, _warning = decode(read_bytes(path, max_bytes=max_bytes), name)
    suffix = path.suffix.lower()
    if suffix in (".vtt", ".srt") or (suffix == ".txt" and "-->" in text):
        turns = parse_subtitles(text)
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
