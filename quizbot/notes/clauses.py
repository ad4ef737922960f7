"""A cloze cut down to the clause that holds its blank.

Revision lines run several facts together: ``Lodis – Bahlul Lodi founder (first Afghan
dynasty); Sikandar Lodi founded Agra (1504); Ibrahim Lodi lost to Babur``. As one cloze the
line is the notes passed through, and the last gate drops it; the clause with the blank is
often a clean sentence of its own (``Ibrahim Lodi lost to ___.``). :func:`clause_of_blank`
offers that clause, and the last gate judges it like any question: it must open with a
capital (its own subject, never the parent's), have a verb and show no shorthand.

A clause after ``;`` is taken whole; of a clause with arrows only the part before the first
arrow (the cause, which names its subject), never what follows (``→ ___ with Ambedkar``:
whose?), unless that names its own subject before a passive and its agent (``… → Right to
Property deleted by the ___ (1978)`` gives ``Right to Property was deleted by the ___ (1978).``).
"""

from __future__ import annotations

import dataclasses
import re

from quizbot.bank.model import CLOZE_BLANK, Cloze
from quizbot.notes.grammar import CHANGE_VERBS, has_verb
from quizbot.notes.names import MONTHS
from quizbot.notes.phrases import fold
from quizbot.notes.tenses import DONE_BY_ITSELF
from quizbot.text.names import is_everyday_word

_ARROW = re.compile(r"\s*(?:→|->)\s*")
_COMPASS = r"(?:north|south|east|west|N|S|E|W|NE|NW|SE|SW)"
#: An arrow from one direction to another, a way and no cut ("blow west → east", 629, bad).
_COMPASS_ARROW = re.compile(rf"\b({_COMPASS})\s*(?:→|->)\s*({_COMPASS})\b", re.IGNORECASE)
#: A timeline line's date and dash (``2024 – …``): a clause cut from after it loses its year.
_DATE_DASH = re.compile(r"^(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[0-9]|20)\d\d\s+[–—-]\s")


#: A blank subject and its verb, perhaps past an aside: ``{{Bt cotton}}, approved in 2002,
#: remains …``.
_BLANK_SUBJECT = re.compile(r"\{\{[^{}]+\}\}(?:, [a-z][^,{}]*,)?\s+[a-z]")
_POSSESSIVE = re.compile(r"\b(?:his|her|their)\b")
#: "calls himself Maheshvara": a reflexive's person is the subject of the line's head.
_REFLEXIVE = re.compile(r"\b(?:himself|herself|themselves)\b")
_PRONOUN = re.compile(r"\b(?:it|they|them)\b", re.IGNORECASE)  # "its" may be its own subject's


#: A change written with an arrow (``raised ₹10 lakh → ₹20 lakh``): the arrow says "to".
_CHANGE_BY_ARROW = re.compile(
    rf"\b(?:{CHANGE_VERBS})\s+"
    r"(?:from\s+)?\S+(?:\s+\S+)?\s+→\s+\S"
)


