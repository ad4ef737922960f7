"""Heads of ``Term: definition`` lines that are the writer's labels or clauses, not terms to
ask (split from :mod:`~quizbot.notes.term_questions`): a plain label over notes (``Crops:
wheat, barley …``), a deed the writer bolded (``**Viceroy abolished** → …``), a one-word label
beside the writer's bold terms (``Stubble → Happy Seeder`` beside ``**SAFAR** – …``)."""

from __future__ import annotations

import re

from quizbot.notes.clause_shapes import a_present_verb, base_form
from quizbot.notes.clauses import PROVISION
from quizbot.notes.drafts import Context, Unit
from quizbot.notes.grammar import opens_on_a_deed
from quizbot.notes.labels import CONNECTIVES
from quizbot.notes.phrases import fold
from quizbot.notes.tenses import is_a_deed, past_tense
from quizbot.notes.terms import Term
from quizbot.text.dates import MONTH_SPAN
from quizbot.text.names import ABBREVIATIONS, frequency, is_dictionary_word, is_everyday_word

#: A definition that is only a title or a name, perhaps dated: ``Annihilation of Caste
#: (1936).``
_TITLE_ONLY = re.compile(
    r"\*?\*?[A-Z][\w'’-]*(?: (?:of|the|and|in|on|for|[A-Z][\w'’-]*))*\*?\*?"
    r"(?: \([^()]*\))?\.?"
)


def plain_label(term: Term, unit: Unit, ctx: Context) -> bool:
    """A head of everyday words the writer did not mark, outside a glossary or over a list of
    short items (``Crops: wheat, barley …``, ``Weak links: tiny holdings …``, ``Actors →
    Data Principal …``): a label over notes, not a term (holdouts 112 and 113: six such heads
    blanked, all bad)."""
    if any(c.isdigit() for c in term.base):
        return False  # "Art 19", "G20": a name with its number
    if _describes_the_subject(term, unit):
        return True  # "Permanent intergovernmental Eurasian org → …" under the SCO (623, bad)
    if MONTH_SPAN.fullmatch(term.base):
        return True  # "Feb–Mar – slash left to dry": a calendar's months, no term (holdout 165)
    if _ANOTHER_LABEL.search(term.definition):
        return True  # "Coastal: fresh water (↓); polar: freezing (↑)": two labels (holdout 166)
    if not term.marked and _judged_or_reasoned(unit) and _SENTENCE_CASE.match(term.base):
        return True  # "Regional skew → southern states get …" under "Issues" (holdout 272)
    if _PARTS_NAMED.match(term.definition) and _a_common_plural(term.base):
        return True  # "Bodies: Governing Council (…) & Standing Committee (…)" (holdout 270)
    words = re.findall(r"[a-z]+", term.base.lower())
    if len(words) == 1 and is_everyday_word(words[0]) and _TITLE_ONLY.fullmatch(term.definition):
        return True  # "Book: Annihilation of Caste (1936).": a label over a title (holdout 288)
    several = ";" in term.definition or re.search(r",.* (?:&|and) ", term.definition)
    if len(words) == 1 and not term.marked and several and frequency(words[0]) >= _A_LABEL_WORD:
        return True  # "Army: cavalry imp.; horses …", "Coins: gold varaha, … & fanam"
    items = [i for i in re.split(r"[,;]\s+", term.definition) if i.strip()]
    bare = [re.sub(r"\s*\([^()]*\)", "", i).split() for i in items]
    # "Irrigation → tanks, channels (eri variyam)": examples, one word each (holdout 376, bad)
    listed = (len(items) >= 3 and all(len(i.split()) <= 5 for i in items)) or (
        len(items) >= 2 and all(len(b) == 1 for b in bare)
    )
    if (
        len(words) == 1
        and len(items) >= 3
        and not term.marked
        and _AN_ADJECTIVE.fullmatch(words[0])
    ):
        return True  # "Multipurpose: hydropower, irrigation, …": what it is, then its uses
        # (holdout 538, bad: "Uses" or "Benefits" fit the blank as well)
    return (
        not term.marked
        and (id(unit) not in ctx.glossary or listed)  # a glossary's "Bank rate: rate at …"
        and term.base[1:] == term.base[1:].lower()
        and bool(words)
        and all(is_everyday_word(w) and w not in ctx.proper_words for w in words)
    )  # "Sun = 'father of modern China'": a name the notes write in full elsewhere


