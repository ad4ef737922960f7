"""Verbless participle lines: ``Brahmi deciphered by **James Prinsep** (1837)``.

Revision notes drop the *was* of a passive: a name, a bare past participle, and who did it
or where (``Qutub Minar begun by Aibak``, ``Arya Samaj founded by Dayanand (1875)``,
``Kitab-ul-Hind written by Al-Biruni``). A cloze of such a line shows the note as written,
a fragment with no verb that a coach rewrites before using it. This module does both halves
of the class:

- :func:`participle_line_question` asks the line as a clean question when it gives a
  subject (a capitalised name at the line's head), the participle and a named agent or
  place that ends the line (a bracketed year may follow and dates the question):

      "Who deciphered Brahmi in 1837?"
      "Where was the Hira Mahal built?"

- :func:`bare_participle` (a rule of the last gate) drops a cloze or true/false whose text
  is such a line: its first clause is a subject and a participle followed by *by* (or a
  place's participle, *built*, *born* …, followed by *at* or *in*), with no *was*, *is* …
  before it, so the raw line is never shown as a cloze.
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question, TrueFalse
from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.event_words import is_bare_kind
from quizbot.notes.fragments import shown
from quizbot.notes.grammar import a_common_noun, has_verb, is_lawmaker, with_the
from quizbot.notes.names import expansions, name_kind
from quizbot.notes.timeline_dates import leading_date
from quizbot.notes.timeline_verbs import STATUS_GIVEN
from quizbot.text.names import is_everyday_word

#: Irregular participles and the past tense an active question takes.
_IRREGULAR = {
    "built": "built",
    "begun": "began",
    "written": "wrote",
    "drawn": "drew",
    "given": "gave",
    "taken": "took",
    "chosen": "chose",
    "sung": "sang",
    "led": "led",
    "held": "held",
    "won": "won",
    "made": "made",
    "set up": "set up",
    "brought": "brought",
    "found": "found",
    "laid": "laid",
    "sent": "sent",
    "fought": "fought",
}
_PARTICIPLE = r"(?:[a-z]{3,}ed|" + "|".join(sorted(_IRREGULAR, key=len, reverse=True)) + ")"
#: A name of one to six capitalised words or short joiners, then an optional bracket.
_NAME = r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z0-9][\w.'’&-]*|of|the|and|ka|ki|ul|al|de))*"
_LINE = re.compile(
    rf"^(?P<subject>(?:The\s+)?{_NAME})(?:\s*\((?P<bracket>[^()]*)\))?\s+"
    rf"(?P<verb>{_PARTICIPLE})\s+(?P<prep>by|at|in)\s+(?:the\s+)?(?P<agent>{_NAME})"
    r"(?:\s*\((?P<when>[^()]*)\))?\.?$"
)
_YEAR = re.compile(r"^(?:c\.\s*)?(?:1[0-9]|20|[1-9])\d\d(?:\s*(?:CE|AD))?$")
#: What followed, after an arrow or a semicolon: not part of the participle's line.
_AFTERMATH = re.compile(r"\s+→\s+|;\s+")
#: Words that only point at a subject named elsewhere, or open a sentence, not a name.
_NOT_A_SUBJECT = frozenset("this these that those it its his her their they he she".split())
#: The auxiliaries a passive takes; one of them before the participle makes a sentence.
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got)\b", re.IGNORECASE
)
#: Participles that take a place (``built at Agra``): a past tense such as *died* or
#: *returned* says where someone went, and is not asked "Where was … ?".
_PLACE_VERBS = frozenset(
    """built founded established constructed launched signed held set up developed
    discovered excavated born crowned buried assassinated imprisoned fought formed opened
    inaugurated installed commissioned painted carved written composed""".split()
)
_PLACE_VERB = "|".join(sorted(_PLACE_VERBS, key=len, reverse=True))
_CLAUSE_END = re.compile(r"[,;:–—→]")
#: Bodies a generic name (``Expert Committee``) does not tell apart (not chairs' wider list:
#: "Monsoon Mission" is a name, though both its words are everyday ones).
_BODIES = frozenset("committee cttee commission panel council board group body team".split())
_DECADE = re.compile(r"^(?:1[0-9]|20)\d0s$")
#: A common noun that opens the line only to say what the name is: ``Term BRIC``.
_TERM_WORD = re.compile(r"^(?:Term|Word|Phrase|Slogan|Expression)(?= [A-Z])")
#: An agent's bracket that says who he was before the year: ``(Goldman Sachs, 2001)``.
_GLOSS_THEN_YEAR = re.compile(r"^[^,()]+,\s*(?=(?:1[0-9]|20)\d\ds?$)")
_BARE = re.compile(rf"\b(?:{_PARTICIPLE}\s+by|(?:{_PLACE_VERB})\s+(?:at|in))\b")


def participle_line_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Who deciphered Brahmi in 1837?" from ``Brahmi deciphered by James Prinsep (1837)``."""
    text = unit.text.replace("**", "").strip()
    if " by " not in text and " at " not in text and " in " not in text:
        return None
    lead = leading_date(text)
    if lead is not None:  # "13 Dec 1946 – Objectives Resolution moved by Nehru → adopted …"
        text = lead[1]
    # what followed is another note: "Term BRIC coined by O'Neill (2001) → paper on …";
    # cut from a longer line, the agent must be a person's full name (not "by Speaker;
    # convention …" nor "balanced by Coriolis → …", both asked once the cut was made)
    whole = text
    text = _AFTERMATH.split(text, maxsplit=1)[0].strip()
    found = _LINE.match(text)
    if found is None:
        return None
    subject, verb, prep = found.group("subject"), found.group("verb"), found.group("prep")
    agent = found.group("agent").strip()
    if subject.split()[0].lower() in _NOT_A_SUBJECT or has_verb(subject, loose=False):
        return None
    if a_common_noun(subject, ctx.proper_words) or is_bare_kind(subject):
        return None  # "Oath administered by the CJI", "Bill passed by": whose? which?
    *described, body = subject.lower().split()
    if body in _BODIES and all(is_everyday_word(w) for w in described):
        return None  # "Expert Committee chaired by Bimal Jalan": which committee?
    bracket = (found.group("bracket") or "").strip()
    # "by O'Neill (Goldman Sachs, 2001)": who he was, then the year; the year dates it
    when = _GLOSS_THEN_YEAR.sub("", (found.group("when") or "").strip())
    glossed = when != (found.group("when") or "").strip()
    if (glossed or (text != whole and lead is None)) and len(agent.split()) < 2:
        return None
    when = when or (bracket if _YEAR.match(bracket) else "")
    when = when or (lead[0].split()[-1] if lead is not None else "")
    date = f" in {when}" if _YEAR.match(when) else ""
    date = date or (f" in the {when}" if _DECADE.match(when) else "")
    if found.group("when") and not date:
        return None  # ``by X (a gloss)``: what the bracket says is not known
    if _YEAR.match(agent) or agent.lower() == subject.lower():
        return None
    if bracket and not _YEAR.match(bracket):
        subject = f"{subject} ({bracket})"  # "CPI (ML) formed by …": the bracket is its name's
    term = _TERM_WORD.match(subject)
    named = f"the {subject[0].lower()}{subject[1:]}" if term else with_the(subject)
    if prep == "by":
        if not _person(agent) or verb in STATUS_GIVEN:
            return None
        past = _IRREGULAR.get(verb, verb)
        office = _OFFICE.match(agent)  # "RSBY launched by Ministry of Labour": no "Who" (432)
        which = f"Which {office.group(1).lower()}" if office else "Who"
        return _draft(unit, f"{which} {past} {named}{date}?", agent, "name" if office else "person")
    if verb not in _PLACE_VERBS or name_kind(agent) not in ("name", "place"):
        return None  # ``in Akbar``: not a place
    prompt = f"Where was {named} {verb}{date}?"
    return _draft(unit, prompt, agent, "place")


