"""A clause that names its own subject before its verb (``Marthanda Varma of Travancore
crushed the Dutch``): a deed of someone named, no noun phrase a term could be called by
(split from :mod:`~quizbot.notes.clause_shapes`)."""

from __future__ import annotations

from quizbot.notes.clause_shapes import AUXILIARIES, a_verb


def named_then_verb(words: list[str]) -> bool:
    """Does a verb follow a capitalised word past the clause's opening (``Menelik II of
    Ethiopia beat Italy``): a clause with its own subject, no noun phrase to name?"""
    return named_verb_at(words) is not None


def named_verb_at(words: list[str]) -> int | None:
    """The index of the verb that follows a capitalised word past the clause's opening
    (``Marthanda Varma of Travancore crushed the Dutch`` → 4), or ``None``."""
    return next(
        (
            i
            for i, w in enumerate(words)
            if i > 1
            and a_verb(w)
            and w.lower() not in AUXILIARIES
            and words[i - 1][:1].isupper()
            and w[:1].islower()
        ),
        None,
    )
