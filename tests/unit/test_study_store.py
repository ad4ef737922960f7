"""The progress store: WAL, forward migrations, damage handling, settings, aliases, hygiene."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from fsrs import Card, State

from quizbot.study import CorruptStore, Store, StoreError
from quizbot.study.graded_answer import grade
from quizbot.study.records import CardRow, Review
from quizbot.study.schema import MIGRATIONS, SCHEMA_VERSION
from quizbot.study.settings import Settings
from quizbot.study.timing import Calendar, from_us, to_us
from tests.conftest import REPO
from tests.unit.study_support import T0, bank_of, right, short, study


def test_a_new_store_uses_wal_and_the_current_schema(tmp_path: Path) -> None:
    with Store.open(tmp_path / "nested" / "dir", T0) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.path == tmp_path / "nested" / "dir" / "progress.db"
        assert store.integrity_check() == "ok"
    with sqlite3.connect(tmp_path / "nested" / "dir" / "progress.db") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT version, applied_us FROM schema_version").fetchall() == [
            (v, to_us(T0)) for v in range(1, SCHEMA_VERSION + 1)
        ]
    # Reopening changes nothing.
    with Store.open(tmp_path / "nested" / "dir", T0 + timedelta(days=1)) as again:
        assert again.schema_version == SCHEMA_VERSION


def _v1_database(path: Path) -> None:
    """A database as the first schema made it, with some history."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("INSERT INTO schema_version VALUES (1, ?)", (to_us(T0),))
        db.execute("INSERT INTO settings VALUES ('leech_threshold', '2')")
        db.execute("INSERT INTO settings VALUES ('daily_new_limit', '7')")
        for qid, stability in (("often-forgotten", 1.5), ("fine", 20.0)):
            db.execute(
                "INSERT INTO cards VALUES (?, 1, 2, NULL, ?, 5.0, ?, ?, 4)",
                (qid, stability, to_us(T0), to_us(T0 - timedelta(days=3))),
            )
        db.execute("INSERT INTO sessions VALUES (1, ?, ?, 'study', NULL)", (to_us(T0), to_us(T0)))
        rows = [
            ("often-forgotten", 2, 1),
            ("often-forgotten", 3, 3),
            ("often-forgotten", 2, 1),
            ("fine", 2, 3),
            ("fine", 1, 1),
            ("often-forgotten", 2, 1),
        ]
        for n, (qid, state_before, rating) in enumerate(rows):
            db.execute(
                "INSERT INTO reviews (question_id, session_id, time_us, response, kind, "
                "score, rating, suggested, state_before, cram) "
                "VALUES (?, 1, ?, 'r', 'wrong', 0, ?, ?, ?, ?)",
                (qid, to_us(T0) + n, rating, rating, state_before, int(n == 5)),
            )  # the last one is a cram answer: not a lapse
        db.execute("INSERT INTO aliases VALUES ('fine', 'fine thing', ?)", (to_us(T0),))


def test_a_first_schema_database_is_upgraded_keeping_everything(tmp_path: Path) -> None:
    _v1_database(tmp_path / "progress.db")
    with Store.open(tmp_path, T0 + timedelta(days=1)) as store:
        assert store.schema_version == SCHEMA_VERSION
        cards = store.cards()
        assert set(cards) == {"often-forgotten", "fine"}
        # Lapses are backfilled from the log (Again on a card in review, cram excluded) and
        # leeches suspended at the learner's threshold.
        assert (cards["often-forgotten"].lapses, cards["often-forgotten"].suspended) == (2, True)
        assert (cards["fine"].lapses, cards["fine"].suspended) == (0, False)
        assert cards["fine"].card.stability == 20.0 and cards["fine"].reps == 4
        assert len(store.reviews()) == 6
        assert store.settings().daily_new_limit == 7
        assert store.aliases("fine") == ["fine thing"]
        assert [s[0] for s in store.sessions()] == [1]
        assert store.integrity_check() == "ok"
    with sqlite3.connect(tmp_path / "progress.db") as db:
        assert db.execute("SELECT version FROM schema_version").fetchall() == [
            (v,) for v in range(1, SCHEMA_VERSION + 1)
        ]
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "reviews_time" in indexes


