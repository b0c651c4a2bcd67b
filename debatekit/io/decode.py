"""Bytes to text: size limit, binary detection, UTF-8 with a detected fallback (or a given encoding)."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from debatekit.io.errors import ReadError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Tried, in this order, before the statistical detector when a file is not UTF-8: Western European
# single-byte encodings are what news files outside UTF-8 mostly are, and a short text with one or two
# accented names gives the detector too little to go on (it picks cp1250 or cp775: "Peña" -> "Peńa").
# One is taken when it decodes without control characters and the text reads as a language pack's.
PREFERRED_FALLBACKS = ("cp1252", "latin-1")
MIN_PACK_WORDS = 2  # stopwords of one language pack that must appear for a preferred fallback to win
_WORD = re.compile(r"[^\W\d_]+")
_C1_CONTROLS = re.compile("[\x80-\x9f]")


def normalise_newlines(text: str) -> str:
    """``"\\r\\n"`` and lone ``"\\r"`` line ends as ``"\\n"``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: Path, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing missing, oversized and empty files.

    Raises
    ------
    ReadError
        ``missing``, ``unreadable``, ``too_large`` or ``empty``.
    """
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadError(name, "missing", f"{name}: file not found") from None
    except OSError as exc:
        raise ReadError(name, "unreadable", f"{name}: cannot read ({exc.strerror or exc})") from None
    if max_bytes and size > max_bytes:
        raise ReadError(
            name,
            "too_large",
            f"{name}: file is {size:,} bytes, over the limit of {max_bytes:,} bytes (max_bytes)",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(name, "unreadable", f"{name}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ReadError(name, "empty", f"{name}: file is empty")
    return data


def check_encoding(encoding: str | None) -> str | None:
    """``encoding`` when Python knows it (normalised name), else a ValueError naming it.

    Examples
    --------
    >>> check_encoding("latin1")
    'iso8859-1'
    """
    if encoding is None:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ValueError(f"unknown text encoding {encoding!r} (use e.g. utf-8, cp1252, latin-1)") from None


def _reads_as_a_language(text: str) -> bool:
    from debatekit.lang import all_packs

    words = [w.lower() for w in _WORD.findall(text[:20000])]
    return any(sum(w in pack.text.STOPWORDS for w in words) >= MIN_PACK_WORDS for pack in all_packs())


def _preferred_fallback(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` from the first of ``PREFERRED_FALLBACKS`` that fits cleanly, else None."""
    for encoding in PREFERRED_FALLBACKS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _C1_CONTROLS.search(text) is None and _reads_as_a_language(text):
            return text, encoding
    return None


def _decode_as(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode("utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(
            source,
            "encoding",
            f"{source}: cannot be decoded as {encoding} (byte {exc.start}: {exc.reason})",
        ) from None


def _fallback(data: bytes, source: str, exc: UnicodeDecodeError) -> tuple[str, ReadError]:
    """Text of bytes that are not UTF-8, with the warning saying which encoding was used."""
    bom_utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff")
    if b"\x00" in data and not bom_utf16:
        raise ReadError(source, "binary", f"{source}: looks like a binary file (NUL bytes), not text")
    preferred = None if bom_utf16 else _preferred_fallback(data)
    if preferred is not None:
        text, used = preferred
    else:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ReadError(
                source, "encoding", f"{source}: not UTF-8 and no text encoding fits ({exc.reason})"
            )
        text, used = str(best), best.encoding
    warning = ReadError(
        source,
        "encoding",
        f"{source}: not valid UTF-8 (byte {exc.start}); decoded as {used} (detected; "
        "set encoding= or --encoding to choose)",
        fatal=False,
    )
    return text, warning


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, ReadError | None]:
    """Decode bytes as ``encoding`` when given; else as UTF-8, else a clean cp1252/latin-1 reading
    that holds a language pack's words, else the encoding charset-normalizer detects.

    Examples
    --------
    >>> decode("José Peña and the mayor".encode("cp1252"), "a.txt")[0]
    'José Peña and the mayor'

    Parameters
    ----------
    data : bytes
    source : str
        Name for messages.
    encoding : str, optional
        Decode with this encoding only (no detection, no warning); an ``encoding`` error if it fails.

    Returns
    -------
    text : str
        Text with a leading BOM removed and line ends normalised to ``"\\n"``.
    warning : ReadError or None
        A non-fatal ``encoding`` warning when the fallback was used.

    Raises
    ------
    ReadError
        ``binary`` when the bytes hold NUL characters (and are not UTF-16/32 text), ``encoding`` when no
        encoding fits.
    """
    warning = None
    if encoding is not None:
        text = _decode_as(data, encoding, source)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text, warning = _fallback(data, source, exc)
    if "\x00" in text:
        raise ReadError(source, "binary", f"{source}: looks like a binary file (NUL bytes), not text")
    text = normalise_newlines(text.lstrip("\ufeff"))
    if not text.strip():
        raise ReadError(source, "empty", f"{source}: file holds no text")
    return text, warning
