"""Weak-question checks: what ``quizbot check`` warns about in any bank, authored or generated.

``weak_questions(questions)`` flags, each with its reason,

* an answer inside its own prompt (the prompt, statement or visible cloze text names it),
  or the long form of the acronym it asks for printed next to it (or the acronym of the long
  form it asks for);
* options of mixed kinds (an amount among years, a year among names ...), one option inside
  another (``defence`` and ``defence cooperation``), years too far apart to be plausible;
* a blank on quoted wording, a label of a note, a lone month or an unanchored time phrase;
* a true/false statement too short to judge alone; a list to type of long clauses;
* a key that is not the one right answer, or that the question cues (:mod:`.ambiguity`);
* duplicate prompts (two questions asked in the same words).

The generator's gate (:mod:`quizbot.notes.gate`) runs these and the checks that need the
notes, so a generated bank is clean; here they matter for hand edits and authored files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
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
from quizbot.notes.ambiguity import first_question_warning
from quizbot.notes.blank_words import acronym_opened
from quizbot.notes.phrases import contains_phrase, content_words, fold, fold_words
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


#: What every quantity :func:`find_quantities` finds in ASCII text holds: a digit, ``$``,
#: or a number word (the same words, searched the same way, in lower case).
_ASCII_DIGIT = re.compile(r"[0-9$]")
_NUMBER_WORD = re.compile("|".join(re.escape(w) for w in sorted(NUMBER_WORDS, key=len)))


def option_kind(option: str) -> str:
    """``money``, ``percent``, ``year``, ``count`` for an option that is just a number, else
    ``text``."""
    if (
        option.isascii()
        and _ASCII_DIGIT.search(option) is None
        and _NUMBER_WORD.search(option.lower()) is None
    ):
        return "text"  # no quantity, no number word, no digit: what the rules below say
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
    found = answers(question)
    return _leaked(visible_text(question), found) if found else None


def _leaked(visible: str, found: list[str]) -> str | None:
    # a word of the folded text is a piece of it: most answers' first word is not, and the
    # question's own words (a findall over its text, check_50k_s) are never needed
    text = fold(visible)
    for answer in found:
        want = fold_words(answer)
        if want and want[0] in text and contains_phrase(visible, answer):
            return answer
        one = len(want) == 1 and len(want[0]) >= 6
        if one and want[0][:3] in text and _split_in(text, want[0]):
            return answer
    return None


def _split_in(text: str, word: str) -> bool:
    """Is the one word ``word`` printed as two (``buys back`` for *Buyback*, holdout 556,
    bad: "Which term is this: … buys back own shares?")?"""
    words = text.split()
    for first, second in pairwise(words):
        for head in (first, first.removesuffix("s")):
            if word in (head + second, head + second.removesuffix("s")):
                return True
    return False


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
    """Why a single question is weak (``None`` when it is fine).

    The rules, in this order: the answer in the prompt, the acronym given away, the options,
    a blank that teaches nothing, too short. Each type is asked only the rules that can apply
    to it (statements and match questions none), and its answers and visible text are worked
    out once: ``quizbot check`` runs this on every question of the bank."""
    match question:
        case Statements() | Match():
            return None
        case TrueFalse():
            return _too_short(question)
        case Short() | ListQuestion() | Mcq() | Multi() | Cloze():
            pass
        case _:
            assert_never(question)
    found = answers(question)
    reason = None
    if found:
        visible = visible_text.__wrapped__(question)  # not through the cache: no hashing
        leaked = _leaked(visible, found)
        if leaked is not None:
            return f"the answer {leaked!r} is in the prompt"
        reason = _acronym_in(visible, found[0])
    if reason is None and isinstance(question, Mcq | Multi):
        reason = _option_problem(question)
    if reason is None and isinstance(question, Cloze | Short):
        reason = _blank_in(question, found[0] if found else None)
    if reason is None and isinstance(question, ListQuestion):
        reason = _too_short(question)
    if reason is None and isinstance(question, Cloze | Short):
        reason = first_question_warning(question)  # not the one right answer
    return reason


_WORD_SPLIT = re.compile(r"[\s\-–—/()]+")


def _acronym_in(text: str, answer: str) -> str | None:
    letters = "".join(c for c in answer if c.isalpha()) if answer.isupper() else ""
    short = "".join(w[0] for w in answer.split() if w[:1].isupper())
    if not (2 <= len(letters) <= 8) and len(short) < 3:
        return None  # neither test below can fire: no splitting of the question's text
    visible = CLOZE_BLANK.sub(" ", text)
    if 2 <= len(letters) <= 8:
        words = [w.strip("\"“”'‘’.,;:") for w in _WORD_SPLIT.split(visible)]
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if letters in initials:
            return f"the long form of {answer!r} is printed in the question"
    opened = acronym_opened(visible, answer)
    if opened is not None:
        return opened
    asks_expansion = "stand for" in visible or "expand" in visible.lower()
    if len(short) >= 3 and not asks_expansion and _has_word(visible, short):
        return f"the acronym {short!r} of the answer is printed in the question"
    return None


def _has_word(text: str, word: str) -> bool:
    """``re.search(rf"\\b{re.escape(word)}\\b", text)`` for a ``word`` that starts and ends
    with a word character, without compiling a pattern per word."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1)
    return False


def _option_problem(question: Question) -> str | None:
    kinds = option_kinds(question)
    if len(kinds) > 1:
        return f"the options are of mixed kinds ({', '.join(sorted(kinds))})"
    if not isinstance(question, Mcq | Multi):
        return None
    folded = [fold(o) for o in question.options]
    for i, a in enumerate(folded):
        want = fold_words(a)
        if not want:
            continue
        for j, b in enumerate(folded):
            # a word of an option is a piece of its folded text: most pairs fail that at once
            if i != j and want[0] in b and contains_phrase(b, a):
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
    "significance note notes features issues concerns challenges conclusion summary tip tips "
    "mnemonic trick remember".split()
) | {"rule of thumb", "exam tip", "key point", "key points", "key facts", "key terms"}
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


def _blank_in(question: Cloze | Short, answer: str | None) -> str | None:
    if isinstance(question, Cloze) and _QUOTED_BLANK.search(question.text):
        return "the blank is quoted wording, which teaches nothing"
    if answer is None:
        return None
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
        key = prompt_key(question)
        if key in first_with:
            flagged.append((question, f"duplicate prompt: the same as {first_with[key]}"))
        else:
            first_with[key] = question.id
    return flagged


def prompt_key(question: Question) -> str:
    """What two questions asked in the same words share."""
    # fold itself, not its cache: each key is new, and would push out texts met again
    return fold.__wrapped__(f"{getattr(question, 'prompt', '')}\x1f{question.stem}")
