"""Weak-question checks: what ``quizbot check`` warns about in generated questions.

``weak_questions(questions)`` flags

* an answer inside its own prompt (the prompt, statement or visible cloze text names it),
* options of mixed kinds (an amount among years, a year among names ...),
* duplicate prompts (two questions asked in the same words).

The generator runs the same checks on every draft and drops what fails, so a freshly
generated bank is clean; the checks matter for hand edits and authored files.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import assert_never

from quizbot.bank.model import (
    CLOZE_BLANK,
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
from quizbot.notes.phrases import contains_phrase, fold
from quizbot.notes.quantities import NUMBER_WORDS, find_quantities


def answers(question: Question) -> list[str]:
    """The texts a learner is asked to produce or pick (empty for true/false, statements and
    match, whose answers are judgements or pairings)."""
    match question:
        case Short():
            return [question.answer, *question.aliases]
        case ListQuestion() | Multi():
            return list(question.answer)
        case Mcq():
            return [question.answer]
        case Cloze():
            return [alt for blank in question.blanks for alt in blank]
        case Statements() | TrueFalse() | Match():
            return []
        case _:
            assert_never(question)


def visible_text(question: Question) -> str:
    """What the learner reads before answering (options aside)."""
    match question:
        case Cloze():  # the blanks hidden
            return f"{question.prompt}\n{CLOZE_BLANK.sub(' ', question.text)}"
        case TrueFalse():
            prompt, statement = question.prompt, question.statement
            return prompt if statement == prompt else f"{prompt}\n{statement}"
        case Short() | ListQuestion() | Mcq() | Multi() | Statements() | Match():
            return question.prompt
        case _:
            assert_never(question)


def option_kind(option: str) -> str:
    """``money``, ``percent``, ``year``, ``count`` for an option that is just a number, else
    ``text``."""
    found = find_quantities(option)
    if len(found) == 1:
        q = found[0]
        if len(fold(option)) - len(fold(q.text)) <= 2:
            return q.kind
    stripped = option.strip()
    if stripped.lower() in NUMBER_WORDS:
        return "count"
    if stripped.isdigit():
        return "year" if len(stripped) == 4 and stripped[:2] in ("19", "20") else "count"
    return "text"


def answer_in_prompt(question: Question) -> str | None:
    """The first answer the learner can read in the question itself, if any."""
    visible = visible_text(question)
    for answer in answers(question):
        if contains_phrase(visible, answer):
            return answer
    return None


def option_kinds(question: Question) -> set[str]:
    """The kinds of a question's options (see :func:`option_kind`; none without options)."""
    match question:
        case Mcq() | Multi():
            return {option_kind(o) for o in question.options}
        case Short() | ListQuestion() | Statements() | TrueFalse() | Cloze() | Match():
            return set()
        case _:
            assert_never(question)


def mixed_options(question: Question) -> bool:
    return len(option_kinds(question)) > 1


def weak_reason(question: Question, check_duplicates: bool = True) -> str | None:
    """Why a single question is weak (``None`` when it is fine)."""
    leaked = answer_in_prompt(question)
    if leaked is not None:
        return f"the answer {leaked!r} is in the prompt"
    kinds = option_kinds(question)
    if len(kinds) > 1:
        return f"the options are of mixed kinds ({', '.join(sorted(kinds))})"
    return None


def structural_problem(question: Question) -> str | None:
    """Problems the bank validator would reject (a generated question must never have one)."""
    match question:
        case Mcq():
            return _choice_problem(question.options, (question.answer,))
        case Multi():
            return _choice_problem(question.options, question.answer)
        case ListQuestion():
            folded = [fold(i) for i in question.answer]
            if not folded or len(set(folded)) != len(folded):
                return "duplicate list items"
            return None
        case Cloze():
            return None if question.blanks else "no blank"
        case Match():
            for side in (0, 1):
                if len({fold(p[side]) for p in question.pairs}) != len(question.pairs):
                    return "duplicate pairs"
            return "too few pairs" if len(question.pairs) < 2 else None
        case Statements():
            return None if question.statements else "no statements"
        case Short() | TrueFalse():
            return None
        case _:
            assert_never(question)


def _choice_problem(options: tuple[str, ...], wanted: tuple[str, ...]) -> str | None:
    folded = [fold(o) for o in options]
    if len(set(folded)) != len(folded) or len(folded) < 2:
        return "duplicate or too few options"
    if not wanted or any(a not in options for a in wanted):
        return "an answer is not among the options"
    return None


def weak_questions(questions: Iterable[Question]) -> list[tuple[Question, str]]:
    """Every weak question with the reason, in the order given."""
    flagged: list[tuple[Question, str]] = []
    first_with: dict[str, str] = {}
    for question in questions:
        reason = weak_reason(question)
        if reason is not None:
            flagged.append((question, reason))
        key = fold(f"{getattr(question, 'prompt', '')}\x1f{question.stem}")
        if key in first_with:
            flagged.append((question, f"duplicate prompt: the same as {first_with[key]}"))
        else:
            first_with[key] = question.id
    return flagged
