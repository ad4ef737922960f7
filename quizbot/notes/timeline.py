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
from itertools import pairwise

from quizbot.bank.model import Mcq, Short
from quizbot.notes.abbreviation_keys import WELL_KNOWN
from quizbot.notes.clause_shapes import a_present_verb, base_form
from quizbot.notes.drafts import Context, Draft, Unit, make_draft
from quizbot.notes.event_articles import (
    EVENT_NOUNS,
    MADE_INTO,
    OUTSIDE_COMMA,
    into_force,
    named_subject,
    plural_of_a_kind,
    the_event,
    the_if_named,
    the_named,
)
from quizbot.notes.event_words import (
    BARE_OBJECT,
    CLAUSE_WORDS,
    DESCRIBED,
    DONE,
    HAPPENED,
    LASTING,
    NOT_AN_EVENT,
    POINTING_SUBJECT,
    POINTS_BACK,
    RECURRING,
    RECURRING_ACT,
    asked_begun,
    done_to,
    event_name,
    head_nouns,
    is_bare_kind,
)
from quizbot.notes.grammar import OFFICES
from quizbot.notes.hashing import pick, shuffled
from quizbot.notes.names import expansions
from quizbot.notes.phrases import STATUS, fold
from quizbot.notes.shorthand import write_out
from quizbot.notes.tenses import DONE_BY_ITSELF
from quizbot.notes.timeline_dates import (
    ASK_WHEN,
    MONTH,
    YEARS_IN_HEADING,
    section_span,
    split_timeline,
    when_kind,
    year_of,
)
from quizbot.notes.timeline_verbs import (
    A_CLAUSE,
    ACTIVE,
    BASE,
    BY_AGENT,
    COMPLEMENTED,
    EXCLAIMED,
    MANY,
    NAMED_DOES,
    NAMED_DONE,
    PARTICIPLE,
    PRESENT,
    SECOND_VERB,
    STATUS_UNSAID,
    THE_PLACE,
    TO_A_LIST,
)
from quizbot.notes.title_things import named_by_title

#: Deeds that want an object, or recur (``El Niño returns``): alone, they date no one event.
_LEFT_OPEN = frozenset("returns ratifies signs approves accepts rejects adopts endorses".split())


#: An agreement named only by its parties: many were signed, and the line's is on its topic.
_PARTIES = re.compile(
    r"^(?:Indo|India)[-–][A-Z][a-z]+(?: [A-Z][a-z]+)? (?:agreement|deal|MoU|pact)$"
)
#: A bracket that holds only a month (``DPDP Act passed (Aug)``): a year question's aside.
_MONTH_ONLY = re.compile(rf"\s*\({MONTH}\)")
#: A day and month, or a month, in a bracket: a year's question leaves it out (holdout 124).
DAY_MONTH = re.compile(rf"\s*\((?:\d{{1,2}} )?{MONTH}\)")


def _a_present(word: str) -> bool:
    """``fails``, ``ends``: a present tense in lower case, not an event's plural
    (``movements``) or a name's word (``Morley–Minto Reforms``)."""
    return (
        word.islower()
        and a_present_verb(word)
        and word[:-1] not in DONE
        and word[:-1] not in HAPPENED
    )


#: How a committee's year is asked: with the year, not its appointment nor its report.
COMMITTEE_YEAR = "With which year is"


