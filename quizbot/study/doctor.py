"""``quizbot doctor``: a check-up of the progress database, as Anki's Check Database is.

:func:`examine` runs, in order:

1. SQLite's ``integrity_check`` of the whole file (pages, indexes, constraints);
2. every row of every table quizbot reads back, against the rules of
   :mod:`quizbot.study.damage` (and any other checks passed in: the mock tests' tables);
   with ``repair``, unreadable rows are set aside into ``damaged_rows``, kept, never deleted;
3. the schedules that can be rebuilt: a question with answers in the log but no card (its
   card row was unreadable and set aside, now or before) gets its card back by replaying
   the log (:func:`quizbot.study.scheduling.replay`);
4. orphaned rows, counted (answers and mocks of sessions that are not in the database, mock
   items without their mock, accepted answers of questions never answered) and claims on
   new questions left by sessions of earlier days, which are cleared.

Nothing is repaired that could lose information: a row is only ever moved aside, a card only
rebuilt from the log where none exists. :attr:`Checkup.sound` says whether the database is
fine at the end (or, without ``repair``, would be after the repairs listed).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from quizbot.study import settings as settings_mod
from quizbot.study.damage import REVIEWS, TABLES, Damaged, find_damaged, set_aside
from quizbot.study.progress_db import Database
from quizbot.study.records import Review
from quizbot.study.scheduling import replay
from quizbot.study.store import REVIEW_COLUMNS, Store
from quizbot.study.timing import Calendar, to_us, utc

#: What an orphan count means, by name.
ORPHANS = {
    "answers of sessions not in the database": (
        "SELECT count(*) FROM reviews WHERE session_id IS NOT NULL "
        "AND session_id NOT IN (SELECT id FROM sessions)"
    ),
    "mock tests of sessions not in the database": (
        "SELECT count(*) FROM exams WHERE session_id IS NOT NULL "
        "AND session_id NOT IN (SELECT id FROM sessions)"
    ),
    "mock items without their mock test": (
        "SELECT count(*) FROM exam_items WHERE exam_id NOT IN (SELECT id FROM exams)"
    ),
    "accepted answers of questions never answered": (
        "SELECT count(*) FROM aliases WHERE question_id NOT IN (SELECT question_id FROM cards) "
        "AND question_id NOT IN (SELECT question_id FROM reviews)"
    ),
}


@dataclass
class Checkup:
    """What :func:`examine` found and did."""

    path: Path
    size_bytes: int
    schema: int
    #: ``["ok"]`` when SQLite finds the file sound, else its messages (at most 20).
    integrity: list[str]
    #: Rows that cannot be read, found in this check-up.
    damaged: list[Damaged] = field(default_factory=list)
    #: Whether they were set aside (``repair``, and the write succeeded).
    set_aside: bool = False
    #: Questions whose card was rebuilt from the log (or would be): id, answers replayed.
    rebuilt: list[tuple[str, int]] = field(default_factory=list)
    #: Name → how many (see :data:`ORPHANS`); counted, left alone.
    orphans: dict[str, int] = field(default_factory=dict)
    #: Claims on new questions left by sessions of earlier days (cleared with ``repair``).
    stale_claims: int = 0
    #: Cards kept for questions that are no longer in the bank (their history comes back
    #: with the question).
    elsewhere: int = 0
    #: Rows set aside before this check-up (in ``damaged_rows``).
    earlier: int = 0
    #: Whether the repairs were made (``False``: a dry run, nothing was changed).
    repaired: bool = False
    #: Why a repair could not be written, if it could not.
    failure: str = ""

    @property
    def sound(self) -> bool:
        """The database is sound now (with ``repair``) or would be after the repairs."""
        integrity_ok = self.integrity == ["ok"]
        if not self.repaired:
            return integrity_ok and not self.failure
        return integrity_ok and not self.failure and (self.set_aside or not self.damaged)

    @property
    def problems(self) -> int:
        """Problems found: integrity messages, unreadable rows, cards to rebuild, claims."""
        integrity = 0 if self.integrity == ["ok"] else len(self.integrity)
        return integrity + len(self.damaged) + len(self.rebuilt) + self.stale_claims


def examine(
    store: Store,
    now: datetime,
    *,
    bank: Container[str] | None = None,
    repair: bool = True,
    tz: tzinfo | None = None,
    more_checks: Iterable[Callable[[Database], list[Damaged]]] = (),
) -> Checkup:
    """Check (and with ``repair``, repair) the open ``store``; ``bank``: the ids of the
    questions in the bank, for the count of progress kept for questions no longer in it."""
    now = utc(now)
    integrity = [str(row[0]) for row in store.execute("PRAGMA integrity_check(20)")]
    path = store.path
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
    checkup = Checkup(path, size, store.schema_version, integrity, repaired=repair)
    checkup.earlier = int(store.execute("SELECT count(*) FROM damaged_rows").fetchone()[0])
    damaged = [row for table in TABLES for row in find_damaged(store, table)]
    damaged += _bad_settings(store, {row.content.get("key") for row in damaged})
    for check in more_checks:
        damaged += check(store)
    checkup.damaged = damaged
    today = to_us(Calendar(tz, store.settings().day_start_hour).bounds(now)[0])
    checkup.stale_claims = int(
        store.execute("SELECT count(*) FROM new_claims WHERE claimed_us < ?", (today,)).fetchone()[
            0
        ]
    )
    if repair:
        try:
            with store.transaction():
                set_aside(store, damaged, now)
                store.execute("DELETE FROM new_claims WHERE claimed_us < ?", (today,))
            checkup.set_aside = True
        except Exception as error:  # noqa: BLE001 - reported: a StoreError, or worse
            checkup.failure = str(error)
    checkup.rebuilt = _rebuild(store, tz, write=repair and not checkup.failure, dropped=damaged)
    checkup.orphans = {name: int(store.execute(sql).fetchone()[0]) for name, sql in ORPHANS.items()}
    if bank is not None:
        ids = [row[0] for row in store.execute("SELECT question_id FROM cards")]
        checkup.elsewhere = sum(1 for question_id in ids if question_id not in bank)
    return checkup


def _bad_settings(store: Store, already: set[Any]) -> list[Damaged]:
    """Settings rows that read as JSON but hold a value the setting refuses."""
    found = []
    for key, value in store.execute("SELECT key, value FROM settings"):
        if key in already:
            continue
        try:
            settings_mod.validate(key, json.loads(value))
        except (ValueError, TypeError) as error:
            content = {"key": key, "value": value}
            found.append(Damaged("settings", repr(key), str(error), content, ("key",)))
    return found


def _rebuild(
    store: Store, tz: tzinfo | None, *, write: bool, dropped: list[Damaged]
) -> list[tuple[str, int]]:
    """Cards rebuilt from the log for questions answered but without a card (``write``:
    put them in the database; else only say which)."""
    gone = {row.content.get("question_id") for row in dropped if row.source == "cards"}
    missing = [
        row[0]
        for row in store.execute(
            f"SELECT DISTINCT question_id FROM reviews WHERE cram = 0 AND {REVIEWS.ok} "
            "AND question_id NOT IN (SELECT question_id FROM cards)"
        )
    ]
    if not write:
        missing = sorted({*missing, *(g for g in gone if isinstance(g, str))})
    if not missing:
        return []
    logs: dict[str, list[Review]] = {question_id: [] for question_id in missing}
    for row in store.execute(
        f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE {REVIEWS.ok} AND cram = 0 AND "
        "question_id IN (SELECT value FROM json_each(?)) ORDER BY time_us, id",
        (json.dumps(missing),),
    ):
        logs[row[1]].append(Review.from_tuple(row))
    settings = store.settings()
    calendar = Calendar(tz, settings.day_start_hour)
    rebuilt = []
    cards = []
    for question_id, log in logs.items():
        card = replay(question_id, log, settings, calendar)
        if card is not None:
            cards.append(card)
            rebuilt.append((question_id, len(log)))
    if write and cards:
        with store.transaction():
            for card in cards:
                store.put_card(card)
    return rebuilt
