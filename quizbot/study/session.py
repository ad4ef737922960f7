"""A study session: which question to ask next, and what an answer does.

``Study(store, bank, now)`` builds the day's queue; then, in a loop, ``next(now)`` gives the
question to ask, ``answer(response, now)`` grades, rates, schedules and commits it (before the
next question can be shown), ``rerate(rating)`` applies the learner's override (keys 1–4) and
``undo()`` takes the last answer back exactly.

Which question comes next (the order, siblings, ``topic=``, ``cram=True``) is
:class:`~quizbot.study.session_queue.SessionQueue`'s, which :class:`Study` extends; grading is
:mod:`quizbot.study.graded_answer`'s. In cram, answers are logged and the schedule is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from fsrs import Rating, State

from quizbot.bank import Question
from quizbot.grading import Verdict
from quizbot.study import claims, scheduling
from quizbot.study.graded_answer import Answered, grade
from quizbot.study.rating import rating_for
from quizbot.study.scheduling import StudyError
from quizbot.study.session_queue import SessionQueue
from quizbot.study.timing import utc

#: ``Answered`` and ``grade`` are named here too: the tutor's engine imports them from here.
__all__ = ["Answered", "Study", "grade"]


class Study(SessionQueue):
    """One session over a bank and a store: what an answer does (the order of the questions
    is :class:`SessionQueue`'s)."""

    # --- answers ---

    def answer(
        self,
        response: str,
        now: datetime,
        *,
        duration_ms: int | None = None,
        hints: int = 0,
        order: Sequence[str] | None = None,
    ) -> Answered:
        """Grade the current question's ``response`` and record it (see :meth:`record`);
        ``order``: the options in the order the learner saw them."""
        question = self._require_current()
        verdict = grade(
            question, response, self._aliases.get(question.id, ()), self.answers.index(), order
        )
        return self.record(verdict, response, now, duration_ms=duration_ms, hints=hints)

    def skip(self, now: datetime, *, duration_ms: int | None = None, hints: int = 0) -> Answered:
        """The learner passed: rated Again."""
        return self.record(None, "", now, duration_ms=duration_ms, hints=hints)

    def _require_current(self) -> Question:
        if self.current is None:
            raise StudyError("no question is being asked")
        return self.current

    def record(
        self,
        verdict: Verdict | None,
        response: str,
        now: datetime,
        *,
        duration_ms: int | None = None,
        hints: int = 0,
    ) -> Answered:
        """Rate, schedule and commit an answer already graded (``None``: skipped)."""
        question = self._require_current()
        now = utc(now)
        if duration_ms is None and self._shown_at is not None:
            duration_ms = max(0, (now - self._shown_at) // timedelta(milliseconds=1))
        # The row the queue validated when it picked the question (fresh for cram and undo).
        row = (
            self._snapshot.get(question.id)
            if not self.cram and question.id in self._snapshot
            else self.store.get_card_tuple(question.id)
        )
        rating = rating_for(
            verdict,
            question_type=question.type,
            state=None if row is None else State(row[2]),
            duration_ms=duration_ms,
            hints=hints,
        )
        kind = "skipped" if verdict is None else verdict.kind
        score = 0.0 if verdict is None else verdict.score
        if self.cram:
            outcome = scheduling.log_cram(
                self.store,
                question.id,
                rating,
                now,
                response=response,
                kind=kind,
                score=score,
                duration_ms=duration_ms,
                hints=hints,
                session_id=self.session_id,
            )
        else:
            outcome = scheduling.review(
                self.store,
                question.id,
                rating,
                now,
                settings=self.settings,
                calendar=self.calendar,
                response=response,
                kind=kind,
                score=score,
                duration_ms=duration_ms,
                hints=hints,
                session_id=self.session_id,
                fuzz=self.fuzz,
            )
            self._after_answer(outcome, +1)
        answered = Answered(question, verdict, outcome)
        self.history.append(answered)
        self.current = None
        return answered

    def rerate(self, rating: Rating | int) -> Answered:
        """The learner's override of the last answer's rating (1 Again … 4 Easy)."""
        if not self.history:
            raise StudyError("there is no answer to re-rate")
        if not 1 <= int(rating) <= 4:
            raise StudyError(f"a rating is 1 (again) to 4 (easy), not {rating}")
        last = self.history[-1]
        outcome = scheduling.rerate(
            self.store,
            last.outcome,
            Rating(int(rating)),
            settings=self.settings,
            calendar=self.calendar,
            fuzz=self.fuzz,
        )
        if not self.cram:
            self._after_answer(last.outcome, -1)
            self._after_answer(outcome, +1)
        answered = replace(last, outcome=outcome)
        self.history[-1] = answered
        return answered

    def inherit(self, previous: Study) -> None:
        """Take over ``previous``'s answers (a topic switch): undo, re-rating and "I was
        right" still reach the last answer. Its reviews are already in today's counts."""
        self.history = [*previous.history, *self.history]

    def undo(self) -> Question:
        """Take back the last answer (card and log restored exactly); it is asked again next."""
        if not self.history:
            raise StudyError("there is no answer to undo")
        last = self.history[-1]
        scheduling.undo(self.store, last.outcome)
        for alias in last.taught:
            self.store.remove_alias(last.question.id, alias)
            taught = self._aliases.get(last.question.id, [])
            if alias in taught:
                taught.remove(alias)
        self.history.pop()
        if not self.cram:
            self._after_answer(last.outcome, -1)
        if self.current is not None:
            self._again.appendleft(self.current.id)
        self._again.appendleft(last.question.id)
        self.current = None
        return last.question

    def teach_alias(self, alias: str, now: datetime, question_id: str | None = None) -> str:
        """Accept ``alias`` from now on for a question (default: the last one answered, and
        then undoing that answer forgets the alias again)."""
        from_last = question_id is None
        if question_id is None:
            if not self.history:
                raise StudyError("there is no answer to take an alias from")
            question_id = self.history[-1].question.id
        alias = alias.strip()
        if not alias:
            raise StudyError("an empty answer cannot be an alias")
        taught = self._aliases.setdefault(question_id, [])
        if alias in taught:
            return question_id
        self.store.add_alias(question_id, alias, utc(now))
        taught.append(alias)
        if from_last:
            last = self.history[-1]
            self.history[-1] = replace(last, taught=(*last.taught, alias))
        return question_id

    def close(self, now: datetime) -> None:
        """Mark the session ended (every answer is already committed) and release the new
        question it was showing, if any, for other sessions."""
        with self.store.transaction():
            claims.release(self.store, self.session_id)
            self.store.end_session(self.session_id, utc(now))