#: A word made an adjective by its ending or its ``multi-``: a quality, no term's name.
_AN_ADJECTIVE = re.compile(
    r"multi-?[a-z]+|[a-z]+(?:purpose|ful|less|ous|ive|ical|able|ible)", re.IGNORECASE
)
#: Headings or lead-ins over the writer's judgement of a thing or its reasons, whose lines
#: open on the writer's own summary (``Regional skew``, ``China's rise``): no term a learner
#: could name from what follows.
_JUDGED = re.compile(
    r"\b(?:issues?|challenges?|criticism|critique|concerns?|problems?|limitations?|"
    r"drawbacks?|way (?:fwd|forward|ahead)|why|reasons?|drivers?|factors?|pros|cons|"
    r"advantages?|disadvantages?|merits?|demerits?|lessons?|applications?|uses)\b"
)
#: A head in sentence case, a possessive name at most before it (``China's rise``).
_SENTENCE_CASE = re.compile(r"^[A-Z][\w'’-]*(?: [a-z][\w'’-]*)+$")


#: A definition that names two or more parts: ``Governing Council (…) & Standing Committee``.
_PARTS_NAMED = re.compile(
    r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?: \([^()]*\))?"
    r"(?:(?:,| &| and) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?: \([^()]*\))?)+\.?$"
)


#: How often an unmarked one-word head over several notes must be used to be the writer's
#: label of an aspect (``army`` 100,003, ``coins`` 8,100; ``budget`` 14,695 is a term only
#: over one definition): holdout 298, two such heads blanked, both bad.
_A_LABEL_WORD = 5000


def _a_common_plural(head: str) -> bool:
    """One everyday word in the plural (``Bodies``, ``Members``, ``Organs``)."""
    word = fold(head)
    return " " not in word and word.endswith("s") and is_everyday_word(word)


def _judged_or_reasoned(unit: Unit) -> bool:
    """Is the unit under a heading or lead-in of issues, criticism, reasons or uses (``Basic
    research → knock out genes …`` under "Applications", holdout 540, bad)?"""
    return any(_JUDGED.search(fold(h)) for h in (*unit.headings[-1:], unit.subject or ""))


#: A second label in the definition (``…; polar: freezing …``): the head is one of a set.
_ANOTHER_LABEL = re.compile(r";\s+[a-z]+(?: [a-z]+)?:\s")

#: A modal after the definition's subject: it says what may happen, not what a term is.
_MODAL = re.compile(r"^(?:\S+ ){1,4}(?:may|can|must|shall|will|should|cannot)\b")


#: Prepositions after a participle that make a head a clause (``fixed in perpetuity``).
_AFTER_DONE = frozenset("in by to at on for under with from into".split())


#: A provision and what it does: ``Art. 17 abolishes untouchability``.
_PROVISION_DOES = re.compile(PROVISION.pattern + r"\.? ?\d+[A-Z]?(?:\(\w+\))* [a-z]+s [a-z]")


