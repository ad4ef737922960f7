"""Progressive hints, chosen per question type.

Each :func:`hint` call gives the next level; the last level has ``last=True``. Roughly:

* short, list, cloze — the shape (word count and first letters), then half of every word;
* mcq — options ruled out, one, then all but two;
* multi — how many options are correct, then wrong options ruled out, then half the
  correct ones;
* statements — how many are correct, then one statement's truth, then half of them;
* truefalse — where in the notes to look (one level: more would give it away);
* match — one pair, then half of them.

Options ruled out are chosen with a generator seeded by the question id, so a question
always gives the same hints. Hints cost: the answer is rated at best Hard.
"""

from __future__ import annotations

import math
import random
from typing import assert_never

from quizbot.bank import (
    TOPIC_SEPARATOR,
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
from quizbot.text.numbers import number_word
from quizbot.tutor.expected import correct_statements, spoken_list
from quizbot.tutor.replies import Hint
from quizbot.words import plural


def _count(n: int, word: str) -> str:
    return f"{number_word(n)} {word}{'' if n == 1 else 's'}"


def _mask_word(word: str, keep: int) -> str:
    """``word`` with its letters and digits after the first ``keep`` ones hidden."""
    shown = []
    seen = 0
    for char in word:
        if char.isalnum():
            seen += 1
            shown.append(char if seen <= keep else "_")
        else:
            shown.append(char)
    return "".join(shown)


def _alnum(word: str) -> int:
    return sum(c.isalnum() for c in word)


def mask(text: str, half: bool = False) -> str:
    """``"Make in India"`` → ``"M___ i_ I____"`` (``half``: ``"Ma__ i_ Ind__"``)."""
    return " ".join(_mask_word(w, math.ceil(_alnum(w) / 2) if half else 1) for w in text.split())


def _shape(text: str) -> str:
    words = text.split()
    counted = _count(len(words), "word")
    return f"{counted[:1].upper()}{counted[1:]}: {mask(text)}"


def levels(question: Question) -> int:
    """How many hint levels ``question`` has."""
    match question:
        case Short() | ListQuestion() | Cloze():
            return 2
        case Mcq():
            return 2 if len(question.options) > 3 else 1
        case Multi() | Statements():
            return 3
        case TrueFalse():
            return 1
        case Match():
            return 2 if len(question.pairs) > 2 else 1
        case _:
            assert_never(question)


def _wrong_order(question: Mcq | Multi) -> list[str]:
    wrong = [o for o in question.options if o not in question.correct_options]
    random.Random(question.id).shuffle(wrong)
    return wrong


def _ruled_out(question: Mcq | Multi, options: list[str]) -> str:
    names = [f"({letter(question.options.index(o))}) {o}" for o in options]
    return f"It is not {spoken_list(names, 'or')}."


def _short_hint(question: Short, half: bool) -> str:
    if half:
        return f"Half of it: {mask(question.answer, half=True)}"
    return f"{_shape(question.answer)}"


def _cloze_hint(question: Cloze, half: bool) -> str:
    blanks = [b[0] for b in question.blanks]
    shown = "; ".join(mask(b, half=half) for b in blanks)
    if half:
        return f"Half of {'each blank' if len(blanks) > 1 else 'it'}: {shown}"
    return (
        f"{_count(len(blanks), 'blank').capitalize()}: {shown}"
        if len(blanks) > 1
        else f"{_shape(blanks[0])}"
    )


def _list_hint(question: ListQuestion, half: bool) -> str:
    items = list(question.answer)
    need = question.min_correct or len(items)
    asked = (
        f"any {_count(need, 'item').split()[0]} of these {len(items)}"
        if need < len(items)
        else _count(len(items), "item")
    )
    if half:
        order = list(range(len(items)))
        random.Random(question.id).shuffle(order)
        reveal = set(order[: max(1, len(items) // 2)])
        shown = ", ".join(item if n in reveal else mask(item) for n, item in enumerate(items))
        return f"Half of them: {shown}"
    initials = spoken_list([item.strip()[:1].upper() for item in items])
    return f"{asked[0].upper()}{asked[1:]}, starting with {initials}: " + ", ".join(
        mask(item) for item in items
    )


def _where(question: Question) -> str:
    heading = question.source.heading if question.source and question.source.heading else ""
    place = (heading or question.topic).split(TOPIC_SEPARATOR)[-1].strip()
    return (
        f"Think of the notes on {place}: does every name, number and date match?"
        if place
        else "Check every name, number and date in it: does each one match?"
    )


def _truths(told: list[int], right: list[int]) -> str:
    """ "Statements 1 and 2 are not correct; 4 is correct." """
    parts = []
    for truth, label in ((False, "not correct"), (True, "correct")):
        group = [str(n) for n in told if (n in right) == truth]
        if group:
            parts.append(f"{spoken_list(group)} {'is' if len(group) == 1 else 'are'} {label}")
    return f"Statement{'s' if len(told) > 1 else ''} {'; '.join(parts)}."


def _mcq_hint(question: Mcq, level: int) -> tuple[str, list[str]]:
    """The hint and the options it rules out."""
    if len(question.options) <= 2:
        return f"The answer starts with {question.answer.strip()[:1]}.", []
    count = 1 if level == 1 else len(question.options) - 2
    out = _wrong_order(question)[:count]
    return _ruled_out(question, out), out


def _multi_hint(question: Multi, level: int) -> tuple[str, list[str]]:
    """The hint and the options it rules out."""
    correct = len(question.answer)
    if level == 1:
        return (
            f"{correct} of the {len(question.options)} options "
            f"{'is' if correct == 1 else 'are'} correct.",
            [],
        )
    wrong = _wrong_order(question)
    out = wrong[: max(1, math.ceil(len(wrong) / 2))] if wrong else []
    if level == 2:
        if not out:
            return "None of the options is wrong.", []
        return _ruled_out(question, out), out
    revealed = question.correct_options[: max(1, correct // 2)]
    names = [f"({letter(question.options.index(a))}) {a}" for a in revealed]
    return f"{spoken_list(names)} {'is' if len(names) == 1 else 'are'} correct.", out


def _statements_hint(question: Statements, level: int) -> str:
    total = len(question.statements)
    right = correct_statements(question)
    if level == 1:
        if not right:
            return f"None of the {plural(total, 'statement')} is correct."
        verb = "is" if len(right) == 1 else "are"
        return f"{len(right)} of the {plural(total, 'statement')} {verb} correct."
    order = list(range(1, total + 1))
    random.Random(question.id).shuffle(order)
    false = [n for n in order if n not in right]
    first = false[0] if false else order[0]
    told = (
        [first]
        if level == 2
        else sorted([first, *[n for n in order if n != first][: max(1, total // 2) - 1]])
    )
    return _truths(told, right)


def _match_hint(question: Match, level: int) -> str:
    _, rights = match_columns(question)
    pairs = list(range(len(question.pairs)))
    random.Random(question.id).shuffle(pairs)
    picked = sorted(pairs[: 1 if level == 1 else max(1, len(pairs) // 2)])
    parts = [
        f"{n + 1}-{letter(rights.index(question.pairs[n][1]))} "
        f"({question.pairs[n][0]}: {question.pairs[n][1]})"
        for n in picked
    ]
    return f"{'One pair' if len(parts) == 1 else 'Some pairs'}: {'; '.join(parts)}."


def hint(question: Question, level: int) -> Hint | None:
    """Hint number ``level`` (1, 2, ...) for ``question``; ``None`` past the last level."""
    top = levels(question)
    if level < 1 or level > top:
        return None
    last = level == top
    out: list[str] = []
    match question:
        case Short():
            text = _short_hint(question, half=level >= 2)
        case ListQuestion():
            text = _list_hint(question, half=level >= 2)
        case Cloze():
            text = _cloze_hint(question, half=level >= 2)
        case Mcq():
            text, out = _mcq_hint(question, level)
        case Multi():
            text, out = _multi_hint(question, level)
        case Statements():
            text = _statements_hint(question, level)
        case TrueFalse():
            text = _where(question)
        case Match():
            text = _match_hint(question, level)
        case _:
            assert_never(question)
    return Hint(level, text, eliminated=tuple(out), last=last)
