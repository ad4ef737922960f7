"""Quality-gate rules on false statements and options (split from :mod:`~quizbot.notes.gate`,
which runs them): :func:`self_refuting`, :func:`unfit_distractors`, :func:`untypeable_list`.
"""

from __future__ import annotations

import re

from quizbot.bank.model import ListQuestion, Mcq, Multi, Question, Statements, TrueFalse
from quizbot.notes import giveaway
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.lint import option_kind
from quizbot.notes.names import name_kind
from quizbot.notes.phrases import contains_phrase, fold

_MODEL_NUMBER = re.compile(r"[A-Za-z][-–]?\d|\d[-–]?[A-Za-z]")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def _changed(true: str, false: str) -> tuple[int, str, str] | None:
    """Where ``false`` differs from ``true``: (start, true part, false part)."""
    start = 0
    while start < min(len(true), len(false)) and true[start] == false[start]:
        start += 1
    end_t, end_f = len(true), len(false)
    while end_t > start and end_f > start and true[end_t - 1] == false[end_f - 1]:
        end_t -= 1
        end_f -= 1
    # widen to whole tokens
    while start > 0 and (true[start - 1].isalnum() or true[start - 1] in ".,"):
        start -= 1
    while end_t < len(true) and (true[end_t].isalnum()):
        end_t += 1
    while end_f < len(false) and (false[end_f].isalnum()):
        end_f += 1
    if start >= end_t and start >= end_f:
        return None
    return start, true[start:end_t], false[start:end_f]


def _false_pairs(question: Question) -> list[tuple[str, str]]:
    if isinstance(question, TrueFalse) and not question.answer:
        return [(question.fix, question.statement)]
    if isinstance(question, Statements):
        return [(s.fix, s.text) for s in question.statements if not s.correct and s.fix]
    return []


def _heading_years(unit: Unit | None) -> tuple[int, int] | None:
    if unit is None:
        return None
    years = [int(y) for h in unit.headings for y in _YEAR.findall(h)]
    return (min(years), max(years)) if len(years) >= 2 else None


#: A topic's root that dates what it names: ``Insolvency and Bankruptcy Code (IBC), 2016``.
_TITLED_YEAR = re.compile(
    r"^(?P<name>[^›(]*?)\s*(?:\((?P<short>[A-Z]{2,})\))?,?\s*(?P<year>(?:1[5-9]|20)\d\d)\b"
)


def _titled_year(topic: str, statement: str) -> int | None:
    """The year the topic's root gives what it names, when the statement names it too
    (``IBC`` in a statement under ``… (IBC), 2016``)."""
    found = _TITLED_YEAR.match(topic)
    if found is None:
        return None
    short, name = found.group("short"), found.group("name").strip()
    if (short and re.search(rf"\b{short}\b", statement)) or (name and name in statement):
        return int(found.group("year"))
    return None


#: A split of a whole (``60:40``, ``90:10``, ``75:25``).
_SPLIT = re.compile(r"(?<![\d.])(\d{1,3}):(\d{1,3})(?![\d.])")


def _in_a_whole_split(text: str, at: int) -> bool:
    """Is the figure at ``at`` one side of a split that adds up to 100 (``90:10`` made
    ``90:12``, holdout 357, bad: it refutes itself)?"""
    for found in _SPLIT.finditer(text):
        a, b = int(found.group(1)), int(found.group(2))
        if a + b == 100 and found.start() <= at < found.end():
            return True
    return False