def clause_head(term: Term, ctx: Context) -> bool:
    """Is the head a clause or a situation the writer bolded, not a term (holdouts 117 and
    118)? A name and a participle (``Viceroy abolished``, ``Paramountcy lapsed``), or an
    everyday word the notes also write in lower case over what may then happen
    (``Deadlock → Prez may summon joint sitting …``)."""
    words = term.base.split()
    last = words[-1] if words else ""
    if len(words) >= 2 and last.islower() and last.endswith("ed") and base_form(last):
        return True
    if group_and_its_deed(term):
        return True  # "Young radicals → turned to revolutionary path": who did what
    done = next((i for i, w in enumerate(words[1:-1], 1) if w.endswith("ed") and base_form(w)), 0)
    if done and words[done + 1] in _AFTER_DONE and all(w.islower() for w in words[done:]):
        return True  # "Revenue fixed in perpetuity: govt gets 10/11" (holdout 215)
    if len(words) >= 2 and fold(words[0]) in _ADVERBS:
        return True  # "Mostly seen indirectly: X-rays from …" (holdout 220)
    if len(words) >= 2 and fold(words[0]) in _OPENING_VERBS:
        return True  # "Needs **condensation nuclei** → dust, smoke …": a clause (holdout 126)
    if opens_on_a_deed(term.base):
        return True  # "Recommending President's Rule – report under Art 356" (holdout 149)
    if len(words) >= 2 and words[0] in CONNECTIVES:
        return True  # "BUT 44th Amendment (1978) → press can publish …" (holdout 151)
    verb = words[1] if len(words) == 3 and words[0][:1].isupper() and words[1].islower() else ""
    if verb and (past_tense(verb) or (verb.endswith("ed") and base_form(verb))):
        # "DGRE issues bulletins – colour codes …": a body and its deed (holdout 241); "India
        # chaired councils: Delhi (2020), …": a country and its deed
        return True
    if _PROVISION_DOES.match(term.base):
        return True  # "Art. 17 abolishes untouchability — his lifelong cause …" (holdout 288)
    if len(words) >= 3 and words[-1] in ("here", "there") and past_tense(words[-2]):
        return True  # "Karakash river rises here → flows N …" (holdout 566, bad: keyed whole)
    return (
        len(words) == 1
        and fold(last) in ctx.lower_words
        and _MODAL.match(term.definition) is not None
    )


def label_beside(other: Term, term: Term, ctx: Context) -> bool:
    """Is ``other``, a term beside the writer's bold ``term``, a label of the writer's: one
    word in no bold, capitalised only where it opens its line (``Stubble → Happy Seeder``,
    ``Tech: electrostatic precipitator`` beside ``**SAFAR** – …``, holdout 119)?"""
    word = other.base
    return (
        term.marked
        and not other.marked
        and word.isalpha()
        and word[1:].islower()
        and fold(word) not in ctx.proper_words
        and (is_dictionary_word(fold(word)) or fold(word) in _CLIPPED)
    )  # ("Antarala" beside "**Garbhagriha**" is a part of a temple: a term, unmarked)


#: Clipped words writers head a line with (``Tech: …``, ``Misc: …``).
_CLIPPED = frozenset("tech misc info econ env pol admin govt stats".split())


#: Present tenses a clause of the writer's opens on (``Needs condensation nuclei``).
_ADVERBS = frozenset("mostly mainly largely usually often generally partly chiefly".split())
_OPENING_VERBS = frozenset(
    """needs requires has uses causes forms gives makes takes helps allows produces contains
    includes covers lacks""".split()
)


#: A definition that is only a name: ``Ministry of Tribal Affairs``.
_A_NAME = re.compile(r"[A-Z][\w'’.-]*(?:,?\s+(?:of|for|and|&|the|[A-Z][\w'’.-]*))*")
#: A definition that only says how far a plan got: ``proposed, never built``, ``dropped``.
_STATUS_ONLY = re.compile(
    r"(?:(?:still |only |never |not yet |later )?(?:proposed|planned|built|dropped|shelved|"
    r"scrapped|abandoned|stalled|pending|approved|cancelled|under construction|operational)"
    r"(?:,?\s*|\s+(?:and|but)\s+))+",
    re.IGNORECASE,
)
#: A definition that opens on an amount: ``approx 1 mb per 10 m``.
_AMOUNT = re.compile(
    # "Deaths: est. ~1.5 mn (official …)" (holdout 472, bad: "Which term is described as …?")
    r"(?:(?:est\.?|estimated|approx\.?|about|around|roughly|~|normally|usually|generally|"
    r"typically|over|nearly|c\.)\s*){0,2}"
    r"\s*[\d.,]+\s*(?!st|nd|rd|th)(?:°?[a-z]{1,3}|%|years|months|weeks|days|hours)\b",
    re.I,
)
#: A head that is one adjective (``Quasi-judicial``): over what a body does, it is a label.
_ADJECTIVE = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)?(?:al|ive|ic|ous|ary|ory)")
#: A definition that only ranks the head among a thing's aims (``main original aim``).
_ITS_ROLE = re.compile(
    r"(?:the )?(?:(?:main|chief|key|primary|original|first|major|prime)\s+)+"
    r"(?:aim|goal|objective|purpose|function|task|role|focus)s?"
)
#: A label of a value the line gives: ``WMO cut-off``, ``Income ceiling``, ``Age limit``.
_VALUE_LABEL = re.compile(
    r"\b(?:cut-?offs?|thresholds?|limits?|ceilings?|caps?|criteri(?:on|a)|minimum|maximum)$", re.I
)


