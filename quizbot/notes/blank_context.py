"""Words around a blank that leave more than one answer, or give the one away (the
forty-first session's blind reviews): a blank among what another subsumed, a body's status
beside the law it stands on, a date over a deed with no one it was done to, a threshold with
nothing of what crossing it sets off, a verb after a modal, and a capital that stands for
its government. Each is a shape of
:func:`~quizbot.notes.ambiguity_keys.key_shapes`: ``(before, key, after)`` → ``bool``."""

from __future__ import annotations

import re

from quizbot.notes.timeline_dates import DATE

#: A blank followed by what subsumed it: ``___ now subsumed in OSH Code 2020``; not "merged
#: into" (``Forward Markets Commission merged into SEBI``: two bodies, one answer).
_MERGED_INTO = re.compile(
    r"\s*(?:(?:is|was|were|are|has been|have been|now|later|since|then|all|both|since \d{4})\s+)*"
    r"(?:subsumed|consolidated)\s+(?:in|into|with|under)\b"
)


def merged_into(before: str, key: str, after: str) -> bool:
    """``___ now subsumed in OSH Code 2020`` keyed ``Factories Act`` (holdout 462, bad): the
    code subsumed thirteen laws, each an answer as true."""
    return before.strip() == "" and _MERGED_INTO.match(after) is not None


#: A body's status as the key (``statutory body``, ``constitutional body``).
_STATUS = re.compile(r"(?:non-)?(?:statutory|constitutional|executive)(?: body| authority)?")
#: The law or article a body stands on, named in its sentence.
_ITS_LAW = re.compile(r"\bunder (?:the )?(?:Sec(?:tion)?\.?|Art(?:icle)?\.?|[\w ,()]*\bAct\b)")


def status_by_its_law(before: str, key: str, after: str) -> bool:
    """``The Tea Board is a ___ set up under Sec 4 of the Tea Act`` keyed ``statutory body``
    (holdout 465, bad): the law it is set up under says it is statutory."""
    return _STATUS.fullmatch(key.casefold()) is not None and bool(_ITS_LAW.search(after))


#: A date or a year alone as a blank's key.
_A_DATE = re.compile(DATE)


def date_over_a_deed(before: str, key: str, after: str) -> bool:
    """``___: reconstituted under Justice (retd) Biplab Kumar Sarma`` keyed ``July 2019``
    (holdout 466, bad): a date as the label of a deed that names nothing it was done to."""
    return (
        before.strip() == ""
        and _A_DATE.fullmatch(key.strip()) is not None
        and re.match(r"\s*[:→–—-]\s*[a-z]+ed\b", after) is not None
    )


#: A threshold crossed (``falls below``, ``exceeds``) just before a blank.
_CROSSED = re.compile(
    r"\b(?:falls?|fell|drops?|dips?|goes|went|rises?|rose|exceeds?|crosses)"
    r"(?:\s+(?:below|under|above|over|beyond))?\s*$"
)


def threshold_alone(before: str, key: str, after: str) -> bool:
    """``Flow falls below ___ cusecs in any 10-day period.`` (holdout 466, bad): a threshold
    with nothing said of what it sets off; any figure would read as true."""
    return (
        any(ch.isdigit() for ch in key)
        and _CROSSED.search(before) is not None
        and re.search(r"→|\bthen\b|\btriggers?\b|,\s*\w", after) is None
    )


def verb_after_a_modal(before: str, key: str, after: str) -> bool:
    """``Residents could ___ to keep French nationality`` keyed ``opt`` (holdout 473, bad): a
    verb in lower case after a modal is the sentence's verb; "choose" fits as well."""
    return (
        key.isalpha()
        and key.islower()
        and re.search(r"\b(?:could|can|may|might|must|should|would|will|shall)\s*$", before)
        is not None
    )


def capital_for_its_government(before: str, key: str, after: str) -> bool:
    """``___ keeps looking for a middle path`` (holdout 475, bad) and ``quiet diplomacy from
    ___`` (holdout 468, bad) keyed Delhi: the capital stands for the government; "the
    Centre" and "GoI" are as right, and the line teaches no place."""
    if key.casefold() not in ("delhi", "new delhi"):
        return False
    return (before.strip() == "" and re.match(r"\s+[a-z]+s\b", after) is not None) or (
        re.search(r"\b(?:from|by|with)\s*$", before) is not None
    )
