"""What "I was right" can teach the grader, from one answer.

A short answer is taught whole. A list item or a cloze blank is taught as
``"<the item's answer>\\t<the learner's form>"`` (see :func:`quizbot.grading.recall.taught_for`),
so the same form is accepted for that item or blank from then on, and only there. What cannot
be tied to one item is not learnt, and the learner is told so: several items marked wrong
against several missing ones, cloze blanks that cannot be told apart, and anything answered by
picking (choices, statements, true/false, match), where the options themselves are the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from quizbot.grading.recall import _CLOZE_SPLIT, TAUGHT_SEPARATOR, list_items
from quizbot.grading.slots import grade_one
from quizbot.words import plural


@dataclass(frozen=True)
class Lesson:
    """What to remember from an answer the learner says was right."""

    #: Aliases to store for the question (short: the answer; list, cloze: item TAB form).
    aliases: tuple[str, ...]
    #: For the learner: what will be accepted from now on ("“UK” for United Kingdom").
    learnt: tuple[str, ...]
    #: For the learner: why nothing (more) was learnt, or "".
    not_learnt: str = ""


def _clean(text: str) -> str:
    return " ".join(text.replace(TAUGHT_SEPARATOR, " ").split())


def lesson(question: Question, response: str) -> Lesson:
    """What "I was right" after ``response`` teaches about ``question``."""
    text = response.strip()
    match question:
        case Short():
            return Lesson((text,), (f"“{text}”",))
        case ListQuestion():
            return _list_lesson(question, text)
        case Cloze():
            return _cloze_lesson(question, text)
        case Mcq() | Multi() | Statements() | TrueFalse() | Match():
            return Lesson((), (), "A choice cannot be taught: the options are the answer.")
        case _:
            assert_never(question)


def _list_lesson(q: ListQuestion, text: str) -> Lesson:
    _, missed, extras = list_items(q, text)
    extras = [_clean(e) for e in extras if _clean(e)]
    if not extras:
        return Lesson((), (), "Every item you wrote was already accepted; nothing to learn.")
    if len(extras) == 1 and len(missed) == 1:
        item, form = missed[0], extras[0]
        return Lesson((f"{item}{TAUGHT_SEPARATOR}{form}",), (f"“{form}” for {item}",))
    named = ", ".join(f"“{e}”" for e in extras)
    return Lesson(
        (),
        (),
        f"I can't tell which items {named} stand for, so I haven't learnt them: the same "
        "answer will be marked wrong again. Write one item at a time in your notes' words, "
        "or ask the bank's author to add the form you use.",
    )


def _cloze_lesson(q: Cloze, text: str) -> Lesson:
    blanks = q.blanks
    parts = [text] if len(blanks) == 1 else [p for p in _CLOZE_SPLIT.split(text) if p]
    if len(parts) != len(blanks):
        return Lesson(
            (),
            (),
            f"Your answer has {plural(len(parts), 'part')} for "
            f"{plural(len(blanks), 'blank')}, so I can't tell "
            "which blank each one fills and haven't learnt it. Separate the blanks with "
            "commas.",
        )
    aliases, learnt = [], []
    for i, (part, blank) in enumerate(zip(parts, blanks, strict=True)):
        form = _clean(part)
        if form and not grade_one(part, blank[0], blank[1:], q, None, blank=i).accepted:
            aliases.append(f"{blank[0]}{TAUGHT_SEPARATOR}{form}")
            learnt.append(f"“{form}” for {blank[0]}")
    if not aliases:
        return Lesson((), (), "Every blank was already accepted; nothing to learn.")
    return Lesson(tuple(aliases), tuple(learnt))


__all__ = ["Lesson", "lesson"]
