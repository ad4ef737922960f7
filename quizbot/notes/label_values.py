"""Labels whose value is a law or a sum (``Legal basis → **Census Act, 1948**``, ``Initial
authorised capital | **$100 bn**``), and how a labelled fact names its subject in a
sentence (split from :mod:`~quizbot.notes.label_lines`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizbot.notes.grammar import with_the
from quizbot.notes.names import PERSON_TITLES

#: A labelled fact put as a question: its prompt, answer, other accepted forms and kind.
Labelled = tuple[str, str, list[str], str]

#: A label's value: a name (bold or not), an optional bracket of other names, and where it
#: ends (``**Samanta Sena**; son …``, ``Vatapi (Badami)``, ``Kanchipuram``).
NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of|de|ud|al|bin|ibn|[A-Z][\w.'’-]*)){0,5}"
LABEL_VALUE = re.compile(
    rf"^\**(?P<name>{NAME}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?)\**"
    r"\s*(?:\((?P<bracket>[^()]*)\)\**)?\s*(?P<after>$|[;,–—→(]|-\s)"
)


#: A name with the other name the person went by in a bracket inside it: ``**Jyotirao
#: (Jyotiba) Phule**``.
_WORD = r"[A-Z][\w.'’-]*"
_NICKNAMED = re.compile(
    rf"^(?P<open>\**)(?P<first>{_WORD}(?: {_WORD}){{0,2}}) \((?P<other>{_WORD})\) "
    rf"(?P<last>{_WORD}(?: {_WORD})*)(?P<close>\**)"
)


def label_value(text: str) -> re.Match[str] | None:
    """:data:`LABEL_VALUE` matched on a label's value, a name with a nickname inside it read
    whole, the nickname as its bracket: ``Jyotirao (Jyotiba) Phule`` is ``Jyotirao Phule``,
    also called ``Jyotiba Phule`` (holdout 620, bad: "Who founded the Satyashodhak Samaj?"
    was keyed "Jyotirao" alone)."""
    found = _NICKNAMED.match(text)
    if found is not None:
        first, other, last = found.group("first", "other", "last")
        name = f"{found.group('open')}{first} {last}{found.group('close')}"
        text = f"{name} ({other} {last}){text[found.end() :]}"
    return LABEL_VALUE.match(text)


#: A bracket of the person's life: ``(b. 1824, Tankara, Kathiawar, Gujarat)``, ``(d. 1883)``.
_LIFE = re.compile(r"\s*(?:b|d|r)\.\s")


def bracket_names(bracket: str) -> list[str]:
    """Other names in the value's bracket: ``Taila II``, ``Hasan Gangu / Zafar Khan``,
    ``Badami``; not a year, a date or a remark, nor where a person was born (holdout 620,
    bad: "Who founded the Arya Samaj?" took "Tankara, Kathiawar, Gujarat")."""
    names: list[str] = []
    bracket = re.sub(r"^\s*(?:aka|a\.k\.a\.|or)\s+", "", bracket)
    if re.search(r"\b[a-z]{2,}\b", bracket) or _LIFE.match(bracket):
        return names  # "(shares HQ w/ IUCN)": a remark, not another name
    for part in re.split(r"[,;/]", bracket):
        part = part.replace("**", "").strip()
        if part.lower() in PERSON_TITLES:
            continue  # "**Atmaram Pandurang** (Dr.)": his title, no name (holdout 675, bad)
        if part and re.fullmatch(NAME, part) and not any(c.isdigit() for c in part):
            names.append(part)
    return names


#: Kinds of polity, written in lower case after a name (``Ahom kingdom``, ``Bahmani
#: sultanate``): the name and its kind are one name.
POLITY_KINDS = ("kingdom", "sultanate", "dynasty", "empire")
#: Last words of a subject that is past: its capital "was", not "is".
_PAST = frozenset((*POLITY_KINDS, "dynasties"))


def head_noun(subject: str) -> str:
    """The word a subject's name is of, before its ``of``, ``on`` or ``for`` (``Committee`` of
    ``Committee on Public Undertakings``, ``Chalukyas`` of ``Chalukyas of Kalyani``)."""
    return re.split(r" (?:of|on|for) ", subject)[0].split()[-1]


def subject_named(subject: str) -> str:
    """The subject in a sentence: ``the Sena Dynasty``, ``the Chalukyas of Kalyani``;
    ``Tilak's League`` takes no article."""
    if re.search(r"['’]s\b", subject):
        return subject
    head = head_noun(subject)
    if head.lower() in _PAST or (head.endswith("s") and head[:1].isupper() and not head.isupper()):
        # "The Satavahanas" under its heading: "the Satavahanas", never "the The …" (h. 374)
        return f"the {subject[4:]}" if subject.startswith(("the ", "The ")) else f"the {subject}"
    return with_the(subject)