def test_a_database_from_a_newer_quizbot_is_refused_and_left_alone(tmp_path: Path) -> None:
    with Store.open(tmp_path, T0):
        pass
    with sqlite3.connect(tmp_path / "progress.db") as db:
        db.execute("INSERT INTO schema_version VALUES (99, 0)")
    before = (tmp_path / "progress.db").read_bytes()
    with pytest.raises(StoreError, match="newer quizbot") as caught:
        Store.open(tmp_path, T0, recover=True)
    assert not isinstance(caught.value, CorruptStore)
    assert (tmp_path / "progress.db").read_bytes() == before
    assert not list(tmp_path.glob("*.corrupt-*"))


@pytest.mark.parametrize(
    "content", [b"this is not a database at all\n" * 300, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_a_damaged_database_gives_a_clear_message_and_is_kept_aside(
    tmp_path: Path, content: bytes
) -> None:
    db = tmp_path / "progress.db"
    db.write_bytes(content)
    with pytest.raises(CorruptStore) as caught:
        Store.open(tmp_path, T0)
    message = str(caught.value)
    assert str(db) in message and "damaged" in message and "fresh" in message
    assert db.read_bytes() == content  # untouched without recover
    with Store.open(tmp_path, T0, recover=True) as store:
        assert store.recovered_from == tmp_path / "progress.db.corrupt-20260105T090000Z"
        assert store.recovered_from.read_bytes() == content  # kept, never deleted
        assert store.cards() == {} and store.schema_version == SCHEMA_VERSION
    # A second recovery the same second keeps both.
    db.write_bytes(content)
    with Store.open(tmp_path, T0, recover=True) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.name == "progress.db.corrupt-20260105T090000Z-2"


def test_a_database_that_is_not_quizbots_is_treated_as_damaged(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "progress.db") as db:
        db.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(CorruptStore, match="not quizbot's"):
        Store.open(tmp_path, T0)


def test_damage_found_after_opening_is_reported_as_such(tmp_path: Path) -> None:
    with Store.open(tmp_path, T0) as store:
        store.put_cards([CardRow(f"q{i}", Card(card_id=i, due=T0)).as_tuple() for i in range(3000)])
    with sqlite3.connect(tmp_path / "progress.db") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
    path = tmp_path / "progress.db"
    data = bytearray(path.read_bytes())
    for offset in range(3 * page_size, len(data), page_size):  # wreck the data pages
        data[offset : offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptStore, match="damaged"):
        store = Store.open(tmp_path, T0)
        store.cards()


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that apply (not root)"
)
def test_an_unreadable_database_is_reported_and_not_moved(tmp_path: Path) -> None:
    with Store.open(tmp_path, T0):
        pass
    (tmp_path / "progress.db").chmod(0)
    try:
        with pytest.raises(StoreError, match="permission denied"):
            Store.open(tmp_path, T0, recover=True)
        assert (tmp_path / "progress.db").exists()
    finally:
        (tmp_path / "progress.db").chmod(0o600)


def test_a_database_path_that_cannot_be_opened_is_reported_and_not_moved(tmp_path: Path) -> None:
    (tmp_path / "progress.db").mkdir()
    with pytest.raises(StoreError, match="cannot open") as caught:
        Store.open(tmp_path, T0, recover=True)
    assert not isinstance(caught.value, CorruptStore)
    assert (tmp_path / "progress.db").is_dir() and not list(tmp_path.glob("*.corrupt-*"))


def test_cards_and_reviews_round_trip_exactly(tmp_path: Path) -> None:
    card = Card(
        card_id=123,
        state=State.Relearning,
        step=0,
        stability=0.1234567891234567,
        difficulty=7.654321,
        due=T0 + timedelta(microseconds=7),
        last_review=T0 - timedelta(days=3, microseconds=1),
    )
    row = CardRow("q", card, reps=5, lapses=2, suspended=True)
    with Store.open(tmp_path, T0) as store:
        store.put_card(row)
        assert store.get_card("q") == row
        assert CardRow.from_json(row.to_json()) == row
        log = Review("q", T0, "résponse [b]", "typo", 0.5, 2, 3, True, 4200, 1, False, 2, 9)
        review_id = store.add_review(log)
        assert store.get_review(review_id) == Review(**{**log.__dict__, "id": review_id})
    assert from_us(to_us(T0 + timedelta(microseconds=1))) == T0 + timedelta(microseconds=1)


def test_settings_have_defaults_and_are_validated(tmp_path: Path) -> None:
    with Store.open(tmp_path, T0) as store:
        assert store.settings() == Settings(20, 0.9, None, 8, 4)
        store.set_setting("exam_date", "2026-05-24")
        store.set_setting("desired_retention", 0.85)
        store.set_setting("daily_new_limit", "5")
        assert store.settings().exam_date == date(2026, 5, 24)
        assert (store.settings().desired_retention, store.settings().daily_new_limit) == (0.85, 5)
        for name, value, message in [
            ("desired_retention", 1.5, "a number from 0.7 to 0.99"),
            ("exam_date", "next week", "a date like"),
            ("daily_new_limit", -1, "a whole number from 0 to 10000"),
            ("colour", "red", "unknown setting"),
        ]:
            with pytest.raises(ValueError, match=message):
                store.set_setting(name, value)
        store.set_setting("exam_date", None)
        assert store.settings().exam_date is None


def test_the_desired_retention_setting_changes_intervals(tmp_path: Path) -> None:
    bank = bank_of(short("q"))
    dues = []
    for retention in (0.8, 0.95):
        with Store.open(tmp_path / str(retention), T0) as store:
            store.set_setting("desired_retention", retention)
            session = study(store, bank, T0)
            session.next(T0)
            dues.append(session.answer("answer q", T0 + timedelta(seconds=2)).due)
    assert dues[0] == dues[1]  # learning steps do not depend on it
    longer = []
    for retention in (0.8, 0.95):
        with Store.open(tmp_path / str(retention), T0) as store:
            later = T0 + timedelta(minutes=11)
            session = study(store, bank, later)
            session.next(later)
            longer.append(session.answer(right(bank["q"]), later).due)
    assert longer[0] is not None and longer[1] is not None and longer[0] > longer[1]


def test_taught_aliases_are_accepted_by_the_grader(tmp_path: Path) -> None:
    question = short("brahmos", answer="BrahMos")
    bank = bank_of(question)
    with Store.open(tmp_path, T0) as store:
        session = study(store, bank, T0)
        session.next(T0)
        assert not session.answer("PJ-10", T0).verdict.correct  # type: ignore[union-attr]
        assert session.teach_alias("PJ-10", T0) == "brahmos"
        assert store.aliases("brahmos") == ["PJ-10"]
        assert grade(question, "PJ-10", store.aliases("brahmos")).correct
        assert not grade(question, "PJ-10").correct
        store.remove_alias("brahmos", "PJ-10")
        assert store.aliases("brahmos") == []


def test_sessions_are_recorded(tmp_path: Path) -> None:
    bank = bank_of(short("q"))
    with Store.open(tmp_path, T0) as store:
        session = study(store, bank, T0, topic="T")
        session.next(T0)
        session.answer("answer q", T0)
        session.close(T0 + timedelta(minutes=1))
        ((sid, started, ended, mode, topic),) = store.sessions()
        assert (started, ended, mode, topic) == (T0, T0 + timedelta(minutes=1), "study", "T")
        assert store.reviews()[0].session_id == sid


def test_study_days_start_at_4am_local_time() -> None:
    calendar = Calendar(UTC)
    assert calendar.day(T0.replace(hour=3, minute=59)) == date(2026, 1, 4)
    assert calendar.day(T0.replace(hour=4)) == date(2026, 1, 5)
    assert calendar.bounds(T0) == (T0.replace(hour=4), T0.replace(hour=4) + timedelta(days=1))
    from zoneinfo import ZoneInfo

    kolkata = Calendar(ZoneInfo("Asia/Kolkata"))
    assert kolkata.day(T0.replace(hour=22)) == date(2026, 1, 5)  # 03:30 on the 6th in India
    assert kolkata.day(T0.replace(hour=22, minute=30)) == date(2026, 1, 6)  # 04:00
    assert kolkata.start(date(2026, 1, 6)) == T0.replace(hour=22, minute=30)


@pytest.mark.slow
def test_importing_study_opens_nothing_and_never_imports_textual(tmp_path: Path) -> None:
    code = (
        "import importlib, json, sys\n"
        "for m in ['quizbot.study', 'quizbot.study.stats', "
        "'quizbot.study.session', 'quizbot.study.store']: importlib.import_module(m)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'rich'))))"
    )
    env = dict(os.environ, QUIZBOT_DATA_DIR=str(tmp_path / "data"), HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
    assert list(tmp_path.iterdir()) == []


def test_mock_test_rows_are_not_study_answers(tmp_path: Path) -> None:
    """A mock's lapses are logged as their own kinds (``exam-wrong``, ``exam-blank``): they
    count neither as answers today, nor as new questions against the daily limit, nor in the
    30-day retention (a mock logs its misses only, so they would drag it down)."""
    with Store.open(tmp_path, T0) as store:

        def log(qid: str, kind: str, state_before: int, rating: int, minute: int) -> None:
            store.add_review(
                Review(
                    qid,
                    T0 + timedelta(minutes=minute),
                    "a",
                    kind,
                    0.0,
                    rating,
                    rating,
                    state_before=state_before,
                )
            )

        log("studied", "exact", 0, 3, 0)
        log("reviewed", "exact", int(State.Review), 3, 1)
        # Rows a mock wrote before this policy: a never-studied question made new (state 0).
        log("mocked-new", "exam-wrong", 0, 1, 2)
        log("mocked-blank", "exam-blank", 0, 1, 3)
        log("reviewed", "exam-wrong", int(State.Review), 1, 4)
        start, end = T0 - timedelta(hours=1), T0 + timedelta(hours=1)
        assert store.count_reviews(start, end) == 2
        assert store.count_reviews(start, end, new_only=True) == 1
        assert store.recall_counts(start, end) == (1, 1)


def test_a_database_held_by_another_session_is_reported_as_such_and_soon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: another connection holds the write lock. The write gives up after
    the busy timeout (a couple of seconds, not ten: the learner is waiting) and says who
    holds the database."""
    import time

    from quizbot.study import progress_db

    assert progress_db.BUSY_TIMEOUT_S <= 3
    monkeypatch.setattr(progress_db, "BUSY_TIMEOUT_S", 0.2)
    with Store.open(tmp_path, T0) as store:
        other = sqlite3.connect(tmp_path / "progress.db", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(StoreError, match="another quizbot session") as raised:
            store.set_setting("daily_new_limit", 5)
        assert time.monotonic() - started < 2
        assert "did not let go within 0.2 s; try again in a moment" in str(raised.value)
        other.execute("ROLLBACK")
        other.close()
        store.set_setting("daily_new_limit", 5)  # free again: it goes through
        assert store.settings().daily_new_limit == 5


def test_a_new_data_dir_is_the_learners_alone(tmp_path: Path) -> None:
    data_dir = tmp_path / "fresh" / "quizbot"
    Store.open(data_dir, T0).close()
    assert data_dir.stat().st_mode & 0o777 == 0o700


def test_a_read_only_file_system_is_named_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class ReadOnly:
        f_flag = os.ST_RDONLY

    monkeypatch.setattr(os, "statvfs", lambda _path: ReadOnly())
    with pytest.raises(StoreError, match="file system is read-only"):
        Store.open(tmp_path / "d", T0)


def test_a_full_disk_at_open_is_named_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizbot.study import progress_db

    def full(_self: object, _now: object) -> None:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE
        raise error

    monkeypatch.setattr(progress_db.ProgressDatabase, "_migrate", full)
    monkeypatch.setattr(progress_db, "_disk_full", lambda _directory: True)
    with pytest.raises(StoreError, match="the disk is full"):
        Store.open(tmp_path / "d", T0)
