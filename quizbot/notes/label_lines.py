"""The label-line builder: ``Founder: X``, ``HQ → Y``, ``Capital: Z`` under the thing's heading.

Notes on a body or a dynasty give its plain facts as labelled lines under its heading, with
the name only in the heading (or in the note's title, under a section called *Basics*):

    ## Sena Dynasty (Bengal)
    - Founder: **Samanta Sena**; son Hemanta Sena carved a small principality in Radha

    # Union Public Service Commission (UPSC) – Functions & Constitutional Position
    ## Basics
    - HQ → Dholpur House, New Delhi

A cloze of such a line asks the value with nothing to say whose it is (the founder of
what?), and the label's colon or arrow is the notes' shorthand (the last gate drops it); yet
these are the facts an examiner asks first of a body or a dynasty:

    "Who founded the Sena Dynasty?"                        (Samanta Sena)
    "Where is the headquarters of the Union Public Service Commission?"  (New Delhi)
    "What was the capital of the Chalukyas of Badami?"     (Vatapi, or Badami)
    "Who chairs the Zonal Councils?"                       (Union Home Minister)

The label opens the line and is joined to its value by a colon, an arrow, ``=`` or a dash;
the value opens with the name asked (bold or not) and ends there (at a bracket, a comma, a
semicolon, a dash, an arrow or the line's end). Whose it is: the parent bullet's name, else
the section's heading when it is a name (``Chalukyas of Kalyani (Later / Western
Chalukyas)``: its bracket dropped), else the note's title (up to a dash: ``Union Public
Service Commission (UPSC) – Functions …``) when the section is one of the writer's labels
(*Basics*, *Overview* …); never two things joined (``Bhoodan & Gramdan Movements``). Who
first proposed a thing (``Mooted by``) is asked of a person's name. A chair is asked only
when it is an office (``Prime Minister``); a chair described (``retired SC judge``) is not.
A capital the notes say was renamed is not asked (which name is the answer?). A label that
is a deed with a date (``Launched **28 Aug 2014**``, ``Set up 1999``) asks when: "On what
date was PMJDY launched?". ``Nodal ministry →`` asks the ministry in charge, ``Legal basis
→`` the law a thing stands on. A section that asks what its thing is (``What is CBAM``), or
that is the writer's label (``NCMM – the basics``), is the thing's; an unexplained acronym
is the title's words with its initials. Other builders read whose a fact is by
:func:`~quizbot.notes.subjects.unit_subject`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from quizbot.notes.bold_labels import bold_label
from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.first_holders import first_holder
from quizbot.notes.grammar import A_YEAR, OFFICES, singular, with_the
from quizbot.notes.label_values import (
    Labelled,
    amount_label,
    bracket_names,
    head_noun,
    is_past,
    label_value,
    legal_label,
    report_label,
    subject_named,
    tenure_label,
)
from quizbot.notes.names import expansions, name_kind
from quizbot.notes.place_labels import when_label, where_label
from quizbot.notes.relation_labels import FIRST_LETTERS, relation_label
from quizbot.notes.river_sources import river_source
from quizbot.notes.seats import Seat, seat_prompt
from quizbot.notes.subjects import unit_subject
from quizbot.notes.timeline_dates import ASK_WHEN, DATE, MONTH, when_kind
from quizbot.notes.zones import is_state_or_region
from quizbot.text.names import is_region

_LABEL = re.compile(
    r"^\**(?P<label>Founder|Founded by|Proposed by|Mooted by|Conceived by|HQ|Headquarters|"
    r"Secretariat|(?:First |Original )?[Cc]apital|Chair|Chairman|"
    r"Chairperson|Headed by|(?:First|1st) (?:Indian |woman )?(?:(?i:President|Chairman|"
    r"Chairperson|Chair|Director|Director-General|Secretary-General|Governor|Chief|"
    r"Commissioner|Head)|DG|CEO|MD)|"
    r"Venue|Place|President|Developer|Developed by|Designed by|Built by|Builder)"
    r"\**\s*(?::|→|=|[–—]|-(?=\s))\s*(?P<value>.+)$"
)
#: The first letter, in lower case, of every label this module reads (``Founded``, ``HQ``,
#: ``1st President``, ``**Launched**``, ``Outlay``, ``Venue``): a line that opens on another
#: is no label line, and is not matched against the patterns (``generate_1mb_s``).
_FIRST_LETTERS = frozenset("fhscvpleaindmotwrb1*") | FIRST_LETTERS


#: Labels of who made a thing, and the verb its question asks with.
_MAKERS = {"developer": "developed", "builder": "built"}


def labelled_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Who founded the Sena Dynasty?" of ``Founder: **Samanta Sena**`` under it, or None."""
    subject = partial(unit_subject, unit, ctx)
    fixed = labelled_fact(unit.text, subject) if unit.text[:1].lower() in _FIRST_LETTERS else None
    made = fixed or bold_label(unit.text, unit.bold, subject)  # the cheap test first (1 MB: 1 s)
    made = made or (river_source(unit) if unit.text[:1] in "SOR" else None)
    return None if made is None else _draft(unit, *made)


