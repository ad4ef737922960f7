"""Learner input that is not text: bytes a front end could not decode.

A terminal or pipe in another encoding (Latin-1, say) sends bytes that are not UTF-8. The
plain front end reads them with ``errors="surrogateescape"`` (:func:`quizbot.plain.tolerant`),
so reading never fails and each such byte arrives as a lone surrogate (U+DC80–U+DCFF). Such a
line is not graded: an answer mangled in transit would be marked wrong and scheduled as
forgotten, which is unfair; the tutor says it could not read the line, shows it with ``�``
where the bytes were, and keeps the question open (:func:`unreadable_reply`).
"""

from __future__ import annotations

import re

from quizbot.tutor.replies import Say

#: Any surrogate code point: never in real text, and not encodable as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
#: What an unreadable byte is shown as.
REPLACEMENT = "\ufffd"


def undecodable(text: str) -> bool:
    """Whether ``text`` holds bytes that could not be decoded (lone surrogates)."""
    return _SURROGATE.search(text) is not None


def readable(text: str) -> str:
    """``text`` with every undecodable byte shown as ``�`` (safe to print and to store)."""
    return _SURROGATE.sub(REPLACEMENT, text)


def unreadable_reply(text: str) -> Say:
    """What the tutor says to a line it could not read."""
    shown = readable(text.strip())
    shown = shown if len(shown) <= 60 else shown[:59] + "…"
    return Say(
        f"I could not read part of that line: it is not UTF-8 text (shown here as {REPLACEMENT}): "
        f"“{shown}”. Nothing was recorded; check your terminal's encoding and type it again.",
        tone="error",
    )
