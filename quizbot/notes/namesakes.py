"""Names of two things told apart by their years: ``IPR 1948`` and ``IPR 1956`` are two
Industrial Policy Resolutions, so "In which year was the Industrial Policy Resolution
passed?" has two right answers (holdout 578, bad). The notes-wide index keeps the names the
notes write with two different years after them (:func:`dated_twice`); the gate's rule
:func:`year_of_namesakes` turns away a year or date asked of one of them by its bare name
or by the initials it is written with; and a year asked of an event held more than once
under one name (the Delhi Durbar, the National Emergency).
"""

from __future__ import annotations

import re
from collections import defaultdict

from quizbot.bank.model import Question
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.phrases import fold, initials

#: A name with a year after it that tells it from its namesakes (``IPR 1956``,
#: ``Industrial Policy Resolution (1948)``), not a span of years (``(1950–2014)``).
_DATED_NAME = re.compile(
    r"\b([A-Z][\w'’-]*(?: (?:of )?[A-Z][\w'’-]*)*),? \(?((?:1[5-9]|20)\d\d)\b(?!\s*[–—-]\s*\d)"
)
#: A name as a question prints it: capitalised words, with ``of`` between them.
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?: (?:of )?[A-Z][\w'’-]*)*")


def dated_twice(texts: list[str]) -> frozenset[str]:
    """The names (folded) the notes write with two different years after them."""
    years: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        if not any(c.isdigit() for c in text):
            continue  # most texts (``generate_1mb_s``)
        for name, year in _DATED_NAME.findall(text):
            years[fold(name)].add(year)
    return frozenset(name for name, seen in years.items() if len(seen) > 1)


def year_of_namesakes(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A year or date asked of a name the notes give two years (``IPR 1948 & IPR 1956``)."""
    if draft.key_kind not in ("year", "date"):
        return None
    shown = f"{getattr(question, 'prompt', '')} {question.stem}"
    held = _HELD_AGAIN.search(shown)
    if held is not None:
        return f"{held.group(0)!r} was held or declared more than once: which one is asked?"
    if not ctx.dated_twice:
        return None
    for name in _NAME.findall(shown):
        if not _a_document(name):
            continue  # "Gulab Singh", "PM Modi": the notes date a person's deeds
        for said in (name, initials(name)):
            if len(said) > 1 and fold(said) in ctx.dated_twice:
                return f"the notes give {said!r} two years: the name alone is of two things"
    return None


#: Events India saw several of, named alike: the Delhi Durbars of 1877, 1903 and 1911, the
#: National Emergencies of 1962, 1971 and 1975 (holdouts 587 and 592, bad: "In which year
#: was the Delhi Durbar held?" = 1911); an ordinal says which, or a bracket ("the Delhi
#: Durbar (George V)").
_HELD_AGAIN = re.compile(
    r"(?<!\d)(?<!\d\w\w )(?<!first )(?<!second )(?<!third )"
    r"\b(?:(?:Delhi|Imperial|Coronation) Durbar|National Emergency)\b(?!\s*\()",
    re.IGNORECASE,
)


def _a_document(name: str) -> bool:
    """A law, a policy, a plan or a treaty (``IPR``, ``Industrial Policy Resolution``,
    ``Treaty of Amritsar``), not a person the notes date twice (``Gulab Singh``)."""
    return name.isupper() or bool(_DOCUMENT.search(name))


#: Words that name a document or a scheme: one of a series, each of its own year.
_DOCUMENT = re.compile(
    r"\b(?:Resolution|Policy|Act|Plan|Treaty|Accord|Agreement|Bill|Mission|Scheme|Programme|"
    r"Report|Pact|Declaration|Convention|Ordinance|Amendment|Charter|Protocol)\b"
)