#: A body a seat's value may name before its city: ``Ozone Secretariat, UNEP, Nairobi``.
_A_BODY = re.compile(r"\b(?:Secretariat|Office|Bureau|Unit|Cell|Directorate|Agency)$|^[A-Z]{2,6}$")


def labelled_fact(text: str, subject_of: Callable[[], str | None]) -> Labelled | None:
    """The question a ``Label: value`` text asks of the thing ``subject_of`` names (asked
    only once the label is one this module reads), or ``None``."""
    found = _LABEL.match(text)
    if found is not None and found.group("label") == "Place":
        subject = subject_of()  # a meeting's place is its venue, a site's is asked by its state
        found = found if subject is not None and _MEETING.search(subject) else None
    if found is None:
        return (
            _dated_label(text, subject_of)
            or _nodal_label(text, subject_of)
            or legal_label(text, subject_of)
            or amount_label(text, subject_of)
            or tenure_label(text, subject_of)
            or report_label(text, subject_of)
            or relation_label(text, subject_of)
            or first_holder(text)
            or when_label(text, subject_of)
            or where_label(text, subject_of)
        )
    value = label_value(found.group("value"))
    if value is None:
        return None
    subject = subject_of()
    if subject is None:
        return None
    label, name = found.group("label").lower(), value.group("name").strip()
    if name == subject:
        return None
    rest = found.group("value")[value.end() :]
    aliases = bracket_names(value.group("bracket") or "")
    if label.startswith("found"):
        head, comma, tail = name.partition(", ")
        if comma and not is_state_or_region(tail):
            name = head  # "Sukaphaa, Tai (Shan) prince": the founder, then what he was
        if "," in name or name_kind(name) not in ("person", "name"):
            return None
        return f"Who founded {subject_named(subject)}?", name, aliases, "person"
    if label in _MAKERS or label.startswith(("developed", "designed", "built")):
        # "Developer → **THDC India Ltd**" under the Tehri Dam (holdout 538: the dam's
        # developer, a key fact, was never asked)
        if "," in name or name_kind(name) not in ("person", "name", "organisation"):
            return None
        verb = _MAKERS.get(label) or label.split()[0]
        return f"Who {verb} {subject_named(subject)}?", name, aliases, "person"
    if label.endswith(" by"):  # "| Proposed by | **Xi Jinping** (Oct 2013) |" (holdout 281)
        if "," in name or name.isupper() or name_kind(name) not in ("person", "name"):
            return None
        return f"Who proposed {subject_named(subject)}?", name, aliases, "person"
    if label in ("hq", "headquarters", "secretariat"):
        word = "secretariat" if label == "secretariat" else "headquarters"
        parts = [part.strip(" *") for part in found.group("value").split(",")]
        if (
            len(parts) > 2
            and _A_BODY.search(parts[0]) is not None
            and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", parts[-1])
        ):
            # "Secretariat → Ozone Secretariat, UNEP, Nairobi": the body, its host, and the
            # city, where it is (holdout 626, bad: keyed UNEP, Nairobi rejected)
            name, aliases = parts[-1], []
        bracket = (value.group("bracket") or "").strip()
        year = bracket if A_YEAR.fullmatch(bracket) else ""
        prompt, answer, forms = seat_prompt(subject, Seat(word, name, 0, year))
        if answer in ("New Delhi", "Delhi"):
            return None  # a national body in New Delhi: a guess, not a fact (holdout 141)
        return prompt, answer, [*forms, *aliases], "place"
    # "1st President | **K.V. Kamath** (India)"
    if label.startswith(("first ", "1st ")) and not label.endswith("capital"):
        if "," in name or name_kind(name) not in ("person", "name"):
            return None
        office = found.group("label").split(" ", 1)[1]
        forms = [a for a in aliases if not is_region(a)]  # "(India)": his country, no name
        return (
            f"Who was the first {office} of {subject_named(subject)}?",
            name,
            forms,
            "person",
        )
    if label in ("venue", "place", "president"):
        return _meeting_label(label, name, subject, aliases)
    if label.endswith("capital"):
        moved = value.group("after") == "→" or re.match(r"\s*\**\s*→", rest)
        now = re.search(r"\b(?:renamed|now)\b\W*(\w*)", f"{value.group(0)} {rest}")
        if "," in name or moved or (now and now.group(1) != name.split()[0]):
            return None  # "Port Blair → renamed Sri Vijaya Puram", "Hanumakonda → Warangal";
            # not "**Charaideo** (1253) (now Charaideo dist.)": its name still (holdout 779)
        tense = "was" if is_past(subject) else "is"
        return (
            f"What {tense} the {label} of {subject_named(subject)}?",
            name,
            aliases,
            "place",
        )
    if not OFFICES & set(name.lower().split()) or value.group("after") not in ("", "(", ";"):
        return None  # "Chairperson → retired / serving SC judge": described, not an office
    return f"Who chairs {subject_named(subject)}?", name, [], "person"  # "(MoEFCC)"


