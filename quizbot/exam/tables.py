"""The mock tests' two tables in the progress database, as typed rows, and every read and
write of them.

``exams`` holds one :class:`ExamRow` per submitted test, ``exam_items`` one
:class:`ExamItemRow` per item, as it was shown (so the error notebook survives bank edits).
A row's fields are the table's columns, in order; instants are integer microseconds (UTC) and
scores exact decimals as text, as stored.

The tables are created by migration v3 in :mod:`quizbot.study.schema`, which stays there
because the database's migrations are one numbered sequence. This module reaches the
database only through :class:`quizbot.study.progress_db.Database` (one statement, one statement
over many rows, the write transaction), which the study ``Store`` provides.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from typing import Any, NamedTuple

from quizbot.exam.analysis import ExamResult, ItemResult
from quizbot.exam.items import ExamItem
from quizbot.exam.scoring import dec
from quizbot.study.progress_db import Database
from quizbot.study.timing import to_us

#: What reading a damaged stored mock back can raise (a row of values quizbot never wrote).
UNREADABLE = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError)


class ExamRow(NamedTuple):
    """One submitted mock test (a row of ``exams``)."""

    #: Given by the database when the row is stored (0 in a row not stored yet).
    id: int
    started_us: int
    finished_us: int
    #: The marking scheme as JSON (``MarkingScheme.to_dict``).
    marking: str
    topic: str | None
    seed: int
    questions: int
    score: str
    max_score: str
    correct: int
    wrong: int
    unattempted: int
    timed_out: bool
    #: The session of mode ``exam`` that logged the test's lapses.
    session_id: int | None

    @classmethod
    def of(cls, result: ExamResult, session_id: int | None) -> ExamRow:
        """The row for a submitted test (``id`` 0: :func:`add_exam` gives it one)."""
        total = result.total
        return cls(
            0,
            to_us(result.started),
            to_us(result.finished),
            json.dumps(result.scheme.to_dict()),
            result.topic,
            result.seed,
            len(result.items),
            str(result.score),
            str(result.max_score),
            total.correct,
            total.wrong,
            total.unattempted,
            result.timed_out,
            session_id,
        )

    @classmethod
    def read(cls, row: Sequence[Any]) -> ExamRow:
        """The row as SQLite returns it (a flag as 0 or 1)."""
        exam = cls(*row)
        return exam._replace(timed_out=bool(exam.timed_out))


class ExamItemRow(NamedTuple):
    """One item of a stored test, as shown, with the learner's answer (a row of
    ``exam_items``)."""

    #: The test's id (0 in a row not stored yet).
    exam_id: int
    #: 1-based position in the paper.
    number: int
    kind: str
    topic: str
    #: The item as JSON (``ExamItem.to_dict``).
    item: str
    choice: int | None
    confidence: str | None
    marked: bool
    visited: bool
    spent_ms: int
    #: "correct", "wrong" or "unattempted".
    outcome: str
    marks: str

    @classmethod
    def of(cls, result: ItemResult, exam_id: int = 0) -> ExamItemRow:
        """The row for one item of a submitted test."""
        item = result.item
        return cls(
            exam_id,
            result.number,
            item.kind,
            item.topic,
            json.dumps(item.to_dict(), ensure_ascii=False),
            result.choice,
            result.confidence,
            result.marked,
            result.visited,
            result.spent // timedelta(milliseconds=1),
            result.outcome,
            str(result.marks),
        )

    @classmethod
    def read(cls, row: Sequence[Any]) -> ExamItemRow:
        """The row as SQLite returns it (flags as 0 or 1)."""
        item = cls(*row)
        return item._replace(marked=bool(item.marked), visited=bool(item.visited))

    def result(self) -> ItemResult:
        """The item and the learner's answer, as the analysis and the notebook use them."""
        return ItemResult(
            self.number,
            ExamItem.from_dict(json.loads(self.item)),
            self.choice,
            self.confidence,
            self.marked,
            self.visited,
            timedelta(milliseconds=self.spent_ms),
            self.outcome,
            dec(self.marks),
        )


_NEW_EXAM_COLUMNS = ExamRow._fields[1:]  # the database gives the id


def _insert(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def add_exam(db: Database, exam: ExamRow, items: Sequence[ExamItemRow]) -> int:
    """Store a submitted test and its items in one transaction; returns the test's new id
    (``exam.id`` and the items' ``exam_id`` are not read: the items get the new id)."""
    with db.transaction():
        exam_id = db.execute(_insert("exams", _NEW_EXAM_COLUMNS), exam[1:]).lastrowid
        assert exam_id is not None
        db.executemany(
            _insert("exam_items", ExamItemRow._fields),
            [item._replace(exam_id=exam_id) for item in items],
        )
    return exam_id


def exam_rows(db: Database) -> list[ExamRow]:
    """Every stored test, oldest first (by finishing time, then id)."""
    return [
        ExamRow.read(row)
        for row in db.execute(
            f"SELECT {', '.join(ExamRow._fields)} FROM exams ORDER BY finished_us, id"
        )
    ]


def exam_item_rows(
    db: Database, exam_id: int | None = None, *, missed_only: bool = False
) -> list[ExamItemRow]:
    """The items of one test (``exam_id``) or of all, by test then number; ``missed_only``:
    the items not answered correctly, and the guesses."""
    where = []
    params: list[Any] = []
    if exam_id is not None:
        where.append("exam_id = ?")
        params.append(exam_id)
    if missed_only:
        where.append("(outcome != 'correct' OR confidence = 'guess')")
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return [
        ExamItemRow.read(row)
        for row in db.execute(
            f"SELECT {', '.join(ExamItemRow._fields)} FROM exam_items {clause} "
            "ORDER BY exam_id, number",
            params,
        )
    ]
