"""Loose comparison of the notes' plain text, which every finder and rule shares.

``fold`` compares text loosely (accents and case removed, dashes, quotes and spaces unified),
``fold_words`` cuts it into such words, ``contains_phrase`` tells whether a phrase's words
appear in order in another text, the content-word helpers (``content_words``, ``shares_word``,
``implied_by``, ``overlaps``) tell how much two texts say alike, and ``trailing_paren`` finds a
trailing parenthetical aside. Nothing here knows of questions.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from quizbot.bank.ids import STOPWORDS

#: A bracket anywhere in a text, with the space before it (``Uttarakhand (Chamoli)``).
BRACKET = re.compile(r"\s*\([^()]*\)")
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")


def trailing_paren(text: str) -> re.Match[str] | None:
    """``_TRAILING_PAREN.search(text)``, searched only when the text ends with ``)``."""
    if not text.rstrip().endswith(")"):
        return None
    return _TRAILING_PAREN.search(text)


#: Punctuation folded to ASCII first (most non-ASCII text in notes is dashes and quotes).
_PUNCTUATION = (
    ("–", "-"),
    ("—", "-"),
    ("’", "'"),
    ("‘", "'"),
    ("“", '"'),
    ("”", '"'),
    ("›", ">"),
    ("…", "..."),
    ("\u00a0", " "),
)
#: Combining marks, removed after NFKD decomposition (that strips accents).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Text compared loosely: accents and case removed, dashes and spaces unified."""
    if not text.isascii():
        for char, ascii_char in _PUNCTUATION:
            if char in text:
                text = text.replace(char, ascii_char)
        if not text.isascii():
            text = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()
    return " ".join(text.lower().split())


_FOLD_WORDS = re.compile(r"[a-z0-9$£€₹%]+(?:[.,'][a-z0-9]+)*")


@lru_cache(maxsize=1 << 16)
def fold_words(text: str) -> tuple[str, ...]:
    """Loosely compared words of ``text`` (``S-400`` → ``s``, ``400``)."""
    return tuple(_FOLD_WORDS.findall(fold(text)))


def forget_texts() -> None:
    """Empty the caches of :func:`fold`, :func:`fold_words` and :func:`content_words`.

    ``quizbot check`` does after each file's lint: one file's texts are seldom met again in
    the next, and a bank of 50,000 questions would fill them with some 37 MB that nobody
    asks for again, in each of its two processes (``check_50k_peak_mb``, target 200 MB)."""
    fold.cache_clear()
    fold_words.cache_clear()
    content_words.cache_clear()


def contains_phrase(haystack: str, needle: str) -> bool:
    """True when ``needle``'s words appear, in order and adjacent, among ``haystack``'s words."""
    want = fold_words(needle)
    if not want:
        return False
    have = fold_words(haystack)
    first = want[0]
    if first not in have:
        return False
    k = len(want)
    if k == 1:
        return True
    return any(have[i : i + k] == want for i, word in enumerate(have) if word == first)


def _word_char(text: str, at: int) -> bool:
    """Is ``text[at]`` a character regex ``\\w`` matches (``False`` outside the text)?"""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def whole_count(haystack: str, needle: str) -> int:
    """How often ``needle`` stands in ``haystack`` between word boundaries, as
    ``len(re.findall(rf"\\b{re.escape(needle)}\\b", haystack))`` counts it, with no pattern
    compiled per needle (a thousand needles a note pushed the patterns every rule shares out
    of :mod:`re`'s cache: ``generate_1mb_s``)."""
    count, start, size = 0, 0, len(needle)
    if not size:
        return 0
    while (at := haystack.find(needle, start)) >= 0:
        end = at + size
        opens = _word_char(haystack, at - 1) != _word_char(needle, 0)
        if opens and _word_char(needle, size - 1) != _word_char(haystack, end):
            count += 1
            start = end
        else:
            start = at + 1
    return count


@lru_cache(maxsize=1 << 14)
def content_words(text: str) -> frozenset[str]:
    """Meaningful words of a text (no stopwords, three letters or more), folded."""
    return frozenset(w for w in fold_words(text) if len(w) >= 3 and w not in STOPWORDS)


def shares_word(a: str, b: str) -> bool:
    """Do two texts share a meaningful word?"""
    return not content_words(a).isdisjoint(content_words(b))


def implied_by(claim: str, known: str, share: float = 0.6) -> bool:
    """Could ``claim`` also be true of something the notes describe as ``known``? (Most of
    its meaningful words are in that description.)"""
    words = content_words(claim)
    return bool(words) and len(words & content_words(known)) >= share * len(words)


def overlaps(known: str, definition: str) -> bool:
    """Does what the notes say about another term resemble ``definition`` (two meaningful
    words in common, or half of what is known)? Then it is no safe distractor."""
    mine = content_words(known)
    common = mine & content_words(definition)
    return len(common) >= 2 or (bool(mine) and len(common) * 2 >= len(mine))


def standing_alone(text: str, part: str, inside: frozenset[str]) -> int:
    """Where ``part`` first stands in ``text`` with no character of ``inside`` touching it
    on either side (a figure not inside a longer number, a word not inside a longer word),
    or -1; found without a pattern made for it, which one per key would fill the regex
    cache."""
    at = text.find(part)
    while at >= 0:
        end = at + len(part)
        if not (at and text[at - 1] in inside) and not (end < len(text) and text[end] in inside):
            return at
        at = text.find(part, at + 1)
    return -1


def inside_quotes(text: str, start: int) -> bool:
    """Is ``start`` inside a quotation of ``text`` (an odd number of ``"`` before it, or
    more ``“`` than ``”``)?"""
    before = text[:start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


#: A status a thing is given, never a thing of its own (``UNESCO World Heritage Site``,
#: ``Biosphere Reserve``): a blank on it or another name of it asks nothing of the thing.
STATUSES = r"(?:heritage site|WHS|biosphere reserve|ramsar site|GI tag)"
STATUS = re.compile(rf"(?i)\b{STATUSES}\b")


def initials(name: str) -> str:
    """The capitals a name's words open on: ``IPR`` of ``Industrial Policy Resolution``."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())