def self_refuting(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    for true, false in _false_pairs(question):
        change = _changed(true, false)
        if change is None:
            return "the false statement is the true one"
        at, old, new = change
        around = true[max(0, at - 2) : at + len(old) + 2]
        if _MODEL_NUMBER.search(around.strip()) and not old.isdigit():
            return f"{old!r} is part of a name or model number"
        if at > 0 and (true[at - 1] in "-–" and true[at - 2 : at - 1].isalpha()):
            return f"{old!r} is part of a name or model number"
        new_years = [int(y) for y in _YEAR.findall(new)]
        if new_years:
            others = [int(y) for y in _YEAR.findall(true[:at] + " " + true[at + len(old) :])]
            if any(abs(o - y) <= 15 for o in others for y in new_years):
                return "the changed year is refuted by another year in the same sentence"
            span = _heading_years(unit)
            if span and any(not span[0] <= y <= span[1] for y in new_years):
                return "the changed year falls outside the years of its own section"
            born = _titled_year(question.topic, false)
            if born is not None and any(y < born for y in new_years):
                # "In Jun 2012, RBI named 12 accounts for IBC" under "IBC, 2016"
                return "the changed year comes before the law or body the statement names"
            if old.isdigit() and _AGAIN.search(true) and any(y < int(old) for y in new_years):
                # "In Jan 1929, CDM was resumed" (holdout 594, bad): before it ever began
                return "a resumption moved earlier may fall before the thing began"
        if old.isdigit() and _in_a_whole_split(true, at):
            return f"{old!r} is a part of a split that adds up to 100 ('90:10'): shifted, it cannot"
        if old.isdigit() and _ABOUT.search(true[max(0, at - 12) : at]):
            return f"{old!r} is approximate: a figure near it is not false"  # "about 10 min"
        rest = true[at + len(old) :].lstrip(" ,:–-")
        if old.isdigit() and ("," in rest[:120] or " namely" in rest[:20]):
            return "the changed count is refuted by the list that follows it"
        if old.isdigit() and giveaway.names_the_number(false, int(old)):
            return f"a word of the statement says {old} ('Dahsala', '30x30')"
        if old.isdigit() and _topic_says(question.topic, int(old)):
            return f"the topic line says {old} ('Eight Core Industries', holdout 390, bad)"
        if old.isdigit() and _EACH.search(true):
            return "the changed figure is one of a product the statement spells out"
    return None


def _topic_says(topic: str, value: int) -> bool:
    """Does the topic line say ``value``, in figures or in words ("Eight Core Industries")?"""
    words = re.findall(r"[A-Za-z]+|\d+", topic)
    return str(value) in words or any(giveaway.figure_value(w) == value for w in words)


#: A deed done again (``resumed``, ``revived``): its year follows the first one's.
_AGAIN = re.compile(r"\b(?:resumed|revived|renewed|restarted|relaunched|reimposed|reintroduced)\b")
#: Words that make the figure after them approximate (``about 10 min``, ``~4,000 m``).
_ABOUT = re.compile(r"(?:\b(?:about|approx\.?|approximately|around|nearly|roughly|c\.)|~)\s*$")
#: "30 officials in 6 boards of 5 each": change any figure and the sum refutes itself.
_EACH = re.compile(r"\b\d+\b[^.;]*\bof\s+\d+\s+each\b")


def unfit_distractors(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if not isinstance(question, Mcq | Multi):
        return None
    options = list(question.options)
    kinds = {option_kind(o) for o in options}
    if len(kinds) > 1:
        return f"the options are of mixed kinds ({', '.join(sorted(kinds))})"
    folded = [fold(o) for o in options]
    for i, a in enumerate(folded):
        for j, b in enumerate(folded):
            if i != j and contains_phrase(b, a):
                return f"the option {options[i]!r} is inside {options[j]!r}"
    if kinds == {"year"}:
        # "(1854)": a year in its bracket is a year too (holdout 344 crashed on it)
        years = [int(found.group()) for o in options if (found := _YEAR.search(o))]
        if years and max(years) - min(years) > 20:
            return "the years are too far apart to be plausible"
        span = _heading_years(unit)
        if span and any(not span[0] <= y <= span[1] for y in years):
            return "an option falls outside the years of its own section"
    if kinds == {"text"} and isinstance(question, Mcq):
        key_kind = name_kind(question.answer)
        if key_kind != "name" and any(name_kind(o) not in (key_kind, "name") for o in options):
            return "the options are not all of the answer's kind"
        odd = _odd_one_out(question.answer, options)
        if odd:
            return f"the answer is the odd one out of its options ({odd})"
        paired = [o for o in options if _PAIRED.search(o)]
        if _TWO.search(question.prompt) and paired == [question.answer]:
            # "… twin high lakes?" = Vishansar–Krishansar among single lakes (holdout 449, bad)
            return "the clue says two, and the answer is the only pair of names"
    return None


#: A provision's kind, by its first word: an entry of a list, an article, a section …
_PROVISION = re.compile(r"^(entry|art|article|arts|sec|section|schedule|part|clause)\b\.?")
#: An option's closing bracket (``Art. 21A (FR)``, ``Kannauj (Bilgram)``); not ``51A(k)``.
CLOSING_BRACKET = re.compile(r"\s\([^()]*\)\s*$")


def _provision_kind(text: str) -> str:
    found = _PROVISION.match(fold(text))
    if found is None:
        return ""
    word = found.group(1)
    return "article" if word.startswith("art") else "section" if word.startswith("sec") else word


#: A clue that speaks of two things at once, and two names joined as one option
#: (``Vishansar–Krishansar``, ``Podu / Penda``).
_TWO = re.compile(r"\b(?:twin|twins|pair|both|two|double)\b", re.IGNORECASE)
_PAIRED = re.compile(r"[a-z]{2}\s?[–/]\s?[A-Z][a-z]{2}")


def _odd_one_out(answer: str, options: list[str]) -> str:
    """Why the answer stands apart from every other option by its form alone, or ``""``: the
    only list entry among articles (``Entry 6, State List`` among ``Art. 21A (FR)`` …), or
    the only one without the tag the others carry (``Art. 51A(k)`` among ``(FR)``,
    ``(DPSP)``)."""
    others = [o for o in options if o != answer]
    if len(others) < 2:
        return ""
    kind = _provision_kind(answer)
    kinds = {_provision_kind(o) for o in others}
    if kind and len(kinds) == 1 and "" not in kinds and kind not in kinds:
        return "a different kind of provision"
    tagged = {bool(CLOSING_BRACKET.search(o)) for o in others}
    if len(tagged) == 1 and tagged != {bool(CLOSING_BRACKET.search(answer))}:
        return "the only one with or without a bracket"
    return ""


def untypeable_list(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if isinstance(question, ListQuestion) and any(len(i.split()) > 5 for i in question.answer):
        return "a list item is a long clause, not a name or term that can be typed"
    return None
