"""The shape of a note's clause, as the question writers read it: a verb phrase (``links A
to B``), a clause with its own subject and finite verb (``RBI absorbs …``), a noun phrase and
its head noun, singular or plural, with the article it takes; and the one question a
glossary meaning that is a single noun phrase makes ("What is land held in another's name to
dodge ceiling laws called?").
"""

from __future__ import annotations

import re
from itertools import pairwise

from quizbot.notes.grammar import (
    IRREGULAR_PARTICIPLES,
    MASS_NOUNS,
    ONE_OF_MANY,
    VERBS,
    indefinite,
    opens_on_a_bare_verb,
)
from quizbot.notes.person_phrases import HEAD_END, OWNER, called
from quizbot.notes.place_phrases import says_where
from quizbot.text.names import is_dictionary_word

AUXILIARIES = frozenset(
    "is are was were can could will would may might must shall should has have had".split()
)
WORD = re.compile(r"[A-Za-z][a-z]+")

#: A clause longer than this is several facts: no single question.
MAX_CLAUSE_WORDS = 18


def first_clause(rest: str) -> str:
    """What the line says first of its head: up to a ``;`` or an arrow."""
    clause = re.split(r";\s|\s(?:→|->)\s", rest, maxsplit=1)[0]
    return clause.strip().rstrip(".,:")


def finite_verb(words: list[str]) -> int | None:
    """The index of the clause's verb after a named subject of up to three words (``Indian
    troops foiled``, ``RBI absorbs``, ``Parliament can amend``), or ``None`` (``register of
    Ramsar sites under threat`` names no subject: it is a noun phrase)."""
    if not words[0][:1].isupper():
        return None
    lowered = [w.lower().strip(",") for w in words[:4]]
    for i in range(1, len(lowered)):
        if lowered[i - 1] in LINKING:
            return None  # "share of NDTL …": a phrase, not a subject
        if lowered[i] in AUXILIARIES or (
            lowered[i].endswith("ed") and base_form(lowered[i]) is not None
        ):
            return i
    for i in range(1, len(lowered) - 1):
        if lowered[i - 1] in LINKING:
            return None
        word = lowered[i]
        if word.endswith("s") and words[i][:1].islower() and base_form(word) is not None:
            return i
    return None


def verb_phrase(words: list[str]) -> bool:
    """Does the clause open on its verb (``makes millions of copies``, ``rises in Tibet``),
    not on a plural noun (``tools of …``)?"""
    first = words[0].lower()
    return (
        len(words) > 1
        and words[0][:1].islower()
        and first.endswith("s")
        and words[1].lower() not in LINKING
        and base_form(first) is not None
    )


LINKING = frozenset("of to in on at by for with from and or between".split())

#: The present tenses of verbs of two letters.
_SHORT_BASES = {"goes": "go", "does": "do"}


def base_form(verb: str) -> str | None:
    """``absorbs`` → absorb, ``foiled`` → foil, ``declared`` → declare, ``stopped`` → stop,
    ``carries`` → carry, ``goes`` → go; ``None`` when no dictionary word is found."""
    if verb in _SHORT_BASES:
        return _SHORT_BASES[verb]  # too short for the dictionary test below
    if verb.endswith("ied") or verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith("ed"):
        # "stopped" → stop: a doubled consonant only ("watershed" is no "waters" + -hed)
        doubled = len(verb) > 4 and verb[-3] == verb[-4]
        candidates = [verb[:-1], verb[:-2], *([verb[:-3]] if doubled else [])]
    elif verb.endswith(("ches", "shes", "sses", "xes")):
        candidates = [verb[:-2]]
    elif verb.endswith("s") and not verb.endswith("ss"):
        candidates = [verb[:-1]]
    else:
        return None
    return next((c for c in candidates if len(c) > 2 and is_dictionary_word(c)), None)


def verb_before_an_object(words: list[str]) -> bool:
    """A present verb after the first word, then an article: ``true nature of the law
    decides the list`` is a clause, not a noun phrase (holdout 150)."""
    return any(
        w.endswith("s") and after in ("the", "a", "an") and base_form(w) is not None
        for w, after in pairwise(words[1:])
    )


