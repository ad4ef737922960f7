"""Asking: the next question, and each question as the learner sees it this time.

mcq and multi options are shuffled per presentation (never in the order shown last time,
and in the author's order when an option refers to the others); a question is asked once
until answered, and "nothing is left" is said once.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

from quizbot.bank import Mcq, Multi, Question, keeps_order
from quizbot.tutor.replies import (
    Ask,
    Done,
    Reply,
)
from quizbot.tutor.state import LEARNING_STATES, TutorState


class Asking(TutorState):
    """Picks and presents questions (the layer above :class:`TutorState`)."""

    def presented(self, question: Question) -> Question:
        """``question`` as the learner sees it now: the options of mcq and multi in the order
        of this presentation (the bank's object for every other type)."""
        return self._presenting.get(question.id, question)

    def _present(self, question: Question, now: datetime) -> Question:
        """A new presentation of ``question``: mcq and multi options shuffled (the author's
        order when an option refers to the others), never in the order shown last time when
        another order exists; fixed until the question is asked anew."""
        if not isinstance(question, Mcq | Multi) or keeps_order(question.options):
            return question
        rng = random.Random(f"{question.id}|{now.isoformat()}")
        before = self._last_order.get(question.id, ())
        options = list(question.options)
        for _ in range(8):
            rng.shuffle(options)
            if tuple(options) != before:
                break
        shown = replace(question, options=tuple(options))
        self._presenting[question.id] = shown
        self._last_order[question.id] = shown.options
        return shown

    def _order(self, question: Question) -> tuple[str, ...] | None:
        shown = self.presented(question)
        return shown.options if isinstance(shown, Mcq | Multi) else None

    def _next(self, now: datetime) -> list[Reply]:
        """Ask the next question, or say that nothing is left."""
        question = self.study.next(now)
        if question is None:
            if self._done_said:
                return []
            self._done_said = True
            self._shown = None
            return [Done(self._answered, self.study.comes_back(), self._why_no_new())]
        self._done_said = False
        if question is self._shown:
            return []
        self._shown = question
        self._hints = 0
        shown = self._presenting.get(question.id) or self._present(question, now)
        return [Ask(shown, self._answered + 1, self.counts(now), self._reason(question))]

    def _maybe_next(self, now: datetime) -> list[Reply]:
        """After a message that asked nothing: a question that has fallen due meanwhile."""
        if self.current is not None or not self._done_said:
            return []
        question = self.study.next(now)
        return [] if question is None else self._next(now)

    def _reason(self, question: Question) -> str:
        if self.cram:
            return "cram"
        row = self.store.get_card_tuple(question.id)
        if row is None:
            return "new"
        return "learning" if row[2] in LEARNING_STATES else "review"
