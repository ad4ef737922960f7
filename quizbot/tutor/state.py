"""The tutor's state: the session it drives, what the learner has seen, and the counts.

:class:`TutorState` is the base of :class:`~quizbot.tutor.engine.Tutor`: it holds the bank,
the progress store and the :class:`~quizbot.study.Study` session, the questions as presented
this time, and the header figures (due now, new left, answered, streak), kept up to date
answer by answer (:meth:`TutorState.counts`) instead of re-read from the store. The
conversation is built on it in layers: asking (:mod:`quizbot.tutor.asking`), answering
(:mod:`quizbot.tutor.answering`) and the messages (:mod:`quizbot.tutor.engine`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from fsrs import State

from quizbot.bank import Bank, Question
from quizbot.study.answers import BankAnswers
from quizbot.study.queue import ids_in_topic
from quizbot.study.records import CardRow
from quizbot.study.session import Study
from quizbot.study.stats import streak_days
from quizbot.study.store import Store
from quizbot.study.timing import Calendar, to_us, utc
from quizbot.tutor.lookup import NotesIndex
from quizbot.tutor.replies import Counts, Lookup

#: fsrs's states of a question still being learned (not yet in review).
LEARNING_STATES = (int(State.Learning), int(State.Relearning))


class TutorState:
    """The state of a conversation over one bank, one progress store and (lazily) the notes."""

    def __init__(
        self,
        bank: Bank,
        store: Store,
        now: datetime,
        *,
        notes: Sequence[Path],
        topic: str | None = None,
        cram: bool = False,
        tz: tzinfo | None = None,
        fuzz: bool = True,
    ) -> None:
        self.bank, self.store, self.cram = bank, store, cram
        self.notes_paths = list(notes)
        self.recovered_from: Path | None = store.recovered_from
        self._tz, self._fuzz = tz, fuzz
        self._index: NotesIndex | None = None
        #: The bank's answers for the near-miss guard: one for every session of this tutor.
        self.answers = BankAnswers(bank)
        self._closed = False
        #: Answers (and skips) that could not be saved, and why writes failed this session.
        self.unsaved = 0
        self.failures: list[str] = []
        self.topic: str | None = topic
        self.study = self._new_study(now)
        self._answered = 0
        self._hints = 0
        self._shown: Question | None = None
        #: Each question as the learner sees it this time (mcq and multi options in an order
        #: of this presentation), by id; kept while it is asked and, once answered, for /why
        #: and /undo; and the order shown the time before, which the next one avoids.
        self._presenting: dict[str, Question] = {}
        self._last_order: dict[str, tuple[str, ...]] = {}
        self._answered_shown: dict[str, Question] = {}
        #: The last thing that happened was feedback on an answer (ratings words apply).
        self._after_feedback = False
        self._done_said = False
        self._streak: int | None = None
        self._streak_today = False
        self._scan(now)

    # --- state ---

    @property
    def current(self) -> Question | None:
        """The question being asked (``None`` when nothing is left now)."""
        return self.study.current

    @property
    def answered(self) -> int:
        """Answers given this session (undone ones excluded)."""
        return self._answered

    @property
    def notes(self) -> NotesIndex:
        """The notes index, built on first use."""
        if self._index is None:
            self._index = NotesIndex.build(self.notes_paths)
        return self._index

    def lookup(self, query: str) -> Lookup:
        """A study question answered from the notes."""
        return self.notes.lookup(query)

    def _new_study(self, now: datetime) -> Study:
        # No learning ahead: once new questions run out, the learner is told so and each
        # learning step comes back when it is due, not minutes early round and round.
        return Study(
            self.store,
            self.bank,
            now,
            topic=self.topic,
            cram=self.cram,
            tz=self._tz,
            fuzz=self.fuzz_enabled,
            answers=self.answers,
            learn_ahead=timedelta(0),
        )

    def _why_no_new(self) -> str:
        """Why no new question is asked now (empty in cram mode)."""
        if self.cram:
            return ""
        where = f" on {self.topic}" if self.topic else ""
        if self._unseen <= 0:
            return f"You have started every question{where}."
        if self.study.new_left <= 0:
            limit = self.study.settings.daily_new_limit
            return (
                f"No new questions are left today: the daily limit of {limit} is reached "
                "(`quizbot settings daily_new_limit N` changes it)."
            )
        return ""

    @property
    def fuzz_enabled(self) -> bool:
        return self._fuzz

    @property
    def calendar(self) -> Calendar:
        return self.study.calendar

    # --- counts ---

    def _scan(self, now: datetime) -> None:
        """Read what is due today and how much is unseen in the session's scope."""
        self._day = self.calendar.day(now)
        _, end = self.calendar.bounds(now)
        self._end_us = to_us(end)
        scope = ids_in_topic(self.bank, self.topic)
        self._scope = None if self.topic is None else set(scope)
        self._due: dict[str, tuple[int, int]] = {}
        for row in self.store.card_tuples(due_before_us=self._end_us):
            if row[0] in self.bank and (self._scope is None or row[0] in self._scope):
                self._due[row[0]] = (row[2], row[6])
        seen = self.store.seen_ids()
        self._unseen = sum(1 for i in scope if i not in seen)
        self._cram_left = len(scope)

    def _track(self, question_id: str, row: CardRow | None, was_new: bool, sign: int) -> None:
        if self._scope is None or question_id in self._scope:  # (an answer from before a
            self._due.pop(question_id, None)  # topic switch may be outside)
            if row is not None and not row.suspended and to_us(row.card.due) < self._end_us:
                self._due[question_id] = (int(row.card.state), to_us(row.card.due))
            if was_new:
                self._unseen -= sign
            self._cram_left -= sign
        if sign < 0 or not self._streak_today:
            self._streak = None

    def counts(self, now: datetime) -> Counts:
        """The header figures: due now, new left today, answered this session, streak."""
        now = utc(now)
        if self.calendar.day(now) != self._day:
            self._scan(now)
            self._streak = None
        if self._streak is None:
            self._streak = streak_days(self.store, now, self.calendar)
            start, end = self.calendar.bounds(now)
            self._streak_today = self.store.any_reviews(start, end)
        if self.cram:
            return Counts(max(0, self._cram_left), 0, self._answered, self._streak)
        now_us = to_us(now)
        due = sum(
            1
            for state, due_us in self._due.values()
            if state not in LEARNING_STATES or due_us <= now_us
        )
        new = max(0, min(self.study.new_left, self._unseen))
        return Counts(due, new, self._answered, self._streak)