def is_phrase(text: str) -> bool:
    """Plain words only: no shorthand slash, ampersand, arrow, bracket or modal's clause."""
    return not re.search(r"[/&()→=]|\b(?:can't|cannot|won't)\b", text) and bool(WORD.search(text))


def head_noun(phrase: str) -> str:
    """The last word before the phrase's first preposition or relative (``loans`` of
    ``loans at 4% interest for farmers``)."""
    return HEAD_END.split(phrase)[0].split()[-1].lower()


def plural_head(phrase: str) -> bool:
    head = head_noun(phrase)
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def article_for(phrase: str) -> str:
    """``a`` or ``an`` before a counted noun phrase; none before a mass noun (``government
    land next to …``) or a plural."""
    last = head_noun(phrase)
    if last in MASS_NOUNS or last.endswith("ing"):
        return ""
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return ""
    return f"{indefinite(phrase)} "


#: Nouns that measure what follows their "of" (``mass of living matter``): "the".
_MEASURES = frozenset("mass amount number share rate ratio total sum weight volume".split())


#: Words that end a definition's head noun phrase (``land`` of ``land held in …``).
_AFTER_HEAD = frozenset(
    "of next near in for by with that which who where around at under to from on over during "
    "since per as between against into out".split()
)


_PREPOSITIONS = frozenset(
    "beyond about after before within without across along among below above behind beside "
    "besides inside outside through throughout toward towards upon via like unlike".split()
)


_FINITE = frozenset("is are was were has have had does do did can could will would must".split())


#: Words that head a definition without naming a thing (``close to the shore``).
_NOT_A_NOUN = frozenset(
    "close near far next similar related due prone rich poor common rare famous known found "
    "located present absent free full equal opposite parallel native endemic unique specific "
    "peculiar typical confined restricted limited exclusive resistant tolerant adapted".split()
)


def a_title(words: list[str]) -> bool:
    """Are the words a thing's own name, every word of two or more capitalised but the
    small ones (``Doctrine of Lapse``, ``Wood's Despatch``)?"""
    named = [w for w in words if w.lower() not in ("of", "the", "and", "for", "in", "on", "to")]
    return len(named) >= 2 and all(w[:1].isupper() for w in named)


#: A relative clause, then a second verb (``a state whose ruler died … passed to the Company``).
_RELATIVE_THEN_VERB = re.compile(  # "the name by which HT refers to Harsha" (holdout 362)
    r"\b(?:whose|who|which|that)\b\s+(?:\S+\s+){0,6}?[a-z]+ed\b.*\s[a-z]{3,}ed\b"
    r"|(?<!other )\b(?:term|name|word)s? (?:for|by which)\b"  # "critics' term for loans …": a term
)


def a_verb(word: str) -> bool:
    """A verb, or a past tense of a dictionary verb (``crushed``)."""
    low = word.lower()
    return low in VERBS or (low.endswith("ed") and base_form(low) is not None)


#: Particles and prepositions after a verb (``builds up``, ``moves into``).
_PARTICLES = frozenset("up down out off in into on onto over to from against through".split())
#: A present verb and its particle (``crowds out``, ``pushes up``): a deed, never a noun.
PHRASAL_PRESENT = r"[a-z]+[^s\W]s (?:up|out|down|off|away|back)\b"
_DOES = re.compile(rf"(?:(?!who |which |that )[\w-]+ ){{1,2}}{PHRASAL_PRESENT}")


def a_present_verb(word: str) -> bool:
    """``builds``, ``moves``: a verb's present tense (not ``glass``, ``status``)."""
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and bool(base_form(low))


_RELATIVE = frozenset("that which who whom whose where when while as if".split())


