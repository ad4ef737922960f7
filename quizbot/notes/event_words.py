"""The words a timeline's events are asked by: what is done to a thing of each kind (an
act passed, a pact signed), what takes place, what lasts, and the names that recur (split
from :mod:`~quizbot.notes.timeline`)."""

from __future__ import annotations

import re

from quizbot.notes.phrases import fold
from quizbot.notes.zones import is_state
from quizbot.text.names import is_everyday_word

#: What an event's last noun says happened to it ("the Rowlatt Act was passed").
DONE = {
    "act": "passed",
    "resolution": "passed",
    "bill": "introduced",  # "64th Amendment Bill → passed LS, defeated in RS": no act
    "pact": "signed",
    "treaty": "signed",
    "agreement": "signed",
    "accord": "signed",
    "declaration": "adopted",  # "signed" fits a treaty's, not the Rights of Man's
    "party": "formed",
    "league": "formed",
    "group": "formed",
    "front": "formed",
    "bloc": "formed",
    "association": "formed",
    "commission": "appointed",
    "committee": "appointed",
    "mission": "sent",
    "report": "published",
    "plan": "announced",
    "award": "announced",
    "offer": "made",
    "session": "held",
    "conference": "held",
    "conf": "held",
    "durbar": "held",
    "summit": "held",
    "day": "observed",  # "16 August 1946 – Direct Action Day → …" (holdout 147)
    # "1979 – Pilot Crop Insurance Scheme (area approach …)": holdout 213's timeline of
    # schemes gave no question at all
    "scheme": "launched",
    "yojana": "launched",
    "programme": "launched",
    "project": "launched",
    "fund": "set up",  # "(1878) Famine Insurance Fund → …" (holdout 361)
}
#: A publication, named after its noun ("English journal *Revolt*", holdout 408, bad: "In
#: which year did the English journal Revolt take place?"): it was started.
PUBLICATIONS = frozenset("journal weekly newspaper magazine periodical".split())
DONE.update(dict.fromkeys(PUBLICATIONS, "started"))

#: Events that "take place".
HAPPENED = frozenset(
    "massacre partition split strike mutiny satyagraha movement movt march war battle "
    "revolt riot incident famine storming siege coup assassination uprising rebellion "
    "revolution insurrection row controversy agitation crisis".split()
)

#: Events that last: a day or a month asked of one is when it began.
LASTING = frozenset(
    "strike mutiny satyagraha movement movt march war revolt famine siege uprising rebellion "
    "revolution insurrection".split()
)

#: Lasting events whose year is asked as the year they began: a movement runs for years.
_BEGUN = frozenset("war movement movt satyagraha strike".split())


def asked_begun(noun: str, kind: str) -> bool:
    """Is a lasting event asked when it began (its day or month, or the year of a war or a
    movement), not when it took place? The Russia–Ukraine war took place in no one year
    (holdout 294, bad); the Swadeshi Movement ran 1905–08 (holdout 453, bad: "In which year
    did the Swadeshi Movement take place?")."""
    return noun in LASTING and (kind != "year" or noun in _BEGUN)


CLAUSE_WORDS = frozenset("is are was were resign resigns resigned rejected boycotted".split())

#: Events a place holds again and again: without its year the name is not one event (the
#: Calcutta session that Dadabhai Naoroji presided over was in 1886 and in 1906), so it is
#: neither dated nor ordered.
RECURRING = re.compile(
    r"\bsession\b|^(?!.*\b\d+(?:st|nd|rd|th)\b).*\bsummit\b"
    # "Indian National Social Conference": a body that met each year, beside the INC's
    # sessions (holdout 446, bad: "In which year was … held?" has 1888 right too)
    r"|^(?:all[- ]india|indian national)\b.*\bconference\b"
    # "committees reconstituted after new govt": after every election (holdout 200)
    r"|\bafter (?:a |the )?(?:new|each|every) (?:govt|government|election|Lok Sabha)\b"
    # "Anglo-Afghan Treaty" (holdout 468, bad): 1879, 1919 and 1921 were all one; an ordinal
    # or a place says which ("3rd Anglo-Afghan War", "Anglo-Afghan Treaty of Rawalpindi")
    r"|^(?!.*\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth)\b)(?:the )?Anglo-\w+ "
    r"(?:treaty|war|agreement|convention)$",
    re.IGNORECASE,
)  # "New Delhi summit": BRICS met there in 2012 and 2021; "15th summit" is one

#: An act whose name recurs, told apart only by its year: "GoI Act" (1858, 1919, 1935),
#: "Indian Councils Act" (1861, 1892, 1909). Asked "when was it passed?" with nothing else
#: said of it, it has three answers.
RECURRING_ACT = re.compile(
    r"^(?:the\s+)?(?:(?:GoI|Government of India|Indian Councils|Charter|Councils|Finance|"
    r"Appropriation|Amending|Amendment|Declaratory|Supplementary)\s+Act"
    r"|.*\((?:Amendment|Amdt\.?)\)\s+Act"  # "Election Laws (Amdt) Act": 1975, 2003, 2021?
    # "MMDR Amendment Act" (holdout 292, bad): amended in 2015, 2016, 2021 and 2023; a
    # number says which ("42nd Amendment Act")
    r"|[^\d]*\s(?:Amendment|Amdt\.?)\s+Act)$",
    re.IGNORECASE,
)


