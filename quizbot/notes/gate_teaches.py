"""The gate's rule on blanks that teach nothing (split from :mod:`~quizbot.notes.gate`): a
blank on a label of the note, on quoted wording, on a common word, on nothing, on a month
or an unanchored time phrase, on who approves every scheme, on a kind whose bracketed year
says which one is meant, or on the label over a list of names."""

from __future__ import annotations

import re
from functools import lru_cache

from quizbot.bank.model import Cloze, Question, Short, TrueFalse
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.event_words import BARE_KINDS
from quizbot.notes.grammar import singular
from quizbot.notes.labels import EXAM_TALK
from quizbot.notes.lint import visible_text
from quizbot.notes.names import MONTHS
from quizbot.notes.phrases import BRACKET, fold, fold_words, inside_quotes
from quizbot.notes.quantities import NUMBER_WORDS
from quizbot.text.dates import MONTH_SPAN
from quizbot.text.names import frequency

#: Words a note uses as labels, never as facts: a blank on one teaches nothing.
LABELS = frozenset(
    "objectives objective context background aim aims agenda venue outcome outcomes impact "
    "significance note notes features feature issues issue concerns concern challenges "
    "way forward conclusion summary introduction example examples highlights key points "
    "covid covid-19 pandemic roots origins origin history glossary terms definitions keywords "
    "abbreviations removal appointment election tenure qualifications powers functions "
    "composition resignation eligibility response reaction criticism criticisms "
    # "Logo → lion made of cogwheels" (holdout 411, bad: "What is a lion … called?" = Logo)
    "logo mascot motto tagline slogan "
    # "Remit: progress since Wood's Despatch, …" (holdout 421, bad: the label keyed)
    "remit mandate scope brief traits characteristics".split()
) | frozenset(("govt response", "government response"))  # "___ – list the minerals, …"


def under_a_label(unit: Unit) -> bool:
    """Is the line a sub-bullet of one of the writer's :data:`LABELS` (``Features:`` over
    ``**pit-dwellings** → shelter from cold``, holdout 402): a feature of the section's
    thing, which a question on the line alone would not name?"""
    if unit.parent is None:
        return False
    # "Imp. traits:" over "**day biter** → peaks early morning …" (holdout 470, bad: what peaks?)
    return _QUALIFIED.sub("", fold(unit.parent.text).strip(" :")) in LABELS


_QUALIFIED = re.compile(r"^(?:imp\.?|important|key|main|major|salient)\s+")
#: A year blanked after "by": "crushed by ___" asks the doer, and the key is a date.
_BY_A_YEAR = re.compile(r"\bby \{\{(?:1\d{3}|20\d\d)(?:\|[^}]*)?\}\}")
_TIME_PHRASE = re.compile(
    r"^(?:the\s+)?(?:past|last|next|previous|coming|recent|few|several|earlier|later|this|that)"
    r"\b.*\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|time)$",
    re.IGNORECASE,
)
#: Uses in the word list above which a one-word key is no term (world, life, time, first;
#: heart, body and blood, two-thirds as common, still are; holdout 393, bad: "___ – a real
#: transformation of Brahman" keyed World).
_COMMONEST = 500_000
#: Kinds of document and meeting (``Protocol``, ``Accord``): one alone names no one of them.
_DOCUMENTS = BARE_KINDS | frozenset(
    "protocol agreement accord pact convention charter memorandum conference ordinance "
    "notification order statute doctrine".split()
)
_NO_THING = frozenset("nothing something everything anything none all both".split())
#: Who approves (or, the notes say, launches) every scheme (``In 2023, ___ approved NGHM``).
_DEFAULT_APPROVERS = frozenset(("cabinet", "union cabinet", "the cabinet", "the union cabinet"))
_APPROVED = re.compile(r"\bapprov|\bcleared\b|\bnod\b|\blaunch")


@lru_cache(maxsize=64)
def shown_alone(question: Question) -> str:
    """What the learner reads of a question, less its topic line and context prefix."""
    text = visible_text(question)
    if isinstance(question, Cloze | TrueFalse):  # the topic line, then the fact
        return text.split("\n", 1)[-1]
    prompt = getattr(question, "prompt", "")
    head = prompt.split(": ", 1)[0] if ": " in prompt else ""
    if head and text.startswith(head):
        text = text[len(head) + 1 :]
    return text.replace("fill in the blank.", " ").replace("fill in the blanks.", " ")


