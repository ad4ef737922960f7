"""A line that opens on its verb under a heading that names its subject, said with that
subject: under ``## Nathu La``,

    - Connects Sikkim w/ **Tibet's Chumbi valley**
    - Was reopened for border trade in **2006**

are notes whose subject is the heading, and their clozes were turned away ("the text opens
on its verb"), so a section of such lines gave no question at all (a pass, a cave, a soil
written up as terse lines: holdouts 493 and 500). Said with the heading's thing:

    "Nathu La connects Sikkim with ___."                          (Tibet's Chumbi valley)
    "Nathu La was reopened for border trade in ___."              (2006)

A line that opens on what the thing is (``Site of clashes w/ China in **1967**``, ``Home to
the **sangai** deer``) is said with *is*, or *was* when the line holds a year:

    "Nathu La was the site of clashes with China in ___."         (1967)

Only a line that opens on a finite verb of its own (:data:`_SINGULAR`, :data:`_PLURAL`, a
past tense that is no participle), a participle before what a passive takes (``Cut into
…``, ``Rediscovered (1819) by …``: *was* for a deed done once, *is* for what a thing is), a
kind and where (``Pass in **Sikkim**``), where it lies (``On the south bank of …``) or whence
its name (``Name from **simul**``); never a gerund or a plural noun (``Falls on the …``).
The subject is :func:`~quizbot.notes.subjects.unit_subject`'s, a thing named by the parent,
the section or the title, never a section's everyday word (``Ecology``); the verb agrees
with it, it neither holds the blank nor is held by it, and the line does not name it. A
timeline's line that opens on a participle is said after its date, in the past. The
sentence is judged again by the last gate.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from quizbot.bank.model import Cloze
from quizbot.notes.clauses import PLURAL_SUBJECT
from quizbot.notes.drafts import Unit
from quizbot.notes.glosses import without_gloss
from quizbot.notes.grammar import IRREGULAR_PARTICIPLES
from quizbot.notes.label_values import subject_named
from quizbot.notes.phrases import fold
from quizbot.text.names import is_dictionary_word, is_everyday_word, is_region

#: Verbs that open a line about one thing, in the third person singular: a plural noun that
#: is spelled the same (``Features``, ``Records``) is not among them.
_SINGULAR = frozenset(
    """is was has lies rises flows originates drains joins connects links separates divides
    borders houses hosts contains covers stands remains serves supplies produces receives
    protects shares crosses depicts describes commemorates comprises consists spans
    stretches extends emerges enters meets faces overlooks guards feeds irrigates generates
    ranks governs provides allows requires prohibits empowers gives makes takes leads holds
    runs forms marks""".split()
)
#: The same verbs for a subject of many (``The Western Ghats``).
_PLURAL = frozenset("are were have".split())
#: Past tenses that are no participle: they agree with either number.
_PAST = frozenset(
    """became began came gave won wrote rose grew fell met sent ran took lay stood saw drew
    fought bore""".split()
)

#: Past tenses that are participles too, of what is done to an event (``Fought on …``).
_DONE_TO_EVENTS = frozenset("fought won lost".split())
_AN_EVENT = re.compile(r"\b(?:Battles?|War|Wars|Siege|Campaign)\b")
#: A line that says what its thing is, with no verb: ``Site of …``, ``Home to …``.
SUBJECTLESS_NOUN = re.compile(
    r"^(?P<noun>Site|Seat|Gateway|Birthplace|Venue|Scene|Home|Part|Foothills|Banks?|Shores?|"
    r"Slopes|Mouth|Confluence) (?P<prep>of|to) "
)
#: Where a thing lies, by the noun that opens its line: ``Foothills of the Vindhyas``.
_LIES = {
    "foothills": "lies in",
    "bank": "lies on",
    "banks": "lies on",
    "shore": "lies on",
    "shores": "lies on",
    "slopes": "lies on",
    "mouth": "lies at",
    "confluence": "lies at",
}
#: A line that says which kind of thing its thing is, and where: ``Pass in **Sikkim**``.
KIND_OPENER = re.compile(
    r"^(?:An? )?(?P<kind>Pass|Lake|River|Tributary|Port|Island|Temple|Cave|Fort|Dam|Glacier|"
    r"Peak|Plateau|Valley|City|Town|Village|Wetland|Lagoon|Estuary|Strait|Canal|Hill|Range|"
    r"Sanctuary|Monastery|Stupa|Mosque|Tomb|Palace) "
    r"(?P<prep>in|on|of|near|across|between|along|at) ",
    re.IGNORECASE,
)
#: What may follow a participle that opens a passive: ``Cut into``, ``Rediscovered (1819)``.
_PASSIVE_LINK = re.compile(
    r"^(?:by|in|into|at|on|from|under|as|over|near|above|along|across|within|during|after|"
    r"around|for|with|\((?:in )?(?:1\d{3}|20\d\d)s?\))\s"
)
#: Participles not in -ed: ``Cut into a cliff``, ``Found in Kerala``, ``Led by …``.
_PARTICIPLES = IRREGULAR_PARTICIPLES | frozenset(
    "cut hewn found known seen spoken written drawn laid grown worn shown led fed kept sent".split()
)
#: Nouns in -ed, never a line's participle: ``1636 – Deed of Submission to **Shah Jahan**``
#: (holdout 748, bad: "In 1636, the Adil Shahi Dynasty … was deed of Submission to ___").
_ED_NOUNS = frozenset("deed seed creed breed greed speed steed reed weed need hundred".split())
#: Participles of what a thing is, not of a deed done: "Pulicat is fed by …" (507).
_STATES = frozenset(
    """fed drained bounded surrounded flanked covered dominated inhabited managed administered
    governed run watered""".split()
)
#: Participles of a deed done once, said with *was*: ``Rediscovered by …``, ``Built by …``.
_ONCE = re.compile(
    r"^(?:re)?(?:discovered|built|founded|established|constructed|excavated|commissioned|"
    r"declared|inscribed|listed|designated|notified|launched|signed|adopted|opened|set up|"
    r"made|won|held|begun|sold|bought|renamed|named|given|taken|set)\b"
)
#: Where a line's first note ends: an arrow, a semicolon.
_NOTE_END = re.compile(r"\s(?:→|->|=>)\s|;\s")
#: A line that opens on where its thing lies: ``On the south bank of the **Tungabhadra**``.
_PLACED_ON = re.compile(
    r"^(?:On|In|At|Near|Along) the (?:(?:north|south|east|west|left|right|northern|southern|"
    r"eastern|western) )?(?:banks?|shores?|foothills|slopes|confluence|mouth|edge|coast) of "
)
#: A line on where its thing's name comes from: ``Name from **simul** = red silk cotton``.
_NAMED_FROM = re.compile(r"^Name (?:from|after|derived from) ")
#: A timeline's date before its dash: ``1994 – Declared …``, ``(1957) – …``.
_DATE_HEAD = re.compile(r"^\(?(?P<date>(?:\{\{)?(?:1\d{3}|20\d\d)(?:\}\})?)\)?\s+[–—-]\s+(?=[A-Z])")
#: Nouns said without "the": "is home to", "is part of".
_BARE_NOUNS = frozenset(("home", "part"))
_YEAR = re.compile(r"\b(?:1\d{3}|20\d\d)s?\b")
#: A line that opens on its thing's own kind and a participle or a place (``Rock-cut caves
#: carved into …``, ``Hill fort on …`` under *Elephanta Caves*, *Gwalior Fort*).
_OWN_KIND = re.compile(
    r"^(?P<np>[A-Z][\w-]*(?: [a-z][\w-]*){0,2}?)"
    r" (?:[a-z]+ed|cut|built|in|on|near|at|above|along|overlooking|beside)\b"
)
#: A passive's auxiliary before the subject's number is known: of a deed done once, or not.
_WAS, _IS = "<was>", "<is>"
_AUXILIARIES = {_WAS: ("was", "were"), _IS: ("is", "are")}


#: A title-case name opening on a participle, with its bracket (``Scheduled Areas (Part A
#: States) Order``), not a year (``Declared Biosphere Reserve (2009)`` is a deed).
_NAME_OPENING = re.compile(r"[A-Z][a-z]+ed(?: [A-Z][\w'’-]*)+ \((?!\d{4}\))[^()]*\)")
#: A status only a place is given: ``declared a wildlife sanctuary``, ``renamed national park``.
_AREA_STATUS = re.compile(
    r"\b(?:declared|renamed|notified|upgraded|designated|made|became)\b[^.;]{0,15}"
    r"\b(?:sanctuary|national park|tiger reserve|biosphere reserve|reserve forest|ramsar site|"
    r"game reserve)",
    re.IGNORECASE,
)
#: A subject that is a place: it can be made a sanctuary.
_A_PLACE_NAME = re.compile(
    r"\b(?:park|sanctuary|reserve|forest|lake|island|islands|hills?|valley|wetland|delta|"
    r"lagoon|site|NP|WLS|TR)$|^[A-Z][a-z]+$",
    re.IGNORECASE,
)


def subject_sentence(
    question: Cloze, subject_of: Callable[[], str | None], unit: Unit | None = None
) -> Cloze | None:
    """The cloze's text with the subject ``subject_of`` names put before its opening verb,
    up to where the note ``unit`` it was made of ends its first note, or ``None``; a
    timeline's line (``1994 – Declared a **Biosphere Reserve** by GoI``) is said in the past
    after its date ("In ___, Simlipal was declared a Biosphere Reserve by GoI.")."""
    text = question.text
    dated = _DATE_HEAD.match(text)
    head = "" if dated is None else f"In {dated.group('date')}, "
    said = _said(text[len(dated.group(0)) :] if dated else text, subject_of, bool(dated))
    if said is None:
        return None
    subject, verb, rest = said
    if _opens_on_a_name(text[len(dated.group(0)) :] if dated else text, unit):
        return None
    if _AREA_STATUS.search(rest) and not _A_PLACE_NAME.search(subject):
        return None  # "1950 – Renamed wildlife sanctuary" under the one-horned rhino: the
        # park was renamed, not the animal (holdout 555, bad)
    keys = [fold(forms[0]) for forms in question.blanks]
    marked = unit is not None and unit.bold and not any(fold(b) in keys for b in unit.bold)
    if marked and "{{" not in head:
        return None  # "Signed at ___ on **15 April 1994**": the writer marked the date
    named = fold(subject)
    if _NAMED_FROM.match(text) and any(k[:3] == named[:3] for k in keys):
        return None  # "takes its name from ___" = simul, of Simlipal (changed43b, weak)
    if not keys or any(k in named or named in k for k in keys):
        return None  # the subject gives the blank away, or the blank is the subject
    rest = _first_note(rest, unit.text if unit is not None else "")
    if "{{" not in rest + head:
        return None  # the blank is in a later note of the line
    if named in fold(rest):
        return None  # "1973 – Renamed **Lakshadweep**": the line names it (510, bad)
    said_subject = subject_named(subject)
    said_subject = said_subject if head else said_subject[:1].upper() + said_subject[1:]
    ending = "" if rest.rstrip().endswith((".", "?", "!")) else "."
    return dataclasses.replace(
        question, text=f"{head}{said_subject} {verb} {rest.rstrip()}{ending}"
    )


def _opens_on_a_name(line: str, unit: Unit | None) -> bool:
    """Does the line open on a name that looks like a deed: a bold name (``**Liberalised
    Remittance Scheme** …``, holdout 555), a title-case name with its bracket (``Scheduled
    Areas (Part A States) Order``) or a name the note's title holds (``Scheduled Areas order
    …`` under "… and Scheduled Areas", holdout 570: "the Fifth Schedule was scheduled …")?"""
    words = line.split()
    if not words:
        return False
    if unit is not None and any(b.split()[0] == words[0] for b in unit.bold if " " in b):
        return True
    if _NAME_OPENING.match(line):
        return True
    two = " ".join(words[:2])
    return (
        len(words) >= 2
        and words[1][:1].isupper()
        and words[1][-1:].isalpha()
        and unit is not None
        and bool(unit.headings)
        and two in unit.headings[0]
    )


def _said(
    text: str, subject_of: Callable[[], str | None], dated: bool
) -> tuple[str, str, str] | None:
    """The subject, the verb and the rest of a line said with its subject, or ``None``."""
    first, _, rest = text.partition(" ")
    verb = first.lower()
    if not rest or not first[:1].isupper() or "{{" in first or first.isupper():
        return None  # "MSMED Act": an acronym, never a verb (holdout 557, bad: "SIDBI was
        # msmed Act")
    if any(c.isupper() for c in first.partition("-")[0][1:]):
        return None  # "SC-linked review", "US-led coalition": an acronym's adjective, no verb
        # (holdout 580, bad: "… Project was sc-linked review of an alternative alignment")
    noun, kind = SUBJECTLESS_NOUN.match(text), KIND_OPENER.match(text)
    own: re.Match[str] | None = None
    placed, named_from = _PLACED_ON.match(text), _NAMED_FROM.match(text)
    if kind is not None and not dated:  # "Pass in Sikkim" → "is a pass in Sikkim"
        said_kind = kind.group("kind").lower()
        article = "an" if said_kind[:1] in "aeiou" else "a"
        verb, rest = "is", f"{article} {said_kind} {text[kind.end('kind') + 1 :]}"
    elif placed is not None and not dated:  # "On the south bank of …" → "lies on the …"
        verb, rest = "lies", f"{first.lower()} {rest}"
    elif named_from is not None and not dated:  # "Name from **simul** = …"
        verb, rest = "takes", f"its name from {text[named_from.end() :].split(' = ')[0]}"
    elif noun is not None and not dated:  # "Site of clashes …" → "was the site of clashes …"
        said_noun = verb if verb in _BARE_NOUNS else f"the {verb}"
        lies = _LIES.get(verb, "")  # "Foothills of …" → "lies in the foothills of …"
        past = _YEAR.search(text.replace("{{", "").replace("}}", "")) is not None
        verb = lies.split()[0] if lies else "was" if past else "is"
        rest = f"{lies.split()[1]} {said_noun} {rest}" if lies else f"{said_noun} {rest}"
    elif ((verb.endswith("ed") and verb not in _ED_NOUNS) or verb in _PARTICIPLES) and (
        _PASSIVE_LINK.match(rest) or dated
    ):
        # "Rediscovered (1819) by John Smith" → "were rediscovered in 1819 by John Smith"
        rest = re.sub(r"^\((?:in )?(\d{4})\) ", r"in \1 ", rest)
        rest = re.sub(r"^\((?:in )?(\d{4}s)\) ", r"in the \1 ", rest)
        by = rest.startswith("by ") and verb not in _STATES  # "Fed by …": what it is
        once = dated or _ONCE.match(verb) or _YEAR.search(rest) or by
        rest = f"{verb} {rest}"
        verb = _WAS if once else _IS  # its number is the subject's (below)
    elif (
        not dated
        and verb not in _SINGULAR | _PLURAL | _PAST  # "Began delivering gas in …": a verb
        and (own := _OWN_KIND.match(text)) is not None
    ):
        # "Rock-cut caves carved into basalt" under Elephanta Caves → "are rock-cut caves …"
        opening = own.group("np").split()[0]  # "rock-cut", "hill"; never "shiva"
        lower = "-" in opening or is_everyday_word(opening.lower())
        said_np = own.group("np")[:1].lower() + own.group("np")[1:] if lower else own.group("np")
        verb, rest = _IS, f"{said_np} {text[own.end('np') + 1 :]}"
    elif dated or (verb not in _SINGULAR and verb not in _PLURAL and verb not in _PAST):
        return None  # the cheap test first (generate_1mb_s); a dated line's present tense
    elif rest[:1] in ":→=–—-" or rest.startswith(("of ", "to be ")):
        return None  # "Features: …", "Ranks of …": a label or a plural noun
    subject = subject_of()
    if subject is None or (
        " " not in subject and is_dictionary_word(subject.lower()) and not is_region(subject)
    ):
        return None  # "## Ecology": a section's word, no thing ("Ecology was protected as …")
    plural = PLURAL_SUBJECT.search(subject) is not None
    if own is not None:  # the line's noun is the subject's own kind, or it is no subject
        if fold(own.group("np").split()[-1]) != fold(subject.split()[-1]):
            return None
        if not plural:
            rest = f"{'an' if rest[:1] in 'aeiou' else 'a'} {rest}"
    if verb in _DONE_TO_EVENTS and _AN_EVENT.search(subject):
        # "Fought on the Brahmaputra …" under *Battle of Saraighat*: a battle is fought
        verb, rest = _WAS, f"{verb} {rest}"
    if verb in _AUXILIARIES:  # a passive's auxiliary, of the subject's number
        return subject, _AUXILIARIES[verb][plural], rest
    if (verb in _SINGULAR and plural) or (verb in _PLURAL and not plural):
        return None  # "Western Ghats connects", "Nathu La are": the number disagrees
    return subject, verb, rest


def _first_note(text: str, line: str) -> str:
    """The cloze ``text`` up to where its note ``line`` ends its first note (``Rediscovered
    (1819) by **John Smith**, a British officer → scratched his name …``: the arrow is gone
    from the cloze, so it is cut after the words before it), or ``""`` when they are not
    found."""
    head = _NOTE_END.split(line, maxsplit=1)
    if len(head) < 2:
        return text
    last = " ".join(head[0].replace("**", "").split()[-3:]).lower()
    for end in range(len(last), len(text) + 1):
        cut = text[:end]
        if cut.replace("{{", "").replace("}}", "").lower().endswith(last):
            if cut.count("{{") > cut.count("}}"):  # the note ends inside the blank
                close = text.find("}}", end)
                cut = text[: close + 2] if close >= 0 else ""
            return cut.rstrip(" ,")
    return ""


def subject_sentence_without_gloss(
    question: Cloze, subject_of: Callable[[], str | None], unit: Unit | None = None
) -> Cloze | None:
    """:func:`subject_sentence` of the cloze without the bracket after its blank: "The
    Elephanta Caves are rock-cut caves carved into ___." of ``Rock-cut caves carved into
    **basalt** (Deccan Traps)``, whose bracket would describe the answer beside its blank."""
    bare = without_gloss(question)
    return None if bare is None else subject_sentence(bare, subject_of, unit)
