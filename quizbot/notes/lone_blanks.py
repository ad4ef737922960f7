"""A blank with little said of it: all of a short sentence's subject (``In 2019, ___ wound
up.``, ``___ is right next to Ellora.``, ``In 2007, ___ came into effect.``), or only what
something came after (``… exploded after ___.``), or whose many things a general line is
(``___ falls sit at plateau edges``), or a head over a bare list (``___ – district boards,
municipalities, universities``). Many things fit; the question is ambiguous
(:data:`~quizbot.notes.ambiguity.AMBIGUITY_RULES`)."""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question, Short
from quizbot.notes.ambiguity_shapes import blanks
from quizbot.notes.descriptions import DESCRIBED
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.timeline_questions import DAY_MONTH
from quizbot.text.names import is_dictionary_word


def bare_deed(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``In 2019, ___ wound up.`` (holdout 215, bad): the blank is the whole subject, after at
    most a date, and the sentence says only that it did a bare deed, no object or place
    named (``In 1905, ___ partitioned Bengal.`` names one): any bank, body or person that
    did it that year fits. Nor only where it lies (``___ is right next to Ellora.``, holdout
    244, bad): a village, a fort and a temple are all next to it."""
    if not isinstance(question, Cloze) or len(question.text) > 60 or "{{" not in question.text:
        return None  # most sentences (``check_50k_s``)
    for before, key, after in blanks(question):
        opener = re.fullmatch(r"\s*(?:(?:In|On|By)\s[^,]{3,20},\s*)?", before)
        if opener is None:
            continue
        words = re.findall(r"[A-Za-z]+", DAY_MONTH.sub("", after))  # "(27 Feb)": no clue
        if (len(words) <= 2 and all(w.islower() for w in words)) or _IN_FORCE.fullmatch(after):
            return f"'{key}' is asked only as the doer of '{after.strip(' .')}': many fit"
        if _NEAR_ONLY.fullmatch(after):
            return f"'{key}' is asked only as what lies {after.strip(' .')}: many things do"
    return None


#: A deed of no one that says only that a thing began to hold (``___ came into effect.``).
_IN_FORCE = re.compile(r" (?:came|comes|entered|enters) into (?:effect|force)\.?")
#: What says only where a thing lies (`` is right next to Ellora.``).
_NEAR_ONLY = re.compile(
    r" (?:is|lies|stands|sits|was) (?:right |just |very )?"
    r"(?:next to|near|close to|beside|adjacent to|opposite) [^,;()]+\.?"
)


def after_what(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Roman demand for Eastern luxuries exploded after ___.`` keyed Augustus (changed-46
    review, bad): a blank that ends its sentence after "after" or "before" could be a ruler,
    a war or a treaty; only a year says which kind it is."""
    if not isinstance(question, Cloze) or "}}" not in question.text[-40:]:
        return None  # most sentences (``check_50k_s``)
    for before, key, after in blanks(question):
        if _TIME_WORD.search(before) and _ENDS.fullmatch(after) and not key[:1].isdigit():
            return f"'{key}' is asked only as what came {before.split()[-1]}: many things fit"
    return None


#: A time preposition just before a blank, and nothing after it but the sentence's end.
_TIME_WORD = re.compile(r"\b(?:after|before|since|till|until)\s+(?:the\s+)?$")
_ENDS = re.compile(r"\s*(?:\([^()\d]*\))?\s*\.?\s*")  # "(1817–18)" says which war


#: A blank naming a group of many things said of all alike in the present (``___ falls sit
#: at plateau edges``): Meghalaya's or the Deccan's fit as well (holdout 343, bad).
_GROUP_SAID = re.compile(
    r"(?:^|; )\{\{[^{}]+\}\} [a-z]+(?<!ss)s (?:sit|lie|are|have|occur|form|flow|run|rise|tend|"
    r"make|cover|show|get|receive)\b"
)


def group_blank(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """A blank on whose many things a general line is said of."""
    if isinstance(question, Cloze) and _GROUP_SAID.search(question.text):
        return "the blank only says whose many things they are: others' fit as well"
    return None


#: A blanked head, a dash or arrow, then only a list of common nouns (``___ – district
#: boards, municipalities, universities``): members, sources, voters? (holdout 343, bad).
#: Three or more common nouns and nothing else (``district boards, municipalities, …``).
BARE_LIST = r"[a-z][a-z ]*(?:, [a-z][a-z ]*){2,}"
_HEAD_OF_A_LIST = re.compile(rf"^\{{\{{[^{{}}]+\}}\}} [–—→-] {BARE_LIST}\.?$")


def heads_a_list(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """A blank that heads a bare list of common nouns, with no word on what they are to it;
    or a plural label over a list of names (``___: lion-tailed macaque, Nilgiri tahr, …`` =
    Endemics, ``___ – kumaras / aryaputras`` = Governors: holdout 387, bad: "species",
    "viceroys" fit as well)."""
    if isinstance(question, Short):  # "Which term is described as “kumaras / …”?"
        described = DESCRIBED.search(question.prompt)
        text = f"{{{{{question.answer}}}}} – {described.group(1)}" if described else ""
    elif isinstance(question, Cloze):
        text = question.text
    else:
        return None
    if _HEAD_OF_A_LIST.match(text):
        return "the blank heads a bare list of things: what of them, the line does not say"
    found = _LABEL_OVER_A_LIST.match(text)
    if found and any(
        is_dictionary_word(w) for w in (found["label"].lower(), found["label"][:-1].lower())
    ):
        return "the blank is a plural label over a list: other words for them fit as well"
    return None


#: A blanked plural word, a colon or dash, then a list (commas or slashes).
_LABEL_OVER_A_LIST = re.compile(
    r"^\{\{(?P<label>[A-Z][a-z]+s)\}\}(?::| [–—-]) "
    r"(?:[^,/]+(?:[,/][^,/]+){2,}|[^,/]+ / [^,/]+)$"
)


#: A year blanked right after "after" or "before": a bound on the line's time, not its date.
_BOUND = re.compile(r"\b(?:after|before)\s+\{\{(?:1[5-9]|20)\d\d\}\}", re.IGNORECASE)


def boundary_year(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """ "After ___ the states passed zamindari abolition Acts (early 1950s)." = 1947 (holdout
    347, bad), "Land reform after ___ was meant to …" (holdout 325, bad), "The sharpest growth
    came after ___ …" (holdout 323, weak): the line dates nothing by that year; 1947 is
    Independence, and any year before the deed fits."""
    if isinstance(question, Cloze) and _BOUND.search(question.text):
        return "the blank year only bounds when the line's deed came: not its date"
    return None
