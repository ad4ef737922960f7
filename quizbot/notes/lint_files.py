""":func:`~quizbot.notes.lint.weak_questions`'s work a file at a time, for the bank cache
(``quizbot check``): each file's weak questions and prompt digests are kept beside the file,
and :func:`weak_in_files` puts them together as the whole bank would be checked at once."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from hashlib import blake2b
from typing import Any

from quizbot.bank.model import Question
from quizbot.notes.lint import prompt_key, weak_reason
from quizbot.notes.phrases import forget_texts


class FileLint:
    """:func:`weak_questions`'s work on one file's questions, as plain data the bank cache
    keeps beside the file (see :class:`quizbot.bank.FileAnalysis`): for each weak question
    its position and reason, and for every question a 64-bit digest of the words it is asked
    in (equal digests are duplicate prompts; two different prompts share one with odds of
    about 1 in 10^10 in a bank of 50,000 questions). :func:`weak_in_files` puts the files
    together exactly as :func:`weak_questions` does the whole bank at once."""

    tag = "weak-questions/3"

    def __call__(self, questions: Sequence[Question]) -> dict[str, Any]:
        weak = []
        for pos, question in enumerate(questions):
            reason = weak_reason(question)
            if reason is not None:
                weak.append([pos, reason])
        forget_texts()  # this file's texts: the next file seldom has them (check_50k_peak_mb)
        return {"weak": weak, "prompts": [_digest(prompt_key(q)) for q in questions]}

    @staticmethod
    def read(data: Any, count: int) -> FileLintResult | None:
        """A result of :meth:`__call__` for ``count`` questions, back from the bank cache
        (``None`` when it is not one: a damaged or forged cache)."""
        try:
            weak = {pos: reason for pos, reason in data["weak"]}
            prompts = array("Q", data["prompts"])  # unsigned 64-bit ints, or TypeError
        except (KeyError, TypeError, ValueError, OverflowError):
            return None
        if len(prompts) != count or not all(
            type(pos) is int and type(reason) is str for pos, reason in weak.items()
        ):
            return None
        return weak, prompts


#: One file's lint: the reason of each weak question by position, and every prompt's digest.
FileLintResult = tuple[dict[int, str], Sequence[int]]


def _digest(text: str) -> int:
    return int.from_bytes(blake2b(text.encode(), digest_size=8).digest(), "big")


def weak_in_files(
    slots: Iterable[tuple[str, int, int]], lints: Sequence[FileLintResult]
) -> list[tuple[str, int, int, str]]:
    """(id, file number, position, reason) of every weak question, in the order of
    ``slots`` ((id, file number, position) of each question of the bank), from each file's
    :class:`FileLint` result (``lints``, by file number, as :meth:`FileLint.read` gives
    them). The same list as :func:`weak_questions` gives for the bank's questions in that
    order."""
    flagged: list[tuple[str, int, int, str]] = []
    first_with: dict[int, str] = {}
    for question_id, file_no, pos in slots:
        reasons, prompts = lints[file_no]
        reason = reasons.get(pos)
        if reason is not None:
            flagged.append((question_id, file_no, pos, reason))
        key = prompts[pos]
        first = first_with.get(key)
        if first is None:
            first_with[key] = question_id
        else:
            flagged.append((question_id, file_no, pos, f"duplicate prompt: the same as {first}"))
    return flagged
