"""Which files make the progress, ``quizbot backup`` / ``restore`` and ``quizbot doctor``."""

from __future__ import annotations

import io
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizbot.cli import main
from quizbot.study import Store
from quizbot.study.backup import backup, contents, restore
from quizbot.study.recovery import CorruptStore, StoreError
from tests.conftest import REPO
from tests.unit.study_support import T0, bank_of, right, run_day, short, study

BANK = bank_of(*(short(f"q{n}") for n in range(30)))


def _answers(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'reviews'").fetchone():
            return 0  # (even the tables may still be in the log)
        return int(db.execute("SELECT count(*) FROM reviews").fetchone()[0])


def _alone(data_dir: Path, tmp_path: Path) -> Path:
    """``progress.db`` copied without its ``-wal`` and ``-shm``, as a careless backup does."""
    copy = tmp_path / "copied-alone" / "progress.db"
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(data_dir / "progress.db", copy)
    return copy


def test_a_clean_exit_leaves_every_answer_in_progress_db_even_with_another_session_open(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    other = Store.open(data, T0)  # another session, idle, keeps the log from being removed
    with Store.open(data, T0) as store:
        run_day(store, BANK, T0)
    assert (data / "progress.db-wal").exists()
    assert _answers(_alone(data, tmp_path)) == _answers(data / "progress.db") > 30
    other.close()


KILLED = """
import os, signal, sys
from datetime import UTC, datetime
from quizbot.study import Store
from tests.unit.study_support import BANK_FOR_KILL, right, study
store = Store.open(sys.argv[1], datetime.now(UTC))
session = study(store, BANK_FOR_KILL, datetime.now(UTC))
for _ in range(5):
    question = session.next(datetime.now(UTC))
    session.answer(right(question), datetime.now(UTC))
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.slow
def test_after_a_kill_the_answers_are_in_the_log_and_backup_keeps_them(tmp_path: Path) -> None:
    data = tmp_path / "data"
    script = KILLED.replace(
        "from tests.unit.study_support import BANK_FOR_KILL, right, study",
        "from tests.unit.study_support import bank_of, right, short, study\n"
        "BANK_FOR_KILL = bank_of(*(short(f'q{n}') for n in range(10)))",
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(data)], cwd=REPO, capture_output=True, timeout=60
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    alone = _alone(data, tmp_path)
    assert _answers(alone) < 5, "the answers were in progress.db-wal, not in progress.db"
    target, found = backup(data, tmp_path / "backup.db", datetime.now(UTC))
    assert found.answers == _answers(target) == 5
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_backup_while_another_session_answers_is_always_one_consistent_file(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    bank = bank_of(*(short(f"q{n}") for n in range(400)))
    with Store.open(data, T0) as store:
        store.set_setting("daily_new_limit", 10_000)
    stop = threading.Event()

    def answer() -> None:
        with Store.open(data, T0) as store:
            session = study(store, bank, T0)
            now = T0
            while not stop.is_set() and (question := session.next(now)) is not None:
                now += timedelta(seconds=1)
                session.answer(right(question), now)

    writer = threading.Thread(target=answer)
    writer.start()
    try:
        counts = []
        for n in range(8):
            target, found = backup(data, tmp_path / f"b{n}.db", T0)
            assert contents(target) == found  # passes the integrity check, quizbot's tables
            with closing(sqlite3.connect(target)) as db:  # each answer has its card: one snapshot
                cards, answered = db.execute(
                    "SELECT (SELECT count(*) FROM cards), "
                    "(SELECT count(DISTINCT question_id) FROM reviews)"
                ).fetchone()
                assert cards == answered
            counts.append(found.answers)
    finally:
        stop.set()
        writer.join()
    assert counts == sorted(counts) and counts[-1] > 0


def test_backup_to_a_directory_names_the_file_and_never_replaces_the_database(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    with Store.open(data, T0) as store:
        run_day(store, bank_of(short("a")), T0)
    target, _ = backup(data, tmp_path, datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC))
    assert target == tmp_path / "progress-20260203T040506Z.db"
    with pytest.raises(StoreError, match="is the progress database itself"):
        backup(data, data / "progress.db", T0)
    with pytest.raises(StoreError, match="no progress to back up"):
        backup(tmp_path / "empty", tmp_path / "x.db", T0)


def test_restore_checks_the_file_first_and_keeps_the_current_one(tmp_path: Path) -> None:
    data, saved = tmp_path / "data", tmp_path / "saved.db"
    with Store.open(data, T0) as store:
        run_day(store, bank_of(short("a")), T0)
    backup(data, saved, T0)
    with Store.open(data, T0) as store:
        run_day(store, bank_of(short("b"), short("c")), T0 + timedelta(days=1))
    current = _answers(data / "progress.db")
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("these are my notes")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE t (x)")
    newer = tmp_path / "newer.db"
    shutil.copyfile(saved, newer)
    with sqlite3.connect(newer) as db:
        db.execute("INSERT INTO schema_version VALUES (99, 0)")
    torn = tmp_path / "torn.db"
    torn.write_bytes(saved.read_bytes()[: 3 * 4096])
    for bad, message in (
        (not_sqlite, "is not a quizbot backup"),
        (foreign, "not a quizbot progress database"),
        (newer, "written by a newer quizbot"),
        (torn, "is not a quizbot backup, or is damaged"),
        (tmp_path / "missing.db", "no such backup file"),
    ):
        with pytest.raises(StoreError, match=message):
            restore(data, bad, T0)
        assert _answers(data / "progress.db") == current, f"{bad.name} changed the progress"
    found, kept = restore(data, saved, T0 + timedelta(days=2))
    assert found.answers == _answers(data / "progress.db") < current
    assert kept is not None and _answers(kept) == current
    assert sorted(p.name for p in data.iterdir()) == [
        "progress.db",
        "progress.db.before-restore-20260107T090000Z",
    ]
    with Store.open(data, T0) as store:  # the restored file is a working database
        assert store.integrity_check() == "ok" and set(store.cards()) == {"a"}


def test_restore_refuses_while_a_session_is_open(tmp_path: Path) -> None:
    data, saved = tmp_path / "data", tmp_path / "saved.db"
    with Store.open(data, T0) as store:
        run_day(store, bank_of(short("a")), T0)
    backup(data, saved, T0)
    with Store.open(data, T0), pytest.raises(StoreError, match="in use by another quizbot"):
        restore(data, saved, T0)
    assert sorted(p.name for p in data.iterdir() if "restore" in p.name) == []


def test_restore_over_a_damaged_database_keeps_it(tmp_path: Path) -> None:
    data, saved = tmp_path / "data", tmp_path / "saved.db"
    with Store.open(data, T0) as store:
        run_day(store, bank_of(short("a")), T0)
    backup(data, saved, T0)
    (data / "progress.db").write_bytes(b"\x00" * 8192)
    with pytest.raises(CorruptStore):
        contents(data / "progress.db")
    _, kept = restore(data, saved, T0)
    assert kept is not None and kept.read_bytes() == b"\x00" * 8192
    assert _answers(data / "progress.db") == _answers(saved) > 0


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    status = main(["--no-cache", *argv], out)
    return status, out.getvalue(), capsys.readouterr().err


def test_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with Store.open(data, T0) as store:
        run_day(store, bank_of(short("a"), short("b")), T0)
    status, out, err = _cli(["--data-dir", str(data), "backup", str(tmp_path / "b.db")], capsys)
    assert (status, err) == (0, "")
    assert (
        out
        == f"backed up to {tmp_path / 'b.db'}: 2 questions studied, 4 answers, the last on 2026-01-05\n"
    )
    status, out, err = _cli(["--data-dir", str(data), "restore", str(tmp_path / "b.db")], capsys)
    assert status == 0 and out.startswith(f"restored {tmp_path / 'b.db'}: 2 questions")
    assert "the progress it replaced is kept as" in out
    status, out, err = _cli(["--data-dir", str(data), "restore", str(data)], capsys)
    assert status == 1 and err == f"quizbot: {data}: no such backup file\n"


def _damaged_database(data: Path) -> None:
    with Store.open(data, T0) as store:
        run_day(store, bank_of(short("a"), short("b"), short("c")), T0)
    with sqlite3.connect(data / "progress.db") as db:
        db.execute("UPDATE cards SET due_us = 'soon' WHERE question_id = 'a'")
        db.execute("UPDATE cards SET stability = 0 WHERE question_id = 'b'")
        db.execute("UPDATE reviews SET time_us = 'noon' WHERE id = 1")
        db.execute("INSERT INTO settings VALUES ('exam_date', '\"someday\"')")
        db.execute("INSERT INTO reviews (question_id, session_id, time_us, response, kind, "
                   "score, rating, suggested, state_before) VALUES ('a', 999, 1, '', 'exact', 1, "
                   "3, 3, 1)")  # fmt: skip
        db.execute("INSERT INTO exam_items VALUES (42, 1, 'mcq', 'T', '{not json', NULL, "
                   "NULL, 0, 0, 0, 'wrong', '-0.66')")  # fmt: skip


def test_doctor_lists_sets_aside_rebuilds_and_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _damaged_database(data)
    argv = ["--data-dir", str(data), "doctor"]
    status, dry, _ = _cli([*argv, "--dry-run"], capsys)
    assert status == 1 and "run `quizbot doctor` to repair them" in dry
    assert "unreadable rows: 5, to set aside" in dry
    status, out, err = _cli(argv, capsys)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[1] == "integrity check: ok"
    assert lines[2] == "unreadable rows: 5, set aside (kept, in the table damaged_rows)"
    assert "  cards row 'a': the due time is the text 'soon'" in out
    assert "  cards row 'b': the stability is 0.0 (expected a number above 0" in out
    assert "  reviews row 1: the time is the text 'noon'" in out
    assert "  settings row 'exam_date': exam_date must be a date like" in out
    assert "  exam_items row 42, 1: it cannot be read back (JSONDecodeError" in out
    assert "schedules rebuilt from the answer log: 2: a (" in out and "b (" in out
    assert "orphaned rows (left as they are): answers of sessions not in the database: 1" in out
    assert lines[-1] == "result: 7 problems found and repaired; the database is sound"
    with Store.open(data, T0) as store:  # the rebuilt cards read and schedule
        assert set(store.cards()) == {"a", "b", "c"} and store.take_damaged() == []
    status, out, _ = _cli(argv, capsys)
    assert status == 0 and out.splitlines()[-1] == "result: no problems; the database is sound"
    assert "rows set aside before: 5" in out


def test_doctor_on_a_file_damaged_inside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    with Store.open(data, T0) as store:
        run_day(store, BANK, T0)
        [review] = store.reviews("q1")[:1]
        store.add_reviews([(None, *review.as_tuple()[1:])] * 5000)  # a file of many pages
    path = data / "progress.db"
    raw = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(raw) - 4096, 4096 * 4):  # wipe some pages
        raw[offset : offset + 4096] = bytes(4096)
    path.write_bytes(bytes(raw))
    status, out, err = _cli(["--data-dir", str(data), "doctor"], capsys)
    assert status == 1 and "Traceback" not in err
    assert "integrity check: ok" not in out or "cannot be read" in err
    assert "quizbot restore" in out + err