def when_question(head: str, kind: str) -> str | None:
    """The date question in natural words ("In which year was the Rowlatt Act passed?",
    "… did the Surat Split take place?"), or ``None`` when the event is no phrase a question
    can use ("Kheda (Gujarat)"): then only the section's order asks it."""
    ask = ASK_WHEN[kind]
    head = EXCLAIMED.sub("", head).strip(" .,;")  # "(2 days after freedom!)": an aside
    if kind == "year":
        head = DAY_MONTH.sub("", head)
    if (forced := into_force(head, ask)) is not None:
        return forced  # "GoI Act 1935 in force": not when it was passed
    if ":" in head or " – " in head or POINTS_BACK.search(head):
        return None  # "Jatin Das d. after …": a death, no event; "… started from it" (383)
    if RECURRING.search(head) or STATUS_UNSAID.search(head):
        return None  # "Calcutta session (president …)": 1886 or 1906?; "… proclaimed by UNESCO"
    m = PARTICIPLE.match(head)
    does = PRESENT.match(head)
    if m and m.group("subject").endswith(","):
        return None  # "Gandhi stopped near Palwal …, sent back": whose "sent"? (holdout 354)
    if m and ACTIVE.match(m.group("rest")) and m.group("verb") not in COMPLEMENTED:
        return None  # "Cabinet approved the … mission": a deed done, no passive (holdout 353)
    if m and does and does.end("verb") <= m.start("verb"):
        m = None  # "Rao government introduces revised bill": "revised" is no deed (holdout 312)
    if m:
        rest = _MONTH_ONLY.sub("", m.group("rest").split(",")[0]).rstrip()  # "passed (Aug)"
        subject = m.group("subject")
        if m.group("verb") in TO_A_LIST and not rest:
            return None  # "Wular, Sambhar, … added": added to what? (holdout 343)
        if (m.group("verb") == "amended" and not rest) or DESCRIBED.fullmatch(subject):
            return None  # "RBI Act amended": many times; "Congress-backed union formed": which?
        if is_bare_kind(subject) or POINTING_SUBJECT.match(subject) or subject in THE_PLACE:
            # "Bill passed by Parliament", "that Act repealed", "city founded by …": which?
            return None
        subject, two = named_subject(subject, m.group("verb"), m.group("rest"))
        # "6 more banks … were nationalised", "feudal privileges & tithes were abolished"
        many = (
            two
            or MANY.match(subject)
            or re.fullmatch(r"the [a-z]+(?<!ss)s", subject)  # "the committees reconstituted"
            or re.search(r"\s(?:&|and)\s(?:\w+\s)?\w+s$", subject)
            # "… Rules were framed", "E-Waste (Management) Rules 2022 were notified"
            or re.sub(r",? \d{4}$", "", subject).endswith(("Rules", "Regulations", "Guidelines"))
            or plural_of_a_kind(subject)  # "Grievance Appellate Committees were added" (333)
        )
        was = "were" if many else "was"
        if fold(subject) in OFFICES or fold(rest.strip()) in OFFICES:
            return None  # "President sworn in": which? (220); "X elected President": of what?
        return f"{ask} {was} {subject} {m.group('verb')}{rest}?"
    m = BY_AGENT.match(head) or NAMED_DONE.match(head)
    if m and m.group("verb") in DONE_BY_ITSELF:
        return None  # "Tipu Sultan refused": he refused, no one refused him (holdout 618, bad)
    if m:
        subject, two = named_subject(m.group("subject"), m.group("verb"))
        return f"{ask} {'were' if two else 'was'} {subject} {m.group('verb')}{m.group('rest')}?"
    m = PRESENT.match(head)
    if m and is_bare_kind(m.group("subject")):
        return None  # "2016 – Bank opens": which bank? ("did Bank open?", holdout 281)
    if m and SECOND_VERB.search(m.group("rest")):
        return None  # "Garibaldi meets … and hands over the south": two deeds, one tense
    if m and (BARE_OBJECT.fullmatch(m.group("rest").strip()) or "," in m.group("subject")):
        return None  # "League accepts the plan": which plan?; "withdraws …, calls": two deeds
    named_does = m is None
    if m is None:  # "Battle of Sakarya halts …", "GoI Act provides for …": any present verb
        m = NAMED_DOES.match(head)  # after an event's name
        if m and SECOND_VERB.search(m.group("rest")):
            return None
    if m:
        verb = m.group("verb")
        base = BASE.get(verb) or base_form(verb) or verb[:-1]
        rest = OUTSIDE_COMMA.split(m.group("rest"))[0]  # "…, capital Gulbarga": an aside
        if not rest.strip() and verb in _LEFT_OPEN:
            return None  # "El Niño returns" (279), "French Parliament ratifies" what? (473)
        # "Kirpal Pal becomes raja": a person; so is "Hasan Gangu founds …" (no kind's word)
        person = base == "become" and fold(m.group("rest").split()[0]) in MADE_INTO
        subject = m.group("subject")
        subject = subject if person else the_if_named(subject, done_to_a_person=not named_does)
        return f"{ask} did {subject} {base}{the_named(rest)}?"
    name = OUTSIDE_COMMA.split(head)[0]
    plain = [fold(w) for w in re.sub(r"\s*\([^)]*\)", "", name).split()]
    nouns = head_nouns(plain)
    if plain and plain[-1] in ("group", "front", "act"):  # "People's War Group": formed,
        nouns = [plain[-1]]  # "Finance Commission (Misc. Provisions) Act": passed
    written = re.sub(r"\s*\([^)]*\)", "", name).split()
    # a present tense after a name's word or its kind ("Mission fails", "… group goes", 293)
    after_a_name = (w for p, w in pairwise(written) if p[:1].isupper() or fold(p) in nouns)
    if A_CLAUSE.search(name) or _a_present(written[0]):
        return None  # "Partition splits the basin", "Air India handed to Tata group": clauses
    if not nouns or any(w in CLAUSE_WORDS for w in plain) or any(map(_a_present, after_a_name)):
        return None  # no event named, or a clause ("INC ministries resign", "Mission fails")
    if plain[:2] == ["in", "re"] or (plain[-1:] == ["bill"] and len(nouns) > 1):
        # "In re Kerala Education Bill": a court's opinion; "Banking Service Commission
        # (Repeal) Bill → joint sitting": neither appointed nor, that year, surely introduced
        return None
    name = event_name(name, nouns[0])
    if is_bare_kind(name) or re.search(r"\S\s+[₹$€£]\s?\d", name) or _PARTIES.match(name):
        return None  # "2014 – Report (Jan)": which report?; "Scheme ₹22,919 cr": a note;
        # "Indo-Soviet agreement": on what? (holdout 506, bad: Tehri dam left out)
    if nouns[0] in DONE and RECURRING_ACT.match(name.strip()):
        return None  # "1919 – GoI Act → …": "When was the GoI Act passed?" has three answers
    if nouns[0] in DONE and not (nouns[0] == "party" and "tea" in plain):
        done = done_to(nouns[0], name, plain[0], head)  # (the Boston Tea Party: no party formed)
        named = name if nouns[0] == "day" else the_event(name)  # "was Direct Action Day observed"
        form = " in its present form" if " present form" in head else ""  # (holdout 374, bad)
        panel = nouns[0] == "committee" or plain[-2:-1] in (["expert"], ["working"])
        # a commission described ("Morse Commission (…) critical of R&R", 503): its report
        panel = panel or (nouns[0] == "commission" and name != head.strip())
        if panel and kind == "year" and not form:  # "2003 – Malimath Committee", "Lakdawala
            # Expert Group (1993)": as often its report's year (holdouts 235, 272; 459, bad)
            return f"{COMMITTEE_YEAR} {named} associated?"
        return f"{ask} was {named} {done}{form}{_held_at(head, nouns[0])}?"
    if asked_begun(nouns[0], kind):  # the Dandi March ran 12 Mar – 6 Apr 1930
        return f"{ask} did {the_event(name)} begin?"
    return f"{ask} did {the_event(name)} take place?"


def _held_at(head: str, noun: str) -> str:
    """`` at Delhi`` of ``Khilafat Conference, Delhi``: where a meeting was held, which tells
    it from another of its name (holdout 340, bad: "the Khilafat Conference" of Nov 1919,
    beside the Karachi one of 1921); ``""`` when the comma gives no place."""
    if DONE.get(noun) != "held":
        return ""
    parts = OUTSIDE_COMMA.split(head)
    place = parts[1].strip() if len(parts) == 2 else ""
    return f" at {place}" if _PLACE.fullmatch(place) else ""


#: A place after a meeting's comma: one or two capitalised words (``Delhi``, ``New Delhi``).
_PLACE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


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
