"""The progress store: one SQLite database in the learner's data dir.

``Store.open(data_dir, now)`` opens (or creates) ``progress.db``, applies any pending forward
migrations (:mod:`quizbot.study.schema`) and returns a :class:`Store`. Nothing is opened at
import.

Safety, in the order it matters to a learner:

* WAL journal, one short ``BEGIN IMMEDIATE`` transaction per answer, committed before the next
  question is shown: a process killed at any moment (SIGKILL included) loses at most the answer
  being typed, and the database stays consistent. ``synchronous=NORMAL``: a committed answer
  survives the process dying; only a power cut may lose the last few (never consistency).
* Several processes may share a data dir: each answer re-reads the card inside its own write
  transaction, so no review of one instance overwrites another's (the busy timeout waits for
  the other writer's few-millisecond transaction).
* A database that cannot be read as one raises :class:`CorruptStore` with a clear message;
  ``recover=True`` moves the file (and its ``-wal``/``-shm``) aside, never deleting it, and
  starts a fresh one (``store.recovered_from`` says where the old one went).
* Progress is keyed on question ids and never deleted when a question leaves the bank: its
  history comes back with the id.
* A row that cannot be read (a value quizbot never writes) is not allowed to stop anything:
  card reads check each row against :data:`quizbot.study.damage.CARDS`, and a row that
  fails is moved to ``damaged_rows`` (kept) and reported once (:meth:`Store.take_damaged`).
* :meth:`Store.close` copies the write-ahead log into ``progress.db`` first, so after a
  clean exit the one file holds every answer (``quizbot backup`` copies it safely anytime).

The log also holds the lapses a mock test writes (kinds :data:`EXAM_KINDS`). They schedule
like any answer but are not study answers: the day's answer count, the new questions counted
against the daily limit and the 30-day retention leave them out.

The mock tests' own tables are read and written by :mod:`quizbot.exam.tables`, through the
small :class:`~quizbot.study.progress_db.Database` interface (statements, batches, the write
transaction); their schema stays in :mod:`quizbot.study.schema`, since the migrations are one
numbered sequence.

The connection itself (opening, WAL, errors, the write transaction, the ``Database``
interface) is :class:`~quizbot.study.progress_db.ProgressDatabase`, which :class:`Store` extends.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from fsrs import State

from quizbot.study import settings as settings_mod
from quizbot.study.damage import CARDS, REVIEWS, Damaged, find_damaged, set_aside
from quizbot.study.progress_db import ProgressDatabase
from quizbot.study.records import CardRow, CardTuple, Review
from quizbot.study.recovery import StoreError
from quizbot.study.settings import Settings
from quizbot.study.timing import from_us, to_us

_CARD_COLUMNS = (
    "question_id, card_id, state, step, stability, difficulty, due_us, "
    "last_review_us, reps, lapses, suspended"
)
_REVIEW_COLUMNS = (
    "id, question_id, session_id, time_us, response, kind, score, rating, "
    "suggested, overridden, duration_ms, hints, cram, state_before"
)
#: The review log's columns, in the order of :meth:`Review.as_tuple`.
REVIEW_COLUMNS = _REVIEW_COLUMNS

#: Review kinds a mock test logs (:mod:`quizbot.exam.storage`): not study answers.
EXAM_KINDS = ("exam-wrong", "exam-blank")
_STUDY_ONLY = "cram = 0 AND kind NOT IN ({})".format(", ".join(f"'{k}'" for k in EXAM_KINDS))
#: The answers the retention counts: the terms of the partial index ``reviews_recall``
#: (schema v5), which SQLite uses only when a query repeats them.
_RECALLED = f"state_before = {int(State.Review)} AND {_STUDY_ONLY}"

_UPSERT_CARD = (
    f"INSERT INTO cards ({_CARD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (question_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _CARD_COLUMNS.split(", ")[1:])
)


class Store(ProgressDatabase):
    """The open progress database. Use :meth:`open`; close with :meth:`close`."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        super().__init__(connection, path)
        self._swept = False
        self._damaged: list[Damaged] = []

    # --- cards ---

    def get_card(self, question_id: str) -> CardRow | None:
        """The question's card (``None``: not seen, or its row was unreadable and has just
        been set aside: see :meth:`take_damaged`)."""
        row = self.get_card_tuple(question_id)
        return None if row is None else CardRow.from_tuple(row)

    def get_card_tuple(self, question_id: str) -> CardTuple | None:
        """The raw row (cheaper than :meth:`get_card` when only compared)."""
        row = self._run(
            f"SELECT {_CARD_COLUMNS}, ({CARDS.ok}) IS 1 FROM cards WHERE question_id = ?",
            (question_id,),
        ).fetchone()
        if row is None:
            return None
        if not row[-1]:
            self._set_aside(find_damaged(self, CARDS, "question_id = ?", (question_id,)))
            return None
        card: CardTuple = row[:-1]
        return card

    def put_card(self, row: CardRow) -> None:
        self._run(_UPSERT_CARD, row.as_tuple())

    def put_cards(self, rows: list[CardTuple]) -> None:
        """Write many rows at once (for imports and benchmarks), inside one transaction."""
        with self.transaction():
            self.executemany(_UPSERT_CARD, rows)

    def delete_card(self, question_id: str) -> None:
        self._run("DELETE FROM cards WHERE question_id = ?", (question_id,))

    def card_tuples(self, *, due_before_us: int | None = None) -> list[CardTuple]:
        """Raw card rows (all, or the unsuspended ones due before an instant); rows that
        cannot be read are set aside first (:meth:`sweep`)."""
        self.sweep()
        if due_before_us is None:
            return self._run(f"SELECT {_CARD_COLUMNS} FROM cards WHERE {CARDS.ok}").fetchall()
        return self._run(
            f"SELECT {_CARD_COLUMNS} FROM cards WHERE due_us < ? AND suspended = 0 AND {CARDS.ok}",
            (due_before_us,),
        ).fetchall()

    def due_times(self, before_us: int) -> list[tuple[str, int]]:
        """(question id, due instant) of every unsuspended card due before ``before_us``
        (the load forecast: two columns, not whole rows); unreadable rows are set aside
        first (:meth:`sweep`)."""
        self.sweep()
        rows: list[tuple[str, int]] = self._run(
            f"SELECT question_id, due_us FROM cards WHERE due_us < ? AND suspended = 0 "
            f"AND {CARDS.ok}",
            (before_us,),
        ).fetchall()
        return rows

    # --- damaged rows (quizbot.study.damage) ---

    def sweep(self) -> list[Damaged]:
        """Set aside every card row that cannot be read (once per open store; a full scan,
        about 40 ms at 100k cards). Returns the rows set aside."""
        with self._lock:
            if self._swept:
                return []
            self._swept = True
            total = self._run("SELECT count(*) FROM cards").fetchone()[0]
            readable = self._run(f"SELECT count(*) FROM cards WHERE {CARDS.ok}").fetchone()[0]
            if total == readable:  # the usual case: one cheap pass (AND-ed checks short-cut)
                return []
            found = find_damaged(self, CARDS)
            self._set_aside(found)
            return found

    def _set_aside(self, rows: list[Damaged]) -> None:
        if not rows:
            return
        with self._lock:
            self._damaged += rows
            # cannot write (read-only, disk full): the rows are skipped and reported all the same
            with suppress(StoreError), self.transaction():
                set_aside(self, rows, self.opened_at)

    def take_damaged(self) -> list[Damaged]:
        """The rows found unreadable (and set aside) since the last call, to report once."""
        with self._lock:
            found, self._damaged = self._damaged, []
        return found

    def cards(self) -> dict[str, CardRow]:
        return {row[0]: CardRow.from_tuple(row) for row in self.card_tuples()}

    def seen_ids(self) -> set[str]:
        """Ids of every question ever answered (outside cram)."""
        self.sweep()
        return {row[0] for row in self._run("SELECT question_id FROM cards")}

    def set_suspended(self, question_id: str, suspended: bool) -> None:
        self._run(
            "UPDATE cards SET suspended = ? WHERE question_id = ?", (int(suspended), question_id)
        )

    def suspended(self) -> list[CardRow]:
        self.sweep()
        return [
            CardRow.from_tuple(r)
            for r in self._run(
                f"SELECT {_CARD_COLUMNS} FROM cards WHERE suspended = 1 AND {CARDS.ok} "
                "ORDER BY question_id"
            )
        ]

    # --- the review log ---

    def add_review(self, review: Review) -> int:
        cursor = self._run(
            f"INSERT INTO reviews ({_REVIEW_COLUMNS}) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            review.as_tuple(),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def add_reviews(self, reviews: list[tuple[Any, ...]]) -> None:
        """Append many raw review tuples (see :meth:`Review.as_tuple`) in one transaction."""
        with self.transaction():
            self.executemany(
                f"INSERT INTO reviews ({_REVIEW_COLUMNS}) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reviews,
            )

    def get_review(self, review_id: int) -> Review | None:
        """The logged answer (``None`` when it is gone, or cannot be read)."""
        row = self._run(
            f"SELECT {_REVIEW_COLUMNS} FROM reviews WHERE id = ? AND {REVIEWS.ok}", (review_id,)
        ).fetchone()
        return None if row is None else Review.from_tuple(row)

    def set_review_rating(self, review_id: int, rating: int, overridden: bool) -> None:
        self._run(
            "UPDATE reviews SET rating = ?, overridden = ? WHERE id = ?",
            (rating, int(overridden), review_id),
        )

    def delete_review(self, review_id: int) -> None:
        self._run("DELETE FROM reviews WHERE id = ?", (review_id,))

    def reviews(self, question_id: str | None = None) -> list[Review]:
        """The log, oldest first (of one question, or all; either reads the whole table)."""
        where, params = ("WHERE question_id = ?", (question_id,)) if question_id else ("", ())
        return [
            Review.from_tuple(r)
            for r in self._run(
                f"SELECT {_REVIEW_COLUMNS} FROM reviews {where} ORDER BY time_us, id", params
            )
        ]

    def count_reviews(self, start: datetime, end: datetime, *, new_only: bool = False) -> int:
        """Study answers (not cram, not a mock's lapses) from ``start`` to ``end``;
        ``new_only``: first answers (what the daily new limit counts)."""
        extra = " AND state_before = 0" if new_only else ""
        return int(
            self._run(
                f"SELECT count(*) FROM reviews WHERE time_us >= ? AND time_us < ? AND {_STUDY_ONLY}"
                f"{extra}",
                (to_us(start), to_us(end)),
            ).fetchone()[0]
        )

    def any_reviews(self, start: datetime, end: datetime) -> bool:
        """Whether any answer (outside cram) was given from ``start`` to ``end``."""
        return (
            self._run(
                "SELECT 1 FROM reviews WHERE time_us >= ? AND time_us < ? AND cram = 0 LIMIT 1",
                (to_us(start), to_us(end)),
            ).fetchone()
            is not None
        )

    def reviewed_ids(self, start: datetime, end: datetime) -> list[str]:
        """Distinct questions answered (outside cram) from ``start`` to ``end``."""
        return [
            r[0]
            for r in self._run(
                "SELECT DISTINCT question_id FROM reviews WHERE time_us >= ? AND time_us < ? "
                "AND cram = 0",
                (to_us(start), to_us(end)),
            )
        ]

    def recall_counts(self, start: datetime, end: datetime) -> tuple[int, int]:
        """(study answers to questions in review, of which recalled) from ``start`` to ``end``
        (a mock logs only its misses, so its rows would bias this: they are left out)."""
        total, recalled = self._run(
            "SELECT count(*), coalesce(sum(rating > 1), 0) FROM reviews WHERE time_us >= ? "
            f"AND time_us < ? AND {_RECALLED}",
            (to_us(start), to_us(end)),
        ).fetchone()
        return int(total), int(recalled)

    def latest_review_time(self, before: datetime) -> datetime | None:
        row = self._run(
            "SELECT max(time_us) FROM reviews WHERE time_us < ? AND cram = 0 "
            "AND typeof(time_us) = 'integer'",
            (to_us(before),),
        ).fetchone()
        return None if row[0] is None else from_us(row[0])

    # --- sessions ---

    def start_session(self, now: datetime, mode: str, topic: str | None) -> int:
        cursor = self._run(
            "INSERT INTO sessions (started_us, mode, topic) VALUES (?, ?, ?)",
            (to_us(now), mode, topic),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def end_session(self, session_id: int, now: datetime) -> None:
        self._run("UPDATE sessions SET ended_us = ? WHERE id = ?", (to_us(now), session_id))

    def sessions(self) -> list[tuple[int, datetime, datetime | None, str, str | None]]:
        return [
            (sid, from_us(start), None if end is None else from_us(end), mode, topic)
            for sid, start, end, mode, topic in self._run(
                "SELECT id, started_us, ended_us, mode, topic FROM sessions ORDER BY id"
            )
        ]

    # --- settings ---

    def settings(self) -> Settings:
        return settings_mod.decode(dict(self._run("SELECT key, value FROM settings").fetchall()))

    def set_setting(self, name: str, value: Any) -> Any:
        """Validate and store one setting; returns the stored value."""
        checked = settings_mod.validate(name, value)
        if checked is None:
            self._run("DELETE FROM settings WHERE key = ?", (name,))
        else:
            self._run(
                "INSERT OR REPLACE INTO settings VALUES (?, ?)",
                (name, settings_mod.encode(name, checked)),
            )
        return checked

    # --- aliases the learner taught the grader ---

    def add_alias(self, question_id: str, alias: str, now: datetime) -> None:
        self._run(
            "INSERT OR IGNORE INTO aliases VALUES (?, ?, ?)",
            (question_id, alias.strip(), to_us(now)),
        )

    def remove_alias(self, question_id: str, alias: str) -> None:
        self._run("DELETE FROM aliases WHERE question_id = ? AND alias = ?", (question_id, alias))

    def all_aliases(self) -> dict[str, list[str]]:
        """Every taught alias, by question id."""
        taught: dict[str, list[str]] = {}
        for question_id, alias in self._run(
            "SELECT question_id, alias FROM aliases ORDER BY added_us, alias"
        ):
            taught.setdefault(question_id, []).append(alias)
        return taught

    def aliases(self, question_id: str) -> list[str]:
        return [
            r[0]
            for r in self._run(
                "SELECT alias FROM aliases WHERE question_id = ? ORDER BY added_us, alias",
                (question_id,),
            )
        ]
