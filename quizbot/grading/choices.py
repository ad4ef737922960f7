"""Graders for the question types answered by picking: mcq, multi, true/false, statements
and match.

Options are named by letter, number or (typo-tolerant) text; statements by number ("1 and
3", "13", "all", "none"); match pairs by codes ("1-b, 2-a"), by letters in order ("b a c") or
as ``left: right``. Multi, statements and match earn partial credit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from quizbot.bank.model import Mcq, Multi, Question, Statements, TrueFalse
from quizbot.grading.matching import match_columns
from quizbot.grading.normalize import HEDGES, analyse
from quizbot.grading.options import choice_index, choose, letter, shown
from quizbot.grading.typo_diff import typo_diff

__all__ = [
    "grade_mcq",
    "grade_multi",
    "grade_statements",
    "grade_truefalse",
    "letter",
    "match_columns",
]
from quizbot.grading.slots import split_parts
from quizbot.grading.verdict import Verdict, VerdictKind

_TRUE = frozenset("true t yes y correct right 1".split())
_FALSE = frozenset("false f no n incorrect wrong 0".split())
_ALL = frozenset({"all", "every"})
_NONE = frozenset({"none", "neither", "nothing"})


def grade_mcq(q: Mcq, response: str, order: Sequence[str] | None = None) -> Verdict:
    options = shown(q.options, order, "options")
    choice = choose(response, options, q)
    chosen = choice.index
    right = options.index(q.answer)
    expected = f"({letter(right)}) {q.answer}"
    if chosen == right:
        if choice.kind == "typo":
            diff = typo_diff(response.strip(), q.answer)
            return Verdict(
                True,
                1.0,
                "typo",
                f"Correct, with a typo: {diff} (the answer is {expected}).",
                f"With a typo: {diff}.",
            )
        return Verdict(True, 1.0, choice.kind, f"Correct: {expected}.")
    if choice.tied:
        could = " or ".join(f"({letter(i)}) {options[i]}" for i in choice.tied)
        kind: VerdictKind = "near-miss" if right in choice.tied else "wrong"
        said = f"{response.strip()} could be {could}"
        return Verdict(False, 0.0, kind, f"{said}; the answer is {expected}.", f"{said}.")
    if chosen is None:
        said = "That is not one of the options"
        return Verdict(False, 0.0, "wrong", f"{said}; the answer is {expected}.", f"{said}.")
    said = f"({letter(chosen)}) {options[chosen]} is not it"
    return Verdict(False, 0.0, "wrong", f"{said}; the answer is {expected}.", f"{said}.")


def _split_choices(response: str, count: int) -> list[str]:
    text = response.strip()
    if re.fullmatch(r"(?:\(?[a-z0-9]{1,2}[).]?(?:[\s/]+|$))+", text + " ", re.IGNORECASE):
        return text.replace("/", " ").split()  # "a c", "1 3", "a/b/d"
    if (
        re.fullmatch(r"[a-z]{2,}", text, re.IGNORECASE)
        and len(text) <= count
        and all(ord(c) - ord("a") < count for c in text.lower())
        and len(set(text.lower())) == len(text)
    ):
        return list(text)  # "ac" → a, c
    return []


def grade_multi(q: Multi, response: str, order: Sequence[str] | None = None) -> Verdict:
    options = shown(q.options, order, "options")
    right = {options.index(a) for a in q.answer}
    chosen: set[int] = set()
    typos = False
    parts = _split_choices(response, len(options)) or split_parts(
        response, lambda part: choice_index(part, options, q) is not None
    )
    if analyse(response).hedges:
        parts = [response]  # "a, b or d" hedges
    limit = 2 * len(options) + 10  # more parts than that cannot be right: counted, not read
    unknown = parts[limit:]
    parts = parts[:limit]
    for part in parts:
        choice = choose(part, options, q)
        pieces = [] if choice.index is not None else _one_word_options(part, options, q)
        for piece in pieces or [part]:
            choice = choose(piece, options, q) if pieces else choice
            if choice.index is None:
                unknown.append(piece)
            else:
                chosen.add(choice.index)
                typos = typos or choice.kind == "typo"
    hits, misses = len(chosen & right), len(chosen - right) + len(unknown)
    score = max(0.0, (hits - misses) / len(right))
    expected = ", ".join(f"({letter(i)}) {options[i]}" for i in sorted(right))
    if chosen == right and not unknown:
        return Verdict(True, 1.0, "typo" if typos else "exact", f"Correct: {expected}.")
    kind: VerdictKind = "partial" if score > 0 else "wrong"
    said = f"{hits} of {len(right)} right" + (f", {misses} wrong" if misses else "")
    return Verdict(False, score, kind, f"{said}; the answer is {expected}.", f"{said}.")


def _one_word_options(part: str, options: Sequence[str], q: Question) -> list[str]:
    """A part of single words, each naming an option ("Egypt Ethiopia UAE"), split."""
    words = part.split()
    if len(words) < 2 or len(words) > 40:
        return []
    named = [choose(w, options, q).index for w in words]
    return words if all(i is not None for i in named) and len(set(named)) == len(named) else []


_VERDICT = re.compile(r"^\s*([a-z]+)\s*(?:$|[,;:.!?\-–—]|\s+)(.*)$", re.IGNORECASE | re.DOTALL)


def grade_truefalse(q: TrueFalse, response: str) -> Verdict:
    """true/false, t/f, yes/no, correct/incorrect, right/wrong; a reason may follow the
    verdict ("False, it's in Tamil Nadu") and is shown the fix, not graded; "true or false" is
    a hedge."""
    said = response.strip().lower().rstrip(".!")
    found = _VERDICT.match(said)
    word, rest = (found.group(1), found.group(2).strip()) if found else (said, "")
    value = True if word in _TRUE else False if word in _FALSE else None
    if value is None and len(word) >= 4:  # "ture", "fasle"
        value = (
            True
            if OSA.distance(word, "true") <= 1
            else False
            if OSA.distance(word, "false") <= 1
            else None
        )
    if rest and rest.split(maxsplit=1)[0] in _TRUE | _FALSE | HEDGES:
        value = None  # "true or false", "true false"
    truth = "true" if q.answer else "false"
    fix = f" {q.fix}" if q.fix and not q.answer else ""
    if value is None:
        said = "Answer true or false."
        return Verdict(
            False, 0.0, "wrong", f"Answer true or false: it is {truth}.{fix}", said + fix
        )
    if value == q.answer:
        return Verdict(True, 1.0, "exact", f"Correct: {truth}.{fix}", fix.strip())
    return Verdict(False, 0.0, "wrong", f"It is {truth}.{fix}", fix.strip())


_STATEMENT_WORDS = {
    **{w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())},
    **{w: i + 1 for i, w in enumerate("first second third fourth fifth sixth".split())},
    **{r: i + 1 for i, r in enumerate("i ii iii iv v vi vii viii ix x".split())},
}
_RANGE = re.compile(r"\w\s*(?:\bto\b|-|–|—|\.\.)\s*\w", re.IGNORECASE)


def _statement_numbers(response: str, count: int) -> set[int] | None:
    said = response.lower()
    tokens = re.findall(r"\d+|[a-z]+", said)
    if "or" in tokens or "either" in tokens or _RANGE.search(said):
        return None  # "1 or 3" hedges; "1 to 3" is a range, not a choice
    numbers = {int(t) for t in tokens if t.isdigit()}
    if not numbers:
        numbers = {_STATEMENT_WORDS[t] for t in tokens if t in _STATEMENT_WORDS}
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
    texts = shown([s.text for s in q.statements], order, "statements")
    statements = [next(s for s in q.statements if s.text == t) for t in texts]
    right = {i + 1 for i, s in enumerate(statements) if s.correct}
    named = _statement_numbers(response, len(statements))
    expected = ", ".join(str(i) for i in sorted(right)) or "none"
    fixes = " ".join(
        f"{i + 1}: {s.fix}" for i, s in enumerate(statements) if not s.correct and s.fix
    )
    tail = f" Corrections — {fixes}" if fixes else ""
    if named is None:
        return Verdict(
            False,
            0.0,
            "wrong",
            f"Name the correct statements by number, once each; the correct ones are: "
            f"{expected}.{tail}",
            f"Name the correct statements by number, once each.{tail}",
        )
    judged = sum((i in named) == (i in right) for i in range(1, len(statements) + 1))
    score = judged / len(statements)
    if named == right:
        return Verdict(True, 1.0, "exact", f"Correct: {expected}.{tail}", tail.strip())
    return Verdict(
        False,
        score,
        "partial" if judged else "wrong",
        f"The correct statements are: {expected}.{tail}",
        tail.strip(),
    )