def noun_then_its_verb(words: list[str]) -> bool:
    """Do lower-case words open a clause on its verb in the present, then its object (``best
    passing-out cadet gets Lachit Borphukan Gold Medal``)?"""
    for i in range(1, min(len(words) - 1, 4)):
        word, after = words[i], words[i + 1]
        if words[i - 1].lower() in _RELATIVE:
            return False  # "organs where oxygen enters the blood": a noun and its clause
        if words[i - 1].lower() in LINKING or not word.islower() or not a_present_verb(word):
            continue
        if after[:1].isupper() or after.lower() in ("the", "a", "an"):
            return True
        if after.lower() in ("as", "when", "if", "because", "while", "until", "once"):
            return True  # "atoll forms as a volcanic island sinks …" (a clause: "What is an
            # atoll forms as … called?", exposed once the head identify rule was removed)
        if after.endswith("ly") and len(after) > 4 and not a_present_verb(words[0]):
            return True  # "big state gives unilaterally to build trust" (holdout 581)
    return False


def _describes_a_noun(head: list[str], words: list[str], i: int) -> bool:
    """Is ``words[i]``, in ``-ed``, a second describing word after one in ``-ing``, before a
    noun (``overhanging enclosed balcony``, holdout 534), not a clause's verb?"""
    after = words[i + 1] if i + 1 < len(words) else ""
    return (
        len(head) == 1
        and head[0].lower().endswith("ing")
        and after[:1].islower()
        and after not in _AFTER_HEAD
        and not after.endswith(("ed", "ing", "s"))
    )


#: A rank that makes its noun one of a kind (``first``, ``earliest``, ``largest``).
RANKED = re.compile(
    r"(?:the )?(?:first|1st|only|last|earliest|oldest|largest|biggest|highest|longest|"
    r"smallest|greatest|deepest|tallest|newest|latest|lowest|most|least)\b",
    re.IGNORECASE,
)


