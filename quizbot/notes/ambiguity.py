"""Quality-gate rules for keys that are not the only right answer, or that the question cues.

Each returns why a question is not fit to ask (``None`` when it is), like the rules of
:mod:`~quizbot.notes.gate`, which runs them:

* :func:`path_blank` — a blank on a path ("Jhelum flows through ___", "via ___", "across
  ___"): a river flows through a lake, a valley and a city, so every one of them is right;
* :func:`undated_battle_place` — where someone "won at ___" or "defeated … at ___" with no
  year in the question: the same man won elsewhere with the same means (Panipat and Khanwa);
* :func:`broad_region_key` — a key that is a broad region ("campaigns in the ___" →
  Deccan): "South India" is as right, and the blank teaches little;
* :func:`cued_by_initials` — a short key (``Bt``, ``GM``) whose letters are the initials of
  words printed in the question (*Bacillus thuringiensis*);
* :func:`joined_names_key` — three or more names joined into one key
  (``Kalapani–Lipulekh–Limpiyadhura``): one blank for three facts, no other accepted form;
* :func:`unexplained_subject` — a cloze led by the writer's short form no line spells out
  (``NCM: …``);
* :func:`bare_label_line` — a figure blanked on a line that is only a name and the figure
  (``Project Elephant (___)``);
* :func:`others_did_it_too` — a name on a line that goes on to name others who did the
  same (``…; also Indulal Yagnik, Mohanlal Pandya``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question
from quizbot.notes.ambiguity_keys import (
    YEAR,
    aspect_match,
    deed_given_again,
    echoed_match,
    key_shapes,
)
from quizbot.notes.ambiguity_shapes import (
    acronym_spells_key,
    blanks,
    common_noun_after_in,
    complement_shown,
    contrast_given,
    described_key,
    listed_key,
    one_of_many,
    said_before,
    sorted_match,
    spelled_out_key,
    vague_person_line,
    vague_subject,
)
from quizbot.notes.blank_cuts import compared_with_nothing, cut_name, cut_provision
from quizbot.notes.blank_words import superseded_value, unfixed_blank
from quizbot.notes.cued_figures import share_in_words
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.lone_blanks import (
    after_what,
    bare_deed,
    boundary_year,
    group_blank,
    heads_a_list,
)
from quizbot.notes.namesakes import year_of_namesakes
from quizbot.notes.phrases import fold

#: "flows through", "runs via", "across": a path, not the one point a question needs
#: ("enters India through ___" names one pass, and is fine).
_PATH = re.compile(
    r"\b(?:flows?|flowing|pass(?:es)?|passing|runs?|running|winds?)\s+through\s*$"
    r"|\b(?:via|across)\s*$",
    re.IGNORECASE,
)
#: Words after joined names that make them one thing ("India–Bhutan–China trijunction").
_ONE_THING = re.compile(r"^\s*(?:tri-?junction|border|corridor|route|road|highway)\b", re.I)
_WON_AT = re.compile(
    r"\b(?:won|wins|defeated|defeats|beat|beats|routed|lost|loses|fought)\b[^.;]{0,60}\bat\s*$",
    re.IGNORECASE,
)
_REGION_PHRASES = frozenset(
    (
        "deccan",
        "south india",
        "north india",
        "northern india",
        "southern india",
        "central india",
        "central asia",
        "himalayas",
        "northeast",
        "north-east",
        "peninsula",
        "western india",
        "eastern india",
    )
)
_JOINED = re.compile(r"^[A-Z][\w'’]*(?:\s*[–—-]\s*[A-Z][\w'’]*){2,}$")
_SHORT_CODE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{1,4})(?![\w-])")
_STOP = frozenset("a an the of and in on for to by at with from or".split())


def path_blank(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    if not isinstance(question, Cloze):
        return None
    for before, key, _ in blanks(question):
        if _PATH.search(before[-24:]):  # the pattern ends the text: its tail is enough
            return f"a blank on a path ('… through {key}'): other places on it are as right"
    return None


_SENTENCE_BREAK = re.compile(r"[.;]\s")


def undated_battle_place(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    if not isinstance(question, Cloze):
        return None
    for before, key, after in blanks(question):
        if not _WON_AT.search(before[-96:]):  # a verb, 60 characters at most, then "at"
            continue
        sentence = _SENTENCE_BREAK.split(before)[-1] + key + _SENTENCE_BREAK.split(after)[0]
        if not YEAR.search(sentence):
            return f"where the battle was ('won at {key}') with no year: another battle fits"
    return None


def broad_region_key(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    for before, key, after in blanks(question):
        folded = fold(key).removeprefix("the ")
        if folded in _REGION_PHRASES and not re.match(r"\s*[a-z]", after):
            return f"a broad region ('{key}'): a looser name is as right, and it teaches little"
        if _DIRECTION.search(before[-16:]):
            return f"half of a region ('… {key}' after a direction): it teaches nothing"
    return None


#: A direction written before a blank ("north ___" → India): the blank is half a region.
_DIRECTION = re.compile(
    r"\b(?:north|south|east|west|northern|southern|eastern|western|central|north-east|"
    r"north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s*$"
)


def initials_printed(code: str, text: str) -> bool:
    """Are the letters of ``code`` the initials of consecutive words of ``text``, the first
    capitalised (``Bt`` ← *Bacillus thuringiensis*, ``GM`` ← *Genetically Modified*), or of
    three or more words, small ones counted, whose other words are all capitalised (``NOTA``
    ← *None of the Above*), or of four or more in lower case (``ISSR`` ← *in-situ slum
    redevelopment*)? (See :func:`initials_spelled`.)"""
    return initials_spelled(code, text) is not None


def initials_spelled(code: str, text: str) -> str | None:
    """The words of ``text`` whose initials spell ``code`` (see :func:`initials_printed`),
    or ``None``: ``National Critical Mineral Mission`` for NCMM in a note's title."""
    words = [w for w in re.split(r"[\s\-–—/()\"“”,;:.]+", text) if w]
    letters = code.lower()
    n = len(letters)
    for i in range(len(words) - n + 1):
        window = words[i : i + n]
        if "".join(w[0].lower() for w in window) != letters or fold(" ".join(window)) == fold(code):
            continue
        content = [w for w in window if fold(w) not in _STOP]
        if window[0][:1].isupper() and len(content) == n:
            return " ".join(window)
        if n >= 3 and len(content) >= 2 and all(w[:1].isupper() for w in content):
            return " ".join(window)
        if n >= 4 and all(w.islower() for w in window):
            return " ".join(window)  # "ISSR – in-situ slum redevelopment": lower case
    return None


