"""A timeline entry's head asked outright (split from :mod:`~quizbot.notes.line_questions`):
``1975 – ___, first Indian satellite, launched by …`` → "What was the first Indian satellite,
launched by … in 1975?"; ``1906 – ___ founded at Dacca (Dec 1906)`` → "Which organisation was
founded at Dacca in December 1906?"; ``1983 – ___ set up (report 1988)`` → "Which commission
was set up in 1983 (report 1988)?"."""

from __future__ import annotations

import re

from quizbot.notes.clause_shapes import is_phrase
from quizbot.notes.grammar import is_lawmaker
from quizbot.notes.tenses import DONE_BY_ITSELF
from quizbot.text.dates import MONTH_NAMES

#: Words that make a noun phrase name one thing (``first Indian satellite``).
UNIQUE = re.compile(r"^(?:the\s+)?(?:first|1st|only|last|\w+est)\b", re.IGNORECASE)
#: A bracketed aside that dates something else (``(report 1988)``, ``(ended 1991)``).
_ASIDE_AT_END = re.compile(r"\s*\([a-z][a-z ]*\s(?:1[5-9]|20)\d\d\)$")
_BRACKET_DATE = re.compile(r"\s*\((?:(?P<month>[A-Z][a-z]{2,4})\.? )?(?P<year>\d{4})\)")


def timeline_question(found: re.Match[str], clause: str, kind: str) -> str | None:
    """``1975 – ___, first Indian satellite, launched by …`` and ``1906 – ___ founded at
    Dacca (Dec 1906)``."""
    year = found.group("year")
    if found.group("blank")[:1].isdigit():
        return None  # "1952 – ___, First Five Year Plan adopted": the blank is its day
    if found.group("joint") == ", ":
        described, _, then = clause.partition(", ")
        if not UNIQUE.match(described) or not is_phrase(described):
            return None
        described = re.sub(r"^the ", "", described, flags=re.IGNORECASE)
        if not then:
            return f"What was the {described} ({year})?"
        if not _participle_phrase(then):
            return None
        return f"What was the {described}, {then} in {year}?"
    if found.group("joint") != " " or not kind:
        return None
    clause = clause.split(", ")[0]  # "set up, report (1988)": a second note after the comma
    words = clause.split()
    if not words or not _participle(words[0]):
        return None
    if len(words) == 2 and words[0] in _ATTRIBUTIVE:
        return None  # "→ mixed economy": what it led to (holdout 578, bad: "Which resolution
        # mixed economy in 1948?")
    if len(words) < 2 or is_lawmaker(" ".join(words[1:])):
        # "Which act passed in 2016?", "… passed by Parliament in 1999?": any act of the year
        return None
    dated = _BRACKET_DATE.search(clause)
    if dated is not None and dated.group("year") != year:
        when = f"in {year}"  # "set up on Lee Commission (1924) recs": the bracket dates the
        # commission it follows, not the line's event (1926)
    elif dated is not None:
        month = MONTH_NAMES.get(dated.group("month").lower(), "") if dated.group("month") else ""
        when = f"in {month} {dated.group('year')}".replace("  ", " ")
        clause = clause[: dated.start()] + clause[dated.end() :]
    elif re.search(r"\b(?:1[5-9]|20)\d\d\b", _ASIDE_AT_END.sub("", clause)):
        when = ""
    else:
        when = f"in {year}"
    aside = _ASIDE_AT_END.search(clause)
    if aside is not None and when:  # "set up (report 1988)": the aside after the line's year
        clause = clause[: aside.start()]
        when = f"{when} {aside.group(0).strip()}"
    verb_is_past = words[0].endswith("ed") or words[0] in ("built", "set", "made", "held")
    if not verb_is_past:
        return None
    aux = "was " if _is_passive(words) else ""
    return f"Which {kind} {aux}{clause.strip()} {when}".rstrip() + "?"


#: Participles that are a noun's describing word as often as a deed (``mixed economy``).
_ATTRIBUTIVE = frozenset(
    "mixed planned limited fixed reserved guided united organised organized advanced "
    "developed backward scheduled assisted centralised decentralised".split()
)


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in ("built", "set", "made", "held", "reached")


def _participle_phrase(text: str) -> bool:
    """``launched by the Soviet Union``: a participle and its phrase, no further clause."""
    words = text.split()
    return bool(words) and _participle(words[0]) and "," not in text and len(words) <= 8


def _is_passive(words: list[str]) -> bool:
    """``founded at Dacca``: a participle with its place or agent, not a past with an
    object (``reached Mars orbit``) nor a verb that takes none (``landed at the south
    pole``: "Which mission was landed …?" read wrong)."""
    return (
        len(words) > 1
        and words[0].lower() not in DONE_BY_ITSELF
        and (
            words[1].lower() in _PREPOSITIONS
            or (  # "set up on the Lee Commission's report": a phrasal verb, then its agent
                words[1].lower() in ("up", "out", "down", "off")
                and (len(words) == 2 or words[2].lower() in _PREPOSITIONS or words[2][:1] == "(")
            )  # "set up (report 1988)": no object either
            or words[1].startswith("(")  # "amended (time limits)": no object, a passive
        )
    )


#: Prepositions after a participle that mark it passive (``founded at Dacca``).
_PREPOSITIONS = frozenset(("at", "by", "in", "on", "as", "from", "under"))

#: A rank then no noun (``only ~37% as ESA``, ``first built under …``): when or how much.
_NO_NOUN = re.compile(
    r"^(?:[^A-Za-z]|(?:at|in|on|for|by|to|from|with|of|under|after|before|since|time|ever)\b"
    r"|(?:[a-z]+ed|built|made|set|held|seen|won)\b(?!\s+[a-z][a-z-]*\s+[a-z]))"
)


def no_noun_after_rank(rest: str) -> bool:
    """Does what follows a rank (*first*, *only*, *largest* …) name no thing?"""
    return _NO_NOUN.match(rest) is not None
