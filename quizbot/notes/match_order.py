"""A match whose answer is not its own order.

The app letters a match's right-hand items in sorted order
(:func:`~quizbot.grading.matching.match_columns`); when the notes list the pairs so that
their right-hand sides are sorted already (award years in order: ``PB (1956)``, ``PV
(1977)`` …), the key comes out ``1-a, 2-b, 3-c, 4-d`` and a learner who notices scores
without knowing (a blind coach's finding, seventh session). Such a match has its pairs
put in a stable shuffled order that leaves no item in its place (turned by one if eight
shuffles do not): the same pairs, asked in another order.
"""

from __future__ import annotations

import dataclasses

from quizbot.bank.model import Match, Question
from quizbot.grading.matching import match_columns
from quizbot.notes.hashing import shuffled


def not_in_order(question: Question) -> Question:
    """``question``, with a match's pairs reordered when its key would be 1-a, 2-b, …."""
    if not isinstance(question, Match) or len(question.pairs) < 3:
        return question
    _, rights = match_columns(question)
    if rights != [right for _, right in question.pairs]:
        return question
    rights = [right for _, right in question.pairs]
    for salt in range(8):  # a stable shuffle of the pairs that leaves no item in its place
        pairs = tuple(shuffled(question.pairs, question.id, str(salt), by=lambda p: p[0]))
        if all(pairs[i][1] != rights[i] for i in range(len(pairs))):
            return dataclasses.replace(question, pairs=pairs)
    return dataclasses.replace(question, pairs=(*question.pairs[1:], question.pairs[0]))
