"""Other names the notes give for one thing in another sentence.

``created the Turkan-i-Chahalgani ("the Forty")`` in one paragraph and ``broke the power of
the Forty`` in the next: a question on the Forty must accept Turkan-i-Chahalgani, the name a
learner is as likely to write. :func:`~quizbot.notes.name_pairs.other_names_index` reads
them; :func:`with_other_names` adds the name as an accepted answer of a question whose key
is X (a cloze's alternatives, a short answer's aliases).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question, Short
from quizbot.notes.names import NAME_KIND_WORDS, PERSON_TITLES, name_kind
from quizbot.notes.phrases import fold, initials
from quizbot.text.names import (
    is_everyday_word,
    is_river_name,
    place_variants,
)

#: A person's name after its first word (``Sun`` → ``Yat-sen``): capitalised words with a
#: small letter (an acronym after a name, ``Naoroji MP``, is no part of it).
_REST = r" ([A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*)?)\b"
_QUOTES = frozenset("\"“‘'")


#: A blank term and its definition (``{{Kallumala}}: stone/bead necklace …``).
_DEFINED = re.compile(r"\{\{[^{}]*\}\}\s*[:=]\s")


def with_full_names(questions: list[Question], markdown: str) -> list[Question]:
    """Each "Who …?" question keyed by one word that the notes complete into one full name
    only (``Sun = "father of modern China"`` beside ``Sun Yat-sen``) keyed by that name, the
    short form accepted; a completion with a kind word (``Gandhi Peace Prize``) is no
    person's. A cloze's one-word blank accepts its completion when that is a family's name
    the notes give others too (``Ibrahim`` takes *Ibrahim Lodi* beside Bahlul and Sikandar
    Lodi: holdout 181 marked "Ibrahim Lodi" wrong). Only the few one-word keys are looked
    for (``generate_1mb_s``)."""
    firsts = {
        q.answer
        for q in questions
        if isinstance(q, Short)
        and q.prompt.startswith("Who ")
        and re.fullmatch(r"[A-Z][a-z]+", q.answer)
    }
    blanks = {
        q.blanks[0][0]
        for q in questions
        if isinstance(q, Cloze)
        and len(q.blanks) == 1
        and len(q.blanks[0]) == 1
        and re.fullmatch(r"[A-Z][a-z]+", q.blanks[0][0])
        and not _DEFINED.match(q.text)  # "___: stone/bead necklace …" is a thing's term,
        # never a family's first name (holdout 593, bad: Kallumala took "Kallumala Samaram")
    }
    if not firsts and not blanks:
        return questions
    text = markdown.replace("**", "")
    # one pass over the notes for all the keys, not one per key (``generate_1mb_s``)
    completions: dict[str, set[str]] = {}
    wanted = "|".join(sorted(firsts | blanks))
    for m in re.finditer(rf"\b({wanted}){_REST}", text):
        if text[m.start() - 1 : m.start()] in _QUOTES:
            continue  # "Sukaphaa Divas" in quotes: a day's, a slogan's or a title's name
        if not set(fold(m.group(2)).split()) & NAME_KIND_WORDS:
            completions.setdefault(m.group(1), set()).add(f"{m.group(1)} {m.group(2)}")
    full = {first: names.pop() for first, names in completions.items() if len(names) == 1}
    if not full:
        return questions
    lasts = {name.split(" ", 1)[1] for first, name in full.items() if first in blanks}
    families = _families(lasts, text)
    family = {
        first: name
        for first, name in full.items()
        if first in blanks and name.split(" ", 1)[1] in families
    }
    return [_with_full_name(_with_family_name(q, family), full) for q in questions]


#: The writer's initials for a name, in mixed case (``MbT``, ``AbK``): a capital, then small
#: and capital letters, a small one among them.
_INITIALS = re.compile(r"[A-Z](?=[A-Za-z]*[a-z])(?=[A-Za-z]*[A-Z][A-Za-z]*$)[A-Za-z]{1,3}")


def with_initials_spelled(questions: list[Question], markdown: str) -> list[Question]:
    """A cloze's blank that is the writer's initials for a name the notes write out (``MbT``
    for *Muhammad bin Tughlaq*, holdout 360: "Muhammad bin Tughlaq" was marked wrong) takes
    the name as its answer, the initials still accepted."""
    spelled: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for question in questions:
        if isinstance(question, Short) and _ACRONYM.fullmatch(question.answer):
            key = question.answer  # "DVC": "Damodar Valley Corporation" (holdout 581, bad)
        elif isinstance(question, Cloze) and len(question.blanks) == 1:
            key = question.blanks[0][0]
        else:
            continue
        acronym = _ACRONYM.fullmatch(key) is not None
        if key in spelled or key in acronyms or not (acronym or _INITIALS.fullmatch(key)):
            continue
        words = r"\s+".join(rf"{c}[a-z][\w’'-]*" if c.isupper() else rf"{c}[a-z]*" for c in key)
        names = set(re.findall(rf"\b{words}\b", markdown.replace("**", "")))
        if len(names) == 1:
            (acronyms if acronym else spelled)[key] = names.pop()
    if not spelled and not acronyms:
        return questions
    return [_with_acronym_spelled(_spelled_out(q, spelled), acronyms) for q in questions]


#: An acronym key (``DVC``) whose words the notes may write out with no bracket.
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _with_acronym_spelled(question: Question, acronyms: Mapping[str, str]) -> Question:
    """An acronym key takes the name its letters spell in the notes (``Damodar Valley
    Corporation`` for DVC), the acronym still first."""
    if isinstance(question, Short) and question.answer in acronyms:
        name = acronyms[question.answer]
        if name in question.aliases:
            return question
        return dataclasses.replace(question, aliases=(*question.aliases, name))
    return with_blank_form(question, acronyms, written_first=False)


def _families(names: set[str], text: str) -> set[str]:
    """Those of ``names`` that follow two or more different first names in the notes
    (``Lodi``) and name no kind of thing (``College``, ``Buddhism``, ``Sultanate``)."""
    candidates = {
        name
        for name in names
        if " " not in name
        and not is_everyday_word(fold(name))
        and not fold(name).endswith(("ism", "ist", "ate", "ian"))
    }
    if not candidates:
        return set()
    firsts: dict[str, set[str]] = {}
    alternatives = "|".join(map(re.escape, sorted(candidates)))
    for m in re.finditer(rf"\b([A-Z][a-z]+) ({alternatives})\b", text):
        firsts.setdefault(m.group(2), set()).add(m.group(1))
    return {name for name, given in firsts.items() if len(given) >= 2}


def _with_family_name(question: Question, family: Mapping[str, str]) -> Question:
    if isinstance(question, Cloze) and _AT_A_PLACE.search(question.text.split("{{", 1)[0]):
        return question  # "born in ___" keyed Tiruvarur: "Tiruvarur Devi" is a goddess of
        # the town, no family's (holdout 370, weak)
    return with_blank_form(question, family, written_first=False)


#: A blank after a word that puts it at a place: ``born in ___``, ``from ___``.
_AT_A_PLACE = re.compile(r"\b(?:in|at|from|near|to|into)\s*$")


def _spelled_out(question: Question, spelled: Mapping[str, str]) -> Question:
    return with_blank_form(question, spelled, written_first=True)


def with_blank_form(
    question: Question, forms: Mapping[str, str], *, written_first: bool
) -> Question:
    """A cloze whose one-form blank is a key of ``forms`` takes its other form as well:
    first when it is the name written out (``Muhammad bin Tughlaq|MbT``), after it when it
    completes the key (``Ibrahim|Ibrahim Lodi``)."""
    if not isinstance(question, Cloze) or not forms:
        return question
    found = CLOZE_BLANK.search(question.text)
    if found is None or found.group(1) not in forms:
        return question
    key, other = found.group(1), forms[found.group(1)]
    blank = "{{" + (f"{other}|{key}" if written_first else f"{key}|{other}") + "}}"
    return dataclasses.replace(
        question, text=question.text[: found.start()] + blank + question.text[found.end() :]
    )


def _with_full_name(question: Question, full: Mapping[str, str]) -> Question:
    if not isinstance(question, Short) or question.answer not in full:
        return question
    if not question.prompt.startswith("Who "):
        return question  # "Which port …?" keyed "Sun": another thing of that name
    name = full[question.answer]
    aliases = (question.answer, *(a for a in question.aliases if fold(a) != fold(name)))
    return dataclasses.replace(question, answer=name, aliases=aliases)


def with_other_names(question: Question, index: Mapping[str, str]) -> Question:
    """The question with the notes' other name of its key accepted, and a place's other
    names in use (``Calcutta`` takes *Kolkata*, ``Constantinople`` *Istanbul*): the grader
    takes them already; listed, the learner sees them too."""
    if isinstance(question, Cloze):
        found = CLOZE_BLANK.search(question.text)
        if found is None:
            return question
        forms = found.group(1).split("|")
        # a name printed beside the blank is no answer ("NEFA: ___ – became UT …", 493, bad)
        shown = fold(CLOZE_BLANK.sub(" ", question.text))
        names = [n for n in _others(forms, index, question.text) if fold(n) not in shown]
        names += _without_home(forms)
        if not names:
            return question
        blank = "{{" + "|".join([*forms, *names]) + "}}"
        text = question.text[: found.start()] + blank + question.text[found.end() :]
        return dataclasses.replace(question, text=text)
    if isinstance(question, Short):
        forms = [question.answer, *question.aliases]
        names = [
            n
            for n in _others(forms, index, question.prompt)
            if fold(n) not in fold(question.prompt)
        ]
        names += _without_home(forms)
        # "What does IOD stand for?": the name asked about is no answer
        if not names:
            return question
        return dataclasses.replace(question, aliases=(*question.aliases, *names))
    return question


#: A person's name with where they were of (``Chakali Ailamma of Palakurthi``).
_OF_A_PLACE = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)+) of [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
)


def _without_home(forms: list[str]) -> list[str]:
    """A person's name without the place the key names them of: "Chakali Ailamma" for
    ``Chakali Ailamma of Palakurthi``, which the note also calls her (holdout 585, bad: the
    key rejected her name); never a body's (``Asiatic Society of Bengal``): each word is a
    name's, or a title before it (``Maharaja Abhay Singh of Jodhpur``)."""
    found = _OF_A_PLACE.fullmatch(forms[0].strip())
    if found is None:
        return []
    name = found.group("name")
    if fold(name) in map(fold, forms) or name_kind(name) not in ("person", "name"):
        return []
    if any(
        is_everyday_word(fold(w)) and not (i == 0 and fold(w) in PERSON_TITLES)
        for i, w in enumerate(name.split())
    ):
        return []  # "Asiatic Society", "Directorate General", "World Network": a body's
    return [name]