def clause_of_blank(question: Cloze) -> Cloze | None:
    """The cloze cut to the clause that holds its one blank, or ``None`` when the text has
    one clause only, or the blank is not in a clause that can stand alone."""
    text = _COMPASS_ARROW.sub(r"\1 to \2", question.text)  # "blow west → east": one way
    if text.count("{{") != 1:
        return None
    if ": " in text.split("; ", 1)[0] and "; " in text:
        return None  # "4 priorities: understanding risk; …": the semicolons part a list
    clauses = [c.strip() for c in _outside_brackets(text)]
    (clause,) = [c for c in clauses if "{{" in c]
    at = clauses.index(clause)
    named = it_named(clause, clauses[at - 1]) if at else None
    if named is not None:
        clause = named  # "… → Right to Property deleted by …; it is now …": "it" is named
    elif (
        at
        and _ARROW.search(clauses[at - 1])
        and not _ARROW.search(clause)
        and not _OWN_DEED.match(clause)
    ):
        # "India's concerns → public stockholding; ___ won at Bali": the arrow before sets
        # the scene (whose concerns, what was won), which the clause alone loses; not "…;
        # Usha Mehta ran the secret ___ (Bombay)", a doer, a deed and its object
        return None
    if _CHANGE_BY_ARROW.search(clause):
        return None  # "limit raised ₹10 lakh → ₹20 lakh": cut at the arrow, it says the old value
    if _ARROW.search(clause):
        head = _ARROW.split(clause, maxsplit=1)[0].strip()
        last = _ARROW.split(clause)[-1].strip()
        if "{{" not in head and "{{" in last and _passive_with_subject(last):
            clause = last  # "… → Right to Property deleted by the ___ (1978)": its own subject
        elif "{{" not in head:
            return None  # what follows an arrow has no subject of its own
        elif head.endswith("}}") and len(_ARROW.findall(clause)) > 1:
            return None  # "a sea route ___ → Chabahar → … bypasses Pakistan": a chain's first
            # link, its verb far down the chain (holdout 623, bad: "… so a sea route ___.")
        else:
            clause = head
    clause = clause.rstrip(" .,:")
    if _ASKS.match(clause):
        return None  # "Why Rajputs lost in 1192 – cavalry …": the writer's question, no fact
    later = at > 0  # a clause after the line's first may point back to it; the first cannot
    if PROVISION.match(clause) and re.match(r"[^,]*, [a-z]+ed\b", clause):
        return None  # "Art 280, constituted by President every ___ yrs": what is, unsaid
    head, dash, tail = clause.partition(" – ")
    if (
        dash
        and "{{" in head
        and "}}" in head
        and " – " not in tail
        and not _ANNOUNCES.search(head)  # "was one question – can Parliament …?"
        and _main_clause(head)
    ):
        clause = head  # "The CA was set up under the ___ (1946) – members were …": its aside
    if clause.startswith("the ") and later:
        if re.search(r"\w{2,}\.\s+(?:\{\{)?[A-Z]", clause):
            return None  # "the CMs. NITI Aayog replaced it": two notes, cut at a full stop
        if _BARE_THE.match(clause):
            return None  # "the posts were abolished": which posts, the clause before says
        clause = "T" + clause[1:]  # "…; the first census came in ___": its own subject
    if clause == text.rstrip(" .,:") or not clause.removeprefix("{{")[:1].isupper():
        return None
    if later and _DATE_DASH.match(text):
        return None  # "2024 – Chabahar deal; BAPS temple in ___ opened": its year is the line's
    if clause.startswith("{{") and not _BLANK_SUBJECT.match(clause):
        return None  # a blank that opens the clause is its subject: "{{Landsteiner}} discovered"
    if re.search(r"[a-z]{3,}\.\s+[A-Z]", clause):
        return None  # "… resigned. The Panchsheel spirit was over": two sentences
    if later and _POINTS_BACK.search(clause):
        return None  # "Jharkhand also formed 15 Nov ___": "also" points to the clause before
    if later and _PRONOUN.search(CLOZE_BLANK.sub(" ", clause)):
        return None  # "the eight ___ make ~40% of it": "it" is the clause before's IIP
    if later and _REFLEXIVE.search(clause):
        return None  # "Vima Kadphises – …; Shiva on his coins, calls himself ___": who does
    whose = _POSSESSIVE.search(clause)
    if later and whose and not re.search(r"[A-Z]", CLOZE_BLANK.sub("", clause[: whose.start()])):
        return None  # "Vima Kadphises – …; ___ on his coins": whose, the clause does not say
    if later and _THE_THING_BEFORE.fullmatch(CLOZE_BLANK.sub("", clause)):
        return None  # "AQI – …; ___ did the technical study": the study of the line's head
    shown = CLOZE_BLANK.sub(" ", clause)
    unbracketed = re.sub(r"\([^()]*\)", " ", shown).split()
    if len(shown.split()) < 4 or len(unbracketed) < 3 or re.search(r":\s*\{\{", clause):
        return None  # "Rise of Magadha: ___", "___ built (admiral Ove Gjedde)": no clause
    if not has_verb(CLOZE_BLANK.sub(" ", clause), loose=False) and not has_present_verb(clause):
        return None  # "Kamba Ramayanam, in ___ temples (Palakkad)": a scrap, "temples" no verb
    return dataclasses.replace(question, text=f"{with_its_verb(_no_trailing_scrap(clause))}.")


