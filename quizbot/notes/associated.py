"""The associated-with builder: a person's line of notes, and the writer's key terms listed
under it.

History notes put a ruler or a reformer on a line with his years and list beneath it what he
is remembered for, often with no verb at all::

    - Alauddin Khalji (1296–1316)
      - market reforms – fixed prices of grain & goods in Delhi
      - **dagh** (branding of horses) & **chehra** (descriptive roll of soldiers)

A cloze of the sub-bullet carries the person as a label (``Alauddin Khalji: ___ (branding of
horses) & chehra …``), which the last gate drops: it is no sentence. What the notes do say,
and all they say, is that these terms belong to him; the examiner's word for that relation
is *associated with*:

    "With whom are dagh (branding of horses) and chehra (descriptive roll of soldiers)
    associated?"

The person is the parent line: one to five capitalised words (``bin``, ``ud``, ``of`` … may
join them) and a span of years in brackets, the form a reign or a life takes. A name the
notes' words call something else (a war, a plan, a movement) or a plural (``Khaljis``: a
dynasty) is not asked. The sub-bullet has no verb (one with a verb is asked as a sentence
with its subject), holds the writer's bold, and no shorthand (arrow, semicolon, ``=``); of a
``term – gloss`` line only the term is named. One question per person: the first such
sub-bullet, so that one name is never the answer to five questions.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import has_verb, with_the
from quizbot.notes.names import expansions, name_kind
from quizbot.notes.tenses import is_past_verb
from quizbot.notes.timeline_dates import leading_date

#: ``Alauddin Khalji (1296–1316)``, ``Lord Dalhousie (1848–56):``, ``Ashoka (c. 268–232 BC)``.
_PERSON_LINE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|bin|ibn|ud|ul|al|ud-din|of|de|da)){0,4})"
    r" \((?:c\. ?)?\d{2,4}\s?[–-]\s?\d{2,4}(?: ?(?:BC|BCE|AD|CE))?\):?"
)
#: Shorthand that says more than "these belong to him": an arrow, a list of notes, a sum.
_SHORTHAND = re.compile(r"[→;=:]|->|\bvs\.?\b")
_MAX_WORDS = 16


def associated_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "With whom is the Doctrine of Lapse associated?", or ``None``."""
    parent = unit.parent
    if parent is None or not unit.bold:
        return None
    person = _person(parent.text)
    if person is None or _first_listed(parent) is not unit:
        return None
    named = _named(unit.text)
    if named is None:
        return None
    phrase, plural = named
    verb = "are" if plural else "is"
    prompt = f"With whom {verb} {with_the(phrase)} associated?"
    aliases = [a for a in expansions(person) if a != person]
    return written_question(unit, "associated", prompt, person, key_kind="person", aliases=aliases)


#: A thing, perhaps dated, and the person by whom it was done, with no verb: ``Zabti /
#: Dahsala revenue system (1580) by Raja Todar Mal – …``, ``1905 – Partition of Bengal by
#: Lord Curzon → …``.
_BY_PERSON = re.compile(
    r"^(?P<thing>[A-Z][^()–—→;:,]*?)(?:\s+\((?P<year>(?:1[0-9]|20)\d\d)\))?\s+by\s+"
    r"(?P<person>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})(?=\s*(?:[–—→;,(]|$))"
)
_MAX_THING_WORDS = 8
#: What a person by whom it came devised (a ruler's may also be "associated" with it).
_DEVISED = frozenset(("system", "method", "scheme", "plan", "code", "formula", "model"))


def by_whom_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Who devised the Zabti or Dahsala revenue system (1580)?" from ``Zabti / Dahsala
    revenue system (1580) by Raja Todar Mal – …`` (a system is devised: "associated with"
    would let the ruler it is named for answer too), "With whom is the Partition of Bengal
    associated?" from ``1905 – Partition of Bengal by Lord Curzon``: a thing and, after
    *by*, a titled person, with no verb to say what he did; or ``None``. A timeline line's
    date is left out (its own question asks it)."""
    if " by " not in unit.text:
        return None  # the cheap test first (generate_1mb_s)
    text = unit.text.replace("**", "")
    timeline = leading_date(text)  # "1905 – Partition of Bengal by …": what follows the date
    found = _BY_PERSON.match(text if timeline is None else timeline[1])
    if found is None or name_kind(found.group("person")) != "person":
        return None
    thing = found.group("thing").replace(" / ", " or ").strip()
    if len(thing.split()) > _MAX_THING_WORDS or has_verb(thing, loose=False):
        return None  # "Brahmi deciphered by": a deed, asked by the participle builder
    if is_past_verb(thing.split()[0].lower()):
        return None  # "Excavated by Sir John Marshall": what was, the section says (h. 406)
    person = found.group("person")
    year = found.group("year")
    dated = f" ({year})" if year else ""
    named = with_the(thing)
    if named == thing and not thing.split()[0].isupper():
        named = f"the {thing}"  # "the Partition of Bengal", "the … revenue system": a thing
    if thing.split()[-1].lower() in _DEVISED:  # Akbar's system, but Todar Mal devised it
        prompt = f"Who devised {named}{dated}?"
    else:
        prompt = f"With whom is {named}{dated} associated?"
    aliases = [a for a in expansions(person) if a != person]  # the grader drops a title
    return written_question(unit, "associated", prompt, person, key_kind="person", aliases=aliases)


def _person(text: str) -> str | None:
    """The person a parent line names with his years, or ``None``."""
    found = _PERSON_LINE.fullmatch(text.strip())
    if found is None:
        return None
    name = found.group("name")
    last = name.split()[-1]
    if name_kind(name) not in ("person", "name"):
        return None  # "Non-Cooperation Movement (1920–22)": an event, not a person
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return None  # "Khaljis (1290–1320)": a dynasty
    return name


def _first_listed(parent: Unit) -> Unit | None:
    """The first sub-bullet of the person that can be named as his."""
    for child in parent.children:
        if child.bold and _named(child.text) is not None:
            return child
    return None


def _named(text: str) -> tuple[str, bool] | None:
    """What a sub-bullet names (the term before its dash, or all of it) and whether it is
    more than one thing; ``None`` when it says more than a list of terms can."""
    text = text.strip().rstrip(".")
    if _SHORTHAND.search(text) or text[:1].isdigit():
        return None
    head = text.split(" – ")[0].strip() if " – " in text else text
    if has_verb(head, loose=False) or len(head.split()) > _MAX_WORDS:
        return None  # "built Alai Darwaza, Siri fort": a deed, asked with its subject
    head = head.replace(" & ", " and ")
    outside = re.sub(r"\([^()]*\)", "", head)
    return head, " and " in outside or ", " in outside
