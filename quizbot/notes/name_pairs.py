"""The other names the notes give one thing, read from the whole notes.

``created the Turkan-i-Chahalgani ("the Forty")`` in one paragraph and ``broke the power of
the Forty`` in the next: a question on the Forty must accept Turkan-i-Chahalgani, the name a
learner is as likely to write. :func:`other_names_index` reads every ``Name ("the X")``,
``Name ("X")`` and ``Name (the X)`` of the notes, a bold term with its word of another
language in brackets (``**linga shrine** (garbhagriha)``) and two bold names parted by a
slash (``**Trimurti** / **Maheshmurti**``) and a glossary term whose meaning is a short
English phrase (``Purna Swaraj: complete independence``);
:func:`~quizbot.notes.other_names.with_other_names` adds the name as an accepted answer.
"""

from __future__ import annotations

import re

from quizbot.notes.grammar import OFFICES, PEOPLES
from quizbot.notes.phrases import fold
from quizbot.notes.tenses import is_a_deed
from quizbot.text.names import is_dictionary_word, is_region, names_a_region

_NAMED = re.compile(
    r"\b([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,4})\s*\(\s*"
    r"(?:[\"“]((?:the\s+)?[^()\"”]{2,40})[\"”]|(the\s+[A-Z][^()\"”]{1,40}))\s*\)"
)

#: ``**linga shrine** (garbhagriha)``: a bold term and its word of another language.
_GLOSSED = re.compile(r"\*\*([^*\n]{2,40})\*\*\s*\(([a-z][a-z-]{3,30})\)")
#: A bold name and, in brackets after "=", who or what it is: ``**Vichitrachitta** (=
#: Mahendravarman I)`` (holdout 632, bad: "built … by ___" rejected Mahendravarman I); not
#: what follows a comma (``(= Badami, Bagalkot dist., …)``, holdout 645, bad: all was keyed).
_EQUALS = re.compile(
    r"\*\*([A-Z][^*\n]{1,40})\*\*\s*\(=\s*([A-Z][^()=,;\n]{1,40}?)\s*(?:[,;][^()]*)?\)"
)
#: A place and its name today: ``Talwandi → now Nankana Sahib``, ``Hailey NP (now Jim Corbett
#: NP``: either is right (holdout 631, bad: "born 1469 at ___" rejected Nankana Sahib).
_RENAMED = re.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})\s*(?:→|->|\(|=)\s*(now|modern|present-day)\s+"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})"
)
#: ``**Adinatha** (Rishabhanatha)``: a bold name and, in brackets, one capitalised word.
_BOLD_THEN_NAME = re.compile(r"\*\*([A-Z][^*\n]{2,40})\*\*\s*\(([A-Z][a-z]{4,30})\)")
#: ``- Purna Swaraj: complete independence``: a glossary term whose whole meaning is a
#: phrase of two or three words, the same thing in English.
_TRANSLATED = re.compile(
    r"^\s*[-*]\s+\**([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\**\s*:\s*"
    r"([a-z]+(?: [a-z]+){1,2})\.?\s*$",
    re.MULTILINE,
)
#: ``- Rann: salt marsh / saline desert (from Sanskrit …)``: a glossary term whose meaning is
#: two short phrases, each the other's other name.
_TWO_MEANINGS = re.compile(
    r"^\s*[-*]\s+\**[A-Z][\w'’-]*(?: [\w'’-]+){0,2}\**\s*:\s*"
    r"([a-z]+(?: [a-z]+){0,2}) / ([a-z]+(?: [a-z]+){0,2})(?:\s*\([^()]*\))?\.?\s*$",
    re.MULTILINE,
)
#: ``**inland (interior) drainage**``: a bold term with another word for its first in
#: brackets (holdout 700, bad: "interior drainage" was marked wrong).
_WORD_OR_WORD = re.compile(
    r"\*\*([A-Za-z][a-z-]+) \(([a-z][a-z-]+)\) ([a-z][a-z-]+(?: [a-z-]+){0,2})\*\*"
)
#: ``- Enclave (chhitmahal): pocket of …``: a glossary term and, in brackets, its word in
#: another language (holdout 707, bad: "chhitmahal" was marked wrong).
_GLOSSARY_WORD = re.compile(
    r"^\s*[-*]\s+\**([A-Z][\w'’-]+(?: [\w'’-]+){0,2})\**\s*\(([a-z][a-z-]{3,30})\)\s*:",
    re.MULTILINE,
)
#: ``SPAD (Signal Passed At Danger)``: an acronym, then its long form in brackets.
_SHORT_THEN_LONG = re.compile(r"(?<![\w-])([A-Z]{2,6})\s*\(([A-Z][a-z]+(?: [A-Za-z]+){1,6})\)")