#: A clause that opens on "it" and its verb (``it is now a legal right under …``).
_IT_OPENS = re.compile(r"^it (?=(?:is|was|became|remains|has)\b)")


def it_named(clause: str, before: str) -> str | None:
    """``it is now a legal right under ___`` after ``… → Right to Property deleted by the
    44th Amendment (1978)``: the clause with "it" replaced by the subject the clause before
    names (before a bare passive and its agent), or ``None`` when it opens otherwise or the
    clause before names no such subject."""
    if _IT_OPENS.match(clause) is None:
        return None
    found = _passive_with_subject(_ARROW.split(before)[-1].strip())
    if found is None:
        return None
    subject = re.sub(r"\s*\([^()]*\)$", "", found.group("subject"))
    if subject.split()[0].lower() in ("it", "they", "this", "these", "he", "she"):
        return None
    return subject + clause[2:]


#: A clause of its own: a named doer (or the blank), a verb of the past, and its object.
_OWN_DEED = re.compile(
    r"^(?:\{\{[^{}]+\}\}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) "
    r"(?P<verb>[a-z]{3,}) (?:the|a|an|his|her|its|their) "
)


def _outside_brackets(text: str) -> list[str]:
    """The text split at each ``; `` outside brackets (``Lombok (Bali – Lombok; Wallace
    Line runs through it), Torres …`` is one clause)."""
    if ";" not in text:
        return [text]
    parts, depth, start = [], 0, 0
    for found in _BRACKET_OR_SEMICOLON.finditer(text):  # only those characters, not each
        i, ch = found.start(), found.group()
        depth += (ch == "(") - (ch == ")")
        if ch == ";" and depth == 0 and text[i + 1 : i + 2].isspace():
            parts.append(text[start:i])
            start = i + 1
    return [*parts, text[start:]]


_BRACKET_OR_SEMICOLON = re.compile(r"[();]")


#: Words by which a clause leans on the one before it ("Andhra Pradesh followed the same
#: year": which year?).
#: A clause that names nothing but its blank and ends on "the" and a common noun: what it
#: speaks of is the clause before's (``___ did the technical study``).
_THE_THING_BEFORE = re.compile(
    r"\s*(?!has\b|have\b|had\b)(?:[a-z]+\s+){1,3}(?<!of\s)the(?:\s+[a-z]+){1,3}\s*"
)
_POINTS_BACK = re.compile(
    r"\b(?:also|too|as well|the same|likewise|similarly|followed|in turn)\b"
    r"|\b(?:on|its) (?:right|left) bank\b(?! of)",  # "Teesta joins on right bank": whose?
    re.IGNORECASE,
)


#: "the posts were …", "the move was …": a bare noun after "the" that only the clause
#: before names (not "the first census", "the Rh factor", "the {{blank}}").
_BARE_THE = re.compile(r"^the [a-z]+ (?:was|were|is|are|had|has|became|came|got)\b")


#: A clause that ends on what its dash then spells out: "the whole fight was one question".
_ANNOUNCES = re.compile(
    r"\b(?:one|a|the|this|single)\s+(?:question|issue|point|thing|idea|problem|aim)$"
)


def _main_clause(text: str) -> bool:
    """A sentence's main clause: capitalised, five words or more, with a finite verb."""
    words = CLOZE_BLANK.sub("X", text).split()
    return text[:1].isupper() and len(words) >= 5 and has_verb(" ".join(words), loose=False)


