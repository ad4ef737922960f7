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
small :class:`Database` interface (statements, batches, the write transaction); their schema
stays in :mod:`quizbot.study.schema`, since the migrations are one numbered sequence.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from fsrs import State

from quizbot.study import settings as settings_mod
from quizbot.study.damage import CARDS, REVIEWS, Damaged, find_damaged, set_aside
from quizbot.study.records import CardRow, CardTuple, Review
from quizbot.study.recovery import CorruptStore, StoreError, move_aside
from quizbot.study.schema import migrate, version_of
from quizbot.study.settings import Settings
from quizbot.study.timing import EPOCH, from_us, to_us

if TYPE_CHECKING:
    pass

DB_NAME = "progress.db"
#: How long a writer waits for another instance's transaction before giving up.
BUSY_TIMEOUT_S = 10.0

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

_UPSERT_CARD = (
    f"INSERT INTO cards ({_CARD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (question_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _CARD_COLUMNS.split(", ")[1:])
)


def _is_corruption(error: sqlite3.Error) -> bool:
    """True for errors that mean the file is not a usable database (not locks or I/O)."""
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(
        error, sqlite3.OperationalError | sqlite3.IntegrityError | sqlite3.ProgrammingError
    )


class Database(Protocol):
    """The progress database as a package keeping its own tables in it sees it (the mock
    tests: :mod:`quizbot.exam.tables`): one statement, one statement over many rows, and the
    write transaction (nesting as a no-op). :class:`Store` is one; failures raise
    :class:`StoreError` (:class:`CorruptStore` for a damaged file)."""

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> sqlite3.Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    def transaction(self) -> AbstractContextManager[None]: ...


class Store:
    """The open progress database. Use :meth:`open`; close with :meth:`close`."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        #: Where a damaged database was moved when ``open(recover=True)`` started afresh.
        self.recovered_from: Path | None = None
        self._depth = 0
        #: When it was opened: the time damaged rows found by this store are marked with.
        self.opened_at = EPOCH
        self._swept = False
        self._damaged: list[Damaged] = []

    # --- opening ---

    @classmethod
    def open(
        cls, data_dir: Path, now: datetime, *, recover: bool = False, durable: bool = False
    ) -> Store:
        """Open (creating if needed) the progress database in ``data_dir``.

        ``durable=True`` makes every commit wait for the disk (``synchronous=FULL``), so answers
        survive a power cut too; the default survives the process dying, at any moment.

        Raises :class:`CorruptStore` for a damaged file (or, with ``recover=True``, moves it
        aside and opens a fresh one) and :class:`StoreError` for anything else that stops it
        (permissions, a database from a newer quizbot, another process holding a lock).
        """
        data_dir = Path(data_dir)
        path = data_dir / DB_NAME
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the data dir {data_dir}: {error.strerror}") from None
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            raise StoreError(
                f"cannot read and write the progress database {path}: permission "
                "denied (check the file's owner and mode)"
            )
        try:
            store = cls._open(path, now, durable)
        except CorruptStore:
            if not recover:
                raise
            moved = move_aside(path, now)
            store = cls._open(path, now, durable)
            store.recovered_from = moved
        store.opened_at = now
        return store

    @classmethod
    def _open(cls, path: Path, now: datetime, durable: bool) -> Store:
        try:
            connection = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the progress database {path}: {error}") from None
        store = cls(connection, path)
        try:
            mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"cannot use WAL mode for {path} (got {mode})")
            connection.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            store._migrate(now)
        except sqlite3.Error as error:
            connection.close()
            if _is_corruption(error):
                raise CorruptStore(path, str(error)) from None
            raise StoreError(f"cannot open the progress database {path}: {error}") from None
        except BaseException:
            connection.close()
            raise
        return store

    def _migrate(self, now: datetime) -> None:
        migrate(self._db, self.path, now)

    @property
    def schema_version(self) -> int:
        return version_of(self._db)

    def close(self) -> None:
        """Close the connection, first copying the write-ahead log into ``progress.db``
        (without waiting for other sessions), so the file alone holds every answer."""
        with suppress(sqlite3.Error):
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing ---

    def _run(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as error:
            raise self._translate(error) from None

    def _translate(self, error: sqlite3.Error) -> StoreError:
        if _is_corruption(error):
            return CorruptStore(self.path, str(error))
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            return StoreError(
                f"the progress database {self.path} is busy: another quizbot "
                f"held it for over {BUSY_TIMEOUT_S:.0f} s ({error})"
            )
        code = getattr(error, "sqlite_errorcode", None) or 0
        if code == sqlite3.SQLITE_FULL:
            return StoreError(f"the disk is full: {self.path} cannot grow (free some space)")
        if code & 0xFF == sqlite3.SQLITE_IOERR:
            return StoreError(
                f"{self.path} could not be written or read (a disk error: the disk may be "
                f"full, removed or failing): {error}"
            )
        return StoreError(f"the progress database {self.path} failed: {error}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (``BEGIN IMMEDIATE`` … ``COMMIT``); nests as a no-op."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._run("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        self._depth = 0
        self._run("COMMIT")

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check`` ("ok" when sound). Reads the whole file: slow when big."""
        return str(self._run("PRAGMA integrity_check").fetchone()[0])

    # --- the Database interface, for the tables other packages keep here ---

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> sqlite3.Cursor:
        """Run one statement (see :class:`Database`)."""
        return self._run(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement over many rows (see :class:`Database`)."""
        try:
            self._db.executemany(sql, rows)
        except sqlite3.Error as error:
            raise self._translate(error) from None

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

    # --- damaged rows (quizbot.study.damage) ---

    def sweep(self) -> list[Damaged]:
        """Set aside every card row that cannot be read (once per open store; a full scan,
        about 40 ms at 100k cards). Returns the rows set aside."""
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
        self._damaged += rows
        # cannot write (read-only, disk full): the rows are skipped and reported all the same
        with suppress(StoreError), self.transaction():
            set_aside(self, rows, self.opened_at)

    def take_damaged(self) -> list[Damaged]:
        """The rows found unreadable (and set aside) since the last call, to report once."""
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
            f"AND time_us < ? AND {_STUDY_ONLY} AND state_before = ?",
            (to_us(start), to_us(end), int(State.Review)),
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
