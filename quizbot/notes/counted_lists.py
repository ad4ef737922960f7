"""A count's cloze without the list of what it counts (``cover ___ pollutants (PM10, PM2.5,
…, nickel)``): the learner would count the list, so the question shows the line without it
(holdout 119); the explanation keeps the line whole."""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question
from quizbot.notes.blanks import blank_sides
from quizbot.notes.giveaway import figure_value
from quizbot.notes.grammar import has_verb


def without_counted_list(question: Question, key: str) -> Question:
    """A count's cloze without the list of what it counts printed in a bracket after the
    blank (``cover ___ pollutants (PM10, PM2.5, …, nickel)``: the learner would count it),
    any other question as it is. The explanation keeps the line whole."""
    sides = blank_sides(question)
    n = figure_value(key)
    if sides is None or n is None or n < 2 or not isinstance(question, Cloze):
        return question
    if not has_verb(CLOZE_BLANK.sub("___", question.text), loose=False):
        return question  # "Border 699 km, ___ states (…)": no sentence to ask, list or not
    after = sides[1]
    span = _counted_bracket(after, n)
    if span is None:
        return question
    start, end = span
    kept = question.text[: len(question.text) - len(after)] + after[:start] + after[end:]
    return dataclasses.replace(question, text=kept)


def _counted_bracket(after: str, n: int) -> tuple[int, int] | None:
    """The span of a bracket a few words after the blank that lists ``n`` things (its own
    brackets, ``benzo(a)pyrene``, kept whole), with the space before it; else ``None``."""
    opened = after.find("(")
    if opened < 0 or len(after[:opened].split()) > 4:
        return None
    depth = 0
    for at in range(opened, len(after)):
        depth += {"(": 1, ")": -1}.get(after[at], 0)
        if depth == 0:
            break
    else:
        return None
    items = [i for i in _LIST_SEPARATOR.split(after[opened + 1 : at]) if i.strip()]
    if len(items) != n:
        return None
    return len(after[:opened].rstrip()), at + 1


_LIST_SEPARATOR = re.compile(r",\s*|\s+(?:and|&)\s+")
