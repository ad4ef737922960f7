"""The superlative builder: a name, a dash, and what it was the first, only or largest of.

Notes put a name at the head of a bullet and its claim to fame after a dash or ``=``:
``**Vijaya Lakshmi Pandit** – first woman President of the UN General Assembly (1953)``,
``JNPT (Nhava Sheva) – largest container port``, ``Ghana (1957, Kwame Nkrumah) – first colony
in sub-Saharan Africa to win independence``. A cloze of the line keeps the dash (the last
gate drops it as shorthand), yet the description alone names one thing, so the name is asked
from it:

    "Who was the first woman President of the UN General Assembly (1953)?"
    "Which is the largest container port?"

Only the head's name is asked, and only when the description opens on a superlative
(*first*, *only*, *oldest*, *largest* …) with a noun phrase of two words or more after it
(``oldest, domestic intel`` and ``biggest current`` say too little). The description ends at
the first comma, semicolon or arrow (what follows is another fact); the head's bracket is
left out (it may hold the place or the founder). A claim that says not where it holds
(``largest container port``) holds in India when the notes' headings say so, or the head's
bracket names an Indian state (``Kamarajar (Ennore, TN)``), and is asked as India's; else
it is not asked (the world's largest is another port).
*Who* asks a person (the description names a woman, a president, a judge …), *which*
anything else; *was* a first, or a claim the line dates, *is* a standing one.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import A_YEAR, BODY_OFFICES
from quizbot.notes.names import INITIALS, ORGANISATION_WORDS, expansions, name_kind
from quizbot.notes.shorthand import write_out
from quizbot.notes.timeline_dates import leading_date
from quizbot.notes.timeline_heads import no_noun_after_rank
from quizbot.notes.zones import is_state, names_india, zone_of
from quizbot.text.names import is_region

_SUPERLATIVE = (
    r"(?:(?:2nd|3rd|second|third) )?(?:largest|biggest|longest|highest|oldest|deepest|tallest|"
    r"busiest)|first|1st|only|smallest|earliest|youngest|lowest|driest|wettest|hottest|"
    r"coldest|(?:south|north|east|west)ernmost"
)
#: A bold head, or up to four capitalised words; its bracket; a dash, ``=`` or an arrow
#: (``**Rakhigarhi** (Haryana) → largest Harappan site in India``); the claim.
_LINE = re.compile(
    r"^(?:\*\*(?P<bold>[^*]{2,60})\*\*|(?P<plain>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))"
    r"(?:\s*\((?P<bracket>[^()]*)\))?(?:\s*(?:[–—]|=|→)\s*|(?P<comma>,\s+))"
    rf"(?P<owner>(?:the |India's |Asia's |world's |the world's ))?(?P<sup>{_SUPERLATIVE})\s+"
    r"(?P<rest>(?:[^,;→]|,(?=\d{3}))+?)\s*(?:(?:,(?!\d{3})|[;→]).*)?$"
)
#: A claim's own bold words (``India's **only ape**``): kept as words, not a second name.
_BOLD_WORDS = re.compile(r"\*\*([a-z][^*]*)\*\*")
_FIRST = frozenset(("first", "1st", "earliest"))
#: Words of a description that make its subject a person.
_PERSON_WORDS = frozenset(
    (
        "woman",
        "man",
        "person",
        "president",
        "chairperson",
        "chairman",
        "governor",
        "judge",
        "speaker",
        "minister",
        "leader",
        "chief",
        "viceroy",
        "astronaut",
        "cosmonaut",
        "champion",
        "champ",
        "player",
        "athlete",
        "grandmaster",
        "pm",
        "cm",
        "cji",
        "king",
        "queen",
        "emperor",
        "ruler",
        "ambassador",
        "envoy",
        "gg",
    )
)
#: A maker's name beyond the organisations :func:`~quizbot.notes.names.name_kind` knows (a
#: university, a laboratory, ``NDRI Karnal``): what it claims is first is its product
#: (``first cloned buffalo calf``), never itself (holdout 317, bad); so is a zoo's or a
#: hatchery's (``Nandankanan Zoo → first gharial hatched in captivity``, holdout 669, bad).
_MAKER = re.compile(
    r"\b(?:University|Univ\.?|Laborator(?:y|ies)|Lab|Ltd|Zoo|Hatchery|Hospital)\b"
    r"|^[A-Z]{2,5}I [A-Z][a-z]+$"
)
#: A claim of any one of a kind (``1st public issue by unlisted co.``, ``first loan to a
#: firm``): what a term means, said of every such one, no record.
_ANY_ONE = re.compile(
    r"\b(?:by|of|to|for) (?:an? |any )?(?:[a-z-]+ )?"
    r"(?:co\.?|cos\.?|company|companies|firm|entity|individual|person)(?!\w)"
)
#: Nouns of a maker's kind: a claim of one is said of the maker itself.
_MAKERS = ORGANISATION_WORDS | frozenset("university laboratory lab body firm zoo hospital".split())
#: A people's word said of one person: "the first Indian to qualify for the ICS", "the first
#: Indian in space", "the first Indian on the ISS" (holdout 311 asked it "Which was …?").
_ONE_WHO = re.compile(r"\b(?:Indian|Asian|American|European|African)\s+(?:to|who|in|on|at|from)\b")
#: Heads that are the writer's aside, not a name (``NB India = …``).
#: ... nor a body that keeps records (``**Guinness (2016)** → largest river island``, holdout
#: 476, bad: keyed Guinness, the recorder, for Majuli).
_NOT_NAMES = frozenset(("nb", "imp", "note", "also", "eg", "ie", "guinness", "record", "records"))
_MIN_REST_WORDS = 2
#: What a head has, never what it is: "1961 – **NAM**, first summit at Belgrade" is NAM's
#: first summit, not "Which was the first summit at Belgrade?".
_OCCASIONS = frozenset(
    "summit session meeting conference flight launch test visit match medal gold election "
    "list sitting congress war wars battle revolt treaty famine mutiny mention reference success "
    "attempt failure".split()
)
#: Where a claim holds: "in Asia", "of the UN General Assembly", "first Indian satellite".
_SCOPE = re.compile(
    r"\b(?:in|of|on|at|from|to|for|among)\s+(?:the\s+)?(?:[a-z]+-)?[A-Z]"
    r"|\b(?:Indian|Asian|world's|world|in (?:the )?world)\b"
)
#: What a place has, never what it is: "Kerala – highest literacy rate" asks no "Which is
#: India's highest literacy rate?".
_ATTRIBUTES = frozenset(
    "rate rates rainfall share density population literacy ratio growth output production "
    "yield temperature percentage number form type kind part version community diaspora "
    "reserves deposits coastline".split()
)
#: A claim only as large as the region it is made in: "only major river", "only big lake".
_RELATIVE = re.compile(r"only (?:major|main|big|large|important|perennial|navigable)\b")
#: An office a claim names, which the topic names too: the claim holds of that office.
_OFFICE = re.compile(r"\b(?:President|Vice-President|Prime Minister|Speaker|Chief Justice)\b")
#: A claim that names a body of its own (``only INC session presided by Gandhi``): it says
#: whose it is, and "India's" would be wrong.
_NAMES_ITS_OWN = re.compile(r"\b[A-Z]{2,}\b")
#: A claim of trade in a good its acronym names (``largest LNG supplier``): whose supplier,
#: the acronym does not say; the notes' country does ("India's largest LNG supplier").
_TRADED = re.compile(r"\b(?:supplier|exporter|importer|producer|consumer|buyer|seller|source)s?\b")


#: A claim whose noun needs what it is of (``biggest single risk factor``, ``largest
#: producer``), with none after it.
_RELATIONAL = re.compile(
    r"\b(?:factors?|causes?|sources?|reasons?|drivers?|contributors?|threats?|producers?|"
    r"consumers?|exporters?|importers?|recipients?|donors?|partners?)$"
)


def superlative_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Who was the first woman President of the UN General Assembly (1953)?", or ``None``;
    the line's own head first, else the first clause of a list after a lead-in or a
    semicolon (``Trade agreements: APTA (1975) – India's oldest PTA; India–Sri Lanka FTA
    (1998) – India's first FTA``)."""
    flipped = _CLAIM_FIRST.match(unit.text)
    if (
        flipped is not None
        and flipped.group("name") in unit.bold
        and _CLAIM_SCOPE.search(flipped.group("claim"))
    ):  # "World's largest PSP → **Fengning** (Hebei, China)": the claim first (holdout
        # 779: a key fact unasked), and whose record it is said, never guessed
        claim = flipped.group("claim")
        found = _claimed(unit, f"**{flipped.group('name')}** – {claim[:1].lower()}{claim[1:]}", ctx)
        if found is not None:
            return found
    if _A_SUPERLATIVE.search(unit.text.replace("**", "")) is None:
        return None  # no claim in any clause (most lines): one search, not one per clause
    via = _VIA.match(unit.text)
    if via is not None:  # "2008 – PSLV-C11 → **Chandrayaan-1** (India's first Moon mission)":
        # the claim is the bold name's, after what carried it (holdout 757: three key facts)
        claim, name = via.group("claim"), via.group("name").strip()
        said = f"{via.group('date')}**{name}**" + (
            f" – {claim}" if claim is not None else via.group("rest")
        )
        aside = re.search(r"\s*\(([^()]*)\)$", said)
        if aside and set(re.findall(r"\w+", aside.group(1))) & set(re.findall(r"\w+", name)):
            said = said[: aside.start()]  # "(to L1 point)" of Aditya-L1: the name in the aside
        found = _claimed(unit, said, ctx) if name in unit.bold else None
        if found is not None:
            return found
    if ";" not in unit.text:
        return _claimed(unit, unit.text, ctx)
    whole = _claimed(unit, unit.text, ctx)
    if whole is not None:
        return whole
    if _TOPIC_ARROW.match(unit.text):
        return None  # "chess → …; **D. Gukesh** = youngest …": the clause's claim is chess's
    text = _LEAD_IN.sub("", unit.text)
    for clause in (c.strip() for c in text.split("; ")):
        found = _claimed(unit, clause, ctx)
        if found is not None:
            return found
    return None


