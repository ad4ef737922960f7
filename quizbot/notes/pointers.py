"""The subject a question never names: a pointer (``It``, ``All of them``, ``the two``, ``all
the rest``, ``three of the units``), a verb left without its object (``___ joined in 1955``,
``___ put on in 1993``), a kind said with "the" alone (``the Act``), an indefinite subject of
an event (``An offer of ___ found no bidder in 2018``), an ordinal with no noun, or a private
abbreviation the notes never spell out (``CGM``); a gate rule of
:mod:`~quizbot.notes.shown_gate` (split from :mod:`~quizbot.notes.fragments`)."""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question, TrueFalse, filled_in
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.fragments import BLANK, FIRST_OR_LAST, shown
from quizbot.notes.grammar import has_verb
from quizbot.notes.names import NAME_KIND_WORDS
from quizbot.notes.phrases import fold
from quizbot.notes.pronouns import leans_back
from quizbot.text.dates import CAPITAL_NOT_MONTH

#: A pointer where a subject should be (or what a verb builds on: ``Akbar built on this:``).
_POINTER = re.compile(
    r"^(?:it|its|they|their|he|his|she|her|this|these|those|that|both|all of them|"
    r"the (?:two|three|four|five|latter|former|rest|same|others)|" + FIRST_OR_LAST + r")\b"
    r"|\b(?:all of them|both of them|the (?:two|three|four)(?= *[,.;:)]| +(?:and|of|mixes|are|"
    r"were|is|was)\b))|^[^,;]*?\b(?:it|they) (?:is|was|are|were|has|had)\b"
    r"|\b(?:on|from|after|like|besides|with) (?:this|that|these)(?=\s*[:;,.])"
    r"|^the (?:earliest|oldest|latest|last ones|first ones)(?= (?:are|were|is|was)\b)"
    r"|(?:^|[–—:]\s+)the (?:opposite|reverse|converse)\b"  # "___ – the opposite": of what?
    r"|^(?:In \w+|Later|Then|Thus|Now),? (?:he|she|they)\b"  # "In theory he ruled …": who?
    # "Tradition says he moved from ___ to …" (holdout 341, bad): who?
    r"|^[A-Z][a-z]+(?: [a-z]+)? (?:says?|holds?|records?|claims?|believes?|suggests?|tells?) "
    r"(?:that )?(?:he|she|they)\b"
    # "Govt sets the target every ___ years" (holdout 340, bad): the target of what?
    r"|\b(?:sets?|fixes|revises?|reviews?) the (?:target|limit|ceiling|cap|band)\b(?! (?:of|for)\b)"
    r"|^(?:Before|After|Under|Unlike|Like|Besides) (?:it|this|that|them)\b"  # "Before it, …"
    r"|(?:^|[–—:]\s+)all the rest\b"  # "Schedule C – all the rest": the rest of what?
    # "The protocol itself had been launched …" (holdout 283, bad): the one named before
    r"|^the (?-i:[a-z]+) itself\b"
    # "___ peoples lived here for tens of thousands of years": where?
    r"|\b(?:lived|live|lives|living|found|settled|grow|grows|grown|made|used) here\b"
    r"|\b(?:went|came|moved|sailed|travelled|traveled) (?:from|to) here\b"
    # "West Bengal has the most (Sundarbans)": the most what?
    r"|\b(?:has|have|had) the (?:most|least|fewest|largest|highest|lowest|biggest)(?= *[(.;,]|$)"
    r"|(?:^|[–—:]\s+)(?:the )?same (?:idea|as|thing|scheme|way)\b"  # "___ – same idea, …"
    # "launched the same day in ___": as what? (not "joined in ___ … the same year")
    r"|^[^\d_{]*\bthe same (?:day|year|month|date|session)\b"
    # "Sanand has three of the units": which units?
    r"|\b(?:one|two|three|four|five|six|some|most|many|half|[a-z]+est) of the [a-z]+s\b"
    r"(?= *[.;,]|$)",
    re.IGNORECASE,
)


def _private_abbreviation(text: str, ctx: Context) -> str | None:
    """An all-capitals token that the notes' legend defines as the writer's own, or a
    student's usual short form of a person's name (``CGM``)."""
    token: str
    for token in re.findall(r"\b[A-Z]{3,5}\b", text):
        if fold(token) in ctx.legend or token in _PRIVATE_KNOWN:
            return token
    return None


#: Short forms students use for people; a name, not an abbreviation, is what a question needs.
_PRIVATE_KNOWN = frozenset(("CGM", "AKB", "MKG", "JLN", "SCB", "BRA", "VJP"))


