"""Other names the notes give for one thing in another sentence.

``created the Turkan-i-Chahalgani ("the Forty")`` in one paragraph and ``broke the power of
the Forty`` in the next: a question on the Forty must accept Turkan-i-Chahalgani, the name a
learner is as likely to write. :func:`other_names_index` reads every ``Name ("the X")``,
``Name ("X")`` and ``Name (the X)`` of the notes; :func:`with_other_names` adds the name as
an accepted answer of a question whose key is X (a cloze's alternatives, a short answer's
aliases).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question, Short
from quizbot.notes.names import NAME_KIND_WORDS
from quizbot.notes.phrases import fold

_NAMED = re.compile(
    r"\b([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,4})\s*\(\s*"
    r"(?:[\"“]((?:the\s+)?[^()\"”]{2,40})[\"”]|(the\s+[A-Z][^()\"”]{1,40}))\s*\)"
)


#: A person's full name in the notes (``Sun Yat-sen``), whose first word the writer may use
#: alone (``Sun = "father of modern China"``).
_FULL_NAME = re.compile(r"\b([A-Z][a-z]{1,12}) ([A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*)?)\b")


def full_names_index(markdown: str) -> dict[str, str]:
    """``fold(First)`` → ``First Rest`` for each first word the notes complete in one way
    only, into a name with no kind word (``Sun`` → ``Sun Yat-sen``; never ``Gandhi`` →
    ``Gandhi Peace Prize``)."""
    found: dict[str, set[str]] = {}
    for match in _FULL_NAME.finditer(markdown.replace("**", "")):
        full = f"{match.group(1)} {match.group(2)}"
        if set(fold(full).split()) & NAME_KIND_WORDS:
            continue
        found.setdefault(fold(match.group(1)), set()).add(full)
    return {first: names.pop() for first, names in found.items() if len(names) == 1}


def with_full_name(question: Question, index: Mapping[str, str]) -> Question:
    """A "Who …?" question keyed by a first word the notes complete in one way only, keyed
    by the full name, the short form accepted (blind review 34: "Who is known as the father
    of modern China?" keyed "Sun")."""
    if not isinstance(question, Short) or not question.prompt.startswith("Who "):
        return question
    full = index.get(fold(question.answer))
    if full is None or " " in question.answer:
        return question
    aliases = (question.answer, *(a for a in question.aliases if fold(a) != fold(full)))
    return dataclasses.replace(question, answer=full, aliases=aliases)


def other_names_index(markdown: str) -> dict[str, str]:
    """``fold(X)`` → Name for each ``Name ("the X")`` of the notes (X with and without its
    ``the``)."""
    index: dict[str, str] = {}
    for found in _NAMED.finditer(markdown.replace("**", "")):
        name, other = found.group(1), found.group(2) or found.group(3)
        for form in (other, re.sub(r"^the\s+", "", other, flags=re.IGNORECASE)):
            if fold(form) != fold(name):
                index.setdefault(fold(form), name)
    return index


def with_other_names(question: Question, index: Mapping[str, str]) -> Question:
    """The question with the notes' other name of its key accepted."""
    if isinstance(question, Cloze):
        found = CLOZE_BLANK.search(question.text)
        if found is None:
            return question
        forms = found.group(1).split("|")
        name = index.get(fold(forms[0]))
        if name is None or any(fold(f) == fold(name) for f in forms):
            return question
        blank = "{{" + "|".join([*forms, name]) + "}}"
        text = question.text[: found.start()] + blank + question.text[found.end() :]
        return dataclasses.replace(question, text=text)
    if isinstance(question, Short):
        name = index.get(fold(question.answer))
        if name is None or any(fold(a) == fold(name) for a in question.aliases):
            return question
        return dataclasses.replace(question, aliases=(*question.aliases, name))
    return question
