"""The chronology builder: the dated lines of a section → "Arrange in chronological order".

A timeline section (``1905 – Partition of Bengal …``, ``1907 – Surat Split …``) is asked as
UPSC asks it: four of its events, named as the date question names them (without what
followed, the parentheses or the people), listed out of order, and four codes to choose
from (``2-4-1-3``). The four are of four different years, so only one order is right, and
none is decades apart from all the others (which would give away the first or the last). A
section of eight or more dated lines gives a second question on four other events.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations, pairwise, permutations

from quizbot.bank.model import Mcq
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.event_articles import EVENT_NOUNS
from quizbot.notes.event_words import RECURRING, RECURRING_ACT, head_nouns, opens_on_a_bare_kind
from quizbot.notes.grammar import IRREGULAR_PARTICIPLES, singular
from quizbot.notes.hashing import shuffled, stable_hash
from quizbot.notes.names import KIND_WORDS, NAME_JOINERS, name_kind
from quizbot.notes.phrases import fold, fold_words
from quizbot.notes.quantities import NUMBER_WORDS
from quizbot.notes.timeline import event_head
from quizbot.notes.timeline_dates import ANY_YEAR, split_timeline, year_of
from quizbot.notes.zones import is_state_or_region

#: Events one question orders.
EVENTS = 4
#: Questions one section gives at most.
PER_SECTION = 2
_SPAN = re.compile(r"\s*\((?:1[5-9]|20)\d\d\s*[–—-]\s*(?:1[5-9]|20)\d\d\)")
_PAREN = re.compile(r"\s*\([^)]*\)")
#: A pronoun for a thing the line before names (``GoI Act strengthens it``).
_IT = re.compile(r"\s(?:it|them)\b")


#: A numbered part of something unnamed (``Phase I``, ``Stage 2``, ``Round III``).
_A_PART = re.compile(r"(?:Phase|Stage|Round|Part|Step|Tranche)\s+(?:[IVX]+|\d+)\b(?!\s+of\b)", re.I)


def _head_name(name: str) -> str:
    """The name an event opens on, before its verb (``GoI Act`` of ``GoI Act makes …``)."""
    return re.split(r"\s+(?=[a-z]+(?:s|ed)\b)", name, maxsplit=1)[0]


#: An event that opens on its verb (``takes Lahore from Khusrau Malik``, ``killed Afzal Khan``):
#: whose deed, the line before says.
_OPENS_ON_A_VERB = re.compile(r"^[a-z]+(?:ed|es|s)\b")
#: An event with no subject of its own: a preposition or a bare participle first.
_OPENS_SUBJECTLESS = re.compile(
    r"^(?:in|at|on|from|into|under|with|by|to)\s|^(?:"
    + "|".join(sorted(IRREGULAR_PARTICIPLES, key=len, reverse=True))
    + r"|[a-z]{2,}(?:wn|ken|ven|sen|tten))\b"  # "withdrawn", "taken", "written"
)
#: A bracket inside a law's name: ``Criminal Law (Amdt) Act``.
_INSIDE_NAME = re.compile(r" (?:Act|Bill|Code|Order|Rules|Regulations?|Ordinance)\b")
#: Years between an event and every other beyond which it is plainly the first or the last.
OUTLIER_GAP = 25
#: Words that place an event in its series by themselves (the first or the last of four).
_ORDER_WORD = re.compile(
    r"\b(?:first|1st|last|final|inaugural|opening|closing|earliest|latest)\b"
    r"|^\d+(?:st|nd|rd|th) (?:meeting|session|summit)\b",  # "56th meeting": the count says
    re.IGNORECASE,
)
#: Where an event's details start (where from, with whom, by whom): the order asks the event.
_DETAILS = re.compile(r"\s(?:from|with|w/|by|between)\s")
#: Events of which a place had several ("Calcutta session"): their parenthesis stays.
_TELLS_APART = re.compile(r"\b(?:session|Durbar|conference|summit)\b", re.IGNORECASE)


def _short_name(head: str) -> str:
    """``Communal Award (Ramsay MacDonald)`` → ``Communal Award``; a session keeps a short
    parenthesis that tells it from the place's other sessions (``Calcutta session
    (president Dadabhai Naoroji)``); a name and what it was (``Champaran – first civil
    disobedience in India``) kept whole."""
    name = re.split(r",\s+(?![^(]*\))|:\s+", head)[0]
    short = _DETAILS.split(name, maxsplit=1)[0]
    if len(short.split()) >= 2 and fold(short.split()[-1]) in EVENT_NOUNS:
        name = short  # "Dandi March from Sabarmati Ashram with 78 followers": its details
    paren = _PAREN.search(name)
    if paren and (len(paren.group(0).split()) > 4 or not _TELLS_APART.search(name)):
        # a detail, not what tells two sessions apart; a bracket inside the name stays
        # (``Criminal Law (Amdt) Act`` is no "Criminal Law Act")
        name = _PAREN.sub(lambda m: m.group(0) if _INSIDE_NAME.match(name, m.end()) else "", name)
    return name.strip(" –—-")


def _dated(units: list[Unit], ctx: Context) -> dict[tuple[str, ...], list[tuple[int, str, Unit]]]:
    """Each section's dated lines: (year, event name, unit), one per year; an event whose
    name the notes date with two years (an Act and its successor of the same name) is
    left out, since its name alone does not say which is meant."""
    sections: dict[tuple[str, ...], list[tuple[int, str, Unit]]] = {}
    years_of: dict[str, set[int]] = {}  # an event name the notes date more than once
    for unit in units:
        found = split_timeline(unit.text) if unit.text[:1].isalnum() else None
        if found is None:
            continue
        when, event = found
        head = event_head(event, ctx, unit.headings, unit.bold)
        if head is None:
            continue
        name = _short_name(head)
        if len(name.split()) < 2 or _ORDER_WORD.search(name):
            continue  # "first meeting", "last session": the name says where it goes
        if opens_on_a_bare_kind(name) or _A_PART.match(name):
            continue  # "Bill passed by Parliament": which bill? (holdout 139); "Phase I
            # completed": a phase of what? (a fresh coach, bad: BharatNet never named)
        if ANY_YEAR.search(name):
            continue  # "GoI Act 1935 abolishes dyarchy": its name says where it goes
        if _OPENS_ON_A_VERB.match(name) or _OPENS_SUBJECTLESS.match(name):
            continue  # "takes Lahore from Khusrau Malik" (holdout 248), "withdrawn & …",
            # "in force across India" (holdout 272): whose deed? what is in force?
        if RECURRING.search(name) or RECURRING_ACT.match(_head_name(name)) or _IT.search(name):
            continue  # "Calcutta session (president …)", "Indian Councils Act": which year?
        events = sections.setdefault(unit.headings, [])
        year = year_of(when)
        years_of.setdefault(fold(name), set()).add(year)
        if all(y != year for y, _, _ in events) and all(
            fold(n) != fold(name) for _, n, _ in events
        ):
            events.append((year, name, unit))
    return {  # "Juvenile Justice Act" dated 2000 and 2015: which one is meant?
        headings: [e for e in events if len(years_of[fold(e[1])]) == 1]
        for headings, events in sections.items()
    }


def chronology(units: list[Unit], ctx: Context) -> list[Draft]:
    """One or two "arrange in chronological order" questions per section of four or more
    dated lines."""
    drafts: list[Draft] = []
    for headings, events in _dated(units, ctx).items():
        if len(events) < EVENTS:
            continue
        first = events[0][2]
        groups = min(PER_SECTION, len(events) // EVENTS)
        for g in range(groups):
            chosen = events[g::groups][:EVENTS]
            if len(chosen) < EVENTS or _has_outlier(chosen) or _numbered(chosen):
                continue
            if _one_thing_s_life(chosen) or _alike(chosen) or _a_name_only(chosen):
                continue
            if _a_life_and_its_deeds(chosen) or _renamed_later(chosen):
                continue
            drafts.append(_question(chosen, first, headings, g))
    return drafts


def _numbered(chosen: list[tuple[int, str, Unit]]) -> bool:
    """Two or more events that carry their own ordinal (``5th summit``, ``13th summit``,
    ``Round 1``, ``Round 3``: holdout 711, bad): the numbers give their order away."""
    return sum(1 for _, label, _ in chosen if _ORDINAL.search(label)) >= 2


_ORDINAL = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\b|\b(?:Round|Phase|Stage|Tranche|Wave)\s+(?:\d{1,2}|[IVX]{1,4})\b"
)


def _renamed_later(chosen: list[tuple[int, str, Unit]]) -> bool:
    """An event that renames or remakes another of the question (``TSC renamed Nirmal Bharat
    Abhiyan`` beside ``Total Sanitation Campaign``): it comes after it, so the order is
    worked out without knowing a date (holdout 710, bad)."""
    for i, (_, name, _) in enumerate(chosen):
        made = _REMADE.match(name)
        if made is None:
            continue
        old = fold(made.group("old"))
        if len(old) < _NAMED_AT_LEAST:
            continue  # "It renamed …": no name to find in the other events
        for j, (_, other, _) in enumerate(chosen):
            initials = "".join(w[0] for w in other.split() if w[:1].isupper())
            if j != i and (old in fold(other) or old == fold(initials)):
                return True
    return False


_NAMED_AT_LEAST = 3
_REMADE = re.compile(
    r"^(?P<old>.+?) (?:renamed|converted|upgraded|restructured|revamped|merged|replaced|"
    r"subsumed|relaunched)\b"
)


def _one_thing_s_life(chosen: list[tuple[int, str, Unit]]) -> bool:
    """Two events that are deeds done to one thing (``Ch-1 announced``, ``Ch-1 launched``,
    ``Ch-1 contact lost``): announced comes before launched, launched before lost, so the
    order is worked out without knowing a date (holdout 214, bad)."""
    things = []
    for _, name, _ in chosen:
        *thing, deed = name.split()
        if thing and (deed.endswith("ed") or deed in IRREGULAR_PARTICIPLES):
            things.append(fold(" ".join(thing)).split())
    return any(a[: len(b)] == b or b[: len(a)] == a for a, b in combinations(things, 2))


#: A birth or a death in a timeline (``Derozio born``, ``Ramakrishna dies``, ``Kattabomman
#: hanged``: before it, his stand against Jackson, holdout 689, bad).
_LIFE = re.compile(
    r"\b(?:born|birth|dies|died|death|hanged|executed|assassinated|killed)\b", re.IGNORECASE
)


def _a_life_and_its_deeds(chosen: list[tuple[int, str, Unit]]) -> bool:
    """A person's birth or death beside another event that names them (``Derozio born``
    with ``Derozio appointed teacher``, ``Ramakrishna dies`` with ``Ramakrishna Mission
    founded``): born comes first and dies last, so the order is worked out without knowing
    a date (holdouts 670, 671: bad and weak)."""
    for i, (_, name, _) in enumerate(chosen):
        life = _LIFE.search(name)
        if life is None:
            continue
        said = name[: life.start()] or name[life.end() :]  # "Derozio born", "Death of Lachit"
        person = {fold(w) for w in re.findall(r"\b[A-Z][\w'’-]+", said)}
        others = (fold_words(n) for j, (_, n, _) in enumerate(chosen) if j != i)
        if any(person & set(words) for words in others):
            return True
    return False


def _alike(chosen: list[tuple[int, str, Unit]]) -> bool:
    """Two events whose names are one inside the other (``Sundarbans National Park``,
    ``Indian Sundarbans National Park``: the line's deed, "→ UNESCO WHS", left out): the
    two read alike and their order cannot be told (holdout 521, bad)."""
    names = [frozenset(fold_words(label)) for _, label, _ in chosen]
    return any(a <= b or b <= a for a, b in combinations(names, 2))


#: A person's title before the name (``Sir Hugh Rose``, ``Major Vincent Eyre``).
_TITLED = re.compile(r"(?:Sir|Lord|Lady|General|Gen\.|Colonel|Col\.|Major|Captain|Capt\.) ")


def _a_name_only(chosen: list[tuple[int, str, Unit]]) -> bool:
    """An event that is only a name (``Sir Hugh Rose``: the line's deed, "besieges Jhansi",
    cut at its comma): a person, whose time cannot be placed (holdout 525, bad); a battle's
    or a treaty's name is an event."""
    return any(
        all(w[:1].isupper() or w in NAME_JOINERS for w in label.split())
        and (
            name_kind(label) == "person"
            or _TITLED.match(label) is not None
            or _a_name_then_its_deed(label, unit)
        )
        for _, label, unit in chosen
    )


def _a_name_then_its_deed(label: str, unit: Unit) -> bool:
    """``1900 – Max Planck: energy comes in quanta`` (holdout 752, bad: "2. Max Planck" among
    events): a person's or a place's name, then after its colon what came of it; not a
    bold name, an event's (``Haptam Regulation:``) nor a grouping's (``Shanghai Five:``)."""
    words = fold(label).split()
    return (
        f"{label}:" in unit.text
        and 2 <= len(words) <= 3
        and label not in unit.bold
        and not head_nouns(words)
        and not {words[-1], singular(words[-1])} & (KIND_WORDS | _EVENT_ENDS)
        and not any(w in NUMBER_WORDS for w in words)
    ) or is_state_or_region(label)


#: Last words of events and laws no kind word names (``Regulation``, ``Ordinance``).
_EVENT_ENDS = frozenset("regulation ordinance resolution order code charter".split())


def _has_outlier(chosen: list[tuple[int, str, Unit]]) -> bool:
    """One event more than :data:`OUTLIER_GAP` years from every other (``1961`` among
    ``2006, 2013, 2015``) is plainly the first or the last: the order is half given."""
    years = [y for y, _, _ in chosen]
    return any(
        all(abs(y - other) > OUTLIER_GAP for j, other in enumerate(years) if j != i)
        for i, y in enumerate(years)
    )


def _out_of_order(chosen: list[tuple[int, str, Unit]], key: str) -> list[tuple[int, str, Unit]]:
    """The events listed so that no two that follow each other in time are listed one
    after the other: a listing with a run in its true order (``1. A; 2. B; 3. C``, then the
    earliest) points at the answer (``4-1-2-3``) without knowledge."""
    by_year = sorted(chosen, key=lambda c: c[0])
    mixed = [
        [by_year[i] for i in p]
        for p in permutations(range(len(by_year)))
        if all(b != a + 1 for a, b in pairwise(p)) and list(p) != list(range(len(p)))[::-1]
    ]  # nor the reverse order, whose answer "4-3-2-1" is a pattern
    return mixed[stable_hash(key, "shown") % len(mixed)]


def _near_misses(order: list[int], key: str) -> list[str]:
    """Three wrong orders a half-knower would pick (see :func:`_qualifying`), one of the sets
    that qualify picked by the events' names, so the same notes give the same options."""
    sets = _qualifying(tuple(order))
    chosen = sets[stable_hash(key, "near") % len(sets)]
    return ["-".join(str(i + 1) for i in p) for p in chosen]


@lru_cache(maxsize=128)  # one per order of four events: 24 at most (``generate_1mb_s``)
def _qualifying(right: tuple[int, ...]) -> list[tuple[tuple[int, ...], ...]]:
    """The sets of three wrong orders a half-knower would pick. Each holds the right order
    with its middle two events swapped (knowing the first and the last event, which a
    heading often gives, "Gandhi arrives (1915–1922)", still leaves two options), an order
    with another first event and one with another last event; never the mirror; and the
    right order is not the one option nearest all the others (a reader who picks the option
    one swap from every other would find it without knowing a date)."""
    listed = tuple(sorted(right))
    patterned = (listed, listed[::-1])  # "1-2-3-4", "4-3-2-1": a test-wise reader drops them
    wrong = [p for p in permutations(right) if p not in (right, right[::-1], *patterned)]
    middle = (right[0], right[2], right[1], *right[3:])
    fixed = (middle,) if middle in wrong else ()  # unless it is "1-2-3-4" itself
    candidates = []
    for rest in combinations([p for p in wrong if p != middle], 3 - len(fixed)):
        chosen = (*fixed, *rest)
        if all(p[0] == right[0] for p in chosen) or all(p[-1] == right[-1] for p in chosen):
            continue
        options = (right, *chosen)
        if any(_centre(group) for group in _groups(options)):
            continue  # the right order would be the centre of the options
        candidates.append(chosen)
    return candidates


def _groups(options: tuple[tuple[int, ...], ...]) -> list[tuple[tuple[int, ...], ...]]:
    """The options a reader weighs: all four, and those left once the first (or the last)
    event is known (the right order is first)."""
    right = options[0]
    same_first = tuple(o for o in options if o[0] == right[0])
    same_last = tuple(o for o in options if o[-1] == right[-1])
    return [options, *(g for g in (same_first, same_last) if len(g) >= 3)]


def _centre(options: tuple[tuple[int, ...], ...]) -> bool:
    """Is the first option alone the nearest to all the others?"""
    spread = [sum(_swaps(a, b) for b in options) for a in options]
    return spread[0] == min(spread) and spread.count(spread[0]) == 1


def _swaps(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """How many pairs of events two orders put the other way round."""
    at = {e: i for i, e in enumerate(b)}
    return sum(1 for i, j in combinations(range(len(a)), 2) if at[a[i]] > at[a[j]])


def _question(
    chosen: list[tuple[int, str, Unit]], first: Unit, headings: tuple[str, ...], g: int
) -> Draft:
    key = "order|" + "|".join(fold(n) for _, n, _ in chosen)
    shown = _out_of_order(chosen, key)
    listed = "; ".join(f"{i}. {name}" for i, (_, name, _) in enumerate(shown, 1))
    by_year = sorted(range(len(shown)), key=lambda i: shown[i][0])
    answer = "-".join(str(i + 1) for i in by_year)
    options = shuffled([answer, *_near_misses(by_year, key)], key, "o")
    explanation = "From the notes: " + "; ".join(
        f"{name} – {year}" for year, name, _ in sorted(chosen, key=lambda c: c[0])
    )
    heading = first.heading
    return Draft(
        Mcq,
        {
            "prompt": f"{_SPAN.sub('', first.context)}: "
            f"Arrange these events in chronological order: {listed}.",
            "options": tuple(options),
            "answer": answer,
            "explanation": explanation + ".",
        },
        "chronology",
        f"order:{g}",
        "chronological order",
        "",
        heading,
        min(c[2].line for c in chosen),
        id_key=key,
        key_text=answer,
        key_kind="list",
    )
