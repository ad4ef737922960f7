"""The leader builder: a dated movement or body at a line's head, and the person after its dash.

History notes list revolts, movements and reform bodies one per line, the person who led or
founded each straight after the dash: ``Santhal Hul (1855–56) – **Sidhu & Kanhu Murmu**,
Rajmahal hills → …``, ``Rampa rebellion (1922–24) – Alluri Sitarama Raju, Andhra``, ``Arya
Samaj (1875) – Dayanand Saraswati, Bombay``. A cloze of the line keeps its shorthand (the
last gate drops it); the person is the fact an examiner asks:

    "Who led the Santhal Hul (1855–56)?"
    "Who founded the Arya Samaj (1875)?"

The head must end on a word that says what it is (a revolt: *uprising*, *rebellion*, *hul* …,
asked "Who led"; a body: *samaj*, *sabha*, *mission*, *society* …, asked "Who founded") and
carry its year in brackets (perhaps with its place: ``Arya Samaj (1875, Bombay)``); the
person is the first part after the dash (up to a comma, semicolon, dash or arrow), or the
one after *under* (``Bhils under Govind Guru``): the writer's bold name, or two to five
capitalised words that name no country or state. A place first (``Kol uprising (1831–32) –
Chotanagpur, Buddho Bhagat``) is not asked: which part is the leader the line does not say.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import with_the
from quizbot.notes.names import expansions, name_kind
from quizbot.text.names import names_a_region

#: The head's last word → how its person is asked.
_LED = frozenset(
    "uprising revolt rebellion hul ulgulan mutiny insurrection agitation satyagraha movt "
    "movement struggle revolution".split()
)
_FOUNDED = frozenset("samaj sabha mission society association sangh sangha league ashram".split())
_LINE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,4}?)\s*"
    r"\((?P<when>(?:c\.\s*)?(?:1[5-9]|20)\d\d(?:\s*[–-]\s*\d{2,4})?)"
    r"(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?\)\s*[–—-]\s+(?P<rest>.+)$"
)
_PART_END = re.compile(r"\s*(?:[,;→(]|\s[–—-]\s)")
_UNDER = re.compile(r"\bunder\s+(?P<who>[A-Z].*)$")
_PERSON = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:&|and)?\s*[A-Z][\w.'’-]*){1,4}$")


def leader_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Who led the Santhal Hul (1855–56)?", or ``None``."""
    text = unit.text.replace("**", "")
    if "(" not in text:
        return None  # the cheap test first (``generate_1mb_s``)
    found = _LINE.match(text)
    if found is None:
        return None
    name = found.group("name").strip()
    last = name.split()[-1].lower()
    verb = "led" if last in _LED else "founded" if last in _FOUNDED else None
    if verb is None:
        return None
    parts = _PART_END.split(found.group("rest"), maxsplit=2)
    part = parts[0].strip()
    under = _UNDER.search(part)
    who = under.group("who").strip() if under else part
    if not _PERSON.match(who) or names_a_region(who) or name_kind(who) == "place":
        return None
    if (
        under is None
        and who not in unit.bold
        and len(parts) > 1
        and _PERSON.match(parts[1].strip())
    ):
        return None  # "Pabna revolt (1873) – East Bengal, Ishan Chandra Roy": which is the leader?
    shown = re.sub(r"\bmovt\b", "movement", name)
    prompt = f"Who {verb} {with_the(shown)} ({found.group('when')})?"
    answer, aliases = _pair(who)
    return written_question(
        unit,
        "leader",
        prompt,
        answer,
        key_kind="person",
        aliases=[*aliases, *expansions(who)],
        marked=who in unit.bold,
    )


def _pair(who: str) -> tuple[str, list[str]]:
    """``Sidhu & Kanhu Murmu`` → "Sidhu and Kanhu Murmu", with "Sidhu & Kanhu Murmu",
    "Sidhu and Kanhu", "Sidhu Murmu and Kanhu Murmu" and either order accepted too."""
    parts = re.split(r"\s*(?:&|\band\b)\s*", who, maxsplit=1)
    if len(parts) == 1:
        return who, []
    first, rest = parts
    second = rest.split()[0]
    forms = [who]
    if len(first.split()) == 1 and len(rest.split()) == 2:  # one surname for both
        forms += [f"{first} and {second}", f"{second} and {first}"]
        surname = rest.split()[1]
        forms += [
            f"{first} {surname} and {rest}",
            f"{rest} and {first} {surname}",
            f"{second} and {first} {surname}",
        ]
    return f"{first} and {rest}", forms
