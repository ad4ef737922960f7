"""The last gate's rules on a term's description, as a cloze or a "Which … is described as
“…”?" prompt quotes it (see :mod:`~quizbot.notes.shown_gate` for the gate that runs them):

* :func:`described_by_a_scrap` — ``Which … is described as “…”`` quoting a scrap of notes
  or only how the fact is held (``linked by tradition``), or naming a kind the answer is not
  (``Which Plan …`` for a ``Plan holiday``);
* :func:`kind_not_kind` — a term told only as a kind set against another (``bird
  sanctuary, not a national park``).
"""

from __future__ import annotations

import re

from quizbot.bank.model import Cloze, Question
from quizbot.notes.clause_shapes import (
    PHRASAL_PRESENT,
    STACKED,
    STUDY_NOTE,
    noun_then_its_verb,
)
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.grammar import ONE_OF_MANY, has_verb
from quizbot.notes.phrases import BRACKET, content_words, fold
from quizbot.notes.place_phrases import says_where

#: A term asked from its quoted description: "Which term is described as “…”?".
DESCRIBED = re.compile(r"described as [“\"](.*)[”\"]\?")
#: A term asked from its definition: "What is a … called?" (the definition, group 1).
CALLED = re.compile(r"^What (?:is|are|was|were) (?:an? |the )?(.+) called\?$")


