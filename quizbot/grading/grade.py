"""``grade(question, response)`` for every question type.

Single answers (short, each list item, each cloze blank, option text) go through
:mod:`quizbot.grading.matcher`; choices accept letters, numbers or the option text; lists,
multi and match earn partial credit. The near-miss guard runs on anything accepted only as a
typo: if the response is at least as close to another answer (the question's ``reject``
list, its other options or items, or the bank's :class:`AnswerIndex`), it is wrong.

The graders live by how a question is answered: :mod:`quizbot.grading.recall` (short, list,
cloze) and :mod:`quizbot.grading.choices` (mcq, multi, true/false, statements, match), over
:mod:`quizbot.grading.slots` (one answer slot and the near-miss guard).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from quizbot.bank.model import (
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
from quizbot.grading.choices import (
    grade_mcq,
    grade_multi,
    grade_statements,
    grade_truefalse,
)
from quizbot.grading.index import AnswerIndex
from quizbot.grading.matching import grade_match, match_columns
from quizbot.grading.options import letter
from quizbot.grading.recall import grade_cloze, grade_list, grade_short
from quizbot.grading.verdict import Verdict

__all__ = ["grade", "match_columns"]


def grade(
    question: Question,
    response: str,
    *,
    index: AnswerIndex | None = None,
    aliases: Sequence[str] = (),
    order: Sequence[str] | None = None,
) -> Verdict:
    """Judge ``response`` to ``question``.

    ``index`` (an :class:`AnswerIndex` of the bank) lets the near-miss guard see every other
    answer; ``aliases`` are answers the learner taught quizbot for this question.

    Letters and numbers name options, statements and match columns in the order the learner
    saw them. By default that is the order the question was loaded in: options and
    statements in file order, a match's left column in pair order and its right column as
    :func:`match_columns` gives it. A front end that shows another order passes it as
    ``order``: the option texts (mcq, multi), the statement texts (statements) or the right
    column's texts (match), as shown. ``order`` must hold each of them exactly once.
    """
    if not response or not response.strip():
        return Verdict(
            False, 0.0, "empty", f"No answer given; {_expected(question)}", "No answer given."
        )
    match question:
        case Short():
            return grade_short(question, response, index, aliases)
        case ListQuestion():
            return grade_list(question, response, index, aliases)
        case Mcq():
            return grade_mcq(question, response, order)
        case Multi():
            return grade_multi(question, response, order)
        case Statements():
            return grade_statements(question, response, order)
        case TrueFalse():
            return grade_truefalse(question, response)
        case Cloze():
            return grade_cloze(question, response, index, aliases)
        case Match():
            return grade_match(question, response, order)
        case _:
            assert_never(question)


def _expected(question: Question) -> str:
    """The expected answer, as a sentence tail ("the answer is (b) S-400.")."""
    match question:
        case Short():
            return f"the answer is {question.answer}."
        case ListQuestion() | Multi():
            return f"the answer is {', '.join(question.answer)}."
        case Mcq():
            choice = letter(question.options.index(question.answer))
            return f"the answer is ({choice}) {question.answer}."
        case Statements():
            right = [str(i + 1) for i, s in enumerate(question.statements) if s.correct]
            return f"the correct statements are: {', '.join(right) or 'none'}."
        case TrueFalse():
            return f"it is {'true' if question.answer else 'false'}."
        case Cloze():
            return f"the answers: {'; '.join(b[0] for b in question.blanks)}."
        case Match():
            return "the pairs: " + "; ".join(f"{a}: {b}" for a, b in question.pairs) + "."
        case _:
            assert_never(question)