#: A claim, then its bold name after an arrow (``World's largest PSP → **Fengning**``).
_CLAIM_FIRST = re.compile(
    rf"^(?P<claim>(?:(?i:the |India's |Asia's |world's |the world's ))?(?i:{_SUPERLATIVE})\s"
    r"[^→=:()]{2,60}?)\s*→\s*(?P<name>[A-Z][^(),;→]{1,59}?)\s*(?:[(;]|$)"
)
#: A claim that says whose record it is (``in India``, ``world's``): never guessed.
_CLAIM_SCOPE = re.compile(r"\b(?:world|India|Indian|Asia|Asian)\b", re.IGNORECASE)


#: A dated line whose bold name comes after an arrow, its claim in a bracket or after a comma.
_VIA = re.compile(
    r"^(?P<date>[^→*]{2,30}?\s[–—]\s+)[^→*]{1,40}→\s+(?P<name>[A-Z][^(),→]{1,59}?)"
    rf"\s*(?:\((?P<claim>(?:the |India's |world's )?(?:{_SUPERLATIVE})\s[^()]+)\)|(?P<rest>,\s.+))$"
)
#: What every claim holds (see :data:`_LINE`): a line without it makes none, in any of its
#: clauses (each clause is part of the line, its bold marks taken out).
_A_SUPERLATIVE = re.compile(rf"(?:{_SUPERLATIVE})\s")
#: A lower-case topic and an arrow opening a line of clauses (``chess → V. Anand …``): each
#: clause's claim holds of that topic, which a clause alone does not say.
_TOPIC_ARROW = re.compile(r"^[a-z][\w ]{0,24} → ")
#: A lead-in before a list of clauses (``Trade agreements (signed): ``).
_LEAD_IN = re.compile(r"^[A-Z][\w ,'’&()-]{0,40}:\s+")