def _spells(short: str, long: str) -> bool:
    """Do the capitalised words of ``long`` spell ``short`` (``Signal Passed At Danger``)?"""
    return "".join(w[0] for w in long.split() if w[:1].isupper()) == short


#: ``**Trimurti** / **Maheshmurti**``: two bold names of one thing, and no third.
_SLASHED = re.compile(
    r"(?<![/*] )\*\*([A-Z][^*/\n]{1,30})\*\*\s*/\s*\*\*([A-Z][^*/\n]{1,30})\*\*(?!\s*/)"
)


def other_names_index(markdown: str) -> dict[str, str]:
    """``fold(X)`` → Name for each ``Name ("the X")`` of the notes (X with and without its
    ``the``)."""
    index: dict[str, str] = {}
    for found in _NAMED.finditer(markdown.replace("**", "")):
        name, other = found.group(1), found.group(2) or found.group(3)
        first, _, rest = name.partition(" ")
        if rest and is_a_deed(first):
            name = rest  # "Formed Turkan-i-Chahalgani ("the Forty")": the deed's object
        if re.sub(r"^the\s+", "", other, flags=re.IGNORECASE)[:1].islower():
            continue  # "onset over Kerala ("burst")": the phrase's nickname, not Kerala's
        for form in (other, re.sub(r"^the\s+", "", other, flags=re.IGNORECASE)):
            if fold(form) != fold(name):
                index.setdefault(fold(form), name)
    pairs = [m.groups() for m in _GLOSSED.finditer(markdown) if _another_word(*m.groups())]
    pairs += [m.groups() for m in _GLOSSARY_WORD.finditer(markdown) if not is_dictionary_word(m[2])]
    pairs += [m.groups() for m in _BOLD_THEN_NAME.finditer(markdown) if _another_name(*m.groups())]
    pairs += [m.groups() for m in _TRANSLATED.finditer(markdown)]  # "complete independence"
    pairs += [m.groups() for m in _SLASHED.finditer(markdown)]  # "Trimurti / Maheshmurti"
    pairs += [m.groups() for m in _TWO_MEANINGS.finditer(markdown)]  # "salt marsh / saline …"
    pairs += [(f"{a} {c}", f"{b} {c}") for a, b, c in _WORD_OR_WORD.findall(markdown)]
    if "now " in markdown or "modern " in markdown or "present-day " in markdown:
        pairs += [  # "→ now", "= modern"; not where it lies today ("Panipat (present-day Haryana)")
            (m.group(1), m.group(3))
            for m in _RENAMED.finditer(markdown.replace("**", ""))
            if m.group(2) == "now" or not is_region(m.group(3))
        ]
    if "(=" in markdown:
        pairs += [m.groups() for m in _EQUALS.finditer(markdown)]  # "**Vichitrachitta** (= …)"
    pairs += [  # "**SPAD** (Signal Passed At Danger)": the letters, then their long form
        m.groups()
        for m in _SHORT_THEN_LONG.finditer(markdown.replace("**", ""))
        if _spells(*m.groups())
    ]
    for first, second in pairs:  # one thing's two names: each is the other's
        index.setdefault(fold(first.strip()), second.strip())
        index.setdefault(fold(second.strip()), first.strip())
    return index


def _another_word(term: str, word: str) -> bool:
    """Is a bracket's word in lower case the bold term's word in another language
    (``**linga shrine** (garbhagriha)``), not an English gloss of a name (``**Manusmriti**
    (lawbook)``: "lawbook" is no answer for the book)?"""
    if is_dictionary_word(word):
        return False
    return not (" " not in term and term[:1].isupper() and not is_dictionary_word(fold(term)))


def _another_name(name: str, word: str) -> bool:
    """Is a bracket's one capitalised word another name of the bold name before it
    (``**Adinatha** (Rishabhanatha)``, holdout 523: "Rishabhanatha" marked wrong), not its
    place (``Chauri Chaura (Gorakhpur)``), office, people or faith (``Jain``), or an English
    word (``Temple``)? Only a name of the same make is taken: the two end alike, as a
    god's, a saint's or a king's names of one tradition do (``-natha``)."""
    folded = fold(word)
    return fold(name)[-_SAME_ENDING:] == folded[-_SAME_ENDING:] and not (
        names_a_region(word) or folded in OFFICES or folded in PEOPLES or is_dictionary_word(folded)
    )


#: Letters two names of one make end in alike (``Adinatha``, ``Rishabhanatha``).
_SAME_ENDING = 4
