"""The daily new limit, shared by every session of the day.

A session that is about to show a new question *claims* it, in one write transaction that
first counts the day's new questions: the first answers logged today (study answers: not
cram, not a mock's lapses) plus the claims of every session still showing one. Only when that
count is under the limit is the claim written, so however many sessions run at once, the day
never introduces more new questions than the limit. A claim also keeps two sessions from
showing the same new question at once.

The answer that follows turns the claim into a first answer in the log (the claim is deleted
in the answer's own transaction: :func:`answered`); undoing that answer claims the question
again (it is asked again at once); closing the session releases what it still holds. A
session killed while a new question is on screen leaves its claim, which counts for the rest
of that study day and is ignored after it. The claims live in ``new_claims`` (schema v4).
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from quizbot.study.progress_db import Database
from quizbot.study.store import EXAM_KINDS
from quizbot.study.timing import to_us

_STUDY_FIRST_ANSWERS = (
    "SELECT count(*) FROM reviews WHERE time_us >= ? AND time_us < ? AND state_before = 0 "
    "AND cram = 0 AND kind NOT IN ({})".format(", ".join(f"'{k}'" for k in EXAM_KINDS))
)


class Claim(Enum):
    """What :func:`claim` found."""

    #: The question is this session's to show.
    CLAIMED = "claimed"
    #: The day's new questions are used up.
    LIMIT = "limit"
    #: Another session is showing it (it may be free again later).
    TAKEN = "taken"
    #: It has been answered (in another session) since the queue was built.
    ANSWERED = "answered"


def introduced(db: Database, start: datetime, end: datetime) -> int:
    """New questions introduced from ``start`` to ``end``: first answers and live claims."""
    answered = db.execute(_STUDY_FIRST_ANSWERS, (to_us(start), to_us(end))).fetchone()[0]
    claimed = db.execute(
        "SELECT count(*) FROM new_claims WHERE claimed_us >= ? AND claimed_us < ?",
        (to_us(start), to_us(end)),
    ).fetchone()[0]
    return int(answered) + int(claimed)


def claim(
    db: Database,
    question_id: str,
    session_id: int,
    now: datetime,
    day: tuple[datetime, datetime],
    limit: int,
) -> Claim:
    """Claim the new question ``question_id`` for ``session_id`` if the day's limit allows
    (``day``: the study day's start and end)."""
    start, end = day
    if introduced(db, start, end) >= limit:  # a read first: no write lock when used up
        return Claim.LIMIT
    with db.transaction():
        if introduced(db, start, end) >= limit:
            return Claim.LIMIT
        if db.execute("SELECT 1 FROM cards WHERE question_id = ?", (question_id,)).fetchone():
            return Claim.ANSWERED
        cursor = db.execute(
            "INSERT INTO new_claims (question_id, session_id, claimed_us) VALUES (?, ?, ?) "
            "ON CONFLICT (question_id) DO UPDATE SET session_id = excluded.session_id, "
            "claimed_us = excluded.claimed_us WHERE new_claims.claimed_us < ? "
            "OR new_claims.session_id = excluded.session_id",
            (question_id, session_id, to_us(now), to_us(start)),
        )
        return Claim.CLAIMED if cursor.rowcount > 0 else Claim.TAKEN


def reclaim(db: Database, question_id: str, session_id: int, now: datetime) -> None:
    """Claim a question again without the limit (its first answer was undone: it was
    already introduced, and is asked again at once)."""
    db.execute(
        "INSERT OR REPLACE INTO new_claims (question_id, session_id, claimed_us) VALUES (?, ?, ?)",
        (question_id, session_id, to_us(now)),
    )


def answered(db: Database, question_id: str) -> None:
    """The question's first answer is logged: its claim is spent (call in that transaction)."""
    db.execute("DELETE FROM new_claims WHERE question_id = ?", (question_id,))


def release(db: Database, session_id: int) -> None:
    """The session ends: the new questions it claimed but never answered are free again."""
    db.execute("DELETE FROM new_claims WHERE session_id = ?", (session_id,))