#: A kind said with "the" where a subject should be (``The complex, which also holds …``,
#: ``The 500 GW figure is …``): the name is in the line before. Not a thing there is one
#: of (the monsoon, the government).
_DEFINITE = re.compile(
    r"^The (?:[\d.,]+ ?[A-Za-z%]* )?(?!(?:monsoon|sun|earth|moon|government|govt|centre|"
    r"constitution|preamble|president|parliament|british|french|portuguese|dutch|mughals)\b)"
    r"[a-z]+(?<!s)(?=,| (?:is|was|are|were|has|had|also|which|lies|holds|stands|houses|comes|"
    r"means|derives)\b)"
)
_EXCEPTION = re.compile(
    r"\b(?:is|was|are|were) the exception\b"
    r"|\b(?:is|are|was|were) also (?:caused|found|called|known|used|seen)\b"  # as what else?
    # "Alauddin Khalji also built ___ and …": one of several things he built, any of them fits
    r"|\balso (?:[a-z]{3,}ed|built|made|wrote|founded|set up|won|led|held|began) (?:the |a |an )?_"
)
#: ``took refuge there``, ``membership``: a place or a body the line before names (not
#: ``there is``, ``is there from birth``).
_THERE = re.compile(
    r"(?<! is)(?<! are)(?<! was)(?<! were) there\b(?! (?:is|are|was|were|has|have|had)\b)",
    re.IGNORECASE,
)
#: ``applied for membership``: of what (not ``NSG membership``, ``membership of the UN``)?
_MEMBERSHIP = re.compile(r"(?P<before>\S*)\s+membership\b(?! (?:of|to)\b)(?! in [A-Za-z])")


def _membership_of_nothing(body: str) -> re.Match[str] | None:
    found = _MEMBERSHIP.search(body)
    before = found.group("before") if found else ""
    return None if found is None or before[:1].isupper() or before.endswith(")") else found


def _unnamed_place(body: str) -> re.Match[str] | None:
    """``___ took refuge there in 1857``: "there" with no name before it
    in the question for it to point to (``Sikkim became … after a referendum there`` has)."""
    found = _THERE.search(body)
    if found is None:
        return None
    before = body[: found.start()].replace(BLANK, " ").removeprefix("The ")
    if _STAYED.search(before):
        return found  # "Bahadur Shah Zafar took refuge there": a person, not the place
    return None if re.search(r"\b[A-Z]", before) else found


#: What a person does at a place: the name before is the person's, and "there" the place's.
_STAYED = re.compile(
    r"\b(?:refuge|buried|lived|died|stayed|born|settled|fled|camped|imprisoned|exiled|retired|"
    r"preached|taught|studied|tried|jailed|killed|crowned|married|educated|trained|captured)\s*$"
)
#: A verb that needs an object, straight before its date: the object is in the notes.
_NO_OBJECT = re.compile(
    r"(?:\b([A-Z][\w'’-]+)|_+) (joined|left|entered|quit|ratified|signed|hosted|chaired|"
    r"put on|taken off|added|removed|listed|delisted)"
    r" (?:in|on) (?:_|\d)"
)
#: A named kind of thing said with "the" alone (``the Act``): the name is elsewhere.
_THE_KIND = re.compile(
    r"\bthe (Act|Bill|Commission|Committee|Policy|Scheme|Treaty|Agreement|Code|Mission|"
    r"Resolution|Declaration|Convention|Protocol|Accord|Pact|Charter)\b"
    r"(?! (?:of|on|for) [A-Z])"  # "the Treaty of Brest-Litovsk" is named
)
#: A change said with "the" alone (``The 1987 amendment``): of which law, the line before says.
_THE_CHANGE = re.compile(
    r"\b[Tt]he (?:(?:1[5-9]|20)\d\d |_+ )?amendment\b(?! (?:of|to) (?:the )?[A-Z])"
)
#: An event said with "the" alone (``the rising of 1798``): which one, the line before says.
_THE_EVENT = re.compile(
    r"\bthe (rising|revolt|uprising|rebellion|insurrection|mutiny|agitation|strike|war)\b"
    r"(?! (?:of|against|in) [A-Z])(?! of 1857)"  # "the revolt of 1857" is its name
)


def _named_in_topic(noun: str, topic: str) -> bool:
    """Does the topic line name the event (``Revolt of 1857``, ``Chuar rising``, ``World
    Wars``), or date it (``Women in the Freedom Struggle › 1857``)?"""
    return re.search(rf"\b{noun}s?\b|\b1[5-9]\d\d\b", topic, re.IGNORECASE) is not None


