"""Weak-question checks: what ``quizbot check`` warns about in any bank, authored or
generated.

``weak_questions(questions)`` flags, each with its reason,

* an answer inside its own prompt (the prompt, statement or visible cloze text names it),
  or the long form of the acronym it asks for printed next to it (or the acronym of the long
  form it asks for);
* options of mixed kinds (an amount among years, a year among names ...), one option inside
  another (``defence`` and ``defence cooperation``), years too far apart to be plausible;
* a blank on quoted wording, a label of a note, a lone month or an unanchored time phrase;
* a true/false statement too short to judge alone;
* a list to type whose items are long clauses;
* duplicate prompts (two questions asked in the same words).

The generator's quality gate (:mod:`quizbot.notes.gate`) runs these and the checks that
need the notes themselves (self-refuting false statements, subjects left behind ...), so a
freshly generated bank is clean; here they matter for hand edits and authored files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
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
from quizbot.notes.phrases import contains_phrase, content_words, fold
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


@lru_cache(maxsize=64)
def visible_text(question: Question) -> str:
    """What the learner reads before answering (options aside); each rule of the gate asks
    for it in turn, so it is worked out once per question."""
    match question:
        case Cloze():  # the blanks hidden; the prompt is not shown, the topic is
            return f"{question.topic}\n{CLOZE_BLANK.sub(' ', question.text)}"
        case TrueFalse():
            return f"{question.topic}\n{question.statement}"
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
    for check in (_acronym_given_away, _option_problem, _blank_teaches_nothing, _too_short):
        found = check(question)
        if found is not None:
            return found
    return None


def _acronym_given_away(question: Question) -> str | None:
    visible = CLOZE_BLANK.sub(" ", visible_text(question))
    words = [w.strip("\"“”'‘’.,;:") for w in re.split(r"[\s\-–—/()]+", visible)]
    initials = "".join(w[0] for w in words if w[:1].isupper())
    for answer in answers(question)[:1]:
        letters = "".join(c for c in answer if c.isalpha())
        if answer.isupper() and 2 <= len(letters) <= 8 and letters in initials:
            return f"the long form of {answer!r} is printed in the question"
        short = "".join(w[0] for w in answer.split() if w[:1].isupper())
        asks_expansion = "stand for" in visible or "expand" in visible.lower()
        if (
            len(short) >= 3
            and not asks_expansion
            and re.search(rf"\b{re.escape(short)}\b", visible)
        ):
            return f"the acronym {short!r} of the answer is printed in the question"
    return None


def _option_problem(question: Question) -> str | None:
    kinds = option_kinds(question)
    if len(kinds) > 1:
        return f"the options are of mixed kinds ({', '.join(sorted(kinds))})"
    if not isinstance(question, Mcq | Multi):
        return None
    folded = [fold(o) for o in question.options]
    for i, a in enumerate(folded):
        for j, b in enumerate(folded):
            if i != j and a and contains_phrase(b, a):
                return f"the option {question.options[i]!r} is inside {question.options[j]!r}"
    if kinds == {"year"}:
        years = [int(o.strip()[:4]) for o in question.options if o.strip()[:4].isdigit()]
        if years and max(years) - min(years) > _YEAR_SPREAD:
            return "the years of the options are too far apart to be plausible"
    return None


#: Years among the options may differ by this much at most.
_YEAR_SPREAD = 20
_LABELS = frozenset(
    "objectives objective context background aim aims agenda venue outcome outcomes impact "
    "significance note notes features issues concerns challenges conclusion summary".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_TIME_PHRASE = re.compile(
    r"^(?:the\s+)?(?:past|last|next|previous|coming|recent|few|several)\b.*"
    r"\b(?:years?|months?|weeks?|days?|decades?)$",
    re.IGNORECASE,
)
_QUOTED_BLANK = re.compile(r"[\"“‘']\{\{[^}]*\}\}[\"”’']")


def _blank_teaches_nothing(question: Question) -> str | None:
    if isinstance(question, Cloze) and _QUOTED_BLANK.search(question.text):
        return "the blank is quoted wording, which teaches nothing"
    for answer in answers(question)[:1] if isinstance(question, Cloze | Short) else ():
        key = fold(answer).strip(". :")
        if key in _LABELS:
            return f"the answer {answer!r} is a label of the notes, not a fact"
        if key in _MONTHS:
            return f"the answer {answer!r} is only a month"
        if _TIME_PHRASE.match(answer.strip()):
            return f"the answer {answer!r} is a time phrase with no date to anchor it"
    return None


def _too_short(question: Question) -> str | None:
    meaningful = (
        {w for w in content_words(question.statement) if not w.isdigit() and w not in NUMBER_WORDS}
        if isinstance(question, TrueFalse)
        else set()
    )
    if isinstance(question, TrueFalse) and len(meaningful) < 2:
        return "the statement is too short to be judged true or false alone"
    if isinstance(question, ListQuestion) and any(len(i.split()) > 5 for i in question.answer):
        return "a list item is a long clause, not a name or term that can be typed"
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
            # a blank at all (its answers aside): what ``question.blanks`` is not empty for
            return None if CLOZE_BLANK.search(question.text) else "no blank"
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