#: A rank of a day in the calendar (``1st Saturday of September``, ``last Sunday of …``).
_CALENDAR = re.compile(
    r"(?i)(?:the\s+)?(?:(?:first|1st|second|2nd|third|3rd|fourth|4th|last)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|day|weekend)\b"
)


def _claimed(unit: Unit, text: str, ctx: Context) -> Draft | None:
    """The superlative question of one text (the line, or one of its clauses)."""
    dated_line = leading_date(text)
    found = _LINE.match(_BOLD_WORDS.sub(r"\1", dated_line[1] if dated_line else text))
    if found is None:
        return None
    name = (found.group("bold") or found.group("plain") or "").strip()
    if dated_line and name not in unit.bold:
        return None  # "1948 London – 1st gold": after a date, only a bold name is the head
    if found.group("comma") and (
        dated_line is None or _OCCASIONS & set(found.group("rest").lower().split())
    ):
        return None  # "Name, first …" is an appositive after a date, and never an occasion
    rest = found.group("rest").strip().rstrip(".")
    if rest.count("(") > rest.count(")"):
        rest = rest[: rest.rfind("(")].rstrip()  # "(TN, Kerala, Karnataka)": cut at its comma
    if no_noun_after_rank(rest):
        return None  # "→ first at Jangla", "→ only 18 industries": no noun after the rank
    if _CALENDAR.match(rest):
        return None  # "→ 1st Saturday of September": when a day falls, no record (holdout 238)
    if _RELATIONAL.search(rest):
        return None  # "→ biggest single risk factor": of what, the line does not say (246)
    if re.search(r"\b(?:can|may|must|cannot|could|will|shall|are|is)\b", rest.split(";")[0]):
        return None  # "→ only STATES can be parties": a clause, no thing ranked (holdout 454)
    if (
        not name
        or fold_word(name.split()[0]) in _NOT_NAMES
        or len(re.sub(r"\([^()]*\)", "", rest).split()) < _MIN_REST_WORDS
        or "**" in rest
        or re.search(r"[:\"“]", rest)  # "only ground: "violation of …"": a label and a quote
    ):
        return None
    head = re.split(r"\s+(?:in|of|on|at|from|to|for|among)\s+", re.sub(r"\([^()]*\)", "", rest))[0]
    head = re.sub(r"\s+(?:1[5-9]|20)\d\d$", "", head.strip()) or head  # "first success 1994"
    if head.split()[-1].lower().endswith("ing") and head.split()[-1][:1].islower():
        return None  # "first fully automated screen-based trading": an activity, no thing
    if head.split()[-1].lower() in _ATTRIBUTES:
        return None  # "highest rainfall in the world": what a place has, not what it is
    noun = head.split()[-1].lower()
    if noun in ("one", "ones") or rest.split()[0].lower() in ("one", "ones", "such"):
        return None  # "Michigan – the only one wholly within the US": one of what? ("first
        # such unit in the NE": such as what, the line before says; holdout 425, bad)
    if len(head.split()) == 1 and _TRADED.fullmatch(noun):
        return None  # "India – 2nd largest producer in the world": of what? (holdout 151)
    if noun in _OCCASIONS and noun not in fold_word(name).split():
        # "first Indian woman Paralympic gold": what she won; "**Amherst** – 1st Anglo-Burmese
        # war": what happened in his time (not "Battle of Plassey – first major battle")
        return None
    if _ANY_ONE.search(rest):
        return None  # "IPO → 1st public issue by unlisted co.": a term's meaning, no record
    maker = name_kind(name) == "organisation" or _MAKER.search(name) is not None
    if maker and noun not in _MAKERS:
        return None  # "NDRI Karnal → first cloned buffalo calf": made there, not the calf
    sup = "first" if found.group("sup") == "1st" else found.group("sup")
    owner = found.group("owner") or ""
    if not owner and noun in BODY_OFFICES and not _SCOPE.search(rest):
        # "Madhabi Puri Buch – first woman chairperson" under "SEBI": SEBI's, not India's
        body = unit.heading.split(" › ")[-1].strip()
        if not _NAMES_ITS_OWN.fullmatch(body):
            return None
        owner = f"{body}'s "
    owns = _NAMES_ITS_OWN.search(rest) and not _TRADED.search(rest)
    if not owner and not _SCOPE.search(rest) and not owns and _RELATIVE.match(f"{sup} {rest}"):
        return None  # "Luni – only major river" of the Thar, not of India (holdout 196)
    if not owner and not _SCOPE.search(rest) and not owns:
        places = [p.strip() for p in (found.group("bracket") or "").split(",")]
        in_a_state = any(map(is_state, places))
        if any(is_region(p) and not is_state(p) and p != "India" for p in places):
            return None  # "Gendicine (China) → 1st approved gene therapy": not India's
            # though the note is on India (holdout 401, bad)
        where = f"{unit.heading} {unit.topic}".lower()
        if in_a_state or names_india(where) or "indigenous" in rest.lower().split():
            owner = "India's "
        elif (office := _OFFICE.search(rest)) is not None and office.group(0).lower() in where:
            owner = "the "  # "only President elected unopposed" under "… the President …"
        elif re.search(r"\bworld\b", where):
            owner = "world's "  # "World geography: Titicaca – highest navigable lake"
        else:
            return None  # "JNPT – largest container port": of India, not of the world
    owner = "the world's " if owner == "world's " else owner or "the "
    claim = write_out(f"{owner}{sup} {rest}".strip(), ctx.legend).replace(
        " in world", " in the world"
    )
    if fold_word(name) in claim.lower():
        return None  # the claim names its own answer
    words = {p for w in claim.split() for p in w.strip(".,()").lower().split("-")}
    claim = claim.replace(" & ", " and ")  # "only Indian & last GG"
    person = (
        bool(words & _PERSON_WORDS)
        or _ONE_WHO.search(claim) is not None
        or name_kind(name) == "person"  # "Lord Canning", "Dr Ambedkar"
        or INITIALS.match(name) is not None  # "C. Rajagopalachari"
    )
    dated = bool(dated_line or A_YEAR.search(found.group("bracket") or "") or A_YEAR.search(rest))
    verb = "was" if person or sup in _FIRST or dated else "is"
    prompt = f"{'Who' if person else _which(name)} {verb} {claim}?"
    now = _NOW.match(found.group("bracket") or "")
    # "Hailey NP (now Jim Corbett NP, Uttarakhand)": its name today is right too
    return _draft(unit, prompt, name, "person" if person else "name", now.group(1) if now else "")


