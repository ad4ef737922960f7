"""Where a problem is in a file's text, and UTF-8 decoding that says where it fails.

Question files (``quizbot check``) and notes (``quizbot generate``) report problems as
``path:line:column``; both decode with :func:`decode_utf8`.
"""

from __future__ import annotations


def line_column(text: str | bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``text`` (a str or bytes)."""
    if isinstance(text, bytes):
        return line_column(text.decode("latin-1"), offset)  # one char a byte: same offsets
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


class NotUtf8(ValueError):
    """The bytes are not UTF-8: ``line``, ``column`` of the first bad byte, and a message."""

    def __init__(self, line: int, column: int, byte: int) -> None:
        super().__init__(f"the file is not UTF-8 (byte 0x{byte:02x} here); save it as UTF-8")
        self.line, self.column = line, column


def decode_utf8(raw: bytes) -> str:
    """``raw`` as text (a byte-order mark dropped); :class:`NotUtf8` saying where it fails."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotUtf8(*line_column(raw, exc.start), raw[exc.start]) from exc
