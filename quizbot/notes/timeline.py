"""The timeline builder: a line that opens with its date (``1905 – Partition of Bengal``,
``13 Apr 1919 – Jallianwala Bagh massacre``, ``Dec 1929 – Lahore session``) → when?

The event is named as the notes write it up to its first arrow (what followed is its
consequence), the writer's shorthand written out (:func:`event_head`; an acronym no reader is
told the meaning of is not asked), and the learner gives the date in the form the line gives
it (a year; a month and year; a day, month and year). A year may be an mcq among years of the
section's span, each wrong for a one-off event."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizbot.bank.model import Mcq, Short
from quizbot.notes.abbreviation_keys import WELL_KNOWN
from quizbot.notes.drafts import Context, Draft, Unit, make_draft
from quizbot.notes.event_articles import (
    EVENT_NOUNS,
    OUTSIDE_COMMA,
)
from quizbot.notes.event_words import (
    LASTING,
    NOT_AN_EVENT,
    head_nouns,
)
from quizbot.notes.hashing import pick, shuffled
from quizbot.notes.names import expansions
from quizbot.notes.phrases import STATUS, fold
from quizbot.notes.shorthand import write_out
from quizbot.notes.timeline_dates import (
    YEARS_IN_HEADING,
    section_span,
    split_timeline,
    when_kind,
    year_of,
)
from quizbot.notes.timeline_questions import COMMITTEE_YEAR, when_question
from quizbot.notes.title_things import named_by_title


def _described(bold: str, event: str) -> bool:
    """Is the bold name the fact, not the year: described after it (``**Aryabhata**, first
    Indian satellite``), or later in the line (``… by **A.O. Hume**``)? A head name with only
    a bracket or an arrow after it (``**Pilot Crop Insurance Scheme** (area approach …)``,
    holdout 213) has no description to ask it from: its year is asked."""
    at = event.find(bold)
    if at not in (0, 2):  # "… by **A.O. Hume**": a person the line names, asked of it
        return at != -1
    after = re.sub(r"^\**\s*(?:\([^()]*\)\s*)*", "", event[at + len(bold) :])
    return bool(after) and not after.startswith("→")


#: An event's name ending on its kind, a bracket after it allowed (``Battle of Talikota
#: (Rakshasa–Tangadi)``, ``Lucknow Pact``): what a colon after it says is a fact of its own.
_NAMED_KIND = re.compile(
    rf"^(?:[A-Z][\w'’.-]*\s+(?:of\s+)?)*(?:{'|'.join(w.capitalize() for w in sorted(EVENT_NOUNS))})"
    r"(?:\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?(?:\s*\([^()]*\))?$"
)
_CLAUSE = re.compile(r";\s")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}s?\b")


def event_head(
    event: str, ctx: Context, headings: tuple[str, ...] = (), bold: Sequence[str] = ()
) -> str | None:
    """The event as a question names it: up to its first arrow, semicolon or colon, its
    shorthand written out; ``None`` when it names no event or keeps an unexplained acronym
    (one the line bolds is a name the writer marked: ``**IBBI** set up``, holdout 231)."""
    parts = [_CLAUSE.split(p)[0].strip() for p in re.split(r"\s+→\s+", event)]
    head = parts[0]
    named, dash, _ = head.partition(" – ")
    if dash and len(named.split()) >= 2:
        head = named  # "Jallianwala Bagh massacre, Amritsar – Gen. Dyer": Dyer is a fact of its own
    named, colon, _ = head.partition(": ")
    if colon and _NAMED_KIND.search(named):
        head = named  # "Battle of Talikota (Rakshasa–Tangadi): Rama Raya defeated …" (266)
    head = named_by_title(head, headings)  # "Accord signed" of "Assam Accord …" (466)
    last = fold(head.split()[-1]) if head.split() else ""
    if len(head.split()) < 3 and len(parts) > 1 and last not in EVENT_NOUNS:
        head = f"{head} – {parts[1]}"  # "Rakesh Sharma – first Indian in space"
    head = write_out(head, ctx.legend).strip(" –—-")
    if "→" in head or "/" in head.replace("A/B", "") or NOT_AN_EVENT.search(head):
        return None
    known = {fold(w) for h in headings for w in re.findall(r"\w+", h)}  # "India–ASEAN"
    for acronym in _ACRONYM.findall(head):
        short = acronym.rstrip("s") if acronym.endswith("s") and len(acronym) > 2 else acronym
        if short in WELL_KNOWN or short in ctx.long_forms or fold(short) in known:
            continue
        if acronym in bold:
            continue
        return None
    return head


#: A law's name: others of the notes may end on it.
_A_LAW = re.compile(r"\b(?:Act|Bill|Ordinance|Regulations?|Rules|Code)$")


#: A when-question of a thing named with capitals that was done, or an event that took place
#: (``In which year was the Treaty of Purandar signed?``, ``… did the Battle of Adwa take
#: place?``), not a person's deed nor a common noun's.
NAMED_WHEN = re.compile(
    r"^(?:In which year|In which month and year|On what date) (?:was|were) (?:the )?[A-Z][^?]*\?$"
    r"|^(?:In which year|In which month and year|On what date) did the [A-Z][^?]* "
    r"(?:take place|begin|start)\?$"
)
#: What a body's report did: the year beside it may be the report's, not the appointment's.
_REPORTED = re.compile(r"\b(?:recommend|report|submit|suggest|propos)", re.IGNORECASE)


def _wrong_by(head: str, asked: str) -> tuple[int, ...]:
    """How far from its year a wrong option lies. An event that lasts may run into the
    years next to its own (``1877 – Great Famine``, 1876–78: 1878 was no wrong option,
    holdout 279, bad); a committee's years run from its appointment to its report (the
    Garg committee of 2019 was appointed in 2017)."""
    if asked.startswith(COMMITTEE_YEAR):
        return (4, -4, 5, -5, 6, -6)
    named = re.sub(r"\s*\([^)]*\)", "", OUTSIDE_COMMA.split(head)[0]).split()
    if set(head_nouns([fold(w) for w in named])[:1]) & LASTING:
        return (3, -3, 4, -4, 5)
    return (-2, 1, 3, -1, 2, -3, 4, -4)


def rule_timeline(unit: Unit, ctx: Context) -> list[Draft]:
    """``YEAR – event`` → when did it happen? (a short answer, or an mcq among nearby
    years of the section's span)."""
    found = split_timeline(unit.text)
    if found is None:
        return []
    when, event = found
    head = event_head(event, ctx, unit.headings, unit.bold)
    if head is None or len(head.split()) < 2 or re.match(r"[a-z]+ed (?:as|to|into)\b", head):
        return []  # "revamped as PMJAY": what was revamped, the line does not say (holdout 247)
    if STATUS.search(event) and not STATUS.search(head):
        return []  # "1984 – Group of Monuments at Mahabalipuram → UNESCO WHS": the year it was
        # inscribed, which the heritage rule asks (holdout 632, bad: "… was … formed?")
    if _A_LAW.search(head) and ctx.named_longer(head):
        return []  # "1835 – Press Act" beside the "Indian Press Act" (1910) and the
        # "Censorship of Press Act" (1799): "the Press Act" is three laws (holdout 542, bad)
    kind = when_kind(when)
    asked = when_question(head, kind)
    # "(Kanha, Melghat, Palamau among first 9)": a listed aside is no part of a name it ends
    asked = asked and (
        when_question(re.sub(r"\s*\([^()\"“]*,[^()\"“]*\)(?!\s*[A-Z])", "", head), kind) or asked
    )
    day_month = " ".join(when.split()[:2]) if kind == "date" else ""
    if asked is not None and day_month and day_month in asked:
        return []  # "the Mountbatten Plan (3 June Plan)": the name says the date
    if asked is None:
        return []
    # "1975 – **Aryabhata**, first Indian satellite": the bold name is the fact, its year
    # asked only when nothing else of the line is ("1931 – **Glancy Commission** …", 263)
    named = kind == "year" and any(b in asked and _described(b, event) for b in unit.bold)
    if named and not (NAMED_WHEN.match(asked) or asked.startswith(COMMITTEE_YEAR)):
        return []  # "In which year did the Ranjit Singh make …?": only a named event's when
    rule = "timeline-last" if named else "timeline"
    if (
        asked.endswith(" appointed?")
        and "appointed" not in event
        and (_REPORTED.search(event) or re.search(r"\bat [A-Z]", event))
    ):
        return []  # "1928 – Royal Commission … → recommends …", "CWC at Bardoli → …": what it did
    context = YEARS_IN_HEADING.sub("", unit.context)
    prompt = f"{context}: {asked}"
    slot = f"timeline:{when}"
    year = year_of(when)
    if kind == "year" and year > 0:  # "c. 250 BCE": a typed answer (options would count back)
        span = section_span(unit) or (year - 6, year + 6)
        near = [year + d for d in _wrong_by(head, asked)]
        name = re.sub(r"\s*\([^)]*\)", "", OUTSIDE_COMMA.split(head)[0])  # a year the notes
        top = min(span[1], max(ctx.present_year, year))  # tie to it is no wrong one (459, bad)
        wrong = [str(y) for y in near if span[0] <= y <= top and not ctx.together(name, str(y))]
        if len(wrong) >= 3 and pick(("short", "mcq"), unit.key, "when") == "mcq":
            options = shuffled([when, *wrong[:3]], unit.key, "when-o")
            return [
                make_draft(
                    unit,
                    Mcq,
                    rule,
                    slot,
                    when,
                    key_kind="year",
                    prompt=prompt,
                    options=tuple(options),
                    answer=when,
                )
            ]
    return [
        make_draft(
            unit,
            Short,
            rule,
            slot,
            when,
            key_kind="year" if kind == "year" else "date",
            prompt=prompt,
            answer=when,
            aliases=tuple(expansions(when)),
        )
    ]
