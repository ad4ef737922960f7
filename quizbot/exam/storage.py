"""Keeping mock tests: the result in the progress database, mistakes into the schedule, and
the history of mocks with its score trend.

:func:`record_exam` does it all in one transaction: a session of mode ``exam``, the test and
its items (schema v3 tables), and the lapses. Lapses (the schedule learns from a mock):

* a **wrong** item: the bank question it tests (:attr:`ExamItem.tested`; for
  assertion–reason the Assertion's question, never the one the Reason was borrowed from), if
  the learner has studied it (it has a card), is reviewed with ``Rating.Again`` through
  :func:`quizbot.study.scheduling.review` (the call the study session makes), so it comes
  back soon, and a question already in review counts a lapse (leeches included);
* an **unattempted** item the learner opened and left blank: the same (leaving it blank says
  the fact was not known well enough to risk the negative mark);
* an item never opened (time ran out, or submitted before reaching it): left alone, it
  says nothing about what the learner knows; correct answers (lucky guesses included) too.

A question never studied is not put into the schedule by a mock: there is nothing to lapse,
and a first rating of Again from a test of something never learned would start its card at
the hardest difficulty. It stays new, for the study queue to introduce within the daily new
limit, and the error notebook keeps the miss (``Saved.unstudied`` lists these questions).

The lapses are logged as their own kinds (:data:`quizbot.study.store.EXAM_KINDS`), so they
count neither as the day's study answers nor against the daily new limit.

A bank question behind several missed items is reviewed once.

The rows themselves, and the SQL that reads and writes them, are in :mod:`quizbot.exam.tables`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from decimal import Decimal

from fsrs import Rating

from quizbot.exam.analysis import ExamResult
from quizbot.exam.items import LETTERS, ExamItem
from quizbot.exam.scoring import MarkingScheme, dec, fmt
from quizbot.exam.tables import (
    UNREADABLE,
    ExamItemRow,
    ExamRow,
    add_exam,
    exam_item_rows,
    exam_rows,
)
from quizbot.study import scheduling
from quizbot.study.damage import Damaged
from quizbot.study.progress_db import Database
from quizbot.study.recovery import StoreError
from quizbot.study.store import EXAM_KINDS, Store
from quizbot.study.timing import Calendar, from_us, utc
from quizbot.words import plural


def lapse_ids(result: ExamResult) -> list[str]:
    """Bank ids of the questions missed (the one each wrong or opened-and-blank item tests),
    in item order, each once; :func:`record_exam` lapses the studied ones."""
    ids: list[str] = []
    for item in result.items:
        missed = item.outcome == "wrong" or (item.outcome == "unattempted" and item.visited)
        if missed and item.item.tested not in ids:
            ids.append(item.item.tested)
    return ids


@dataclass(frozen=True)
class Saved:
    """What :func:`record_exam` wrote."""

    exam_id: int
    session_id: int
    #: Studied questions rated Again (see the module docstring).
    lapsed: tuple[str, ...]
    #: Missed questions never studied: left out of the schedule.
    unstudied: tuple[str, ...] = ()

    def note(self, listed_by: str = "`quizbot mistakes`") -> list[str]:
        """What the mock did to the schedule, as a line for the learner (none when nothing
        was missed); ``listed_by`` is how this front end shows the mistakes."""
        lapsed, unstudied = len(self.lapsed), len(self.unstudied)
        said = []
        if lapsed:
            said.append(
                f"{plural(lapsed, 'missed question')} go{'es' if lapsed == 1 else ''} "
                "back into your review schedule"
            )
        if unstudied:
            said.append(
                f"{plural(unstudied, 'missed question')} not studied yet "
                f"stay{'s' if unstudied == 1 else ''} new, for your daily study"
            )
        return ["; ".join(said) + f"; {listed_by} lists them"] if said else []


def record_exam(
    store: Store, result: ExamResult, *, tz: tzinfo | None = None, fuzz: bool = True
) -> Saved:
    """Store a submitted test and write its lapses, in one transaction.

    Safe to call from a worker thread (the Textual app hands a mock in off its event loop:
    see :func:`hand_in`) while another thread uses the same ``store``: the store's lock is
    held for the whole transaction (:meth:`~quizbot.study.progress_db.ProgressDatabase.
    transaction`), so the other thread's statements wait for the commit instead of running
    inside it. It may wait up to :data:`~quizbot.study.progress_db.BUSY_TIMEOUT_S` for
    another quizbot process's write, then raises :class:`~quizbot.study.recovery.StoreError`
    saying so; nothing is written then (the transaction rolls back whole)."""
    now = utc(result.finished)
    settings = store.settings()
    calendar = Calendar(tz, settings.day_start_hour)
    with store.transaction():
        session_id = store.start_session(utc(result.started), "exam", result.topic)
        exam_id = add_exam(
            store, ExamRow.of(result, session_id), [ExamItemRow.of(item) for item in result.items]
        )
        missed = lapse_ids(result)
        lapsed = [i for i in missed if store.get_card_tuple(i) is not None]
        responses: dict[str, tuple[str, int | None]] = {}
        for item in result.items:
            responses.setdefault(item.item.tested, (item.outcome, item.choice))
        wrong_kind, blank_kind = EXAM_KINDS
        for question_id in lapsed:
            outcome, choice = responses[question_id]
            scheduling.review(
                store,
                question_id,
                Rating.Again,
                now,
                settings=settings,
                calendar=calendar,
                response="" if choice is None else LETTERS[choice],
                kind=wrong_kind if outcome == "wrong" else blank_kind,
                session_id=session_id,
                fuzz=fuzz,
            )
        store.end_session(session_id, now)
    return Saved(exam_id, session_id, tuple(lapsed), tuple(i for i in missed if i not in lapsed))


@dataclass(frozen=True)
class HandedIn:
    """What :func:`hand_in` did: the result stored (``saved``) with the history of mocks it
    now ends, or why it could not be (``error``; the history is then empty)."""

    saved: Saved | None
    past: list[ExamSummary]
    error: str | None = None


def hand_in(
    store: Store, result: ExamResult, *, tz: tzinfo | None = None, fuzz: bool = True
) -> HandedIn:
    """Store a handed-in mock (:func:`record_exam`) and read the history it joins, in one
    call that never raises for the store: the whole of a front end's hand-in, to run in a
    worker thread so the screen stays responsive while it writes (and while it waits, up
    to :data:`~quizbot.study.progress_db.BUSY_TIMEOUT_S`, for another quizbot process).
    Thread-safe in the way :func:`record_exam` is."""
    try:
        saved = record_exam(store, result, tz=tz, fuzz=fuzz)
    except StoreError as error:
        return HandedIn(None, [], str(error))
    try:
        past = history(store)
    except StoreError:  # the result is stored; only the history could not be read
        past = []
    return HandedIn(saved, past)


@dataclass(frozen=True)
class ExamSummary:
    """One past mock test, for the history."""

    id: int
    started: datetime
    finished: datetime
    scheme: MarkingScheme
    topic: str | None
    questions: int
    score: Decimal
    max_score: Decimal
    correct: int
    wrong: int
    unattempted: int
    timed_out: bool

    @classmethod
    def of(cls, row: ExamRow) -> ExamSummary:
        return cls(
            row.id,
            from_us(row.started_us),
            from_us(row.finished_us),
            MarkingScheme.from_dict(json.loads(row.marking)),
            row.topic,
            row.questions,
            dec(row.score),
            dec(row.max_score),
            row.correct,
            row.wrong,
            row.unattempted,
            row.timed_out,
        )

    @property
    def percent(self) -> Decimal:
        """The score as a share of the maximum, in per cent."""
        return self.score * 100 / self.max_score if self.max_score else Decimal(0)


def history(store: Database) -> list[ExamSummary]:
    """Every stored mock that can be read back, oldest first (a damaged one is left out;
    ``quizbot doctor`` lists and sets it aside: :func:`unreadable_exam_rows`)."""
    past = []
    for row in exam_rows(store):
        try:
            past.append(ExamSummary.of(row))
        except UNREADABLE:
            continue
    return past


def unreadable_exam_rows(store: Database) -> list[Damaged]:
    """Stored mocks and mock items that cannot be read back, as damaged rows."""
    found = []
    for row in exam_rows(store):
        try:
            ExamSummary.of(row).finished.astimezone(UTC)
        except UNREADABLE as error:
            found.append(_damaged("exams", row._asdict(), ("id",), error))
    for item in exam_item_rows(store):
        try:
            item.result()
        except UNREADABLE as error:
            found.append(_damaged("exam_items", item._asdict(), ("exam_id", "number"), error))
    return found


def _damaged(
    table: str, content: dict[str, object], key: tuple[str, ...], error: Exception
) -> Damaged:
    shown = ", ".join(repr(content[column]) for column in key)
    problem = f"it cannot be read back ({type(error).__name__}: {str(error)[:80]})"
    return Damaged(table, shown, problem, dict(content), key)


def trend(past: list[ExamSummary]) -> list[Decimal | None]:
    """For each mock, the change in per cent of the maximum since the one before."""
    return [None if n == 0 else mock.percent - past[n - 1].percent for n, mock in enumerate(past)]


_BARS = "▁▂▃▄▅▆▇█"


def sparkline(past: list[ExamSummary]) -> str:
    """The per-cent scores as a bar per mock (0 % lowest, 100 % highest)."""
    out = []
    for mock in past:
        share = min(max(mock.percent, Decimal(0)), Decimal(100)) / 100
        out.append(_BARS[min(len(_BARS) - 1, int(share * len(_BARS)))])
    return "".join(out)


def render_history(past: list[ExamSummary], last: int = 10, tz: tzinfo | None = None) -> list[str]:
    """The last ``last`` mocks, one line each, with the change since the one before; times
    in ``tz`` (``None``: the machine's local time)."""
    if not past:
        return ["no mock tests yet"]
    changes = trend(past)
    lines = [f"mock tests: {len(past)} · trend {sparkline(past[-last:])}"]
    for mock, change in list(zip(past, changes, strict=True))[-last:]:
        delta = (
            ""
            if change is None
            else f"  {'▲' if change > 0 else '▼' if change < 0 else '='} {fmt(change)} pts"
        )
        lines.append(
            f"  #{mock.id} {mock.finished.astimezone(tz):%Y-%m-%d %H:%M} "
            f"{mock.scheme.name:<6} "
            f"{mock.questions:>3} q  {fmt(mock.score):>7} of {fmt(mock.max_score)}  "
            f"({fmt(mock.percent)}%){delta}"
        )
    return lines


def stored_items(store: Database, exam_id: int) -> list[tuple[ExamItem, int | None, str]]:
    """(item, choice, outcome) of a stored test, in order."""
    results = [row.result() for row in exam_item_rows(store, exam_id)]
    return [(r.item, r.choice, r.outcome) for r in results]
