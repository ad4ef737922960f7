"""The progress database's schema, as forward migrations.

``MIGRATIONS[n]`` takes a database from schema version ``n`` to ``n + 1`` (version 0 is an
empty file). Migrations only ever move forward and are never edited once released: a change
is a new migration, and ``tests/unit/test_study_store.py`` upgrades a database made with the
first schema to prove the path still works.

Instants are integer microseconds since the Unix epoch (UTC); see :mod:`quizbot.study.timing`.

* v1 — settings, per-question card state (py-fsrs ``Card`` fields), the review log, sessions
  and the aliases the learner taught the grader. Indexes are few on purpose: every one is
  written on every answer.
* v2 — leeches: ``cards.lapses`` (backfilled from the log: Again on a card in review) and
  ``cards.suspended``; an index on review time for the "today" and 30-day figures.
* v3 — mock tests (:mod:`quizbot.exam`): ``exams`` (one row per submitted test: marking
  scheme as JSON, exact decimal score as text, the counts) and ``exam_items`` (each item as
  shown, as JSON, with the learner's choice, confidence, review mark, time and marks). The
  tables are read and written by :mod:`quizbot.exam.tables`; they are created here because
  the migrations are one numbered sequence, applied in order in one transaction.
* v4 — ``damaged_rows``: a row that could not be read, set aside with the table it came from,
  when it was found, the problem and its values as JSON (:mod:`quizbot.study.damage`; kept,
  never deleted); ``new_claims``: the new questions on screen in some session right now,
  counted against the daily new limit with the day's first answers
  (:mod:`quizbot.study.claims`).
* v5 — ``reviews_recall``: a partial index of the answers the 30-day retention counts, so
  ``quizbot stats`` reads a few pages instead of a month of the log (16 ms to 4 ms with a
  year of history at 100k questions); one more small index write per answer.

:func:`migrate` brings a database up to :data:`SCHEMA_VERSION` (``Store.open`` calls it).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from quizbot.study.recovery import CorruptStore, StoreError
from quizbot.study.timing import to_us

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # v1: the first schema.
    (
        """CREATE TABLE schema_version (
            version INTEGER PRIMARY KEY,
            applied_us INTEGER NOT NULL)""",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL)""",
        # One row per question ever answered, keyed on the bank id (kept when the question
        # leaves the bank, so its history returns with the id).
        """CREATE TABLE cards (
            question_id TEXT PRIMARY KEY,
            card_id INTEGER NOT NULL,
            state INTEGER NOT NULL,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due_us INTEGER NOT NULL,
            last_review_us INTEGER,
            reps INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID""",
        # No index on due: a session scans the table once at its start (fast even at 100k
        # rows), while an index would cost every answer two more random page writes.
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            started_us INTEGER NOT NULL,
            ended_us INTEGER,
            mode TEXT NOT NULL,
            topic TEXT)""",
        # state_before: 0 for a new question, else the fsrs State before the answer (the
        # card's states can be replayed from the log with fsrs's reschedule_card).
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            question_id TEXT NOT NULL,
            session_id INTEGER,
            time_us INTEGER NOT NULL,
            response TEXT NOT NULL,
            kind TEXT NOT NULL,
            score REAL NOT NULL,
            rating INTEGER NOT NULL,
            suggested INTEGER NOT NULL,
            overridden INTEGER NOT NULL DEFAULT 0,
            duration_ms INTEGER,
            hints INTEGER NOT NULL DEFAULT 0,
            cram INTEGER NOT NULL DEFAULT 0,
            state_before INTEGER NOT NULL)""",
        # No index on question_id: each would cost every answer a random page write; one
        # question's history is a scan (about 0.2 s at 800k reviews), not on the answer path.
        """CREATE TABLE aliases (
            question_id TEXT NOT NULL,
            alias TEXT NOT NULL,
            added_us INTEGER NOT NULL,
            PRIMARY KEY (question_id, alias)) WITHOUT ROWID""",
    ),
    # v2: leeches.
    (
        "ALTER TABLE cards ADD COLUMN lapses INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE cards ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0",
        """UPDATE cards SET lapses = counted.n FROM (
            SELECT question_id, count(*) AS n FROM reviews
            WHERE state_before = 2 AND rating = 1 AND cram = 0 GROUP BY question_id) AS counted
            WHERE counted.question_id = cards.question_id""",
        """UPDATE cards SET suspended = 1 WHERE lapses >= coalesce(
            (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'leech_threshold'), 8)""",
        "CREATE INDEX reviews_time ON reviews (time_us)",
    ),
    # v3: mock tests.
    (
        # marking: the scheme as JSON; score and max_score: exact decimals as text.
        """CREATE TABLE exams (
            id INTEGER PRIMARY KEY,
            started_us INTEGER NOT NULL,
            finished_us INTEGER NOT NULL,
            marking TEXT NOT NULL,
            topic TEXT,
            seed INTEGER NOT NULL,
            questions INTEGER NOT NULL,
            score TEXT NOT NULL,
            max_score TEXT NOT NULL,
            correct INTEGER NOT NULL,
            wrong INTEGER NOT NULL,
            unattempted INTEGER NOT NULL,
            timed_out INTEGER NOT NULL DEFAULT 0,
            session_id INTEGER)""",
        # item: the item as shown (JSON), so the error notebook survives bank edits.
        """CREATE TABLE exam_items (
            exam_id INTEGER NOT NULL,
            number INTEGER NOT NULL,
            kind TEXT NOT NULL,
            topic TEXT NOT NULL,
            item TEXT NOT NULL,
            choice INTEGER,
            confidence TEXT,
            marked INTEGER NOT NULL DEFAULT 0,
            visited INTEGER NOT NULL DEFAULT 0,
            spent_ms INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL,
            marks TEXT NOT NULL,
            PRIMARY KEY (exam_id, number)) WITHOUT ROWID""",
    ),
    # v4: damaged rows set aside, and new questions claimed against the daily limit.
    (
        # content: the row's values as JSON (a column name to its value, as stored).
        """CREATE TABLE damaged_rows (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            found_us INTEGER NOT NULL,
            problem TEXT NOT NULL,
            content TEXT NOT NULL)""",
        """CREATE TABLE new_claims (
            question_id TEXT PRIMARY KEY,
            session_id INTEGER NOT NULL,
            claimed_us INTEGER NOT NULL) WITHOUT ROWID""",
    ),
    # v5: the 30-day retention read from an index, not the log (stats at 100k questions).
    (
        # Only the answers the retention counts: study answers (not cram, not a mock's
        # lapses) to questions in review (state 2). Store.recall_counts repeats these terms,
        # which is what lets SQLite use the index.
        """CREATE INDEX reviews_recall ON reviews (time_us, rating)
            WHERE state_before = 2 AND cram = 0 AND kind NOT IN ('exam-wrong', 'exam-blank')""",
    ),
)

#: The schema this version of quizbot writes.
SCHEMA_VERSION = len(MIGRATIONS)


def version_of(db: sqlite3.Connection) -> int:
    """The schema version of an open database (0: empty)."""
    has_table = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not has_table:
        return 0
    return int(db.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0])


def migrate(db: sqlite3.Connection, path: Path, now: datetime) -> None:
    """Apply the pending migrations of the database at ``path`` in one write transaction.

    Raises :class:`StoreError` for a database from a newer quizbot and :class:`CorruptStore`
    for a file holding someone else's tables."""
    if version_of(db) == SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        version = version_of(db)  # again, under the write lock: another may have won
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the progress database {path} was written by a newer quizbot (schema "
                f"{version}; this version knows up to {SCHEMA_VERSION}): upgrade quizbot"
            )
        if version == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise CorruptStore(path, "it holds tables that are not quizbot's")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target - 1]:
                db.execute(statement)
            db.execute("INSERT INTO schema_version VALUES (?, ?)", (target, to_us(now)))
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
