"""One answer in a study session: grading it, and what the session keeps of it.

:func:`grade` grades a response with :func:`quizbot.grading.grade`, adding the aliases the
learner taught; :class:`Answered` is the question, its verdict and what the answer did to the
schedule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from fsrs import Rating

from quizbot.bank import Question, takes_aliases
from quizbot.grading import Verdict
from quizbot.study.scheduling import Outcome

if TYPE_CHECKING:
    from quizbot.grading.index import AnswerIndex


def grade(
    question: Question,
    response: str,
    aliases: list[str] | tuple[str, ...] = (),
    index: AnswerIndex | None = None,
    order: Sequence[str] | None = None,
) -> Verdict:
    """Grade with :func:`quizbot.grading.grade`, adding the aliases the learner taught;
    ``index`` (the bank's answers) lets the near-miss guard see every other answer; ``order``
    is the options in the order shown (letters are read in that order)."""
    from quizbot.grading import grade as grade_response

    taught = aliases if takes_aliases(question) else ()
    return grade_response(question, response, index=index, aliases=taught, order=order)


@dataclass(frozen=True)
class Answered:
    """One answer as the session saw it: the question, its verdict and what it did."""

    question: Question
    #: ``None`` for a skipped question.
    verdict: Verdict | None
    outcome: Outcome
    #: The aliases "I was right" taught from this answer (undo forgets them again).
    taught: tuple[str, ...] = ()

    @property
    def rating(self) -> Rating:
        return self.outcome.rating

    @property
    def suggested(self) -> Rating:
        return Rating(self.outcome.review.suggested)

    @property
    def due(self) -> datetime | None:
        return self.outcome.due

    @property
    def leech(self) -> bool:
        return self.outcome.leech
