"""``answer_loop`` group: one answer, start to finish, at 100k questions with a year of history.

An iteration is what happens between the learner pressing Enter and the next question being
ready: grade the response (:func:`quizbot.grading.grade`), rate it, schedule it with fsrs,
commit it to the progress database, and select the next question. It runs over the dataset of
:mod:`benchmarks._study_data` (100k questions, 90% seen, ~790k reviews); 10% of responses are
wrong; 20 warm-up answers, then 600 timed ones per loop. Question objects are built before
timing (the bank builds a file's questions on first use: a one-off, not a per-answer cost).

The same loop also runs through Anki's own backend (the ``anki`` package; FSRS on) on the same
cards and log: grade with quizbot's grader and the same near-miss index of the bank's answers
as the study session uses, ``card.start_timer()`` when the question is shown,
``sched.build_answer`` + ``sched.answer_card``, and ``sched.get_queued_cards`` for the next.
Figures: ``answer_loop_median_ms``, ``answer_loop_p95_ms``, ``answer_loop_anki_median_ms``,
``answer_loop_anki_p95_ms``, ``answer_loop_ratio_vs_anki`` (quizbot / Anki medians; target
≤ 1.0), and ``answer_loop_durable_median_ms`` (quizbot with ``synchronous=FULL``, the setting
Anki's collection uses). The loops take turns in rounds of 25 answers, so load from elsewhere
on the machine falls on all of them alike. Without ``anki`` installed the Anki figures are
skipped with a note on standard error.
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from fsrs import Rating, State

from benchmarks._stats import percentile
from benchmarks._study_data import Dataset, anki_collection, dataset
from quizbot.bank import (
    Cloze,
    ListQuestion,
    Match,
    Multi,
    Question,
    Statements,
    TrueFalse,
)
from quizbot.grading import grade
from quizbot.study import Store, Study
from quizbot.study.answers import BankAnswers
from quizbot.study.rating import rating_for

ANSWERS = 600
ROUND = 25
WARM_UP = 20


def response(question: Question, right: bool) -> str:
    """What a learner might type: the right answer in a natural form, or a wrong one."""
    if not right:
        return "no idea"
    if isinstance(question, ListQuestion | Multi):
        return ", ".join(question.answer)
    if isinstance(question, Statements):
        return ", ".join(str(n) for n, s in enumerate(question.statements, 1) if s.correct)
    if isinstance(question, TrueFalse):
        return "true" if question.answer else "false"
    if isinstance(question, Cloze):
        return ", ".join(blank[0] for blank in question.blanks)
    if isinstance(question, Match):
        return ", ".join(f"{n}{chr(96 + n)}" for n in range(1, len(question.pairs) + 1))
    return str(getattr(question, "answer", ""))


Step = Callable[[], float]


def quizbot_stepper(
    data: Dataset, answers: BankAnswers, *, durable: bool = False
) -> tuple[Step, Callable[[], None]]:
    """One timed answer (ms) per call through quizbot's study session, and a closer.

    The durable loop works on its own copy of the data dir: two connections writing one file
    would keep invalidating each other's page cache, which no single learner pays.
    """
    rng = random.Random(7)
    data_dir = data.data_dir
    if durable:
        data_dir = data.root / "quizbot-data-durable"
        if not data_dir.exists():
            shutil.copytree(data.data_dir, data_dir)
    store = Store.open(data_dir, datetime.now(UTC), durable=durable)
    session = Study(store, data.bank, datetime.now(UTC), answers=answers)
    question = session.next(datetime.now(UTC))

    def step() -> float:
        nonlocal question
        assert question is not None, "the queue ran dry"
        typed = response(question, rng.random() > 0.1)
        started = time.perf_counter()
        session.answer(typed, datetime.now(UTC))
        question = session.next(datetime.now(UTC))
        return (time.perf_counter() - started) * 1000

    def close() -> None:
        session.close(datetime.now(UTC))
        store.close()

    return step, close


def anki_stepper(data: Dataset, answers: BankAnswers) -> tuple[Step, Callable[[], None]]:
    """One timed answer (ms) per call through Anki's backend, graded by quizbot."""
    import anki.collection  # noqa: F401  (before anki.cards: that one first is circular)
    from anki.cards import Card
    from anki.scheduler.v3 import CardAnswer

    ratings = {
        Rating.Again: CardAnswer.AGAIN,
        Rating.Hard: CardAnswer.HARD,
        Rating.Good: CardAnswer.GOOD,
        Rating.Easy: CardAnswer.EASY,
    }
    col, question_of = anki_collection(data)
    rng = random.Random(7)
    queued = col.sched.get_queued_cards(fetch_limit=1).cards[0]
    card = Card(col, backend_card=queued.card)
    card.start_timer()

    def step() -> float:
        nonlocal queued, card
        question = data.bank[question_of[card.id]]
        typed = response(question, rng.random() > 0.1)
        started = time.perf_counter()
        verdict = grade(question, typed, index=answers.index())  # as the session grades
        rating = rating_for(
            verdict,
            question_type=question.type,
            state=State.Review if queued.card.ctype == 2 else None,
            duration_ms=card.time_taken(),
        )
        answer = col.sched.build_answer(card=card, states=queued.states, rating=ratings[rating])
        col.sched.answer_card(answer)
        queued = col.sched.get_queued_cards(fetch_limit=1).cards[0]
        card = Card(col, backend_card=queued.card)
        elapsed = (time.perf_counter() - started) * 1000
        card.start_timer()
        return elapsed

    return step, col.close


def run() -> Iterator[tuple[str, float]]:
    data = dataset()
    print(
        f"# answer_loop: {len(data.bank)} questions, {data.reviews} reviews in the log "
        f"(built in {data.seconds_to_build:.0f} s)",
        file=sys.stderr,
    )
    for _ in data.bank:
        pass  # build every question object now, not inside the timed loop
    answers = BankAnswers(data.bank)
    answers.index()  # the near-miss index, built once (the app builds it in the background)
    loops = {
        "quizbot": quizbot_stepper(data, answers),
        "durable": quizbot_stepper(data, answers, durable=True),
    }
    try:
        import anki.collection  # noqa: F401
    except ImportError:
        print(
            "# answer_loop: the anki package is not installed (pip install anki); the Anki "
            "figures are skipped",
            file=sys.stderr,
        )
    else:
        loops["anki"] = anki_stepper(data, answers)
    # The loops take turns in short rounds, so a busy moment on the machine hits them alike.
    times: dict[str, list[float]] = {name: [] for name in loops}
    for _ in range(WARM_UP):
        for step, _close in loops.values():
            step()
    for _ in range(ANSWERS // ROUND):
        for name, (step, _close) in loops.items():
            times[name].extend(step() for _ in range(ROUND))
    for _step, close in loops.values():
        close()
    median = statistics.median(times["quizbot"])
    yield "answer_loop_median_ms", median
    yield "answer_loop_p95_ms", percentile(times["quizbot"], 0.95)
    if "anki" in times:
        anki_median = statistics.median(times["anki"])
        yield "answer_loop_anki_median_ms", anki_median
        yield "answer_loop_anki_p95_ms", percentile(times["anki"], 0.95)
        yield "answer_loop_ratio_vs_anki", median / anki_median
    yield "answer_loop_durable_median_ms", statistics.median(times["durable"])
