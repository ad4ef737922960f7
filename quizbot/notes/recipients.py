"""The recipient builder: who first received an award, as the notes list its firsts.

Culture notes list an award with its firsts in shorthand: ``**Dadasaheb Phalke Award**
(1969) – highest in Indian cinema; first to **Devika Rani**``, ``**Jnanpith Award** – first
1965 → **G. Sankara Kurup** (Malayalam, *Odakkuzhal*); first woman Ashapurna Devi (1976)``,
or a sub-bullet under the award: ``first posthumous = Lal Bahadur Shastri (1966)``. A cloze
of such a clause shows the arrow or the ``=``; the fact is who was first, so it is asked:

    "Who was the first recipient of the Dadasaheb Phalke Award?"
    "Who was the first recipient of the Jnanpith Award (1965)?"
    "Who was the first woman to receive the Jnanpith Award?"
    "Who was the first posthumous recipient of the Bharat Ratna?"

The award is the line's head or its parent's, and must be one by its last word (*Award*,
*Prize*, *Ratna*, *Chakra*, *Medal* …). Only one person is asked: a clause that names
several (``first (1954): C. Rajagopalachari, S. Radhakrishnan, C.V. Raman``) is not. A rank
before the name (``Major Somnath Sharma``) may be left out in the answer.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import OFFICES
from quizbot.notes.names import expansions
from quizbot.notes.role_names import parent_name

AWARD_WORDS = frozenset(
    "award awards prize ratna vibhushan bhushan shri chakra medal puraskar samman trophy".split()
)
#: The award at the head of a line: bold, or plain words before a bracket or a dash.
_HEAD = re.compile(
    r"^(?:\*\*(?P<bold>[^*]{3,60})\*\*|(?P<plain>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5}))"
    r"(?=\s*(?:\(|[–—:]|$))"
)
#: One first: its qualifier, its year, the joint (``to``, ``→``, ``=``, ``:``) and the name.
_FIRST = re.compile(
    r"(?:^|[–—:;]\s*|\s)first"
    r"(?:\s+(?P<qual>woman|posthumous|non-Indian|foreign|Indian))?"
    r"(?:\s+\(?(?P<year>(?:1[89]|20)\d\d)\)?)?"
    r"\s*(?P<joint>\s(?:to|went to)\s|→|=|:|\s)\s*"
    r"(?:\*\*)?(?P<name>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){1,4})(?:\*\*)?"
    r"(?P<after>[^;]*)"
)
#: A second name after the first: the clause lists several.
_ANOTHER = re.compile(r"^\s*(?:,|&|and)\s*(?:\*\*)?[A-Z]")
_RANKS = re.compile(r"^(?:Major|Captain|Capt\.|Lt\.?|Colonel|Col\.|Subedar|Naik|Dr\.?|Sir)\s+")
_QUALIFIED = {
    "woman": "Who was the first woman to receive {award}?",
    "posthumous": "Who was the first posthumous recipient of {award}?",
    "non-Indian": "Who was the first non-Indian recipient of {award}?",
    "foreign": "Who was the first foreign recipient of {award}?",
    "Indian": "Who was the first Indian recipient of {award}?",
}


def _award(unit: Unit) -> str | None:
    """The award the line is about: its own head, else its parent's."""
    for text in (unit.text, unit.parent.text if unit.parent else ""):
        found = _HEAD.match(text.strip())
        name = (found.group("bold") or found.group("plain")) if found else None
        if name is None and text is not unit.text:
            name = parent_name(unit.parent)
        if name and name.split()[-1].lower() in AWARD_WORDS:
            return name.strip()
    return None


def recipient_questions(unit: Unit, ctx: Context) -> list[Draft]:
    """ "Who was the first recipient of the Dadasaheb Phalke Award?" for each first the line
    names, or none."""
    if "first" not in unit.text:
        return []  # the cheap test first (generate_1mb_s)
    award = _award(unit)
    if award is None:
        return []
    the_award = award if award.lower().startswith("the ") else f"the {award}"
    drafts: list[Draft] = []
    for clause in unit.text.split("; "):
        found = _FIRST.search(clause)
        if found is None or _ANOTHER.match(found.group("after")):
            continue
        name = found.group("name").strip()
        qual, year = found.group("qual"), found.group("year")
        if not found.group("joint").strip() and qual is None and year is None:
            continue  # "first Indian Prime Minister": no name joined to "first"
        if qual is not None:
            prompt = _QUALIFIED[qual].format(award=the_award)
        else:
            dated = f" ({year})" if year else ""
            prompt = f"Who was the first recipient of {the_award}{dated}?"
        if name.lower() in the_award.lower() or name.split()[-1].lower() in OFFICES:
            continue  # "first Indian Prime Minister": an office, no one named
        plain = _RANKS.sub("", name)
        aliases = [*expansions(name), *([plain] if plain != name else [])]
        drafts.append(
            written_question(
                unit,
                "holder",
                prompt,
                name,
                key_kind="person",
                aliases=aliases,
                slot=f"recipient:{name}",
                marked=f"**{name}**" in unit.text,
            )
        )
    return drafts
