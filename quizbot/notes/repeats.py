"""One term, one question: a term the notes define and use again is asked once per note.

A note defines *zooxanthellae* in a paragraph, uses the word in a bleaching line and again
in its glossary, and each line offers a question whose answer is the term; blind coaches
marked every second and third one weak ("second question on zooxanthellae", "repeats the
atoll fact already asked well"). A term is a key the notes write in lower case somewhere
or a name that is no place. A person was once spared as "two facts: who led the revolt at
Jhansi, where she died", but over holdouts 300–359 the coaches judged twelve of fifteen
second questions on one name weak or bad ("second question keyed Tamasha",
"asks the same Bhagavata fact again") and three good; a place is still asked again, as
the state of each of several sites is its own fact (six of eight judged good). The first
of a term's questions in the note's order is kept (where the notes teach it: the coaches
judged the later ones the repeats, a closing glossary's entry among them).
"""

from __future__ import annotations

import re
import string

from quizbot.bank.model import Cloze, Mcq, Question, Short
from quizbot.notes.fragments import BLANK, shown
from quizbot.notes.grammar import singular
from quizbot.notes.phrases import fold, fold_words, standing_alone
from quizbot.notes.timeline_dates import ASK_WHEN
from quizbot.text.dates import find_dates
from quizbot.text.names import names_a_region
from quizbot.text.stopwords import ID_STOPWORDS


def without_repeats(questions: list[Question], markdown: str) -> list[Question]:
    """``questions`` with each term asked once, and each event's date and each thing's place
    once."""
    once = one_place_per_thing(one_date_per_event(one_question_per_term(questions, markdown)))
    return one_question_per_line(one_question_per_dated_name(few_places_per_table(once)))


def one_question_per_term(questions: list[Question], markdown: str) -> list[Question]:
    """``questions`` with each term, and each name that is no place, asked once (its first
    question)."""
    by_key: dict[str, list[int]] = {}  # one key in the singular: "pendentives", "Pendentive"
    written: dict[str, set[str]] = {}  # each key as the questions have it
    spared: set[str] = set()  # places; and a comparison's columns ("Warm phase") are MCQs
    for i, question in enumerate(questions):
        for key in _keys(question):
            if len(key) < 4 or any(ch.isdigit() for ch in key):
                continue
            one = singular(fold(key))
            by_key.setdefault(one, []).append(i)
            written.setdefault(one, set()).add(fold(key))
            if names_a_region(key) or _ASKS_A_PLACE.search(shown(question)):
                spared.add(one)  # "On which river are the Hogenakkal Falls?": Kaveri
    dropped: set[int] = set()
    for key, found in by_key.items():
        if len(found) < 2:
            continue
        if any(_written_as_a_term(form, markdown) for form in written[key]) or (
            key not in spared and not all(isinstance(questions[i], Mcq) for i in found)
        ):
            dropped.update(found[1:])
    return [q for i, q in enumerate(questions) if i not in dropped]


#: A question that asks where: its answer is a place, whatever its name's kind.
_ASKS_A_PLACE = re.compile(
    r"(?:^|: )(?:Where\b|(?:In|On|Near|Across|Along) which (?:state|country|city|river|district"
    r"|region|town|island|sea|ocean|lake|hills|range)\b)"
    rf"|\b(?:at|in|near|from|to|into|across) (?:the )?{BLANK}"  # "Kabir lived at ___", "flows to"
)


def _keys(question: Question) -> list[str]:
    """The answer, and each shorter form of it of two words or more: "Kanhiya Lal Omar" of the
    case "Kanhiya Lal Omar v. R.K. Trivedi", asked again as "In 1985, ___ upheld Symbols
    Order." (holdout 370, weak); never a bare surname, which two people may share."""
    if isinstance(question, Cloze):
        forms = question.blanks[0] if len(question.blanks) == 1 else ()
    elif isinstance(question, Short):
        forms = (question.answer, *question.aliases)
    elif isinstance(question, Mcq):
        forms = (question.answer,)
    else:
        return []
    # a short form of the answer ("Kanhiya Lal Omar"), never another fact ("Ascorbic acid" of
    # "vitamin C" answers "What is the chemical name of vitamin C?" too: holdout 346, good)
    shorter = [f for f in forms[1:] if " " in f.strip() and fold(f) in fold(forms[0])]
    keys: dict[str, str] = {}
    for form in (*forms[:1], *shorter):
        keys.setdefault(fold(form), form)
    return list(keys.values())


def _written_as_a_term(key: str, markdown: str) -> bool:
    """Does the notes' text write ``key`` (folded) in lower case at least once?"""
    return standing_alone(markdown, key, _WORD_CHARS) >= 0


_WORD_CHARS = frozenset(string.ascii_letters + string.digits + "_-")


