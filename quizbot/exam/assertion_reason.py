"""Assertion–reason items: statements of the bank as A and R, keyed as a paper needs.

Assertion–reason, built so the key is always right:

* (a) A is a true truefalse statement whose author-written explanation (not a generated
  "From the notes" quote, and not a restatement of A) becomes R;
* (b) A true; R a true statement of the same or a related topic taken from another question:
  a separate fact, not A's explanation;
* (c) A true; R a false statement from another question;
* (d) A false; R a true statement from another question.

Both false never occurs (the standard options have no such answer). A false truefalse
statement with a fix that stands alone offers its fix as a true A too. Of the keys an A
allows, the one used least so far in the paper is taken, so a long paper's keys are balanced.
Statements used as A or R must stand alone: truefalse statements, and statements-question
statements that do not start with a pronoun ("It is a pipeline." needs its prompt). The item
tests A: its ``sources`` are A's question, then the question R was
borrowed from (provenance only; a miss lapses A's question alone).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import assert_never

from quizbot.bank import (
    TOPIC_SEPARATOR,
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Question,
    Short,
    Statements,
    TrueFalse,
)
from quizbot.exam.items import ExamItem
from quizbot.exam.sources import source_of

AR_OPTIONS = (
    "Both A and R are true and R is the correct explanation of A",
    "Both A and R are true but R is not the correct explanation of A",
    "A is true but R is false",
    "A is false but R is true",
)
AR_LEAD = "Consider the following statements:"
AR_ASK = "Select the correct answer using the code given below:"

_PRONOUNS = {
    "it",
    "its",
    "they",
    "their",
    "this",
    "these",
    "those",
    "he",
    "she",
    "his",
    "her",
    "both",
    "there",
    "such",
    "that",
}


@dataclass(frozen=True)
class Fact:
    """A statement that stands alone, with its truth and where it comes from."""

    text: str
    true: bool
    question_id: str
    topic: str
    #: For a false statement, its correction.
    fix: str = ""


def _stands_alone(text: str) -> bool:
    words = text.split()
    return bool(words) and words[0].strip(",.:;'\"").lower() not in _PRONOUNS


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _related(a: str, b: str) -> bool:
    """Same topic, or one contains the other."""
    return a == b or a.startswith(b + TOPIC_SEPARATOR) or b.startswith(a + TOPIC_SEPARATOR)


def facts_of(question: Question) -> list[Fact]:
    """The stand-alone statements a question offers for assertion–reason items."""
    match question:
        case TrueFalse():
            text = question.statement.strip()
            return (
                [Fact(text, question.answer, question.id, question.topic, question.fix)]
                if text
                else []
            )
        case Statements():
            return [
                Fact(s.text.strip(), s.correct, question.id, question.topic, s.fix)
                for s in question.statements
                if _stands_alone(s.text)
            ]
        case Short() | ListQuestion() | Mcq() | Multi() | Cloze() | Match():
            return []
        case _:
            assert_never(question)


def _explains(q: TrueFalse) -> str:
    """The author's explanation of a true statement, if it can serve as R for (a)."""
    text = q.explanation.strip()
    if (
        not q.answer
        or not text
        or text.startswith("From the notes")
        or _norm(q.statement) in _norm(text)
        or _norm(text) in _norm(q.statement)
    ):
        return ""
    return text


#: One way to make an assertion–reason item of a statement: the key, A, R's text, and the
#: fact R was borrowed from (``None`` when R is A's own explanation).
ArCase = tuple[int, Fact, str, Fact | None]


