"""Starting a mock test: the options a front end collects, and the session they make."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from quizbot.bank import Bank
from quizbot.exam.build import build_items
from quizbot.exam.scoring import MarkingScheme, preset
from quizbot.exam.session import ExamError, ExamSession
from quizbot.study.progress_db import Database
from quizbot.study.queue import resolve_topic

DEFAULT_COUNT = 25


@dataclass(frozen=True)
class ExamOptions:
    """What to build: the marking preset (or a custom scheme), how many items, the topic."""

    preset: str = "gs1"
    count: int = DEFAULT_COUNT
    topic: str | None = None
    #: ``None``: derived from the start time (a fresh paper each time).
    seed: int | None = None
    #: Custom marking; wins over ``preset`` when given.
    scheme: MarkingScheme | None = None

    def marking(self) -> MarkingScheme:
        return self.scheme if self.scheme is not None else preset(self.preset)


#: Seeds are stored with the result as SQLite integers (64 bits, signed).
SEED_RANGE = (-(2**63), 2**63 - 1)


def check_seed(seed: int) -> int:
    """``seed`` if it can be stored with the result, else ``ValueError`` saying so."""
    low, high = SEED_RANGE
    if not low <= seed <= high:
        raise ValueError(
            f"a seed is a whole number from {low} to {high}; {seed} is too "
            f"{'large' if seed > high else 'small'} to be stored with the result"
        )
    return seed


def check_writable(store: Database) -> None:
    """Take the database's write lock and let it go, so that a read-only file or directory
    is found before a paper starts rather than when its result is stored (raises
    :class:`~quizbot.study.store.StoreError`)."""
    with store.transaction():
        store.execute("SELECT 1")


def new_session(bank: Bank, options: ExamOptions, now: datetime) -> ExamSession:
    """A session over freshly built items. Raises ``ValueError`` for an unknown topic or
    preset or a seed that cannot be stored, and :class:`ExamError` when the bank offers no
    usable question."""
    if options.count < 1:
        raise ValueError(f"a mock test needs at least 1 question, not {options.count}")
    if options.seed is not None:
        check_seed(options.seed)
    scheme = options.marking()
    topic = None if options.topic is None else resolve_topic(bank, options.topic)
    seed = options.seed if options.seed is not None else int(now.timestamp())
    items = build_items(bank, options.count, seed, topic)
    if not items:
        where = f" under {topic!r}" if topic else ""
        raise ExamError(
            f"no mcq, statements, match or true/false questions{where} to build a mock test from"
        )
    return ExamSession(items, scheme, now, topic=topic, seed=seed)