def _which(name: str) -> str:
    """ "Which country", "Which state" or "Which union territory" when the answer is one
    ("Which is the 2nd largest fish producer …?" did not say it wants a country; holdout
    338), else "Which"."""
    if not is_region(name):
        return "Which"
    if is_state(name):
        return "Which state"
    return "Which union territory" if zone_of(name) else "Which country"


_NOW = re.compile(r"^now\s+([A-Z][^,;]*?)\s*(?:[,;]|$)")


def fold_word(text: str) -> str:
    return text.lower().strip(".,:;")


def _draft(unit: Unit, prompt: str, name: str, kind: str, now: str = "") -> Draft:
    aliases = expansions(name) + ([now, *expansions(now)] if now else [])
    return written_question(
        unit,
        "superlative",
        prompt,
        name,
        key_kind=kind,
        aliases=aliases,
        marked=name in unit.bold,
        at_head=True,
    )


def ranks_nothing(text: str) -> bool:
    """Does ``text`` open on a rank that names no thing (``CSR 918 = lowest ever recorded``,
    holdout 458, bad: "What is the lowest ever recorded?")?"""
    rank, _, rest = text.strip().partition(" ")
    return re.fullmatch(r"[a-z]+est|first|only|last", rank) is not None and no_noun_after_rank(rest)
