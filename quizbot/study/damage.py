"""Rows of the progress database that cannot be read: what "readable" means, and setting a
damaged row aside (kept, never deleted) so that everything else goes on working.

quizbot never writes a due time as text, a state out of range or a stability of 0, but a
bad disk, a sync tool or a hand edit can. One such value would break every reader of its
row: stats, the session queue, the answer that reschedules it. So each table's rules are
written once, as SQL checks (:data:`CARDS`, :data:`REVIEWS`, ...), and used three ways:

* readers select only the rows that pass (:func:`ok_sql`: cheap, evaluated by SQLite);
* a row that fails is moved to ``damaged_rows`` (schema v4) with the table it came from,
  when it was found, what is wrong with it in words, and its values as JSON
  (:func:`set_aside`), in the same transaction that deletes it from its table. Once moved
  it is not found again, so it is reported once;
* ``quizbot doctor`` checks every table with the same rules (:func:`find_damaged`).

A card row set aside leaves its question without a schedule: the question is asked as a new
one, and ``quizbot doctor`` rebuilds the schedule from the answer log where it can.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from quizbot.study.timing import to_us

#: The instants a ``datetime`` can hold (year 1 to 9999), as stored microseconds.
MIN_US = to_us(datetime(1, 1, 2, tzinfo=UTC))
MAX_US = to_us(datetime(9999, 12, 30, tzinfo=UTC))


class _Db(Protocol):
    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> sqlite3.Cursor: ...


@dataclass(frozen=True)
class Rule:
    """One column's rule: its name, what it is in words, what it must be, the SQL check."""

    column: str
    label: str
    expected: str
    check: str


def _instant(column: str, nullable: bool = False) -> str:
    check = f"typeof({column}) = 'integer' AND {column} BETWEEN {MIN_US} AND {MAX_US}"
    return f"{column} IS NULL OR ({check})" if nullable else check


def _time(column: str) -> str:
    """A time in range: text, a blob or NULL fail ``BETWEEN`` (SQLite sorts them after, or
    apart from, numbers), and a real in range reads as a time too. Cheaper than
    :func:`_instant`, for the card rows every session reads."""
    return f"{column} BETWEEN {MIN_US} AND {MAX_US}"


def _number(column: str) -> str:
    return f"typeof({column}) IN ('integer', 'real')"


def _count(column: str) -> str:
    return f"typeof({column}) = 'integer' AND {column} >= 0"


def _text(column: str) -> str:
    return f"typeof({column}) = 'text'"


@dataclass(frozen=True)
class Table:
    """A table's rules and how its rows are named (its key columns)."""

    name: str
    key: tuple[str, ...]
    rules: tuple[Rule, ...]

    @property
    def ok(self) -> str:
        """The SQL condition true for a readable row."""
        return " AND ".join(f"({rule.check})" for rule in self.rules)


CARDS = Table(
    "cards",
    ("question_id",),
    (
        Rule("question_id", "the question id", "text", _text("question_id")),
        Rule("card_id", "the card id", "a whole number", "typeof(card_id) = 'integer'"),
        Rule(
            "state",
            "the state",
            "1 (learning), 2 (review) or 3 (relearning)",
            "state IN (1, 2, 3)",
        ),
        Rule(
            "step",
            "the learning step",
            "a whole number from 0 (or empty outside relearning)",
            "(step IS NULL AND state != 3) OR (typeof(step) = 'integer' AND step >= 0)",
        ),
        Rule(
            "stability",
            "the stability",
            "a number above 0 (in days; empty only while first learning)",
            "(stability IS NULL AND state = 1) OR stability BETWEEN 1e-300 AND 1e9",
        ),
        Rule(
            "difficulty",
            "the difficulty",
            "a number from 1 to 10 (empty only while first learning)",
            "(difficulty IS NULL AND state = 1) OR difficulty BETWEEN 1 AND 10",
        ),
        Rule("due_us", "the due time", "a time (microseconds since 1970)", _time("due_us")),
        Rule(
            "last_review_us",
            "the time of the last review",
            "a time (microseconds since 1970) or empty",
            f"last_review_us IS NULL OR {_time('last_review_us')}",
        ),
        Rule("reps", "the number of answers", "a whole number from 0", _count("reps")),
        Rule("lapses", "the number of lapses", "a whole number from 0", _count("lapses")),
        Rule("suspended", "the suspended flag", "0 or 1", "suspended IN (0, 1)"),
    ),
)

