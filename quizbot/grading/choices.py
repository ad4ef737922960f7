"""Graders for the question types answered by picking: mcq, multi, true/false, statements
and match.

Options are named by letter, number or (typo-tolerant) text; statements by number ("1 and
3", "13", "all", "none"); match pairs by codes ("1-b, 2-a"), by letters in order ("b a c") or
as ``left: right``. Multi, statements and match earn partial credit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from quizbot.bank.model import Match, Mcq, Multi, Question, Statements, TrueFalse
from quizbot.grading.matcher import RANK, best_match, forms, typo_diff
from quizbot.grading.normalize import analyse
from quizbot.grading.slots import context, split_parts
from quizbot.grading.verdict import Verdict, VerdictKind

_CHOICE = re.compile(r"^\(?([a-z]|\d{1,2})[).:]?$", re.IGNORECASE)
_TRUE = frozenset("true t yes y correct right 1".split())
_FALSE = frozenset("false f no n incorrect wrong 0".split())
_ALL = frozenset({"all", "every"})
_NONE = frozenset({"none", "neither", "nothing"})
_PAIR_CODES = re.compile(r"(\d+)\s*[-–:=)>.]*\s*([a-z])\b", re.IGNORECASE)


def letter(i: int) -> str:
    """The letter of option ``i`` (0 → ``a``)."""
    return "abcdefghijklmnopqrstuvwxyz"[i]


@dataclass(frozen=True)
class Choice:
    """Which option a response names, and how."""

    #: The option's position; None when the response names none, or several equally well.
    index: int | None
    kind: VerdictKind = "exact"
    #: The options an ambiguous response is equally close to ("Austraia": Austria, Australia).
    tied: tuple[int, ...] = ()


_NO_CHOICE = Choice(None, "wrong")


def choose(response: str, options: Sequence[str], question: Question) -> Choice:
    """Which option a response names: by letter, number or (typo-tolerant) text. A response
    as close to two options as each other ("Austraia" for Austria or Australia) names neither:
    picking one silently would reward a guess."""
    text = response.strip()
    found = _CHOICE.match(text)
    if found:
        token = found.group(1).lower()
        position = int(token) - 1 if token.isdigit() else ord(token) - ord("a")
        if 0 <= position < len(options):
            return Choice(position)
    said = analyse(text)
    words = context(question)
    best: tuple[int, int] | None = None  # (rank, distance)
    tied: list[tuple[int, VerdictKind]] = []
    for i, option in enumerate(options):
        match = best_match(said, forms(option), words)
        if match is None or match.magnitude == "different":
            continue
        # The options show their magnitudes: "7.5" picks "$7.5 billion", after any better match.
        key = (RANK[match.kind] + (3 if match.magnitude else 0), match.distance)
        if best is None or key < best:
            best, tied = key, [(i, "alias" if match.magnitude else match.kind)]
        elif key == best:
            tied.append((i, "alias" if match.magnitude else match.kind))
    if not tied:
        return _NO_CHOICE
    if len(tied) > 1:
        return Choice(None, "near-miss", tuple(i for i, _ in tied))
    return Choice(*tied[0])


def choice_index(response: str, options: Sequence[str], question: Question) -> int | None:
    """The option a response names unambiguously, or None."""
    return choose(response, options, question).index


def shown(given: Sequence[str], order: Sequence[str] | None, what: str) -> tuple[str, ...]:
    """``given`` in the order the learner saw them: ``order`` when a front end passes one."""
    if order is None:
        return tuple(given)
    if sorted(order) != sorted(given):
        raise ValueError(f"order must hold each of the question's {what} exactly once")
    return tuple(order)


def grade_mcq(q: Mcq, response: str, order: Sequence[str] | None = None) -> Verdict:
    options = shown(q.options, order, "options")
    choice = choose(response, options, q)
    chosen = choice.index
    right = options.index(q.answer)
    expected = f"({letter(right)}) {q.answer}"
    if chosen == right:
        if choice.kind == "typo":
            return Verdict(
                True,
                1.0,
                "typo",
                f"Correct, with a typo: "
                f"{typo_diff(response.strip(), q.answer)} (the answer is {expected}).",
            )
        return Verdict(True, 1.0, choice.kind, f"Correct: {expected}.")
    if choice.tied:
        could = " or ".join(f"({letter(i)}) {q.options[i]}" for i in choice.tied)
        kind: VerdictKind = "near-miss" if right in choice.tied else "wrong"
        return Verdict(
            False, 0.0, kind, f"{response.strip()} could be {could}; the answer is {expected}."
        )
    if chosen is None:
        return Verdict(
            False, 0.0, "wrong", f"That is not one of the options; the answer is {expected}."
        )
    return Verdict(
        False,
        0.0,
        "wrong",
        f"({letter(chosen)}) {q.options[chosen]} is not it; the answer is {expected}.",
    )


def _split_choices(response: str, count: int) -> list[str]:
    text = response.strip()
    if re.fullmatch(r"(?:\(?[a-z0-9]{1,2}[).]?(?:\s+|$))+", text + " ", re.IGNORECASE):
        return text.split()  # "a c", "1 3"
    if (
        re.fullmatch(r"[a-z]{2,}", text, re.IGNORECASE)
        and len(text) <= count
        and all(ord(c) - ord("a") < count for c in text.lower())
        and len(set(text.lower())) == len(text)
    ):
        return list(text)  # "ac" → a, c
    return []


def grade_multi(q: Multi, response: str, order: Sequence[str] | None = None) -> Verdict:
    right = {q.options.index(a) for a in q.answer}
    chosen: set[int] = set()
    unknown = []
    typos = False
    parts = _split_choices(response, len(q.options)) or split_parts(
        response, lambda part: choice_index(part, q.options, q) is not None
    )
    for part in parts:
        choice = choose(part, q.options, q)
        if choice.index is None:
            unknown.append(part)
        else:
            chosen.add(choice.index)
            typos = typos or choice.kind == "typo"
    hits, misses = len(chosen & right), len(chosen - right) + len(unknown)
    score = max(0.0, (hits - misses) / len(right))
    expected = ", ".join(f"({letter(i)}) {q.options[i]}" for i in sorted(right))
    if chosen == right and not unknown:
        return Verdict(True, 1.0, "typo" if typos else "exact", f"Correct: {expected}.")
    kind: VerdictKind = "partial" if score > 0 else "wrong"
    return Verdict(
        False,
        score,
        kind,
        f"{hits} of {len(right)} right"
        + (f", {misses} wrong" if misses else "")
        + f"; the answer is {expected}.",
    )


def grade_truefalse(q: TrueFalse, response: str) -> Verdict:
    said = response.strip().lower().rstrip(".!")
    value = True if said in _TRUE else False if said in _FALSE else None
    if value is None and len(said) >= 4:  # "ture", "fasle"
        value = (
            True
            if OSA.distance(said, "true") <= 1
            else False
            if OSA.distance(said, "false") <= 1
            else None
        )
    truth = "true" if q.answer else "false"
    fix = f" {q.fix}" if q.fix and not q.answer else ""
    if value is None:
        return Verdict(False, 0.0, "wrong", f"Answer true or false: it is {truth}.{fix}")
    if value == q.answer:
        return Verdict(True, 1.0, "exact", f"Correct: {truth}.{fix}")
    return Verdict(False, 0.0, "wrong", f"It is {truth}.{fix}")


def _statement_numbers(response: str, count: int) -> set[int] | None:
    said = response.lower()
    tokens = re.findall(r"\d+|[a-z]+", said)
    numbers = {int(t) for t in tokens if t.isdigit()}
    if any(t in _NONE for t in tokens):  # "none", "neither 1 nor 2"
        return set()
    if any(t in _ALL for t in tokens) or ("both" in tokens and count == 2 and not numbers):
        return set(range(1, count + 1))
    if (
        len(numbers) == 1
        and max(numbers) > count
        and re.fullmatch(r"[1-9]+", said.strip())
        and len(said.strip()) <= count
    ):
        return {int(c) for c in said.strip()}  # "13" for statements 1 and 3
    if not numbers or any(n < 1 or n > count for n in numbers):
        return None
    return numbers


def grade_statements(q: Statements, response: str, order: Sequence[str] | None = None) -> Verdict:
    right = {i + 1 for i, s in enumerate(q.statements) if s.correct}
    named = _statement_numbers(response, len(q.statements))
    expected = ", ".join(str(i) for i in sorted(right)) or "none"
    fixes = " ".join(
        f"{i + 1}: {s.fix}" for i, s in enumerate(q.statements) if not s.correct and s.fix
    )
    tail = f" Corrections — {fixes}" if fixes else ""
    if named is None:
        return Verdict(
            False,
            0.0,
            "wrong",
            f"Name the correct statements by number; the correct ones are: {expected}.{tail}",
        )
    judged = sum((i in named) == (i in right) for i in range(1, len(q.statements) + 1))
    score = judged / len(q.statements)
    if named == right:
        return Verdict(True, 1.0, "exact", f"Correct: {expected}.{tail}")
    return Verdict(
        False,
        score,
        "partial" if judged else "wrong",
        f"The correct statements are: {expected}.{tail}",
    )


def match_columns(q: Match) -> tuple[list[str], list[str]]:
    """The left items as numbered (given order) and the right items as lettered (sorted)."""
    lefts = [left for left, _ in q.pairs]
    rights = sorted((right for _, right in q.pairs), key=lambda r: analyse(r).compact)
    return lefts, rights


def grade_match(q: Match, response: str, order: Sequence[str] | None = None) -> Verdict:
    lefts, rights = match_columns(q)
    rights = list(shown(rights, order, "right items"))
    truth = {i: rights.index(right) for i, (_, right) in enumerate(q.pairs)}
    text = response.strip()
    chosen: dict[int, int] = {}
    codes = _PAIR_CODES.findall(text)
    letters = re.fullmatch(r"(?:[a-z][\s,]*)+", text, re.IGNORECASE)
    if codes:
        for number, code in codes:
            chosen[int(number) - 1] = ord(code.lower()) - ord("a")
    elif letters and len(re.findall(r"[a-z]", text, re.IGNORECASE)) == len(lefts):
        for i, code in enumerate(re.findall(r"[a-z]", text, re.IGNORECASE)):
            chosen[i] = ord(code.lower()) - ord("a")
    else:
        for part in re.split(r"\s*[;\n]\s*|\s*,\s*(?=[^,]*[:=])", text):
            if not re.search(r"[:=]|->|→", part):
                continue
            left_text, right_text = re.split(r"\s*(?::|=|->|→)\s*", part, maxsplit=1)
            li = choice_index(left_text, lefts, q)
            ri = choice_index(right_text, rights, q)
            if li is not None and ri is not None:
                chosen[li] = ri
    right = sum(chosen.get(i) == r for i, r in truth.items())
    expected = "; ".join(
        f"{i + 1}-{letter(truth[i])} ({left}: {q.pairs[i][1]})" for i, left in enumerate(lefts)
    )
    if right == len(lefts):
        return Verdict(True, 1.0, "exact", f"Correct: {expected}.")
    return Verdict(
        False,
        right / len(lefts),
        "partial" if right else "wrong",
        f"{right} of {len(lefts)} pairs; the answer: {expected}.",
    )