def _no_trailing_scrap(clause: str) -> str:
    """``Sikandar Lodi founded ___ (1504), gaz-i-Sikandari (measuring yard)``: a scrap
    after the blank's comma, with no verb of its own, is another note; it is left out."""
    end = clause.find("}}") + 2
    if end < 2:
        return clause  # no whole blank in it: nothing to cut after
    depth = 0
    for i in range(end, len(clause)):
        depth += {"(": 1, ")": -1}.get(clause[i], 0)
        if depth == 0 and clause.startswith(", ", i):
            rest = clause[i + 2 :]
            if _LIST_GOES_ON.match(rest):
                break  # "to ___, Haryana and western UP": the blank is one of a list
            if _CONTRAST.match(rest):
                break  # "Withdrawal is ___, unlike the sudden onset": what tells the answer
            if not has_verb(rest, loose=False):
                return clause[:i]
            break
    return clause


#: A contrast after the blank's comma, which the blank is told by.
_CONTRAST = re.compile(r"(?:unlike|not|rather than|as against|vs\.?)\b", re.IGNORECASE)
#: A verb in the present after its subject (``RBI absorbs``, ``the Nile flows``).
_PRESENT = re.compile(r"(?:\b[A-Za-z}]+|\))\s+(?:[a-z]{3,}(?<!ss)s)\b(?! of\b)(?!\s*\()(?!\s*$)")
#: A count and its noun (``___ big cities``, ``13 states``): a plural, never the verb.
_COUNTED = re.compile(r"(?:\{\{\d[^{}]*\}\}|\b\d+)\s+(?:[a-z]+\s+)?[a-z]+s\b")
#: A phrase after a preposition or an article: its last word is a noun, never the verb.
_PREPOSITIONAL = re.compile(
    r"\b(?:in|on|at|of|for|with|by|from|to|the|a|an)\s+(?:\{\{.*?\}\}\s+)?[\w'’-]+"
)
#: The rest of a list after its first item: ``Haryana and western UP``, ``Golconda, Bidar``.
_LIST_GOES_ON = re.compile(
    r"^[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}(?:, [A-Z][\w'’.-]*(?: [\w'’.-]+){0,3})* (?:and|&) \S"
    r"|^[A-Z][\w'’.-]*, [A-Z][\w'’.-]*\b"
)
#: A subject (with its bracket) and a bare participle: ``GST Council (Art 279A) chaired by``.
_PARTICIPLE = (
    r"^(?P<subject>(?:\{\{[A-Z][^{}]*\}\}|[A-Z][\w'’.–-]*)(?: [\w'’.–-]+){0,5}?(?: \([^()]*\))?),? "
    rf"(?P<verb>(?!(?:{'|'.join(sorted(DONE_BY_ITSELF))})\b(?! by\b))"
    r"(?:[a-z]{3,}ed|found|built|shot|sent|taken|sworn|struck|chosen|written|given|begun|"
    r"set up|made|held|won|led)(?: (?:down|off|out)(?=$| by\b))?)"  # "Germany joined in
    # 1926", "Guru Angad worked from Khadur Sahib": a deed of its own, no passive; "NJAC
    # struck down": its particle goes with it
)
_BARE_PARTICIPLE = re.compile(_PARTICIPLE + r"(?= (?:\d{4} )?(?:by|at|in|to|from|as|under|with)\b)")
#: The same, the participle also last in its clause or before a bracket (``Coal India Ltd
#: formed (HQ Kolkata)``): read so only on a dated line, where the deed is the line's news.
_LAST_PARTICIPLE = re.compile(
    _PARTICIPLE + r"(?= (?:\d{4} )?(?:by|at|in|to|from|as|under|with|here|there)\b|\s*\(|$)"
)


