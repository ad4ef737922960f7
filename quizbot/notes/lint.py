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
)
from quizbot.notes.text import NUMBER_WORDS, contains_phrase, find_quantities, fold


def answers(question: Question) -> list[str]:
    """The texts a learner is asked to produce or pick (empty for true/false, statements and
    match, whose answers are judgements or pairings)."""
    if isinstance(question, Short):
        return [question.answer, *question.aliases]
    if isinstance(question, ListQuestion | Multi):
        return list(question.answer)
    if isinstance(question, Mcq):
        return [question.answer]
    if isinstance(question, Cloze):
        return [alt for blank in question.blanks for alt in blank]
    return []


def visible_text(question: Question) -> str:
    """What the learner reads before answering (options aside)."""
    prompt = getattr(question, "prompt", "")
    if isinstance(question, Cloze):
        return f"{prompt}\n{CLOZE_BLANK.sub(' ', question.text)}"
    stem = question.stem
    return prompt if stem == prompt else f"{prompt}\n{stem}"


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


def mixed_options(question: Question) -> bool:
    if not isinstance(question, Mcq | Multi):
        return False
    return len({option_kind(o) for o in question.options}) > 1


def weak_reason(question: Question, check_duplicates: bool = True) -> str | None:
    """Why a single question is weak (``None`` when it is fine)."""
    leaked = answer_in_prompt(question)
    if leaked is not None:
        return f"the answer {leaked!r} is in the prompt"
    if isinstance(question, Mcq | Multi) and mixed_options(question):
        kinds = ", ".join(sorted({option_kind(o) for o in question.options}))
        return f"the options are of mixed kinds ({kinds})"
    return None


def structural_problem(question: Question) -> str | None:
    """Problems the bank validator would reject (a generated question must never have one)."""
    if isinstance(question, Mcq | Multi):
        folded = [fold(o) for o in question.options]
        if len(set(folded)) != len(folded) or len(folded) < 2:
            return "duplicate or too few options"
        wanted = question.answer if isinstance(question, Multi) else (question.answer,)
        if not wanted or any(a not in question.options for a in wanted):
            return "an answer is not among the options"
    if isinstance(question, ListQuestion):
        folded = [fold(i) for i in question.answer]
        if not folded or len(set(folded)) != len(folded):
            return "duplicate list items"
    if isinstance(question, Cloze) and not question.blanks:
        return "no blank"
    if isinstance(question, Match):
        for side in (0, 1):
            if len({fold(p[side]) for p in question.pairs}) != len(question.pairs):
                return "duplicate pairs"
        if len(question.pairs) < 2:
            return "too few pairs"
    if isinstance(question, Statements) and not question.statements:
        return "no statements"
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
