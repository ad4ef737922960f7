"""Options for statement questions, built from the statements' truth values.

"Which of the statements given above is/are correct?" (two or three statements): the key is
the label of the set of true statements; the three distractors are drawn from the other
labels by the seeded ``random.Random`` passed in, uniformly (so the set of four options says
nothing about the key), and the four are printed in the exam's canonical order.

"How many of the above statements are correct?" (three statements): the options are always
"Only one", "Only two", "All three", "None".

Every truth combination is covered by a test: the key is among the four options, names
exactly the true statements, and the options are distinct.
"""

from __future__ import annotations

import random
from itertools import combinations

from quizbot.words import plural

#: Labels in canonical (printed) order, by the number of statements.
_TWO = ("1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2")
_THREE = (
    "1 only",
    "2 only",
    "3 only",
    "1 and 2 only",
    "2 and 3 only",
    "1 and 3 only",
    "1, 2 and 3",
    "None of the above",
)

HOW_MANY = ("Only one", "Only two", "All three", "None")


def label(truths: tuple[bool, ...]) -> str:
    """The option naming exactly the true statements: ``(True, False, True)`` → ``1 and 3 only``."""
    true = [n for n, t in enumerate(truths, 1) if t]
    if len(truths) == 2:
        return {(): "Neither 1 nor 2", (1,): "1 only", (2,): "2 only", (1, 2): "Both 1 and 2"}[
            tuple(true)
        ]
    if len(truths) == 3:
        if not true:
            return "None of the above"
        if len(true) == 3:
            return "1, 2 and 3"
        if len(true) == 1:
            return f"{true[0]} only"
        return f"{true[0]} and {true[1]} only"
    raise ValueError("statement options are built for two or three statements")


def truths_of(text: str, count: int) -> tuple[bool, ...]:
    """The truth values an option label stands for (the inverse of :func:`label`)."""
    for truths in all_truths(count):
        if label(truths) == text:
            return truths
    raise ValueError(f"{text!r} is not an option for {plural(count, 'statement')}")


def all_truths(count: int) -> list[tuple[bool, ...]]:
    """Every truth combination of ``count`` statements."""
    return [
        tuple(n in chosen for n in range(count))
        for size in range(count + 1)
        for chosen in combinations(range(count), size)
    ]


def which_options(truths: tuple[bool, ...], rng: random.Random) -> tuple[tuple[str, ...], int]:
    """Four options (canonical order) and the key's index for "which is/are correct?"."""
    labels = _TWO if len(truths) == 2 else _THREE if len(truths) == 3 else ()
    if not labels:
        raise ValueError("statement options are built for two or three statements")
    key = label(truths)
    others = [x for x in labels if x != key]
    chosen = {key, *rng.sample(others, 3)}
    options = tuple(x for x in labels if x in chosen)
    return options, options.index(key)


def how_many_options(truths: tuple[bool, ...]) -> tuple[tuple[str, ...], int]:
    """The fixed four options and the key's index for "how many are correct?" (three)."""
    if len(truths) != 3:
        raise ValueError("'how many' items have three statements")
    count = sum(truths)
    return HOW_MANY, {1: 0, 2: 1, 3: 2, 0: 3}[count]