#: A sentence opening on an indefinite subject (``An offer of ___ found no bidder``).
_INDEFINITE = re.compile(r"^(?:A|An|A\(n\)) ")
#: An ordinal with no noun (``The 19th at Islamabad (2016) was called off``): the 19th what?
_BARE_ORDINAL = re.compile(r"\b[Tt]he \d{1,3}(?:st|nd|rd|th)(?= (?:at|in|on|was|were|is|are)\b)")


#: A bracket that points to a line before: ``(same play)``, ``(ditto)``, ``(as above)``.
_BRACKET_BACK = re.compile(r"\((?:same|ditto|do\.|as above|see above|ibid)\b[^()]*\)", re.I)


def pointing_subject(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    text = shown(question)
    filled = filled_in(question.text) if isinstance(question, Cloze) else text
    bare = _BARE_ORDINAL.search(filled)
    if bare is not None:
        return f"the subject is an ordinal with no noun ({bare.group(0)!r})"
    body = text
    if isinstance(question, Cloze | TrueFalse):
        head, colon, rest = text.partition(": ")
        if colon and not has_verb(head.replace(BLANK, " "), loose=False):
            body = rest  # "Label: it was …": what follows the label; a clause's colon is its own
    found = (
        _POINTER.search(body)
        or _DEFINITE.search(body)
        or (_unnamed_place(body) if "there" in body else None)
        or (_membership_of_nothing(body) if "membership" in body else None)
        or (_EXCEPTION.search(body) if "exception" in body or "also" in body else None)
    )
    if found is not None:
        return f"the subject is a pointer ({found.group(0)!r}), not named"
    back = _BRACKET_BACK.search(text)  # "… beat the Yavanas on the Sindhu (same play)"
    if back is not None:
        return f"a bracket points to a line before ({back.group(0)!r})"
    for kind in _THE_KIND.finditer(body):  # "the Act has still not been …": which Act?
        if not re.search(rf"[A-Z][\w'’.-]* (?:\([^()]*\) )?{kind.group(1)}\b", body):
            return f"{kind.group(0)!r} points to a name the question does not give"
    change = _THE_CHANGE.search(body)  # "The 1987 amendment brought ___ in": to what?
    if change is not None and not re.search(r"\b[A-Z][\w'’.-]* (?:\([^()]*\) )?Act\b", body):
        return f"{change.group(0)!r} changes a law the question does not name"
    event = _THE_EVENT.search(body)  # "___ led the rising of 1798": which rising?
    if event is not None and not _named_in_topic(event.group(1), question.topic):
        return f"{event.group(0)!r} points to an event the question does not name"
    if (
        isinstance(question, Cloze | TrueFalse)
        and draft.key_kind in ("year", "count", "percent", "money")
        and _INDEFINITE.match(text)
        and not CAPITAL_NOT_MONTH.search(text[2:].replace(BLANK, ""))
        and (draft.key_kind == "year" or re.search(r"\b(?:1[5-9]|20)\d\d\b", text))
    ):  # an event ("… found no bidder in 2018"), not a general truth ("An adult skeleton …")
        return "the subject is indefinite ('An offer of …'): whose it is, the notes say before"
    unsaid = _NO_OBJECT.search(body)
    if unsaid is not None and fold(unsaid.group(1) or "") not in NAME_KIND_WORDS:
        # "Germany joined in ___ and left in 1933": joined what? ("the WIPO Convention
        # signed in 1967" is the thing signed)
        return f"{unsaid.group(2)!r} has no object: what was {unsaid.group(2)} is not said"
    private = _private_abbreviation(text, ctx)
    if private is not None:
        return f"the subject is the writer's private abbreviation {private!r}"
    if isinstance(question, Cloze | TrueFalse):
        return leans_back(body) or _auxiliary_added(body, unit)
    return None


_PASSIVE = re.compile(r"\b(?:is|are) ([a-z]{3,}ed)\b")


def _auxiliary_added(body: str, unit: Unit | None) -> str | None:
    """``Gen. Niazi is surrendered at Dhaka`` from the notes' ``Gen. Niazi surrendered …``:
    an auxiliary put before a past tense the notes wrote alone breaks the grammar."""
    if unit is None:
        return None
    for found in _PASSIVE.finditer(body):
        verb = found.group(1)
        if re.search(rf"\b{verb}\b(?! by\b)", unit.text) and not re.search(
            rf"\b(?:is|are|was|were|be|been|being|get|got) {verb}\b", unit.text
        ):
            return f"{found.group(0)!r} is not the notes' grammar ({verb!r} stood alone)"
    return None