def _passive_with_subject(clause: str) -> re.Match[str] | None:
    """The clause's own subject before a bare passive participle and its agent (``Right to
    Property deleted by the ___ (1978)``), as the match of :data:`_BARE_PARTICIPLE`; ``None``
    when it has none."""
    found = _BARE_PARTICIPLE.match(clause)
    passive = (
        found is not None
        and found.group("verb").endswith("ed")
        and clause[found.end("verb") :].startswith(" by ")
        # "Jan 1848 → Feb 1856, succeeded by …": a date is no subject (holdout 344, bad)
        and found.group("subject").split()[0].lower().rstrip(".") not in MONTHS
    )
    return found if passive else None


_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had)\b")
#: A subject that is plainly plural: its last word a plural noun (``All villages``,
#: ``Satellites``) or an acronym's (``CFCs``), never a word in -ss or -us (``Indus``) or a
#: possessive.
PLURAL_SUBJECT = re.compile(r"(?:^|\s)(?:[A-Za-z][a-z]*[a-z][^su'’]s|[A-Z]{2,}s)(?: \([^()]*\))?$")


#: A provision's number at a clause's head (``Art 280, constituted by …``): where the thing
#: is provided for, not the thing.
#: A provision's label (``Art 280``, ``Section 22``): what it provides is no person's deed,
#: and "of the RBI Act" after it names the law it is part of.
PROVISION = re.compile(r"(?:Art|Article|Sec|Section|Schedule|Clause|Rule|Part|Chapter)\b")
#: A clause that is the writer's question over its answer (``Why Rajputs lost in 1192``).
_ASKS = re.compile(r"(?:Why|How)\b")
#: An adverb between a subject and its participle (``Idea first floated by``): the
#: auxiliary goes before it.
_ADVERBS = frozenset(
    "first later originally also once jointly formally officially initially".split()
)
#: Participles of a thing made once, told in the past though the clause has no date.
_MADE = frozenset(
    """built founded established constructed commissioned carved discovered invented written
    composed painted designed excavated""".split()
)
#: A verb in the present before a blank: ``Nehru moves {{Objectives Resolution}}``.
_VERB_BEFORE_BLANK = re.compile(r"\b[a-z]{3,}s \{\{")
#: Deeds done once to their subject: a blank before one is what it was done to ("___ was
#: executed in Delhi (1675)", holdout 329).
_ONCE_DONE = _MADE | frozenset(
    "killed executed assassinated murdered hanged deposed exiled arrested crowned".split()
)


def has_present_verb(clause: str) -> bool:
    """A present tense after a name or a blank (``Garibaldi meets``, ``___ rounds``), not a
    plural noun after a preposition or a count (``in 13 big cities``)."""
    return _PRESENT.search(_PREPOSITIONAL.sub(" ", _COUNTED.sub(" them ", clause))) is not None


#: A name and its present tense (``IIBX opens at …``): a clause with its verb.
_NAME_DOES = re.compile(
    r"^[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)* (?:opens|starts|begins|becomes|gets|joins|wins"
    r"|launches|takes|moves|comes|goes|sets|dies|resigns|abdicates|retires|returns|arrives"
    r"|surrenders|flees|falls)\b"  # "Peshwa Balaji Baji Rao dies, shattered by news" (629)
)