#: A kind of thing alone, no name: "In which year was Bill passed?", "Who passed Bill in
#: 2016?" ask of no one bill (holdout 139).
BARE_KINDS = frozenset(
    "bill act committee commission report treaty plan policy scheme amendment rules code map "
    "guidelines norms hq headquarters capital secretariat declaration resolution summit "
    "bank fund council board body court satyagraha strike protest ministry department dept".split()
)
#: An object that is a thing with no name (``accepts the plan``): the line points back.
BARE_OBJECT = re.compile(r"(?:the|this|that) [a-z]+")
#: A subject that points back (``that Act repealed``, ``The same body …``).
POINTING_SUBJECT = re.compile(r"(?:[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Tt]he same) ")
#: Words of an event that point to the line before (``… started from it``, ``Indira Gandhi
#: returns the favour``: what favour? holdouts 383, 443).
POINTS_BACK = re.compile(r"\bd\.\s|\b(?:it|them|the favou?r|the same)\b")
#: A clause that opens on a bare kind and its verb (``Bill was passed …``).
_OPENS_ON_A_KIND = re.compile(r"^(?P<kind>[A-Za-z]+) (?:was|were|is|are|[a-z]{3,}ed)\b")


def is_bare_kind(subject: str) -> bool:
    """Is the subject a kind of thing alone, with no name (``Bill``, ``Committee``, ``Select
    Committee``: which one, holdout 429, bad)?"""
    written = subject.strip().removeprefix("the ").removeprefix("The ").split()
    words = [w.lower() for w in written]
    if len(words) >= 2 and written == words and words[-1] in BARE_KINDS | PACTS:
        return True  # "tripartite agreement" (holdout 553, bad: the 1988 accord or 2011's?)
    if len(words) >= 2 and written[-1] in PACTS and all(map(is_everyday_word, words[:-1])):
        return True  # "Boundary agreement" (holdout 646, bad: the 1974 one drew one too)
    return " ".join(words) in BARE_KINDS or (
        len(words) == 2 and words[0] in _SORTS and words[1] in BARE_KINDS
    )


#: Kinds of pact, named only by their parties or their year.
PACTS = frozenset("agreement accord pact deal memorandum".split())


#: Words that only say which sort of a kind a thing is (``Select Committee``, ``Joint
#: Session``): no name.
_SORTS = frozenset("select joint standing expert special ad-hoc high-level apex new mass".split())


def opens_on_a_bare_kind(clause: str) -> bool:
    """Does the clause's subject, before its verb, consist of a bare kind (``Bill was passed
    by Parliament``; not ``Committee on Public Undertakings set up``)?"""
    found = _OPENS_ON_A_KIND.match(clause.strip())
    return found is not None and is_bare_kind(found.group("kind"))


#: An event head that is a date (``26 Nov, first budget …``) or ends on the figure a change
#: started from (``Presentation time shifted 5 pm`` of ``… 5 pm → 11 am``): no event named.
NOT_AN_EVENT = re.compile(
    r"^\d{1,2} [A-Z][a-z]{2,8}\b"
    r"|\b(?:shifted|raised|cut|reduced|increased|changed|moved)(?: \w+)? [\d.,]+\s*(?:am|pm|%)?$"
)


#: A mission that is a programme or a spacecraft, launched, not a delegation sent.
_PROGRAMME = re.compile(
    r"\d|orbiter|space|technology|national|smart|swachh|jal|health|solar|hydrogen|urban|rural|"
    r"skill|digital|housing|food|oilseeds|pulses|millets?|green|clean|livelihood|nutrition|ocean|"
    r"monsoon|climate|weather|"
    r"\(mo[a-z]+\)"  # "Deep Ocean Mission (MoES)": a ministry's, launched
)
#: A ministry's short form before its mission (``MoES Monsoon Mission``, holdout 489: "sent").
_MINISTRY = re.compile(r"\bMo[A-Z][A-Za-z]*\b")


def done_to(noun: str, name: str, first: str, head: str = "") -> str:
    """What a dated event's ``noun`` says happened to it (:data:`DONE`): a mission that is
    a space mission or a programme (``Mission Indradhanush``) was launched, not sent; a
    "Model … Act" was released (the Centre's template for states, no law); an award the
    event ``head`` gives to people was given to them (``Right Livelihood Award to Medha
    Patkar & Baba Amte``: a prize given every year, holdout 503, bad: "announced")."""
    given = _GIVEN_TO.search(head) if noun == "award" else None
    if given is not None:
        return f"given to {given.group('who').replace(' & ', ' and ')}"
    if noun == "mission" and (
        _PROGRAMME.search(fold(name))
        or _MINISTRY.search(name)
        or first == "mission"
        or is_state(first)
    ):  # "Odisha Millets Mission": a state's programme, launched (holdout 397, weak: "sent")
        return "launched"
    if first == "model" and noun in ("act", "bill"):
        return "released"
    return DONE[noun]


