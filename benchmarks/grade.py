"""``grade`` group: grading latency with a 50k-question bank's near-miss index.

Grades a realistic mix of responses (right, misspelt, another question's answer, letters for
choices, partial lists) for questions of every type drawn from a synthetic 50k-question
bank, with that bank's :class:`AnswerIndex` in use. Prints the index build time and the
median and 99th percentile of one ``grade`` call, with the loaded bank frozen out of the
garbage collector's reach (``gc.freeze()``), as a long-running quiz process keeps it.

Then grades a pasted 128 KB and 512 KB answer (names, figures and separators, repeated) to one
question of every type and prints the slowest type's time for each: grading time must grow
linearly with the answer's length and stay well under a second.
"""

from __future__ import annotations

import gc
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks._stats import percentile
from benchmarks.synthetic import write_bank
from quizbot import load_bank
from quizbot.bank.model import Cloze, ListQuestion, Match, Mcq, Multi, Question, Short, TrueFalse
from quizbot.grading import AnswerIndex, grade

SAMPLES = 20_000


def _misspell(rng: random.Random, text: str) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if len(letters) < 6:
        return text
    i = rng.choice(letters[1:-1])
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]  # swap two letters


def _responses(rng: random.Random, q: Question, other: Question) -> list[str]:
    if isinstance(q, Short):
        wrong = other.answer if isinstance(other, Short) else "Moscow"
        return [q.answer, q.answer.lower(), _misspell(rng, q.answer), wrong]
    if isinstance(q, ListQuestion):
        return [", ".join(q.answer), ", ".join(reversed(q.answer)), ", ".join(q.answer[:2])]
    if isinstance(q, Mcq | Multi):
        return ["a", "b, c", q.options[1]]
    if isinstance(q, TrueFalse):
        return ["true", "false"]
    if isinstance(q, Cloze):
        return [", ".join(b[0] for b in q.blanks), "2019, 10 billion"]
    if isinstance(q, Match):
        return ["1-a, 2-b, 3-c", "c b a"]
    return ["1 and 2", "2 only"]


def run() -> Iterator[tuple[str, float]]:
    with tempfile.TemporaryDirectory(prefix="quizbot-bench-") as tmp:
        bank = load_bank(write_bank(Path(tmp) / "bank", 50_000))
        questions = list(bank)
    started = time.perf_counter()
    index = AnswerIndex.build(questions)
    yield "grade_index_build_s", time.perf_counter() - started
    # As the app does once its bank is loaded: the bank and index are long-lived, so the
    # collector should not walk them on every full collection (millisecond pauses at 50k).
    gc.freeze()
    yield "grade_index_answers", float(len(index))
    rng = random.Random(3)
    cases = []
    while len(cases) < SAMPLES:
        q, other = rng.choice(questions), rng.choice(questions)
        cases.extend((q, r) for r in _responses(rng, q, other))
    timings = []
    for q, response in cases[:SAMPLES]:
        started_ns = time.perf_counter_ns()
        grade(q, response, index=index)
        timings.append((time.perf_counter_ns() - started_ns) / 1000)
    yield "grade_p50_us", statistics.median(timings)
    yield "grade_p99_us", percentile(timings, 0.99)
    one_of_each = list({type(q): q for q in questions}.values())
    for size in (128, 512):
        slowest = 0.0
        for q in one_of_each:
            body = (_PASTE * (size * 1024 // len(_PASTE) + 1))[: size * 1024]
            started = time.perf_counter()
            grade(q, body, index=index)
            slowest = max(slowest, time.perf_counter() - started)
        yield f"grade_{size}kb_answer_s", slowest


#: A pasted answer: names, figures, dates and separators.
_PASTE = (
    "BrahMos cruise missile, India, Iran and Russia; 24 February 2022 - $65 billion "
    "(about 7,200 km) 1-c 2-a S-400 or S-500 / Kudankulam Nuclear Power Plant\n"
)