#: A "when?" question's opening, by how fine a date it asks (a day, a month, a year).
_FINER = {ASK_WHEN["date"]: 2, ASK_WHEN["month"]: 1, ASK_WHEN["year"]: 0}
_WHEN = re.compile(rf"^(?P<ask>{'|'.join(_FINER)}) ")
#: Words of a "when?" that do not name its event.
_NOT_THE_EVENT = frozenset("was were did the a an take place".split())


def one_date_per_event(questions: list[Question]) -> list[Question]:
    """``questions`` with each event asked "when?" once, by the finest date the notes give:
    "In which year was NCMM approved?" goes when "On what date was NCMM approved by the
    Union Cabinet?" asks the same deed in the same year (holdout 260: a labelled date and
    the timeline's line, one fact asked twice)."""
    asked: dict[str, list[tuple[int, int, frozenset[str], frozenset[str]]]] = {}
    for i, question in enumerate(questions):
        event = _when_event(question)
        if event is not None:
            asked.setdefault(event[0], []).append((i, *event[1:]))
    dropped: set[int] = set()
    for events in asked.values():
        for i, fineness, words, short in events:
            if any(f > fineness and (words <= w or short <= s) for _, f, w, s in events):
                dropped.add(i)  # the same deed (its words among the finer one's), coarser
            named = _named_only(words)  # "Tilak's league formed" of "Tilak's Indian Home
            if any(  # Rule League founded", both April 1916 (holdout 646, weak: twice)
                j != i and f == fineness and _same_when(questions[i], questions[j])
                and (named < _named_only(w) or (named == _named_only(w) and j < i))
                for j, f, w, _ in events
            ):  # fmt: skip
                dropped.add(i)
    # a year asked in a sentence ("… mausoleum of Muhammad Adil Shah, completed c. ___.")
    in_sentences = [
        found
        for q in questions
        if not _DATED_BLANK.match(getattr(q, "text", ""))
        for found in _year_blank(q)
    ]
    for i, question in enumerate(questions):  # "In ___, Bhimbetka was listed as UNESCO
        text = question.text if isinstance(question, Cloze) else ""  # World Heritage Site."
        year = _DATED_BLANK.match(text)  # beside "In which year was Bhimbetka inscribed as
        if year is None:  # …?" (holdout 501: one fact asked twice)
            continue
        said = frozenset(fold_words(text[year.end() :])) - _NOT_THE_EVENT
        when = any(len(w & said) >= max(3, len(w) // 2) for _, _, w, _ in asked.get(year[1], []))
        # the timeline's "In ___, Gol Gumbaz was completed." (holdout 519, weak)
        in_a_sentence = any(
            y == year[1]
            and ((len(said) >= 2 and said <= w) or len(w & said) >= max(3, len(said) // 2))
            for y, w in in_sentences
        )
        if when or in_a_sentence:
            dropped.add(i)
    return [q for i, q in enumerate(questions) if i not in dropped]


def _year_blank(question: Question) -> list[tuple[str, frozenset[str]]]:
    """A cloze's one blank that is a year, and the words of the rest of its sentence."""
    if not isinstance(question, Cloze) or len(question.blanks) != 1:
        return []
    year = re.fullmatch(r"(?:c\.\s*)?(\d{4})", question.blanks[0][0])
    if year is None:
        return []
    rest = re.sub(r"\{\{[^{}]*\}\}", " ", question.text)
    return [(year.group(1), frozenset(fold_words(rest)) - _NOT_THE_EVENT)]


#: A cloze whose blank is the year its sentence opens on (``In {{2003}}, …``).
_DATED_BLANK = re.compile(r"^In \{\{(\d{4})\}\}, ")


def _when_event(question: Question) -> tuple[str, int, frozenset[str], frozenset[str]] | None:
    """(the answer's year, how fine a date is asked, the event's words, and its words with
    each name of capitalised words as its initials: "SBM launched" is "Swachh Bharat Mission
    launched", holdout 426) of a "when?"."""
    if not isinstance(question, Short | Mcq):
        return None
    found = _WHEN.match(question.prompt)
    year = re.search(r"\d{4}$", question.answer)
    if found is None or year is None:
        return None
    rest = re.sub(r"\([^()]*\)", " ", question.prompt[found.end() :])
    words = frozenset(w for w in fold_words(rest) if w not in _NOT_THE_EVENT)
    initials = _NAME.sub(
        lambda m: "".join(w if w.isupper() else w[0] for w in m.group(0).split()), rest
    )
    short = frozenset(w for w in fold_words(initials) if w not in _NOT_THE_EVENT)
    return year.group(0), _FINER[found.group("ask")], words, short


def _named_only(words: frozenset[str]) -> frozenset[str]:
    """The words of an event without its deed (``founded``, ``set up``)."""
    return frozenset(w for w in words if not w.endswith("ed") and w != "up")


def _same_when(one: Question, other: Question) -> bool:
    """Do two "when?" questions take the same date (``Apr 1916``, ``April 1916``)?"""
    said = [str(getattr(q, "answer", "")) for q in (one, other)]
    dates = [[date for _, _, date in find_dates(a)] for a in said]
    return dates[0] == dates[1] if dates[0] else fold(said[0]) == fold(said[1])


#: A name of two or more capitalised words (``Swachh Bharat Mission``).
_NAME = re.compile(r"\b[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)+\b")  # "PM Ujjwala Yojana": PMUY


#: "In which state is Kudankulam NPP located?", "In which Indian state is the Kudankulam
#: plant?", "In which state did the Silent Valley Movement take place?": where a thing is,
#: asked of its name's first word.
_WHERE = re.compile(
    r"(?:^|: )In which (?:Indian )?(?:state|country|state or union territory) (?:is|are|did) "
    r"(?:the )?(?P<name>[A-Z][\w-]+)"
)


def one_question_per_line(questions: list[Question]) -> list[Question]:
    """``questions`` without a second cloze on the same answer whose words are all the first
    one's: "In 1924, HRA was founded at ___." after "HRA (Hindustan Republican Association)
    founded (Oct 1924) at ___" (holdout 676, weak: one line of the notes told twice)."""
    kept: list[Question] = []
    seen: list[tuple[frozenset[str], frozenset[str]]] = []
    for question in questions:
        if not isinstance(question, Cloze):  # "Where is Indian Association located?" after
            kept.append(question)  # "… British Indian Association …": two bodies
            continue
        keys = frozenset(fold(k) for k in _keys(question))
        said = frozenset(fold_words(shown(question))) - ID_STOPWORDS - _NOT_THE_EVENT - keys
        if keys and len(said) >= 2 and any(keys & k and said <= w for k, w in seen):
            continue
        seen.append((keys, said))
        kept.append(question)
    return kept


def one_place_per_thing(questions: list[Question]) -> list[Question]:
    """``questions`` with each thing asked its state once: a label line's "In which state is
    Kudankulam NPP located?" and a table's "In which Indian state is the Kudankulam plant?"
    are one fact (holdout 494, weak: asked twice)."""
    seen: set[tuple[str, str]] = set()
    kept: list[Question] = []
    for question in questions:
        found = _WHERE.search(question.prompt) if isinstance(question, Short | Mcq) else None
        if found is not None and isinstance(question, Short | Mcq):
            key = (fold(found.group("name")), fold(question.answer))
            if key in seen:
                continue
            seen.add(key)
        kept.append(question)
    return kept


def one_question_per_dated_name(questions: list[Question]) -> list[Question]:
    """``questions`` without a cloze on a name printed beside its year ("Final expulsion
    came at ___ (1682).") when a "when?" asks that name's year ("In which year did the
    Battle of Itakhuli take place?"): one fact, each question printing the other's answer
    (holdout 779, weak three times over). The "when?" is kept: asked outright."""
    whens: list[tuple[str, frozenset[str]]] = []
    for question in questions:
        if isinstance(question, Short | Mcq) and _WHEN.match(question.prompt):
            year = re.search(r"\d{4}$", question.answer)
            if year is not None:
                whens.append((year.group(0), frozenset(fold_words(question.prompt))))
    kept: list[Question] = []
    for question in questions:
        if isinstance(question, Cloze) and len(question.blanks) == 1 and whens:
            printed = set(re.findall(r"\((?:c\.\s*)?(\d{4})\)", question.text))
            named = frozenset(fold_words(question.blanks[0][0])) - _NOT_THE_EVENT
            if named and any(y in printed and named <= w for y, w in whens):
                continue
        kept.append(question)
    return kept


#: How many rows of one table are asked the state they are in.
PLACES_PER_TABLE = 3
#: "In which Indian state is …?", "Kathakali is a dance of which Indian state?"
_STATE_ASKED = re.compile(
    r"(?:^|: )In which (?:Indian )?(?:state|union territory|state or union territory) "
    r"|\bof which (?:Indian )?state\?$"
)


def few_places_per_table(questions: list[Question]) -> list[Question]:
    """``questions`` with at most :data:`PLACES_PER_TABLE` rows of one table asked their
    state, each with its own answer: a table of twelve heritage cities or eight pumped-storage
    projects gave eight "In which Indian state is …?" in a row, two with the same answer
    (holdouts 756 and 779, weak: "the sixth identical 'which state' question")."""
    asked: dict[tuple[str, str], list[str]] = {}
    kept: list[Question] = []
    for question in questions:
        if isinstance(question, Mcq) and _STATE_ASKED.search(question.prompt):
            where = (question.topic, question.source.heading if question.source else "")
            answers = asked.setdefault(where, [])
            if len(answers) >= PLACES_PER_TABLE or fold(question.answer) in answers:
                continue
            answers.append(fold(question.answer))
        kept.append(question)
    return kept