#: The people an award is given to, after its name: ``… Award to Medha Patkar & Baba Amte``.
_GIVEN_TO = re.compile(r"\bAward to (?P<who>[A-Z][\w.'’-]*(?:\s+(?:(?:&|and)\s+)?[A-Z][\w.'’-]*)*)")


#: A provision of a law or a treaty, named by its number after the thing's name.
_PROVISIONS = frozenset("article art section sec clause para paragraph schedule chapter".split())

#: A later moment of a thing, named after it (``Ganga Treaty expiry``).
_LATER = frozenset("expiry expires lapse lapses renewal anniversary centenary jubilee".split())

#: Words after which a noun is another thing's, not the event's head.
NOT_THE_HEAD = frozenset(
    "to on against for by with at in after before during under between from over into".split()
)


def head_nouns(plain: list[str]) -> list[str]:
    """The event nouns of a name, its head first: its last word ("Nachiket Mor Committee
    report" is a report, not a committee; "State of Forest Report" a report), but not one
    after ``to``, ``on`` … ("Phule's memorial to Hunter Commission" is no commission) nor a
    bare owner after ``of`` ("Lahore Resolution of League" is a resolution); else the nouns
    in order; none when a participle ends the name ("… report submitted")."""
    cut = next((i for i, w in enumerate(plain) if w in NOT_THE_HEAD), len(plain))
    words = plain[:cut]
    while words and words[-1].isdigit():
        words = words[:-1]  # "Morley–Minto Reforms 1909"
    if words and words[-1] in _PROVISIONS | _LATER:
        return []  # "Paris Agreement Article 8": a provision, never signed (holdout 445, bad);
        # "Ganga Treaty expiry": its end, not the treaty (holdout 395)
    if len(words) > 2 and words[-2] == "of":
        words = words[:-2]
    published = [w for w in words[:-1] if w in PUBLICATIONS]
    if published:
        return published[:1]  # "English journal Revolt": the journal is the thing dated
    nouns = [w for w in words if w in DONE or w in HAPPENED]
    if words and words[-1] in nouns:
        return [words[-1], *(n for n in nouns if n != words[-1])]
    if (
        words
        and nouns
        and all(n in HAPPENED for n in nouns)  # "Swaminathan Committee review": a body's
        and "of" not in words  # "Storming of the Winter Palace": the storming heads it
        and is_everyday_word(words[-1])  # (cut at NOT_THE_HEAD, the name ends on a noun)
    ):
        return []  # "Famine Insurance Fund", "Provisional Famine Code": no famine took place
        # (holdout 361, bad: "In which year did the Famine Insurance Fund take place?")
    return [] if words and words[-1].endswith("ed") else nouns


#: A thing described, not named (``Congress-backed union``, holdout 417, bad: "In which
#: year was the Congress-backed union formed?" never says INTUC).
DESCRIBED = re.compile(
    r"(?:the )?[A-Z][\w.]*-(?:backed|led|run|sponsored|aligned|controlled|dominated) [a-z]+"
)


#: A bracket after a name and a description in lower case after it.
_AFTER_BRACKET = re.compile(r"^([A-Z][^()]*\([^()]+\))\s+[a-z][^()]*$")
_DETAIL = frozenset("by from with between at in under against to after following".split())


def event_name(name: str, noun: str) -> str:
    """The event by its name, its details left for questions of their own: "Partition of
    Bengal by Lord Curzon" → "Partition of Bengal" (a bracket after the name stays: it tells
    sessions apart, but not a description after it: "Morse Commission (World Bank's review)
    critical of R&R", holdout 503, though a bracket inside the name keeps the noun after it:
    "Moplah (Mappila) rebellion", holdout 620, bad); a name of no capital keeps its place ("coup in
    Myanmar", holdout 464)."""
    described = _AFTER_BRACKET.match(name)
    if described is not None and fold(name[described.end(1) :].split()[0]) != noun:
        name = described.group(1)  # "Moplah (Mappila) rebellion": the bracket is inside it
    words = name.split()
    seen = None
    kept = {"at"} if words[0][:1].islower() else set()  # "all-party conf at Allahabad"
    capital = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    for i, word in enumerate(words):
        if fold(word).strip(",.") == noun:
            seen = i
        elif seen is not None and word in _DETAIL - kept and i > capital:  # "coup in Myanmar"
            said = [fold(w) for w in words[seen + 1 : i] if w[:1].isupper()]
            if said and all(map(is_everyday_word, said)):
                return name  # "Committee for Reforms in Criminal Laws" names nothing (c-58)
            return " ".join(words[:i])  # "all-party conf at Allahabad": the place names it
    return name
