"""Answering: recording an answer or a skip, and everything that acts on the last answer.

Hints before an answer; after it, the explanation (``/why``), "I was right" (``/right``:
re-rated and the answer taught to the grader), ``/undo`` and re-rating. Every change goes
through the :class:`~quizbot.study.Study` session (committed before the next question) and
keeps the header counts in step (:meth:`~quizbot.tutor.state.TutorState._track`).
"""

from __future__ import annotations

from datetime import datetime

from fsrs import Rating

from quizbot.bank import Question
from quizbot.grading.teach import lesson
from quizbot.study.session import Answered
from quizbot.tutor import hints
from quizbot.tutor.asking import Asking
from quizbot.tutor.expected import answer_text
from quizbot.tutor.replies import (
    Explain,
    Feedback,
    Reply,
    Say,
)
from quizbot.tutor.when import comes_back_words

_RATING_NAMES = {1: "again", 2: "hard", 3: "good", 4: "easy"}


def _rating_name(rating: Rating | int) -> str:
    return _RATING_NAMES[int(rating)]


class Answering(Asking):
    """Records answers and acts on the last one (the layer above :class:`Asking`)."""

    def _feedback(self, answered: Answered, response: str, now: datetime) -> Feedback:
        question = self._answered_shown.get(answered.question.id, answered.question)
        return Feedback(
            question,
            response,
            answered.verdict,
            answer_text(question),
            question.explanation,
            _rating_name(answered.rating),
            comes_back_words(answered.due, now, self.calendar),
            answered.due,
            leech=answered.leech,
            hints=answered.outcome.review.hints,
        )

    def _record(self, answered: Answered, response: str, now: datetime) -> list[Reply]:
        self._answered += 1
        self._answered_shown[answered.question.id] = self.presented(answered.question)
        self._presenting.pop(answered.question.id, None)  # asked again: a new order
        outcome = answered.outcome
        self._track(
            answered.question.id, outcome.after, outcome.before is None and not self.cram, +1
        )
        replies: list[Reply] = [self._feedback(answered, response, now)]
        self._after_feedback = True
        return replies + self._next(now)

    def _answer(self, response: str, now: datetime) -> list[Reply]:
        if self.current is None:
            return [self.lookup(response)]
        order = self._order(self.current)
        answered = self.study.answer(response, now, hints=self._hints, order=order)
        return self._record(answered, response, now)

    def _skip(self, now: datetime) -> list[Reply]:
        if self.current is None:
            return [Say("There's no question to skip right now.", tone="error")]
        return self._record(self.study.skip(now, hints=self._hints), "", now)

    def _hint(self) -> list[Reply]:
        question = self.current
        if question is None:
            return [Say("There's no question to give a hint for right now.", tone="error")]
        given = hints.hint(self.presented(question), self._hints + 1)
        if given is None:
            return [
                Say("That was my last hint for this one. Have a go, or /skip to see the answer.")
            ]
        self._hints += 1
        self._after_feedback = False
        return [given]

    def explain(self, question: Question) -> Explain:
        """The explanation of ``question`` with the note it comes from."""
        passages = self.notes.passages_for(question)
        explanation = question.explanation or (
            f"The answer is {answer_text(question)}."
            + ("" if passages else " I have no explanation or note for this one.")
        )
        return Explain(question, explanation, passages)

    def _explain(self) -> list[Reply]:
        if not self.study.history:
            if self.current is not None:
                return [
                    Say(
                        "Have a go first, and I'll explain it after. /hint gives a nudge; "
                        "/skip shows the answer."
                    )
                ]
            return [Say("There's nothing to explain yet.", tone="error")]
        last = self.study.history[-1].question
        return [self.explain(self._answered_shown.get(last.id, last))]

    def _right(self, now: datetime) -> list[Reply]:
        if not self.study.history:
            return [Say("There's no answer to accept yet.", tone="error")]
        last = self.study.history[-1]
        response = last.outcome.review.response
        if last.verdict is None or not response.strip():
            return [
                Say(
                    "You skipped that one, so there's no answer to accept. /undo lets you "
                    "answer it again.",
                    tone="error",
                )
            ]
        # right after a hint is worth what a right answer after a hint earns: Hard
        rating = Rating.Hard if last.outcome.review.hints else Rating.Good
        taught_before = response.strip() in self.store.aliases(last.question.id)
        if last.rating >= rating and (last.verdict.correct or taught_before):
            return [Say(f"That one was already marked right (rated {_rating_name(last.rating)}).")]
        found = lesson(last.question, response)
        for alias in found.aliases:
            self.study.teach_alias(alias, now)
        taught = f" I'll accept {', '.join(found.learnt)} from now on." if found.learnt else ""
        if found.not_learnt:
            taught += f" {found.not_learnt}"
        answered = self.study.rerate(rating)
        self._retrack(last, answered)
        hinted = " (after a hint)" if rating == Rating.Hard else ""
        return [
            Say(
                f"Fair enough, you were right.{taught} Rated {_rating_name(rating)}{hinted}"
                f" · {comes_back_words(answered.due, now, self.calendar)}."
            )
        ]

    def _retrack(self, before: Answered, after: Answered) -> None:
        self._track(
            before.question.id,
            before.outcome.before,
            before.outcome.before is None and not self.cram,
            -1,
        )
        self._track(
            after.question.id,
            after.outcome.after,
            after.outcome.before is None and not self.cram,
            +1,
        )

    def _undo(self, now: datetime) -> list[Reply]:
        if not self.study.history:
            return [Say("There's no answer to undo.", tone="error")]
        last = self.study.history[-1]
        self.study.undo()
        self._answered -= 1
        if (shown := self._answered_shown.get(last.question.id)) is not None:
            self._presenting[last.question.id] = shown  # back as it was shown
        self._track(
            last.question.id, last.outcome.before, last.outcome.before is None and not self.cram, -1
        )
        self._after_feedback = False
        self._shown = None
        self._done_said = False
        return [Say(f"Took back your answer to: {last.question.stem}"), *self._next(now)]

    def _rerate(self, rating: int, now: datetime) -> list[Reply]:
        if not self.study.history:
            return [Say("There's no answer to re-rate yet.", tone="error")]
        last = self.study.history[-1]
        answered = self.study.rerate(rating)
        self._retrack(last, answered)
        return [
            Say(
                f"Re-rated as {_rating_name(answered.rating)} · "
                f"{comes_back_words(answered.due, now, self.calendar)}."
            )
        ]
