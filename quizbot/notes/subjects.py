"""Whose a line's fact is: the thing its parent bullet, its section's heading or the note's
title names (split from :mod:`~quizbot.notes.label_lines`, whose builders first needed it;
the subject lines, the heritage lines and the table labels read it too).

A section names its thing (``## Sena Dynasty (Bengal)``: the Sena Dynasty), or is one of
the writer's labels (*Basics*, *Overview*, *… at a glance*, *quick profile*) and its facts
are the title's thing's (``# Union Public Service Commission (UPSC) – Functions …``); two
things joined (``Bhoodan & Gramdan Movements``) are never one subject, and an acronym no line
spells out is the title's words with its initials.
"""

from __future__ import annotations

import re

from quizbot.notes.ambiguity import initials_spelled
from quizbot.notes.drafts import Context, Unit
from quizbot.notes.event_words import is_bare_kind
from quizbot.notes.grammar import THE_HEADS
from quizbot.notes.phrases import fold
from quizbot.notes.pronouns import names_a_thing
from quizbot.notes.role_names import parent_name
from quizbot.text.names import is_dictionary_word

#: Sections that are the writer's labels: their facts are the note's title's.
_GENERIC_SECTIONS = frozenset(
    """basics basic facts overview introduction intro about background general profile origin
    origins structure composition organisation organization recap snapshot one-glance
    biography bio location""".split()
) | {
    "key facts",
    # "IYM 2023 – key points" (holdout 744: its lead agency, FAO, never asked)
    "key points",
    "main points",
    "at a glance",
    "quick facts",
    "basic facts",
    "in brief",
    "quick profile",
    "quick recap",
    # "## Quick ID" (holdout 613, bad: "Quick ID was launched by PM Modi …")
    "quick id",
    "id card",
    "fact file",
    "fact sheet",
}
#: Lower-case words inside a name (``Treaty of Peace and Friendship``).
_NAME_JOINERS = frozenset(("of", "on", "to", "for", "and", "&", "the"))
#: Sections of the title's thing's dates.
_TIMELINES = frozenset(("timeline", "history", "chronology", "key dates", "milestones"))
#: A section on how an office is held: its facts are the title's office's.
_OFFICE_ASPECTS = re.compile(
    r"(?:(?:appointment|tenure|term|removal|independence|safeguards|qualifications|oath|"
    r"salary|service conditions|conditions of service)(?:\s*(?:,|&|and|:)\s*|$))+"
)
#: The writer's label of a section on the title's thing, by its kind (``Site basics``).
_KIND_BASICS = re.compile(
    r"^(?:(?:site|scheme|mission|event|case|project|city) (?:basics|overview)|.* at a glance"
    r"|why (?:it was|it is|the \w+ was|was it) (?:set up|formed|created|needed|passed)\??)$"
)  # "Why it was set up": the title's commission's (holdout 500)
#: Where a heading's thing ends and its aspect begins (``Zonal Councils – basics``).
_ASPECT = re.compile(r"\s[–—:-]\s|:\s")
_NUMBERED = re.compile(r"^\s*(?:\d+[.)]|[IVX]+\.|(?:Part|Section|Unit) [A-Z0-9]{1,2}\s*[–—:-])\s+")
_BRACKET = re.compile(r"\s*\([^()]*\)")
_DATED_BRACKET = re.compile(r"\s*\([^()]*\d[^()]*\)")


def unit_subject(unit: Unit | None, ctx: Context) -> str | None:
    """Whose the unit's fact is: the parent's name, the section's, or the title's."""
    if unit is not None and unit.parent is not None:
        parent = parent_name(unit.parent)
        if parent is not None and names_a_thing(parent, ctx):
            return parent
        if parent is not None or unit.parent.bold:
            return None  # "Exercises with the US:": a lead-in that is no label nor a name
    return None if unit is None else heading_subject(unit.headings, ctx)