REVIEWS = Table(
    "reviews",
    ("id",),
    (
        Rule("question_id", "the question id", "text", _text("question_id")),
        Rule(
            "session_id",
            "the session",
            "a whole number or empty",
            "session_id IS NULL OR typeof(session_id) = 'integer'",
        ),
        Rule("time_us", "the time", "a time (microseconds since 1970)", _instant("time_us")),
        Rule("response", "the answer typed", "text", _text("response")),
        Rule("kind", "the verdict", "text", _text("kind")),
        Rule("score", "the score", "a number", _number("score")),
        Rule(
            "rating",
            "the rating",
            "1 to 4",
            "typeof(rating) = 'integer' AND rating BETWEEN 1 AND 4",
        ),
        Rule(
            "suggested",
            "the suggested rating",
            "1 to 4",
            "typeof(suggested) = 'integer' AND suggested BETWEEN 1 AND 4",
        ),
        Rule("overridden", "the overridden flag", "0 or 1", "overridden IN (0, 1)"),
        Rule(
            "duration_ms",
            "the time taken",
            "a whole number of milliseconds or empty",
            "duration_ms IS NULL OR (typeof(duration_ms) = 'integer' AND duration_ms >= 0)",
        ),
        Rule("hints", "the hints used", "a whole number from 0", _count("hints")),
        Rule("cram", "the cram flag", "0 or 1", "cram IN (0, 1)"),
        Rule(
            "state_before",
            "the state before",
            "0 (new) to 3",
            "typeof(state_before) = 'integer' AND state_before BETWEEN 0 AND 3",
        ),
    ),
)

SESSIONS = Table(
    "sessions",
    ("id",),
    (
        Rule("started_us", "the start", "a time (microseconds since 1970)", _instant("started_us")),
        Rule(
            "ended_us",
            "the end",
            "a time (microseconds since 1970) or empty",
            _instant("ended_us", nullable=True),
        ),
        Rule("mode", "the mode", "text", _text("mode")),
        Rule("topic", "the topic", "text or empty", f"topic IS NULL OR {_text('topic')}"),
    ),
)

ALIASES = Table(
    "aliases",
    ("question_id", "alias"),
    (
        Rule("question_id", "the question id", "text", _text("question_id")),
        Rule("alias", "the accepted answer", "text", _text("alias")),
        Rule("added_us", "the time it was added", "a time", _instant("added_us")),
    ),
)

SETTINGS = Table(
    "settings",
    ("key",),
    (
        Rule("key", "the name", "text", _text("key")),
        Rule("value", "the value", "JSON text", f"{_text('value')} AND json_valid(value)"),
    ),
)

#: Every table whose rows quizbot reads back, in the order ``quizbot doctor`` checks them.
TABLES = (CARDS, REVIEWS, SESSIONS, ALIASES, SETTINGS)


@dataclass(frozen=True)
class Damaged:
    """A row that cannot be read: its table, its key (as shown, and the key columns), what
    is wrong, and its values as stored."""

    source: str
    key: str
    problem: str
    content: dict[str, Any]
    key_columns: tuple[str, ...] = ("question_id",)

    def describe(self) -> str:
        """``cards row 'q1': the due time is the text 'soon' (expected a time ...)``."""
        return f"{self.source} row {self.key}: {self.problem}"