def labels_a_value(term: Term) -> bool:
    """Is the line a label and its value, not a term and its meaning: a label word and a
    name (``Nodal = Ministry of Tribal Affairs``, holdout 373, bad), a plan and how far it
    got (``Kutch tidal project → proposed, never built``, holdout 372, bad: many plans fit),
    a rate (``Falls w/ height → approx 1 mb per 10 m``, holdout 375, bad), or a value's label
    (``WMO cut-off → wind speed ≥ 30 m/s``, holdout 370, bad)?"""
    definition = term.definition.strip(" .")
    named = _A_NAME.fullmatch(definition) is not None
    if named and " " not in term.base and is_dictionary_word(term.base.lower()):
        return True
    if _ITS_ROLE.fullmatch(definition):
        return True  # "Flood control → main original aim" (holdout 484, bad): its rank
    if named and " " in term.base and term.base[:1].isupper() and term.base[1:].islower():
        return True  # "Admin ministry today: Ministry of Power" (holdout 484, bad): a label
    if _STATUS_ONLY.fullmatch(definition) or _AMOUNT.match(definition):
        return True  # "Investigation → normally 1 yr, max 18 months" (holdout 400, bad)
    first = definition.split()[0] if definition.split() else ""
    adjective = _ADJECTIVE.fullmatch(term.base) and all(
        map(is_dictionary_word, term.base.lower().split("-"))
    )
    if adjective and a_present_verb(first):
        return True  # "Quasi-judicial: starts investigation …, holds hearings" (holdout 400)
    return _VALUE_LABEL.search(term.base) is not None


def group_and_its_deed(term: Term) -> bool:
    """``Young radicals → turned to revolutionary path → HRA`` (holdout 473, bad: "Which term
    is described as “turned to revolutionary path”?"): a group in plain words and what it
    did, not a term and its meaning."""
    words = term.base.split()
    said = term.definition.split()
    return (
        len(words) >= 2
        and words[-1].islower()
        and words[-1].endswith("s")
        and all(is_dictionary_word(w.lower()) for w in words)
        and bool(said)
        and said[0].endswith("ed")
        and is_a_deed(said[0])
    )


def _describes_the_subject(term: Term, unit: Unit) -> bool:
    """Is the head the notes' subject described, not a term: three words or more, some in
    lower case, ending on the kind of thing the note's title names (``Permanent
    intergovernmental Eurasian org`` in a note on the Shanghai Cooperation Organisation;
    holdout 623, bad: "Which term is described as “political, economic & security
    cooperation”?"; a glossary's ``Soda lake`` under Lonar Crater Lake is a term)?"""
    words = term.base.split()
    if len(words) < 3 or not unit.headings or not any(w.islower() for w in words[1:]):
        return False
    title = re.sub(r"\s*\([^()]*\)", "", unit.headings[0]).split()
    kind = fold(words[-1]).strip(".")
    return bool(title) and _spelled(kind) == _spelled(fold(title[-1]))


def _spelled(word: str) -> str:
    """A word written out, in one spelling: ``org`` and ``organisation`` are
    ``organization``."""
    return ABBREVIATIONS.get(word, word).replace("isation", "ization")
