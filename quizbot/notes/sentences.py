"""Cutting a paragraph into sentences, and finding short quotations in a text.

:func:`split_sentences` keeps each sentence's offset (common abbreviations such as ``e.g.``
do not end one); :func:`find_quotes` gives the short quoted phrases with the span of their
inside, for a cloze that asks for the words used.
"""

from __future__ import annotations

import re

_QUOTE = re.compile(r"[\"“]([^\"”“]{2,80})[\"”]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(A-Z0-9])")
_ABBREVIATIONS = (
    "e.g.",
    "i.e.",
    "etc.",
    "vs.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "St.",
    "U.S.",
    "U.K.",
    "approx.",
    "No.",
    "cf.",
)


def find_quotes(text: str, max_words: int = 6) -> list[tuple[str, int, int]]:
    """Short quoted phrases (the quote, start, end of its inside)."""
    if '"' not in text and "“" not in text:
        return []
    return [
        (m.group(1).strip(), m.start(1), m.end(1))
        for m in _QUOTE.finditer(text)
        if 1 <= len(m.group(1).split()) <= max_words
    ]


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of a paragraph with their offsets (common abbreviations do not end one)."""
    protected = text
    for abbr in _ABBREVIATIONS:
        if abbr in protected:
            protected = protected.replace(abbr, abbr.replace(".", "\0"))
    result: list[tuple[int, str]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(protected):
        piece = text[pos : m.start()].strip()
        if piece:
            result.append((pos, piece))
        pos = m.end()
    tail = text[pos:].strip()
    if tail:
        result.append((pos, tail))
    return result
