"""A person's surname alone, where the notes call the person by it.

Notes name a person in full once and by the surname after: ``Jawaharlal Nehru`` in the
timeline, ``Nehru presided …`` three lines down. A cloze keyed ``Jawaharlal Nehru`` must
then take "Nehru" too (the learner writes it as the notes do; REVIEW_RUBRIC: "the surname of
the one person the question is about"); the grader takes a surname alone only where the
question says it asks for a person ("Who …", a role beside the blank), and a cloze mostly
does not ("In 1951, ___ started …": "Nehru" was marked wrong, sessions 46–47).
:func:`with_surnames` adds the surname to the key when

* the key is a person's name in shape: two to four capitalised words, no title, no word of
  a body's or a place's kind, the given names no English words ("Western Ghats" is none);
* the notes write the surname on its own somewhere, never after another given name (the
  Ali brothers, the Savarkar brothers: "Ali" would name either), and never as a people's
  name in the plural ("the Mundas": "Munda" is Birsa's people as well);
* the surname ends like no place (``Chota Nagpur``: "Nagpur" is a city);
* the question says a person is meant: a "Who …?", or a cloze whose blank did a deed
  (``___ captured Pavagadh``, ``moved by ___``) or is called by a role (``Russian traveller
  ___``), never one after "the" (``the ___ order`` keyed Qadiri Sufi, ``the ___ fell into
  chaos`` keyed Lahore Darbar: a sect's and a court's names end in a word of their own).
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question, Short
from quizbot.grading.context import PERSON_WORDS
from quizbot.notes.glossary import GLOSSARY_HEADING
from quizbot.notes.names import NAME_KIND_WORDS, PERSON_TITLES
from quizbot.notes.other_names import with_blank_form
from quizbot.notes.phrases import fold
from quizbot.notes.role_names import VISITORS
from quizbot.notes.tenses import IRREGULAR_PASTS
from quizbot.text.names import is_everyday_word, is_region

#: A name of plain capitalised words: ``Jawaharlal Nehru``, ``Doddi Komaraiah``.
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}")
#: Endings of Indian place names: ``Nagpur``, ``Hyderabad``, ``Ramanathapuram``.
_PLACE_ENDING = re.compile(
    r"(?:pur|pura|puram|bad|garh|nagar|ganj|kot|pet|halli|desh|nadu|gaon|giri|wada|patnam|"
    r"ghats?)$"
)
_MIN_SURNAME = 4


def _surname(name: str) -> str | None:
    """The surname of ``name`` when the name is a person's in shape, else ``None``."""
    if not _PLAIN_NAME.fullmatch(name) or is_region(name):
        return None
    words = name.split()
    folded = [fold(w) for w in words]
    if any(w in NAME_KIND_WORDS or w in PERSON_TITLES for w in folded):
        return None
    if any(is_everyday_word(w) for w in folded[:-1]):
        return None  # "Western Ghats", "Sunday Market": words, not given names
    last = folded[-1]
    if len(last) < _MIN_SURNAME or _PLACE_ENDING.search(last) or is_everyday_word(last):
        return None
    return words[-1]


def _called_by(surname: str, name: str, before: dict[str, set[str | None]]) -> bool:
    """Do the notes write ``surname`` alone somewhere, and never after a given name other
    than ``name``'s? ``before`` holds, for each capitalised word the notes write with no
    capitalised word after it, the capitalised words written just before it (``None``: none)."""
    given = name.split()[-2]
    if f"{surname}s" in before or f"{surname}es" in before:
        return False  # "the Mundas": a people's name too (Birsa Munda; changed48, weak)
    alone = False
    for word in before.get(surname, ()):
        if word is None or is_everyday_word(fold(word)):
            alone = True  # "Nehru presided …", "In 1951 Nehru …"
        elif word != given:
            return False  # "Shaukat Ali" beside "Mohammad Ali": "Ali" names either
    return alone