def ar_cases(q: TrueFalse, rng: random.Random, facts: list[Fact]) -> list[ArCase]:
    """Every key an assertion–reason item on ``q`` can have, with its A and R: ``q``'s
    statement as A, or for a false one its fix too (see the module docstring)."""
    a = facts_of(q)
    if not a:
        return []
    stated = a[0]
    assertions = [stated]
    if not stated.true and stated.fix and _stands_alone(stated.fix):
        assertions.append(Fact(stated.fix.strip(), True, q.id, q.topic))
    cases: list[ArCase] = []
    for assertion in assertions:
        others = [
            f for f in facts if f.question_id != q.id and _norm(f.text) != _norm(assertion.text)
        ]
        if assertion.true:
            if assertion is stated and (explained := _explains(q)):
                cases.append((0, assertion, explained, None))
            related_true = [f for f in others if f.true and _related(f.topic, assertion.topic)]
            if related_true:
                r = rng.choice(related_true)
                cases.append((1, assertion, r.text, r))
            false = [f for f in others if not f.true]
            if false:
                r = rng.choice(false)
                cases.append((2, assertion, r.text, r))
        else:
            true = [f for f in others if f.true]
            if true:
                r = rng.choice(true)
                cases.append((3, assertion, r.text, r))
    return cases


def pick_case(cases: list[ArCase], rng: random.Random, used: Counter[int]) -> ArCase:
    """Of ``cases``, one whose key ``used`` holds least (ties broken by ``rng``); counted."""
    fewest = min(used[case[0]] for case in cases)
    case = rng.choice([c for c in cases if used[c[0]] == fewest])
    used[case[0]] += 1
    return case


def ar_item(
    q: TrueFalse,
    rng: random.Random,
    facts: list[Fact],
    root: Path | None = None,
    used: Counter[int] | None = None,
) -> ExamItem | None:
    """An assertion–reason item on ``q`` (``None`` when it allows none): of the keys it
    allows, the one ``used`` least so far (see :func:`build_items` for a whole paper)."""
    cases = ar_cases(q, rng, facts)
    if not cases:
        return None
    return ar_from_case(q, pick_case(cases, rng, used if used is not None else Counter()), root)


def ar_from_case(q: TrueFalse, case: ArCase, root: Path | None = None) -> ExamItem:
    """The assertion–reason item of ``case``, with the notes that explain its key."""
    key, assertion, reason_text, reason = case
    sources = (q.id,) if reason is None else (q.id, reason.question_id)
    notes = [
        f"A is {'true' if assertion.true else 'false'}"
        + (f": {assertion.fix}" if not assertion.true and assertion.fix else "")
    ]
    if reason is not None:
        notes.append(
            f"R is {'true' if reason.true else 'false'}"
            + (f": {reason.fix}" if not reason.true and reason.fix else "")
            + (" (a separate fact: it does not explain A)" if key == 1 else "")
        )
    else:
        notes.append("R is true and explains A")
    return ExamItem(
        "assertion-reason",
        q.topic,
        sources,
        AR_LEAD,
        (f"Assertion (A): {assertion.text}", f"Reason (R): {reason_text}"),
        ask=AR_ASK,
        options=AR_OPTIONS,
        key=key,
        explanation=q.explanation,
        source=source_of(q, root),
        notes=tuple(notes),
    )


def _balanced_keys(slots: dict[int, list[ArCase]], rng: random.Random) -> dict[int, ArCase]:
    """A case for every assertion–reason slot of a paper, its keys as even as the statements
    allow: each key's share is set first (a quarter, or as many as the statements offering
    it, the rest shared out among the others), then the slots offering fewest keys choose
    first, each a key still below its share, the one the slots left could least spare."""
    offered = Counter(key for cases in slots.values() for key in {c[0] for c in cases})
    target: dict[int, int] = {}
    left = len(slots)
    for done, key in enumerate(sorted(range(4), key=lambda k: offered[k])):
        target[key] = min(offered[key], -(-left // (4 - done)))
        left -= target[key]
    used: Counter[int] = Counter()
    chosen: dict[int, ArCase] = {}
    still = offered.copy()  # slots not yet keyed that offer each key
    for n in sorted(slots, key=lambda n: (len({c[0] for c in slots[n]}), n)):
        cases = slots[n]

        def urgency(case: ArCase) -> tuple[bool, int]:
            # below its share first; of those, the key with least slack in the slots left
            short = target[case[0]] - used[case[0]]
            return short > 0, -(still[case[0]] - short)

        most = max(urgency(c) for c in cases)
        case = rng.choice([c for c in cases if urgency(c) == most])
        for key in {c[0] for c in cases}:
            still[key] -= 1
        used[case[0]] += 1
        chosen[n] = case
    return chosen
