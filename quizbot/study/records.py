"""The rows of the study tables, as Python values: a question's card and one logged answer.

:class:`CardRow` is the ``cards`` table's row (the py-fsrs ``Card`` plus what fsrs does not
track) and :data:`CardTuple` its raw SQLite shape, which hot paths compare without building
a ``Card``; :class:`Review` is a row of the ``reviews`` log. :mod:`quizbot.study.store` reads
and writes them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fsrs import Card, State

from quizbot.study.timing import from_us, to_us

CardTuple = tuple[
    str, int, int, int | None, float | None, float | None, int, int | None, int, int, int
]


@dataclass(frozen=True)
class CardRow:
    """A question's scheduling state: the fsrs card plus what fsrs does not track."""

    question_id: str
    card: Card
    reps: int = 0
    lapses: int = 0
    suspended: bool = False

    def as_tuple(self) -> CardTuple:
        c = self.card
        return (
            self.question_id,
            c.card_id,
            int(c.state),
            c.step,
            c.stability,
            c.difficulty,
            to_us(c.due),
            None if c.last_review is None else to_us(c.last_review),
            self.reps,
            self.lapses,
            int(self.suspended),
        )

    @classmethod
    def from_tuple(cls, row: tuple[Any, ...] | list[Any]) -> CardRow:
        (
            qid,
            card_id,
            state,
            step,
            stability,
            difficulty,
            due_us,
            last_us,
            reps,
            lapses,
            suspended,
        ) = row
        card = Card(
            card_id=card_id,
            state=State(state),
            step=step,
            stability=stability,
            difficulty=difficulty,
            due=from_us(due_us),
            last_review=None if last_us is None else from_us(last_us),
        )
        return cls(qid, card, reps, lapses, bool(suspended))

    def to_json(self) -> str:
        return json.dumps(self.as_tuple())

    @classmethod
    def from_json(cls, text: str) -> CardRow:
        return cls.from_tuple(json.loads(text))


@dataclass(frozen=True)
class Review:
    """One answer in the log."""

    question_id: str
    time: datetime
    response: str
    #: The verdict's kind (exact, alias, typo, partial, near-miss, wrong, empty) or "skipped".
    kind: str
    score: float
    #: The rating that scheduled the card (1 Again … 4 Easy), after any override.
    rating: int
    #: The rating quizbot derived from the verdict.
    suggested: int
    overridden: bool = False
    duration_ms: int | None = None
    hints: int = 0
    cram: bool = False
    #: 0 for a new question, else the fsrs State before the answer.
    state_before: int = 0
    session_id: int | None = None
    id: int | None = None

    def as_tuple(self) -> tuple[Any, ...]:
        return (
            self.id,
            self.question_id,
            self.session_id,
            to_us(self.time),
            self.response,
            self.kind,
            self.score,
            self.rating,
            self.suggested,
            int(self.overridden),
            self.duration_ms,
            self.hints,
            int(self.cram),
            self.state_before,
        )

    @classmethod
    def from_tuple(cls, row: tuple[Any, ...]) -> Review:
        (
            rid,
            qid,
            session_id,
            time_us,
            response,
            kind,
            score,
            rating,
            suggested,
            overridden,
            duration_ms,
            hints,
            cram,
            state_before,
        ) = row
        return cls(
            qid,
            from_us(time_us),
            response,
            kind,
            score,
            rating,
            suggested,
            bool(overridden),
            duration_ms,
            hints,
            bool(cram),
            state_before,
            session_id,
            rid,
        )