def shown(value: Any) -> str:
    """A stored value as a learner would read it in a message."""
    if value is None:
        return "empty"
    if isinstance(value, str):
        return f"the text {value[:40]!r}" + ("…" if len(value) > 40 else "")
    if isinstance(value, bytes):
        return f"{len(value)} bytes of binary data"
    return repr(value)


def _plain(value: Any) -> Any:
    """A stored value as JSON can hold it (bytes as hex, under a marker)."""
    return {"hex": value.hex()} if isinstance(value, bytes) else value


def find_damaged(
    db: _Db, table: Table, where: str = "", params: Sequence[Any] = ()
) -> list[Damaged]:
    """The rows of ``table`` (optionally narrowed by ``where``) that break a rule."""
    columns = [rule.column for rule in table.rules]
    checks = ", ".join(f"coalesce(({rule.check}), 0)" for rule in table.rules)
    key_columns = ", ".join(table.key)
    extra = f" AND ({where})" if where else ""
    found = []
    keyed = [c for c in table.key if c not in columns]
    select = ", ".join([*keyed, *columns])
    for row in db.execute(
        f"SELECT {select}, {checks} FROM {table.name} WHERE NOT coalesce(({table.ok}), 0)"
        f"{extra} ORDER BY {key_columns}",
        list(params),
    ):
        values = dict(zip([*keyed, *columns], row[: len(keyed) + len(columns)], strict=True))
        passed = row[len(keyed) + len(columns) :]
        problems = [
            f"{rule.label} is {shown(values[rule.column])} (expected {rule.expected})"
            for rule, ok in zip(table.rules, passed, strict=True)
            if not ok
        ]
        key = ", ".join(repr(values[c]) for c in table.key)
        found.append(Damaged(table.name, key, "; ".join(problems), values, table.key))
    return found


def set_aside(db: _Db, rows: Sequence[Damaged], now: datetime) -> None:
    """Move ``rows`` out of their tables into ``damaged_rows`` (call inside a write
    transaction, so that the copy and the delete happen together)."""
    for row in rows:
        db.execute(
            "INSERT INTO damaged_rows (source, found_us, problem, content) VALUES (?, ?, ?, ?)",
            (
                row.source,
                to_us(now),
                row.problem,
                json.dumps({k: _plain(v) for k, v in row.content.items()}, ensure_ascii=False),
            ),
        )
        match = " AND ".join(f"{column} IS ?" for column in row.key_columns)
        keys = [row.content[column] for column in row.key_columns]
        db.execute(f"DELETE FROM {row.source} WHERE {match}", keys)


def set_aside_count(db: _Db) -> int:
    """How many rows were set aside so far (all time)."""
    return int(db.execute("SELECT count(*) FROM damaged_rows").fetchone()[0])


def damage_message(rows: Sequence[Damaged]) -> str:
    """What the learner is told, once, about rows just set aside."""
    cards = [row for row in rows if row.source == "cards"]
    others = [row for row in rows if row.source != "cards"]
    said = []
    if cards:
        which = "; ".join(f"{row.key}: {row.problem}" for row in cards[:3])
        more = f"; and {len(cards) - 3} more" if len(cards) > 3 else ""
        whose = "question" if len(cards) == 1 else f"{len(cards)} questions"
        said.append(
            f"The saved progress of {whose} could not be read ({which}{more}). It was set "
            f"aside, kept in the progress database, and {'it' if len(cards) == 1 else 'they'} "
            "will be asked as new; `quizbot doctor` rebuilds the schedule from your answers."
        )
    if others:
        which = "; ".join(row.describe() for row in others[:3])
        more = f"; and {len(others) - 3} more" if len(others) > 3 else ""
        said.append(
            f"{len(others)} saved row{'s' if len(others) != 1 else ''} could not be read "
            f"({which}{more}) and {'was' if len(others) == 1 else 'were'} set aside, kept in "
            "the progress database (`quizbot doctor` lists them)."
        )
    return " ".join(said)