def with_its_verb(clause: str, last: bool = False) -> str:
    """A note's bare participle given its auxiliary: ``Project Tiger (1973), launched at
    ___`` → ``Project Tiger (1973) was launched at ___`` (``was`` when the clause is dated,
    else ``is``; ``were`` and ``are`` after a plural subject: ``All villages were
    electrified by April ___``); ``found 1921`` → ``found in 1921``. With ``last``, also a
    participle that ends the clause or stands before its bracket (a dated line's)."""
    found = (_LAST_PARTICIPLE if last else _BARE_PARTICIPLE).match(clause)
    if found is None or _AUXILIARY.search(found.group("subject")):
        return clause  # "STs are notified by …": the verb has its auxiliary already
    if has_verb(CLOZE_BLANK.sub(" ", found.group("subject")), loose=False):
        return clause  # "Congress met at Calcutta, chaired by …": the subject has its verb
    if re.match(r" by \S+ing\b", clause[found.end() :]):
        return clause  # "Amrita Bazar Patrika escaped by going English": a deed, no passive
    if found.group("verb") in _INTRANSITIVE:
        return clause  # "WB's CM objected in 2011": no one is objected (holdout 507, bad)
    if _NAME_DOES.match(CLOZE_BLANK.sub(r"\1", found.group("subject"))):
        return clause  # "IIBX opens at GIFT City, regulated by IFSCA" (holdout 414, bad)
    bare_subject = CLOZE_BLANK.sub(" ", found.group("subject"))
    if re.search(r"\b[a-z]{3,}ed\b", bare_subject) or _VERB_BEFORE_BLANK.search(
        found.group("subject")
    ):
        return clause  # "Nehru moved {{Objectives Resolution}} adopted": a verb of its own
    if found.group("subject").startswith("{{") and found.group("verb") not in _ONCE_DONE:
        return clause  # "___ turned from Jainism to …": a deed of the blank's own, no passive
    if PROVISION.match(found.group("subject")):
        return clause  # "Art 280, constituted by …": where it is provided, not what is
    if (
        clause[found.end("subject") : found.start("verb")].startswith(",")
        and "," in clause[found.end("verb") :]
    ):
        return clause  # "Bt cotton, approved in 2002, remains …": an aside, not a bare verb
    dated = (
        re.search(r"\b1\d{3}\b|\b20\d\d\b", clause) is not None
        or found.group("verb") in _MADE  # "Virupaksha temple was built by …": done once
        or found.group("verb") in _ONCE_DONE  # "Sambhaji was executed at Tulapur"
    )
    subject, _, adverb = found.group("subject").rpartition(" ")
    if not subject or adverb not in _ADVERBS:
        subject, adverb = found.group("subject"), ""
    head = re.split(r"\s+(?:of|on|to|for|in|at|from|with|by|under)\s+", subject)[0]
    plural = PLURAL_SUBJECT.search(head) is not None  # "Tax on services": the tax
    aux = ("were" if plural else "was") if dated else ("are" if plural else "is")
    rest = clause[found.end("verb") :]
    # "Idea first floated by …" → "Idea was first floated by …", not "Idea first was …"
    fixed = f"{subject} {aux} {adverb + ' ' if adverb else ''}{found.group('verb')}{rest}"
    return re.sub(r"\b(found|built|set up|made)( \d{4})\b", r"\1 in\2", fixed)


def participle_sentence(question: Cloze) -> Cloze | None:
    """A whole line that is a note's bare participle, given its auxiliary: ``Look East Policy
    (LEP) launched by the ___ govt (1991–92)`` → "… was launched by the ___ govt (1991–92)."
    (holdout 394: the Look East Policy's launcher, a key fact, never asked); ``None`` when the
    line is no such note."""
    text = question.text.rstrip(" .")
    found = _BARE_PARTICIPLE.match(text)
    words = found.group("subject").split() if found else []
    if len(words) == 1 and is_everyday_word(fold(words[0])):
        return None  # "Term popularised by ___ (2010)": which term, the heading says
    if any(fold(w) in _NO_SUBJECT for w in words):
        return None  # "Early in his reign defeated by ___": no subject, a time and "his"
    given = with_its_verb(text)
    return None if given == text else dataclasses.replace(question, text=f"{given}.")


#: Verbs that take no object: their participle is never a passive.
_INTRANSITIVE = frozenset(
    "objected protested resigned died agreed refused collapsed arrived retired revolted".split()
)
#: Words that make a line's head no subject of its own: a pronoun, a time.
_NO_SUBJECT = frozenset("his her its their he she they it early late later soon once".split())