def called_question(definition: str, plural_term: bool = False) -> str | None:
    """A glossary entry's definition asked for its term: ``land held in another's name to
    dodge ceiling laws`` → "What is land held in another's name to dodge ceiling laws
    called?"; ``None`` unless the definition's first clause is one singular noun phrase of
    plain words (not a clause or a verb phrase, ``built under licence …``; not a plural,
    ``nuclear reactors built …``; no figure, shorthand or comma)."""
    clause = first_clause(definition)
    words = clause.split()
    if not 3 <= len(words) <= MAX_CLAUSE_WORDS or not is_phrase(clause):
        return None
    if len(words) == 3 and definition[len(clause) :].strip(" .;"):
        return None  # "Rajasthan quarry town; source of white marble for the Taj": the first
        # three words say too little (holdout 590, bad: "What is a Rajasthan quarry town called?")
    if "→" in definition[len(clause) :]:
        return None  # "high govt borrowing → higher rates → less pvt investment": a chain

    if (
        re.search(r"[\d%,:;\"“÷×=+↑↓]", clause)
        or verb_phrase(words)
        or finite_verb(words)
        or noun_then_its_verb(words)
    ):
        return None  # "actual annual output ÷ max possible output": a formula (holdout 332);
        # "insolation ↓ poleward": what latitude does (holdout 398, bad)
    if (a_present_verb(words[1]) and words[2].lower() in _PARTICLES) or _DOES.match(clause):
        return None  # "toxin builds up …" (holdout 334), "govt borrowing pushes up rates": clauses
    if a_title(words):
        return None  # "Doctrine of Lapse": a thing's own name, not what a term means
    if re.search(r"\b(?:officer|officers|head|chief)$", clause) and " of " not in clause:
        return None  # "chief executive officer": of which body, the line does not say
    if words[0].lower() in (
        "one",
        "ones",
        "that",
        "those",
        "they",
        "it",
        "he",
        "she",
        "we",
        "each",
    ):
        return None  # "one whose ships enter …": a tidal what? the noun is the term's own;
        # "they don't undermine the state" (holdout 601, bad: "What is a they … called?")
    ranked = RANKED.match(clause) is not None
    if ranked and " of " not in clause:
        return None  # "earliest known ancestor": of what? never "What is an earliest known
        # ancestor called?" (holdout 582, bad)
    if ONE_OF_MANY.match(clause):
        return None  # "home of lion-tailed macaque": many places are (holdout 232, bad)
    if _RELATIVE_THEN_VERB.search(clause):
        return None  # "a state whose ruler died … passed to the Company": a clause, no name
    if any(w.lower() in _FINITE for w in words):
        return None  # "state has no official religion": a clause, not a name's meaning
    if any(a_verb(w) and words[i - 1][:1].isupper() for i, w in enumerate(words) if i > 1):
        return None  # "Menelik II of Ethiopia beat Italy": a name and its verb, a clause
    if verb_before_an_object(words) or opens_on_a_bare_verb(words):
        return None  # "true nature of the law decides the list": its verb, a clause
    head: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        described = _describes_a_noun(head, words, i)  # "overhanging enclosed balcony"
        if head and (low in _AFTER_HEAD or (low.endswith("ed") and not described) or low in VERBS):
            break
        if head and low.endswith("ing") and i + 1 < len(words) and words[i + 1] not in _AFTER_HEAD:
            break  # "line joining places …", "roots growing up …"; not "borrowing by banks"
        if head and head[-1].isalpha() and plural_head(head[-1]) and low not in ("and", "or", "&"):
            return None  # "small amounts protect teeth": a plural and its verb (holdout 346)
        head.append(word)
    if len(head) == 1 and len(words) > 2 and words[1].endswith("ed") and words[2] == "by":
        return None  # "price discovered by bids …": the note's passive, a process, no price
    if len(head) == len(words) - 1 and words[-1].lower().endswith("ed"):
        return None  # "prior approval needed": a note's predicate, no thing (holdout 199)
    first = head[0].lower()
    if first.endswith("ly") and len(first) > 4:
        return None  # "fully independent of the Kalyani Chalukyas": said of him, no thing
    if (
        first in VERBS
        or first.endswith("ed")
        or first in IRREGULAR_PARTICIPLES  # "given after the recipient's death"
        or first in _AFTER_HEAD
        or first in _PREPOSITIONS
    ):
        return None  # "built under licence by HAL …": said of the term, no thing named
    if len(head) == 1 and (first.endswith(("able", "ible")) or first in _NOT_A_NOUN):
        return None  # "enforceable in a court of law", "close to the shore": no noun
    last = head[-1].lower()
    if says_where(clause):
        return None  # "tidal deltas of the east coast", "the dry north-west": where, not what
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        # "breathing roots growing up out of the mud" of Pneumatophores; "nuclear reactors
        # built by Russia" of one term is many things, not the term
        return f"What are {clause} called?" if plural_term and len(head) > 1 else None
    described = head[1].lower().endswith("ed") if len(head) > 1 else True
    if first.endswith("ing") and not described and first not in _ING_NOUNS:
        return called("", clause)  # "raising farm productivity …": an activity, no "a"
    article = "" if first in ("a", "an", "the") else article_for(" ".join(head))
    if OWNER.match(f"{first} "):  # "the Extremists' jibe", "the king's share"; "Naoroji's"
        article = "" if head[0][:1].isupper() and first.endswith(("'s", "’s")) else "the "
    if (len(head) == 1 and first in _MEASURES and words[1:2] == ["of"]) or ranked:
        article = "" if first == "the" else "the "  # "the mass of living matter …" (334);
        # "the first beat of the tala cycle", one of its kind (581: "a first …"; 777: "the the")
    return called(article, clause)


#: What joins two notes where a sentence would have a verb or a full stop.
STACKED = re.compile(r";|:\s|→|->")
#: The writer's note to self (``places to remember``, ``imp!!``): no description of a thing.
STUDY_WORDS = r"to (?:remember|know|note|learn|revise)|worth (?:knowing|remembering)"
STUDY_NOTE = re.compile(rf"\b(?:{STUDY_WORDS})\b|!!|\bimp\b\.?", re.I)


#: Words in -ing taking an article: nouns ("a ceiling on …"), adjectives ("a founding treaty").
_ING_NOUNS = frozenset(
    "ceiling building king ring string thing wing spring morning evening meeting offering "
    "sibling painting setting founding ruling leading governing binding existing growing "
    "standing working presiding upcoming emerging developing neighbouring prevailing "
    "flanking".split()
)
