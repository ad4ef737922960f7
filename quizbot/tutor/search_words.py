"""Search words for the notes index: the words of a passage or a query, as compared.

:func:`tokens` folds text into search words (accents off, ``S-400`` as ``s400``, stems, no stop
words); :func:`subject_of` takes the thing asked about out of a study question ("What is
INSTC?" → INSTC); :func:`term_forms` gives the forms of a bullet's term ("Nuclear Suppliers Group
(NSG)": the whole, the long form, NSG). :data:`GENERIC` are the words that name a kind of tie
rather than a subject.
"""

from __future__ import annotations

import re

from quizbot.text.fold import strip_accents
from quizbot.text.stem import stem
from quizbot.text.stopwords import SEARCH_STOPWORDS

#: Words that name a kind of tie rather than a subject: in notes on relations between
#: countries nearly every heading and bullet could use them, so they weigh little.
_GENERIC_WORDS = """cooperation cooperate collaboration relation relations relationship ties
tie partnership partner bilateral link links engagement""".split()
_US = re.compile(r"\bU\.?S\.?(?=$|[^A-Za-z])")
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’]s\b")
_TOKEN = re.compile(r"[a-z0-9]+")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])[-‐‑–](?=\d)")
_SUMMARY = re.compile(
    r"^(?:please\s+)?(?:summari[sz]e|give me an? (?:summary|overview|recap) "
    r"of|summary of|overview of|outline|recap|review|go over|go through|"
    r"what do (?:you|the notes|my notes) (?:know|say) (?:about|on)|"
    r"notes on)\s+",
    re.IGNORECASE,
)
_OPENING = re.compile(
    r"^(?:please\s+)?(?:(?:what|who|where|when|which|how|why)(?:'s|’s)?\s+(?:is|are|was|were|"
    r"does|did|do|has|have|had|can|could|should|would|will|about)?\s*"
    r"|tell me (?:more |something |all )?(?:about|what|who)\s+|explain\s+|describe\s+|"
    r"define\s+|remind me (?:about|of|what|who)\s+|look up\s+|lookup\s+|search(?: for)?\s+|"
    r"find\s+|what about\s+)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*")


def _fold(text: str) -> str:
    return strip_accents(text)


def _stem(word: str) -> str:
    """The Snowball stem of a search word, the same for notes and queries (``worried`` and
    ``worries`` → ``worri``, ``programmes`` → ``program``, ``defense`` as ``defence``)."""
    return stem(word)


def tokens(text: str) -> list[str]:
    """Search words: folded, ``S-400`` as ``s400``, the ``US`` as ``usa`` (``us`` is a stop
    word), possessive ``'s`` and light suffixes dropped, no stop words."""
    text = _POSSESSIVE.sub("", _US.sub("USA", text))
    folded = _LETTER_DIGIT.sub("", _fold(text))
    return [_stem(w) for w in _TOKEN.findall(folded) if w not in SEARCH_STOPWORDS]


#: The generic words, as search words.
GENERIC = frozenset(w for word in _GENERIC_WORDS for w in tokens(word))


def subject_of(query: str) -> tuple[str, bool]:
    """The thing asked about, and whether a summary was asked for.

    ``"What is INSTC?"`` → ``("INSTC", False)``; ``"summarise the defence programmes"`` →
    ``("defence programmes", True)``.
    """
    text = " ".join(query.split()).strip(" ?!.")
    summary = _SUMMARY.match(text)
    text = text[summary.end() :] if summary else _OPENING.sub("", text, count=1)
    text = _ARTICLE.sub("", text.strip(" ?!.,"))
    return text.strip(" ?!.,") or query.strip(), summary is not None


def term_forms(term: str) -> set[str]:
    """``"Nuclear Suppliers Group (NSG)"`` → the whole, ``nuclear suppliers group``, ``nsg``."""
    if not term:
        return set()
    forms = {" ".join(tokens(term))}
    inside = _PAREN.findall(term)
    outside = _PAREN.sub(" ", term)
    forms.add(" ".join(tokens(outside)))
    forms.update(" ".join(tokens(part)) for part in inside)
    return {f for f in forms if f}
