"""A cloze without the writer's gloss beside its blank.

Notes gloss a name where they give it: ``He founded the **Satyashodhak Samaj** ("Society of
Seekers of Truth") on 24 Sept 1873``, ``from the **Mali** (gardener) caste``. Beside the
blank the gloss describes the answer, and the last gate drops the cloze; without it the
sentence still reads whole (a bracket is an aside by its nature) and asks the fact:
``Jyotirao founded the ___ on 24 Sept 1873 at Pune.`` :func:`without_gloss` offers that
form, and the last gate judges it like any other. :func:`glossed_beside_the_blank` is the
gate rule that turns a gloss beside a blank away.
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.blanks import blank_sides
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.phrases import fold, fold_words
from quizbot.text.names import is_dictionary_word, is_everyday_word
from quizbot.text.stem import stem

#: A blank and the bracket right after it (one level of brackets inside it at most).
_GLOSSED = re.compile(r"(\{\{[^{}]*\}\})\s*\((?:[^()]|\([^()]*\))*\)")


#: A bracket that says the thing was never done (``(plan)``, ``(proposed)``): no gloss.
_STATUS = re.compile(
    r"\((?:[^()]*\s)?(?:plan|planned|proposed|proposal|draft|not implemented|never|shelved|"
    r"scrapped|dropped|rejected|withdrawn|upcoming|under construction)\)",
    re.IGNORECASE,
)

#: A blank that heads its line before a dash or a colon: a term and its definition, or (in
#: everyday words) the line's label, not a fact.
_LABEL_HEAD = re.compile(r"^\{\{([^{}|]*)[^{}]*\}\}\s*\((?:[^()]|\([^()]*\))*\)\s*(?:[–—-]|:)\s")


def without_gloss(question: Cloze) -> Cloze | None:
    """The cloze with the bracket after its one blank left out, or ``None`` when no
    bracket follows the blank or the bracket holds a figure (a date, a section)."""
    if question.text.count("{{") != 1 or "}} (" not in question.text:
        return None
    head = _LABEL_HEAD.match(question.text)
    if head and is_everyday_word(fold(head.group(1)).split()[0]):
        return None  # "**Incentive** (AMRUT): ₹13 cr per …": a label and its value
    found = _GLOSSED.search(question.text)
    if found is None or any(c.isdigit() for c in found.group(0)):
        return None  # "**Inter-State Council** (May 1990)": a date is a fact, no gloss
    if _STATUS.search(found.group(0)):
        return None  # "… to leave the Red Fort (plan)": without it, done (holdout 344, bad)
    gloss = found.group(0)[len(found.group(1)) :].strip()[1:-1]
    if _OTHER_NAME.fullmatch(gloss) and _stems(gloss) <= _stems(question.topic):
        return None  # "**Mappilas** (Moplahs)" under "Malabar (Moplah) Rebellion": the topic
        # line prints the answer's other name (changed-60, bad)
    text = question.text[: found.end(1)] + question.text[found.end() :]
    return dataclasses.replace(question, text=text)


#: A gloss that may be the answer's other name: one to three capitalised words.
_OTHER_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")


def _stems(text: str) -> set[str]:
    return {stem(w) for w in fold_words(text)}


#: A bracket that gives the thing another name: ``(aka *Ravanavaho*)``, ``(also called …)``.
_AKA = re.compile(
    r"\s*\((?:aka|a\.k\.a\.|also called|also known as)\s+(?P<name>[^()]+)\)", re.IGNORECASE
)
#: A blank that opens its line as the term a colon or a dash defines.
_TERM_BLANK = re.compile(r"^\{\{(?P<blank>[^{}]+)\}\}(?:\s*\([^()]*\))?\s*(?::|[–—=-])\s")


def without_aka(question: Cloze) -> Cloze:
    """A term's cloze with the other name its definition gives taken out and accepted as an
    answer: ``___: Prakrit kavya (aka Ravanavaho) on Rama's bridge to Lanka`` printed the
    poem's other name beside the blank (holdout 369, bad); the question as it is when the
    blank is no term or no bracket names it again."""
    head = _TERM_BLANK.match(question.text)
    found = _AKA.search(question.text, head.end()) if head else None
    if head is None or found is None or question.text.count("{{") != 1:
        return question
    others = [o.strip(' *_"“”') for o in re.split(r"\s*/\s*|\s+or\s+", found.group("name"))]
    if any("," in o or ";" in o or not o[:1].isalpha() for o in others):
        return question  # "(aka wind erosion, deflation)": a gloss, not one other name
    blank = f"{{{{{'|'.join([head.group('blank'), *others])}}}}}"
    text = blank + question.text[head.end("blank") + 2 : found.start()]
    return dataclasses.replace(question, text=text + question.text[found.end() :])


#: A gloss beside a term: ``("the Christ child")``, ``(lit. …)``, ``meaning …``.
_GLOSS = re.compile(
    r"\(\s*[\"“‘']|\(\s*(?:lit\.|literally|i\.e\.|means|meaning)|\b(?:literally|lit\.)\s|"
    r"\bmeans?\s+[\"“‘']|\bmeaning\s|\bwhich means\b|\btranslat",
    re.IGNORECASE,
)


def glossed_beside_the_blank(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``___ – warm water off Peru around Christmas ("the Christ child")`` keyed ``El Niño``:
    the translation printed beside the blank gives the name away."""
    sides = blank_sides(question)
    if sides is None or draft.key_kind in ("year", "date", "count", "percent", "money"):
        return None
    before, after = sides
    if re.match(
        r"\s*\(\s*(?:[\"“‘']|lit\.|literally|meaning|means)|\s*,?\s*(?:meaning|literally)\b", after
    ):
        return "a gloss or translation beside the blank gives the answer away"
    heads_a_definition = not before.strip(" *") and re.match(r"\s*(?:[–—=:-]|\bis\b)", after)
    if heads_a_definition and _GLOSS.search(re.split(r"[.;→]\s|;", after)[0]):
        return "a gloss or translation beside the blank gives the answer away"
    quoted = re.match(r"\s*(?:[–—=:-]|\bis\b)\s*[\"“]([^\"”]+)[\"”]", after)
    if (
        heads_a_definition
        and quoted
        and all(is_dictionary_word(w) for w in fold(quoted.group(1)).split())
    ):
        # "Budget – "Annual Financial Statement"": its name in plain words (an epithet to
        # learn, "Amitraghata", is a fair clue)
        return "the quoted name after the blank is its other name in plain words"
    return None
