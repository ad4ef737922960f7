"""Heads a ``Term: definition`` line has that are no term to ask.

A note line of the shape ``Head: definition`` (or ``Head → …``, ``Head = …``) is mostly a
term and its meaning, but the head is as often the writer's label over a fact (``Commonly
cited trigger: Kargil (1999)``, ``Crops: wheat, barley …``), a deed (``Viceroy abolished →
…``), the note's background (``India = 4th country to …``) or a definition that is no
meaning (``one of largest mosques``, ``impact on satellites, …``). :func:`not_a_term` tells
them; :func:`~quizbot.notes.term_questions.rule_term` asks only the others.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Unit
from quizbot.notes.gate_teaches import under_a_label
from quizbot.notes.grammar import ACTORS
from quizbot.notes.labels import is_label
from quizbot.notes.phrases import BRACKET, STATUSES, fold
from quizbot.notes.superlatives import ranks_nothing
from quizbot.notes.term_labels import clause_head, labels_a_value, plain_label
from quizbot.notes.term_lines import EFFECT, SHORT_FOR, URGED, deed_before_a_name
from quizbot.notes.terms import Term
from quizbot.text.names import is_dictionary_word, names_a_region

#: A one-word term in this many texts of the notes is their background.
_BACKGROUND = 6

#: A rank or a writer's adjective and lower-case words: a record's or a list's label
#: (``Highest tidal range``, ``Earliest mentions``, ``Key features``), not a term.
#: A head that opens on how often a thing is said (``Commonly cited trigger``): a label.
_HEDGE = re.compile(
    r"(?:commonly|usually|generally|mostly|mainly|largely|widely|frequently|typically|"
    r"popularly|traditionally|often)\b",
    re.IGNORECASE,
)
#: A cross of two parents (``Varuna × Early Heera-2``) or a rise or fall (``insolation ↓
#: poleward``): a pedigree or what a factor does, never a meaning.
_NO_MEANING = re.compile(
    r"\s×\s|[↑↓]|^\s*(?:[Oo]ne|[Aa]ny) of\b"  # "one of largest mosques"
    # "essential attribute of privacy" (holdout 464, bad): one of many
    r"|^\s*(?:an? )?(?:[a-z]+ )?(?:attribute|aspect|facet|component|element|people|tribe) of\b"
    # "Veli: a unit of land measure" (holdout 628, bad): so are kuli and ma
    r"|^\s*(?:an? )?(?:[a-z]+ )?(?:unit|measure) of [a-z]+(?: [a-z]+)?\s*$"
)
_RANK_LABEL = re.compile(
    r"^(?:Highest|Lowest|Largest|Smallest|Longest|Shortest|Deepest|Oldest|Biggest|First|"
    r"Only|Most|Least|Earliest|Latest|Key|Major|Main|Important|Other|Famous|Notable|Recent)"
    r"(?: (?:[a-z][\w-]*|[A-Z]{2,6}s?))+$"
)
#: A count and lower-case words: a lead-in's label ("Two old families", "Three pillars").
_COUNTED_LABEL = re.compile(
    r"^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)(?: [a-z][\w-]*)+$"
)

#: Labels over what is done about the section's subject, when a list follows them.
_MEASURES = frozenset(
    "mitigation measures remedies prevention preparedness solutions steps response".split()
)

#: A definition that is a status many things hold, and nothing more: ``UNESCO World Heritage
#: Site (1986)``, ``a Ramsar site``, ``GI tag (2019)``.
_A_STATUS = re.compile(
    rf"^(?:an? )?(?:UNESCO )?(?:(?:World|natural|cultural) )?{STATUSES}\s*(?:\([^()]*\))?\.?$",
    re.IGNORECASE,
)

#: Attributes a line labels with the subject's value, never terms of their own.
_ATTRIBUTES = frozenset(
    """colour color texture shape size area length height depth width extent composition
    location distribution rainfall temperature climate nature origin status""".split()
)


#: A name and nothing else (``Ministry of Earth Sciences``).
_A_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|&|the|for|on))*")
#: First words of a rule said of a label, never a meaning (``as the President may
#: determine``, ``during the pleasure of …``).
_GOES_ON = frozenset(("as", "since", "during", "while", "until", "till", "also", "still"))


def not_a_term(term: Term, unit: Unit, ctx: Context) -> bool:
    """Is the line's head no term to ask, or its definition no meaning of it?"""
    if " " not in term.base and ctx.capital_count(term.base) >= _BACKGROUND:
        return True  # "India = 4th country to ...": the notes' background, not a term
    if fold(term.base) in ACTORS:
        return True  # "Congress: suspend CDM, attend 2nd RTC" (holdout 543, bad): who did it
    if " / " in term.term and " / " in term.definition:
        return True  # "Aroha / Avaroha: ascending / descending line": two terms, two meanings
    if is_label(term.base):
        return True  # "Imp: mainly a limit on …": the writer's mark, not a term
    said = term.definition.split()
    if (
        " " not in term.base
        and is_dictionary_word(fold(term.base))
        and _A_NAME.fullmatch(BRACKET.sub("", term.definition).strip())
    ):
        return True  # "Nodal: **Ministry of New and Renewable Energy (MNRE)**" (holdout 695,
        # two bad: "___: Ministry of Earth Sciences" = Nodal): the writer's label over a name
    if deed_before_a_name(term.base, unit.bold):
        return True  # "Founded **Vikramashila Mahavihara** (c. 800) → …"
    if said and said[0].lower() == "then":
        return True  # "Outline first → then fill w/ patterns" (holdout 715, bad: "What is a
        # then fill with patterns called?"): a step of a process, no meaning
    stem = fold(term.base)[:-3] if fold(term.base).endswith("ing") else ""
    if len(stem) >= 3 and " " not in term.base and any(fold(w).startswith(stem) for w in said):
        return True  # "**Pouring** → molten brass poured into …" (holdout 716, bad): the
        # meaning says the deed the term names
    if URGED.match(term.definition):
        return True  # "Women's education – to be encouraged" (holdout 681, bad): what was
        # urged for it, no meaning
    if SHORT_FOR.match(term.definition):
        return True  # "Montford: short for Montagu–Chelmsford" (holdout 673, bad): a short
        # form its own question would print
    if " " not in term.base and said and said[0].lower() in _GOES_ON:
        return True  # "Remuneration: as the President may determine" (holdout 679, bad): the
        # writer's label over a rule, no meaning
    if term.base[:1].islower() and under_a_label(unit):
        return True  # "Features:" › "**pit-dwellings** → shelter from cold": the site's feature,
        # whose site the question would not name (holdout 402, bad)
    if _COUNTED_LABEL.match(term.base):
        return True  # "Two old families: Paris …, Berne …": the writer's lead-in, not a term
    if _HEDGE.match(term.base) or _NO_MEANING.search(term.definition):
        return True  # "Commonly cited trigger: Kargil (1999)" (holdouts 398-399, bad): a label
        # over a fact; "Jami Masjid → one of largest mosques in Deccan": many are (447, bad)
    if _RANK_LABEL.match(term.base) or ranks_nothing(term.definition):
        return True  # "Highest tidal range: Bay of Fundy"; "CSR 918 = lowest ever" (458, bad)
    if labels_a_value(term):
        return True  # "WMO cut-off → wind speed ≥ 30 m/s" (holdout 370, bad): a value's label
    if names_a_region(term.base):
        return True  # "Weimar Germany – suspension of FRs": what it gave, not what it is called
    if fold(term.base) in _MEASURES and term.definition.count(",") >= 2:
        # "Mitigation → watershed mgmt, rainwater harvesting, …": the measures listed under
        # the writer's label (holdout 323, bad); "Mitigation: steps taken before …" is a term
        return True
    if plain_label(term, unit, ctx):
        return True  # "Crops: wheat, barley …", "Erupted material: lava …": the writer's label
    if fold(term.base) in _ATTRIBUTES:
        return True  # "Colour: light grey to ash grey" (holdout 639, bad: "What is a light grey
        # to ash grey called?" = Colour): a label over the subject's value
    if _A_STATUS.match(term.definition):
        return True  # "Hampi = UNESCO World Heritage Site (1986)": so are hundreds of places
        # (holdout 619, bad: "___ – UNESCO World Heritage Site (1986)")
    # "**Viceroy abolished** → a Governor-General …": a deed, not a term; "**Space weather**
    # → impact on satellites, …": what it acts on (holdout 622, bad)
    return clause_head(term, ctx) or EFFECT.match(term.definition) is not None
