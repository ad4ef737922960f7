"""Graders for the question types answered from memory: short, list and cloze.

Each answer slot (the short answer, every list item, every cloze blank) is graded by
:func:`quizbot.grading.slots.grade_one`; lists and cloze earn partial credit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizbot.bank.model import Cloze, ListQuestion, Question, Short
from quizbot.grading.index import AnswerIndex
from quizbot.grading.matcher import best_match, forms
from quizbot.grading.normalize import analyse
from quizbot.grading.slots import (
    AND_SPLIT,
    COMMA,
    STRONG_SPLIT,
    as_verdict,
    context,
    grade_one,
    split_parts,
)
from quizbot.grading.verdict import Verdict, VerdictKind

_CLOZE_SPLIT = re.compile(rf"\s*(?:{COMMA}|[;\n|])\s*")


def grade_short(
    q: Short, response: str, index: AnswerIndex | None, aliases: Sequence[str]
) -> Verdict:
    return as_verdict(
        grade_one(response, q.answer, [*q.aliases, *aliases], q, index, tolerance=q.tolerance)
    )


def _items(
    q: Question, said: list[str], expected: Sequence[str], index: AnswerIndex | None
) -> tuple[list[str], list[str], list[str]]:
    """(expected items matched, items missed, response items not in the answer)."""
    left = list(expected)
    matched, extras = [], []
    for part in said:
        for item in left:
            rivals = [x for x in expected if x != item]
            if grade_one(part, item, (), q, index, rivals).accepted:
                matched.append(item)
                left.remove(item)
                break
        else:
            if not any(analyse(part).compact == analyse(m).compact for m in matched):
                extras.append(part)
    return matched, left, extras


def _protect(response: str, items: Sequence[str]) -> tuple[str, dict[str, str]]:
    """Hide expected items that contain separators ("marketing, selling and export") behind
    placeholders, so that typing such an item verbatim keeps it whole."""
    kept: dict[str, str] = {}
    for i, item in enumerate(items):
        if STRONG_SPLIT.search(item) or AND_SPLIT.search(item):
            found = re.search(re.escape(item), response, re.IGNORECASE)
            if found:
                token = f"\x00{i}\x00"
                kept[token] = found.group(0)
                response = response[: found.start()] + token + response[found.end() :]
    return response, kept


def grade_list(q: ListQuestion, response: str, index: AnswerIndex | None) -> Verdict:
    hidden, kept = _protect(response, q.answer)
    said = [
        kept.get(part, part)
        for part in split_parts(
            hidden,
            lambda part: any(
                best_match(analyse(kept.get(part, part)), forms(item), context(q))
                for item in q.answer
            ),
        )
    ]
    matched, missed, extras = _items(q, said, q.answer, index)
    need = q.min_correct or len(q.answer)
    hits = min(len(matched), need)
    score = max(0.0, (hits - 0.5 * len(extras)) / need)
    parts = [f"{hits} of {need}"]
    if missed and len(matched) < need:
        parts.append(f"missing: {', '.join(missed)}")
    if extras:
        parts.append(f"not in the answer: {', '.join(extras)}")
    feedback = "; ".join(parts) + f". The answer: {', '.join(q.answer)}."
    if len(matched) >= need and not extras:
        return Verdict(True, 1.0, "exact", f"Correct: {', '.join(q.answer)}.")
    return Verdict(False, score, "partial" if score > 0 else "wrong", feedback)


def grade_cloze(
    q: Cloze, response: str, index: AnswerIndex | None, aliases: Sequence[str]
) -> Verdict:
    blanks = q.blanks
    parts = [response] if len(blanks) == 1 else _CLOZE_SPLIT.split(response.strip())
    results = [
        grade_one(
            parts[i] if i < len(parts) else "",
            blank[0],
            [*blank[1:], *(aliases if len(blanks) == 1 else ())],
            q,
            index,
        )
        for i, blank in enumerate(blanks)
    ]
    right = sum(r.accepted for r in results)
    expected = "; ".join(b[0] for b in blanks)
    if right == len(blanks):
        kind: VerdictKind = "typo" if any(r.kind == "typo" for r in results) else "exact"
        typos = " ".join(r.feedback for r in results if r.kind == "typo")
        return Verdict(True, 1.0, kind, f"Correct: {expected}." + (f" {typos}" if typos else ""))
    if len(blanks) == 1:
        return as_verdict(results[0])
    return Verdict(
        False,
        right / len(blanks),
        "partial" if right else "wrong",
        f"{right} of {len(blanks)} blanks; the answers: {expected}.",
    )