def teaches_nothing(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    key = draft.key_text.strip()
    folded = fold(key)
    country = isinstance(question, Short) and draft.key_kind == "place" and key.isupper()
    if not key or (len(key) <= 2 and not any(ch.isdigit() for ch in key) and not country):
        return f"the blank {key!r} is too short to teach anything"  # a country's UK asks
    if folded.rstrip(":") in LABELS:
        return f"the blank {key!r} is a label of the note"
    if folded in _NO_THING:  # "does **nothing** for acidification" (holdout 392, bad)
        return f"the blank {key!r} names no thing: the rest of the line gives it"
    if " " not in folded and frequency(folded) >= _COMMONEST and folded not in NUMBER_WORDS:
        return f"the blank {key!r} is among the commonest words"  # "World – a real …"
    if (
        unit is not None
        and " " not in folded
        and folded in _DOCUMENTS
        and re.search(rf"(?<!\w){re.escape(key)} \((?:c\. ?)?\d{{4}}\)", unit.text)
    ):  # "___ (2011) → Manmohan Singh's Dhaka visit" keyed Protocol: which protocol, the
        # year says; the blank names only its kind (holdout 395, bad)
        return f"the blank {key!r} names a kind, its year which one is meant"
    if unit is not None and EXAM_TALK.search(unit.text):
        return "the line is the writer's note on the exam ('a classic Mains topic'), no fact"
    if isinstance(question, Cloze) and _BY_A_YEAR.search(question.text):
        # "HRA leadership was crushed by ___" = 1927 (holdout 517, bad: by whom?)
        return f"the blank {key!r} after 'by' reads as who did it, not when"
    if _TIME_PHRASE.match(key):
        return f"the blank {key!r} is a time phrase with no date to anchor it"
    if folded.strip(".") in MONTHS or MONTH_SPAN.fullmatch(key):  # "Feb–Mar" too
        return f"the blank {key!r} is only a month"
    if folded in _DEFAULT_APPROVERS and _APPROVED.search(shown_alone(question)):
        return f"{key!r} approves every scheme: the blank asks a guess, no fact"
    if unit is not None and draft.rule in ("bold", "name", "number"):
        text = unit.text
        at = text.find(key)
        if at > 0 and (text[at - 1 : at] in ('"', "“", "'", "‘") or inside_quotes(text, at)):
            return f"the blank {key!r} is quoted wording"
        if draft.rule != "number" and key.islower() and draft.rule != "bold":
            return f"the blank {key!r} is a common word"
        if draft.rule == "name" and all(w in ctx.lower_words for w in fold_words(key)):
            return f"the blank {key!r} is a common word"
    if re.fullmatch(r"[a-z]+(?:ed|en)", key) and re.search(rf"\b{key} by\b", draft.unit_text):
        # "Princely state reps to be ___ by rulers" = nominated (holdout 428, bad)
        return f"the blank {key!r} is a deed its sentence's 'by' all but gives"
    if re.fullmatch(r"[A-Z]?[a-z]+-wise", key):  # "___, the idea was …" = Phase-wise (437)
        return f"the blank {key!r} is an adverb of manner"
    if draft.key_kind == "count" and folded in ("1", "2", "one", "two") and not draft.marked:
        return f"the count {key!r} teaches nothing (docking is of two, a pair is two)"
    term = unit.term if draft.rule == "term" and unit is not None else None
    if term is not None and _ONE_NAMED_FIRST.match(term.definition):  # "Periyar: E.V. Ramasamy"
        return f"the blank {key!r} is said of the person or body its definition opens on"
    if (
        draft.rule == "term"
        and unit is not None
        and unit.term is not None
        # "Deputy diwans: Muhammad Reza Khan (Bengal), Raja Shitab Rai (Bihar)" (holdout 404,
        # bad: "Who is described as …?"): a plural label in sentence case is one too
        and (key[:1].islower() or singular(key) != key)
        and unit.found_list is None
        and _names_only(unit.term.definition)
    ):
        return f"the blank {key!r} is the label over a list of names, not a fact"
    return None


#: A definition that opens on a person's name with initials (``E.V. Ramasamy, …``), or on
#: a body's name and its acronym (``SPV: Bharat Broadband Network Ltd (BBNL), …``, 437, bad):
#: the term is a label said of it.
_ONE_NAMED_FIRST = re.compile(
    r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+\b|[A-Z][\w-]+(?: [A-Z][\w-]+)+ \([A-Z]{2,}\)"
)


def _names_only(text: str) -> bool:
    """``Chukha, Tala, Mangdechhu``: a definition that only lists names."""
    bare = BRACKET.sub("", text)  # "Muhammad Reza Khan (Bengal), …"
    items = [i.strip() for i in re.split(r",|\band\b|&", bare) if i.strip()]
    return len(items) >= 2 and all(i[:1].isupper() and len(i.split()) <= 3 for i in items)