#: A people or a power named by its adjective (``British``, ``the Portuguese``).
_A_PEOPLE = re.compile(
    r"(?:the )?(?:British|English|French|Dutch|Portuguese|Danish|Mughals?|Marathas?|Afghans?|"
    r"Persians?|Sikhs?|Rajputs?|Company|EIC)",
    re.IGNORECASE,
)
#: A document something is done by, not a person: ``Presidential Order``, ``Royal Charter``.
_AN_INSTRUMENT = re.compile(
    r"\b(?:Order|Act|Ordinance|Resolution|Notification|Amendment|Proclamation|Charter|Treaty|"
    r"Decree|Bill|Regulations?|Rules|Code|Firman|Farman|Sanad|Statute)$"
)
#: A body of the government named by its kind: asked "Which ministry …?", never "Who".
_OFFICE = re.compile(r"(Ministry|Department|Commission|Committee|Council|Board)\b")


#: A timeline's bracketed year before its blank (``(1923) ___ formed by …``): a dated line,
#: like ``1923 – ___ formed by …``.
_YEAR_FIRST = re.compile(r"^\((?:1[5-9]|20)\d\d\)\s+(?=_)")
#: A subject and bare participles, nothing else (``___ captured and shot.``, ``Bahadur Shah
#: Zafar proclaimed ___.``); a date after them says when, and stays (``… launched Oct ___.``).
#: A line that opens on a participle and its preposition (``Fought on the …``).
_OPENS_ON_A_PARTICIPLE = re.compile(
    r"^(?:[A-Z][a-z]{2,}ed|Fought|Built|Begun|Held|Made|Won|Lost|Set up|Cut|Found)"
    r" (?:on|in|at|by|into|from|under|near|along|across|over|with)\b"
)
#: A blank, what was done to it and when, nothing else (``___ set up in 2014.``, holdout
#: 558, bad: any body set up that year fits).
_ONLY_WHEN = re.compile(
    r"^_+ (?:[a-z]{3,}ed|set up|built|begun|made|held)"
    r" (?:in|on) (?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}\.?$"
)
_ONLY_PARTICIPLES = re.compile(
    r"^(?:_+|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*) [a-z]{3,}ed(?: (?:and|&) [a-z]+(?:ed|ot))?"
    r"(?: _+)?\.?$"
)