#: A word of who did it; a month's name never is (``Approved by Cabinet June 2021``, holdout 111).
_AGENT_WORD = rf"(?!{MONTH}\b)[A-Z][\w.'’&-]*"
#: ``Launched **28 Aug 2014**``, ``Set up: 2010, under the NGT Act``, ``Signed at Washington DC
#: on 3 March 1973``: a label that is a deed, then (where and) the date it was done.
_DATED = re.compile(
    r"^\**(?P<label>(?i:launched|set up|established|estd\.?|founded|formed|constituted|adopted|"
    r"signed|created|inaugurated|started|approved|notified|identified|discovered|excavated|"
    r"invented|coined|launch(?: date)?|formation|foundation|(?:entered |came )?into force|"
    r"in force|"
    r"establishment|adoption|signing|creation|inauguration|commissioning))"
    # "Approved by Union Cabinet → 29 January 2025": who did it
    rf"(?: by (?P<agent>(?:the )?{_AGENT_WORD}(?: {_AGENT_WORD}){{0,3}}))?"
    r"\**\s*(?P<sep>:|→|=|[–—]|-(?=\s))?\s*"
    # "Signed at Washington DC on 3 March 1973": where, then when
    r"(?:at\s+\**[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\**\s+)?(?:on\s+|in\s+)?\**"
    rf"(?P<when>{DATE})"
    r"\**(?P<after>$|\s|[;,(.→–—])"
)
#: A date the line then says did not hold (``15 July 2019 scrubbed``).
_CALLED_OFF = re.compile(r"\s*(?:scrubbed|postponed|aborted|called off|cancelled|deferred)\b")
#: The participle of a label that is not one (``Estd``, ``Launch → 5 Nov 2013``).
_VERBS = {
    "estd": "established",
    "estd.": "established",
    "launch": "launched",
    "launch date": "launched",
    "formation": "formed",
    "foundation": "founded",
    "establishment": "established",
    "adoption": "adopted",
    "signing": "signed",
    "creation": "created",
    "inauguration": "inaugurated",
    "commissioning": "commissioned",
}


#: A meeting's name: its venue and president are its own (``COP28``, ``G20 Summit``).
_MEETING = re.compile(
    r"\b(?:COP\s?\d+|summit|conference|session|games|olympiad|congress|meeting)\b"
    r"|\b(?:First|Second|Third|Fourth|Fifth|Sixth|\d+(?:st|nd|rd|th)) (?:\w+ )?Council\b",
    re.IGNORECASE,
)  # "Fourth Buddhist Council": a council held once


def _meeting_label(label: str, name: str, subject: str, aliases: list[str]) -> Labelled | None:
    """ "Where was COP28 held?" and "Who was the President of COP28?" from ``| Venue | **Expo
    City, Dubai** |`` and ``| President | **Sultan Al Jaber** |`` under COP28's snapshot
    (holdout 275's key facts, never asked); a body's president is asked in the present."""
    meeting = _MEETING.search(subject) is not None
    aliases = [a for a in aliases if not is_region(a)]  # "(UAE)": where the place is, no name
    if label != "president":
        if not meeting:
            return None
        # "Kundalvana, Kashmir", "Expo City, Dubai": each place is right, not the country
        parts = [p.strip() for p in name.split(",")] if name.count(",") == 1 else []
        aliases += [p for p in parts if p and not is_region(p)]
        return f"Where was {subject_named(subject)} held?", name, aliases, "place"
    if "," in name or name_kind(name) not in ("person", "name"):
        return None
    tense = "was" if meeting or is_past(subject) else "is"
    return f"Who {tense} the President of {subject_named(subject)}?", name, aliases, "person"


