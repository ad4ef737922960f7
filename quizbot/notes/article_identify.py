"""The article builder: ``Art. 268 → duties levied by Union …`` → "Which article is this: …?".

Revision sheets on the Constitution note an article at the head of a line and what it says
after an arrow, a colon or a dash: ``Art. 268 → levied by Union, collected & kept by
States``, ``Art 75: PM appointed by President …``. As a cloze the line keeps its arrow (the
last gate drops it as shorthand); read out, it is the question an examiner asks of it:

    "Which article is this: levied by Union, collected & kept by States?"

What follows the head is the clue: four to twenty words, no other arrow, not the article's
number, no pronoun pointing back and no rank (the superlative builder's), not the Part the
article sits in (which thirty others share), an aside of examples (``(e.g. stamp
duties)``) left out; a bracket after the head of three words or more is a clue too; a year
in brackets before it dates the question.

The same reading of a named head (``Sargasso Sea → …``: "Which sea is this?"), of a case,
an amendment or a term the writer bolded (``**vivipary** → …``: "Which term is this?") was
removed (2026-12-07): over the blind rounds 600–751 the coaches judged 5 of 49 of those
good and 11 bad ("a fragment read out", "any of several fits"), against 12 of 31 good and
none bad for articles.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import which_is_this
from quizbot.notes.term_lines import CONSEQUENCE, EFFECT, POINTS_ELSEWHERE, URGED
from quizbot.notes.timeline_dates import ARTICLES_IN_HEADING, MONTH

_LINE = re.compile(
    r"^(?:\((?P<year>(?:c\.\s*)?\d{3,4}(?:\s*CE|\s*BCE)?)\)\s+)?"
    r"(?P<head>[A-Za-z0-9][^→()=:;]{0,60}?)\s*(?:\((?P<bracket>[^()]*)\)\s*)?→\s*(?P<tail>.+)$"
)
#: A bracket that says when (``late 18th c.``, ``early 1900s``): no clue to what it is
#: (holdout 518, bad: "Which term is this: late 18th c.; weakened state?").
_A_TIME = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\s*(?:c\b|cent)|\b\d{3,4}s?\b", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:Art(?:icle)?\.?)\s*(?P<number>\d{1,3}[A-Z]{0,2}(?:\(\d+[a-z]?\))?)")
#: An article's line written with a colon or a dash: ``Art 74: CoM with PM at head …``.
_ARTICLE_LINE = re.compile(
    r"^(?P<year>)(?P<head>Art(?:icle)?\.?\s*\d{1,3}[A-Z]{0,2}(?:\(\d+[a-z]?\))?)"
    r"\s*(?:\((?P<bracket>[^()]*)\)\s*)?(?::|\s[–—-])\s*(?P<tail>[^→]+)$"
)
#: An aside of examples at the clue's end: "(e.g. some stamp duties)".
_EXAMPLES = re.compile(r"\s*\((?:e\.g\.|eg|for example|like)[^()]*\)\s*$", re.IGNORECASE)
#: A clue that points back ("keep it, but use sparingly": keep what?) or ranks the head
#: ("only ~37% as ESA", "first built under …"): the superlative builder's, or no clue.
_NOT_A_CLUE = re.compile(
    r"\b(?:it|its|this|these|those|they|them|he|she|his|her)\b|^such\b"
    r"|^(?:the\s+)?(?:first|only|last|largest|biggest|smallest|oldest|highest|\d+(?:st|nd|rd|th))\b"
    r"|^(?:one|any|each) of\b"  # "one of 8 missions under NAPCC": all eight are (holdout 409)
    r"|\((?:compare|cf\.?|see)\b",  # "Ramsar site (compare basin)": a pointer (holdout 482)
    re.IGNORECASE,
)
#: A clue that opens on its own date: the arrow leads to a later event, not to what the head
#: is (``(2014) Patel Committee → (2016) MPC constituted``, holdout 310: bad).
_DATED_TAIL = re.compile(r"^\(?(?:c\.\s*)?\d{3,4}\b")
#: A day of a month and its year in the clue (``9 Dec 1946``): the day something happened.
_A_DAY = re.compile(rf"\b\d{{1,2}}\s+{MONTH}\s+\d{{4}}\b")
MIN_WORDS = 4
MAX_WORDS = 20
#: Lower-case words between the names of a clue that only names things.
_JOINERS = frozenset(("of", "the", "and", "&", "de", "da", "v", "v.", "vs", "vs."))
#: The Part (or Schedule) of the Constitution an article sits in: ``Part XII (Finance, …)``.
_A_PART = re.compile(r"(?:in\s+)?(?:Part|Schedule|Chapter)\s+[IVXL\d]+[A-Z]?\b", re.IGNORECASE)
#: A clue that only lists names, after a word or two of what they are: ``ragas Nata, Gaula,
#: Arabhi, Varali, Sri``.
_A_LIST_OF_NAMES = re.compile(
    r"^(?:[a-z]+ ){0,2}[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:(?:,| and| &) [A-Z][\w'’-]*"
    r"(?: [A-Z][\w'’-]*)*){2,}(?: \([^()]*\))?$"
)


def article_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Which article is this: …?" of a line an article heads, or ``None``."""
    if not unit.text.startswith(("Art", "**Art", "(")):
        return None  # the cheap test first (generate_1mb_s)
    text = unit.text.replace("**", "").strip()
    found = (_LINE.match(text) if "→" in text else None) or _ARTICLE_LINE.match(text)
    if found is None:
        return None
    head = found.group("head").strip()
    article = _ARTICLE.fullmatch(head)
    if article is None:
        return None
    tail = found.group("tail").strip().rstrip(".;")
    if (
        _DATED_TAIL.match(tail)  # "(1946) … → CA first meets 9 Dec 1946": a later event
        or _A_DAY.search(tail)
        or URGED.match(tail)  # "→ to be encouraged": what was urged, no clue (holdout 681)
        or POINTS_ELSEWHERE.match(tail)  # "Art 170 → same for state Legislative Assemblies"
        or EFFECT.match(tail)
        or CONSEQUENCE.match(tail)
        or "→" in tail  # a chain of events is no one clue
        or all(w[:1].isupper() or w in _JOINERS for w in tail.split())  # a name it led to
        or _A_LIST_OF_NAMES.match(re.sub(r"\s*\([^()]*\)", "", tail))
    ):
        return None
    tail = _EXAMPLES.sub("", tail)
    bracket = (found.group("bracket") or "").strip()
    if len(bracket.split()) >= 3 and not (_NOT_A_CLUE.search(bracket) or _A_TIME.search(bracket)):
        tail = f"{bracket}; {tail}"  # "(Mediterranean origin, carried by westerly jet)"
    if not MIN_WORDS <= len(tail.split()) <= MAX_WORDS or _NOT_A_CLUE.search(tail):
        return None
    if _A_PART.match(tail):
        return None  # "**Art 280** → Part XII (Finance, …)": where it sits, which some
        # thirty other articles share (holdout 538, bad: "Which article is this: Part XII?")
    number = article.group("number")
    if re.search(rf"\b{re.escape(number)}\b", tail):
        return None  # "… by courts (74(2))": the clause's number names the article
    year = found.group("year")
    when = f" ({year})" if year else ""
    # "Constitutional basis (Part XV, Art 324–329)": the heading's ends are the articles asked
    context = ARTICLES_IN_HEADING.sub("", unit.context)
    return written_question(
        unit,
        "article-identify",
        f"{context}: {which_is_this(f'article{when}')}: {tail}?",
        f"Article {number}",
        key_kind="term",
        aliases=tuple(dict.fromkeys((head, f"Art {number}", number))),
        key=head,
        at_head=True,
    )
