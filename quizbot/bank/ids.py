"""Stable ids for questions whose author gave none.

Progress is keyed on the id, so a derived id must survive what authors do all the time:
re-indenting, re-quoting, changing case or punctuation, rewording the question words
("Which" → "What"), and appending to the end of a prompt. It is built from the file's stem and
the first few meaningful words of the prompt, in order.
"""

from __future__ import annotations

import re

from quizbot.text.fold import ascii_fold
from quizbot.text.stopwords import ID_STOPWORDS

_WORD = re.compile(r"[a-z0-9]+")
_MEANINGFUL_WORDS = 5

#: Words a derived id leaves out (frozen: changing them would change ids, and progress keys).
STOPWORDS = ID_STOPWORDS


def words(text: str) -> list[str]:
    """Lower-case ASCII words of ``text``, accents removed."""
    return _WORD.findall(ascii_fold(text))


def meaningful_words(text: str) -> list[str]:
    """Words that carry the question's content, without stopwords or repeats, in order."""
    seen: dict[str, None] = {}
    for word in words(text):
        if word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        seen.setdefault(word, None)
    return list(seen)


def slug(text: str) -> str:
    """A lower-case, hyphenated form of ``text`` usable in an id."""
    return "-".join(words(text)) or "q"


def derive_id(stem: str, prompt: str) -> str:
    """``{file stem}-{first meaningful words}``, e.g. ``defence-cruise-missile-india-russia``."""
    core = meaningful_words(prompt)[:_MEANINGFUL_WORDS] or ["question"]
    return f"{slug(stem)}-{'-'.join(core)}"
