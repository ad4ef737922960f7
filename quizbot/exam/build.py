"""Building a mock test from the bank: deterministic for a seed, spread over topics.

``build_items(bank, count, seed, topic)`` takes the bank's mcq, statements, match and
truefalse questions under ``topic`` (every topic when ``None``), deals them out round-robin
over their topics (each topic's questions shuffled by the seed, the topics too), and turns
each into one item:

* mcq (four options, the answer among them) → ``mcq``, options shuffled by the seed (the
  author's order when an option refers to the others: "All of the above");
* statements → ``statements`` (three of them, or both when there are two; the seed picks
  which three of four or five) or, a third of the time when three are kept, ``how-many``;
* match with three or more pairs → ``match`` (four pairs at most; List-II shuffled; three
  distinct wrong codes);
* truefalse → ``assertion-reason`` (below), at most one item in six while the other formats
  last.

Assertion–reason items are built in :mod:`quizbot.exam.assertion_reason`, item sources
named in :mod:`quizbot.exam.sources`.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from itertools import permutations
from pathlib import Path
from typing import assert_never

from quizbot.bank import (
    Bank,
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Question,
    Short,
    Statements,
    TrueFalse,
    keeps_order,
)
from quizbot.exam import options as opts
from quizbot.exam.assertion_reason import (
    ArCase,
    Fact,
    _balanced_keys,
    ar_cases,
    ar_from_case,
    ar_item,
    facts_of,
)
from quizbot.exam.items import ExamItem
from quizbot.exam.sources import bank_root, source_of
from quizbot.study.queue import ids_in_topic

WHICH = "Which of the statements given above is/are correct?"
HOW_MANY = "How many of the above statements are correct?"
MATCH_ASK = "Select the correct answer using the code given below:"
#: The share of three-statement items asked as "how many are correct?".
HOW_MANY_SHARE = 1 / 3
#: At most one item in this many is assertion–reason while other formats last.
AR_SHARE = 6

_TRAILING_ASK = re.compile(
    r"\s*Which (?:of (?:them|these|the following)|one)[^?]*\?\s*$", re.IGNORECASE
)


def _lead(prompt: str) -> str:
    lead = _TRAILING_ASK.sub("", prompt).rstrip()
    if not lead:
        return "Consider the following statements:"
    return lead if lead.endswith((":", ".", "?")) else lead + ":"


def mcq_item(q: Mcq, rng: random.Random | None = None, root: Path | None = None) -> ExamItem | None:
    """Four options, shuffled by ``rng`` (the author's order without one, or when an option
    refers to the others); the key follows the answer."""
    if len(q.options) != 4 or len(set(q.options)) != 4 or q.answer not in q.options:
        return None
    options = list(q.options)
    if rng is not None and not keeps_order(options):
        rng.shuffle(options)
    return ExamItem(
        "mcq",
        q.topic,
        (q.id,),
        q.prompt.strip(),
        options=tuple(options),
        key=options.index(q.answer),
        explanation=q.explanation,
        source=source_of(q, root),
    )


def statements_item(
    q: Statements, rng: random.Random, how_many: bool, root: Path | None = None
) -> ExamItem | None:
    """Three statements (two if that is all), the "which" or "how many" format."""
    n = len(q.statements)
    if n < 2:
        return None
    keep = sorted(rng.sample(range(n), 3)) if n >= 3 else [0, 1]
    chosen = [q.statements[i] for i in keep]
    truths = tuple(s.correct for s in chosen)
    if how_many and len(chosen) == 3:
        kind, ask = "how-many", HOW_MANY
        options, key = opts.how_many_options(truths)
    else:
        kind, ask = "statements", WHICH
        options, key = opts.which_options(truths, rng)
    notes = tuple(
        f"{k}. {'correct' if s.correct else 'incorrect'}"
        + (f": {s.fix}" if not s.correct and s.fix else "")
        for k, s in enumerate(chosen, 1)
    )
    return ExamItem(
        kind,
        q.topic,
        (q.id,),
        _lead(q.prompt),
        tuple(f"{k}. {s.text}" for k, s in enumerate(chosen, 1)),
        ask=ask,
        options=options,
        key=key,
        explanation=q.explanation,
        source=source_of(q, root),
        notes=notes,
    )


def _code(perm: tuple[int, ...]) -> str:
    return ", ".join(f"{chr(65 + i)}-{n + 1}" for i, n in enumerate(perm))


def match_item(q: Match, rng: random.Random, root: Path | None = None) -> ExamItem | None:
    """List-I (A, B, …) against a shuffled List-II (1, 2, …); four distinct codes."""
    if len(q.pairs) < 3:
        return None
    pairs = [q.pairs[i] for i in sorted(rng.sample(range(len(q.pairs)), min(4, len(q.pairs))))]
    rights = [right for _, right in pairs]
    order = list(range(len(rights)))
    rng.shuffle(order)
    list_two = tuple(rights[i] for i in order)
    key_perm = tuple(list_two.index(right) for right in rights)
    others = [p for p in permutations(range(len(rights))) if p != key_perm]
    chosen = sorted([key_perm, *rng.sample(others, 3)])
    return ExamItem(
        "match",
        q.topic,
        (q.id,),
        q.prompt.strip(),
        list_one=tuple(left for left, _ in pairs),
        list_two=list_two,
        ask=MATCH_ASK,
        options=tuple(_code(p) for p in chosen),
        key=chosen.index(key_perm),
        explanation=q.explanation,
        source=source_of(q, root),
        notes=tuple(f"{left} — {right}" for left, right in pairs),
    )


def _usable(q: Question) -> bool:
    """Can ``q`` become an item (see :func:`exam_item`)?"""
    match q:
        case Mcq():
            return len(q.options) == 4
        case Statements():
            return len(q.statements) >= 2
        case Match():
            return len(q.pairs) >= 3
        case TrueFalse():
            return True
        case Short() | ListQuestion() | Multi() | Cloze():
            return False
        case _:
            assert_never(q)


def exam_item(
    q: Question,
    rng: random.Random,
    facts: list[Fact],
    root: Path | None = None,
    used: Counter[int] | None = None,
) -> ExamItem | None:
    """``q`` as an exam item (``None`` when it cannot be one); ``facts`` are the bank's, and
    ``used`` the paper's assertion–reason keys so far, for assertion–reason."""
    match q:
        case Mcq():
            return mcq_item(q, rng, root)
        case Statements():
            return statements_item(q, rng, how_many=rng.random() < HOW_MANY_SHARE, root=root)
        case Match():
            return match_item(q, rng, root)
        case TrueFalse():
            return ar_item(q, rng, facts, root, used)
        case Short() | ListQuestion() | Multi() | Cloze():
            return None
        case _:
            assert_never(q)


