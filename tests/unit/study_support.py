"""Helpers shared by the study tests: tiny banks, a fake clock, a study-day driver."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from quizbot.bank import Bank, Mcq, Question, Short, Source
from quizbot.study import Store, Study

#: A Monday, 09:00 UTC.
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def short(qid: str, topic: str = "T", line: int = 0, answer: str | None = None) -> Short:
    return Short(
        id=qid,
        topic=topic,
        prompt=f"What is {qid}?",
        answer=answer or f"answer {qid}",
        source=Source("notes/n.md", "H", line) if line else None,
    )


def mcq(qid: str, topic: str = "T") -> Mcq:
    return Mcq(
        id=qid, topic=topic, prompt=f"Pick {qid}", options=("alpha", "beta", "gamma"), answer="beta"
    )


def bank_of(*questions: Question) -> Bank:
    return Bank(questions=list(questions))


def right(question: Question) -> str:
    return str(getattr(question, "answer", ""))


class Clock:
    """An injected clock: ``clock()`` is now; ``clock.advance(...)`` moves it."""

    def __init__(self, start: datetime = T0, step: timedelta = timedelta(0)) -> None:
        self.now = start
        self.step = step

    def __call__(self) -> datetime:
        current = self.now
        self.now += self.step
        return current

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def study(store: Store, bank: Bank, now: datetime, **options: Any) -> Study:
    """A deterministic session: UTC days, no fuzz, no learning ahead."""
    options.setdefault("learn_ahead", timedelta(0))
    return Study(store, bank, now, tz=UTC, fuzz=False, **options)


def run_day(
    store: Store, bank: Bank, start: datetime, wrong: set[str] | None = None, **options: Any
) -> list[tuple[str, str, str, str]]:
    """Answer everything one day offers (waiting for learning steps); each id in ``wrong``
    is answered wrongly once. Answers take 5 s. Returns (time, id, rating, due) rows."""
    wrong = set(wrong or ())
    session = study(store, bank, start, **options)
    now, trace = start, []
    for _ in range(200):
        question = session.next(now)
        if question is None:
            back = session.comes_back()
            if back is None:
                break
            now = back
            continue
        response = "nope" if question.id in wrong else right(question)
        wrong.discard(question.id)
        answered = session.answer(response, now + timedelta(seconds=5))
        assert answered.due is not None
        trace.append(
            (
                f"{now:%m-%d %H:%M:%S}",
                question.id,
                answered.rating.name,
                f"{answered.due:%m-%d %H:%M:%S}",
            )
        )
        now += timedelta(seconds=30)
    session.close(now)
    return trace


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the progress tables (for exact before/after comparisons)."""
    with sqlite3.connect(path) as db:
        return {
            table: sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in ("cards", "reviews", "aliases", "settings")
        }