def described_by_a_scrap(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """``Which term is described as “oldest text, 10 mandalas, 1028 hymns”?``: a quoted
    scrap of the notes (no verb, or several notes joined by ``;``) is no description."""
    prompt = str(getattr(question, "prompt", ""))
    found = DESCRIBED.search(prompt)
    if found is None:
        return None
    kind = re.search(r"\bWhich ([A-Za-z-]+) (?:is|was|are|were) described as", prompt)
    key_words = fold(draft.key_text).split()
    if kind is not None and key_words:
        named = fold(kind.group(1))
        if named in key_words[:-1] and key_words[-1] != named:
            return f"the answer is no {kind.group(1)} (the word only qualifies {draft.key_text!r})"
    quoted = found.group(1)
    if unit is not None and _fits_a_sibling(quoted, unit, ctx):
        # "pure dance (nritta)" of Jathiswaram beside Thillana's "brisk pure dance finale"
        # (holdout 526, bad): the key rejects a term its own section describes so
        return "the description fits another term of its section too"
    if _A_TIME_ONLY.fullmatch(quoted.strip()):
        return "the description is only a time ('mostly 1st–2nd century BCE'), no meaning"
    if _A_MEASURE_ONLY.fullmatch(quoted.strip()):
        return "the description is only a measure ('up to about 2,000 km'), no meaning"
    if STACKED.search(quoted) or (quoted.count(",") >= 2 and not has_verb(quoted)):
        return "the description is a quoted scrap of the notes, not a sentence"
    if STUDY_NOTE.search(quoted):
        return "the description is the writer's study note ('places to remember')"
    if _GLOSSED_LIST.fullmatch(quoted):
        return "the description is a list of glossed names ('muqaddam (headman), patwari …')"
    if re.search(r"[≠≈]|\s=\s", quoted):
        # "revolution ≠ "cult of the bomb and pistol"" of Bhagat Singh (holdout 676, bad)
        return "the description is the writer's shorthand of a comparison, not a sentence"
    if _A_PLACE_OF.match(quoted):
        # "HQ of Namdharis, near Ludhiana" of Bhaini Sahib (holdout 673, bad): a place
        return "the description names a place by what is there, no term"
    if says_where(quoted):
        # "tidal deltas of the east coast", "the Nilgiris and the Himalaya": where it is
        return "the description says where the thing is, not what it is"
    if _HEDGE.search(quoted) and len(_HEDGE.sub(" ", quoted).split()) <= 1:
        return "the description says only how the fact is held ('linked by tradition')"
    if _A_NAME.fullmatch(quoted):
        return "the description is a name ('Trygve Lie (Norway)'): the term is what it holds"
    if _COMPARED.match(quoted):
        # "lower than subtropics due to heavy rain" of Equator (holdout 359, bad): what is?
        return "the description compares the answer with another, not what it is"
    if (
        _NO_WHAT.match(quoted)
        or _OPENS_ON_A_DEED.match(quoted)
        or _A_PAST_DEED.match(quoted)
        or noun_then_its_verb(quoted.split())
    ):
        # "if interest rate (r) < nominal GDP growth …" of Sustainability, "crowds out capex"
        # of High interest burden (holdout 345, bad); "best passing-out cadet gets …" of NDA
        return "the description is a condition or a deed, not what the term is"
    return None


def quoted_in_its_definition(
    question: Question, draft: Draft, unit: Unit | None, ctx: Context
) -> str | None:
    """A term asked from a definition that quotes a word of its own: "Which term is described
    as “official colonial term for "untouchable" castes”?", "___: Indian soldier in Company
    service (from Persian "sipahi")": the quoted word is another answer or the answer's root
    (rounds 500–688: 3 good, 9 weak, 7 bad of 19 such "described as" questions; changed50b:
    the cloze left in their place, 2 bad)."""
    if isinstance(question, Cloze):  # a word's root or gloss, never a quotation
        found = _DEFINED_CLOZE.match(question.text)  # ("No person shall be deprived …")
        if found is None or not _A_QUOTED_WORD.search(found.group(1)):
            return None
    else:
        described = DESCRIBED.search(str(getattr(question, "prompt", "")))
        if described is None or not re.search(r"[\"“”]", described.group(1)):
            return None
    return "the definition quotes a word of its own, another answer or the answer's root"


#: One word in quotes in a bracket or after "term for" (``(from Persian "sipahi")``,
#: ``term for "untouchable" castes``): the word's root or gloss, not what it is said to be
#: (``called the 2021 talks "productive"``).
_A_QUOTED_WORD = re.compile(
    r"\([^()]*[\"“][\w'’-]+[\"”][^()]*\)|\b(?:term|word|name) for [\"“][\w'’-]+[\"”]"
)
#: A cloze on a term before its definition (``{{Sepoy}}: Indian soldier …``).
_DEFINED_CLOZE = re.compile(r"^\{\{[^{}]+\}\}\s*(?::|[–—-]\s)\s*(.+)$")
#: A place told by what is there (``HQ of …``, ``Madras locality, …``).
_A_PLACE_OF = re.compile(
    r"(?:HQ|headquarters|seat|capital)\s+of\b|[A-Z][\w.-]*\s+(?:locality|suburb|village)\b"
)
#: A description that is a time alone (``mostly 1st–2nd century BCE``, holdout 528, bad).
_A_TIME_ONLY = re.compile(
    r"(?:(?:mostly|mainly|largely|approx\.?|about|around|c\.|circa|early|late|mid)\s*)*"
    r"\d+(?:st|nd|rd|th)?(?:\s*[–—-]\s*\d+(?:st|nd|rd|th)?)?"
    r"(?:\s*(?:c\.|century|centuries|cent\.|millennium|millennia))?(?:\s*(?:BCE|CE|BC|AD))?",
    re.IGNORECASE,
)
#: A description that is a measure alone (``up to about 2,000 km`` of LEO, holdout 580, bad).
_A_MEASURE_ONLY = re.compile(
    r"(?:(?:up to|over|under|above|below|more than|less than|approx\.?|about|around|c\.|"
    r"nearly|some|roughly)\s*)*[\d,.]+(?:\s*[–—-]\s*[\d,.]+)?\s*(?:%|[a-zA-Z°²³/]{1,6})?"
)
#: A description that is a condition or a consequence: when, not what.
_NO_WHAT = re.compile(r"(?:if|when|whenever|unless|once)\b", re.IGNORECASE)
#: A description that opens on a deed (``crowds out capex …``), not a noun (``free shares
#: out of reserves``).
_OPENS_ON_A_DEED = re.compile(PHRASAL_PRESENT)
#: A description that opens on what someone did to something (``compiled the
#: Gathasaptashati``): a person's deed, no term's meaning; ``formed from basalt`` is one.
_A_PAST_DEED = re.compile(
    r"(?:[a-z]+ed|built|wrote|led|won|made|began|fought|sent|held|took) (?:the|an?|his|her|its"
    r"|their|[A-Z])"
    # a patron's gift to a bare plural (holdout 602, bad: "Which term is described as
    # “donated caves in Barabar hills”?" = Ashoka)
    r"|(?:donated|granted|endowed|gifted|commissioned|patroni[sz]ed) [a-z]+s\b"
)
#: A description that is a comparison (``lower than subtropics``, ``more saline than …``).
_COMPARED = re.compile(r"(?:much |far )?(?:[a-z]+er|more \w+|less \w+) than\b")


def kind_not_kind(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    """``Nalabana = bird sanctuary, not a national park`` asked as "Which term is described
    as “bird sanctuary, not a national park”?" or as ``___ – bird sanctuary, not a national
    park`` (holdout 291, bad): the line tells a kind from another, and every bird sanctuary
    fits the blank."""
    if isinstance(question, Cloze):
        found = _TERM_BLANK.fullmatch(question.text)
    else:
        found = DESCRIBED.search(str(getattr(question, "prompt", "")))
    if found is not None and _KIND_NOT_KIND.fullmatch(found.group(1).strip()):
        return "the description is a kind set against another: every thing of that kind fits"
    if found is not None and ONE_OF_MANY.match(found.group(1).strip()):
        # "___ – important patron of learning" keyed Jayapida (holdout 359, bad)
        return "the description is one of many ('important patron'): others fit it too"
    return None


#: A cloze that is a blank term and its description: ``___ – bird sanctuary, …``.
_TERM_BLANK = re.compile(r"\{\{[^{}]*\}\}\s*[–=:-]\s*(.+?)\.?")


_GLOSSED_LIST = re.compile(
    r"[\w'’-]+(?: [\w'’-]+)? \([^()]*\)(?:,\s+(?:and\s+)?[\w'’-]+(?: [\w'’-]+)? \([^()]*\))+"
)
#: A quoted description that is a kind and what it is not: ``bird sanctuary, not a national
#: park``, ``a lagoon, NOT a lake``.
_KIND_NOT_KIND = re.compile(
    r"(?:an? |the )?[a-z][a-z-]*(?: [a-z][a-z-]*){0,2},? (?:not|NOT) (?:an? |the )?"
    r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}"
)
#: How a fact is held, not what it is: ``linked by tradition`` (holdout 296, bad: which of
#: the famous names of Taxila is "linked by tradition"?).
_HEDGE = re.compile(
    r"\b(?:by|in|per|according to) (?:tradition|legend|folklore)\b"
    r"|\b(?:traditionally|reportedly|allegedly|supposedly)\b",
    re.IGNORECASE,
)
#: A quoted description that is only a name, a bracket after it allowed.
_A_NAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?: \([^()]*\))?")


def _fits_a_sibling(quoted: str, unit: Unit, ctx: Context) -> bool:
    """Are all the words of a term's description (its brackets aside) in the description
    of another term of its glossary or list?"""
    words = content_words(BRACKET.sub(" ", quoted))
    if not words:
        return False
    return any(
        other is not unit
        and other.term is not None
        and words <= content_words(BRACKET.sub(" ", other.term.definition))
        for other in ctx.glossary.get(id(unit), ())
    )