def is_past(subject: str) -> bool:
    head = head_noun(subject)
    return head.lower() in _PAST or (head.endswith("as") and head[:1].isupper())


#: ``Legal basis → **Census Act, 1948**; …``: the law a thing stands on (eight holdout lines,
#: none asked), up to a semicolon, an arrow, a dash or a bracket that ends it.
_LEGAL = re.compile(
    r"^\**(?i:legal (?:basis|base))\**\s*(?::|→|=)\s*(?P<law>[^;→–—+]+?)\s*(?P<after>$|[;→–—+])"
)
_LAW = re.compile(r"\b(?:Act|Regulations?|Rules|Ordinance|Order|Code)\b")
_LAW_YEAR = re.compile(r",?\s+(?:of\s+)?\d{4}$")
#: Words a law's name holds besides capitalised ones (``Prevention and Control of …``).
_LAW_WORDS = frozenset("of and & for the on to in".split())


def legal_label(text: str, subject_of: Callable[[], str | None]) -> Labelled | None:
    """ "What is the legal basis of the Census?" from ``Legal basis → **Census Act, 1948**``
    under its heading; the law's name without its year is accepted too. Two laws
    (``Sec 68, CGST Act + Rule 138``) or a law and what became of it (``RRB Ordinance →
    RRB Act``) are not one answer."""
    found = _LEGAL.match(text)
    if found is None or found.group("after") in ("+", "→"):
        return None
    law = re.sub(r"\s*\((?:Sec|Section|Art|Article|Ch|Chapter)\b[^()]*\)$", "", found.group("law"))
    law = law.rstrip(" .")
    outside = re.sub(r"\([^()]*\)", " ", law).replace(",", " ").split()
    if not _LAW.search(law) or not all(
        w[:1].isupper() or re.fullmatch(r"[\d/.-]+", w) or w in _LAW_WORDS for w in outside
    ):
        return None  # "FEMA, 1999 … replaced FERA": a sentence, not a law's name
    subject = subject_of()
    if subject is None:
        return None
    law, _, part = law.partition(", Chapter ")  # "RBI Act 1934, Chapter IIIB": the Act
    short = _LAW_YEAR.sub("", law)
    aliases = [f for f in (short, f"{law}, Chapter {part}" if part else "") if f and f != law]
    return f"What is the legal basis of {subject_named(subject)}?", law, aliases, "name"


#: ``Initial authorised capital → **$100 bn**``, ``Outlay: ₹1.97 lakh crore``: a sum a thing
#: has, up to its end or what follows it (holdout 270's key fact, never asked).
_AMOUNT = re.compile(
    r"^\**(?P<label>(?i:(?:(?:initial|authorised|authorized|subscribed|paid-up|total)\s+)*"
    r"(?:capital|corpus|outlay)))\**\s*(?::|→|=|[–—]|\|)\s*\**(?P<sum>~?(?:₹|\$|Rs\.?\s?|US\$)"
    r"\s?[\d,.]+\s*(?:bn|billion|mn|million|trillion|lakh crore|crore|cr|lakh)?)\**"
    # "₹16,320 crore total, of which …": the whole sum, never "₹16" before its comma
    # (holdout 712, bad)
    r"(?:\s+total)?\s*(?P<after>$|[;(→]|,(?!\d))"
)


def amount_label(text: str, subject_of: Callable[[], str | None]) -> Labelled | None:
    """ "What was the initial authorised capital of the New Development Bank?" from
    ``Initial authorised capital | **$100 bn**`` under its heading."""
    found = _AMOUNT.match(text)
    if found is None or found.group("after") == "→":
        return None  # "Outlay ₹500 cr → ₹1,000 cr": a change, not one sum
    if re.search(r"[+=]", text[found.end() :]):
        return None  # "₹16,300 crore (govt) + ₹18,000 crore … = ₹34,300 crore": which sum?
    subject = subject_of()
    if subject is None:
        return None
    label = found.group("label").lower()
    tense = "was" if label.startswith("initial") else "is"
    return (
        f"What {tense} the {label} of {subject_named(subject)}?",
        found.group("sum"),
        [],
        "count",
    )