#: Words that say a river is meant (``flows``, ``basin``, ``banks``, ``the river``).
_OF_A_RIVER = re.compile(
    r"\b(?:rivers?|flows?|flowing|basin|banks?|tributar(?:y|ies)|delta|confluence|source|rises|"
    r"ghats?|waters?|dam|barrage|canal|doab|valley|plains?|floods?|course|mouth|estuary)\b",
    re.IGNORECASE,
)
#: A question asking for a river or a landform: a town's other names are not its (the
#: Kanchi river is no Kanchipuram).
_NOT_A_TOWN = re.compile(
    r"\b(?:river|tributary|lake|falls|waterfall|hills?|peak|pass|glacier|dam|plateau)\b",
    re.IGNORECASE,
)


def _others(forms: list[str], index: Mapping[str, str], asked: str) -> list[str]:
    """The names of ``forms[0]`` that ``forms`` lacks: the notes' other name, then the
    place's, unless the question ``asked`` is of a river or a landform."""
    counted = any(f.isdigit() for f in forms)  # "group of {{forty|40}} nobles": a count,
    # not the body the notes call "the Forty" (Turkan-i-Chahalgani)
    key = fold(forms[0])
    if key not in index and key.endswith("s") and key[:-1] in index:
        key = key[:-1]  # "93,000 {{PoWs}}" beside the glossary's "PoW: prisoner of war" (722)
    found = [index[key]] if key in index and not counted else []
    if found and not forms[0].isupper() and initials(found[0]) == forms[0].upper():
        found = []  # "Tal" (a lake) is no "TAL", Terai Arc Landscape (holdout 481, bad)
    if is_river_name(forms[0]):
        # "is {{Ganga}}, NOT Hoysala": the dynasty, not the river Ganges (holdout 525, bad)
        if _OF_A_RIVER.search(asked):
            found += place_variants(forms[0])
    elif not _NOT_A_TOWN.search(asked):
        found += place_variants(forms[0])
    have = {fold(f) for f in forms}
    out: list[str] = []
    for name in found:
        if fold(name) not in have:
            have.add(fold(name))
            out.append(name)
    return out
