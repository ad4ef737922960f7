"""``quizbot backup`` and ``quizbot restore``: the progress as one consistent file, and back.

While quizbot runs, and after it is killed, the progress is ``progress.db`` *and* its
write-ahead log ``progress.db-wal`` (with ``progress.db-shm``, its index): the latest answers
may be in the log only, so copying ``progress.db`` alone can lose them. :func:`backup` uses
SQLite's online backup API instead: it reads the database as one snapshot (the log included)
while other sessions go on writing, and writes one self-contained file, checked and then
renamed into place, so a backup is never half written.

:func:`restore` checks a backup before touching anything (an SQLite file, sound, holding
quizbot's tables, not from a newer quizbot), refuses while a session has the database open,
keeps the current database aside as ``progress.db.before-restore-<time>`` and puts the backup
in its place with one rename.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quizbot.atomic import sync_dir
from quizbot.study.progress_db import DB_NAME
from quizbot.study.recovery import CorruptStore, StoreError, move_aside
from quizbot.study.schema import SCHEMA_VERSION, version_of
from quizbot.study.timing import from_us, utc
from quizbot.words import plural

#: How long a backup or restore waits for another session's write to finish.
_WAIT_S = 10.0


@dataclass(frozen=True)
class Contents:
    """What a progress database holds, in a line a learner can check."""

    questions: int
    answers: int
    last_answer: datetime | None
    schema: int

    def describe(self) -> str:
        last = "" if self.last_answer is None else f", the last on {self.last_answer:%Y-%m-%d}"
        return (
            f"{plural(self.questions, 'question')} studied, {plural(self.answers, 'answer')}{last}"
        )


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=_WAIT_S)


def _temp_next_to(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy(source: Path, target: Path) -> None:
    """Copy the database ``source`` (its log included) to the new file ``target`` as one
    snapshot, in the rollback-journal mode a single file needs."""
    reader = _open_read_only(source)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode=DELETE")
        finally:
            writer.close()
    finally:
        reader.close()
    _fsync(target)


def contents(path: Path) -> Contents:
    """Check the database file at ``path`` as a backup must be: an SQLite file that passes
    the integrity check and holds quizbot's tables, from this quizbot or an older one.
    Raises :class:`CorruptStore` or :class:`StoreError` saying what is wrong."""
    try:
        db = _open_read_only(path)
    except sqlite3.Error as error:
        raise StoreError(f"{path} cannot be opened: {error}") from None
    try:
        verdict = [row[0] for row in db.execute("PRAGMA integrity_check(5)")]
        if verdict != ["ok"]:
            raise CorruptStore(path, "; ".join(verdict))
        version = version_of(db)
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        if version == 0 or not {"cards", "reviews", "settings"} <= tables:
            raise StoreError(f"{path} is an SQLite file but not a quizbot progress database")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path} was written by a newer quizbot (schema {version}; this one knows up "
                f"to {SCHEMA_VERSION}): upgrade quizbot to restore it"
            )
        questions = db.execute("SELECT count(*) FROM cards").fetchone()[0]
        answers, last = db.execute(
            "SELECT count(*), max(CASE WHEN typeof(time_us) = 'integer' THEN time_us END) "
            "FROM reviews"
        ).fetchone()
    except sqlite3.DatabaseError as error:
        raise CorruptStore(path, str(error)) from None
    finally:
        db.close()
    return Contents(questions, answers, None if last is None else from_us(last), version)


def backup(data_dir: Path, target: Path, now: datetime) -> tuple[Path, Contents]:
    """Write the progress in ``data_dir`` to ``target`` (a file; or a directory, which gets
    ``progress-<time>.db``), replacing it only once the copy is written and checked."""
    source = Path(data_dir) / DB_NAME
    if not source.exists():
        raise StoreError(f"there is no progress to back up in {data_dir} yet")
    target = Path(target)
    if target.is_dir():
        target = target / f"progress-{utc(now):%Y%m%dT%H%M%SZ}.db"
    if target.exists() and target.resolve() == source.resolve():
        raise StoreError(f"{target} is the progress database itself: back up to another path")
    if not target.parent.is_dir():
        raise StoreError(f"cannot write {target}: {target.parent} is not a directory")
    temp = _temp_next_to(target)
    try:
        _copy(source, temp)
        found = contents(temp)
        os.replace(temp, target)
    except sqlite3.Error as error:
        raise StoreError(f"the backup to {target} failed: {error}") from None
    except OSError as error:
        raise StoreError(f"the backup to {target} failed: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    sync_dir(target.parent)
    return target, found


def restore(data_dir: Path, source: Path, now: datetime) -> tuple[Contents, Path | None]:
    """Put the backup ``source`` in place of the progress in ``data_dir``; returns what it
    holds and where the database it replaced was kept (``None``: there was none)."""
    data_dir, source = Path(data_dir), Path(source)
    if not source.is_file():
        raise StoreError(f"{source}: no such backup file")
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = data_dir / DB_NAME
    if target.exists() and source.resolve() == target.resolve():
        raise StoreError(f"{source} is the progress database itself: nothing to restore")
    temp = _temp_next_to(target)
    try:
        try:
            _copy(source, temp)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{source} is not a quizbot backup, or is damaged ({error})") from None
        found = contents(temp)
        kept = _swap(target, temp, now)
    except OSError as error:
        raise StoreError(f"the restore failed: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return found, kept


def _swap(target: Path, replacement: Path, now: datetime) -> Path | None:
    """Keep ``target`` aside and rename ``replacement`` over it, holding the database's
    exclusive lock meanwhile so no session can write to the file being replaced."""
    if not target.exists():
        os.replace(replacement, target)
        sync_dir(target.parent)
        return None
    stamp = utc(now).strftime("%Y%m%dT%H%M%SZ")
    kept = target.with_name(f"{target.name}.before-restore-{stamp}")
    n = 1
    while kept.exists():
        n += 1
        kept = target.with_name(f"{target.name}.before-restore-{stamp}-{n}")
    try:
        current = sqlite3.connect(target, timeout=0.5, isolation_level=None)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open {target}: {error}") from None
    try:
        try:
            # Out of WAL mode only when no other connection is open: the log is copied in,
            # and the file alone is then the whole database.
            mode = current.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise _InUse
            current.execute("BEGIN EXCLUSIVE")
        except _InUse:
            raise StoreError(
                f"{target} is in use by another quizbot: close it, then restore"
            ) from None
        except sqlite3.OperationalError as error:
            if "lock" in str(error) or "busy" in str(error):
                raise StoreError(
                    f"{target} is in use by another quizbot: close it, then restore"
                ) from None
            raise StoreError(f"cannot use {target}: {error}") from None
        except sqlite3.DatabaseError:  # damaged: kept as it is, log and all
            current.close()
            moved = move_aside(target, now)
            os.replace(replacement, target)
            sync_dir(target.parent)
            return moved
        try:
            os.link(target, kept)  # the current database stays whole under its new name
        except OSError:  # no hard links here: a copy (the lock keeps it still meanwhile)
            shutil.copy2(target, kept)
            _fsync(kept)
        os.replace(replacement, target)
        sync_dir(target.parent)
        return kept
    finally:
        current.close()


class _InUse(Exception):
    """Another connection keeps the database in WAL mode."""
