"""Scheduling with py-fsrs: one answer in, one card state and one log row out.

Everything here runs inside a single store transaction per answer: the card is re-read under
the write lock, reviewed with :class:`fsrs.Scheduler`, and written back with its log row, so
two quizbot processes on one data dir never lose each other's reviews.

The fsrs scheduler is the stock one (default parameters; learning steps 1 and 10 minutes,
relearning 10 minutes; fuzzing on outside tests). quizbot adds only what fsrs leaves to the
app: unseen questions (no card row yet), lapses and leeches, and the exam-date cap, which sets
fsrs's ``maximum_interval`` so a review lands before the exam day.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from fsrs import Card, Rating, Scheduler, State

from quizbot.study import claims
from quizbot.study.records import CardRow, CardTuple, Review
from quizbot.study.settings import Settings
from quizbot.study.store import Store
from quizbot.study.timing import Calendar, from_us, utc


class StudyError(Exception):
    """A study action that cannot be done (the message says why)."""


def card_id_for(question_id: str) -> int:
    """A stable fsrs ``card_id`` for a question id (py-fsrs sleeps 1 ms when it makes one)."""
    return int.from_bytes(hashlib.blake2b(question_id.encode(), digest_size=7).digest(), "big")


def new_card(question_id: str, now: datetime) -> Card:
    return Card(card_id=card_id_for(question_id), due=utc(now))


@lru_cache(maxsize=64)
def _scheduler(desired_retention: float, maximum_interval: int, fuzz: bool) -> Scheduler:
    return Scheduler(
        desired_retention=desired_retention, maximum_interval=maximum_interval, enable_fuzzing=fuzz
    )


def exam_cap_days(settings: Settings, today: date) -> int | None:
    """The longest interval (days) that still brings a card back before the exam, if any."""
    if settings.exam_date is None or settings.exam_date <= today:
        return None
    return max(1, (settings.exam_date - today).days - 1)


def scheduler_for(settings: Settings, today: date, *, fuzz: bool = True) -> Scheduler:
    """The fsrs scheduler for answers given on study day ``today``."""
    cap = exam_cap_days(settings, today)
    return _scheduler(settings.desired_retention, 36500 if cap is None else cap, fuzz)


def retrievabilities(
    scheduler: Scheduler, rows: Iterable[CardTuple], now: datetime
) -> Iterator[tuple[str, float]]:
    """(question id, fsrs retrievability at ``now``) for raw card rows, without building a
    ``Card`` per row (fsrs reads only ``last_review`` and ``stability``)."""
    probe = Card(card_id=0, state=State.Review, step=None, due=now)
    for row in rows:
        probe.stability = row[4]
        probe.last_review = None if row[7] is None else from_us(row[7])
        yield row[0], scheduler.get_card_retrievability(probe, now)


def is_leech(lapses: int, threshold: int) -> bool:
    """Suspend at ``threshold`` lapses, and again every half-threshold after (as Anki does)."""
    return lapses >= threshold and (lapses - threshold) % max(1, threshold // 2) == 0


@dataclass(frozen=True)
class Outcome:
    """What an answer did: its log row, the card before and after, and whether it is a leech."""

    review: Review
    before: CardRow | None
    after: CardRow | None
    #: True when this answer suspended the question as a leech.
    leech: bool = False

    @property
    def rating(self) -> Rating:
        return Rating(self.review.rating)

    @property
    def due(self) -> datetime | None:
        return None if self.after is None else self.after.card.due


def _apply(
    before: CardRow | None,
    question_id: str,
    rating: Rating,
    when: datetime,
    duration_ms: int | None,
    settings: Settings,
    calendar: Calendar,
    fuzz: bool,
) -> tuple[CardRow, bool]:
    card = before.card if before is not None else new_card(question_id, when)
    # The study day matters only for the exam cap (and costs a time-zone conversion).
    today = calendar.day(when) if settings.exam_date is not None else date.min
    reviewed, _ = scheduler_for(settings, today, fuzz=fuzz).review_card(
        card, rating, when, duration_ms
    )
    lapse = before is not None and before.card.state == State.Review and rating == Rating.Again
    lapses = (before.lapses if before else 0) + lapse
    leech = lapse and is_leech(lapses, settings.leech_threshold)
    suspended = (before.suspended if before else False) or leech
    return CardRow(
        question_id, reviewed, (before.reps if before else 0) + 1, lapses, suspended
    ), leech


def review(
    store: Store,
    question_id: str,
    rating: Rating,
    now: datetime,
    *,
    settings: Settings,
    calendar: Calendar,
    suggested: Rating | None = None,
    response: str = "",
    kind: str = "",
    score: float = 0.0,
    duration_ms: int | None = None,
    hints: int = 0,
    session_id: int | None = None,
    fuzz: bool = True,
) -> Outcome:
    """Schedule one answer and log it, in one committed transaction."""
    now = utc(now)
    suggested = rating if suggested is None else suggested
    with store.transaction():
        before = store.get_card(question_id)
        after, leech = _apply(
            before, question_id, rating, now, duration_ms, settings, calendar, fuzz
        )
        fields = (
            question_id,
            now,
            response,
            kind,
            score,
            int(rating),
            int(suggested),
            rating != suggested,
            duration_ms,
            hints,
            False,
            0 if before is None else int(before.card.state),
            session_id,
        )
        log = Review(*fields, id=store.add_review(Review(*fields)))
        store.put_card(after)
        if before is None:
            claims.answered(store, question_id)  # the claim on the new question is spent
    return Outcome(log, before, after, leech)


def log_cram(
    store: Store,
    question_id: str,
    rating: Rating,
    now: datetime,
    *,
    response: str = "",
    kind: str = "",
    score: float = 0.0,
    duration_ms: int | None = None,
    hints: int = 0,
    session_id: int | None = None,
) -> Outcome:
    """Log a cram answer; the card (the schedule) is not touched."""
    now = utc(now)
    with store.transaction():
        current = store.get_card(question_id)
        log = Review(
            question_id,
            now,
            response,
            kind,
            score,
            int(rating),
            int(rating),
            False,
            duration_ms,
            hints,
            True,
            0 if current is None else int(current.card.state),
            session_id,
        )
        log = replace(log, id=store.add_review(log))
    return Outcome(log, None, None)


def _unchanged(store: Store, outcome: Outcome) -> None:
    current = store.get_card(outcome.review.question_id)
    if outcome.after is not None and (
        current is None or current.as_tuple() != outcome.after.as_tuple()
    ):
        raise StudyError(
            f"{outcome.review.question_id!r} was answered again since (in another "
            "session); that answer can no longer be changed"
        )
    if store.get_review(outcome.review.id or 0) is None:
        raise StudyError("that answer is no longer in the log")


def rerate(
    store: Store,
    outcome: Outcome,
    rating: Rating,
    *,
    settings: Settings,
    calendar: Calendar,
    fuzz: bool = True,
) -> Outcome:
    """Replace an answer's rating (the learner's override), rescheduling from the card before."""
    log = outcome.review
    with store.transaction():
        _unchanged(store, outcome)
        overridden = int(rating) != log.suggested
        if log.cram:
            store.set_review_rating(log.id or 0, int(rating), overridden)
            return Outcome(replace(log, rating=int(rating), overridden=overridden), None, None)
        after, leech = _apply(
            outcome.before,
            log.question_id,
            rating,
            log.time,
            log.duration_ms,
            settings,
            calendar,
            fuzz,
        )
        store.set_review_rating(log.id or 0, int(rating), overridden)
        store.put_card(after)
    return Outcome(
        replace(log, rating=int(rating), overridden=overridden), outcome.before, after, leech
    )


def undo(store: Store, outcome: Outcome) -> None:
    """Take an answer back: its log row goes and the card is restored exactly."""
    with store.transaction():
        _unchanged(store, outcome)
        store.delete_review(outcome.review.id or 0)
        if outcome.review.cram:
            return
        if outcome.before is None:
            store.delete_card(outcome.review.question_id)
            review = outcome.review
            if review.session_id is not None:  # new again; it is asked again at once
                claims.reclaim(store, review.question_id, review.session_id, review.time)
        else:
            store.put_card(outcome.before)


def replay(
    question_id: str, log: list[Review], settings: Settings, calendar: Calendar
) -> CardRow | None:
    """A question's card rebuilt from its answers (``log``, oldest first; cram answers,
    which never touch the card, are skipped): each rating applied at its time, as
    :func:`review` did, without fuzz. ``None`` when the log holds no answer to replay."""
    card: CardRow | None = None
    for entry in log:
        if entry.cram or entry.question_id != question_id:
            continue
        card, _ = _apply(
            card,
            question_id,
            Rating(entry.rating),
            entry.time,
            entry.duration_ms,
            settings,
            calendar,
            False,
        )
    return card


def set_exam_date(store: Store, exam: date | None, now: datetime, calendar: Calendar) -> int:
    """Set (or clear) the exam date; returns how many reviews were brought forward.

    Questions in review due on or after the exam day are spread, in their due order, over the
    days from tomorrow to the day before the exam, so each comes up at least once before it.
    Later answers are capped by :func:`exam_cap_days`.
    """
    now = utc(now)
    with store.transaction():
        store.set_setting("exam_date", exam)
        today = calendar.day(now)
        if exam is None or exam <= today:
            return 0
        exam_start = calendar.start(exam)
        late = sorted(
            (
                row
                for row in map(CardRow.from_tuple, store.card_tuples())
                if row.card.state == State.Review
                and not row.suspended
                and row.card.due >= exam_start
            ),
            key=lambda row: (row.card.due, row.question_id),
        )
        days = [today + timedelta(days=n) for n in range(1, (exam - today).days)] or [today]
        for i, row in enumerate(late):
            day = days[i * len(days) // len(late)]
            due = max(now, calendar.start(day))
            card = Card(
                card_id=row.card.card_id,
                state=row.card.state,
                step=row.card.step,
                stability=row.card.stability,
                difficulty=row.card.difficulty,
                due=due,
                last_review=row.card.last_review,
            )
            store.put_card(replace(row, card=card))
        return len(late)