def _deal(questions: list[Question], rng: random.Random) -> list[Question]:
    """Shuffle within each topic and deal round-robin over the (shuffled) topics."""
    groups: dict[str, list[Question]] = {}
    for q in questions:
        groups.setdefault(q.topic, []).append(q)
    topics = sorted(groups)
    rng.shuffle(topics)
    for topic in topics:
        rng.shuffle(groups[topic])
    dealt: list[Question] = []
    depth = 0
    while len(dealt) < len(questions):
        for topic in topics:
            if depth < len(groups[topic]):
                dealt.append(groups[topic][depth])
        depth += 1
    return dealt


def build_items(bank: Bank, count: int, seed: int, topic: str | None = None) -> list[ExamItem]:
    """Up to ``count`` items (fewer when the topic has fewer usable questions)."""
    rng = random.Random(seed)
    root = bank_root(bank)
    questions = [q for i in ids_in_topic(bank, topic) if _usable(q := bank[i])]
    facts = (
        [f for q in bank for f in facts_of(q)]
        if any(isinstance(q, TrueFalse) for q in questions)
        else []
    )
    slots: list[ExamItem | list[ArCase]] = []  # assertion–reason: its cases, keyed below
    held: list[tuple[TrueFalse, list[ArCase]]] = []
    owners: dict[int, TrueFalse] = {}
    for q in _deal(questions, rng):
        if len(slots) >= count:
            break
        if isinstance(q, TrueFalse):
            cases = ar_cases(q, rng, facts)
            if not cases:
                continue
            if sum(isinstance(slot, list) for slot in slots) >= max(1, count // AR_SHARE):
                held.append((q, cases))  # used only if the other formats run out
                continue
            owners[len(slots)] = q
            slots.append(cases)
        elif (item := exam_item(q, rng, facts, root)) is not None:
            slots.append(item)
    for q, cases in held:
        if len(slots) >= count:
            break
        owners[len(slots)] = q
        slots.append(cases)
    ar_slots = {n: slot for n, slot in enumerate(slots) if isinstance(slot, list)}
    chosen = _balanced_keys(ar_slots, rng)
    return [
        ar_from_case(owners[n], chosen[n], root) if isinstance(slot, list) else slot
        for n, slot in enumerate(slots)
    ]
