"""The correct answer of a question as the tutor shows it, and the shape of answers.

:func:`answer_text` is what :class:`~quizbot.tutor.replies.Feedback` carries as ``answer``:
``"BrahMos"``, ``"(b) S-400"``, ``"1 and 3"``, ``"1-b, 2-a (Kudankulam: nuclear power; ...)"``.
:func:`answer_words` is what a note about the question must hold (for finding its passage).
"""

from __future__ import annotations

from typing import assert_never

from quizbot.bank import (
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
from quizbot.grading import match_columns
from quizbot.grading.choices import letter


def spoken_list(items: list[str], last: str = "and") -> str:
    """``["1", "2", "3"]`` → ``"1, 2 and 3"``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def correct_statements(question: Statements) -> list[int]:
    """The 1-based numbers of the correct statements."""
    return [n for n, s in enumerate(question.statements, 1) if s.correct]


def answer_text(question: Question) -> str:
    """The correct answer of ``question`` as it should be shown to the learner."""
    match question:
        case Short():
            return question.answer
        case ListQuestion():
            text = ", ".join(question.answer)
            if question.min_correct and question.min_correct < len(question.answer):
                text += f" (any {question.min_correct})"
            return text
        case Mcq():
            return f"({letter(question.options.index(question.answer))}) {question.answer}"
        case Multi():
            return ", ".join(
                f"({letter(question.options.index(a))}) {a}" for a in question.correct_options
            )
        case Statements():
            right = correct_statements(question)
            if not right:
                return "none of them"
            if len(right) == len(question.statements) and len(right) > 1:
                return "all of them" if len(right) > 2 else "both"
            return spoken_list([str(n) for n in right]) + (" only" if len(right) == 1 else "")
        case TrueFalse():
            if question.answer:
                return "true"
            return f"false — {question.fix}" if question.fix else "false"
        case Cloze():
            return "; ".join(blank[0] for blank in question.blanks)
        case Match():
            _, rights = match_columns(question)
            codes = ", ".join(
                f"{n}-{letter(rights.index(right))}"
                for n, (_, right) in enumerate(question.pairs, 1)
            )
            pairs = "; ".join(f"{left}: {right}" for left, right in question.pairs)
            return f"{codes} ({pairs})"
        case _:
            assert_never(question)


def answer_words(question: Question) -> str:
    """The words a note about ``question`` must hold: its answer, or its true statements."""
    match question:
        case Short() | Mcq():
            return question.answer
        case ListQuestion() | Multi():
            return " ".join(question.answer)
        case Statements():
            return " ".join(s.fix or s.text for s in question.statements)
        case TrueFalse():
            return question.fix or question.statement
        case Cloze():
            return " ".join(b[0] for b in question.blanks)
        case Match():
            return " ".join(f"{a} {b}" for a, b in question.pairs[:2])
        case _:
            assert_never(question)