#: Short forms of a kind of thing, not of the thing (``Kaziranga NP``): the question names
#: the kind in full as its own noun, and gives no answer away by it.
_KIND_CODES = frozenset(("NP", "NPs"))


def cued_by_initials(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    for before, key, after in blanks(question):
        shown = f"{before} {after}"
        for code in _SHORT_CODE.findall(key):
            if code in _KIND_CODES:
                continue  # "Jim Corbett NP" under "India's first national park": the kind
            if initials_printed(code, shown):
                return f"the key's '{code}' is spelled out in the question"
            if initials_printed(code, question.topic):
                return f"the key's '{code}' is spelled out in the topic line"
    return None


def joined_names_key(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    for _, key, after in blanks(question):
        if _JOINED.match(key.strip()) and not _ONE_THING.match(after):
            return f"three names joined as one key ('{key}'): ask them as a list, not a blank"
    return None


#: An all-capitals token: the writer's short form when no line of the notes spells it out.
_SHORT_FORM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}s?$")


def unexplained_subject(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A cloze led by a subject that is the writer's short form no line spells out
    (``NCM: adopted at Calcutta …``): the learner cannot tell what it is about."""
    if not isinstance(question, Cloze) or unit is None:
        return None
    subject = unit.subject.strip()
    if (
        question.text.startswith(f"{subject}: ")
        and _SHORT_FORM.match(subject)
        and subject.rstrip("s") not in ctx.long_forms
        and subject not in ctx.long_forms
    ):
        return f"the subject shown is the writer's short form '{subject}', never spelled out"
    return None


_LABEL_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: A timeline line whose date is the blank (``(___) LAF introduced``): put in a sentence
#: ("In ___, LAF was introduced.") by :func:`~quizbot.notes.dated_lines.dated_sentence`, or
#: turned away as a raw line by the last gate.
_DATED_BY_THE_BLANK = re.compile(r"^\(?\{\{\d{4}\}\}\)?\s*(?:[–—-]\s*)?[A-Z]")


def bare_label_line(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A cloze of a figure on a line that is only a name and the figure (``Project Elephant
    (___)``): a label, not a fact put in words."""
    if not isinstance(question, Cloze) or question.text.count("{{") != 1:
        return None
    blanks = question.blanks
    if len(blanks) != 1:
        return None
    key = blanks[0][0]
    if not key[:1].isdigit():
        return None
    left = CLOZE_BLANK.sub(" ", question.text)
    words = [w for w in _LABEL_WORD.findall(left) if fold(w) not in _STOP]
    if len(words) <= 2 and not _DATED_BY_THE_BLANK.match(question.text):
        return f"a bare label line ('{left.strip()}'): no fact put in words"
    return None


#: ``…; also Indulal Yagnik, Mohanlal Pandya``: the notes name others who did it too.
_ALSO_NAMES = re.compile(
    r"(?:[;,(]\s*|\s)also\s+(?:by\s+|with\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)*\s*(?:,|&|and)"
)


def others_did_it_too(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A name the line opens on, where the line goes on to name others who did the same (``___
    toured the villages w/ G; also Indulal Yagnik, Mohanlal Pandya, …``): every one of them
    is right."""
    if unit is None or not draft.key_text[:1].isupper():
        return None
    if not unit.text.startswith(draft.key_text):
        return None  # "… toured the villages with ___; also …": the one he went with
    if _ALSO_NAMES.search(unit.text, len(draft.key_text)):
        return "the line names others who did it too: more than one right answer"
    return None


#: A blank that only says whose army it was: ``rose from the ___ army`` takes Wodeyar,
#: Mysore or Mysorean alike (a court or an empire is named by one name: "the ___ empire" of
#: Srivijaya stays).
_ATTRIBUTIVE = re.compile(
    r"\bthe \{\{[A-Z][\w'’-]*(?:\|[^}]*)?\}\} (?:army|armies|forces|troops|service)\b"
)


#: A year blanked where it names a war: ``stopped after the ___ war`` takes India–China and
#: Sino-Indian as rightly as 1962 (holdout 650, bad: the note itself says "India–China war").
_YEAR_NAMES_A_WAR = re.compile(r"\bthe \{\{\d{4}(?:\|[^}]*)?\}\} (?:war|conflict|crisis)\b")


def attributive_blank(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A one-word name blanked where it only says whose army it was, or a year where it
    names a war."""
    if isinstance(question, Cloze) and _ATTRIBUTIVE.search(question.text):
        return "the blank only says whose it was: another name of the same side fits"
    if isinstance(question, Cloze) and _YEAR_NAMES_A_WAR.search(question.text):
        return "the blank's year names a war: its other names fit as well"
    return None


#: The rules that judge a question alone (no draft, unit or notes index): what
#: ``quizbot check`` can warn about in any bank, authored or generated.
QUESTION_ONLY_RULES = (
    one_of_many,
    listed_key,
    path_blank,
    undated_battle_place,
    broad_region_key,
    cued_by_initials,
    joined_names_key,
    bare_label_line,
    cut_provision,
    cut_name,
    compared_with_nothing,
    share_in_words,
    described_key,
    sorted_match,
    vague_subject,
    spelled_out_key,
    key_shapes,
    aspect_match,
    echoed_match,
    bare_deed,
    after_what,
    complement_shown,
    contrast_given,
    unfixed_blank,
    said_before,
    group_blank,
    heads_a_list,
    boundary_year,
)
#: The generator's rules: those, and the ones that read the notes (the unit's line, the
#: notes-wide index). Which rule turns a question away first changes only its reason.
AMBIGUITY_RULES = (
    *QUESTION_ONLY_RULES,
    common_noun_after_in,
    vague_person_line,
    others_did_it_too,
    acronym_spells_key,
    unexplained_subject,
    deed_given_again,
    superseded_value,
    year_of_namesakes,
)


def question_warnings(question: Question) -> list[str]:
    """Why a question of any bank may not have one right answer, or cues its key: one
    reason per rule of :data:`QUESTION_ONLY_RULES` it breaks."""
    return list(_warnings(question))


def first_question_warning(question: Question) -> str | None:
    """The first of :func:`question_warnings`, the others not worked out (``quizbot check``
    warns once per question: ``check_50k_s``)."""
    return next(_warnings(question), None)


def _warnings(question: Question) -> Iterator[str]:
    for rule in QUESTION_ONLY_RULES:
        why = rule(question, None, None, None)  # type: ignore[arg-type]
        if why is not None:
            yield why