#: ``Term → 6 yrs or age 65, whichever earlier``, ``Tenure: 5 years``: how long an office is
#: held, and the age it ends at; a term the line then changes (``was 5 yrs → now …``,
#: ``cut from 5 yrs``) is not one answer.
_TENURE = re.compile(
    r"^\**(?P<label>(?i:tenure|term(?: of office)?))\**\s*(?::|→|=|[–—])\s*\**"
    r"(?P<years>\d{1,2})\s*(?:yrs?|years?)\b"
    r"(?:\s*(?:or|/)\s*(?:up\s*to\s*|till\s*|until\s*)?(?:the\s*)?(?:age(?:\s*of)?\s*)?"
    r"(?P<age>\d{2})(?:\s*(?:yrs?|years?))?(?:\s*of\s*age)?)?\**"
    r"(?P<after>\s*(?:$|[;,(.]|whichever|\(?whichever|unless))"
)
_A_PROVISION = re.compile(r"(?:Art(?:icle)?|Sec(?:tion)?|Rule)s?\.?\s*\d", re.IGNORECASE)
#: Texts, which hold no office: the term under them is of a body they set up.
_A_TEXT = re.compile(
    r"^(?:schedule|act|constitution|amendment|article|bill|law|policy|code|rules?)$", re.I
)
_CHANGED_TERM = re.compile(r"\b(?:was|now|cut|reduced|raised|changed|amended)\b|→", re.IGNORECASE)


def tenure_label(text: str, subject_of: Callable[[], str | None]) -> Labelled | None:
    """ "What is the term of office of the Comptroller and Auditor General?" from ``Term →
    6 yrs or age 65, whichever earlier`` under its heading (a key fact of every office, and
    the label shown in front of a cloze turned it away)."""
    plain = text.replace("**", "")
    found = _TENURE.match(plain)
    if found is None or _CHANGED_TERM.search(plain[found.end() :]):
        return None
    if re.search(r"/\s*\d", plain[found.end() :]):
        return None  # "6 yrs or age 65 (UPSC) / 62 (SPSC)": one term of several bodies
    subject = subject_of()
    if subject is None or _A_PROVISION.match(subject) or _A_TEXT.search(head_noun(subject)):
        return None  # "Art 316: appointment & term": an article holds no office, nor does a
        # schedule (holdout 750, bad: "term of office of the Sixth Schedule", its councils')
    years, age = found.group("years"), found.group("age")
    term, forms = f"{years} years", [f"{years} yrs", years]
    if age:  # "6 years or age 65"; "6 years" alone is the term, and accepted
        term, forms = (
            f"{term} or age {age}",
            [term, f"{term} or {age}", f"{years} yrs or {age}", *forms],
        )
    named = subject_named(subject)
    if not named.lower().startswith("the ") and named[:1].isupper() and "'" not in named:
        named = f"the {named}"  # "the Lokpal"
    head = head_noun(subject).lower()
    if _PERMANENT_HOUSE.search(subject):  # never dissolved: its members serve the term
        prompt = f"What is the term of office of a member of {named}?"
    elif head in _HOUSES:
        prompt = f"What is the term of {named}?"  # a house sits for a term; no one holds it
    elif head in _BODIES:
        prompt = f"What is the term of office of the members of {named}?"
    else:
        prompt = f"What is the term of office of {named}?"
    return prompt, term, forms, "count"


#: Houses that are never dissolved, and houses that sit for a term, and bodies whose members
#: hold office for one.
_PERMANENT_HOUSE = re.compile(r"rajya sabha|council of states|legislative council", re.I)
_HOUSES = frozenset("assembly house parliament sabha legislature panchayat".split())
_BODIES = frozenset(
    "commission lokpal lokayukta board council tribunal authority committee ombudsman".split()
)


#: ``Report → **1988**; **247** recommendations``, ``Report submitted: 1955``: the year a
#: commission or a committee reported (holdout 500: Sarkaria's 1988 never asked).
_REPORT = re.compile(
    r"^Report(?: submitted)?\s*(?::|→|=|[–—])\s*(?:submitted\s+)?(?:in\s+)?"
    r"(?P<year>(?:1[89]|20)\d\d)(?:\s*$|\s*[;,(])"
)
#: Bodies that report: a commission, a committee, a panel.
_REPORTING = frozenset("commission committee panel group board mission council".split())


def report_label(text: str, subject_of: Callable[[], str | None]) -> Labelled | None:
    """ "In which year did the Sarkaria Commission submit its report?" from ``Report →
    **1988**`` under the commission's heading, or ``None``."""
    found = _REPORT.match(text.replace("**", ""))
    subject = subject_of() if found is not None else None
    if found is None or subject is None or head_noun(subject).lower() not in _REPORTING:
        return None
    prompt = f"In which year did {subject_named(subject)} submit its report?"
    return prompt, found.group("year"), [], "year"
