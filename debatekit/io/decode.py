"""Bytes to text: size limit, binary detection, UTF-8 with a detected fallback."""

from __future__ import annotations

from pathlib import Path

from debatekit.io.errors import ReadError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


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


def decode(data: bytes, source: str) -> tuple[str, ReadError | None]:
    """Decode bytes as UTF-8, else with the encoding charset-normalizer detects.

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
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bom_utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff")
        if b"\x00" in data and not bom_utf16:
            raise ReadError(
                source, "binary", f"{source}: looks like a binary file (NUL bytes), not text"
            ) from None
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ReadError(
                source, "encoding", f"{source}: not UTF-8 and no text encoding fits ({exc.reason})"
            ) from None
        text = str(best)
        warning = ReadError(
            source,
            "encoding",
            f"{source}: not valid UTF-8 (byte {exc.start}); decoded as {best.encoding} (detected)",
            fatal=False,
        )
    if "\x00" in text:
        raise ReadError(source, "binary", f"{source}: looks like a binary file (NUL bytes), not text")
    text = normalise_newlines(text.lstrip("\ufeff"))
    if not text.strip():
        raise ReadError(source, "empty", f"{source}: file holds no text")
    return text, warning