def heading_subject(headings: tuple[str, ...], ctx: Context) -> str | None:
    """The thing a section's facts are of: the section's heading when it names one, else
    the note's title when the section is one of the writer's labels (*Basics*, *… at a
    glance*)."""
    if not headings:
        return None
    what = _WHAT_IT_WAS.search(headings[-1])
    if what is not None:  # "Background – what Art 370 was" under "Abrogation of Article 370"
        return what.group("thing")  # (holdout 653, two bad: "Abrogation … was drafted by ___")
    section = _named_by(headings[-1], ctx)
    if section is not None and section.isupper() and section not in ctx.long_forms:
        spelled = initials_spelled(section, _BRACKET.sub("", headings[0]))  # "NCMM" (title)
        section = spelled if spelled and spelled[:1].isupper() else section
    if section is not None or len(headings) < 2:
        return section
    head = _cleaned(_ASPECT.split(headings[-1])[0]).lower()
    if _OFFICE_ASPECTS.fullmatch(_cleaned(headings[-1]).lower()):
        head = "basics"  # "Appointment, tenure, removal" of the title's office (holdout 377)
    timeline = bool({head, _cleaned(_ASPECT.split(headings[-1])[-1]).lower()} & _TIMELINES)
    if timeline:
        head = "basics"  # "Timeline", "Protected status – timeline": the title's dates (504)
    if all(p in _GENERIC_SECTIONS for p in re.split(r"\s*(?:&|,| and )\s*", head)):
        head = "basics"  # "Location & basics" (holdout 504)
    if head not in _GENERIC_SECTIONS and not _KIND_BASICS.match(head):
        return None  # "Scheme at a glance", "Basics at a glance": the title's basics
    if len(headings) >= 3:  # "GST Council (Art 279A)" › "Composition": the council's
        parent = _named_by(headings[-2], ctx)
        if parent is not None:
            return parent
    # "Union Public Service Commission (UPSC) – Functions …", "NITI Aayog & Cooperative …"
    title = _ASPECT.split(_DATED_BRACKET.sub("", headings[0]))[0]  # "Empire (1336 – c. 1650s)"
    named = re.match(r"^([^()]+?)\s*\(([A-Z][A-Za-z]*[A-Z])\)", title)
    if named is not None:  # "Central Water and Power Research Station (CWPRS)": one name
        words = named.group(1).split()
        capitalised = all(w[:1].isupper() or w in ("of", "and", "for", "&") for w in words)
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if initials.upper() == named.group(2).upper():
            return named.group(1).strip() if capitalised else None
        # "Jan Aushadhi & Generic Medicines (PMBJP)": the acronym is another name's
    first, *others = re.split(r"\s(?:&|and|\+)\s", title)
    if (
        others
        and re.search(r"\s(?:on|of|to|for)\s", first)
        and " + " not in title
        and not re.search(r"\s(?:of|on)\s", others[-1])  # "… of Andhra & Siege of Warangal"
    ):
        # "Nagoya Protocol on Access & Benefit-Sharing", "Treaty of Peace and Friendship": the
        # "&" is inside the name (holdout 630: "… did the Nagoya Protocol on Access come into
        # force?"), which is all of it
        whole = _BRACKET.sub("", title).strip()
        joined = all(w[:1].isupper() or w in _NAME_JOINERS for w in whole.split())
        return whole if joined else None
    lone = " " not in first.strip() and not first.strip().isupper()  # "TRIPS": a name
    if (
        others
        and lone
        and others[-1].split()[-1].endswith("s")
        and not re.match(r"(?:its|their|the) ", others[-1].strip())
    ):  # ("Lakshadweep & its Coral Islands" is Lakshadweep's, holdout 510)
        return None  # "Bhoodan & Gramdan Movements": the first is "Bhoodan movement"
    if others and re.fullmatch(r"[A-Z][A-Z-]{2,}", others[-1].strip()):
        return None  # "Compressed Biogas (CBG) & SATAT": the scheme's launch is not the
        # gas's (holdout 786, bad: "On what date were the Compressed Biogas launched?")
    second = fold(others[-1]).split() if others else []
    if (
        timeline
        and second[:1] not in (["the"], ["its"], ["their"])
        and not all(map(is_dictionary_word, second))
    ):
        return None  # "Loktak Lake and Keibul Lamjao" › "Timeline": the dates of both (holdout
        # 641, bad: "In 1977, Loktak Lake was upgraded to national park", Keibul Lamjao was);
        # not "… Tiger Reserve and Biosphere Reserve", "… and the Heraka Movement"
    return _named_by(first, ctx)


def _named_by(heading: str, ctx: Context) -> str | None:
    """The thing a heading names: ``Sena Dynasty (Bengal)`` → ``Sena Dynasty``, ``Zonal
    Councils – basics`` → ``Zonal Councils``, ``NTCA – National Tiger Conservation Authority``
    → ``National Tiger Conservation Authority (NTCA)``; ``None`` for a label (``Basics``) or
    an aspect (``Arctic Council – India's role``)."""
    heading = _WHAT_IS.sub("", _NUMBERED.sub("", heading)).rstrip(" ?")  # "What is CBAM?"
    parts = [_cleaned(p) for p in _ASPECT.split(heading, maxsplit=1)]
    head, tail = parts[0], parts[1] if len(parts) == 2 else ""
    tail = re.sub(r"^(?:the|an?) ", "", tail, flags=re.IGNORECASE)  # "NCMM – the basics"
    if fold(head) in _GENERIC_SECTIONS or fold(head.split(" of ")[0]) in _GENERIC_SECTIONS:
        return None  # "Snapshot", "Overview": the writer's label (holdout 275); "Origin of
        # the kingdom" (holdout 433, bad: "Who founded the Origin of the kingdom?")
    words = re.sub(r"\s+(?:at a glance|in brief)$", " basics", head).split()
    if not tail and len(words) >= 2 and fold(words[-1]) in _GENERIC_SECTIONS:
        head = " ".join(words[:-1])  # "ASEAN basics", "SGB Scheme at a glance" (holdout 271)
    if tail and head.isupper() and "".join(w[0] for w in tail.split() if w[0].isupper()) == head:
        return f"{tail} ({head})"
    if tail and tail.lower() not in _GENERIC_SECTIONS:
        return None
    if " " not in head and (fold(head) in THE_HEADS or is_bare_kind(head)):
        return None  # "Convention – basics": which convention?
    return head if names_a_thing(head, ctx) else None


#: A heading that asks what its thing is (``What is CBAM``, ``What are the Kisan Credit Cards?``).
#: Its "the" stays: "What is the Kisan Credit Card?" asks of "the Kisan Credit Card".
#: A section on what a thing is or was, after a label: ``Background – what Art 370 was``.
_WHAT_IT_WAS = re.compile(
    r"\s[–—:-]\s+what (?P<thing>(?:the )?[A-Z][\w.'’ -]{0,40}?) (?:is|was|are|were)\s*$"
)
_WHAT_IS = re.compile(r"^(?:What|Who) (?:is|are|was|were) (?:an? )?(?=[A-Z]|the [A-Z])")


def _cleaned(heading: str) -> str:
    """A heading without its numbering and brackets: ``1. SCO (Shanghai …)`` → ``SCO``,
    ``Composition (Art 279A(2))`` → ``Composition`` (holdout 582: a bracket in a bracket)."""
    text = _NUMBERED.sub("", heading.replace("**", ""))
    while (bare := _BRACKET.sub("", text)) != text:
        text = bare
    return " ".join(text.split())
