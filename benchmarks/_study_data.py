"""A 100k-question bank with a year of review history, for the ``answer_loop`` and ``store``
groups (built once per process in a temporary dir, removed at exit; nothing is cached in the
repository).

The history is simulated card by card with py-fsrs itself: 90% of the questions were first
seen on a random day of the past year and then reviewed whenever due (up to a day late), rated
Again 10%, Hard 5%, Good 75%, Easy 10%; the rest are still new. The same cards and log can be
loaded into an Anki collection (:func:`anki_collection`) so both loops start from one state.
"""

from __future__ import annotations

import atexit
import random
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fsrs import Card, Rating, Scheduler, State

from benchmarks.synthetic import write_bank
from quizbot.bank import Bank, load_bank
from quizbot.study.records import CardRow, CardTuple
from quizbot.study.scheduling import card_id_for, is_leech
from quizbot.study.store import Store
from quizbot.study.timing import to_us

SIZE = 100_000
SEEN = 0.9
_RATINGS = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)
_WEIGHTS = (0.10, 0.05, 0.75, 0.10)


@dataclass
class Dataset:
    root: Path
    bank: Bank
    data_dir: Path
    now: datetime
    #: question id → (final card, lapses, its log).
    history: dict[str, tuple[Card, int, list[Entry]]]
    seconds_to_build: float
    reviews: int


_CACHE: dict[int, Dataset] = {}

#: One simulated answer: time, rating, state before (0: new), duration ms.
Entry = tuple[datetime, Rating, int, int]


def dataset(size: int = SIZE) -> Dataset:
    """The shared dataset (built on first use in this process)."""
    if size not in _CACHE:
        _CACHE[size] = _build(size)
    return _CACHE[size]


def _simulate(
    question_ids: list[str], now: datetime, rng: random.Random
) -> dict[str, tuple[Card, int, list[Entry]]]:
    random.seed(rng.random())  # py-fsrs fuzz uses the global generator
    scheduler = Scheduler()
    history = {}
    for question_id in question_ids:
        when = now - timedelta(days=rng.uniform(1, 365))
        card = Card(card_id=card_id_for(question_id), due=when)
        log: list[Entry] = []
        lapses = 0
        first = True
        while when < now:
            rating = rng.choices(_RATINGS, _WEIGHTS)[0]
            state = 0 if first else int(card.state)
            lapses += state == State.Review and rating == Rating.Again
            duration = rng.randint(2_000, 20_000)
            card, _ = scheduler.review_card(card, rating, when, duration)
            log.append((when, rating, state, duration))
            first = False
            late = 0.0 if card.state != State.Review else rng.uniform(0, 1)
            when = max(card.due, when + timedelta(seconds=1)) + timedelta(days=late)
        history[question_id] = (card, lapses, log)
    return history


def _build(size: int) -> Dataset:
    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="quizbot-bench-study-"))
    atexit.register(shutil.rmtree, root, True)
    write_bank(root / "bank", size)
    bank = load_bank(root / "bank", strict=False)
    now = datetime.now(UTC)
    rng = random.Random(2024)
    ids = bank.ids()
    seen = [i for i in ids if rng.random() < SEEN]
    history = _simulate(seen, now, rng)
    data_dir = root / "quizbot-data"
    with Store.open(data_dir, now) as store:
        cards: list[CardTuple] = []
        reviews: list[tuple[Any, ...]] = []
        for question_id, (card, lapses, log) in history.items():
            row = CardRow(question_id, card, len(log), lapses, is_leech(lapses, 8) and lapses >= 8)
            cards.append(row.as_tuple())
            for when, rating, state, duration in log:
                reviews.append(
                    (
                        None,
                        question_id,
                        None,
                        to_us(when),
                        "",
                        "exact" if rating > 1 else "wrong",
                        float(rating > 1),
                        int(rating),
                        int(rating),
                        0,
                        duration,
                        0,
                        0,
                        state,
                    )
                )
        reviews.sort(key=lambda r: r[3])
        store.put_cards(cards)
        store.add_reviews(reviews)
    return Dataset(root, bank, data_dir, now, history, time.perf_counter() - started, len(reviews))


def anki_collection(data: Dataset) -> tuple[Any, dict[int, str]]:
    """An Anki collection holding the same questions, cards and review log, with FSRS on.

    Returns the open collection and a map from Anki card id to question id.
    """
    from anki.collection import AddNoteRequest, Collection

    path = data.root / "anki" / "collection.anki2"
    path.parent.mkdir(parents=True, exist_ok=True)
    col = Collection(str(path))
    day_start = data.now.replace(hour=0, minute=0, second=0, microsecond=0)
    crt = int((day_start - timedelta(days=400)).timestamp())
    col.db.execute("UPDATE col SET crt = ?", crt)
    col.set_config("fsrs", True)
    config = col.decks.config_dict_for_deck_id(1)
    config["new"]["perDay"] = 20
    config["rev"]["perDay"] = 1_000_000
    col.decks.update_config(config)
    model = col.models.by_name("Basic")
    requests = []
    for question_id in data.bank.ids():
        note = col.new_note(model)
        note["Front"] = question_id
        note["Back"] = "-"
        requests.append(AddNoteRequest(note=note, deck_id=1))
    col.add_notes(requests)
    card_of = {
        front: cid
        for cid, front in col.db.all(
            "SELECT c.id, n.sfld FROM cards c JOIN notes n ON c.nid = n.id"
        )
    }
    question_of = {cid: qid for qid, cid in card_of.items()}
    crt_day = datetime.fromtimestamp(crt, UTC)
    updates, revlog = [], []
    next_id = 0
    for question_id, (card, lapses, log) in data.history.items():
        cid = card_of[question_id]
        last = card.last_review or data.now
        if card.state == State.Review:
            ivl = max(1, (card.due - last).days)
            due, kind, queue = (card.due - crt_day).days, 2, 2
        else:
            ivl, due = 0, int(card.due.timestamp())
            kind, queue = (1, 1) if card.state == State.Learning else (3, 1)
        memory = (
            f'{{"s":{card.stability:.4f},"d":{card.difficulty:.4f},"dr":0.9,'
            f'"lrt":{int(last.timestamp())}}}'
        )
        updates.append((kind, queue, due, ivl, 2500, len(log), lapses, memory, cid))
        for when, rating, state, duration in log:
            stamp = int(when.timestamp() * 1000)
            next_id = max(next_id + 1, stamp)
            revlog.append(
                (next_id, cid, int(rating), 0, 2500, duration, {0: 0, 1: 0, 2: 1, 3: 2}[state])
            )
    col.db.executemany(
        "UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, "
        "reps = ?, lapses = ?, data = ? WHERE id = ?",
        updates,
    )
    col.db.executemany("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, 0, ?, ?, ?)", revlog)
    col.close()
    return Collection(str(path)), question_of
