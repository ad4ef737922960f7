"""A table row asked for the state it is in, when its other cells make no natural question:
``| Kaziranga NP | Assam | … |`` → "In which state or union territory is Kaziranga NP?", an
mcq among the column's other states, or among the neighbours and zone of an Indian state
(:func:`place_question`, used by :mod:`~quizbot.notes.table_rows`)."""

from __future__ import annotations

import re

from quizbot.bank.model import Mcq
from quizbot.notes.clause_shapes import article_for
from quizbot.notes.drafts import Draft
from quizbot.notes.hashing import shuffled
from quizbot.notes.names import expansions
from quizbot.notes.outline import Table
from quizbot.notes.phrases import BRACKET, fold
from quizbot.notes.table_answers import shares_a_word
from quizbot.notes.table_columns import said_name
from quizbot.notes.zones import city_of, is_state, near_states, twins_of, written_out

#: Kinds of thing a state has as its own, not a thing standing in it.
_OF_A_STATE = frozenset(
    "dance festival tribe language painting craft art form script cuisine fair ritual".split()
)


def _place_prompt(said: str, name: str, header: str) -> str:
    """ "In which state is the Tehri dam?"; of a state's own kind of thing "Kathakali is a
    dance of which Indian state?" (not "In which state is the Kathakali dance?")."""
    noun = fold(header.split(" / ")[0]).strip(" :")
    if noun in _OF_A_STATE:
        bare = name.removeprefix("the ").removesuffix(f" {noun}")
        return f"{bare} is {article_for(noun)}{noun} of which {said}?"
    parts = name.split(", ")  # "Nathu La, Jelep La": two of a kind (changed-42b, weak)
    alike = len(parts) > 1 and len({p.split()[-1] for p in parts if p}) == 1
    many = (alike or re.search(r"\s(?:&|and)\s|[a-z]s$", name)) and not name.startswith("the ")
    verb = "is" if not many else "are" if alike else "are the"
    return f"In which {said} {verb} {name}?"


_NUMBERED_THING = re.compile(r"\b(?:amendment|amdt|article|art|section|sec|schedule|act)\b")
#: Things that stand on the ground, on one side of a state's border.
_ON_THE_GROUND = frozenset(
    "park np sanctuary reserve lake river coalfield coalfields field mine mines plant dam "
    "pass la glacier falls port site temple fort cave caves peak hill hills".split()
)
#: How a place column's header is said in a question.
_PLACE_WORDS = {"state/ut": "state or union territory", "state": "state", "ut": "union territory"}


def place_question(
    table: Table,
    row: tuple[str, ...],
    col: int,
    context: str,
    heading: str,
    key: str,
    fact: str,
    explanation: str,
) -> Draft | None:
    """A row whose other cells make no natural question asks where its key is, when a
    column is a state (``| Kaziranga NP | Assam | … |`` → "In which state or union territory
    is Kaziranga NP?", an mcq among the column's other states, or among the other states
    of its zone when it is an Indian state: "In which Indian state is Silent Valley NP?" among
    Kerala, Tamil Nadu, Karnataka and Telangana)."""
    if _NUMBERED_THING.search(fold(row[col])):
        return None  # "27th Amendment", "Art 371A": no place to be in, however its row reads
    for i, h in enumerate(table.header):
        said = _PLACE_WORDS.get(fold(h).strip(" :"))
        if i == col or said is None:
            continue
        place = BRACKET.sub("", row[i]).strip()  # "Uttarakhand (Chamoli)": the state
        if any(is_state(b.strip("()+ &")) for b in BRACKET.findall(row[i])):
            return None  # "Gujarat (+ Rajasthan)": in two states, either is right
        if said == "state" and not is_state(place):
            return None  # "J&K" (a union territory), "Telangana–AP border": not a state
        if re.search(r",|\s&\s|\sand\s|/", place) and not is_state(place):
            return None  # "TN, Kerala, Karnataka": several, the one option of its shape
        if shares_a_word(row[col], " ".join((*expansions(place), written_out(place)))):
            return None  # "Great Nicobar" in "Andaman and Nicobar Islands": the name says
        # options are places of the column's own kind: "HP / Punjab" is two, not an option
        places = [
            BRACKET.sub("", r[i]).strip()
            for r in table.rows
            if len(r) > i and (said != "state" or is_state(BRACKET.sub("", r[i]).strip()))
        ]
        others = [p for p in dict.fromkeys(places) if fold(p) != fold(place)]
        if not place or shares_a_word(row[col], place):
            return None
        # a state carved from or into the answer may hold a custom or a scheme too ("Chhath
        # – Bihar" is Jharkhand's as well; e-Seva began in Hyderabad, now Telangana's): not
        # an option; a park, a mine or a pass stands on one side of the line
        noun = fold(f"{table.header[col]} {row[col]}").split()
        twins = [] if set(noun) & _ON_THE_GROUND else twins_of(place)
        about = " ".join((context, table.header[col], *row))  # "Coastal Lagoons", "Pass"
        mates = [m for m in near_states(place, about) if m not in twins]
        others = [o for o in others if o not in twins]
        distinct = len({fold(p) for p in places}) == len(places)
        if len(others) < 3 and not (distinct and is_state(place) and len(mates) >= 3):
            return None  # a column of three states, each its own, leaves a state its
            # neighbours for options (holdout 487: no border trade point was asked its state);
            # a column of one state again and again asks it again and again (holdout 429)
        if len(mates) >= 3:  # its neighbours, then its zone: plausible, and definitely wrong
            others = mates
            if is_state(place) and all(is_state(m) for m in mates):
                said = "Indian state"
        name = said_name(row[col], table.header[col])
        if name is None or city_of(name, place):
            return None  # "In which state is Mumbai port?": its name says
        near = others[:3] if len(mates) >= 3 else shuffled(others, key, "pd")[:3]
        options = shuffled([place, *near], key, "po")
        return Draft(
            Mcq,
            {
                "prompt": f"{context}: {_place_prompt(said, name, table.header[col])}",
                "options": tuple(options),
                "answer": place,
                "explanation": explanation,
            },
            "row",
            f"row:{i}",
            place,
            f"{fact}|place",  # a fact of its own: the row's date is asked as well
            heading,
            table.row_lines[table.rows.index(row)],
            id_key=f"{key}|place",
            key_text=place,
            key_kind="place",
        )
    return None
