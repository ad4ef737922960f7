"""Stable ids for questions whose author gave none.

Progress is keyed on the id, so a derived id must survive what authors do all the time:
re-indenting, re-quoting, changing case or punctuation, rewording the question words
("Which" → "What"), and appending to the end of a prompt. It is built from the file's stem and
the first few meaningful words of the prompt, in order.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[a-z0-9]+")
_MEANINGFUL_WORDS = 5

STOPWORDS = frozenset(
    """
a about above after again against all also am an and any are as at be been before being below
between both but by can could did do does doing down during each few for from further had has
have having here how i if in into is it its itself just me more most my no nor not now of off on
once only or other our out over own same she should so some such than that the their them then
there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your name named give given following following correct
consider true false statement statements state says said one two three many much
""".split()
)


def words(text: str) -> list[str]:
    """Lower-case ASCII words of ``text``, accents removed."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(plain.lower())


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
