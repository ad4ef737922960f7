"""The review log out: every answer as a row, for FSRS optimizers and spreadsheets.

The first five columns are the review-log schema the FSRS optimizer tools read
(``fsrs-optimizer``, ``fsrs-rs-python``): ``card_id`` (stable per question: the same
``card_id`` the scheduler gives it), ``review_time`` (milliseconds since the Unix epoch,
UTC), ``review_rating`` (1 again … 4 easy, after any change the learner made),
``review_state`` (the card's state before the answer: 0 new, 1 learning, 2 review,
3 relearning) and ``review_duration`` (milliseconds; empty when not timed). The rest are
for people: the time as ISO 8601 in UTC (``2026-01-05T09:30:12.345678+00:00``), the
question id and its topic in the bank, what was typed, the verdict, the score, the rating
quizbot suggested, whether the learner changed it, hints taken, the mode (``study``,
``cram``: not scheduled, ``exam``: a mock test's miss) and the session.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from quizbot.study.scheduling import card_id_for
from quizbot.study.store import EXAM_KINDS
from quizbot.study.timing import to_us

if TYPE_CHECKING:
    from quizbot.bank import Bank
    from quizbot.study.records import Review
    from quizbot.study.store import Store

COLUMNS = (
    "card_id",
    "review_time",
    "review_rating",
    "review_state",
    "review_duration",
    "review_datetime",
    "question_id",
    "topic",
    "response",
    "verdict",
    "score",
    "suggested_rating",
    "rating_changed",
    "hints",
    "mode",
    "session_id",
)

FORMATS = ("csv", "json")


def row(review: Review, topic: str) -> dict[str, Any]:
    """One answer as a row (keys: :data:`COLUMNS`)."""
    exam = review.kind in EXAM_KINDS
    return {
        "card_id": card_id_for(review.question_id),
        "review_time": _ms(review),
        "review_rating": review.rating,
        "review_state": review.state_before,
        "review_duration": review.duration_ms,
        "review_datetime": review.time.isoformat(),
        "question_id": review.question_id,
        "topic": topic,
        "response": review.response,
        "verdict": review.kind.removeprefix("exam-") if exam else review.kind,
        "score": review.score,
        "suggested_rating": review.suggested,
        "rating_changed": review.overridden,
        "hints": review.hints,
        "mode": "exam" if exam else "cram" if review.cram else "study",
        "session_id": review.session_id,
    }


def _ms(review: Review) -> int:
    return to_us(review.time) // 1000


def review_rows(store: Store, bank: Bank | None = None) -> list[dict[str, Any]]:
    """Every answer in the log, oldest first; topics from ``bank`` ("" for a question that
    is no longer in it)."""
    return [
        row(r, bank.topic_of(r.question_id) if bank is not None and r.question_id in bank else "")
        for r in store.reviews()
    ]


def render(rows: Sequence[dict[str, Any]], fmt: str) -> str:
    """The rows as CSV (a header line, then one line a row; booleans as 0/1, a missing
    duration or session empty) or as a JSON array of objects (``null`` for those)."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=1) + "\n"
    if fmt != "csv":
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for values in rows:
        writer.writerow(
            {
                key: int(value) if isinstance(value, bool) else "" if value is None else value
                for key, value in values.items()
            }
        )
    return buffer.getvalue()