def bare_participle(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A cloze or true/false whose first clause is a subject and a bare participle before
    *by*, with no auxiliary: the note's verbless line, not a sentence."""
    if not isinstance(question, Cloze | TrueFalse):
        return None
    # only the first clause: a participial phrase after a main clause is no fragment
    if _YEAR_FIRST.match(shown(question)):
        return None  # a dated line: the timeline's gate judges it (it may be asked outright)
    opener = _OPENS_ON_A_PARTICIPLE.match(shown(question))
    if opener is not None and "," not in shown(question)[: opener.end()]:
        # "Fought on the ___ at Saraighat" (holdout 518, weak): what was, the heading says;
        # said with its subject ("The Battle of Saraighat was fought …"), it is asked
        return "the line opens on what was done: to what, only the heading says"
    head = _CLAUSE_END.split(shown(question), maxsplit=1)[0]
    if _ONLY_PARTICIPLES.match(shown(question)) or _ONLY_WHEN.match(shown(question)):
        return "a name and what was done to it, nothing else: a note, not a sentence"
    if " by " not in head and " at " not in head and " in " not in head:
        return None  # the cheap test first (``generate_1mb_s``)
    found = _BARE.search(head)
    if found is None:
        return None
    before = head[: found.start()]
    if _AUXILIARY.search(before):
        return None  # a passive sentence
    if has_verb(before.replace("_", " "), loose=False):
        return None
    return "a verbless note line (a bare participle): not a sentence"


def _person(agent: str) -> bool:
    """A person's name: one to four capitalised words that name no body or place, nor the
    house that passes every act (``GI Act passed by Parliament``, holdout 280, bad: "Who
    passed the GI Act in 1999?" asks nothing)."""
    words = agent.split()
    if is_lawmaker(agent) or _A_PEOPLE.fullmatch(agent):
        return False  # "Punjab annexed by British": a people, no one person (holdout 435, bad)
    if _AN_INSTRUMENT.search(agent):
        return False  # "ISC constituted by Presidential Order" (holdout 541, bad: "Who …?")
    return name_kind(agent) in ("person", "name") and 1 <= len(words) <= 4


def _draft(unit: Unit, prompt: str, agent: str, kind: str) -> Draft:
    forms = [a for a in expansions(agent) if a and a != agent and len(a) > 3]
    ministry = re.fullmatch(r"Ministry of ([A-Z][\w&, ]+)", agent)
    if ministry:  # "Labour", "Labour Ministry": the ministry said as an examiner accepts it
        forms += [ministry.group(1), f"{ministry.group(1)} Ministry"]
    return written_question(
        unit,
        "participle-line",
        prompt,
        agent,
        key_kind=kind,
        aliases=forms,
        marked=agent in unit.bold,
    )
