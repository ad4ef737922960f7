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

import os
import random
import re
from collections import Counter
from dataclasses import dataclass
from itertools import permutations
from pathlib import Path
from typing import assert_never

from quizbot.bank import (
    TOPIC_SEPARATOR,
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
from quizbot.exam.items import ExamItem
from quizbot.paths import display_path
from quizbot.study.queue import ids_in_topic

AR_OPTIONS = (
    "Both A and R are true and R is the correct explanation of A",
    "Both A and R are true but R is not the correct explanation of A",
    "A is true but R is false",
    "A is false but R is true",
)
WHICH = "Which of the statements given above is/are correct?"
HOW_MANY = "How many of the above statements are correct?"
MATCH_ASK = "Select the correct answer using the code given below:"
#: The share of three-statement items asked as "how many are correct?".
HOW_MANY_SHARE = 1 / 3
#: At most one item in this many is assertion–reason while other formats last.
AR_SHARE = 6
AR_LEAD = "Consider the following statements:"
AR_ASK = "Select the correct answer using the code given below:"

_TRAILING_ASK = re.compile(
    r"\s*Which (?:of (?:them|these|the following)|one)[^?]*\?\s*$", re.IGNORECASE
)
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


def bank_root(bank: Bank) -> Path | None:
    """The directory holding every file of the bank (``None`` for a bank made in memory)."""
    folders = sorted({os.path.dirname(os.path.abspath(f)) for f in bank.files})
    try:
        return Path(os.path.commonpath(folders)) if folders else None
    except ValueError:  # files on different drives
        return None


def shown_path(path: str, root: Path | None) -> str:
    """A file as the learner can open it (see :func:`quizbot.paths.display_path`): a bank
    file where it is; a note, which questions name relative to the bank's folder
    (``notes/india-russia.md``), where it really is beside that folder, else as written."""
    where = Path(path)
    if where.is_absolute():
        return display_path(where)
    beside = root.parent / where if root is not None else None
    return display_path(beside) if beside is not None and beside.is_file() else where.as_posix()


def portable_path(path: str, root: Path | None) -> str:
    """A file named the same on any machine, for what leaves this one (an Anki deck): a
    relative path as written; an absolute one from the bank root's own folder down
    (``question_bank/cooperation.yaml``), else by its name."""
    where = Path(path)
    if not where.is_absolute():
        return where.as_posix()
    if root is not None:
        base = root.parent if root.name else root
        if where.is_relative_to(base):
            return where.relative_to(base).as_posix()
    return where.name


def source_of(question: Question, root: Path | None = None, *, portable: bool = False) -> str:
    """Where a question's fact comes from, in words: its note source (file › heading path,
    line) when it has one, else its bank file; the file as :func:`shown_path` (or, with
    ``portable``, :func:`portable_path`) names it (``root`` is the bank's, from
    :func:`bank_root`)."""
    name = portable_path if portable else shown_path
    src = question.source
    if src is not None and src.file:
        where = name(src.file, root) + (f" › {src.heading}" if src.heading else "")
        return where + (f", line {src.line}" if src.line else "")
    return name(question.origin.path, root) if question.origin is not None else ""


def _lead(prompt: str) -> str:
    lead = _TRAILING_ASK.sub("", prompt).rstrip()
    if not lead:
        return "Consider the following statements:"
    return lead if lead.endswith((":", ".", "?")) else lead + ":"


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