def _words_before(text: str) -> dict[str, set[str | None]]:
    """For :func:`_called_by`, in one pass over the notes (``generate_1mb_s``)."""
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]
    found: dict[str, set[str | None]] = {}
    for i, (word, start, end) in enumerate(words):
        if not _CAPITALISED.fullmatch(word):
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if (
            after is not None
            and after[1] == end + 1
            and text[end] == " "
            and after[0][:1].isupper()
        ):
            continue  # "Jawaharlal Nehru": a name goes on
        prior = words[i - 1] if i else None
        joined = prior is not None and prior[2] == start - 1 and text[start - 1] == " "
        said = prior[0] if joined and prior and _CAPITALISED.fullmatch(prior[0]) else None
        found.setdefault(word, set()).add(said)
    return found


_CAPITALISED = re.compile(r"[A-Z][a-z]+")
#: A line that defines one word or two (``- Konwar: Ahom prince``, ``- Borgohain /
#: Borphukan: high Ahom offices``).
_DEFINED = re.compile(r"^\s*[-*]\s+\**([A-Z][a-z]+)\**(?:\s*/\s*\**([A-Z][a-z]+)\**)?\s*:", re.M)


def _defined_words(markdown: str) -> set[str]:
    """The words a glossary of the notes defines: a title or an office ("Konwar: Ahom
    prince"), never a person's surname (holdout 690, two bad: "Gomdhar Konwar" also took
    "Konwar", "Dhananjay Borgohain" took "Borgohain", an office the note's glossary
    defines)."""
    words: set[str] = set()
    for section in re.split(r"^#+ ", markdown, flags=re.M):
        if GLOSSARY_HEADING.search(section.split("\n", 1)[0]):
            words.update(w for found in _DEFINED.finditer(section) for w in found.groups() if w)
    return words


def _key(question: Question) -> str | None:
    """The key of a question that asks for a person, or ``None``."""
    if isinstance(question, Short):
        return question.answer if question.prompt.startswith("Who ") else None
    if not isinstance(question, Cloze) or len(question.blanks) != 1:
        return None
    before, _, after = CLOZE_BLANK.sub("\x00", question.text).partition("\x00")
    if re.search(r"\bthe\s*$", before, re.IGNORECASE):
        return None  # "the ___ order", "the ___ fell": a body's, a sect's name
    words = re.findall(r"[a-z]+", before.lower())
    # a role before the blank ("Russian traveller ___", "Portuguese visitor ___"), or "by"
    role = bool(words) and (words[-1] in PERSON_WORDS | VISITORS or words[-1] == "by")
    deed = re.match(r"\s*(?:\([^()]*\)\s*)?([a-z]+)", after)
    did = deed is not None and (deed.group(1).endswith("ed") or deed.group(1) in IRREGULAR_PASTS)
    return question.blanks[0][0] if role or did else None


def with_surnames(questions: list[Question], markdown: str) -> list[Question]:
    """Each question keyed by a person's full name with the surname the notes also call the
    person by accepted (see the module's docstring)."""
    keyed = [(q, _key(q)) for q in questions]
    surnames = [(q, key, _surname(key) if key else None) for q, key in keyed]
    if not any(surname for _, _, surname in surnames):
        return questions
    before = _words_before(markdown.replace("**", ""))
    titles = _defined_words(markdown)
    surnames = [(q, key, None if s and s in titles else s) for q, key, s in surnames]
    return [
        _with_surname(q, surname) if key and surname and _called_by(surname, key, before) else q
        for q, key, surname in surnames
    ]


def _with_surname(question: Question, surname: str) -> Question:
    if isinstance(question, Short):
        if fold(surname) in map(fold, question.aliases) or surname in question.prompt:
            return question
        return dataclasses.replace(question, aliases=(*question.aliases, surname))
    if not isinstance(question, Cloze):
        return question
    if surname in CLOZE_BLANK.sub(" ", question.text):
        return question  # the text shows the surname: no answer to ask for
    return with_blank_form(question, {question.blanks[0][0]: surname}, written_first=False)