def _dated_label(text: str, subject_of: Callable[[], str | None]) -> Labelled | None:
    """ "When was the Pradhan Mantri Jan Dhan Yojana launched?" from ``Launched **28 Aug
    2014**`` under its heading (holdout 216 asked nothing of it)."""
    found = _DATED.match(text)
    subject = subject_of() if found is not None else None
    if found is None or subject is None:
        return None
    label, when = " ".join(found.group("label").lower().split()), found.group("when")
    if label.endswith("force"):
        # "In force **1 Jan 2019**" under the Kigali Amendment (holdout 751: a key fact, never
        # asked): "On what date did the Kigali Amendment … come into force?"
        ask = ASK_WHEN[when_kind(when)]
        return f"{ask} did {subject_named(subject)} come into force?", when, [], "date"
    if not label.endswith(("ed", "up", "estd", "estd.")) and not found.group("sep"):
        return None  # "Launch on 15 July 2019 scrubbed …": a noun with no label's mark
    if _CALLED_OFF.match(text[found.end() :]):
        return None  # "Launch → 15 July 2019 scrubbed": the date it did not happen (214)
    verb = _VERBS.get(label, label)
    ask = ASK_WHEN[when_kind(when)]
    head = head_noun(subject)
    was = "were" if singular(head) != head and not head.isupper() else "was"  # "Committees"
    agent = found.group("agent")
    by = f" by {with_the(agent)}" if agent else ""  # "… approved by the Union Cabinet?"
    return f"{ask} {was} {subject_named(subject)} {verb}{by}?", when, [], "date"


#: ``Nodal ministry: **Ministry of Panchayati Raj**``, ``Ministry → **MoRTH**; agencies …``,
#: ``Nodal: **DPIIT** (Logistics Division …)``: the ministry or department in charge.
_NODAL = re.compile(
    r"^\**(?i:nodal(?: ministry| department| body)?|ministry)\**\s*(?::|→|=)\s*"
    r"(?:\*\*(?P<bold>[^*]+)\*\*|(?P<plain>[A-Z][^;(→]*?))\s*(?:\((?P<bracket>[^()]*)\)|$|[;,→])"
)
_MINISTRY = re.compile(r"\b(?:Ministry|Min\.|Mo[A-Z][A-Za-z]*|Dept|Department)\b")


def _nodal_label(text: str, subject_of: Callable[[], str | None]) -> Labelled | None:
    """ "Which is the nodal ministry for the Sagarmala Programme?" from ``Ministry →
    **MoPSW** (Ministry of Ports, Shipping & Waterways; …)`` under its heading (holdout 244's
    key fact)."""
    found = _NODAL.match(text)
    subject = subject_of() if found is not None else None
    if found is None or subject is None:
        return None
    name = (found.group("bold") or found.group("plain")).strip(" ,.")
    inner = re.match(r"^(.*?)\s*\(([^()]*)\)$", name)  # "**Ministry of Earth Sciences (MoES)**"
    bracket = inner.group(2) if inner else (found.group("bracket") or "")
    name = inner.group(1) if inner else name
    if (not _MINISTRY.search(name) and not name.isupper()) or "=" in name:
        return None  # "Nodal → Ozone Cell": a cell; "CACP = attached office of …": a remark
    kind = "ministry" if re.search(r"\bMin|\bMo[A-Z]", name) else "department"
    aliases = [a.strip() for a in bracket.split(";")[:1] if _MINISTRY.match(a.strip())]
    if kind == "department":  # "**Department of Financial Services** (Ministry of Finance)":
        aliases = [a for a in aliases if not re.match(r"Min|Mo[A-Z]", a)]  # its ministry, not it
    return f"Which is the nodal {kind} for {subject_named(subject)}?", name, aliases, "name"


def _draft(unit: Unit, prompt: str, answer: str, aliases: list[str], kind: str) -> Draft:
    forms = [a for a in (*aliases, *expansions(answer)) if a and a != answer]
    return written_question(
        unit,
        "label-line",
        prompt,
        answer,
        key_kind=kind,
        aliases=forms,
        marked=any(answer in b for b in unit.bold),
    )
