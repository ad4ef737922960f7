"""The progress database's connection: opening it safely, its errors and the write transaction.

:class:`ProgressDatabase` is what :class:`~quizbot.study.store.Store` (the progress queries)
is built on: ``open(data_dir, now)`` opens or creates ``progress.db`` in WAL mode, applies the
pending migrations (:mod:`quizbot.study.schema`) and, with ``recover=True``, moves a damaged
file aside; every statement's failure becomes a :class:`~quizbot.study.recovery.StoreError`
that says what happened (:class:`~quizbot.study.recovery.CorruptStore` for a damaged file);
:meth:`ProgressDatabase.transaction` is one ``BEGIN IMMEDIATE`` transaction, nesting as a
no-op. :class:`Database` is the small interface other packages keeping tables here use.
"""

from __future__ import annotations

import math
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, Self

from quizbot.bank.discover import os_error_words
from quizbot.study.recovery import CorruptStore, StoreError, move_aside
from quizbot.study.schema import migrate, version_of
from quizbot.study.timing import EPOCH

DB_NAME = "progress.db"
#: How long a writer waits for another quizbot process's write transaction before giving up
#: with a message that says so. Transactions are a few milliseconds (one answer), so two
#: seconds is far beyond any normal wait, yet short enough that a session stuck behind
#: another one (a long ``quizbot doctor``, a process stopped mid-write) reports it quickly
#: instead of freezing the learner's screen.
BUSY_TIMEOUT_S = 2.0


def _is_corruption(error: sqlite3.Error) -> bool:
    """True for errors that mean the file is not a usable database (not locks or I/O)."""
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(
        error, sqlite3.OperationalError | sqlite3.IntegrityError | sqlite3.ProgrammingError
    )


def _ensure_pow(connection: sqlite3.Connection) -> None:
    """SQLite's ``pow`` (the stats compute recall with it) is built in from SQLite 3.35
    when compiled with the math functions, as Python's own builds and most systems' are;
    where it is missing, Python's stands in (slower, same values; NULL for no number)."""
    try:
        connection.execute("SELECT pow(2, 0.5)")
    except sqlite3.OperationalError:
        connection.create_function("pow", 2, _pow, deterministic=True)


def _pow(base: object, exponent: object) -> float | None:
    try:
        return math.pow(base, exponent)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


class Database(Protocol):
    """The progress database as a package keeping its own tables in it sees it (the mock
    tests: :mod:`quizbot.exam.tables`): one statement, one statement over many rows, and the
    write transaction (nesting as a no-op). :class:`~quizbot.study.store.Store` is one;
    failures raise :class:`StoreError` (:class:`CorruptStore` for a damaged file)."""

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> sqlite3.Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    def transaction(self) -> AbstractContextManager[None]: ...


def _disk_full(directory: Path) -> bool:
    """Whether the disk holding ``directory`` has (almost) no room left: SQLite reports a
    write that found no room at open as a plain "disk I/O error"."""
    try:
        return shutil.disk_usage(directory).free < 64 * 1024
    except OSError:
        return False


def read_only_file_system(directory: Path) -> bool:
    """Whether ``directory`` lies on a file system mounted read-only (``False`` when the
    system cannot say)."""
    try:
        return bool(os.statvfs(directory).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


class ProgressDatabase:
    """The open progress database's connection (see the module docstring). Use :meth:`open`;
    close with :meth:`close`."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        #: Where a damaged database was moved when ``open(recover=True)`` started afresh.
        self.recovered_from: Path | None = None
        self._depth = 0
        #: Held by every statement and for the whole of a write transaction, so that a store
        #: shared by two threads (the app's event loop and a worker storing a mock's result)
        #: never runs one thread's statements inside the other's transaction. Re-entrant:
        #: a transaction's own statements, and nested transactions, take it again.
        self._lock = threading.RLock()
        #: When it was opened: the time damaged rows found by this store are marked with.
        self.opened_at = EPOCH

    # --- opening ---

    @classmethod
    def open(
        cls, data_dir: Path, now: datetime, *, recover: bool = False, durable: bool = False
    ) -> Self:
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
            # A new data dir is the learner's alone (0o700); an existing one keeps its mode.
            data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"cannot create the data dir {data_dir}: {os_error_words(error)}"
            ) from None
        if read_only_file_system(data_dir):
            raise StoreError(
                f"cannot write the progress database {path}: the file system is read-only "
                "(choose another --data-dir)"
            )
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
    def _open(cls, path: Path, now: datetime, durable: bool) -> Self:
        try:
            connection = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the progress database {path}: {error}") from None
        store = cls(connection, path)
        try:
            _ensure_pow(connection)
            mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"cannot use WAL mode for {path} (got {mode})")
            connection.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            store._migrate(now)
        except sqlite3.Error as error:
            connection.close()
            if _is_corruption(error):
                raise CorruptStore(path, str(error)) from None
            code = getattr(error, "sqlite_errorcode", None) or 0
            if code & 0xFF in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_BUSY):
                raise store._translate(error) from None
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
        with self._lock:
            with suppress(sqlite3.Error):
                self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing ---

    def _run(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> sqlite3.Cursor:
        try:
            with self._lock:
                return self._db.execute(sql, params)
        except sqlite3.Error as error:
            raise self._translate(error) from None

    def _translate(self, error: sqlite3.Error) -> StoreError:
        if _is_corruption(error):
            return CorruptStore(self.path, str(error))
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            return StoreError(
                f"the progress database {self.path} is busy: another quizbot session (or "
                f"quizbot doctor, restore) is holding it and did not let go within "
                f"{BUSY_TIMEOUT_S:g} s; try again in a moment, or close the other session"
            )
        code = getattr(error, "sqlite_errorcode", None) or 0
        if code == sqlite3.SQLITE_FULL or (
            code & 0xFF == sqlite3.SQLITE_IOERR and _disk_full(self.path.parent)
        ):
            return StoreError(f"the disk is full: {self.path} cannot grow (free some space)")
        if code & 0xFF == sqlite3.SQLITE_IOERR:
            return StoreError(
                f"{self.path} could not be written or read (a disk error: the disk may be "
                f"full, removed or failing): {error}"
            )
        return StoreError(f"the progress database {self.path} failed: {error}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (``BEGIN IMMEDIATE`` … ``COMMIT``); nests as a no-op.

        Holds the store's lock throughout: another thread's statements on this store wait
        for the commit (or rollback). Waits up to :data:`BUSY_TIMEOUT_S` for another
        process's transaction, then raises :class:`StoreError` saying so."""
        with self._lock:
            yield from self._transaction()

    def _transaction(self) -> Iterator[None]:
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
            with self._lock:
                self._db.executemany(sql, rows)
        except sqlite3.Error as error:
            raise self._translate(error) from None
